"""Sentence and token helpers: capitalised name sequences, sentence boundaries within a line, words."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .lexicon import FIRST_NAMES, MONTH_ABBREVIATIONS, MONTHS, NOT_NAME_WORDS, ORG_WORDS, TITLES, WEEKDAYS

# Letters of names in Latin script: Latin-1, then Latin Extended A and B and Latin Extended Additional
# ('Łukasz Kołodziej', 'Ștefan Mănescu', 'Nguyễn Phú Trọng'), whose cases interleave code point by code point.
_EXTENDED = [chr(c) for c in (*range(0x100, 0x250), *range(0x1E00, 0x1F00))]
UPPER = "A-ZÀ-ÖØ-Þ" + "".join(c for c in _EXTENDED if c.isupper())
LOWER = "a-zß-öø-ÿ" + "".join(c for c in _EXTENDED if c.islower())
_ABBREVIATED_TITLE = r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Maj|Rev|Fr|Del|Prof|Supt|Atty|St|Jr|Sr|Pres)\."
NAME_PART = (rf"(?:{_ABBREVIATED_TITLE}|[{UPPER}]\.(?:[{UPPER}]\.)*"
             rf"|(?:Mc|Mac|O['’]|D['’])?[{UPPER}][{LOWER}]+(?:[{UPPER}][{LOWER}]+)*(?:-[{UPPER}{LOWER}][{LOWER}]+)*(?:['’][{UPPER}][{LOWER}]+)?"
             rf"|[{UPPER}][{UPPER}]+(?:-[{UPPER}]+)?(?![{UPPER}{LOWER}]|-?\d))")  # not a code: EB-5, COVID-19
_PARTICLE = r"(?:de|van|von|der|den|da|di|du|del|la|le|bin|ibn|al|el|ter|y)"
# A run of capitalised words ("Ukrainian President Volodymyr Zelensky", "Rep. G.K. Butterfield").
# Marcus "The Professor" Bell; not 'Newsom "New Scum" Monday', where a day or month follows
NICKNAME = (r"[\"“][A-Z][\w'’.-]{0,20}(?: [A-Z][\w'’.-]{0,20}){0,2}[\"”]"
            rf"(?! (?:{'|'.join(w.title() for w in (*WEEKDAYS, *MONTHS))})\b)")
NAME_RUN = re.compile(rf"(?<![\w.'’-]){NAME_PART}(?: (?:{_PARTICLE} |{NICKNAME} )?{NAME_PART})*")
WORD = re.compile(r"[\w’'-]+")
# 'Minister of ', 'Director of the ': an office whose object the capitalised words after it begin with
TITLE_OF_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(t for t in TITLES if t.isalpha() and len(t) > 3))})"
                              r" of (?:the )?$")
DOUBLE_MARKS = re.compile(r'["“”]')  # the marks that open and close a quotation
# A full stop, ? or ! (and closing marks) then space and a capital: a sentence may end here.
_BOUNDARY = re.compile(rf"[.!?…]+[\"”’')\]]*\s+(?=[\"“‘'(\[]?[0-9{UPPER}])")
_NOT_ENDING = re.compile(
    rf"(?:\b(?:{_ABBREVIATED_TITLE[3:-3]}|U\.S|U\.K|U\.N|D\.C|a\.m|p\.m|No|vs|Inc|Co|Corp|Ltd|Jan|Feb|Mar|Apr|"
    rf"Aug|Sept|Sep|Oct|Nov|Dec|ca|approx|etc|e\.g|i\.e)|(?<![\w.])(?:[{UPPER}]\.)*[{UPPER}])$")


@dataclass(frozen=True)
class Name:
    """A capitalised run in a line, split into the title words before it and the name itself."""
    start: int  # of the name proper, titles excluded
    end: int
    text: str
    titles: tuple[str, ...]
    title_start: int  # where the titles (if any) begin
    nickname: str | None = None  # Robert C. "Bobby" Scott


def names_in(line: str, start: int = 0, end: int | None = None) -> list[Name]:
    """Every capitalised run in line[start:end], with sentence-opening words and titles peeled off."""
    found = []
    for match in NAME_RUN.finditer(line, start, len(line) if end is None else end):
        run = match.group()
        if run in NOT_NAME_WORDS:
            continue  # 'The', 'But', 'In': most runs are one sentence-opening word
        if not _heading(run, line, match.end()):
            names = split_run(run, match.start())
            if len(names) == 1 and not names[0].titles and names[0].text.count(" ") >= 2 \
                    and TITLE_OF_BEFORE.search(line, max(0, match.start() - 30), match.start()):
                names = [_office_object_cut(names[0])]  # 'Minister of Finance Chrystia Freeland'
            found.extend(names)
    return found


def office_before(line: str, at: int) -> str | None:
    """'Secretary of ' before 'State John Kerry': the office whose object a name's title words are."""
    match = TITLE_OF_BEFORE.search(line, max(0, at - 30), at)
    return match.group().strip() if match else None


def _office_object_cut(name: Name) -> Name:
    """'Finance Chrystia Freeland' after 'Minister of': the words before the last two are what the
    office is of, and the name is the last two."""
    words = name.text.split()
    cut = name.text.rfind(" ", 0, name.text.rfind(" "))
    return replace(name, start=name.start + cut + 1, text=" ".join(words[-2:]), titles=tuple(words[:-2]))


