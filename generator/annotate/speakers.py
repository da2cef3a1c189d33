"""Who said it: the attribution cues around a quotation ("Zelensky said", "said Edward Alden of …",
"according to", "― Name", "SMITH:"), and the discourse that resolves "he", "the Russian leader" and
"the newspaper" to the person or organisation meant.

Every pattern looks only a bounded distance from the quote, so a huge line stays linear.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon as lx
from .people import (DESCRIPTION, ONE_OF, ORG_OF_BEFORE, Cast, Entity, head_noun, head_words, name_gender,
                     role_prefix)
from .text import DOUBLE_MARKS, TITLE_OF_BEFORE, calendar_name, names_in, names_of, opens_sentence

WINDOW = 240
_SAY = lx.alternation(lx.SAY_VERBS)
_AUX = lx.alternation(lx.AUXILIARIES)
_NP = r"(?:[^,.;:!?\"“”()—–]|\.(?=\s?[A-Z]))+?"  # a period only in "Mr. Obama", "G.K. Butterfield"
_RIGHT_DASH = re.compile(r"\s*[,.]?\s*[―—–]{1,2}\s*(?P<np>[^,.;()―—–]{2,60})(?=[,.;()―—–]|\s*$)")
_RIGHT_INVERTED = re.compile(rf"\s*[,:]?\s*(?:(?:{_AUX})\s+)?(?P<verb>{_SAY})\s+(?P<np>{_NP})(?=\s*(?:[,;:!?(]|\.(?!\s?[A-Z])|$)|\s(?:who|which|in|at|on|during|after|from|to|about|as|when|while|before)\b)")
_RIGHT_SUBJECT = re.compile(rf"\s*[,:]?\s*(?P<np>{_NP})(?:\s*\([^()]{{1,30}}\))?(?P<app>(?:,(?:[^,\"“”]|[\"“][^,\"“”]{{1,20}}[\"”]){{1,110}}){{1,2}},)?\s+(?:(?:{_AUX})\s+){{0,3}}(?P<verb>{_SAY})\b")
_RIGHT_NAME_ONLY = re.compile(r"\s*,?\s*(?P<np>(?:[A-Z][\w.'’-]*\s?){1,4})\s*(?:[.!]|$)")
_AS_PUT = re.compile(rf"\s*,?\s*as\s+(?P<np>{_NP})\s+(?:(?:{_AUX})\s+)?(?:put it|{_SAY})(?=\s*[,.;:!?]|$)")
_ACCORDING = re.compile(rf"\s*,?\s*according to (?P<np>{_NP})(?=\s*[,.;:!?]|$)")
_LEFT_ACCORDING = re.compile(rf"[Aa]ccording to (?P<np>{_NP}),\s*$")
# 'According to the opposition leader, the plan was "a betrayal"': the source of the whole sentence.
_OPENING_ACCORDING = re.compile(rf"\s*[\"“]?According to (?P<np>{_NP}),[^\"“”.!?;:]*$")
_LEFT_INVERTED = re.compile(rf"(?:^|[.!?]\s+)(?:Said|Says|Added|Asked|Wrote|Writes|Explained|Continued)\s+(?P<np>{_NP})\s*[:,]\s*$")
# 'this statement by Trump on June 11:', 'the full statement from the White House:' — whose words follow,
# unless they are what someone answers ('the company's answer to a letter from Sen. Warren:').
_WORDS_BY = re.compile(r"(?<!\bto )(?<!\bto the )(?<!\bto a )(?<!\bto his )(?<!\bto her )"
                       r"\b(?:statements?|remarks?|comments?|words|tweets?|posts?|message|letter|speech|response|"
                       r"reply|answer|testimony)\s+(?:by|from)\s+"
                       r"(?P<np>(?:the\s+|[a-z]+\s+)?(?:[A-Z][\w.'’&-]*\s+){0,5}[A-Z][\w.'’&-]*|the\s+(?:[a-z]+\s+){0,2}[a-z]+)"
                       r"(?:\s+(?:on|in|at|last|this|during)\b[^\"“”]{0,40}?)?\s*[,:]?\s*$")
_LOWER_WORD = re.compile(r"\b[a-z]+\b")
_TIGHT_GAP = re.compile(r"(?:\s+(?:[\w’'-]+\s+){0,4}?)?\s*[,:]?\s*(?:that\s+|as\s+|it\s+)?$")
# 'described the independence of the courts as "deeply worrying"': the object can be long before "as".
_DESCRIBING = frozenset({"described", "describes", "describing", "called", "calls", "branded", "brands",
                         "labelled", "labeled", "dubbed", "characterized", "characterised"})
_AS_GAP = re.compile(r"\s+(?:[\w’'-]+\s+){1,8}as\s*$")
_COLON_GAP = re.compile(r"[^.!?\"“”]{0,60}[,:]\s*$")
# 'quoted an official as saying (that)': the np is the speaker, what follows the words said.
QUOTED_AS = re.compile(r"\bquoted\s+(?P<np>[^,.;:!?\"“”]{2,80}?)\s+as\s+(?:saying|writing|telling(?: \w+)?)\b"
                       r"\s*(?:that\s+)?")
_TRAILING_AUX = re.compile(rf"(?:\s+(?:{_AUX}|[a-z]{{3,}}ly))+\s*$")  # "…, forcefully told"
_NOT_ADVERBS = re.compile(r"\b(?:family|assembly|ally|rally|supply|anomaly|monopoly|bully|belly|reply|folly)\s*$")
_TRAILING_DESCRIPTION = re.compile(r"(?<=[\w.)]),\s+(?:the|a|an|his|her|its|their)\s+[^,\"“”]{1,110}$")
_TRAILING_OFFICE = re.compile(rf"(?<=[\w.)]),\s+{lx.OFFICE_PHRASE}\s+(?:of|for|at|with)\b[^,\"“”]{{1,100}}$")
# A speech word used as a noun: "the claim", "his remarks", "Trump's statement", "state-of-the-state".
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|a|an|his|her|its|their|our|my|your|this|these|those|whose)|['’]s)\s+$")
_POSSESSOR = re.compile(r"(?P<name>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})['’]s\s+$")
_NOUN_THEN_WORDS = re.compile(r"\s*(?::|that\b|to\b)")
_AFTER_PREPOSITION = re.compile(r"\b(?i:in|at|on|for|from|by|with|to|of|about|into|over|under|against|among|near|"
                                r"across|during|after|before|than|like|toward|towards)\s+(?:(?:the|a|an)\s+)?$")
# Words that bring in someone new ('a lawyer for the family', 'one friend of the victim'); 'the
# 34-year-old mother of three' points back to someone named
_INDEFINITE = frozenset("a an one another some two three several many his her their its our my".split())
_TO_THE_ADDRESSEE = frozenset({"told", "asked", "informed", "assured", "warned", "urged"})
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be|get|got)\s+(?:[a-z]+ly\s+)?$")
_VERB_AND = re.compile(r"(?<=\w)\s+[a-z]+(?:ed|s)\s+(?:and|then)\s*$")  # 'smiled and', 'paused then'
_SAID_THEN = re.compile(r"\b(?:said|says)\s+(?P<np>(?:the|a|an)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s*$")
_OFFICE_MODIFIERS = frozenset("""former deputy vice minority majority prime home foreign finance defense defence
senior top acting interim chief executive general attorney press campaign party shadow junior assistant
national state federal""".split())  # 'Labour leader', 'party chief executive', not 'praised minority leader'
_ROLE_BETWEEN = re.compile(r"\s+(?:[a-z][\w-]*\s+){1,3}")
_THAT_CLAUSE = re.compile(rf"\b(?:{lx.alternation(lx.SPEECH_VERBS)})\b(?:\s+[\w’'-]+){{0,3}}?\s+(?P<that>that)\s")
_DESCRIBED_SUBJECT = re.compile(r"\s*((?:The|A|An|One|Another)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+"
                                r"(?:(?:has|had|have|was|is|also|then)\s+)?[a-z]+(?:ed|s)\b")
_APPOSED_AFTER = re.compile(r",\s+[A-Z][^,.;\"“”]{1,40}(?=[,.;]|$)")  # ', Carla Nunez' after an inverted cue
_APPOSED_SUBJECT = re.compile(r"\s*(?:The|A|An|His|Her|Their|Its)\s+[a-z][\w' -]{0,40},\s*$")  # 'The prosecutor, '
_APPOSITION_WORDS = frozenset("the a an his her their its our state former then late deputy acting".split())
_OBJECT_OF = re.compile(r".*\b(?:of|for|to|with|at|[a-z]+ing)\s+(.+)$")  # what the last preposition governs
_LINKING_WORD = re.compile(r"\b(?:in|at|on|for|from|by|with|to|of|about|and|or|but)\b")
_RESIDENCE = re.compile(r",\s*(?:\d{1,3},\s*)?(?:of|from)\s+[A-Z][^,\"“”]{0,40}(?:,\s*[A-Z][\w.]{1,14})?\s*$")  # ", 59, of Ashton, Md."
_PAREN = re.compile(r"\s*\([^()]{1,30}\)\s*$")
_PRONOUN_WORD = r"\b(?:[Hh]e|[Ss]he|[Tt]hey)\b"  # written as words are, not a heading's 'SHE HAS BEEN WARNED'
_SUBJECT_PRONOUN = re.compile(_PRONOUN_WORD)
# A pronoun that opens the clause ('She met Tom Berg and found …'), not one in a clause before it.
_OPENING_PRONOUN = re.compile(r"[\s\"“”(—–-]*(?:(?i:and|but|so|then|yet)\s+|[^,\"“”]{1,40},\s+)?"
                             rf"(?P<pronoun>{_PRONOUN_WORD})")  # 'However, he', not 'After he left, Park'
_RELATIVE_END = re.compile(r",?\s*\b(?:who|which)\s*$")
# A name ('the Chicago Police Department') or a described group ('a lawyer for the family'), up to the end.
_ANTECEDENT_NAME = re.compile(r"(?:\b(?:the|a|an)\s+)?(?:[A-Z][\w.'’&-]*\s+){0,5}[A-Z][\w.'’&-]*$")
_ANTECEDENT_GROUP = re.compile(r"\b(?:the|a|an)\s+[\w'’ -]{1,60}$")
# A plural noun phrase whose 'of' the antecedent follows: 'Supporters of the vice president, who …'
_HEAD_OF = re.compile(r"(?:^|[,;]\s+|\b(?:the|The|a|A|an|An|some|Some|many|Many)\s+)((?:[A-Za-z][\w'’-]*\s+){0,2}"
                      r"[A-Za-z][\w'’-]*s)\s+of\s+$")
_APPOSITIVE_END = re.compile(r",\s+(?:a|an|the)\s+[^,\"“”]{1,60}$")
_PLACE_AFTER = re.compile(r"\s+(?:on|of|at|in|from)\s+(?:the\s+)?$")
_APPOSITIVE = re.compile(r",[^,\"“”]{1,110},\s*$")
_APPOSED_NAME = re.compile(r"[a-z][\w'’ -]{0,60},\s+$")  # a possessor's noun, then the name in apposition
# (a period ends a clause, not an abbreviation: 'An aide to Gov. Mark Hill', 'John D. Podesta')
_CLAUSE_CUT = re.compile(r".*(?:,(?!\d)|[;:!?\"“”()—–―]|\.(?<!\b[A-Z]\.)(?<!\b[A-Z][a-z]\.)(?<!\b[A-Z][a-z]{2}\.)"
                         r"(?<!\b[A-Z][a-z]{3}\.)\s|\b(?:that|and|but|when|while|because|after|before|if|as|so|"
                         r"although|though|whom|where|since|until|or|When|While|Because|After|Before|If|As|"
                         r"Although|Though|Since|Until|Once|Unless|Whereas)\s)", re.S)  # "While his aides said"
# A finite verb inside a would-be speaker: "Ivanka Trump's statement didn't clarify the matter" is a clause.
_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|did|didn['’]t|does|"
                          r"doesn['’]t|don['’]t|has|have|had|hasn['’]t|haven['’]t|can['’]t|won['’]t)\b")
# "Wines believes", "Okafor, speaking by phone from Lagos, said"
_VERB_AFTER = re.compile(rf"(?:,[^,\"“”]{{1,90}},)?(?:\s+(?:{_AUX}))*\s+"
                         rf"(?:{lx.alternation(lx.SPEECH_VERBS | lx.CLAUSE_SPEECH_VERBS)})\b")
# The office after a name that introduces its holder: ', president of the caucus.', ', a spokesman for …'.
_OFFICE_AFTER = re.compile(r",\s+(?P<app>(?:a|an|the)?\s*[a-z][^,.;:\d]{2,80})(?:[.,;]|$)")
_OFFICE_OPENERS = frozenset("a an the former deputy senior vice assistant acting interim executive chief".split())
# A phrase opening a sentence before its subject: a preposition or a time word, up to a comma.
_OPENING_PHRASE = re.compile(r"\b(?:In|On|At|During|After|Before|Since|Later|Earlier|Last|This|Yesterday|Today|"
                             r"Tonight|Meanwhile|However|Still|Instead|Then|Now|For|With|Without|Under|Asked|"
                             r"Speaking|Writing|Hours|Days|Weeks|Months|Minutes|Moments|Years)\b[^.;:!?\"“”]{0,80},"
                             r"\s*(?:(?:former|then)\s+)?$")
# Writings that say things: 'the book says', 'the ruling said', 'The statement called it "…"'.
_DOCUMENTS = frozenset("""piece article book letter report statement ruling memo study survey clip ad video
editorial column complaint lawsuit filing order opinion decision document email release story""".split())
_PERSON_MODIFIERS = frozenset("who with from in at on of near outside inside there here close familiar".split())
_ASKERS = frozenset("reporter reporters questioner interviewer moderator caller host anchor journalist".split())
_SEXED_ROLES = {"spokesman": "m", "spokeswoman": "f", "businessman": "m", "businesswoman": "f",
                "congressman": "m", "congresswoman": "f", "chairman": "m", "chairwoman": "f"}
_POSSESSIVES = frozenset("my his her their our".split())
_RELATIVE_SUBJECT = re.compile(rf"\b(?:My|His|Her|Their|Our)\s+(?:[a-z-]+\s+){{0,2}}"
                               rf"(?P<noun>{lx.alternation(lx.GENDERED_NOUNS)})\b(?!['’]s)")
# An organisation's whole name, its 'of'/'for'/'and' parts included: 'Federal Bureau of Prisons',
# 'Center for Media and Public Affairs', 'Department of Veterans Affairs'.
_NOT_IN_ORGANISATION = "(?!(?:" + lx.alternation([*(m.capitalize() for m in (*lx.MONTHS, *lx.WEEKDAYS)),
                                                   *lx.TITLES, *lx.FIRST_NAMES, "CEO", "Chief", "Chair"]) + r")\b)"
_ORGANISATION = re.compile(rf"(?:[A-Z][\w.&'’-]*\s+)*(?:{lx.alternation(lx.ORG_WORDS)})\b"
                           rf"(?:\s+(?:of|for|and|on)\s+(?:the\s+)?{_NOT_IN_ORGANISATION}[A-Z][\w.&'’-]*"
                           rf"(?:\s+{_NOT_IN_ORGANISATION}[A-Z][\w.&'’-]*)*)+")
_CONNECTOR = re.compile(r" (?:of|for|and|on) [A-Zt]")
_NOT_GROUP = frozenset("through to and or the a an her his their its our with by for of via from at in on".split())
_OPENING_CONJUNCTION = re.compile(r"^(?:But|And|Yet|So|Still|Meanwhile)\s+")
# 'I' just before a speech verb, a verb or two between at most: 'I laughed and said', 'I told him'.
_FIRST_PERSON = re.compile(r"(?:^|[,;]\s+|[.!?]\s+)(?P<i>I)\s+(?:[a-z]+\s+){0,3}$")
# After a name, what shows it is no subject: "Trump's rally drew …", "Biden, he argued, had failed".
_NOT_SUBJECT_AFTER = re.compile(r"['’]s\b|,\s*(?:he|she|they|it|we|I)\b")
_OPENING_WORDS = re.compile(r"[\w’'-]+(?: [\w’'-]+){0,5}")  # a sentence's first words, up to punctuation
PRONOUN = re.compile(r"(?i)^(he|she|they|it|we|i)$")
_MEDIA = {"newspaper", "paper", "tabloid", "daily", "outlet", "website", "magazine", "network", "broadcaster",
          "agency", "channel", "station", "publication", "site", "blog"}
_GROUP_WORDS = {"officials", "sources", "experts", "critics", "analysts", "residents", "protesters", "people",
                "voters", "aides", "advisers", "advisors", "lawmakers", "witnesses", "investigators",
                "authorities", "police", "supporters", "opponents", "observers", "economists", "democrats",
                "republicans", "leaders", "diplomats", "organizers", "organisers", "doctors", "scientists",
                "researchers", "officers", "soldiers", "troops", "locals", "reports", "demonstrators", "activists",
                "board", "office", "friend", "friends", "neighbor", "neighbour", "neighbors", "neighbours",
                "colleague", "colleagues", "relative", "relatives", "cousin", "source", "resident", "voter",
                "supporter", "protester", "member", "members", "group", "groups", "advocates", "organizations",
                "organisations", "agencies", "unions", "companies", "firms", "charities", "coalition", "volunteers",
                "participants", "attendees", "spectators", "travelers", "travellers", "diners", "crowd",
                "crowds", "audience"}  # and bodies that speak: 'the electoral board said', 'the governor's office


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
    for pattern in (_RIGHT_DASH, _RIGHT_INVERTED, _RIGHT_SUBJECT, _ACCORDING, _AS_PUT):
        match = pattern.match(line, start, stop)
        if match and (_speaker_like(match["np"], pattern is _RIGHT_SUBJECT) or match["np"].strip() == "I"):
            apposed = _APPOSED_AFTER.match(line, match.end("np")) if pattern is _RIGHT_INVERTED else None
            if apposed is not None:  # 'said one woman, Carla Nunez, 61.'
                named = _named_in_apposition(match["np"], apposed.group(), match.end("np"))
                if named is not None:
                    return named
            if pattern is _RIGHT_SUBJECT and match["app"]:
                named = _named_in_apposition(match["np"], match["app"], match.start("app"))
                if named is not None:
                    return named
            return Cue(match["np"].strip(), match.start("np"), True)
    match = _RIGHT_NAME_ONLY.match(line, start, stop)
    if match and names_of(match["np"]) and not match["np"].strip().split()[0] in lx.NOT_NAME_WORDS:
        return Cue(match["np"].strip(), match.start("np"), True)
    return None


def _named_in_apposition(np: str, app: str, at: int) -> Cue | None:
    """'Scott's niece, state Del. Marcia Price, said', 'a State Department spokesman, Matthew Miller,
    said': when the subject names nobody but a body the role belongs to, the apposition names who. It
    must name the subject's person: 'An attorney for the boy's mother, Deja Taylor,' names the mother
    ('Campaign manager for Sen. Jon Tester, Shelby Hooper,' the manager, Tester being named), 'Its parent
    company, Alphabet,' no person, and 'One fan, wearing a Mahomes jersey,' nobody."""
    cut = _CLAUSE_CUT.match(np)  # 'In a statement, one of the family's attorneys, Justin Bamberg,'
    np = (np[cut.end():] if cut else np).strip()
    head = _head_name(np, names_of(np))
    rest = np[head.end:].split() if head is not None else []
    modifier = bool(rest) and rest[0].islower() and rest[0] not in _NOT_GROUP and _headed_by_person(" ".join(rest))
    if head is not None and not _group_of(np[head.end:]) and not modifier:  # 'Campaign manager for …'
        return None
    if not _headed_by_person(np):
        return None
    object_ = _OBJECT_OF.search(ONE_OF.sub("", np))
    if object_ is not None and not names_of(object_.group(1)) and _headed_by_person(object_.group(1)):
        return None  # the apposition names that person ('the boy's mother'), not 'the economy' or 'the outlets'
    for name in names_in(app):
        if _nameable(name.text) and name.text not in lx.PLACES:
            words = app[:name.title_start].strip(" ,").lower().split()  # '', 'state', 'the composer'
            plain = not words or (len(words) <= 3 and all(w in _APPOSITION_WORDS or w in lx.ROLE_NOUNS for w in words))
            return Cue(name.text, at + name.start, True) if plain else None
    return None


