"""Who is in an article: people under their fullest name with aliases and role, organisations and places
kept apart, and the lookups that turn a surname, a title or a role ("the Russian leader") into a person.
"""
from __future__ import annotations

import re
from collections import Counter
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Mapping

from ..model import Person
from . import lexicon as lx
from .text import DOUBLE_MARKS, Name, calendar_name, headline, names_in, office_before, opens_sentence

_SPEECH_AFTER = re.compile(r"(?:\s*\([^()]{1,30}\))?(?:,[^,\"“”]{1,90},)?\s+(?:(?:has|had|have|also|later|then|"
                           r"was|were|is|would|will|previously|once|recently|again|further|quickly|"
                           r"reportedly|repeatedly|earlier)\s+)*([a-z]+)\b")
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|added|according to|wrote|asked|tweeted|explained)\s+$")
_APPOSITION = re.compile(r",\s+(?:the|a|an|his|her|its|their)\s+((?:[\w’'-]+\s+){0,7}?[\w’'-]+)\s*[,.;]")
_BARE_OFFICE = re.compile(rf",\s+({lx.OFFICE_PHRASE})(?=\s+(?:of|at|for|with|in|to)\b|\s*[,.;])")
_OFFICE_OF = re.compile(r"\s+(?:of|at|for)\s+[^,.;\"“”()]{2,70}(?=[,.;]|$)")
_DETERMINER = re.compile(r"^(?:the|a|an)\s+")
_SUFFIX = re.compile(r",?\s+(?:Jr\.?|Sr\.?|II|III|IV)$")
_CLAUSE_AFTER_ROLE = re.compile(r"\s+(?:who|whom|whose|that|which|and|where|when)\b|\s+(?:--|—|–)")
_FORMER_BEFORE = re.compile(r"\b[Ff]ormer\s+$")  # 'Former Russian President …': the role is no longer held
_AGE = re.compile(r",\s*\d{1,2},")
_WHO_AFTER = re.compile(r",?\s+who(?:se)?\b")  # 'Lucía Ferreira, who opened a bakery': a person (things are 'which')
_NOT_THE_HOLDER = frozenset({"deputy", "vice", "assistant", "associate", "former", "acting", "interim", "ex", "junior"})
_THE_ROLE = re.compile(r"[Tt]he ((?:[A-Za-z][\w-]* ){0,3}[a-z][\w-]*)")  # 'the central bank governor'
# 'the Commission on …', 'the Department of Health and …': the words after are the organisation's
ORG_OF_BEFORE = re.compile(rf"\b(?:{lx.alternation(lx.ORG_WORDS)})\s+(?:of|on|for)\s+(?:the\s+|a\s+|an\s+)?"
                           rf"(?P<and>(?:[A-Z][\w.’'-]*\s+){{1,3}}(?:and|&)\s+)?$")
_AND_ORG_AFTER = re.compile(rf"\s+(?:and|&)\s+(?!(?:{lx.alternation(lx.FIRST_NAMES)})\b)(?:[A-Z][\w’'-]*\s+){{0,3}}"
                            rf"(?:{lx.alternation(lx.ORG_WORDS)})\b")
_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]*")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?:[a-z]+\s+)?$")
_MR_S = re.compile(r" s(?= |$)")
_LOWER_WORD_BEFORE = re.compile(r"([a-z][\w-]*)\s+$")
# Where a description's head noun ends and what qualifies it begins: 'a spokesman | for the mayor'
_AFTER_HEAD = re.compile(r",|\s(?:of|for|to|at|in|on|with|from|by|who|which|that|briefed|familiar|close)\s")
ONE_OF = re.compile(r"^(?:one|some|many|several|two|three|most|another|each|none|both|all)\s+of\s+", re.I)
_ROLE_IN_APPOSITION_BEFORE = re.compile(r"([a-z][\w-]*),\s+$")  # 'The company's chairman, Per-Olav Lindqvist,'
# The role a description before a name in apposition gives: 'the court's chief judge, Merrick Garland,'.
_DESCRIBED_BEFORE = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y)|['’]s)\s+"
                               r"((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*),\s+$")
# The words of a role ('NBC News moderator', 'White House press secretary'), not those of the clause before
# it ('in her response to moderator').
_ROLE_PREFIX_BEFORE = re.compile(r"(?<![\w’'-])((?:(?!(?i:in|on|at|to|by|of|for|with|from|and|or|but|the|a|an|his|her|its|"
                                 r"their|our|my|your|this|that|as|than)\b|(?!retired\b)[a-z]+ed\b)[A-Za-z][\w’'-]*\s+){0,4}?)"
                                 r"([a-z][\w-]*)\s+$")  # a verb ends it: 'Ana Ruiz criticised police officer …'
