"""Plain data passed between the pipeline's stages: Seed → Annotations → Document → Archive."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields, replace
from operator import attrgetter


def _pickled_as_tuples(cls):
    """A frozen slotted dataclass pickles its fields as a tuple. The default (dataclasses' own
    __getstate__) looks the fields up again for every object: a third of loading and saving the
    build cache, which holds hundreds of thousands of them."""
    names = tuple(f.name for f in fields(cls))
    slots = tuple(cls.__dict__[name] for name in names)
    get = attrgetter(*names) if len(names) > 1 else lambda self: (getattr(self, names[0]),)

    def __getstate__(self):
        return get(self)

    def __setstate__(self, state):
        for slot, value in zip(slots, state):
            slot.__set__(self, value)

    cls.__getstate__, cls.__setstate__ = __getstate__, __setstate__
    return cls


@_pickled_as_tuples
@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with one input file, with where it is and what to do about it."""
    path: str
    line: int | None
    message: str
    column: int | None = None

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}"


class InputError(Exception):
    """Raised by a stage for an input it cannot use; carries the Problem to report."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


@_pickled_as_tuples
@dataclass(frozen=True, slots=True)
class Seed:
    """A raw article as read from seeds/: sentences[0] is the title, then the body lines."""
    path: str
    title: str
    date: dt.date
    source: str
    sentences: tuple[str, ...]  # index 0 = title, 1.. = body lines, as the annotate interface counts them


@_pickled_as_tuples
@dataclass(frozen=True, slots=True)
class Person:
    name: str
    aliases: tuple[str, ...] = ()
    role: str | None = None


# Every annotation is anchored in one sentence (0 = title) at [start, end) of its plain text.
@_pickled_as_tuples
@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    speaker: str | None
    sentence: int
    kind: str  # direct | partial | indirect | continued (a further paragraph of the quotation before)
    start: int
    end: int


@_pickled_as_tuples
@dataclass(frozen=True, slots=True)
class Figure:
    text: str
    value: float
    sentence: int
    start: int
    end: int
    qualifier: str | None = None
    counts: str | None = None
    claimed_by: str | None = None
    as_of: str | None = None
    unit: str | None = None


@_pickled_as_tuples
@dataclass(frozen=True, slots=True)
class DateMention:
    text: str
    date: str  # ISO day, month ("2022-02") or interval ("2022-03-14/2022-03-20")
    sentence: int
    start: int
    end: int


@_pickled_as_tuples
@dataclass(frozen=True, slots=True)
class Claim:
    text: str
    claimant: str | None
    sentence: int
    start: int
    end: int
    rating: str | None = None


@_pickled_as_tuples
@dataclass(frozen=True, slots=True)
class Annotations:
    people: tuple[Person, ...] = ()
    organisations: tuple[str, ...] = ()
    quotes: tuple[Quote, ...] = ()
    figures: tuple[Figure, ...] = ()
    dates: tuple[DateMention, ...] = ()
    claims: tuple[Claim, ...] = ()

    def quotations(self) -> list[Quote]:
        """The quotes as a reader counts them. A quotation that runs over paragraphs (each opening with
        a mark, only the last closing) is one, anchored where it begins, with the words and the speaker
        of its first part; a continued part that follows no quote in the paragraph before stands alone."""
        out: list[Quote] = []
        parts: dict[int, list[str]] = {}  # index in out → the words of each further part
        head, last_sentence = None, -2  # the quotation a paragraph could continue, and its last part's sentence
        for quote in self.quotes:
            if quote.kind == "continued" and head is not None and quote.sentence == last_sentence + 1:
                parts.setdefault(head, []).append(quote.text)
                last_sentence = quote.sentence
                continue
            if quote.kind == "continued":
                quote = replace(quote, kind="direct")
            if quote.kind != "indirect":
                head, last_sentence = len(out), quote.sentence
            out.append(quote)
        for index, more in parts.items():
            out[index] = replace(out[index], text=_run_on(out[index].text, more))
        return out


def _run_on(text: str, parts: list[str]) -> str:
    """A quotation's parts as one passage. A part that stops mid-sentence ('… like that,' before 'he
    said', a fragment) before one that starts a sentence ends in an ellipsis, as an editor marks words
    left out; a sentence running on into the next paragraph ('the east, / nor the south') just runs on."""
    for part in parts:
        text = text.rstrip()
        if text.rstrip("\"”’'")[-1:] in (".", "!", "?", "…") or not part.lstrip("\"“‘'")[:1].isupper():
            text = f"{text} {part}"
        else:
            text = f"{text.rstrip(',;:—–- ')} … {part}"
    return text


@_pickled_as_tuples
@dataclass(frozen=True, slots=True)
class Document:
    """An annotated article as loaded from content/: what the site is built from."""
    path: str
    slug: str
    title: str  # plain text
    title_markup: str  # the title as written, spans included
    date: dt.date
    source: str | None
    body: str  # Markdown as written by the editor or the generator
    sentences: tuple[str, ...]  # plain text of the title and of each paragraph
    annotations: Annotations
    draft: bool = False
    extra: dict = field(default_factory=dict, compare=False)
