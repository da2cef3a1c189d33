"""Index all Documents once into an Archive: articles by date, people, figure subjects, mentioned dates.

A person, a figure subject and a day are the same idea (a term with a page listing what points to
it); every index is a dict built in one pass, so no page ever scans the whole archive.
"""
from __future__ import annotations

import bisect
import functools
import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from . import urls
from .model import Claim, DateMention, Document, Figure, Person, Problem, Quote
from .slugs import Slugger

# Page folders a person or figure slug must not shadow (none can, as they sit below people/ and
# figures/; these are the names of list pages that share those folders).
_RESERVED = ("page",)


@dataclass(frozen=True, slots=True)
class Article:
    doc: Document
    url: str
    position: float = 0  # in the archive's newest-first order (a fraction for a previewed new article)


@dataclass(eq=False)  # one entry per person: identity is equality
class PersonEntry:
    name: str
    slug: str
    role: str | None = None
    aliases: set[str] = field(default_factory=set)
    quotes: list[tuple[Article, Quote]] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    mentions: Counter = field(default_factory=Counter)  # day → articles mentioning them that day
    co_mentioned: Counter = field(default_factory=Counter)  # other person's name → articles shared

    @property
    def url(self) -> str:
        return urls.person(self.slug)


@dataclass(eq=False)
class FigureSubject:
    label: str
    slug: str
    values: list[tuple[Article, Figure]] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)  # each once, newest first

    @property
    def url(self) -> str:
        return urls.figure(self.slug)


@dataclass
class Archive:
    articles: list[Article]  # newest first
    people: dict[str, PersonEntry]  # canonical name → entry
    figures: dict[str, FigureSubject]  # subject key → subject
    by_day: dict[dt.date, list[Article]]
    mentioned: dict[str, list[tuple[Article, DateMention]]]  # resolved date value → mentions
    quotes: list[tuple[Article, Quote]]
    claims: list[tuple[Article, Claim]]
    _names: dict[tuple[str, str], str]  # (document path, name as written) → canonical person name
    _aliases: dict[str, str] = field(default_factory=dict)  # the curated alias file: name → canonical
    _same: dict[str, str] = field(default_factory=dict)  # a name → the name its person has across the archive
    _positions: dict = field(default_factory=dict, repr=False)  # person or figure subject → see positions()

    @functools.cached_property
    def by_path(self) -> dict[str, Article]:
        """Each article by its content file's path (made when first asked: the dev server asks)."""
        return {article.doc.path: article for article in self.articles}

    @functools.cached_property
    def url_owners(self) -> dict[str, str]:
        """Which content file's article has each URL."""
        return {article.url: article.doc.path for article in self.articles}

    def person_of(self, doc: Document, name: str | None) -> PersonEntry | None:
        """The archive's person for a name as one document writes it (full name, alias or variant)."""
        canonical = self._names.get((doc.path, name or ""))
        return self.people.get(canonical) if canonical else None

    def learn_names(self, doc: Document) -> None:
        """Let person_of read a document the archive was built without (the dev server's preview of a
        new article): its names lead to the people the archive already has; nothing else changes."""
        for person in doc.annotations.people:
            if self.canonical(person) in self.people:
                self._map_names(doc, person)

    def canonical(self, person: Person) -> str:
        """The name a person is indexed under: the curated alias file's, else the one the archive uses
        for the same person written another way (see same_people), else theirs."""
        return self._aliases.get(person.name) or self._same.get(person.name, person.name)

    def _map_names(self, doc: Document, person: Person) -> None:
        for written in (person.name, *person.aliases):
            self._names[(doc.path, written)] = self.canonical(person)

    def positions(self, term: PersonEntry | FigureSubject) -> list[float]:
        """Where a person's or a figure subject's articles sit in the archive's order (ascending),
        made once a build: related() looks them up for every article that shares the term."""
        found = self._positions.get(term)
        if found is None:
            found = self._positions[term] = [article.position for article in term.articles]
        return found

    def figure_of(self, counts: str | None) -> FigureSubject | None:
        key = figure_subject(counts)[0] if counts else None
        return self.figures.get(key) if key else None


# ---------------------------------------------------------------- figure subjects

# Words for the same count, folded so "Russian soldiers died" and "Russian deaths" are one subject.
_SUBJECT_SYNONYMS = {
    "dead": "deaths", "died": "deaths", "death": "deaths", "killed": "deaths", "lost": "deaths",
    "fatalities": "deaths", "killings": "deaths", "casualties": "casualties", "injured": "injured",
    "wounded": "injured", "injuries": "injured", "refugee": "refugees", "displaced": "refugees",
}
_SUBJECT_FILLER = {"soldiers", "troops", "servicemen", "people", "persons", "have", "has", "been",
                   "were", "was", "the", "of", "who", "that", "number", "total", "a", "an"}


