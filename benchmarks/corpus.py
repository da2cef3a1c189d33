"""Write N realistic synthetic news articles as seed files, the same ones for the same N and seed.

    python benchmarks/corpus.py --n 2000 --out /tmp/corpus      # writes /tmp/corpus/*.txt
    python benchmarks/corpus.py --n 300 --out /tmp/synth/seeds --gold /tmp/synth/gold.json
    python ../shared/eval/score_quotes.py /tmp/synth            # the annotator against who said what

Each article has a title, a date between 2016 and 2024, a source URL and 10–30 sentences: people from a
pool of a few hundred full names (introduced with their role, later called by surname, "he"/"she" or
"the prime minister"), direct quotes with speech verbs in several layouts, partial quotes, figures
("9,861 soldiers", "10 million refugees", "$40bn", "12%", "almost 10,000"), dates ("last Sunday",
"March 2", "earlier this month") and organisations.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

FIRST_DAY, LAST_DAY = dt.date(2016, 1, 1), dt.date(2024, 12, 31)
PEOPLE_IN_POOL = 400

FEMALE_FIRST = (
    "Anna", "Maria", "Olena", "Sarah", "Fatima", "Ingrid", "Claire", "Amina", "Lucia", "Yuki", "Priya",
    "Elena", "Sofia", "Hannah", "Grace", "Leila", "Nadia", "Marta", "Julia", "Aisha", "Catherine", "Ewa",
    "Helen", "Isabel", "Jessica", "Karen", "Laura", "Monica", "Natalia", "Rachel", "Teresa", "Ursula",
    "Valentina", "Zainab", "Agnes", "Beatriz", "Chloe", "Dagmar", "Esther", "Freya", "Gabriela", "Irina",
)
MALE_FIRST = (
    "James", "Volodymyr", "Ahmed", "Pierre", "Hans", "Carlos", "Kenji", "Rahul", "Mohammed", "David",
    "Sergei", "Thomas", "Daniel", "Oliver", "Ibrahim", "Lars", "Mateo", "Piotr", "Samuel", "Viktor",
    "Andrew", "Boris", "Christian", "Dmitri", "Emmanuel", "Felipe", "George", "Henrik", "Ivan", "Jonas",
    "Kwame", "Luis", "Marco", "Nikolai", "Omar", "Pablo", "Rafael", "Stefan", "Tomasz", "William",
)
SURNAMES = (
    "Kowalski", "Petrenko", "Okafor", "Lindqvist", "Moreau", "Schneider", "Tanaka", "Sharma", "Haddad",
    "Fischer", "Novak", "Romero", "Kuznetsov", "Mensah", "Bergström", "Rossi", "Dubois", "Nakamura",
    "Hoffmann", "Ivanova", "Costa", "Jensen", "Kaplan", "Lambert", "Mahmoud", "Nielsen", "Ortega",
    "Popescu", "Quinn", "Reyes", "Sokolov", "Torres", "Usman", "Varga", "Weber", "Yilmaz", "Zielinski",
    "Abbott", "Barnes", "Carter", "Donovan", "Ellison", "Fletcher", "Gallagher", "Hughes", "Irving",
    "Jameson", "Keller", "Lawson", "Mitchell", "Nolan", "O'Brien", "Palmer", "Reed", "Sullivan", "Turner",
    "Vaughn", "Whitaker", "Adeyemi", "Bauer", "Castillo", "Delgado", "Eriksson", "Ferreira", "Grünberg",
    "Horvat", "Iqbal", "Jovanovic", "Kim", "Larsen", "Moreno", "Nowak", "Olsen", "Park", "Rahman",
    "Santos", "Tkachenko", "Ueda", "Vasquez", "Wagner", "Xu", "Yamamoto", "Zhang", "Andersson", "Bianchi",
    "Chen", "Dimitrov", "Engel", "Falk", "Garcia", "Hassan", "Ito", "Jaramillo", "Kovacs", "Lopez",
    "Marchetti", "Nguyen", "Osei", "Petrov", "Richter", "Silva", "Tran", "Volkov", "Wright", "Young",
    "Ziegler", "Ahmadi", "Brennan", "Cohen", "Duarte", "Evans", "Fontaine", "Gomez", "Hartmann", "Ibarra",
    "Johansson", "Koch", "Lindberg", "Martins", "Navarro", "Oyelaran", "Pereira", "Ramos", "Schmidt",
    "Tomic", "Urban", "Vidal", "Walsh", "Yusuf", "Zapata", "Al-Masri", "Baptiste", "Cruz", "Dlamini",
)
ROLES = (
    "prime minister", "foreign minister", "health minister", "finance minister", "defence minister",
    "interior minister", "president", "opposition leader", "mayor", "governor", "spokesperson",
    "chief executive", "central bank governor", "police chief", "army commander", "union leader",
    "economist", "senator", "UN envoy", "aid worker", "climate scientist", "chief prosecutor", "judge",
    "party chairman", "trade minister", "energy minister", "education minister", "regional governor",
)
ORGANISATIONS = (
    "the United Nations", "the World Health Organization", "the International Monetary Fund",
    "the World Bank", "the European Commission", "NATO", "the Red Cross", "Amnesty International",
    "Human Rights Watch", "the central bank", "the interior ministry", "the defence ministry",
    "the health ministry", "the electoral commission", "the World Food Programme", "Unicef",
    "the UN refugee agency", "Medecins Sans Frontieres", "the African Union", "Opec",
    "the International Energy Agency", "the statistics office", "the supreme court", "parliament",
)
COUNTRIES = (
    "Ukraine", "Russia", "Germany", "France", "Poland", "Nigeria", "Brazil", "India", "Japan", "Kenya",
    "Turkey", "Mexico", "Italy", "Spain", "Sweden", "Egypt", "Pakistan", "Indonesia", "Canada", "Chile",
    "Hungary", "Romania", "Ghana", "Vietnam", "Colombia", "Ethiopia", "Greece", "Portugal", "Serbia",
)
CITIES = (
    "Kyiv", "Kharkiv", "Berlin", "Paris", "Warsaw", "Lagos", "Sao Paulo", "Mumbai", "Osaka", "Nairobi",
    "Istanbul", "Monterrey", "Milan", "Madrid", "Gothenburg", "Alexandria", "Karachi", "Jakarta",
    "Toronto", "Santiago", "Budapest", "Cluj", "Accra", "Hanoi", "Medellin", "Addis Ababa", "Athens",
    "Porto", "Belgrade", "Geneva", "Brussels", "Vienna", "Lviv", "Marseille", "Hamburg", "Krakow",
)
OUTLETS = (
    ("Reuters", "reuters.com"), ("the BBC", "bbc.co.uk"), ("the Guardian", "theguardian.com"),
    ("Al Jazeera", "aljazeera.com"), ("the Associated Press", "apnews.com"), ("CNN", "cnn.com"),
    ("the Financial Times", "ft.com"), ("Le Monde", "lemonde.fr"), ("Der Spiegel", "spiegel.de"),
    ("the New York Times", "nytimes.com"), ("Bloomberg", "bloomberg.com"), ("the Mirror", "mirror.co.uk"),
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")
SPEECH_VERBS = ("said", "said", "said", "added", "warned", "insisted", "explained", "declared")
SPEECH_PHRASES = ("told reporters", "told {outlet}", "wrote on social media", "said in a statement",
                  "said at a news conference in {city}")
# Roles written before a name as a title ("Finance Minister Anna Kowalski"); others go after it.
TITLE_ROLES = ("minister", "president", "mayor", "governor", "senator", "judge", "leader", "envoy")


@dataclass(frozen=True)
class Topic:
    """What articles of one kind talk about: what is counted, what is at stake, how titles go."""
    name: str
    counts: tuple[tuple[str, str], ...]  # (what is counted, what happened to them)
    money: tuple[str, ...]  # what money is for
    stakes: tuple[str, ...]  # objects of quotes: "we will not accept {stake}"
    events: tuple[str, ...]  # what started the story: "since {event}"
    titles: tuple[str, ...]


TOPICS = (
    Topic("conflict",
          counts=(("soldiers", "have been killed"), ("civilians", "have died"), ("people", "have fled their homes"),
                  ("refugees", "have crossed the border"), ("homes", "have been destroyed"),
                  ("troops", "have been deployed")),
          money=("in military aid", "for reconstruction", "in humanitarian aid"),
          stakes=("the ceasefire", "these attacks", "the occupied territories", "the peace talks",
                  "our soldiers", "a frozen conflict", "the security guarantees"),
          events=("the invasion began", "the shelling started", "the talks collapsed", "the offensive began"),
          titles=("{country} admits {figure} {counted} dead as fighting spreads to {city}",
                  "{surname} rules out talks before a ceasefire in {country}",
                  "Shelling of {city} forces {figure} people from their homes",
                  "{surname} says {country} will not give up territory",
                  "{org_title} warns of {figure} refugees as war enters {ordinal} month")),
    Topic("election",
          counts=(("votes", "have been counted"), ("voters", "have registered"), ("ballots", "were rejected"),
                  ("candidates", "are standing"), ("polling stations", "opened late")),
          money=("in campaign donations", "on advertising"),
          stakes=("the result", "a recount", "the will of the voters", "this coalition", "a second round"),
          events=("the campaign began", "polls closed", "the first debate"),
          titles=("{surname} claims victory in {city} with {percent} of the vote",
                  "Turnout in {country} falls to {percent} as {surname} concedes",
                  "{surname} and {surname2} head for run-off in {country}",
                  "{country} election: what {figure} votes tell us")),
    Topic("economy",
          counts=(("jobs", "have been lost"), ("companies", "have gone bankrupt"), ("workers", "went on strike"),
                  ("households", "are behind on their bills"), ("shops", "have closed")),
          money=("in new borrowing", "in tax cuts", "in subsidies", "of debt", "in lost output"),
          stakes=("these price rises", "the budget", "an interest rate rise", "the pension reform",
                  "cuts to public services", "the trade deal"),
          events=("inflation peaked", "the budget was announced", "the currency collapsed"),
          titles=("{org_title} cuts {country} growth forecast to {percent}",
                  "{surname} unveils {money} plan to rescue {country} economy",
                  "Inflation in {country} hits {percent}, highest since {year}",
                  "{figure} jobs at risk as {city} factory closes")),
    Topic("health",
          counts=(("new cases", "were reported"), ("patients", "are in hospital"), ("doses", "have been given"),
                  ("nurses", "have left the service"), ("deaths", "have been recorded")),
          money=("for hospitals", "for the vaccine programme", "in emergency funding"),
          stakes=("the waiting lists", "this outbreak", "the vaccination campaign", "our hospitals",
                  "the lockdown"),
          events=("the outbreak was declared", "the first case was confirmed", "the strike began"),
          titles=("{figure} new cases in {country} as hospitals near capacity",
                  "{surname} promises {money} for hospitals in {city}",
                  "{org_title} declares emergency over outbreak in {city}",
                  "Waiting lists in {country} reach {figure}")),
    Topic("disaster",
          counts=(("people", "have been evacuated"), ("homes", "were flooded"), ("bodies", "have been recovered"),
                  ("families", "are sleeping in shelters"), ("hectares", "have burned")),
          money=("in damage", "in emergency relief", "for rebuilding"),
          stakes=("the relief effort", "the warnings", "these families", "the rebuilding"),
          events=("the storm made landfall", "the earthquake struck", "the river burst its banks"),
          titles=("Floods in {city} leave {figure} people homeless",
                  "Death toll from {country} earthquake rises to {figure}",
                  "{surname} visits {city} as wildfires burn {figure} hectares",
                  "{org_title} appeals for {money} after storm hits {country}")),
    Topic("justice",
          counts=(("people", "have been arrested"), ("witnesses", "have testified"), ("documents", "were seized"),
                  ("complaints", "were filed"), ("officers", "were suspended")),
          money=("in fines", "in compensation", "in legal costs"),
          stakes=("this verdict", "the investigation", "the appeal", "the independence of the courts"),
          events=("the trial opened", "the raids began", "the charges were filed"),
          titles=("Former {role} {surname} jailed for {small} years in {city}",
                  "{surname} denies charges as trial opens in {city}",
                  "Court orders {country} to pay {money} over {city} contracts",
                  "{figure} arrested in {country} corruption inquiry")),
)

QUOTE_SUBJECTS = ("We", "We", "Our government", "This country", "The people of {place}", "I", "Everyone here",
                  "Those responsible", "Our partners", "The international community")
QUOTE_MODALS = ("will not", "cannot", "must", "will", "should not", "will never", "can no longer", "must not")
QUOTE_VERBS = ("accept", "ignore", "forget", "abandon", "defend", "protect", "pay for", "walk away from",
               "negotiate on", "underestimate", "give up on", "support")
QUOTE_TAILS = ("", "", " whatever it costs", " and that is a promise", " until the last {counted} are counted",
               " and we will prove it", ". That is the reality we face", ", not now and not ever",
               ". The numbers speak for themselves", ". We have said this from the very beginning")
QUOTE_SECOND = ("It is time to act.", "There is no other way.", "People are tired of waiting.",
                "We need answers, not excuses.", "This is only the beginning.", "History will judge us.",
                "The situation is getting worse every day.", "We are ready to talk.", "Nobody is above the law.",
                "I have never seen anything like it.")
PARTIAL_PHRASES = ("a catastrophe", "a turning point", "completely unacceptable", "a betrayal", "a historic day",
                   "deeply worrying", "the worst in a generation", "a step in the right direction",
                   "nothing short of a disaster", "a matter of life and death", "an insult to the victims",
                   "the beginning of the end")
BACKGROUND = (
    "Officials in {city} declined to comment.",
    "It was not immediately clear how the figures had been compiled.",
    "{org} has been criticised for its handling of the crisis.",
    "The talks in {city} are expected to resume {when_future}.",
    "Critics say the government has been too slow to respond.",
    "Analysts say the situation remains volatile.",
    "The figures could not be independently verified.",
    "{org} did not respond to a request for comment.",
    "Protesters gathered outside the ministry in {city} {when}.",
    "The decision was welcomed by {org}, which had called for it {when}.",
    "Similar measures were introduced in {country} in {year}.",
    "The opposition has called for an independent inquiry.",
)


@dataclass(frozen=True)
class Person:
    first: str
    surname: str
    female: bool
    role: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.surname}"

    @property
    def pronoun(self) -> str:
        return "she" if self.female else "he"


def people_pool(rng: random.Random, size: int = PEOPLE_IN_POOL) -> list[Person]:
    """A few hundred distinct people, each with a role they keep in every article."""
    pool: dict[str, Person] = {}
    while len(pool) < size:
        female = rng.random() < 0.45
        first = rng.choice(FEMALE_FIRST if female else MALE_FIRST)
        person = Person(first, rng.choice(SURNAMES), female, rng.choice(ROLES))
        pool.setdefault(person.name, person)
    return sorted(pool.values(), key=lambda p: p.name)


# ---------------------------------------------------------------- figures and dates


def count_figure(rng: random.Random, vague: bool = True) -> str:
    """A count as newspapers write it: 9,861 · almost 10,000 · 10 million · 1.5 million · 498."""
    shape = rng.random() * (1 if vague else 0.9)
    if shape < 0.35:
        return f"{rng.choice((rng.randint(12, 999), rng.randint(1_000, 99_999), rng.randint(100_000, 999_999))):,}"
    if shape < 0.6:
        hedge = rng.choice(("almost", "nearly", "more than", "at least", "about", "some", "over"))
        return f"{hedge} {rng.choice((100, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000)):,}"
    if shape < 0.8:
        return f"{rng.choice((1, 2, 3, 4, 10, 12, 20, 44))} million"
    if shape < 0.9:
        return f"{rng.randint(11, 49) / 10:g} million"
    return rng.choice(("dozens of", "hundreds of", "thousands of", "tens of thousands of"))


def money_figure(rng: random.Random) -> str:
    currency = rng.choice("$$£€")
    shape = rng.random()
    if shape < 0.4:
        return f"{currency}{rng.choice((1, 2, 5, 12, 40, 100, 250))}bn"
    if shape < 0.7:
        return f"{currency}{rng.randint(11, 99) / 10:g}bn"
    if shape < 0.9:
        return f"{currency}{rng.choice((50, 200, 500, 750))}m"
    return f"{currency}{rng.randint(10, 999) * 1000:,}"


def percent_figure(rng: random.Random) -> str:
    value = rng.choice((rng.randint(2, 80), rng.randint(11, 99) / 10))
    return f"{value:g}%" if rng.random() < 0.8 else f"{value:g} percent"


def date_phrase(rng: random.Random, published: dt.date) -> str:
    """A date relative to the article's: last Sunday · March 2 · earlier this month · on Tuesday."""
    shape = rng.random()
    if shape < 0.35:
        past = published - dt.timedelta(days=rng.randint(1, 40))
        return f"on {MONTH_NAMES[past.month - 1]} {past.day}"
    if shape < 0.55:
        return f"last {rng.choice(WEEKDAYS)}"
    if shape < 0.7:
        return f"on {rng.choice(WEEKDAYS)}"
    return rng.choice(("earlier this month", "last month", "last week", "earlier this year", "this week",
                       "last year", "in recent days"))


