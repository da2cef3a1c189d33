"""Find the words inside quotation marks in a line: straight and curly marks, marks used the wrong way
round by scrapers, nested single quotes, and a quote left open at the end of a paragraph.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import EDITORS_LABELS
from .text import NICKNAME

_DOUBLE = re.compile(r'["“”„«»]')
_SINGLE_OPEN = re.compile(r"(?<![\w’'])[‘'](?=[\w“\"])")
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?…])[’'](?![\w])")
_OPENERS = '"“„«'
_CLOSERS = '"”»'
_TAG = re.compile(r"<[A-Za-z/][^<>]{0,2000}>")  # markup a scraper left: its attribute values are no quotes
_NICKNAME = re.compile(rf"(?<=[A-Za-z.] ){NICKNAME}(?= [A-Z][a-z])")
_INCHES = re.compile(r"(?<=\d['’]\d)\"|(?<=\d['’]\d\d)\"")
# 'SMITH: …', 'SEN. JOHN THUNE: …', and NPR's 'MARA ELLIS, HOST: …', whose role after the comma is no
# part of the name (a dateline's 'KYIV, UKRAINE:' has no such role)
_TRANSCRIPT_ROLES = "HOST|BYLINE|ANCHOR|CORRESPONDENT|REPORTER|GUEST|MODERATOR|INTERVIEWER|NARRATOR|CALLER"
_TRANSCRIPT = re.compile(rf"([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){{0,2}})(?P<role>, (?:[A-Z]+ )?(?:{_TRANSCRIPT_ROLES}))?:\s+(?=\S)")
_NESTED_REACH = 1500  # how far a curly opener looks for the two closers that make it a nested quote
_FRAGMENT_WORDS = 2  # a quoted fragment this short is no quotation on its own
_JOINING_WORDS = 4  # "and", "by", "was a", "and referred to her": words that join two fragments
_POSSESSIVE_BEFORE = re.compile(r"(?:['’]s|[sS]['’])\s*$")
_GAP_BREAK = re.compile(r"[.;:!?()\[\]—–―]")  # a clause or sentence ends between: no joining


@dataclass(frozen=True)
class Marked:
    """Quoted words: line[start:end] is the text, open/close the marks (close == len(line) if never closed)."""
    open: int
    close: int
    start: int
    end: int
    closed: bool
    transcript: str | None = None  # "WALLACE" in '"WALLACE: Let us start …'
    joined: bool = False  # several short quoted fragments read as one quotation (see _join_fragments)


def find(line: str) -> list[Marked]:
    """Every top-level quotation in a line, in order. Single marks count where no double ones are, or
    where every double one stands inside them (British style: 'It is not a "spat". It is a crime.')."""
    masked = _mask(line)
    pairs = _double_pairs(masked)
    if ("'" in line or "‘" in line) and "''" not in line:  # '' is a double mark typed as two apostrophes
        singles = _single_pairs(masked) if not pairs or _SINGLE_OPEN.search(masked) else []
        if singles and all(any(s_open < d_open and d_close < s_close for s_open, s_close, _ in singles)
                           for d_open, d_close, _ in pairs):
            pairs = singles
    out = []
    for open_, close, closed in pairs:
        marked = _trim(line, open_, close, closed)
        if marked is not None:
            out.append(marked)
    return _join_fragments(line, out) if len(out) > 1 else out


def _join_fragments(line: str, marked: list[Marked]) -> list[Marked]:
    """'called him “disgusting” and “a con”': short fragments a few words apart in one clause are the
    pieces of one quotation, too short to stand alone but together what the speaker said."""
    runs: list[list[Marked]] = []
    for q in marked:
        if runs and _fragment(line, q) and _fragment(line, runs[-1][-1]) and _joins(line, runs[-1][-1], q):
            runs[-1].append(q)
        else:
            runs.append([q])
    return [run[0] if len(run) == 1 else _one_of(run) for run in runs]


def _fragment(line: str, q: Marked) -> bool:
    """A word or two in quotation marks; not a show's title ('ABC's "This Week" that the remarks were
    "shocking"'), though a name someone was called is one ('called her "Miss Piggy" and "Miss …"')."""
    words = line[q.start:q.end].split()
    return q.closed and not q.transcript and len(words) <= _FRAGMENT_WORDS \
        and not (all(w[:1].isupper() for w in words) and _POSSESSIVE_BEFORE.search(line, max(0, q.open - 4), q.open))


def _joins(line: str, before: Marked, after: Marked) -> bool:
    """Only a few words and commas between two fragments: 'a "nasty guy," an "anchor baby," "unstable"'."""
    gap = line[before.close + 1:after.open]
    ends_sentence = line[before.start:before.end].rstrip().endswith((".", "!", "?"))
    return not ends_sentence and len(gap.split()) <= _JOINING_WORDS and not _GAP_BREAK.search(gap)


def _one_of(run: list[Marked]) -> Marked:
    first, last = run[0], run[-1]
    return Marked(first.open, last.close, first.start, last.end, last.closed, joined=True)


