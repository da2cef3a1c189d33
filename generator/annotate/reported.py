"""Reported speech without quotation marks: 'Zelensky told networks (that) …', 'X has said that …',
'quoted an official as saying that …', '…, the minister said.' The span is the reported clause.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon as lx
from .speakers import _AUX, _FINITE_VERB, QUOTED_AS, _speaker_like, _subject_before

_VERBS = lx.alternation(lx.CLAUSE_SPEECH_VERBS)
_FORWARD = re.compile(rf"\b(?P<verb>{_VERBS})\b")
# What may follow a closing ', X said' ('told reporters on Monday', 'said through a spokesman', 'said
# tearfully'), but no clause of its own (', Ham also noted several "intangibles" left him disillusioned.'):
# no quotation marks, auxiliary or subject pronoun.
_AFTER_CLOSING = r"(?![^,]*?(?:[\"“”]|\b(?:is|are|was|were|has|have|had|will|would|can|could|should|must|" \
                 r"that|he|she|they|it|we)\b))[^,]{0,60}"
_POSTPOSED = re.compile(rf",\s+(?P<np>[^,]{{1,70}}?)\s+(?:(?:{_AUX})\s+){{0,3}}(?P<verb>{_VERBS})"
                        rf"(?:\s+(?P<after>{_AFTER_CLOSING}))?\s*[.!]?\s*$")
_POSTPOSED_INVERTED = re.compile(r",\s+(?P<verb>said|says|added|wrote)\s+(?P<np>[^,]{1,70}?)\s*[.!]?\s*$")
_THAT = re.compile(r"\bthat\s+")
_PERSON_OBJECT = frozenset({"told", "tells", "assured", "informed", "warned"})
_OBJECT_START = re.compile(r"(?:the|a|an|his|her|their|its|our|this|that|these|those|several|many|some|all|each|"
                           r"every|no|any|both|few|most)\b")
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$")
# Where the object of "told" ends and the reported clause begins: a determiner, a pronoun or a place.
_OBJECT_END = re.compile(r"\b(?:such|a|an|the|it|he|she|they|we|there|this|these|his|her|its|their|"
                         + lx.alternation(lx.PLACES) + r")\b")
_CLAUSE_VERBS_AFTER = {"in", "on", "at", "during", "after", "before", "to", "of", "with", "by"}
# Verbs as often followed by a noun as by a clause: without 'that', a finite verb must follow.
_TAKES_NOUNS = frozenset("""claimed claims announced acknowledged admitted admits repeated reiterated predicted
confirmed denied promised vowed alleged wrote writes added adds reported estimated""".split())
# ('wrote the memoir', 'added 22', 'reported a loss', 'estimated the cost at …')
# Verbs that report speech only with 'that' after them: 'reported that …', not 'reported a loss'.
_NEEDS_THAT = frozenset({"reported", "estimated"})
# ', and Ike Okoro added 22.': a clause joined on, not a closing ', X said'.
_CONJUNCTION = re.compile(r"(?:and|but|or|yet|so|while|as well as)\s", re.I)
_FINITE = re.compile(rf"{_FINITE_VERB.pattern}|\b(?:will|would|can|could|should|must|may|might|do)\b"
                     r"|\b(?!hundred\b|speed\b|need\b)[a-z]{2,}ed\b"  # 'two people died'
                     r"|(?<!after )(?<!before )(?<!when )(?<!while )(?<!since )(?<!until )(?<!because )(?<!if )"
                     r"\b(?:he|she|it|they|we|i|you)\s+[a-z]+\b"  # 'admitted he knows', not 'after he left'
                     r"|\b(?:the|a|an|his|her|its|their|our|this|that)\s+"  # 'the deal goes', not 'a hundred votes'
                     r"(?!(?:hundred|thousand|million|billion|dozen|few|lot|number|couple)\b)[a-z]+\s+[a-z]{2,}s\b")
_CLAUSE_END = re.compile(r"[,.;:!?]")
_ASIDE = re.compile(r",\s+(?!according\b)[^,;.]{1,40},\s+(?=[a-zA-Z])")  # ', however, ', ', in a statement, '
# 'about 9% of what the ministry says is needed': the verb is in a clause inside a noun phrase.
_EMBEDDED = re.compile(rf"\b(?:{lx.alternation(lx.WH_WORDS)})\b")


@dataclass(frozen=True)
class Reported:
    np: str  # the speaker as written
    np_at: int
    start: int  # of the reported clause
    end: int


def find(line: str, start: int, end: int) -> Reported | None:
    """The reported speech in one sentence line[start:end] that has no quotation marks, if any."""
    sentence = line[start:end]
    if len(sentence) > 1500:
        return None
    quoted = QUOTED_AS.search(sentence)
    if quoted:
        return _made(line, quoted["np"], start + quoted.start("np"), start + quoted.end(), end)
    match = _postposed_in(sentence)
    if match and match.start() > 15:
        np, at = _without_as(match["np"], start + match.start("np"))
        return _made(line, np, at, start, start + match.start())
    verb = _FORWARD.search(sentence)
    if verb is None or _PASSIVE_BEFORE.search(sentence, 0, verb.start()):
        return None  # 'one Greek Orthodox were admitted as well as 29 others': no one said anything
    np, at = _subject_before(sentence[:verb.start()])
    if np is None or not _speaker_like(np, True) or np.endswith(("'s", "’s")):
        return None  # "Stumpf's repeated emphasis that …": a possessor, not a subject
    clause_start = _clause_start(sentence, verb)
    if clause_start is None:
        return None
    return _made(line, np, start + at, start + clause_start, end)


def postposed(line: str, start: int, end: int) -> Reported | None:
    """', Warren said.' closing line[start:end]: who said what came before it in the sentence."""
    sentence = line[start:end]
    if len(sentence) > 1500:
        return None
    match = _postposed_in(sentence)
    if match:
        np, at = _without_as(match["np"], start + match.start("np"))
        return Reported(np.strip(), at, start, start + match.start())
    return None


def _without_as(np: str, at: int) -> tuple[str, int]:
    """', as police have said': the speaker is 'police'."""
    return (np[3:], at + 3) if np.startswith("as ") else (np, at)


def _postposed_in(sentence: str) -> re.Match | None:
    for pattern in (_POSTPOSED, _POSTPOSED_INVERTED):
        match = pattern.search(sentence)
        if match and _speaker_like(match["np"], True) and not _EMBEDDED.search(match["np"]) \
                and not _CONJUNCTION.match(match["np"]) and not _takes_an_object(match):
            return match
    return None


def _takes_an_object(match: re.Match) -> bool:
    """', Clinton noted the clot's existence.': a speech verb with a thing after it reports nothing
    before it (the person told is no such thing: ', Lee told the Associated Press on Tuesday.')."""
    after = match.groupdict().get("after") or ""
    return match["verb"] not in _PERSON_OBJECT and (_OBJECT_START.match(after) is not None or after[:1].isdigit())


def _clause_start(sentence: str, verb: re.Match) -> int | None:
    after = sentence[verb.end():]
    that = _THAT.search(after, 0, 90)
    if that and len(after[:that.start()].split()) <= 10:
        return verb.end() + that.end()
    if verb["verb"] in _NEEDS_THAT:
        return None  # 'The bank reported the transfers to the FBI, which opened …' reports no speech
    aside = _ASIDE.match(after)
    if aside:  # 'said, however, the plan …': the clause comes after the aside
        return verb.end() + aside.end()
    words = after.split()
    if not words or words[0][0] in ",.;)":
        return None  # 'have testified, according to …': the verb reports no clause
    if verb["verb"] in _TAKES_NOUNS and not _FINITE.search(after, 0, _CLAUSE_END.search(after + ".").start()):
        return None  # 'Nolan claims victory in Vienna', 'Canada admits 4,000 dead': a thing claimed, no clause
    if words[0].lower() in _CLAUSE_VERBS_AFTER or words[0].startswith(("reporters", "the press")):
        return None
    if verb["verb"] in _PERSON_OBJECT:
        obj_end = _OBJECT_END.search(after, 1, 90)
        if obj_end is None:
            return None
        return verb.end() + obj_end.start()
    return verb.end() + (len(after) - len(after.lstrip()))


def _made(line: str, np: str, np_at: int, start: int, end: int) -> Reported | None:
    while end > start and (line[end - 1].isspace() or line[end - 1] in ".,;:"):
        end -= 1
    while start < end and line[start].isspace():
        start += 1
    if len(line[start:end].split()) < 4:
        return None
    return Reported(np.strip(), np_at, start, end)