# "the Russian leader", "the Ukrainian president", "the president of the Russian Federation".
DESCRIPTION = re.compile(
    r"\b[Tt]he\s+(?:(?P<adj>[A-Z][\w.-]+(?: [A-Z][\w-]+)?)\s+)?(?:(?P<mod>[a-z][\w-]+)\s+)??"
    r"(?P<role>president|leader|prime minister|premier|chancellor|king|queen|foreign minister|"
    r"defence minister|defense minister|senator|governor|mayor|secretary|minister|nominee|candidate|"
    r"congressman|congresswoman|speaker|strongman|dictator|monarch|businessman|billionaire|"
    r"first lady|vice president|ambassador|spokesman|spokeswoman)"
    r"(?: of (?:the )?(?P<of>[A-Z][\w-]+(?: [A-Z][\w-]+){0,2}))?\b")
_ROLE_TITLES = {"president": "President", "prime minister": "Prime Minister", "premier": "Premier",
                "chancellor": "Chancellor", "king": "King", "queen": "Queen", "leader": "Leader",
                "foreign minister": "Foreign Minister", "defence minister": "Defence Minister",
                "defense minister": "Defense Minister", "governor": "Governor", "senator": "Senator",
                "mayor": "Mayor", "vice president": "Vice President"}
_EXPANDED = {"Sen.": "Senator", "Sen": "Senator", "Rep.": "Representative", "Rep": "Representative",
             "Gov.": "Governor", "Gov": "Governor", "Gen.": "General", "Lt.": "Lieutenant",
             "Col.": "Colonel", "Capt.": "Captain", "Sgt.": "Sergeant", "Adm.": "Admiral", "Maj.": "Major",
             "Rev.": "Reverend", "Prof.": "Professor", "Del.": "Delegate", "Pres.": "President",
             "Atty.": "Attorney", "Supt.": "Superintendent"}
_HONORIFICS = frozenset({"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr.", "Sir", "Dame", "Lord",
                         "Lady", "Former", "Acting", "Interim"})
_ORG_PHRASE = re.compile(r"\b(?:the\s+)?(?P<adj>[A-Z][a-z]+)\s+(?P<noun>(?:defen[cs]e |foreign |interior |health |"
                         r"finance |justice |emergencies |economy )?(?:ministry|army|navy|military|government|"
                         r"parliament|air force|embassy|security service|central bank|authorities))\b")


@dataclass
class Entity:
    """A person or organisation while the article is read; becomes a Person or an organisation name."""
    name: str
    kind: str  # person | org | place
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    gender: str | None = None
    guessed: bool = False  # the gender only from the census first-name lists: the text may say otherwise
    country: str | None = None  # whose president, minister …
    first_seen: tuple[int, int] = (0, 0)

    def add_alias(self, alias: str) -> None:
        if alias and alias != self.name and alias not in self.aliases:
            self.aliases.append(alias)


@dataclass(frozen=True)
class Mention:
    """Where the text names an entity: line, [start, end) of the name (titles excluded)."""
    line: int
    start: int
    end: int
    entity: Entity
    title_start: int


