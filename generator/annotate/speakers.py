"""Who said it: the attribution cues around a quotation ("Zelensky said", "said Edward Alden of …",
"according to", "― Name", "SMITH:"), and the discourse that resolves "he", "the Russian leader" and
"the newspaper" to the person or organisation meant.

Every pattern looks only a bounded distance from the quote, so a huge line stays linear.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon as lx
from .people import DESCRIPTION, Cast, Entity
from .text import names_in, names_of

WINDOW = 240
_SAY = "|".join(sorted(lx.SAY_VERBS, key=len, reverse=True))
_AUX = "|".join(sorted(lx.AUXILIARIES, key=len, reverse=True))
_NP = r"(?:[^,.;:!?\"“”()—–]|\.(?=\s?[A-Z]))+?"  # a period only in "Mr. Obama", "G.K. Butterfield"
_RIGHT_DASH = re.compile(r"\s*[,.]?\s*[―—–]{1,2}\s*(?P<np>[^,.;()―—–]{2,60})")
_RIGHT_INVERTED = re.compile(rf"\s*[,:]?\s*(?:(?:{_AUX})\s+)?(?P<verb>{_SAY})\s+(?P<np>{_NP})(?=\s*(?:[,;:!?(]|\.(?!\s?[A-Z])|$)|\s(?:who|which|in|at|on|during|after|from|to|about|as|when|while|before)\b)")
_RIGHT_SUBJECT = re.compile(rf"\s*[,:]?\s*(?P<np>{_NP})(?:\s*\([^()]{{1,30}}\))?(?P<app>(?:,[^,\"“”]{{1,110}}){{1,2}},)?\s+(?:(?:{_AUX})\s+){{0,3}}(?P<verb>{_SAY})\b")
_RIGHT_NAME_ONLY = re.compile(r"\s*,?\s*(?P<np>(?:[A-Z][\w.'’-]*\s?){1,4})\s*(?:[.!]|$)")
_ACCORDING = re.compile(rf"\s*,?\s*according to (?P<np>{_NP})(?=\s*[,.;:!?]|$)")
_LEFT_ACCORDING = re.compile(rf"[Aa]ccording to (?P<np>{_NP}),\s*$")
_LEFT_INVERTED = re.compile(rf"(?:^|[.!?]\s+)(?:Said|Says|Added|Asked|Wrote|Writes|Explained|Continued)\s+(?P<np>{_NP})\s*[:,]\s*$")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_TIGHT_GAP = re.compile(r"(?:\s+(?:[\w’'-]+\s+){0,4}?)?\s*[,:]?\s*(?:that\s+|as\s+|it\s+)?$")
_COLON_GAP = re.compile(r"[^.!?\"“”]{0,60}[,:]\s*$")
_QUOTED_AS = re.compile(r"\bquoted\s+(?P<np>[^,.;:!?\"“”]{2,80}?)\s+as\s+(?:saying|telling|writing)\b")
_TRAILING_AUX = re.compile(rf"(?:\s+(?:{_AUX}))+\s*$")
_PAREN = re.compile(r"\s*\([^()]{1,30}\)\s*$")
_APPOSITIVE = re.compile(r",[^,\"“”]{1,110},\s*$")
_CLAUSE_CUT = re.compile(r".*(?:[,;:!?\"“”()—–―]|\.\s|\b(?:that|and|but|when|while|because|after|before|if|as|so|"
                         r"although|though|whom|where|since|until|or)\s)", re.S)
PRONOUN = re.compile(r"(?i)^(he|she|they|it|we|i)$")
_MEDIA = {"newspaper", "paper", "tabloid", "daily", "outlet", "website", "magazine", "network", "broadcaster",
          "agency", "channel", "station", "publication", "site", "blog"}
_GROUP_WORDS = {"officials", "sources", "experts", "critics", "analysts", "residents", "protesters", "people",
                "voters", "aides", "advisers", "advisors", "lawmakers", "witnesses", "investigators",
                "authorities", "police", "supporters", "opponents", "observers", "economists", "democrats",
                "republicans", "leaders", "diplomats", "organizers", "organisers", "doctors", "scientists",
                "researchers", "officers", "soldiers", "troops", "locals", "reports", "sources"}


@dataclass(frozen=True)
class Cue:
    """The words that name who speaks, as written, and how close they stand to the quote."""
    np: str
    at: int  # offset of the words in the line
    tight: bool


# ---------------------------------------------------------------- finding cues

def right_cue(line: str, start: int, stop: int) -> Cue | None:
    """A cue after a quote: '"…," said X', '"…," X said', '"…" X.', '"…" ― X', ', according to X'."""
    stop = min(stop, start + WINDOW)
    for pattern in (_RIGHT_DASH, _RIGHT_INVERTED, _RIGHT_SUBJECT, _ACCORDING):
        match = pattern.match(line, start, stop)
        if match and _speaker_like(match["np"], pattern is _RIGHT_SUBJECT):
            return Cue(match["np"].strip(), match.start("np"), True)
    match = _RIGHT_NAME_ONLY.match(line, start, stop)
    if match and names_of(match["np"]) and not match["np"].strip().split()[0] in lx.NOT_NAME_WORDS:
        return Cue(match["np"].strip(), match.start("np"), True)
    return None


def left_cue(line: str, start: int, stop: int, short: bool) -> Cue | None:
    """A cue before a quote: 'X said:', 'X said that the "…"', 'according to X, "…"', 'X called it "…"'."""
    start = max(start, stop - WINDOW)
    left = line[start:stop]
    match = _LEFT_ACCORDING.search(left) or _LEFT_INVERTED.search(left)
    if match:
        return Cue(match["np"], start + match.start("np"), True)
    quoted = None
    for quoted in _QUOTED_AS.finditer(left):
        pass
    if quoted is not None:
        return Cue(quoted["np"], start + quoted.start("np"), True)
    verb = None
    for word in _LOWER_WORD.finditer(left):
        if word.group() in lx.SPEECH_VERBS:
            verb = word
    if verb is None:
        return None
    gap = left[verb.end():]
    tight = _TIGHT_GAP.match(gap) is not None or _COLON_GAP.match(gap) is not None
    if short and not tight:
        return None
    if verb.group().endswith("ing") and verb.group() not in ("saying",):
        np, at = _sentence_subject(left[:verb.start()])
    else:
        np, at = _subject_before(left[:verb.start()])
        if np is None or not _speaker_like(np, True):
            np, at = _sentence_subject(left[:verb.start()])
    if np is None:
        return None
    return Cue(np, start + at, tight)


def _subject_before(text: str) -> tuple[str | None, int]:
    """The noun phrase just before a verb: 'Scott Pruitt, the attorney general, said' → 'Scott Pruitt'."""
    text = _TRAILING_AUX.sub("", text)
    text = _PAREN.sub("", text)
    appositive = _APPOSITIVE.search(text)
    if appositive:
        text = text[:appositive.start()]
    cut = _CLAUSE_CUT.match(text)
    at = cut.end() if cut else 0
    np = text[at:].strip()
    if not np or len(np.split()) > 9:
        return None, 0
    last = re.search(r"\b(he|she|they|it|He|She|They|It)\s*$", np)
    if last:
        return last.group(1), at + text[at:].rfind(last.group(1))
    return np, at + (len(text[at:]) - len(text[at:].lstrip()))


def subject_cue(line: str, start: int, stop: int) -> Cue | None:
    """No speech verb: a quote after a colon or inside a sentence is its subject's ('X's message: "…"')."""
    np, at = _sentence_subject(line[start:stop])
    return Cue(np, start + at, False) if np else None


def _sentence_subject(text: str) -> tuple[str | None, int]:
    """'He attacked the plan, saying …': the subject is the clause's first noun phrase."""
    for name in names_in(text):
        if _nameable(name.text):
            return text[name.start:name.end], name.start
    match = re.search(r"\b(he|she|He|She|they|They)\b", text)
    if match:
        return match.group(), match.start()
    return None, 0