def _heading(run: str, line: str, end: int) -> bool:
    """'CONGRESS HAS INVESTIGATED HIM —', 'Veto Power Impedes Peace Efforts:': a section heading, no name.
    Three words all in capitals, or four capitalised words before a colon with no title or first name."""
    spaces = run.count(" ")
    if spaces >= 2 and run.isupper() and "." not in run:
        return True
    return spaces >= 3 and line[end:end + 1] == ":" and not any(w in TITLES or w in FIRST_NAMES for w in run.split())


@lru_cache(maxsize=8192)
def names_of(phrase: str) -> tuple[Name, ...]:
    """names_in for a short phrase (a cue's noun phrase), remembered: the same phrases recur."""
    return tuple(names_in(phrase))


def split_run(run: str, offset: int) -> list[Name]:
    """'But Ukrainian President Volodymyr Zelensky' → Name('Volodymyr Zelensky', titles=('Ukrainian',
    'President')): sentence words split a run, and the words before a title or a first name are its role."""
    out, chunk, pos, nickname, nick_words = [], [], 0, None, None
    for word in run.split(" "):
        at = pos
        pos += len(word) + 1
        if nick_words is not None or word[:1] in "\"“":  # between a name's parts, as NAME_RUN lets it stand
            nick_words = [*(nick_words or []), word]
            if word[-1:] in "\"”" and (len(nick_words) > 1 or len(word) > 1):
                nickname, nick_words = " ".join(nick_words)[1:-1], None
            continue
        if (word in NOT_NAME_WORDS and not _ends_a_name(word, chunk)) \
                or (not chunk and word.endswith("ing") and word not in TITLES and pos < len(run)):
            if chunk:
                out.append(_chunk_name(chunk, offset))
            chunk = []
            continue
        chunk.append((word, at))
    if chunk:
        out.append(_chunk_name(chunk, offset))
    if nickname is not None and out and out[-1] is not None:
        out[-1] = replace(out[-1], nickname=nickname)
    return [name for name in out if name is not None]


def _ends_a_name(word: str, chunk: list[tuple[str, int]]) -> bool:
    """'Theresa May', 'Human Rights Watch', 'Charlotte Police': a sentence word that ends a name, as a
    month does after a first name and an organisation's word does after any name."""
    return bool(chunk) and (word.lower() in MONTHS and chunk[-1][0] in FIRST_NAMES or word in ORG_WORDS)


def calendar_name(text: str) -> bool:
    """'Friday', 'March 2', 'Sept. 11': a day or month, which names nobody; 'Theresa May' and
    'Jan Kowalski' do (a first name before or as the word)."""
    words = text.split()
    return any((w.lower() in MONTHS or w.lower() in WEEKDAYS or w.rstrip(".").lower() in MONTH_ABBREVIATIONS)
               and not (i and words[i - 1] in FIRST_NAMES) and not (w in FIRST_NAMES and i + 1 < len(words))
               for i, w in enumerate(words))


def _chunk_name(chunk: list[tuple[str, int]], offset: int) -> Name | None:
    words = [w for w, _ in chunk]
    cut = 0
    for i, word in enumerate(words[:-1]):
        if word in TITLES or word.rstrip(".") in TITLES:
            cut = i + 1
    for i, word in enumerate(words[1:-1], start=1):
        if word in FIRST_NAMES:
            cut = max(cut, i)
            break
    if cut >= len(words) or (len(words) == 1 and words[0].rstrip(".") in TITLES):
        return None
    last, last_at = chunk[-1]
    return Name(offset + chunk[cut][1], offset + last_at + len(last), " ".join(words[cut:]), tuple(words[:cut]),
                offset + chunk[0][1])


def sentence_spans(line: str, quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """[start, end) of each sentence in a line; a full stop inside quotation marks ends none."""
    spans, start = [], 0
    qi = 0
    for match in _BOUNDARY.finditer(line):
        cut = match.end()
        while qi < len(quotes) and quotes[qi][1] < cut - 1:
            qi += 1
        if qi < len(quotes) and quotes[qi][0] < match.start() < quotes[qi][1] and cut <= quotes[qi][1]:
            continue  # inside a quotation
        if _NOT_ENDING.search(line, max(0, match.start() - 8), match.start()):
            continue  # "Mr. Smith", "U.S. troops", "G. Smith"
        end = match.end()
        while end > start and line[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
        start = cut
    if start < len(line):
        spans.append((start, len(line)))
    return spans


def word_count(text: str) -> int:
    return len(WORD.findall(text))


def headline(line: str, short: bool = False) -> bool:
    """'Clinton Hid Past Health Problems From Public, Former White House Doctor Says': nearly every
    word of four or more letters capitalised, as headlines are written and sentences are not. A short
    one ('Derelict Obama and Clinton;') has three such words, all capitalised, and a small word that
    is not ('Ketanji Brown Jackson' is a name, no headline)."""
    long_words = [w for w in WORD.findall(line) if len(w) > 3]
    if len(long_words) >= 4:
        return sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)
    return short and len(long_words) == 3 and all(w[0].isupper() for w in long_words) \
        and any(w.islower() for w in WORD.findall(line))


def opens_sentence(text: str, at: int) -> bool:
    """Nothing but opening marks between a sentence's end (or the line's start) and offset at."""
    before = text[max(0, at - 80):at].rstrip(" \"“‘'([").rstrip("”’\")")
    return (not before and at <= 80) or before.endswith((".", "!", "?", ":"))