def _a_persons_name(np: str) -> bool:
    """'spokesperson Ammar Moussa', 'Sen. Warren', 'Pelosi': a person's name, not a place or a body
    ('the Oval Office', 'Kyiv', 'the Justice Department')."""
    names = names_of(np)
    if not names or names[-1].text in lx.PLACES or any(w in lx.ORG_WORDS for w in names[-1].text.split()):
        return False
    words = names[-1].text.split()
    return len(words) == 1 or lx.is_first_name(words[0]) or bool(names[-1].titles) or np[:1].islower()


def _headed_by_person(np: str) -> bool:
    """'Her lawyer', 'a State Department spokesman', 'Campaign manager for …': a person's noun heads it."""
    word = head_noun(np)
    return word in lx.ROLE_NOUNS or word.rstrip("s") in lx.ROLE_NOUNS or word in lx.PERSON_NOUNS \
        or word in lx.GENDERED_NOUNS or word in _GROUP_WORDS


def left_cue(line: str, start: int, stop: int, short: bool) -> Cue | None:
    """A cue before a quote: 'X said:', 'X said that the "…"', 'according to X, "…"', 'X called it "…"'."""
    sentence_start, start = start, max(start, stop - WINDOW)
    left = line[start:stop]
    match = _LEFT_ACCORDING.search(left) or _LEFT_INVERTED.search(left) \
        or (_OPENING_ACCORDING.match(left) if start == sentence_start else None)
    if match and match.re is _OPENING_ACCORDING and _speech_verb(left[match.end("np"):]) is not None:
        match = None  # 'According to Axios, Johnson told colleagues that …': Johnson, as Axios reports
    if match and _speaker_like(match["np"], False):  # not 'Asked about the letter from X, "…"'
        return Cue(match["np"], start + match.start("np"), True)
    quoted = None
    for quoted in QUOTED_AS.finditer(left):
        pass
    if quoted is not None:
        return Cue(quoted["np"], start + quoted.start("np"), True)
    verb = _speech_verb(left)
    if isinstance(verb, Cue):
        return Cue(verb.np, start + verb.at, True)
    # 'this statement by Trump:'; after a speech verb only a person's statement ('responded with a
    # statement from spokesperson Ammar Moussa:', not 'said in a message from the Oval Office:')
    words = _WORDS_BY.search(left, verb.end() if verb is not None else 0)
    if words is not None and _speaker_like(words["np"], False) \
            and (verb is None or (words.group().startswith("statement") and _a_persons_name(words["np"]))):
        return Cue(words["np"], start + words.start("np"), verb is not None)  # a cue after the quote says more
    if verb is None:
        return None
    gap = left[verb.end():]
    tight = _TIGHT_GAP.match(gap) is not None or _COLON_GAP.match(gap) is not None \
        or (verb.group().lower() in _DESCRIBING and _AS_GAP.match(gap) is not None)
    if short and not tight:
        return None
    np = None
    if verb.group().endswith("ing"):
        np, at = _name_just_before(left, verb.start())  # 'footage of Hillary Clinton asking, "…"'
    if np is None and (not verb.group().endswith("ing") or verb.group() == "saying"):
        np, at = _subject_before(left[:verb.start()])  # 'He attacked the plan, saying "…"'
    no_subject = np is None or not _speaker_like(np, True)
    first_person = _FIRST_PERSON.search(left, 0, verb.start()) if no_subject else None
    if first_person:
        np, at = "I", first_person.start("i")  # 'I laughed and said, "…"'
    elif no_subject:
        # 'X, who …, stressed … and said: "…"': the sentence's subject, which may stand before the window
        head = max(sentence_start, stop - 3 * WINDOW)
        np, at = _sentence_subject(line[head:start + verb.start()], described=True)
        at += head - start
    if np is None:
        return None
    return Cue(np, start + at, tight)