class Cast:
    """The entities of one article and the lookups the attribution rules need."""

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self.by_word: dict[str, list[Entity]] = {}  # a surname, first name or alias → people
        self.mentions: dict[int, list[Mention]] = {}  # line → mentions in order
        self._spots: dict[int, list[tuple[int, int]]] = {}  # id(entity) → (line, offset) of its mentions, sorted
        self._orgs_by_first_word: dict[str, Entity] = {}  # 'Peabody' → Peabody Energy
        self._holders: dict[str, tuple[list, list]] | None = None  # role → holders; made once the roles are known
        self.aliases: Mapping[str, str] = {}  # the editors' alias file: variant → canonical name
        self.lines: tuple[str, ...] = ()  # the article's sentence lines, as read
        self._marks: dict[int, list[int]] = {}  # line → offsets of its double quotation marks
        self._inside_words: set[str] | None = None  # capitalised words the article uses inside a sentence
        self._alone: dict[str, dict] = {}  # a surname written alone while only one person had it → id → (place, entity)
        self._first_named: dict[int, tuple[int, int]] = {}  # id(entity) → where it was first called by first name

    # ---------------------------------------------------------------- lookups

    def person(self, text: str, before: tuple[int, int] | None = None, gender: str | None = None) -> Entity | None:
        """The person or organisation a name in the text stands for, if the article knows it. A surname
        two people share is the one named last before the position (line, offset), if one is given,
        among those of the gender a title gives ('Mr. Obama' is not Michelle Obama)."""
        text = _clean(text)
        text = self.aliases.get(text, text)
        entity = self.entities.get(text)
        if entity is not None:
            return entity
        candidates = self.by_word.get(text) or self.by_word.get(text.title()) or []
        if len(candidates) > 1:  # 'Scott said' is Tim Scott's rather than Scott Walker's
            candidates = [e for e in candidates if _SUFFIX.sub("", e.name).endswith(" " + text)] or candidates
        gender = _sex(gender)[0]
        if gender is not None and len(candidates) > 1:  # one known to be of that sex before one not known
            candidates = [e for e in candidates if e.gender == gender] \
                or [e for e in candidates if e.gender is None] or candidates
        if before is not None and len(candidates) > 1:
            # a story calls one of a family by the surname alone ('Cruz'), the others by first name
            # ('his wife, Heidi'): once the others have been so called, the one it called by the surname
            # while no one else had it is meant again
            ids = {id(e) for e in candidates}
            called = [e for key, (at, e) in self._alone.get(text, {}).items() if at < before and key in ids]
            if len(called) == 1 and all(self._first_named.get(id(e), before) < before
                                        for e in candidates if e is not called[0]):
                return called[0]
            return self._recent([e for e in candidates if e.first_seen <= before] or candidates, before)
        return max(candidates, key=lambda e: e.first_seen, default=None)  # the most recently met

    def add_speaker(self, text: str, seen: tuple[int, int]) -> Entity:
        """A name met as a speaker that the first reading did not take for a person: now it is one."""
        existing = self.person(text)
        if existing is not None:
            return existing
        words = text.split()
        if len(words) == 1 and text in self._orgs_by_first_word:
            return self._orgs_by_first_word[text]  # 'Peabody said' after 'Peabody Energy'
        if lx.organisation_name(words) or (text.isupper() and len(text) <= 6):
            return self.add_org(text, seen)
        _new_person(self, text, seen, None)
        return self.entities[text]

    def describe(self, text: str, before: tuple[int, int]) -> Entity | None:
        """'the Russian leader' → the person whose role or nationality matches, most recently named."""
        match = DESCRIPTION.search(text)
        if match is None:
            return None
        country = _country(match["of"]) or _country(match["adj"])
        role = match["role"]
        people = [e for e in self.entities.values() if e.kind == "person"]
        fitting = [e for e in people if e.country == country and country] if country else []
        if role == "leader" and country and not any(_holds(e, role, country) for e in fitting):
            # 'Former Russian President Dmitry Medvedev and President Vladimir Putin … the Russian leader'
            fitting = [e for e in people if e.country in (None, country) and _holds(e, role, country)] or fitting
        if not fitting:
            fitting = [e for e in people if _holds(e, role, country) and (not country or e.country in (None, country))]
        if not fitting and (match["adj"] in lx.DEMONYMS or match["of"] in lx.COUNTRY_DEMONYM):
            # 'the Ukrainian president' for someone whose country the article never said; a state or a
            # city says too little ('the New York businessman', 'the Indiana governor')
            fitting = [e for e in people if e.country is None]
        if len(fitting) > 1:  # 'the Russian leader' is President Putin, not Foreign Minister Lavrov
            best = max(_holds(e, role, country) for e in fitting)
            fitting = [e for e in fitting if _holds(e, role, country) == best] if best \
                else [e for e in fitting if not e.roles] or fitting
        if not fitting:
            return None
        earlier = [e for e in fitting if e.first_seen <= before] or fitting
        return self._recent(earlier, before)

    def holder_of(self, text: str, before: tuple[int, int]) -> Entity | None:
        """'the police chief', 'the prosecutor': the person the article gave that role ('Ana Ruiz, the
        chief prosecutor,'), named last before the position."""
        match = _THE_ROLE.fullmatch(text.strip())
        if match is None:
            return None
        if self._holders is None:
            self._holders = _role_index(self.entities.values())
        exact, shorter = self._holders.get(match.group(1).lower(), ((), ()))
        fitting = _met_before(exact, before) or _met_before(shorter, before)
        return self._recent(fitting, before) if fitting else None

    def add_org(self, text: str, seen: tuple[int, int]) -> Entity:
        entity = self.entities[text] = Entity(text, "org", first_seen=seen)
        if " " in text:
            self._orgs_by_first_word.setdefault(text.split()[0], entity)
        return entity

    def quoted(self, line: int, at: int) -> bool:
        """Is offset at of a line inside quotation marks? Each line's marks are listed once, then bisected."""
        marks = self._marks.get(line)
        if marks is None:
            text = self.lines[line] if line < len(self.lines) else ""
            marks = self._marks[line] = [match.start() for match in DOUBLE_MARKS.finditer(text)]
        return bisect_left(marks, at) % 2 == 1

    def capitalised_inside_a_sentence(self, word: str) -> bool:
        """Does the article capitalise the word where no sentence begins? One pass, the first time asked."""
        if self._inside_words is None:
            self._inside_words = {match.group() for text in self.lines for match in _CAPITALISED.finditer(text)
                                  if not opens_sentence(text, match.start())}
        return word in self._inside_words

    def mentioned(self, mention: Mention) -> None:
        """Record a mention; they come in reading order, so each entity's positions stay sorted."""
        self.mentions.setdefault(mention.line, []).append(mention)
        self._spots.setdefault(id(mention.entity), []).append((mention.line, mention.start))
        written = _clean(self.lines[mention.line][mention.start:mention.end]) if mention.line < len(self.lines) else ""
        if written and " " not in written and mention.entity.kind == "person" and mention.start == mention.title_start:
            at = (mention.line, mention.start)
            if sum(1 for e in self.by_word.get(written, ()) if e.first_seen <= at) == 1:  # no one else yet
                self._alone.setdefault(written, {}).setdefault(id(mention.entity), (at, mention.entity))
            if written == mention.entity.name.split()[0] and not self.quoted(mention.line, mention.start):
                self._first_named.setdefault(id(mention.entity), at)

    def first_mention(self, entity: Entity) -> tuple[int, int] | None:
        spots = self._spots.get(id(entity))
        return spots[0] if spots else None

    def last_mention(self, entity: Entity, before: tuple[int, int]) -> tuple[int, int] | None:
        """Where the article last named the entity before a position (line, offset)."""
        spots = self._spots.get(id(entity), ())
        index = bisect_right(spots, before)
        return spots[index - 1] if index else None

    def _recent(self, entities: list[Entity], before: tuple[int, int]) -> Entity:
        """The one named last before a position (line, offset): a bisection each, however long the article."""
        return max(entities, key=lambda e: (self.last_mention(e, before) or (-1, -1), e.first_seen))

    def people(self) -> list[Person]:
        out = []
        for entity in self.entities.values():
            if entity.kind == "person":
                out.append(Person(entity.name, tuple(entity.aliases), _best_role(entity)))
        return sorted(out, key=lambda p: p.name)

    def organisations(self) -> list[str]:
        return sorted(e.name for e in self.entities.values() if e.kind == "org")