def _speaker_like(np: str, subject: bool) -> bool:
    """Is this a plausible speaker: a name, a pronoun, or a short description with a role or group word?"""
    np = np.strip()
    if not np:
        return False
    words = np.split()
    if PRONOUN.match(np):
        return np.lower() not in ("it", "i", "we") or not subject
    if len(words) > 9:
        return False
    if names_of(np):
        return True
    last = words[-1].lower().strip("’'")
    return last in lx.ROLE_NOUNS or last in lx.ORG_NOUNS or last in _GROUP_WORDS or last.rstrip("s") in lx.ROLE_NOUNS


# ---------------------------------------------------------------- resolving cues

class Discourse:
    """What the article has said so far: who spoke last, who was named last."""

    def __init__(self, cast: Cast):
        self.cast = cast
        self.last_speaker: Entity | None = None
        self.last_speaker_line = -10
        self.last_org: Entity | None = None

    def resolve(self, np: str, line: int, at: int) -> str | None:
        """The speaker's name for the words of a cue, or a description, or None if nothing supports one."""
        np = np.strip().strip(",")
        pronoun = PRONOUN.match(np)
        if pronoun:
            entity = self.pronoun(pronoun.group(1).lower(), line, at)
            return entity.name if entity else None
        entity = self.entity(np, line, at)
        if entity is not None:
            return entity.name
        names = [n for n in names_of(np) if n.text not in lx.DEMONYMS]
        name = _head_name(np, names) if names else None
        if name is not None and not _is_description(np):
            if name.text in lx.PLACES:
                return name.text
            text = name.text.title() if name.text.isupper() and len(name.text) > 6 else name.text
            return self.cast.add_speaker(text, (line, at)).name
        return _description(np)

    def entity(self, np: str, line: int, at: int) -> Entity | None:
        names = [n for n in names_of(np) if n.text not in lx.DEMONYMS]
        name = _head_name(np, names) if names else None
        if name is not None:
            entity = self.cast.person(name.text)
            if entity is None and name.text.isupper():
                entity = self.cast.person(name.text.title())
            if entity is not None and entity.kind != "place":
                return entity
            if entity is not None:
                return entity
            if np[:1].isupper() or not _is_description(np):
                return None
        if DESCRIPTION.search(np):
            return self.cast.describe(np, (line, at))
        last = np.split()[-1].lower() if np.split() else ""
        if last in _MEDIA and np.lower().startswith("the "):
            return self._last_kind("org", line, at)
        return None

    def pronoun(self, word: str, line: int, at: int) -> Entity | None:
        gender = {"he": "m", "she": "f"}.get(word)
        if word in ("it", "they"):
            return self.last_org if word == "it" else None
        if gender is None:
            return None
        fits = lambda e: e.kind == "person" and e.gender in (None, gender)  # noqa: E731
        same_line = [m.entity for m in self.cast.mentions.get(line, []) if m.start < at and fits(m.entity)]
        chosen = None
        if same_line:
            chosen = same_line[0]
        elif self.last_speaker is not None and fits(self.last_speaker) and line - self.last_speaker_line <= 6:
            chosen = self.last_speaker
        else:
            chosen = self._last_person(line, at, fits)
        if chosen is not None and chosen.gender is None:
            chosen.gender = gender
        return chosen

    def _last_person(self, line: int, at: int, fits) -> Entity | None:
        for number in range(line, max(-1, line - 8), -1):
            mentions = self.cast.mentions.get(number, [])
            for mention in reversed(mentions):
                if (number < line or mention.start < at) and fits(mention.entity):
                    return mention.entity
        return None

    def _last_kind(self, kind: str, line: int, at: int) -> Entity | None:
        for number in range(line, max(-1, line - 12), -1):
            for mention in reversed(self.cast.mentions.get(number, [])):
                if (number < line or mention.start < at) and mention.entity.kind == kind:
                    return mention.entity
        return None

    def spoke(self, speaker: str | None, line: int) -> None:
        entity = self.cast.entities.get(speaker) if speaker else None
        if entity is not None and entity.kind == "person":
            self.last_speaker, self.last_speaker_line = entity, line
        elif entity is not None and entity.kind == "org":
            self.last_org = entity


def _head_name(np: str, names) -> object:
    """The name a noun phrase is about: its last name that is not a possessor ('Clinton's aide')
    nor after a preposition ('Morgan of the Sierra Club'): 'Democratic nominee Hillary Clinton'."""
    heads = [n for n in names if np[n.end:n.end + 2] not in ("'s", "’s") and _nameable(n.text)
             and not re.search(r"\b(?:of|at|for|from|with|to|on|in|by)\s+(?:the\s+)?$", np[:n.title_start])]
    people = [n for n in heads if n.text not in lx.PLACES]
    return (people or heads or [None])[-1] if heads else None


def _nameable(text: str) -> bool:
    """Not a month, a weekday or a nationality: 'Friday said' is no speaker."""
    return not any(w.lower() in lx.MONTHS or w.lower() in lx.WEEKDAYS for w in text.split()) \
        and text not in lx.DEMONYMS


def _is_description(np: str) -> bool:
    return np[:1].islower() or np.split()[0] in ("The", "A", "An", "One", "Another")


def _description(np: str) -> str | None:
    np = np.strip()
    if not np or len(np.split()) > 9:
        return None
    return np[0].lower() + np[1:] if np.split()[0] in ("The", "A", "An", "Another", "One") else np
