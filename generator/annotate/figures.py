"""Figures: numbers as written ('9,861', '1.5m', '$40bn', '12%', 'ten', 'a quarter', 'thousands',
'5,000-7,000') with their hedge ('as high as'), value, unit and what they count ('Russian deaths').
Years, dates, times, durations, ages and ordinals are not figures.
"""
from __future__ import annotations

import re

from ..model import DateMention, Figure
from . import lexicon as lx
from .text import WORD

_HEDGE = lx.alternation(lx.HEDGES, escape=True)
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"(?:\s?(?:million|billion|trillion|thousand|hundred)\b|(?:m|mn|bn|b|k|tn|trn)(?![\w']))"
_CURRENCY = r"(?:US\$|\$|£|€|¥|₴|₽)"
_PERCENT = r"(?:\s?%|\s(?:percent|per cent)\b)"
_NUMERIC = rf"{_CURRENCY}?(?:{_NUM}){_SCALE}?{_PERCENT}?"
_WORD_UNIT = lx.alternation([*lx.UNITS, *lx.TENS])
_TENS = "|".join(lx.TENS)
_DIGIT_WORDS = "|".join(k for k in lx.UNITS if 0 < lx.UNITS[k] < 10)  # one … nine
_WORDS = (rf"(?:(?:{_TENS})-(?:{_DIGIT_WORDS})|{_WORD_UNIT}|a|one)(?:\s(?:hundred|thousand|million|billion|trillion))+"
          rf"|(?:{_TENS})-(?:{_DIGIT_WORDS})|{_WORD_UNIT}")
_VAGUE = lx.alternation(lx.VAGUE)
_FRACTION = lx.alternation(lx.FRACTIONS, escape=True)
FIGURE = re.compile(
    rf"(?:(?P<range>(?P<low>{_NUMERIC})\s?(?:-|–|to)\s?(?P<high>{_NUMERIC}))"
    rf"|(?P<numeric>{_NUMERIC})|(?P<fraction>{_FRACTION})(?=\s+of\b)|(?P<vague>{_VAGUE})(?=\s+of\b|\s+(?:more|[a-z]+s)\b|[.,;])"
    rf"|(?P<words>{_WORDS}))(?![\w/])(?!-(?:year|month|week|day|hour|minute|second)s?\b)",
    re.IGNORECASE)
# Where a figure may start: a digit, a currency sign or a number word. Scanning for these first and
# matching FIGURE only there keeps the search fast (no alternation tried at every character).
_NUMBER_WORDS = set(lx.UNITS) | set(lx.TENS) | {"hundreds", "thousands", "millions", "billions", "dozens", "scores",
                                                 "tens", "quarter", "third", "half", "fifth", "tenth", "thirds",
                                                 "quarters", "hundred", "thousand", "million", "billion", "dozen"}
_ANCHOR = re.compile(r"[\d$£€¥₴₽]|\b(?:" + lx.alternation(_NUMBER_WORDS | {w.capitalize() for w in _NUMBER_WORDS})
                     + r")\b")
_HEDGE_BEFORE = re.compile(rf"(?i)(?<![\w-])(?:{_HEDGE})\s+$")
_LEFT_EDGE = re.compile(r"[\w.,/:$£€-]")
_NEXT_WORD = re.compile(r"\s*-?\s*([\w.’']+)")
_PREV_WORD = re.compile(r"([\w.#’']+)\s*$")
_STOP = frozenset("""in on at for with from to by since and or but that which who whom have has had were was is
are will would could should may might be been being the a an as than this these those its their his her our
your my of about after before during over under into through while when where if because although though so
then there here it they he she we i you not no also still only just more less most least per each every new
said says told according amid across against among around between beyond""".split()) | lx.WH_WORDS
_EVENTS = {"died": "died", "dead": "dead", "killed": "killed", "killing": "killed", "kill": "killed",
           "injured": "injured", "wounded": "wounded", "injuring": "injured", "wounding": "wounded",
           "lost": "lost", "losing": "lost", "displaced": "displaced", "fled": "fled", "forced": "forced",
           "arrested": "arrested", "detained": "detained", "evacuated": "evacuated", "missing": "missing"}
_EVENT_BEFORE = re.compile(r"\b(killing|killed|lost|losing|injuring|wounding|displaced|evacuated|arrested|"
                           r"detained|kill)\s+(?:(?:an?|some|about|almost|nearly|more than|at least)\s+)?$")