# ---------------------------------------------------------------- building the cast

def cast_of(sentences: tuple[str, ...], aliases: Mapping[str, str]) -> Cast:
    """Read every line once for names; classify them; fold surnames and variants into the fullest name."""
    cast = Cast()
    cast.aliases, cast.lines = aliases, sentences
    found: list[tuple[int, Name, str, str | None]] = []  # line, name, kind, gender hint
    for number, names in _names_by_line(sentences):
        for name in names:
            kind, gender = _classify(sentences[number], name)
            found.append((number, name, kind, gender))
    _add_people(cast, found, aliases)
    _add_others(cast, found, sentences)
    _add_mentions(cast, found, sentences, aliases)
    _add_roles(cast, sentences)
    return cast


def _names_by_line(sentences: tuple[str, ...]) -> list[tuple[int, list[Name]]]:
    """Each line's names, as far as the article's other lines bear them out: in a headline, where
    every word is capitalised ('Hillary Clinton Speaks', 'Derelict Obama', 'Capital Download'), only
    the part of a run the sentences name too; elsewhere, a name the article writes on its own is cut
    from a common noun run into it ('President Obama Speech at …', 'Barack Obama Election Day')."""
    by_line = [(number, names_in(line)) for number, line in enumerate(sentences)]
    alone = Counter(name.text for _, names in by_line for name in names)
    body = [(number, [_known_prefix(name, alone) for name in names]) for number, names in by_line[1:]]
    if not sentences or not headline(sentences[0], short=True):
        return by_line[:1] + body
    known = {name.text for _, names in body for name in names}
    words = {word for text in known for word in text.split()}
    title = [kept for name in by_line[0][1] if (kept := _known_part(name, known, words)) is not None]
    return [(0, title)] + body


def _known_prefix(name: Name, alone: Counter) -> Name:
    """The name cut before the first common noun run into it ('President Obama Speech at …', 'Barack
    Obama Election Day'), when the article writes what comes before as a name on its own (a surname
    will do, after first names). A nickname's name is left whole: its offsets are not its words'."""
    parts = name.text.split(" ")
    for size in range(1, len(parts)):
        if parts[size] in lx.NOUNS_AFTER_NAMES and not name.nickname and _named_alone(parts[:size], alone):
            text = " ".join(parts[:size])
            return Name(name.start, name.start + len(text), text, name.titles, name.title_start)
    return name


def _named_alone(words: list[str], alone) -> bool:
    """Does the article name these words on their own, or their last word after first names?"""
    return bool(alone[" ".join(words)]) or (bool(alone[words[-1]]) and all(w in lx.FIRST_NAMES for w in words[:-1]))


def _known_part(name: Name, known: set[str], words: set[str]) -> Name | None:
    """The longest run of the name's words that the article names elsewhere (a surname alone will
    do, with the first names before it), as a Name of its own; None if it names no one else."""
    if name.nickname:
        return name
    parts = name.text.split(" ")
    for size in range(len(parts), 0, -1):
        for first in range(len(parts) - size + 1):
            text = " ".join(parts[first:first + size])
            if text in known or (size == 1 and text in words):
                while first and parts[first - 1] in lx.FIRST_NAMES:  # 'Igor Petrov' where the text says 'Petrov'
                    first, size = first - 1, size + 1
                if first == 0:
                    return Name(name.start, name.start + len(" ".join(parts[:size])), " ".join(parts[:size]),
                                name.titles, name.title_start)
                start = name.start + len(" ".join(parts[:first])) + 1
                text = " ".join(parts[first:first + size])
                return Name(start, start + len(text), text, (), start)
    return None


