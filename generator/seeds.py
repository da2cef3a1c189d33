"""Read and validate raw articles from seeds/: title, YYYYMMDD date, source URL, then one sentence a line."""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path
from urllib.parse import urlsplit

from .model import InputError, Problem, Seed

# C0/C1 control characters other than tab, and the Unicode line/paragraph separators.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_DATE = re.compile(r"\d{8}")


def read_seed(path: str | Path) -> Seed:
    """Parse one seed file; raise InputError naming the file and line of the first problem."""
    path = str(path)
    raw = Path(path).read_bytes()
    return parse_seed(raw, path)


def parse_seed(raw: bytes, path: str) -> Seed:
    lines = _decode_lines(raw, path)
    fail = lambda line, msg: InputError(Problem(path, line, msg))  # noqa: E731
    if not lines or not lines[0]:
        raise fail(1, "line 1 must be the title; it is empty")
    title = lines[0]
    date = _parse_date(lines[1] if len(lines) > 1 else "", fail)
    source = _parse_source(lines[2] if len(lines) > 2 else "", fail)
    body = lines[3:]
    while body and not body[-1]:
        body.pop()
    if not any(body):
        raise fail(4, "the article has no body: put its sentences from line 4 on, one per line")
    return Seed(path=path, title=title, date=date, source=source, sentences=(title, *body))


def _decode_lines(raw: bytes, path: str) -> list[str]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise InputError(Problem(
            path, line,
            f"not UTF-8 (byte 0x{raw[err.start]:02x} at offset {err.start}); "
            "re-save the file as UTF-8")) from None
    # CRLF, lone CR and Unicode separators all end a line; other controls are dropped.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    return [_clean(line) for line in text.split("\n")]


def _clean(line: str) -> str:
    line = _CONTROL.sub("", line.replace("\t", " "))
    return unicodedata.normalize("NFC", line).strip()


def _parse_date(text: str, fail) -> dt.date:
    if not _DATE.fullmatch(text):
        shown = repr(text) if text else "nothing"
        raise fail(2, f"line 2 must be the publication date as YYYYMMDD, found {shown}")
    try:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        raise fail(2, f"line 2: {text} is not a real date (YYYYMMDD)") from None


def _parse_source(text: str, fail) -> str:
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or " " in text:
        shown = repr(text) if text else "nothing"
        raise fail(3, f"line 3 must be the source URL (http:// or https://), found {shown}")
    return text