def _name_just_before(left: str, at: int) -> tuple[str | None, int]:
    """The name that ends right before a participle, with only a space between."""
    names = names_in(left, max(0, at - 60), at)
    if names and not left[names[-1].end:at].strip() and _nameable(names[-1].text):
        return names[-1].text, names[-1].start
    return None, 0


def _speech_verb(left: str):
    """The last speech word of left that is used as a verb; a speech noun after a possessor that goes
    on to the quote ("Trump's claim that …") names its speaker instead, as a Cue. Nouns ("the claim",
    "his remarks", "state-of-the-state") and a relative clause's verb ("a woman who asked") are passed over."""
    verbs = [word for word in _LOWER_WORD.finditer(left) if word.group() in lx.SPEECH_VERBS]
    for k in range(len(verbs) - 1, -1, -1):
        word = verbs[k]
        at, end = word.start(), word.end()
        if left[at - 1:at] == "-" or left[end:end + 1] == "-":
            continue
        before = left[max(0, at - 50):at]
        if _DETERMINER_BEFORE.search(before):
            possessor = _POSSESSOR.search(before)
            then = _NOUN_THEN_WORDS.match(left, end)
            # 'Trump's claim that "…"', 'his pledge to "drain the swamp"'; not 'Trump's tweet to invite
            # her was only "to mock"', where the noun is a subject and what follows is not its content
            if possessor and then and not (then.group().strip() == "to" and _FINITE_VERB.search(left, end)):
                return Cue(possessor["name"], at - len(before) + possessor.start("name"), True)
            continue
        if k > 0 and before.endswith(("who ", "which ")) and not before.endswith((", who ", ", which ")):
            continue  # 'told a reporter who asked', not 'asked Dana Whitfield, who said'
        if word.group() == "put" and not left.startswith(" it", end):
            continue  # 'as he put it', not 'put his office "up for sale"'
        if word.group() in _TO_THE_ADDRESSEE and _PASSIVE.search(before):
            continue  # 'Passengers were told …': they were spoken to
        return word
    return None