def _classify(line: str, name: Name) -> tuple[str, str | None]:
    """person, org, place, maybe (a person if the article later names them alone) or other."""
    text, words = name.text, name.text.split()
    titles = name.titles
    before = line[max(0, name.title_start - 40):name.title_start]
    after = line[name.end:name.end + 120]
    noun_before = _LOWER_WORD_BEFORE.search(before)
    noun_before = noun_before.group(1) if noun_before else ""
    role_after = _apposed_role(after, 0) is not None
    first_named = len(words) > 1 and words[0] in lx.FIRST_NAMES
    # 'Premier Elena Park', 'James Park, the spokesperson,', 'David Steel said': a person whose surname is
    # an organisation's word
    titled = _titled(line, name)
    named_person = first_named and (titled or role_after or _AGE.match(after) is not None
                                    or (len(words) == 2 and words[1] in lx.SURNAME_ORG_WORDS))
    org_of = ORG_OF_BEFORE.search(before)
    if org_of is not None and org_of["and"] and lx.is_first_name(words[0]):
        org_of = None  # 'the Ministry of Defence and Grant Shapps': a person joined to it
    if not (first_named or titles) and (org_of or (len(words) == 1 and _AND_ORG_AFTER.match(after))):
        return "other", None  # 'the Commission on Presidential Debates', 'the Securities and Exchange Commission'
    if not named_person and (lx.organisation_name(words) or noun_before in lx.ORG_NOUNS or _org_apposed(after)
                             or text in lx.PLACE_ORGS and _speaks(after)):
        return ("org", None) if text not in lx.PLACES or _speaks(after) else ("place", None)
    if text in lx.PLACES or text in lx.DEMONYMS or (len(words) > 1 and " ".join(words[-2:]) in lx.PLACES):
        return "place", None
    if calendar_name(text) or text in lx.NOT_NAME_WORDS or text in lx.NOT_PEOPLE or text in lx.EDITORS_LABELS \
            or words[-1] in lx.AFFILIATIONS:
        return "other", None
    if text.isupper() and len(text) <= 6 and not line.startswith((text + ":", '"' + text + ":", "“" + text + ":")):
        return "org", None
    gender = _gender(titles, words)
    evidence = (titled or first_named or _AGE.match(after) is not None or noun_before in lx.ROLE_NOUNS or role_after
                or _named_after_role(before, words) or (len(words) > 1 and _WHO_AFTER.match(after) is not None))
    if evidence:
        return "person", gender
    if _speaks(after) or _SAID_BEFORE.search(before) or line.startswith((text + ":", '"' + text + ":")):
        return ("maybe" if len(words) == 1 else "person"), gender
    return ("maybe" if len(words) > 1 else "other"), gender


def _org_apposed(after: str) -> bool:
    """'IG Metall, the German union,': the head of the apposition is an organisation's noun (not in 'a
    founder of a tree company')."""
    apposition = _APPOSITION.match(after)
    return apposition is not None and head_noun(apposition.group(1)) in lx.ORG_NOUNS


def head_words(np: str) -> list[str]:
    """A description's words up to its head noun: 'one of the family's attorneys, …' → the family's
    attorneys; 'a spokesman for the mayor' → a spokesman."""
    return _AFTER_HEAD.split(ONE_OF.sub("", np), 1)[0].split()


def head_noun(np: str) -> str:
    words = head_words(np)
    return words[-1].lower().strip("’'") if words else ""


def _named_after_role(before: str, words: list[str]) -> bool:
    """'The company's chairman, Per-Olav Lindqvist,': a name in apposition to a role is a person's
    (not 'a coal executive, ERP Compliant Fuels,', whose capitals make it a company)."""
    role = _ROLE_IN_APPOSITION_BEFORE.search(before) if len(words) > 1 else None
    return role is not None and role.group(1) in lx.ROLE_NOUNS and not any(w.isupper() for w in words)


def _apposed_role(line: str, at: int) -> str | None:
    """The role an apposition after a name gives: ', the finance minister,' or, with no article, ',
    political science professor at Seton Hall University,'."""
    apposition = _APPOSITION.match(line, at)
    if apposition and apposition.group(1).split()[-1] in lx.ROLE_NOUNS:
        return apposition.group(1)
    office = _BARE_OFFICE.match(line, at)
    if office is None:
        return None
    of = _OFFICE_OF.match(line, office.end(1))  # 'president of the United Federation of Teachers'
    role = office.group(1) + (_CLAUSE_AFTER_ROLE.split(of.group(), 1)[0] if of else "")
    return _DETERMINER.sub("", role)


def _titled(line: str, name: Name) -> bool:
    """A title before a name says it is a person's, except 'Mr. President' (a title alone), 'a former
    Miss Universe' and 'the Queen City' (a title in a common noun), '“Miss Piggy”' (what someone was
    called) and 'Former White House Doctor Says' (a headline, where every word is capitalised)."""
    if not any(t.rstrip(".") in lx.TITLES for t in name.titles) or name.text in lx.TITLES:
        return False
    if " " in name.text:
        return True
    before, after = line[max(0, name.title_start - 20):name.title_start], line[name.end:name.end + 1]
    return not (_ARTICLE_BEFORE.search(before) or (before[-1:] in "\"“" and after in "\"”")
                or headline(line))