_PEOPLE_HEADS = {"soldiers", "troops", "servicemen", "deaths", "casualties", "injured", "wounded", "dead",
                 "forces", "fighters", "sailors", "personnel"}
_NUMBER_OF = re.compile(r"\b(?:number|toll|count|total|tally) of (?:the |its |their |his |her )?"
                        r"(?P<np>(?:[A-Za-z’'-]+ ){0,2}?[a-z’'-]+s)\b(?: (?:that|who) (?:have |had |has )?(?P<verb>\w+))?")
_NOUN_NUMBER = re.compile(r"\b(?P<noun>[a-z]+) (?:number|toll|count|total|figure)\b")
_AGE = re.compile(r"[A-Z][\w.]*,\s$")
# A rate or share and the level it moved to: 'Support for the plan has fallen to 33%', 'the unemployment
# rate is 51 percent', 'cuts Germany growth forecast to 7.7%', 'hold the estimate of global growth steady at'.
_LEVEL_VERBS = (r"fallen|fell|falls|fall|risen|rose|rises|rise|hit|hits|reached|reaches|reach|climbed|climbs|"
                r"dropped|drops|jumped|jumps|grew|grows|increased|decreased|slowed|slows|stands|stood|remains|"
                r"remained|is|was|are|were")
_MOVED_TO = re.compile(rf"(?P<np>(?:[\w’'-]+ ){{0,5}}?[\w’'-]+) (?:(?:has|have|had|now|still) )*"
                       rf"(?:{_LEVEL_VERBS})(?: (?:to|at))? $")
_SET_TO = re.compile(r"\b(?:cut|cuts|cutting|raised|raises|raise|lowered|lowers|lower|revised|revises|reduce|"
                     r"reduces|reducing|held|holds|hold|set|sets|put|puts)"
                     r" (?P<np>(?:[\w’'-]+ ){0,5}?[\w’'-]+) (?:steady |unchanged )?(?:to|at) $")
_NP_LEADERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"})
_CLAUSE_BREAK = re.compile(r".*(?:[,;:()\"“”—–]|[.!?] |\b(?:that|which|who|and|but|while|when|because|if|"
                           + lx.alternation(lx.SAY_VERBS) + r")\s)", re.S)  # 'Officials said inflation was 8%'
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[A-Z\"“])")
_YEAR_ALONE = re.compile(r"(?:1[89]|20)\d\d")


def find(line: str, number: int, dates: list[DateMention]) -> list[Figure]:
    """The figures of one sentence line, each with its hedge, value, unit and what it counts."""
    out: list[Figure] = []
    taken = [(d.start, d.end) for d in dates]
    done = 0
    for anchor in _ANCHOR.finditer(line):
        at = anchor.start()
        if at < done:
            continue
        match = None
        for start in (at - 2, at - 3, at):  # "a quarter", "US$40", "one in ten" start before the anchor
            if start >= done and start >= 0 and (start == 0 or not _LEFT_EDGE.match(line, start - 1)):
                match = FIGURE.match(line, start)
                if match and match.end() > at:
                    break
                match = None
        if match is None:
            continue
        figure = _figure(line, number, match, taken)
        done = match.end()
        if figure is not None:
            out.append(figure)
    return [f for f in _counted(line, out) if not _bare_word_number(line, f)]


def _bare_word_number(line: str, figure: Figure) -> bool:
    """'those two as equivalent', 'one, his temperament, and two, his language': a number written as a
    word that counts nothing, neither a noun after it nor anything the sentence says it counts. A hedge
    ('at least nine were'), an event ('eleven were released') or a tally ('five to four') counts."""
    if figure.counts is not None or figure.qualifier is not None or any(c.isdigit() for c in figure.text):
        return False
    after = line[figure.end:figure.end + 40]
    words = re.findall(r"[\w’'-]+", after)[:3]
    if len(words) > 1 and words[0].lower() in ("were", "was", "have", "had", "are") \
            and (_event_after(words) or words[1].endswith("ed")):
        return False  # 'eleven were released'
    if len(words) > 1 and words[0].lower() == "to" and FIGURE.match(words[1]):
        return False
    stripped = after.lstrip()
    return (stripped[:1] != "" and stripped[:1] in ",;:.)—–") or (bool(words) and words[0].lower() in _NO_NOUN_AFTER)