def _subject_before(text: str) -> tuple[str | None, int]:
    """The noun phrase just before a verb: 'Scott Pruitt, the attorney general, said' → 'Scott Pruitt'."""
    if not _NOT_ADVERBS.search(text):
        text = _TRAILING_AUX.sub("", text)
    text = _PAREN.sub("", text)
    coordinated = _VERB_AND.search(text)
    if coordinated:  # 'she smiled and said': the subject stands before the first verb
        text = text[:coordinated.start()] + " "
    relative = _RELATIVE_END.search(text)
    if relative:
        return _antecedent(text[:relative.start()], relative.group().strip(" ,") == "who")
    appositive = _APPOSITIVE.search(text) if "," in text else None
    if appositive:
        named = _named_in_apposition(text[:appositive.start()], appositive.group(), appositive.start())
        if named is not None:  # 'Her lawyer, Daniel Ostrowski, argued'
            return named.np, named.at
        text = text[:appositive.start()]
        # "X, the foreign minister of France, a member of …,"; "Michael Mulgrew, president of the union, which …,"
        second = _TRAILING_DESCRIPTION.search(text) or _TRAILING_OFFICE.search(text)
        if second:
            text = text[:second.start()]
        text = _RESIDENCE.sub("", text)
    cut = _CLAUSE_CUT.match(text)
    at = cut.end() if cut else 0
    reported = _SAID_THEN.search(text, at)
    if reported is not None:  # 'A witness said the attacker shouted "…"': the reported clause's subject
        at = reported.start("np")
    joined = ORG_OF_BEFORE.search(text, 0, at) if text[at - 4:at] in ("and ", " & ") \
        and not lx.is_first_name(text[at:].split(" ", 1)[0]) else None  # not '… of Oxford and Sarah Gilbert'
    if joined is not None and joined["and"]:  # 'the Department of Health and Social Care': the 'and' is the name's
        cut = _CLAUSE_CUT.match(text, 0, joined.start())
        at = cut.end() if cut else 0
    np = text[at:].strip().rstrip(" -–—")  # "Ora's site --" before the verb
    if not np or _too_long(np):
        return None, 0
    last = re.search(r"\b(he|she|they|it|He|She|They|It)\s*$", np)
    if last:
        return last.group(1), at + text[at:].rfind(last.group(1))
    return np, at + (len(text[at:]) - len(text[at:].lstrip()))