def figure_subject(counts: str) -> tuple[str, str]:
    """(key, label) of what a figure counts; the label reads like 'Russian deaths'."""
    words = re.findall(r"[\w'’-]+", counts)
    kept = []
    for word in words:
        lower = word.lower()
        folded = _SUBJECT_SYNONYMS.get(lower, lower)
        if folded in _SUBJECT_FILLER or (kept and kept[-1].lower() == folded):
            continue
        kept.append(word if folded == lower else folded)
    kept = kept or words
    key = " ".join(w.lower() for w in kept)
    label = " ".join(kept)
    return key, label[:1].upper() + label[1:]


# ---------------------------------------------------------------- building

def build_archive(docs: list[Document], aliases: dict[str, str] | None = None) -> Archive:
    """Index documents (drafts already filtered by the caller) in one pass each."""
    aliases = aliases or {}
    article_slugs: dict[dt.date, Slugger] = defaultdict(Slugger)
    ordered = sorted(docs, key=_order, reverse=True)
    articles = [Article(d, urls.article(d.date, article_slugs[d.date].slug(d.path, d.slug)), n)
                for n, d in enumerate(ordered)]
    archive = Archive(articles=articles, people={}, figures={}, by_day=defaultdict(list),
                      mentioned=defaultdict(list), quotes=[], claims=[], _names={}, _aliases=aliases,
                      _same=same_people(docs, aliases))
    person_slugs, figure_slugs = Slugger(_RESERVED), Slugger(_RESERVED)
    for article in articles:
        _index_people(archive, article, person_slugs)
        _index_text(archive, article, figure_slugs)
    _sort_indexes(archive)
    return archive


_PARTICLES = frozenset("de van von der den da di du del la le bin al el ter".split())
_SUFFIXES = frozenset("Jr. Jr Sr. Sr II III IV".split())
_INITIAL = re.compile(r"^(?:[A-Z]\.)+$")
# A surname alone is a full name's when at least this many articles, and 9 in 10 of those that write
# it for someone's full name, write it for theirs: 'Trump' for Donald Trump, not 'Roberts' seen once.
_SURNAME_SUPPORT, _SURNAME_SHARE = 2, 0.9


def same_people(docs: list[Document], aliases: dict[str, str]) -> dict[str, str]:
    """Names that are one person across the archive, each mapped to the name the archive lists them
    under: 'Donald J. Trump' and 'Donald Trump' (a middle initial more or less), and a surname alone
    ('Trump', 'De Blasio') where the articles that write it for a full name agree on whose. A name in
    the curated alias file (`aliases`), as variant or as canonical name, is left as the file says:
    nothing is merged into it or out of it."""
    written: Counter = Counter()  # each name, by the number of articles that list the person under it
    surname_uses: dict[str, Counter] = defaultdict(Counter)  # surname → full names it stands for, by article
    for doc in docs:
        for person in doc.annotations.people:
            name = aliases.get(person.name, person.name)
            written[name] += 1
            surname = (_surname(name) or "").lower()
            if surname and any(alias.lower() == surname for alias in person.aliases):
                surname_uses[surname][name] += 1
    same = _initials_dropped(written)
    for name in written:
        if _surname(name) is None or _surname_only(name):
            owner = _owner(name.lower(), surname_uses, same)
            if owner is not None:
                same[name] = owner
    curated = set(aliases) | set(aliases.values())
    return {name: to for name, to in same.items() if name != to and name not in curated and to not in curated}


def _initials_dropped(written: Counter) -> dict[str, str]:
    """'Donald J. Trump' and 'Donald Trump' → the form without initials, which the news mostly uses
    (so one more article does not move the person's page), else the one more articles use. Names
    whose initials differ ('George H.W. Bush', 'George W. Bush') or whose suffix does ('Donald Trump
    Jr.') are left apart."""
    groups: dict[tuple, list[str]] = defaultdict(list)
    for name in written:
        words = name.split()
        if len(words) >= 2:
            groups[(words[0], " ".join(w for w in words[1:] if not _INITIAL.match(w)))].append(name)
    same = {}
    for names in groups.values():
        initials = {tuple(w for w in n.split() if _INITIAL.match(w)) for n in names} - {()}
        if len(names) > 1 and len(initials) <= 1:
            chosen = min(names, key=lambda n: (sum(1 for w in n.split() if _INITIAL.match(w)), -written[n], n))
            same.update((n, chosen) for n in names)
    return same


def _owner(surname: str, surname_uses, same) -> str | None:
    """The full name the archive's articles mean by a surname alone, if they agree on one."""
    uses: Counter = Counter()
    for name, count in surname_uses.get(surname, Counter()).items():
        uses[same.get(name, name)] += count
    if not uses:
        return None
    name, count = uses.most_common(1)[0]
    return name if count >= _SURNAME_SUPPORT and count >= _SURNAME_SHARE * sum(uses.values()) else None