def _figure(line: str, number: int, m: re.Match, taken) -> Figure | None:
    body_start = m.start()
    body = m.group()
    if any(a < m.end() and body_start < b for a, b in taken):
        return None
    if not _counts_as_figure(line, m, body, body_start):
        return None
    hedge_match = _HEDGE_BEFORE.search(line, max(0, body_start - 22), body_start)
    hedge = hedge_match.group().strip() if hedge_match else ""
    qualifier = hedge.lower() if hedge and hedge.lower() not in lx.NEUTRAL_HEDGES else None
    start = hedge_match.start() if qualifier else body_start
    value, unit, vague = _value(m)
    if value is None:
        return None
    if vague and qualifier is None:
        qualifier = "at least"
    if m["range"]:
        high = _value_of(m["high"])[0]
        qualifier = qualifier or (f"between {_plain(value)} and {_plain(high)}" if high is not None else None)
    return Figure(line[start:m.end()], value, number, start, m.end(), qualifier=qualifier, unit=unit)


# '131 West 23rd Street': a number, at most two words, a street word, and no noun after ('40 Wall Street
# executives' are counted).
_ADDRESS_AFTER = re.compile(r"\s+(?:[A-Z0-9][\w.]*\s+){1,2}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|"
                            r"Lane|Drive|Place|Way|Square)\b(?!\s+[a-z])")
# A first word after a figure that is no noun of it: '$6,000 annually', '$250 billion worth', '5 percent
# prefer …', '$214.9 billion offshore' (verbs in -ed, adverbs in -ly and these).
_NOT_NOUNS = frozenset("""now worth offshore total apiece overall alone support supports prefer prefers say says
think thinks agree agrees back backs oppose opposes favor favors approve approves voting""".split())
# Words after a number written as a word that show it counts nothing named: 'the two were', 'those two as'.
_NO_NOUN_AFTER = frozenset("""as and or but were are is was have had has who which that will would can could did do
on at to from with by for than""".split())


_DECADE_AFTER = re.compile(r"(?:['’]?s)\b")


def _counts_as_figure(line: str, m: re.Match, body: str, start: int) -> bool:
    after = line[m.end():m.end() + 30]
    next_word = _NEXT_WORD.match(after)
    if next_word and next_word.group(1).lower() == "plus":  # '15-plus years'
        next_word = _NEXT_WORD.match(after, next_word.end())
    next_word = next_word.group(1).lower().strip(".") if next_word else ""
    before = _PREV_WORD.search(line, max(0, start - 20), start)
    before = before.group(1).lower() if before else ""
    plain = body.lower()
    if m["numeric"] and _YEAR_ALONE.fullmatch(body):
        return False  # a year
    if m["numeric"] and body.isdigit() and body.endswith("0") and _DECADE_AFTER.match(line, m.end()):
        return False  # a decade: "the 80’s", "the 1990s", "the ’90s"
    if next_word in lx.TIME_UNITS or next_word.rstrip("s") in lx.TIME_UNITS or next_word in lx.NOT_COUNT_AFTER:
        return False  # a duration, a time of day
    if after.startswith((":", ".m", "a.m", "p.m", "th", "st ", "nd ", "rd ")) and m["numeric"]:
        return False
    if m["numeric"] and _ADDRESS_AFTER.match(after):
        return False  # '131 West 23rd Street': an address
    if before in lx.NOT_COUNT_BEFORE or before.endswith("#"):
        return False
    if m["numeric"] and _AGE.search(line, max(0, start - 40), start) and after[:1] == "," \
            and body.isdigit() and int(body) < 120:
        return False  # "Quina Jones, 25," is an age (and "A, 1.5m," is no number of years)
    if m["words"] and plain in ("one", "a", "zero") or plain.startswith("a ") and m["words"] and " " not in plain[2:]:
        return False  # "one of the reasons", "no one"
    if m["words"] and plain in ("one", "two") and next_word in ("of", "another", "or"):
        return False
    return True


def _value(m: re.Match) -> tuple[float | None, str | None, bool]:
    if m["range"]:
        value, unit = _value_of(m["low"])
        return value, unit or _value_of(m["high"])[1], False
    if m["numeric"]:
        value, unit = _value_of(m["numeric"])
        return value, unit, False
    if m["fraction"]:
        return lx.FRACTIONS[m["fraction"].lower()], "fraction", False
    if m["vague"]:
        return float(lx.VAGUE[m["vague"].lower()]), None, True
    return _words_value(m["words"].lower()), None, False