def _speaks(after: str) -> bool:
    match = _SPEECH_AFTER.match(after)
    return match is not None and match.group(1) in lx.SAY_VERBS


def _gender(titles: tuple[str, ...], words: list[str]) -> str | None:
    """The sex a title gives ('Mr.', 'Mrs.'), or a full name's first name; a lone word may be a surname
    ('Kelly said', 'Warren said' of Elizabeth Warren), so its first-name look says nothing."""
    if any(t in lx.MALE_TITLES for t in titles):
        return "m"
    if any(t in lx.FEMALE_TITLES for t in titles):
        return "f"
    if len(words) == 1:
        return None
    first = words[0]
    if first in lx.UNISEX_NAMES:
        return None
    if (first in lx.MALE_NAMES) != (first in lx.FEMALE_NAMES):
        return "m" if first in lx.MALE_NAMES else "f"
    sex = lx.sex_of_first_name(first)
    return sex + "?" if sex else None  # the census lists' guess, which the story may correct ('Drew … she')


def _sex(hint: str | None) -> tuple[str | None, bool]:
    """A gender hint as (sex, guessed): _gender marks the census lists' guess with '?' ('f?')."""
    return (hint.rstrip("?"), hint.endswith("?")) if hint else (None, False)


def name_gender(name: Name) -> str | None:
    """The gender a name's title or first name gives: 'Mr. Obama' is a man."""
    return _sex(_gender(name.titles, name.text.split()))[0]


def _clean(text: str) -> str:
    text = text.strip()
    if text.endswith(("'s", "’s")):
        text = text[:-2]
    return text


def _add_people(cast: Cast, found, aliases: Mapping[str, str]) -> None:
    """Full names first (longest first), then single words that are their surnames or first names."""
    multi = [(n, name, kind, g) for n, name, kind, g in found if kind in ("person", "maybe")]
    multi.sort(key=lambda item: (-len(item[1].text.split()), item[0], item[1].start))
    surnames_alone = {name.text.lower() for _, name, kind, _ in found if len(name.text.split()) == 1
                      and kind in ("person", "maybe")}
    titled = {name.text for _, name, _, _ in found if name.titles}
    full_surnames = {name.text.split()[-1] for _, name, kind, _ in found if kind == "person" and " " in name.text}
    for number, name, kind, gender in multi:
        text = aliases.get(name.text, name.text)
        words = text.split()
        own_words = len(words) == 1 and _own_words(cast, number, name)  # asked only of a lone name
        if text in cast.entities or _fold_into(cast, name.text, text, own_words):
            _note_gender(cast.entities.get(text) or cast.person(text, None, gender), gender)
            continue
        if kind == "maybe" and words[-1] in full_surnames and not lx.is_first_name(words[0]) \
                and opens_sentence(cast.lines[number], name.title_start):
            continue  # 'Beyond Trump, …', 'Derelict Obama': a sentence's first word, then someone's surname
        if kind == "maybe" and len(words) > 1 and words[-1].lower() not in surnames_alone \
                and name.text not in titled and words[0] not in lx.FIRST_NAMES:
            continue  # two capitalised words with nothing saying they are a person
        if kind == "maybe" and len(words) == 1:
            continue  # decided once the full names are known
        _new_person(cast, text, (number, name.start), gender)
        if name.nickname and len(words) > 1 and " " not in name.nickname:  # 'Bobby Scott', not 'The Professor Bell'
            _add_alias_key(cast, cast.entities[text], f"{name.nickname} {words[-1]}")
    for number, name, kind, gender in found:
        if len(name.text.split()) == 1 and kind in ("person", "maybe"):
            text = aliases.get(name.text, name.text)
            if cast.person(text) is None and cast.person(text.title()) is None and kind == "person":
                _new_person(cast, text.title() if text.isupper() else text, (number, name.start), gender)


def _own_words(cast: Cast, number: int, name: Name) -> bool:
    """Does a lone name have an age or a role of its own ('Sarah, 34,'), so it is no one else's first name?"""
    line = cast.lines[number]
    return _AGE.match(line, name.end) is not None or _apposed_role(line, name.end) is not None


def _add_alias_key(cast: Cast, entity: Entity, alias: str) -> None:
    """An alias of several words that also finds the person: Robert C. "Bobby" Scott's 'Bobby Scott',
    Chandler Van Voorhis's 'Van Voorhis'."""
    entity.add_alias(alias)
    cast.by_word.setdefault(alias, []).append(entity)


