"""Find the words inside quotation marks in a line: straight and curly marks, marks used the wrong way
round by scrapers, nested single quotes, and a quote left open at the end of a paragraph.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_DOUBLE = re.compile(r'["“”„«»]')
_SINGLE_OPEN = re.compile(r"(?<![\w’'])[‘'](?=[\w“\"])")
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?…])[’'](?![\w])")
_OPENERS = '"“„«'
_CLOSERS = '"”»'
_TAG = re.compile(r"<[A-Za-z/][^<>]{0,2000}>")  # markup a scraper left: its attribute values are no quotes
_INCHES = re.compile(r"(?<=\d['’]\d)\"|(?<=\d['’]\d\d)\"")
_TRANSCRIPT = re.compile(r"([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+)?):\s+(?=\S)")


@dataclass(frozen=True)
class Marked:
    """Quoted words: line[start:end] is the text, open/close the marks (close == len(line) if never closed)."""
    open: int
    close: int
    start: int
    end: int
    closed: bool
    transcript: str | None = None  # "WALLACE" in '"WALLACE: Let us start …'


def find(line: str) -> list[Marked]:
    """Every top-level quotation in a line, in order; single marks count only where no double ones are."""
    masked = _mask(line)
    pairs = _double_pairs(masked)
    if not pairs and ("'" in line or "‘" in line):
        pairs = _single_pairs(masked)
    out = []
    for open_, close, closed in pairs:
        marked = _trim(line, open_, close, closed)
        if marked is not None:
            out.append(marked)
    return out


def _mask(line: str) -> str:
    """The line with markup tags and inch marks (6'3") blanked, offsets unchanged."""
    if "<" in line:
        line = _TAG.sub(lambda m: " " * len(m.group()), line)
    if "'" in line or "’" in line:
        line = _INCHES.sub(" ", line)
    return line


def _double_pairs(line: str) -> list[tuple[int, int, bool]]:
    """Pairs of double marks. A quote opened with one style may hold a nested quote in the other style
    ('"PENCE: … an episode of “Shark Tank.” But …'): that one does not close it."""
    pairs, open_at, style, nested = [], None, None, False
    for match in _DOUBLE.finditer(line):
        i, c = match.start(), match.group()
        if open_at is None:
            if c in _OPENERS or (c == "”" and _opens(line, i)):
                open_at, style, nested = i, ("straight" if c == '"' else "curly"), False
            continue
        if style == "straight" and c in "“”":
            if c == "“" and not _closes(line, i):
                nested = True
                continue
            if c == "”" and nested:
                nested = False
                continue
        if style == "curly" and c == '"' and nested:
            nested = False
            continue
        if style == "curly" and c == '"' and _opens(line, i) and line.find("”", i) != -1:
            nested = True
            continue
        if c in _CLOSERS or (c == "“" and _closes(line, i)):
            pairs.append((open_at, i, True))
            open_at = None
        elif c in "“„«":
            pairs.append((open_at, i, False))  # the previous quote was never closed
            open_at, style, nested = i, "curly", False
    if open_at is not None:
        pairs.append((open_at, len(line), False))
    return pairs


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
    if match and len(match.group(1)) > 2:
        transcript, start = match.group(1), match.end()
    return Marked(open_, close, start, end, closed, transcript)


def transcript_line(line: str) -> Marked | None:
    """'SMITH: We will win.' — an interview transcript line without quotation marks."""
    match = _TRANSCRIPT.match(line)
    if not match or len(match.group(1)) <= 2 or match.end() >= len(line):
        return None
    return Marked(match.start(), len(line), match.end(), len(line.rstrip()), False, match.group(1))