def _value_of(text: str) -> tuple[float | None, str | None]:
    unit = None
    for symbol, code in lx.CURRENCIES.items():
        if text.startswith(symbol):
            unit, text = code, text[len(symbol):]
            break
    lower = text.lower()
    if lower.endswith(("%", "percent", "per cent")):
        unit = "%"
        lower = re.sub(r"\s?(?:%|percent|per cent)$", "", lower)
    match = re.match(r"([\d,]+(?:\.\d+)?)\s?([a-z]*)", lower)
    if not match:
        return None, unit
    try:
        value = float(match.group(1).replace(",", ""))
    except ValueError:
        return None, unit
    scale = lx.SCALES.get(match.group(2), 1) if match.group(2) else 1
    return round(value * scale, 6), unit


def _words_value(text: str) -> float | None:
    total, current = 0, 0
    for word in re.split(r"[\s-]+", text):
        if word in ("a", "one") and current == 0:
            current = 1
        elif word in lx.UNITS:
            current += lx.UNITS[word]
        elif word in lx.TENS:
            current += lx.TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in lx.SCALES:
            total += (current or 1) * lx.SCALES[word]
            current = 0
        else:
            return None
    return float(total + current)


def _plain(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


# ---------------------------------------------------------------- what a figure counts

def _counted(line: str, figures: list[Figure]) -> list[Figure]:
    """Fill in `counts`: the noun phrase after the figure, else what the sentence says is counted."""
    out: list[Figure] = []
    for figure in figures:
        counts = _noun_after(line, figure) or _number_of(line, figure) or _event_before(line, figure) \
            or _level_of(line, figure)
        if counts is None and out and out[-1].counts and out[-1].unit == figure.unit:
            counts = out[-1].counts  # "498 Russian deaths … now as high as 9,861"; a share is no count
        if counts:
            counts = _with_demonym(line, figure, counts, out)
        out.append(_replace(figure, counts=counts))
    return out


def _noun_after(line: str, figure: Figure) -> str | None:
    rest = line[figure.end:figure.end + 120]
    words = re.findall(r"[\w’'-]+|[^\w\s]", rest)
    direct = not (words[:1] and words[0].lower() == "of")  # the word right after the figure, not after 'of'
    if words[:1] and words[0].lower() in ("of",):
        words = words[1:]
        if words[:1] and words[0].lower() in ("the", "its", "their", "his", "her", "our", "these", "those"):
            words = words[1:]
    kept = []
    possessive = re.search(r"([A-Z][\w]+['’]s)\s+$", line[max(0, figure.start - 40):figure.start])
    if possessive:
        kept.append(possessive.group(1))
    event = None
    for i, word in enumerate(words):
        lower = word.lower()
        if lower in _EVENTS:
            event = _EVENTS[lower]
            if not kept:
                kept.append(lower)
                event = None
            break
        if lower in ("million", "billion", "thousand", "hundred", "trillion"):
            continue
        if direct and i == 0 and lower in ("plus", "-plus"):
            continue  # '10,000-plus fans'
        if direct and i == 0 and not possessive and lower not in _EVENTS and (
                ((lower in _NOT_NOUNS or (lower.endswith(("ed", "ly")) and "-" not in lower)) and not _noun(words[1:2]))
                or not any(c.isalnum() for c in word)):
            return None  # '$14 million borrowed', '$6,000 annually', 'taxpayers -- those …', not '95 retired generals'
        if word[:1] in "'‘’":
            if len(word) < 3 or word[-1] not in "'’" or word[1] in "'‘’":
                break  # "73 percent ''maintained subsidiaries …''": a quotation opens, no noun of the figure's
            word = word.strip("'‘’")  # "300 'temporary' jobs": a word in scare quotes is still the noun's
            lower = word.lower()
        if lower in _STOP or not WORD.fullmatch(word) or any(c.isdigit() for c in word):
            if lower in ("have", "has", "had", "were", "was") and i + 1 < len(words) and words[i + 1].lower() in _EVENTS:
                event = _EVENTS[words[i + 1].lower()]
            elif any(c.isdigit() for c in word) or lower in ("million", "billion", "thousand"):
                continue
            break
        if len(kept) >= 4:
            break
        kept.append(word)
        if (len(word) > 3 and lower.endswith("s") and not lower.endswith(("ss", "'s", "’s"))) or lower in _PLURALS:
            event = _event_after(words[i + 1:i + 3])  # a plural noun ends the phrase: "fans queued"
            break
    if not kept or (len(kept) == 1 and possessive):
        return None
    if event is None:
        event = _event_before(line, figure)
    counts = " ".join(kept + ([event] if event else [])).strip("-")  # 'a 30-point lead', 'coal- and gas-fired'
    return counts if counts and counts.split()[0].split("-")[0] not in _STOP else None  # not '$12-an-hour'


# Plurals without an s, which end a figure's noun phrase as the others do ('12 armed men attacked').
_PLURALS = frozenset("people men women children personnel aircraft cattle sheep".split())


def _noun(words: list[str]) -> bool:
    """Can the first word be the noun an adjective before it goes with ('retired generals', 'armed men',
    'total wins')? A lower-case word that is no function word, verb in -ed or adverb in -ly."""
    return bool(words) and words[0].isalpha() and words[0].islower() and words[0] not in _STOP \
        and not words[0].endswith(("ed", "ly")) and words[0] not in _NOT_NOUNS


def _event_after(words: list[str]) -> str | None:
    lower = [w.lower() for w in words]
    if lower[:1] and lower[0] in _EVENTS:
        return _EVENTS[lower[0]]
    if len(lower) > 1 and lower[0] in ("have", "has", "had", "were", "was") and lower[1] in _EVENTS:
        return _EVENTS[lower[1]]
    return None


def _number_of(line: str, figure: Figure) -> str | None:
    before = line[max(0, figure.start - 200):figure.start]
    match = None
    for match in _NUMBER_OF.finditer(before):
        pass
    if match is not None:
        verb = _EVENTS.get((match["verb"] or "").lower())
        return match["np"] + (f" {verb}" if verb else "")
    noun = None
    for noun in _NOUN_NUMBER.finditer(before):
        pass
    if noun is not None and noun["noun"] not in _STOP:
        word = noun["noun"]
        return word if word.endswith("s") else word + "s"
    return None


def _level_of(line: str, figure: Figure) -> str | None:
    """What a share or rate measures, from the clause that moves it there ('Turnout in Canada falls to')."""
    if figure.unit != "%":
        return None
    before = line[max(0, figure.start - 120):figure.start]
    cut = _CLAUSE_BREAK.match(before)
    clause = before[cut.end():] if cut else before
    if figure.qualifier and clause.endswith(figure.qualifier + " "):
        clause = clause[:-len(figure.qualifier) - 1]
    match = _SET_TO.search(clause) or _MOVED_TO.search(clause)
    if match is None:
        return None
    words = match["np"].split()
    while words and words[0].lower() in _NP_LEADERS:
        words = words[1:]
    if not words or words[-1].lower() in _STOP or any(c.isdigit() for c in "".join(words)):
        return None
    if len(words) > 1 and words[0][1:].isalpha() and words[0][1:].islower() and words[1].islower() \
            and words[0] not in lx.PLACES \
            and not clause[:match.start("np")].strip():
        words[0] = words[0].lower()  # 'Turnout in …' opens the sentence; 'Germany growth forecast' keeps its capital
    return " ".join(words)


def _event_before(line: str, figure: Figure) -> str | None:
    match = _EVENT_BEFORE.search(line, max(0, figure.start - 40), figure.start)
    return _EVENTS.get(match.group(1).lower()) if match else None


def _with_demonym(line: str, figure: Figure, counts: str, earlier: list[Figure]) -> str:
    """'soldiers lost' → 'Russian soldiers lost' when the sentence says whose soldiers."""
    if any(w[:1].isupper() for w in counts.split()) or counts.split()[0].lower() not in _PEOPLE_HEADS:
        return counts
    for previous in reversed(earlier[-3:]):
        if figure.start - previous.end > 300:
            break
        demonym = next((w for w in (previous.counts or "").split() if w in lx.DEMONYMS), None)
        if demonym:
            return f"{demonym} {counts}"
    window = line[max(0, figure.start - 300):figure.start]
    window = _SENTENCE_END.split(window)[-1]  # look back in the figure's own sentence only
    for word in re.findall(r"[A-Z][\w]+", window):
        bare = word[:-2] if word.endswith(("'s", "’s")) else word
        if bare in lx.DEMONYMS:
            return f"{bare} {counts}"
        if bare in lx.COUNTRY_DEMONYM:
            return f"{lx.COUNTRY_DEMONYM[bare]} {counts}"
    return counts


def _replace(figure: Figure, counts: str | None) -> Figure:
    return Figure(figure.text, figure.value, figure.sentence, figure.start, figure.end, figure.qualifier,
                  counts, figure.claimed_by, figure.as_of, figure.unit)
