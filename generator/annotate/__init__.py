"""A first rule-based annotator: direct quotes with a speaker, people named in full, numerals, dates.

annotate(seed, aliases) -> Annotations is the interface the pipeline and `annotate --json` rely on.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Mapping

from ..model import Annotations, DateMention, Figure, Person, Quote, Seed

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
_QUOTE = re.compile(r'"([^"]{2,})"|“([^”]{2,})”')
_NAME = re.compile(r"\b([A-Z][a-z]+(?:[-'][A-Z][a-z]+)?(?: [A-Z][a-z]+(?:[-'][A-Z][a-z]+)?){1,3})\b")
_VERB = r"(?:said|says|told|added|asked|wrote|declared|insisted|warned|explained)"
_AFTER = re.compile(rf"^[\s,]*(?:(?P<verb1>{_VERB})\s+(?P<name1>[A-Z][\w'-]+(?: [A-Z][\w'-]+)*)"
                    rf"|(?P<name2>[A-Z][\w'-]+(?: [A-Z][\w'-]+)*|he|she)\s+(?P<verb2>{_VERB})"
                    rf"|(?P<name3>[A-Z][\w'-]+(?: [A-Z][\w'-]+)*)\s*\.\s*$)")
_BEFORE = re.compile(rf"(?P<name>[A-Z][\w'-]+(?: [A-Z][\w'-]+)*|[Hh]e|[Ss]he)(?:,[^,]*,)?\s+{_VERB}[\s:,]*$")
_NUMBER = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?!\d)|(?<![\w.,])\d+(?:\.\d+)?(?![\w.]*\d)")
_DATE = re.compile(r"\b(" + "|".join(m.capitalize() for m in MONTHS) + r") (\d{1,2})\b")
# Capitalised words that start names of things, not people.
_NOT_PEOPLE = {"The", "A", "An", "In", "On", "At", "But", "And", "So", "If", "As", "It", "He", "She",
               "They", "We", "I", "This", "That", "Since", "Meanwhile", "Officially", "Last", "NATO",
               "Russian", "Ukrainian", "Russia", "Ukraine", "European", "Germany", "Moscow", "Kremlin",
               "President", "Prime", "Minister", "Mr", "Mrs", "Ms", "Dr", "Komsomolskaya", "Pravda"}


def annotate(seed: Seed, aliases: Mapping[str, str] | None = None) -> Annotations:
    aliases = aliases or {}
    people = _people(seed, aliases)
    by_word = {word: p.name for p in people for word in (p.name.split()[-1], *p.aliases)}
    return Annotations(
        people=tuple(people),
        quotes=tuple(_quotes(seed, by_word)),
        figures=tuple(_figures(seed)),
        dates=tuple(_dates(seed)),
    )


def _people(seed: Seed, aliases: Mapping[str, str]) -> list[Person]:
    """Full names (two or three capitalised words) not made of words that start other things."""
    found: dict[str, Person] = {}
    for sentence in seed.sentences[1:]:
        for match in _NAME.finditer(sentence):
            words = match[1].split()
            while words and words[0] in _NOT_PEOPLE:
                words = words[1:]
            if len(words) < 2 or any(w in _NOT_PEOPLE for w in words):
                continue
            name = aliases.get(" ".join(words), " ".join(words))
            if name not in found:
                found[name] = Person(name, (words[-1],) if words[-1] != name else ())
    return sorted(found.values(), key=lambda p: p.name)


def _quotes(seed: Seed, by_word: dict[str, str]) -> list[Quote]:
    quotes, last_person, last_speaker = [], None, None
    for number, sentence in enumerate(seed.sentences):
        if number == 0:
            continue
        for match in _QUOTE.finditer(sentence):
            group = 1 if match[1] is not None else 2
            text, start, end = match[group], match.start(group), match.end(group)
            speaker = _speaker(sentence, match, by_word, short=len(text.split()) <= 3) or None
            if speaker in ("he", "she", "He", "She"):
                speaker = last_speaker or last_person  # "he said" most often continues the last speaker
            kind = "direct" if match.start() < 3 or len(sentence) - match.end() < 3 else "partial"
            if len(text.split()) > 3 or speaker:
                quotes.append(Quote(text, speaker, number, kind if len(text.split()) > 3 else "partial", start, end))
                last_speaker = speaker or last_speaker
        for word, name in by_word.items():
            if word in sentence:
                last_person = name
    return quotes


def _speaker(sentence: str, match: re.Match, by_word: dict[str, str], short: bool) -> str | None:
    # Look a short way around the quote only: a 5 MB line with thousands of quotes stays linear.
    after = _AFTER.match(sentence[match.end(): match.end() + 120])
    before = _BEFORE.search(sentence[max(0, match.start() - 120): match.start()])
    raw = None
    if after:
        raw = after["name1"] or after["name2"] or after["name3"]
    elif before:
        raw = before["name"]
    elif short:
        return None  # a few words in quotation marks with no speech verb are scare quotes ("civil war")
    else:
        raw = _subject(sentence[max(0, match.start() - 300): match.start()], by_word)  # a partial quote is its sentence subject's
    if raw is None:
        return None
    if raw.lower() in ("he", "she"):
        return raw
    return by_word.get(raw.split()[-1], raw)


def _subject(text: str, by_word: dict[str, str]) -> str | None:
    for word in re.findall(r"[A-Za-z][\w'-]*", text):
        if word.lower() in ("he", "she") or word in by_word:
            return word
    return None


def _figures(seed: Seed) -> list[Figure]:
    figures = []
    for number, sentence in enumerate(seed.sentences):
        dates = [m.span() for m in _DATE.finditer(sentence)]
        for match in _NUMBER.finditer(sentence):
            value = float(match[0].replace(",", ""))
            inside_date = any(a <= match.start() < b for a, b in dates)
            if inside_date or (1900 <= value <= 2100 and "," not in match[0]):
                continue  # a day of a month or a year is not a figure
            figures.append(Figure(match[0], value, number, match.start(), match.end()))
    return figures


def _dates(seed: Seed) -> list[DateMention]:
    dates = []
    for number, sentence in enumerate(seed.sentences):
        for match in _DATE.finditer(sentence):
            month, day = MONTHS.index(match[1].lower()) + 1, int(match[2])
            try:
                date = dt.date(seed.date.year, month, day)
            except ValueError:
                continue
            if date > seed.date + dt.timedelta(days=31):
                date = date.replace(year=date.year - 1)  # "December 30" in a January article
            dates.append(DateMention(match[0], date.isoformat(), number, match.start(), match.end()))
    return dates