def _antecedent(text: str, who: bool) -> tuple[str | None, int]:
    """'the Chicago Police Department which reported', 'Tom Berg, who said': the speaker is the noun
    phrase the relative pronoun stands for, the one that ends where it begins; 'who' is no place
    ('Democrats on Capitol Hill, who argued')."""
    text = _PAREN.sub("", text).rstrip()
    appositive = _APPOSITIVE_END.search(text)
    if appositive and names_in(text, max(0, appositive.start() - 40), appositive.start()):
        text = text[:appositive.start()]  # 'Mark Okafor, a former judge, who': the name, not the office
    phrase = _antecedent_phrase(text, len(text))
    if phrase and who and phrase.group() in lx.PLACES:
        place = _PLACE_AFTER.search(text, 0, phrase.start())
        phrase = _antecedent_phrase(text, place.start()) if place else None
    if phrase is None:
        return None, 0
    head = _HEAD_OF.search(text, 0, phrase.start()) if not phrase.group()[:1].isupper() else None
    if head is not None and _speaker_like(head.group(1), True):  # 'Supporters of the vice president, who'
        return text[head.start(1):phrase.end()], head.start(1)  # not 'Critics of Imran Khan, who says
    return phrase.group(), phrase.start()


def _antecedent_phrase(text: str, end: int) -> re.Match | None:
    """The noun phrase ending at end: a description headed by someone who speaks ('a lawyer for the
    family', 'a lawyer for Goldman Sachs'), else the name it ends with ('an angry response from IG Metall')."""
    group = _ANTECEDENT_GROUP.search(text, 0, end)
    name = _ANTECEDENT_NAME.search(text, 0, end)
    if group is None or (name is not None and name.start() > group.start()
                         and (not _headed_by_speaker(group.group()) or lx.is_first_name(name.group().split()[0]))):
        return name or group  # 'the Ministry of Interior and Gerald Darmanin, who': the person nearest
    return group


def _headed_by_speaker(np: str) -> bool:
    """A person's noun or a body's heads it: 'a lawyer for the family', 'the Ministry of Interior'."""
    return _headed_by_person(np) or head_noun(np) in lx.ORG_NOUNS


def subject_cue(line: str, start: int, stop: int) -> Cue | None:
    """No speech verb: a quote after a colon or inside a sentence is its subject's ('X's message: "…"')."""
    np, at = _sentence_subject(line[start:stop])
    return Cue(np, start + at, False) if np else None


def _sentence_subject(text: str, described: bool = False) -> tuple[str | None, int]:
    """'He attacked the plan, saying …': the subject is the clause's first noun phrase, a name or a
    pronoun ('She met Tom Berg and called the plan "…"' is hers), or with described, a description of
    someone who speaks ('The president defended his response, saying …')."""
    opening = _OPENING_PRONOUN.match(text)
    if opening:
        return opening["pronoun"], opening.start("pronoun")
    that = _THAT_CLAUSE.search(text)
    if that:  # 'prosecutors told jurors that Menendez …': a name in the reported clause is no subject
        text = text[:that.start("that")]
    description = _DESCRIBED_SUBJECT.match(text) if described else None
    if description and _speaker_like(description.group(1), True):
        return description.group(1), description.start(1)
    subjects = [name for name in names_in(text) if _nameable(name.text) and not _place_after_place(text, name)
                and not _after_preposition(text, name.title_start) and not _inside_marks(text, name.title_start)]
    if subjects:
        first = subjects[0]
        if len(subjects) > 1 and text.startswith(("'s ", "’s "), first.end) \
                and _APPOSED_NAME.match(text, first.end + 3, subjects[1].title_start):
            first = subjects[1]  # "Vance's campaign manager, Brittany Cole, defended the posts:"
        elif len(subjects) > 1 and _ROLE_BETWEEN.fullmatch(text, first.end, subjects[1].title_start) \
                and all(w in lx.ROLE_NOUNS or w in _OFFICE_MODIFIERS
                        for w in text[first.end:subjects[1].title_start].split()) \
                and text[first.end:subjects[1].title_start].split()[-1] in lx.ROLE_NOUNS:
            first = subjects[1]  # 'Labour leader Keir Starmer put his plan …': Starmer, Labour's leader
        return text[first.start:first.end], first.start
    pronoun = _SUBJECT_PRONOUN.search(text)
    return (pronoun.group(), pronoun.start()) if pronoun else (None, 0)


def _place_after_place(text: str, name) -> bool:
    """'in Savannah, Georgia, on Thursday': a place after a comma is a place's state or country."""
    return name.text in lx.PLACES and text[:name.title_start].rstrip().endswith(",")


def _inside_marks(text: str, at: int) -> bool:
    """'on "Face the Nation," Paul Ryan said': a name between quotation marks is a title's, no subject."""
    return len(DOUBLE_MARKS.findall(text, 0, at)) % 2 == 1


def _after_preposition(text: str, at: int) -> bool:
    """'for Hillary Clinton', 'in Washington': a name after a preposition is no clause's subject."""
    return _AFTER_PREPOSITION.search(text, max(0, at - 20), at) is not None \
        and not text[max(0, at - 14):at].lower().startswith("according to")


_GLUE = frozenset("of for on at in to and & the a an".split())


def _too_long(np: str) -> bool:
    """More than nine words that carry meaning is a clause, no speaker ('a spokesman for the Department
    of Health and Social Care' has six)."""
    words = np.split()
    return len(words) > 9 and len([word for word in words if word not in _GLUE]) > 9