def _fold_into(cast: Cast, raw: str, text: str, own_words: bool = False) -> bool:
    """'Putin' or 'Vladimir Putin' into 'Vladimir Putin' when a longer name ends with it, 'Bobby Scott'
    into the Robert C. "Bobby" Scott it is a nickname of, and else 'Heidi' into the only Heidi of the
    article, unless the lone name has an age or a role of its own ('Sarah, 34, lost her home')."""
    words = text.split()
    for entity in cast.entities.values():
        if entity.kind != "person":
            continue
        if raw in entity.aliases:
            return True
        full = entity.name.split()
        if len(words) < len(full) and full[-len(words):] == words:
            if len(words) > 1:
                _add_alias_key(cast, entity, raw)  # 'Mr. Van Voorhis said' finds Chandler Van Voorhis
            else:
                entity.add_alias(raw)
            return True
    if len(words) == 1 and not own_words:
        firsts = [e for e in cast.by_word.get(text, ()) if e.kind == "person" and " " in e.name
                  and e.name.split()[0] == text]
        if len(firsts) == 1:  # 'his wife, Heidi' is the article's Heidi Cruz
            firsts[0].add_alias(raw)
            return True
    return False


def _new_person(cast: Cast, text: str, seen: tuple[int, int], gender: str | None) -> None:
    sex, guessed = _sex(gender)
    entity = Entity(text, "person", gender=sex, guessed=guessed, first_seen=seen)
    cast.entities[text] = entity
    words = text.split()
    keys = {words[-1]}
    if len(words) > 1:
        keys.add(words[0])
        keys.add(words[-1].upper())
        if words[-1] in ("Jr.", "Jr", "Sr.", "II", "III") and len(words) > 2:
            keys.add(words[-2])
    for key in keys:
        cast.by_word.setdefault(key, []).append(entity)


def _note_gender(entity: Entity | None, gender: str | None) -> None:
    """What a title or the story says outweighs a guess from the name lists, which fills only a gap."""
    if entity is None or not gender:
        return
    sex, guessed = _sex(gender)
    if entity.gender is None or (entity.guessed and not guessed):
        entity.gender, entity.guessed = sex, guessed


def _add_others(cast: Cast, found, sentences) -> None:
    for number, name, kind, _ in found:
        if kind == "org" and cast.person(name.text) is None and name.text not in cast.entities:
            cast.add_org(name.text, (number, name.start))
        elif kind == "place" and name.text not in cast.entities and name.text not in lx.DEMONYMS:
            cast.entities[name.text] = Entity(name.text, "place", first_seen=(number, name.start))
    for number, line in enumerate(sentences):
        for match in _ORG_PHRASE.finditer(line):
            if match["adj"] in lx.DEMONYMS:
                text = f"{match['adj']} {match['noun']}"
                if text not in cast.entities:
                    cast.add_org(text, (number, match.start()))


def _role_index(entities) -> dict[str, tuple[list, list]]:
    """Each role → the people who hold it, and those whose role ends with it ('chief prosecutor' for
    'the prosecutor'; not a deputy's or a former holder's: 'deputy police chief' is no 'police chief'),
    as (first_seen, entity) lists in the order the article met them."""
    index: dict[str, tuple[list, list]] = {}
    for entity in sorted((e for e in entities if e.kind == "person"), key=lambda e: e.first_seen):
        for role in {r.lower() for r in entity.roles}:
            words = role.split()
            index.setdefault(role, ([], []))[0].append((entity.first_seen, entity))
            for cut in range(1, len(words)):
                if words[cut - 1] in _NOT_THE_HOLDER:
                    break
                index.setdefault(" ".join(words[cut:]), ([], []))[1].append((entity.first_seen, entity))
    return index


def _met_before(holders: list, before: tuple[int, int], keep: int = 16) -> list[Entity]:
    """The last few holders the article met before the position (a bisection: a role may have thousands)."""
    end = bisect_right(holders, before, key=lambda holder: holder[0])
    return [entity for _, entity in holders[max(0, end - keep):end]]


def _add_mentions(cast: Cast, found, sentences, aliases: Mapping[str, str]) -> None:
    """Every place a person is named, and the surface forms that become aliases."""
    for number, name, kind, gender in found:
        line = sentences[number]
        text = aliases.get(name.text, name.text)
        entity = cast.entities.get(text) or (cast.person(text, (number, name.start), gender)
                                             if kind in ("person", "maybe", "other") else None)
        if entity is None and text.endswith("s") and kind != "place":
            entity = _typo_plural(cast, text)
        if entity is None:
            continue
        cast.mentioned(Mention(number, name.start, name.end, entity, name.title_start))
        if entity.kind != "person":
            continue
        _note_gender(entity, gender)
        if text != entity.name:
            entity.add_alias(name.text)
        if name.titles:
            office = office_before(line, name.title_start)  # 'Secretary of' State John Kerry
            titles = (office, *name.titles) if office else name.titles
            entity.add_alias(" ".join((*titles, name.text)))  # Rep. Robert C. Scott, without "Bobby"
            if not set(name.titles) <= _HONORIFICS:
                former = "former " if "Former" in name.titles or "former" in name.titles \
                    or _FORMER_BEFORE.search(line, max(0, name.title_start - 8), name.title_start) else ""
                entity.roles.append(former + " ".join(_EXPANDED.get(t, t) for t in titles if t not in _HONORIFICS))
        if _MR_S.match(line, name.end):
            entity.add_alias(line[name.start:name.end + 2])  # a scraped possessive: "Vladimir Putin s"
        country = next((lx.DEMONYMS[t] for t in name.titles if t in lx.DEMONYMS), None)
        if country and entity.country is None:
            entity.country = country
        role = _apposed_role(line, name.end) or _role_described_before(line, name)
        if role:
            entity.roles.append(role)
            sex = lx.GENDERED_NOUNS.get(role.split()[-1].lower())
            if sex:  # 'her brother, Taylor Lee': what the story says outweighs what a name suggests
                entity.gender, entity.guessed = sex, False
        prefix = role_prefix(line, name.title_start)
        if prefix and prefix.group(2) in lx.ROLE_NOUNS and prefix.group(2) not in ("the", "a"):
            entity.roles.append((prefix.group(1) + prefix.group(2)).strip())
    for mentions in cast.mentions.values():
        mentions.sort(key=lambda m: m.start)