# ---------------------------------------------------------------- one article


@dataclass
class ArticleWriter:
    """Writes one article: keeps who was already introduced, so later mentions are short."""
    rng: random.Random
    topic: Topic
    published: dt.date
    cast: list[Person]
    country: str
    city: str
    introduced: set[str] = field(default_factory=set)
    last_speaker: Person | None = None
    line: int = 0  # the sentence being written, counted as seeds count them (the title is 0)
    said: list[dict] = field(default_factory=list)  # who said each quote: the gold a scorer compares with

    def credit(self, text: str, speaker: Person) -> None:
        self.said.append({"paragraph": self.line, "content": text, "source": speaker.name})

    def mention(self, person: Person, start: bool = False, pronoun: bool = True) -> str:
        """First time: 'Finance Minister Anna Kowalski'; later: surname, role or pronoun."""
        if person.name not in self.introduced:
            self.introduced.add(person.name)
            if any(word in person.role for word in TITLE_ROLES) and self.rng.random() < 0.6:
                return f"{_title_case(person.role)} {person.name}"
            return f"{person.name}, the {person.role},"
        choice = self.rng.random()
        if pronoun and person is self.last_speaker and choice < 0.3:
            return person.pronoun.capitalize() if start else person.pronoun
        if choice < 0.45:
            return f"The {person.role}" if start else f"the {person.role}"
        return person.surname

    def fill(self, template: str) -> str:
        rng = self.rng
        counted, _ = rng.choice(self.topic.counts)
        values = {
            "outlet": rng.choice(OUTLETS)[0], "city": self.city, "country": self.country, "place": rng.choice((self.city, self.country)),
            "org": rng.choice(ORGANISATIONS), "when": date_phrase(rng, self.published),
            "when_future": rng.choice(("next week", "later this month", "on Monday", "in the spring")),
            "year": str(rng.randint(1990, self.published.year - 1)), "counted": counted,
        }
        return template.format(**values)

    def quote_text(self) -> str:
        rng = self.rng
        clause = (f"{rng.choice(QUOTE_SUBJECTS)} {rng.choice(QUOTE_MODALS)} {rng.choice(QUOTE_VERBS)} "
                  f"{rng.choice(self.topic.stakes)}{rng.choice(QUOTE_TAILS)}")
        clause = self.fill(clause)
        if rng.random() < 0.35:
            return f"{clause}. {rng.choice(QUOTE_SECOND)}"
        return clause

    def quote(self) -> str:
        """A direct quote in one of the layouts newspapers use."""
        rng, speaker = self.rng, rng_speaker(self)
        text, who = self.quote_text(), self.mention(speaker)
        verb = rng.choice(SPEECH_VERBS) if rng.random() < 0.8 else self.fill(rng.choice(SPEECH_PHRASES))
        open_, close = ('"', '"') if rng.random() < 0.85 else ("“", "”")
        first, _, rest = text.partition(". ")
        layout = rng.random()
        if layout < 0.4:
            sentence = f"{open_}{_comma_end(text)}{close} {who} {verb}."
        elif layout < 0.55:
            sentence = f"{open_}{_comma_end(text)}{close} {rng.choice(SPEECH_VERBS)} {who.rstrip(',')}."
        elif layout < 0.8 or not rest:
            sentence = f"{_capital(who)} {verb}: {open_}{_full_stop(text)}{close}"
        else:
            sentence = f"{open_}{first},{close} {who} {verb}. {open_}{_full_stop(rest)}{close}"
        for part in ((first, rest) if layout >= 0.8 and rest else (text,)):
            self.credit(part, speaker)
        self.last_speaker = speaker
        return sentence.replace(",,", ",")

    def pronoun_quote(self) -> str:
        """'"…," she added.' — continues the last speaker."""
        if self.last_speaker is None:
            return self.quote()
        verb = self.rng.choice(("added", "said", "went on", "continued"))
        text = self.quote_text()
        self.credit(text, self.last_speaker)
        return f'"{_comma_end(text)}" {self.last_speaker.pronoun} {verb}.'

    def partial_quote(self) -> str:
        rng, speaker = self.rng, rng_speaker(self)
        phrase, stake = rng.choice(PARTIAL_PHRASES), rng.choice(self.topic.stakes)
        layout = rng.random()
        who = "" if layout >= 0.75 else _capital(self.mention(speaker, start=True))
        self.last_speaker = speaker
        self.credit(phrase, speaker)
        if layout < 0.5:
            return f'{who} described {stake} as "{phrase}".'
        if layout < 0.75:
            return f'{who} called it "{phrase}" and said {stake} would be discussed {date_phrase(rng, self.published)}.'
        return f'According to {self.mention(speaker, pronoun=False).rstrip(",")}, {stake} was "{phrase}" for {self.country}.'

    def fact(self) -> str:
        """A sentence carrying a figure, a source and often a date."""
        rng = self.rng
        counted, happened = rng.choice(self.topic.counts)
        figure = count_figure(rng)
        source = rng.choice(ORGANISATIONS)
        return _capital(self._fact_layout(rng.random(), source, counted, happened, figure))

    def _fact_layout(self, layout: float, source: str, counted: str, happened: str, figure: str) -> str:
        rng = self.rng
        if layout < 0.35:
            return self.fill(f"{source} said {figure} {counted} {happened} since {rng.choice(self.topic.events)}.")
        if layout < 0.55:
            return self.fill(f"{_capital(date_phrase(rng, self.published))}, {source} put the number of "
                             f"{counted} at {count_figure(rng, vague=False)}, up from {count_figure(rng, vague=False)} "
                             "a month earlier.")
        if layout < 0.7:
            return self.fill(f"The government has pledged {money_figure(rng)} {rng.choice(self.topic.money)}, "
                             f"about {percent_figure(rng)} of what {source} says is needed.")
        if layout < 0.85:
            return self.fill(f"In {self.city} alone, {figure} {counted} {happened}, according to figures "
                             f"published {date_phrase(rng, self.published)}.")
        return self.fill(f"Support for the plan has fallen to {percent_figure(rng)}, a poll for "
                         f"{rng.choice(OUTLETS)[0]} found {date_phrase(rng, self.published)}.")

    def background(self) -> str:
        return _capital(self.fill(self.rng.choice(BACKGROUND)))

    def opening(self) -> str:
        lead = self.cast[0]
        return _capital(self.fill(f"{_capital(self.mention(lead, start=True))} {self.rng.choice(('said', 'announced'))} "
                         f"{date_phrase(self.rng, self.published)} that {count_figure(self.rng)} "
                         f"people in {self.country} would be affected by {self.rng.choice(self.topic.stakes)}."))

    def title(self) -> str:
        rng = self.rng
        counted, _ = rng.choice(self.topic.counts)
        values = {
            "country": self.country, "city": self.city, "counted": counted, "figure": count_figure(rng, vague=False),
            "surname": self.cast[0].surname, "surname2": self.cast[-1].surname, "percent": percent_figure(rng),
            "money": money_figure(rng), "role": self.cast[0].role, "small": rng.randint(2, 15),
            "year": rng.randint(1990, self.published.year - 1), "org_title": _capital(rng.choice(ORGANISATIONS)),
            "ordinal": rng.choice(("second", "third", "fourth", "sixth", "tenth")),
        }
        return _capital(rng.choice(self.topic.titles).format(**values))

    def body(self) -> list[str]:
        kinds = (self.fact, self.quote, self.quote, self.pronoun_quote, self.partial_quote, self.background)
        weights = (4, 3, 2, 2, 2, 2)
        self.line = 1
        sentences = [self.opening()]
        for _ in range(self.rng.randint(9, 29)):
            self.line = len(sentences) + 1
            sentences.append(self.rng.choices(kinds, weights)[0]())
        return sentences