@lru_cache(maxsize=16384)
def _speaker_like(np: str, subject: bool) -> bool:
    """Is this a plausible speaker: a name, a pronoun, or a short description with a role or group word?"""
    np = np.strip()
    if not np:
        return False
    words = np.split()
    if PRONOUN.match(np):
        return np.lower() not in ("it", "i", "we") or not subject
    if _too_long(np) or _FINITE_VERB.search(np) or any(w in lx.SAY_VERBS for w in words[1:]):
        return False  # 'A witness said the attacker' is a clause
    if words[-1] in _OPEN_ENDS:
        return False  # 'sponsored by NBC News and': a clause cut short, no noun phrase
    if words[0].lower() in _NO_NP_OPENERS:
        return False  # 'of Pagliano's Fifth Amendment claims', 'Not that anyone … is arguing': no subject
    if any(_nameable(name.text) for name in names_of(np)):
        return True
    last = words[-1].lower().strip("’'")
    return last in lx.ROLE_NOUNS or last in lx.ORG_NOUNS or last in _GROUP_WORDS or last.rstrip("s") in lx.ROLE_NOUNS \
        or words[-1] in lx.AFFILIATIONS and words[0].lower() in ("the", "a", "an", "one", "another") \
        or (last in _DOCUMENTS and words[0].lower() in ("the", "a", "an", "its", "his", "her", "their")) \
        or _a_person_described(words) or (words[0].lower() in _INDEFINITE and _headed_by_person(np))


def _a_person_described(words: list[str]) -> bool:
    """'one woman', 'An old man there', 'one person briefed': a person noun heads the phrase's first
    words, after a determiner or an adjective, never a name ('Person County')."""
    for index, word in enumerate(words[:4]):
        if word.lower() in lx.PERSON_NOUNS:
            after = words[index + 1].lower() if index + 1 < len(words) else ""
            # what follows describes the person ('briefed on', 'familiar with'), no clause ('parents want …')
            return (word.islower() or index == 0) and (not after or after in _PERSON_MODIFIERS
                                                       or after.endswith(("ed", "ing")))
        if not word.islower() and index > 0:
            return False
    return False


# ---------------------------------------------------------------- resolving cues

