"""Plain data passed between the pipeline's stages: Seed → Annotations → Document → Archive."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


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


@dataclass(frozen=True, slots=True)
class Seed:
    """A raw article as read from seeds/: sentences[0] is the title, then the body lines."""
    path: str
    title: str
    date: dt.date
    source: str
    sentences: tuple[str, ...]  # index 0 = title, 1.. = body lines, as the annotate interface counts them


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    aliases: tuple[str, ...] = ()
    role: str | None = None


# Every annotation is anchored in one sentence (0 = title) at [start, end) of its plain text.
@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    speaker: str | None
    sentence: int
    kind: str  # direct | partial | indirect
    start: int
    end: int


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


@dataclass(frozen=True, slots=True)
class DateMention:
    text: str
    date: str  # ISO day, month ("2022-02") or interval ("2022-03-14/2022-03-20")
    sentence: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Claim:
    text: str
    claimant: str | None
    sentence: int
    start: int
    end: int
    rating: str | None = None


@dataclass(frozen=True, slots=True)
class Annotations:
    people: tuple[Person, ...] = ()
    organisations: tuple[str, ...] = ()
    quotes: tuple[Quote, ...] = ()
    figures: tuple[Figure, ...] = ()
    dates: tuple[DateMention, ...] = ()
    claims: tuple[Claim, ...] = ()


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