def rng_speaker(writer: ArticleWriter) -> Person:
    """Mostly someone already quoted or introduced, sometimes someone new to the story."""
    if writer.last_speaker and writer.rng.random() < 0.3:
        return writer.last_speaker
    return writer.rng.choice(writer.cast)


def _title_case(role: str) -> str:
    return " ".join(w if w.isupper() else w.capitalize() for w in role.split())


def _comma_end(text: str) -> str:
    """A quote followed by its speaker ends with a comma: "We are ready to talk," she said."""
    return (text[:-1] if text.endswith(".") else text) + ","


def _full_stop(text: str) -> str:
    return text if text.endswith((".", "!", "?")) else text + "."


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


# ---------------------------------------------------------------- the corpus


@dataclass(frozen=True)
class SyntheticArticle:
    file_name: str
    title: str
    published: dt.date
    source: str
    sentences: list[str]
    people: list[str]  # full names of the people the article mentions
    quotes: list[dict]  # each quote's words and who said them, by sentence: {"paragraph", "content", "source"}

    def seed_text(self) -> str:
        lines = [self.title, self.published.strftime("%Y%m%d"), self.source, *self.sentences]
        return "\n".join(lines) + "\n"


def generate(n: int, seed: int = 2024) -> list[SyntheticArticle]:
    """The same n articles for the same seed; article i does not depend on n."""
    pool = people_pool(random.Random(seed))
    return [_article(i, random.Random(f"{seed}-{i}"), pool) for i in range(n)]