class Discourse:
    """What the article has said so far: who spoke last, who was named last."""

    def __init__(self, cast: Cast):
        self.cast = cast
        self.last_speaker: Entity | None = None
        self.last_speaker_line = -10
        self.last_org: Entity | None = None
        self.last_described: tuple[str, tuple[int, int]] | None = None  # 'my father', where he last spoke
        self.last_voice: tuple[str, tuple[int, int]] | None = None  # 'another student', if she spoke last

    def resolve(self, np: str, line: int, at: int) -> str | None:
        """The speaker's name for the words of a cue, or a description, or None if nothing supports one."""
        np = np.strip().strip(",")
        opening = _OPENING_CONJUNCTION.match(np)
        if opening and len(np) > opening.end():  # 'But the vice president', 'Yet conservative commentators'
            at, np = at + opening.end(), np[opening.end():]
        pronoun = PRONOUN.match(np)
        if pronoun:
            word = pronoun.group(1).lower()
            if word == "i":
                return "the author"  # outside quotation marks, 'I' is whoever wrote the piece
            entity = self.pronoun(word, line, at)
            gender = lx.PRONOUNS.get(word)
            described = self._described(gender, line, at, entity) or self._voice(gender, line, at)
            return described or (entity.name if entity else None)
        holder = self.cast.holder_of(np, (line, at))  # 'the police chief', 'the UN envoy'
        if holder is not None:
            return holder.name
        names = [n for n in names_of(np) if n.text not in lx.DEMONYMS]
        name = _head_name(np, names) if names else None
        if name is not None and _group_of(np[name.end:]):
            return _description(np)  # 'Clinton aides': a group, not Clinton
        organisation = _ORGANISATION.search(np) if _CONNECTOR.search(np) else None
        if name is not None and organisation and organisation.start() <= name.start and name.end <= organisation.end():
            if _group_of(np[organisation.end():]):
                return _description(np)  # 'a Federal Bureau of Prisons spokesman'
            known = self.cast.person(organisation.group())  # 'the Federal Bureau of Prisons', not 'Federal Bureau'
            return known.name if known else organisation.group()
        entity = self.entity(np, name, line, at)
        if entity is not None:
            return entity.name
        if name is not None and not _is_description(np):
            text = name.text.title() if name.text.isupper() and len(name.text) > 6 else name.text
            if name.text in lx.PLACES or text in lx.PLACES:
                return text  # 'WASHINGTON (AP) —' too
            if self._capitalised_by_position(name, line, at):
                return self._opening_description(np, line, at)
            return self.cast.add_speaker(text, (line, at)).name
        return _description(np)

    def _capitalised_by_position(self, name, line: int, at: int) -> bool:
        """'Preys on our fears', 'Lawmakers have not said', 'Partial transcript as follows:': a sentence's
        first word is capitalised whatever it is. Alone and unknown to the article, it is a name only if
        it is no group word ('Demonstrators said') and a speech verb ('McLenney said') or a possessive
        ('Bornsten's letter') follows, or the article capitalises it inside a sentence too."""
        if " " in name.text or name.titles or line >= len(self.cast.lines):
            return False
        text = self.cast.lines[line]
        start = text.find(name.text, at)
        if start < 0 or not opens_sentence(text, start):
            return False
        word = name.text.lower()
        if word in _GROUP_WORDS or word in lx.ROLE_NOUNS or word in lx.ORG_NOUNS:
            return True
        after = text[start + len(name.text):start + len(name.text) + 120]
        return not (_VERB_AFTER.match(after) or after.startswith(("'s", "’s"))
                    or self.cast.capitalised_inside_a_sentence(name.text))

    def _opening_description(self, np: str, line: int, at: int) -> str | None:
        """The group a sentence opens with, when the cue's words are a description ('Foreign policy
        analysts') or begin one ('Small groups of protesters continued …, chanting "…"')."""
        text = self.cast.lines[line]
        start = text.find(np, at)
        words = _OPENING_WORDS.match(text, start).group().split() if start >= 0 else []
        found = None
        for count, word in enumerate(words, start=1):
            if word.lower() in _PHRASE_ENDS:
                break
            if _speaker_like(word.lower(), False):
                found = count  # the longest such phrase: 'Refugee groups', 'Small groups of protesters'
        return _description(" ".join(words[:found])) if found else None

    def entity(self, np: str, name, line: int, at: int) -> Entity | None:
        """The person, organisation or place a cue's words name (name: their head name, if any)."""
        if name is not None:
            entity = self.cast.person(name.text, (line, at), name_gender(name))  # 'Mr. Obama said'
            if entity is None and name.text.isupper():
                entity = self.cast.person(name.text.title(), (line, at))
            if entity is not None and not (entity.kind == "place" and np[name.end:].strip()[:1].islower()):
                return entity  # 'the New York businessman' is no place
            if np[:1].isupper() and entity is None or not _is_description(np):
                return None
        if DESCRIPTION.match(np):  # 'the Russian leader', not 'the son of the late senator'
            return self.cast.describe(np, (line, at))
        last = np.split()[-1].lower() if np.split() else ""
        if last in _MEDIA and np.lower().startswith("the "):
            return self._last_kind("org", line, at)
        return None

    def pronoun(self, word: str, line: int, at: int) -> Entity | None:
        gender = lx.PRONOUNS.get(word)
        if word in ("it", "they"):
            return self.last_org if word == "it" else None
        if gender is None:
            return None
        # who fits by sex; if no one does, a guess from the name lists gives way ('Sidney Powell … she')
        chosen = self._pronoun_among(lambda e: e.kind == "person" and e.gender in (None, gender), line, at) \
            or self._pronoun_among(lambda e: e.kind == "person" and (e.gender in (None, gender) or e.guessed),
                                   line, at)
        if chosen is not None and (chosen.gender is None or chosen.guessed):
            chosen.gender, chosen.guessed = gender, False
        return chosen

    def _pronoun_among(self, fits, line: int, at: int) -> Entity | None:
        # Named earlier in the line, outside quotation marks: a quote's own words name others, not its speaker.
        same_line = [m.entity for m in self.cast.mentions.get(line, [])
                     if m.start < at and fits(m.entity) and not self.cast.quoted(line, m.start)]
        if same_line:
            # 'Clinton aide Jennifer Palmieri said …. "…," she said': who spoke in this line, if named in it
            return self.last_speaker if self.last_speaker_line == line and self.last_speaker in same_line \
                else same_line[0]
        if self.last_speaker is not None and fits(self.last_speaker) and line - self.last_speaker_line <= 6:
            return self._subject_since(self.last_speaker_line, line, fits) or self.last_speaker
        return self._last_person(line, at, fits)

    def _subject_since(self, spoke: int, line: int, fits) -> Entity | None:
        """'Clyburn said …. Trump has low support. "…," he said': a person who opens a sentence in a
        line after the last speaker's is who the story has moved on to; so is one the line just before
        introduces ('…, which concerns Henry Crespo, president of the caucus.')."""
        for number in range(line - 1, spoke, -1):
            text = self.cast.lines[number] if number < len(self.cast.lines) else ""
            for mention in reversed(self.cast.mentions.get(number, [])):
                if fits(mention.entity) and _opens_clause(text, mention.title_start) \
                        and not self.cast.quoted(number, mention.start) and not _NOT_SUBJECT_AFTER.match(text, mention.end):
                    return mention.entity
            if number == line - 1:
                introduced = self._newly_introduced(number, text, fits)
                if introduced is not None:
                    return introduced
        return None

    def _newly_introduced(self, number: int, text: str, fits) -> Entity | None:
        """The last person the line names, if named there for the first time with the office they hold
        after the name: the way a story brings in the next person it quotes. A victim ('killed Marcus
        Hill, 17, a student') or someone in passing ('a win for Mark Okafor, the budget director, and a
        loss for Reyes') is no such introduction."""
        people = [m for m in self.cast.mentions.get(number, []) if m.entity.kind == "person"]
        if not people:
            return None
        last = people[-1]
        if not fits(last.entity) or self.cast.first_mention(last.entity) != (number, last.start) \
                or self.cast.quoted(number, last.start):
            return None
        office = _OFFICE_AFTER.match(text, last.end)
        words = office["app"].lower().split()[:4] if office else []
        return last.entity if words and (words[0] in _OFFICE_OPENERS or words[0] in lx.OFFICE_NOUNS) \
            and any(w in lx.OFFICE_NOUNS for w in words) else None

    def named_subject(self, line: int, start: int, end: int) -> str | None:
        """The person who opens the clause of the sentence line[start:end] ('Hours later, former
        President Donald Trump responded', 'The prosecutor, Andrea Silva, then addressed the jury')."""
        text = self.cast.lines[line] if line < len(self.cast.lines) else ""
        for mention in self.cast.mentions.get(line, ()):
            if start <= mention.start < end and mention.entity.kind == "person" \
                    and not self.cast.quoted(line, mention.start) \
                    and (_opens_clause(text, _role_start(text, mention.title_start))
                         or _APPOSED_SUBJECT.match(text, start, mention.title_start)):
                return mention.entity.name
        return None

    def _last_person(self, line: int, at: int, fits) -> Entity | None:
        """The person of the latest line that names one who fits: its clause's subject if one is
        ('North Korean leader Kim Jong Un met President Yoon …. "…," he said' is Kim), else the last named."""
        for number in range(line, max(-1, line - 8), -1):
            text = self.cast.lines[number] if number < len(self.cast.lines) else ""
            named = [m for m in self.cast.mentions.get(number, []) if (number < line or m.start < at)
                     and fits(m.entity) and not self.cast.quoted(number, m.start)]
            if named:
                subjects = [m for m in named if _opens_clause(text, _role_start(text, m.title_start))]
                return (subjects or named)[-1].entity
        return None

    def _last_kind(self, kind: str, line: int, at: int) -> Entity | None:
        for number in range(line, max(-1, line - 12), -1):
            for mention in reversed(self.cast.mentions.get(number, [])):
                if (number < line or mention.start < at) and mention.entity.kind == kind:
                    return mention.entity
        return None

    def spoke(self, speaker: str | None, line: int, at: int = 0) -> None:
        entity = self.cast.entities.get(speaker) if speaker else None
        if entity is not None and entity.kind == "person":
            self.last_speaker, self.last_speaker_line = entity, line
            self.last_voice = None
        elif entity is not None and entity.kind == "org":
            self.last_org = entity
        elif speaker and _describes_a_person(speaker):
            self.last_voice = (speaker, (line, at))
            if _described_gender(speaker):
                self.last_described = (speaker, (line, 0))  # the line is enough: it spoke after whoever came before

    def _voice(self, gender: str | None, line: int, at: int) -> str | None:
        """'Another student, who asked not to be named, said …' / '"…," she said.': a person known only by
        a description, who spoke last, in this line or the one before, is who a pronoun means, unless
        the story has named a person of that sex since."""
        if self.last_voice is None or gender is None:
            return None
        text, spoke_at = self.last_voice
        if line - spoke_at[0] > 1 or spoke_at > (line, at) or _voice_gender(text) not in (None, gender):
            return None
        for number in range(spoke_at[0], line + 1):
            for mention in self.cast.mentions.get(number, ()):
                if spoke_at < (number, mention.start) < (line, at) and mention.entity.kind == "person" \
                        and mention.entity.gender in (None, gender) and not self.cast.quoted(number, mention.start):
                    return None
        return text

    def _described(self, gender: str | None, line: int, at: int, entity: Entity | None) -> str | None:
        """'My mother has softened with age, but she still says "…"', 'My father … "…," he said.': a
        relative the story knows only as such ('my father', 'his wife'), who spoke last or opened a
        sentence since the person a pronoun would otherwise be was named, is who it means, unless that
        person is the one speaking ('His son was not hurt, he said.')."""
        if gender is None:
            return None
        found = None
        if self.last_described and _described_gender(self.last_described[0]) == gender \
                and self.last_described[1][0] >= max(line - 6, self.last_speaker_line):
            found = self.last_described
        elif entity is not None and entity is self.last_speaker and line - self.last_speaker_line <= 6:
            return None
        for number in (line - 1, line):
            text = self.cast.lines[number] if 0 <= number < len(self.cast.lines) else ""
            for match in _RELATIVE_SUBJECT.finditer(text, 0, at if number == line else len(text)):
                if lx.GENDERED_NOUNS[match["noun"].lower()] == gender and opens_sentence(text, match.start()) \
                        and not self.cast.quoted(number, match.start()):
                    found = (_description(match.group()), (number, match.start()))
        if found is None:
            return None
        named = self.cast.last_mention(entity, (line, at)) if entity is not None else None
        return found[0] if named is None or named < found[1] else None