def _surname(name: str) -> str | None:
    """'Donald Trump' → 'Trump', 'Bill de Blasio' → 'de Blasio', 'John G. Roberts Jr.' → 'Roberts';
    None for a name of one word."""
    words = [w for w in name.split() if w not in _SUFFIXES]
    if len(words) < 2:
        return None
    start = len(words) - 1
    while start > 1 and words[start - 1].lower() in _PARTICLES:
        start -= 1
    return " ".join(words[start:])


def _surname_only(name: str) -> bool:
    """'De Blasio': a surname with its particle, no first name."""
    words = name.split()
    return len(words) > 1 and all(w.lower() in _PARTICLES for w in words[:-1])


def _order(doc: Document) -> tuple:
    """Articles are listed by this, newest first."""
    return doc.date, doc.title, doc.path


def position_for(archive: Archive, doc: Document) -> float:
    """Where a document the archive was built without would sit in its newest-first order: between
    its two neighbours (a fraction, so that it is no other article's position)."""
    key, articles = _order(doc), archive.articles
    low, high = 0, len(articles)
    while low < high:
        middle = (low + high) // 2
        if _order(articles[middle].doc) > key:
            low = middle + 1
        else:
            high = middle
    return low - 0.5


def slug_clashes(archive: Archive) -> list[Problem]:
    """Articles of one day whose file names give the same slug: each but one was published under a
    changed URL, which the editor should choose by renaming a file."""
    owner = {(a.doc.date, a.doc.slug): a for a in archive.articles if a.url.endswith(f"/{a.doc.slug}/")}
    problems = []
    for article in archive.articles:
        first = owner.get((article.doc.date, article.doc.slug))
        if first is not None and first is not article:
            problems.append(Problem(article.doc.path, 1, (
                f"duplicate slug: {first.doc.path} already has the URL {first.url}; this article is published "
                f"at {article.url} instead. Rename one of the files to give each its own name.")))
    return problems


def _index_people(archive: Archive, article: Article, slugger: Slugger):
    doc = article.doc
    names = []
    for person in doc.annotations.people:
        canonical = archive.canonical(person)
        entry = archive.people.get(canonical)
        if entry is None:
            entry = archive.people[canonical] = PersonEntry(canonical, slugger.slug(canonical))
        entry.role = entry.role or person.role
        entry.aliases.update(a for a in (person.name, *person.aliases) if a != canonical)
        archive._map_names(doc, person)
        if canonical not in names:
            names.append(canonical)
            entry.articles.append(article)
            entry.mentions[doc.date] += 1
    for name in names:
        archive.people[name].co_mentioned.update(n for n in names if n != name)


def _index_text(archive: Archive, article: Article, slugger: Slugger):
    doc, notes = article.doc, article.doc.annotations
    archive.by_day[doc.date].append(article)
    for quote in notes.quotations():
        archive.quotes.append((article, quote))
        person = archive.person_of(doc, quote.speaker)
        if person is not None:
            person.quotes.append((article, quote))
    for figure in notes.figures:
        if not figure.counts:
            continue
        key, label = figure_subject(figure.counts)
        subject = archive.figures.get(key)
        if subject is None:
            subject = archive.figures[key] = FigureSubject(label, slugger.slug(key, label))
        subject.values.append((article, figure))
        if not subject.articles or subject.articles[-1] is not article:
            subject.articles.append(article)
    for mention in notes.dates:
        archive.mentioned[mention.date].append((article, mention))
    archive.claims.extend((article, claim) for claim in notes.claims)


def _sort_indexes(archive: Archive) -> None:
    """Articles were visited newest first, so every list is already newest first; figures go by date."""
    for subject in archive.figures.values():
        subject.values.sort(key=lambda item: (figure_date(item[0], item[1]), item[1].value), reverse=True)
    archive.by_day = dict(sorted(archive.by_day.items(), reverse=True))
    archive.mentioned = dict(sorted(archive.mentioned.items()))


def figure_date(article: Article, figure: Figure) -> str:
    """As of when a figure was reported: its own as-of date if given, else the article's date."""
    return figure.as_of or article.doc.date.isoformat()


def related(archive: Archive, article: Article, limit: int = 5) -> list[Article]:
    """Articles sharing the most people or figure subjects with this one (bounded work per term)."""
    scores: Counter = Counter()
    doc = article.doc
    people = {archive.person_of(doc, p.name) for p in doc.annotations.people} - {None}
    subjects = {archive.figure_of(f.counts) for f in doc.annotations.figures} - {None}
    for term in sorted(people, key=lambda p: p.name) + sorted(subjects, key=lambda s: s.slug):
        scores.update(nearest(archive.positions(term), article.position))
    scores.pop(article.position, None)
    best = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]
    return [archive.articles[position] for position, _ in best]


def nearest(positions: list[float], position: float, window: int = 25) -> list[float]:
    """The positions of a term's articles closest in time to `position` (lists are newest first).

    A person in thousands of articles must not make related() quadratic: only a window is looked at.
    """
    at = bisect.bisect_left(positions, position)
    return positions[max(0, at - window): at + window + 1]