def _article(index: int, rng: random.Random, pool: list[Person]) -> SyntheticArticle:
    published = FIRST_DAY + dt.timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))
    # A few people recur across many articles, like the leaders a news archive keeps quoting.
    famous = pool[: len(pool) // 10]
    cast = rng.sample(famous, 1) + rng.sample(pool, rng.randint(1, 4))
    cast = list({p.name: p for p in cast}.values())
    writer = ArticleWriter(rng, rng.choice(TOPICS), published, cast, rng.choice(COUNTRIES), rng.choice(CITIES))
    title = writer.title()
    sentences = writer.body()
    outlet = rng.choice(OUTLETS)[1]
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]
    source = f"https://www.{outlet}/news/{writer.topic.name}/{slug}-{rng.randrange(10**7, 10**8)}"
    file_name = f"{index:06d}_{rng.getrandbits(64):016x}.txt"
    return SyntheticArticle(file_name, title, published, source, sentences, [p.name for p in cast], writer.said)


def write_seeds(articles: list[SyntheticArticle], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for article in articles:
        (folder / article.file_name).write_text(article.seed_text(), encoding="utf-8")


def write_gold(articles: list[SyntheticArticle], path: Path) -> None:
    """Who said each quote, in the shape of ../shared/eval/*/gold.json, for score_quotes.py."""
    gold = {Path(a.file_name).stem: {"title": a.title, "date": a.published.isoformat(), "quotes": a.quotes}
            for a in articles}
    path.write_text(json.dumps(gold, indent=1, ensure_ascii=False), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description="Write N synthetic news articles as seed files.")
    parser.add_argument("--n", type=int, required=True, help="how many articles")
    parser.add_argument("--out", required=True, help="folder to write the .txt seeds into")
    parser.add_argument("--seed", type=int, default=2024, help="random seed (same seed, same articles)")
    parser.add_argument("--gold", help="also write who said each quote to this JSON file (score_quotes.py's "
                                       "gold.json: put the seeds in a seeds/ folder beside it)")
    args = parser.parse_args()
    articles = generate(args.n, args.seed)
    write_seeds(articles, Path(args.out))
    if args.gold:
        write_gold(articles, Path(args.gold))
    print(f"wrote {args.n} seeds to {args.out}")


if __name__ == "__main__":
    main()