def _describes_a_person(description: str) -> bool:
    """'another student', 'one victim, a retired bus driver', 'a spokesman for the mayor', 'the woman':
    one person, known only by what they are. Not 'officials', 'the ministry' or 'the report', and not
    'the Republican nominee' or 'the author', whose office points back to someone the story names."""
    head = head_words(description.lower())
    word = head[-1] if head else ""
    if word in _ASKERS:
        return False  # 'one questioner claimed …' / '"You're right," he said': the one asked answers
    if word in lx.PERSON_NOUNS or word in lx.GENDERED_NOUNS:
        return True
    return word in lx.ROLE_NOUNS and bool(head) and head[0] != "the"


def _voice_gender(description: str) -> str | None:
    """'one woman' → 'f'; 'a spokesman' → 'm'; 'another student' → None."""
    for word in description.lower().split():
        sex = lx.GENDERED_NOUNS.get(word) or _SEXED_ROLES.get(word)
        if sex:
            return sex
    return None


def _described_gender(description: str) -> str | None:
    """'my father' → 'm': the sex of a relative's noun after a possessive, if it has one."""
    words = description.lower().split()
    return lx.GENDERED_NOUNS.get(words[-1]) if words and words[0] in _POSSESSIVES else None


def _role_start(text: str, at: int) -> int:
    """Where the role words before a name begin: 'North Korean leader Kim Jong Un' opens the sentence."""
    prefix = role_prefix(text, at)
    return prefix.start() if prefix else at


def _opens_clause(text: str, at: int) -> bool:
    """Does a sentence open at offset at, or its main clause after an opening phrase ('In her 2003
    book, Living History, Clinton noted …', 'On Monday, Berg said …')?"""
    if opens_sentence(text, at):
        return True
    opening = _OPENING_PHRASE.search(text, max(0, at - 90), at)
    return opening is not None and opens_sentence(text, opening.start())


def _group_of(rest: str) -> bool:
    """Lower-case words after a name that make a group or an office of it: ' aides', ' campaign officials'."""
    words = rest.split()
    if not words or len(words) > 3 or not all(w[:1].islower() and w not in _NOT_GROUP for w in words):
        return False  # not 'Lee through a spokesman', 'Trump to supporters', 'Lee and aides'
    last = words[-1].lower().strip("’'")
    return last in _GROUP_WORDS or last in lx.ROLE_NOUNS or last.rstrip("s") in lx.ROLE_NOUNS


def _titled_person(name, before: str) -> bool:
    """'Bank of America CEO Brian Moynihan': a first name after an office is the phrase's person, even
    when the organisation before it has an 'of' ('the wife of John Smith' has no office before him, and
    in 'a spokesman for Sen. Jane Doe' the preposition governs the titled name itself)."""
    office = name.titles[-1] if name.titles else ""
    title_of = TITLE_OF_BEFORE.search(before)  # 'Secretary of State John F. Kerry'
    return name.text.split()[0] in lx.FIRST_NAMES and (office.isupper() or office.rstrip(".") in lx.TITLES
                                                        or office.lower() in lx.ROLE_NOUNS or title_of is not None) \
        and not _governed(before[:title_of.start()] if title_of else before)


def _governed(before: str) -> bool:
    """'a spokesman for', 'an aide to', 'a lawyer for former', 'the wife of': a person's noun and a
    preposition right before a titled name make the name the object, and that person the subject."""
    match = _GOVERNED.search(before)
    word = match.group(1) if match else ""
    return word in lx.ROLE_NOUNS or word in lx.PERSON_NOUNS or word in lx.GENDERED_NOUNS or word in _GROUP_WORDS


def _head_name(np: str, names) -> object:
    """The name a noun phrase is about: its last name that is not a possessor ('Clinton's aide')
    nor after a preposition ('Morgan of the Sierra Club'): 'Democratic nominee Hillary Clinton'."""
    heads = [n for n in names if np[n.end:n.end + 2] not in ("'s", "’s") and _nameable(n.text)
             and (not _OF_BEFORE.search(np[:n.title_start]) or _titled_person(n, np[:n.title_start])
                  or (np[:n.title_start].endswith(("and ", "& ")) and lx.is_first_name(n.text.split()[0])))]
    people = [n for n in heads if n.text not in lx.PLACES]
    return (people or heads)[-1] if heads else None


_OPEN_ENDS = frozenset({"and", "or", "but", "by", "of", "to", "in", "on", "at", "for", "with", "from", "that",
                        "the", "a", "an", "as"})  # 'Patriot failed as predicted': no speaker before "as"
_PHRASE_ENDS = (_OPEN_ENDS - {"of"}) | lx.AUXILIARIES | lx.SPEECH_VERBS  # 'Contrary to his claim that people'
_OF_BEFORE = re.compile(r"\b(?:of|at|for|from|with|to|on|in|by)\s+(?:the\s+)?(?:(?:former|late|then)\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}"
                        r"(?:(?:and|&)\s+)?$")  # 'the Department of Health and Social Care
_GOVERNED = re.compile(r"\b([a-z]+)\s+(?:of|for|to)\s+(?:the\s+)?(?:(?:former|late|then|ex-)\s*)?$")


_NO_NP_OPENERS = frozenset("""of for in on at with by from to into about not nor if whether unless because""".split())


@lru_cache(maxsize=16384)
def _nameable(text: str) -> bool:
    """Not a month, a weekday, a nationality or a party: 'Friday said' is no speaker, and in 'the West
    Virginia Democrat said' no one is called 'Virginia Democrat'."""
    return not calendar_name(text) and text not in lx.DEMONYMS and text.rsplit(" ", 1)[-1] not in lx.AFFILIATIONS


_DESCRIPTION_OPENERS = ("The", "A", "An", "One", "Another", "My", "His", "Her", "Their", "Our", "Its")


def _is_description(np: str) -> bool:
    return np[:1].islower() or np.split()[0] in _DESCRIPTION_OPENERS


def _description(np: str) -> str | None:
    """A description as a speaker, written as inside a sentence: 'the minister', 'my father'."""
    np = np.strip()
    if not np or _too_long(np):
        return None
    return np[0].lower() + np[1:] if np.split()[0] in _DESCRIPTION_OPENERS else np