def _mask(line: str) -> str:
    """The line with markup tags, inch marks (6'3") and nicknames' marks blanked, offsets unchanged."""
    if "<" in line:
        line = _TAG.sub(lambda m: " " * len(m.group()), line)
    if "'" in line or "’" in line:
        line = _INCHES.sub(" ", line)
    return _NICKNAME.sub(_blank_nickname, line)


def _blank_nickname(match: re.Match) -> str:
    """Marcia "Cia" Price: the marks around a nickname between two names are no quotation."""
    line, at = match.string, match.start()
    word_start = line.rfind(" ", 0, at - 1) + 1
    if line[word_start:word_start + 1].isupper():
        return " " + match.group()[1:-1] + " "
    return match.group()


def _double_pairs(line: str) -> list[tuple[int, int, bool]]:
    """Pairs of double marks. A quote opened with one style may hold a nested quote in the other style
    ('"PENCE: … an episode of “Shark Tank.” But …'): that one does not close it."""
    pairs, open_at, style, nested = [], None, None, None  # nested: the mark that closes the inner quote
    for match in _DOUBLE.finditer(line):
        i, c = match.start(), match.group()
        if open_at is None:
            if c == '"' and _closes(line, i):
                continue  # 'a review of [his] systems" including …': a closer whose opener was lost
            if c in _OPENERS or (c == "”" and _opens(line, i)):
                open_at, style, nested = i, ("straight" if c == '"' else "curly"), None
            continue
        if nested is not None and c == nested:
            nested = None
            continue
        if style == "straight" and c == "“" and not _closes(line, i):
            nested = "”"
            continue
        if style == "curly" and c == '"' and _opens(line, i) and line.find("”", i) != -1:
            nested = '"'
            continue
        if c in _CLOSERS or (c == "“" and _closes(line, i)):
            pairs.append((open_at, i, True))
            open_at = None
        elif c == "“" and style == "curly" and _nests(line, i):
            nested = "”"  # '“… what he calls “hell” than live …” ― X': one quote inside another
        elif c in "“„«":
            pairs.append((open_at, i, False))  # the previous quote was never closed
            open_at, style, nested = i, "curly", None
    if open_at is not None:
        pairs.append((open_at, len(line), False))
    return pairs


def _nests(line: str, i: int) -> bool:
    """A “ inside an open curly quote opens a nested one when two ” follow before any other “."""
    stop = min(len(line), i + _NESTED_REACH)
    first = line.find("”", i, stop)
    if first == -1:
        return False
    second = line.find("”", first + 1, stop)
    return second != -1 and line.find("“", i + 1, second) == -1


def _opens(line: str, i: int) -> bool:
    """A ” at the start of a line or word, before a letter, is a misprinted opening mark."""
    if i == 0:
        return True
    before = line[i - 1]
    after = line[i + 1] if i + 1 < len(line) else " "
    return (before.isspace() or before in "(—–-[") and not after.isspace()


def _closes(line: str, i: int) -> bool:
    """A “ right after a word and before a space or the end is a misprinted closing mark."""
    before = line[i - 1] if i else " "
    after = line[i + 1] if i + 1 < len(line) else " "
    return not before.isspace() and (after.isspace() or after in ".,;:!?)—–")


def _single_pairs(line: str) -> list[tuple[int, int, bool]]:
    """'…' used as the outer marks (British headlines): an opener at a word start, a closer at a word end."""
    pairs, pos = [], 0
    while True:
        opener = _SINGLE_OPEN.search(line, pos)
        if opener is None:
            return pairs
        closer = _SINGLE_CLOSE.search(line, opener.end())
        if closer is None:
            return pairs
        if len(line[opener.end():closer.start()].split()) >= 2:
            pairs.append((opener.start(), closer.start(), True))
        pos = closer.end()


def _trim(line: str, open_: int, close: int, closed: bool) -> Marked | None:
    start, end = open_ + 1, close
    while start < end and line[start].isspace():
        start += 1
    while end > start and line[end - 1].isspace():
        end -= 1
    if not any(ch.isalnum() for ch in line[start:end]):
        return None
    transcript = None
    match = _TRANSCRIPT.match(line, start, end)
    if match and _speaker_label(match.group(1)):
        transcript, start = match.group(1), match.end()
    return Marked(open_, close, start, end, closed, transcript)


def transcript_line(line: str) -> Marked | None:
    """'SMITH: We will win.' — an interview transcript line without quotation marks."""
    match = _TRANSCRIPT.match(line)
    if not match or not _speaker_label(match.group(1)) or match.end() >= len(line):
        return None
    return Marked(match.start(), len(line), match.end(), len(line.rstrip()), False, match.group(1))


def transcript_labels(lines) -> set[str]:
    """The labels of an interview's turns: used on two lines or more, or with a role ('MARA ELLIS,
    HOST:'). A heading used once ('LIVE UPDATES:', 'KYIV, UKRAINE:') is none."""
    seen: dict[str, int] = {}
    for line in lines:
        match = _TRANSCRIPT.match(line)
        if match and _speaker_label(match.group(1)):
            seen[match.group(1)] = seen.get(match.group(1), 0) + (2 if match["role"] else 1)
    return {label for label, count in seen.items() if count >= 2}


def _speaker_label(label: str) -> bool:
    return len(label) > 2 and label not in EDITORS_LABELS