def _role_described_before(line: str, name: Name) -> str | None:
    """'Her lawyer, Daniel Ostrowski, argued': the description the name stands in apposition to."""
    if line[name.end:name.end + 1] not in (",", ".", ";"):
        return None  # 'According to the spokesman, John Smith said' is no apposition
    described = _DESCRIBED_BEFORE.search(line, max(0, name.title_start - 60), name.title_start)
    return described.group(1) if described and described.group(1).split()[-1] in lx.ROLE_NOUNS else None


def role_prefix(line: str, at: int) -> re.Match | None:
    """'press secretary Josh Earnest': the role words before a name. The word right before it is checked
    first, so the search (which tries every start) runs only where a role noun stands."""
    before = line[max(0, at - 50):at]
    words = before.split()
    if not words or not before[-1:].isspace() or words[-1].lstrip("([\"“'‘") not in lx.ROLE_NOUNS:
        return None
    return _ROLE_PREFIX_BEFORE.search(line, max(0, at - 50), at)


def _typo_plural(cast: Cast, text: str) -> Entity | None:
    """'Putins forces': a surname with a dropped apostrophe."""
    entity = cast.person(text[:-1])
    if entity is not None and entity.kind == "person":
        entity.add_alias(text)
        return entity
    return None


def _add_roles(cast: Cast, sentences) -> None:
    """'the Ukrainian president' and 'the president of Russia' become aliases of whom they describe."""
    for number, line in enumerate(sentences):
        for match in DESCRIPTION.finditer(line):
            if match["adj"] and match["adj"] not in lx.DEMONYMS and _country(match["adj"]) is None:
                continue
            entity = cast.describe(match.group(), (number, match.start()))
            if entity is None:
                continue
            alias = match.group()
            entity.add_alias(alias[0].lower() + alias[1:])
            country = _country(match["of"]) or _country(match["adj"])
            if country and entity.country is None:
                entity.country = country
            title = _ROLE_TITLES.get(match["role"])
            if title and country:
                entity.roles.append(f"{title} of {country}")


_HEADS = ("president", "prime minister", "premier", "chancellor", "king", "queen", "supreme leader")
_GOVERNMENT_HEADS = ("prime minister", "premier", "chancellor")


def _holds(entity: Entity, role: str, country: str | None) -> int:
    """How well a role the article gave someone answers a description's (0: not at all). A country's
    leader is whoever leads it now: the president in 'the Russian leader', the chancellor before the
    president in 'the German leader'; 'the majority leader' is no head of state, a former one leads nothing."""
    if role != "leader" or not country:
        return int(any(role in r.lower() for r in entity.roles))  # 'the former president' too
    roles = [r.lower() for r in entity.roles if "former" not in r.lower()]
    first = ("president",) if country in lx.PRESIDENTIAL_COUNTRIES else _GOVERNMENT_HEADS
    if any(h in r for r in roles for h in first):
        return 2
    return int(any(h in r for r in roles for h in _HEADS))


def _country(word: str | None) -> str | None:
    if not word:
        return None
    if word in lx.DEMONYMS:
        return lx.DEMONYMS[word]
    if word in lx.COUNTRY_DEMONYM:
        return lx.DEMONYMS.get(lx.COUNTRY_DEMONYM[word], word)
    if word in lx.PLACES:
        return word
    return None


def _best_role(entity: Entity) -> str | None:
    """The most formal role the article gives: 'President of Ukraine' over 'Ukrainian President'."""
    if not entity.roles:
        return None
    for role in entity.roles:
        if " of " in role and role.split()[0] in _ROLE_TITLES.values():
            return role
    role = entity.roles[0]
    words = role.split()
    if len(words) == 2 and words[0] in lx.DEMONYMS and words[1] in _ROLE_TITLES.values():
        return f"{words[1]} of {lx.DEMONYMS[words[0]]}"
    return role
