"""Dates the text mentions, resolved against the publication day: 'March 2', 'last Sunday' (a day),
'last month' (a month), 'last week' (Monday to Sunday), 'in 2014' (the year as a range of days).
"""
from __future__ import annotations

import datetime as dt
import re

from ..model import DateMention
from .lexicon import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS

_MONTH = "|".join(m.capitalize() for m in MONTHS) + "|" + "|".join(
    rf"{a.capitalize()}\." for a in MONTH_ABBREVIATIONS)
_WEEKDAY = "|".join(d.capitalize() for d in WEEKDAYS)
DATE = re.compile(
    rf"\b(?:(?P<md_month>{_MONTH})\s+(?P<md_day>\d{{1,2}})(?:st|nd|rd|th)?(?![\d,]\d)(?:,?\s+(?P<md_year>(?:19|20)\d\d)\b)?"
    rf"|(?P<dm_day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm_month>{_MONTH})(?:,?\s+(?P<dm_year>(?:19|20)\d\d)\b)?"
    rf"|(?P<my_month>{_MONTH})\s+(?P<my_year>(?:19|20)\d\d)\b"
    rf"|(?P<rel>last|this|next|on|earlier this|later this|past)?\s?(?P<weekday>{_WEEKDAY})\b"
    rf"|(?P<span_rel>[Ll]ast|[Tt]his|[Nn]ext|[Ee]arlier this|[Ll]ater this|[Ee]arly this|[Ll]ate last|[Ee]arly last)\s+"
    rf"(?P<span>week|month|year|weekend)\b"
    rf"|(?P<in>(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate|[Mm]id-?)\s+)(?P<month_alone>{_MONTH})(?!\s+\d)\b"
    rf"|(?P<day_word>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)\b"
    rf"|(?P<year_in>(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]efore|[Aa]fter)\s+)(?P<year>(?:19|20)\d\d)(?![\d%,])\b)")


# What names the 2001 attacks after 'Sept. 11' ('the Sept. 11 attack on the consulate' was Benghazi's, in
# 2012; 'the Sept. 11 commission meeting' any year's); 'On Sept. 11 families gathered' is a day.
_ATTACKS = re.compile(r"\s+(?:(?i:terror(?:ist)?)\s+)?(?:(?i:attacks|hijackers|plotters|conspirac(?:y|ies)|"
                      r"victims|families|era)|Commission)\b")
_ON_A_DAY = re.compile(r"\b(?i:on|since|until|by|before|after)\s+$")

# Words without which a line mentions no date: checking them first skips most lines cheaply.
_HINTS = tuple(m.capitalize()[:3] for m in MONTHS) + tuple(d.capitalize()[:3] for d in WEEKDAYS) + (
    "week", "month", "year", "esterday", "oday", "omorrow", "onight", "19", "20")
_HINT = re.compile("|".join(map(re.escape, _HINTS)))  # one search, not one per hint


def find(line: str, number: int, published: dt.date) -> list[DateMention]:
    out = []
    if not _HINT.search(line):
        return out
    for match in DATE.finditer(line):
        value, start = _resolve(match, published)
        if value is None:
            continue
        if value.endswith("-09-11") and not (match["md_year"] or match["dm_year"]) \
                and _ATTACKS.match(line, match.end()) and not _ON_A_DAY.search(line, 0, match.start()):
            value = "2001-09-11"  # 'the Sept. 11 attacks' are 2001's, whenever the story runs
        start = match.start() if start is None else start
        end = match.end()
        text = line[start:end].strip()
        start = start + (len(line[start:end]) - len(line[start:end].lstrip()))
        out.append(DateMention(text, value, number, start, start + len(text)))
    return out


def _resolve(m: re.Match, published: dt.date) -> tuple[str | None, int | None]:
    if m["md_month"] or m["dm_month"]:
        month = _month(m["md_month"] or m["dm_month"])
        day = int(m["md_day"] or m["dm_day"])
        year = m["md_year"] or m["dm_year"]
        return _day(int(year) if year else None, month, day, published), None
    if m["my_month"]:
        return f"{int(m['my_year']):04d}-{_month(m['my_month']):02d}", None
    if m["weekday"]:
        return _weekday(m["rel"], m["weekday"], published), (m.start("rel") if m["rel"] and m["rel"] != "on" else m.start("weekday"))
    if m["span"]:
        return _span(m["span_rel"].lower(), m["span"], published), None
    if m["month_alone"]:
        month = _month(m["month_alone"])
        if m["month_alone"] == "May" and not m["in"].strip().lower() in ("in", "since", "until", "by", "during"):
            return None, None
        year = _nearest_year(published, lambda y: dt.date(y, month, 15))
        return f"{year:04d}-{month:02d}", m.start("month_alone")
    if m["day_word"]:
        offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[m["day_word"].lower()]
        return (published + dt.timedelta(days=offset)).isoformat(), None
    if m["year"]:
        return f"{m['year']}-01-01/{m['year']}-12-31", m.start("year")
    return None, None


def _month(word: str) -> int:
    word = word.rstrip(".").lower()
    return MONTHS.index(word) + 1 if word in MONTHS else MONTH_ABBREVIATIONS[word]


def _day(year: int | None, month: int, day: int, published: dt.date) -> str | None:
    try:
        if year is not None:
            return dt.date(year, month, day).isoformat()
        dt.date(2000, month, day)  # a real day of that month in some year
        best = _nearest_year(published, lambda y: _safe(y, month, day))
        return _safe(best, month, day).isoformat()
    except ValueError:
        return None


def _safe(year: int, month: int, day: int) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return dt.date(year, month, 28)  # 29 February of a common year: the nearest real day


def _nearest_year(published: dt.date, when) -> int:
    """'December 30' in a January article was last year: the year that puts the day nearest."""
    return min((published.year - 1, published.year, published.year + 1),
               key=lambda y: (abs((when(y) - published).days), -y))


def _weekday(rel: str | None, name: str, published: dt.date) -> str:
    target = WEEKDAYS.index(name.lower())
    rel = (rel or "").lower()
    if rel == "next":
        ahead = (target - published.weekday()) % 7 or 7
        return (published + dt.timedelta(days=ahead)).isoformat()
    if rel == "this":
        ahead = (target - published.weekday()) % 7
        return (published + dt.timedelta(days=ahead)).isoformat()
    back = (published.weekday() - target) % 7
    if rel in ("last", "past") and back == 0:
        back = 7
    return (published - dt.timedelta(days=back)).isoformat()


def _span(rel: str, unit: str, published: dt.date) -> str:
    shift = -1 if rel.endswith("last") or rel == "last" else 1 if rel == "next" else 0
    if unit in ("week", "weekend"):
        monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=shift)
        if unit == "weekend":
            saturday = monday + dt.timedelta(days=5)
            return f"{saturday.isoformat()}/{(saturday + dt.timedelta(days=1)).isoformat()}"
        return f"{monday.isoformat()}/{(monday + dt.timedelta(days=6)).isoformat()}"
    if unit == "month":
        month = published.month + shift
        year = published.year + (month - 1) // 12
        month = (month - 1) % 12 + 1
        return f"{year:04d}-{month:02d}"
    year = published.year + shift
    return f"{year}-01-01/{year}-12-31"
