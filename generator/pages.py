"""Which pages the site has and the data each shows: one function per page kind, no HTML here.

Each function returns Pages (path, template, context); render.py turns them into files. Long lists are
paginated by one helper, so a person with 5,000 quotes or a month with 20,000 articles never makes one
giant page.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterator, Sequence

from . import urls
from .archive import Archive, Article, FigureSubject, PersonEntry, figure_date

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


@dataclass(frozen=True, slots=True)
class Page:
    path: str  # folder path below the site root ("people/x/") or a file path ("feed.xml")
    template: str
    context: dict


@dataclass(frozen=True, slots=True)
class Pager:
    """Where one page of a paginated list sits among its siblings."""
    number: int
    count: int
    base: str

    @property
    def prev(self) -> str | None:
        return urls.paginated(self.base, self.number - 1) if self.number > 1 else None

    @property
    def next(self) -> str | None:
        return urls.paginated(self.base, self.number + 1) if self.number < self.count else None


def paginate(base: str, template: str, items: Sequence, per_page: int, first_page: dict | None = None,
             **context) -> Iterator[Page]:
    """Pages base, base/page/2/, … each with `items` (its slice) and `pager`; one page when empty.

    first_page: what only the first page shows (a person's panels, a chart); None on the others, so
    that neither their fingerprints nor their renders depend on it.
    """
    count = max(1, -(-len(items) // per_page))
    first_page = first_page or {}
    later = dict.fromkeys(first_page)
    for number in range(1, count + 1):
        chunk = items[(number - 1) * per_page: number * per_page]
        yield Page(urls.paginated(base, number), template,
                   {**context, **(first_page if number == 1 else later),
                    "items": chunk, "pager": Pager(number, count, base), "total": len(items)})


def by_article(items: Sequence[tuple[Article, object]]) -> list[tuple[Article, list]]:
    """(article, item) pairs as runs of one article each: a list names its source once per run."""
    runs: list[tuple[Article, list]] = []
    for article, item in items:
        if runs and runs[-1][0] is article:
            runs[-1][1].append(item)
        else:
            runs.append((article, [item]))
    return runs


def by_speaker(quotes: Sequence, person_of) -> list[tuple[PersonEntry | None, str | None, list]]:
    """An article's quotes under each speaker, in the order they first speak, so that a name is shown
    once: (their entry in the archive or None, the name as first written, their quotes). "Zelensky"
    and "Volodymyr Zelensky" are one speaker when person_of says they are one person."""
    runs: dict[object, tuple[PersonEntry | None, str | None, list]] = {}
    for quote in quotes:
        person = person_of(quote.speaker)
        key = person.name if person is not None else quote.speaker
        runs.setdefault(key, (person, quote.speaker, []))[2].append(quote)
    return list(runs.values())


# ---------------------------------------------------------------- the archive's terms


def mentioned_day(value: str) -> dt.date | None:
    """The day page a resolved date links to: a day, or the first day of a range; None for a month."""
    first = value.split("/")[0]
    return dt.date.fromisoformat(first) if len(first) == 10 else None


def calendar(archive: Archive) -> dict[dt.date, dict]:
    """Every day with a page: days articles were published, and days articles mention."""
    days: dict[dt.date, dict] = defaultdict(lambda: {"published": [], "mentions": []})
    for day, articles in archive.by_day.items():
        days[day]["published"] = articles
    for value, mentions in archive.mentioned.items():
        day = mentioned_day(value)
        if day is not None:
            days[day]["mentions"].extend(mentions)
    return dict(sorted(days.items(), reverse=True))


def months_mentioned(archive: Archive) -> dict[tuple[int, int], list]:
    months: dict[tuple[int, int], list] = defaultdict(list)
    for value, mentions in archive.mentioned.items():
        if len(value) == 7:
            months[(int(value[:4]), int(value[5:]))].extend(mentions)
    return months


# ---------------------------------------------------------------- pages


def home(archive: Archive, per_page: int) -> Page:
    quoted = sorted(archive.people.values(), key=lambda p: (-len(p.quotes), p.name))
    return Page(urls.HOME, "home.html", {
        "articles": archive.articles[:per_page],
        "quoted_people": [p for p in quoted if p.quotes][:10],
        "latest_figures": latest_figures(archive)[:10],
    })


def latest_figures(archive: Archive) -> list[tuple[FigureSubject, Article, object]]:
    """Each subject's most recent value, most recent subjects first."""
    latest = [(subject, *subject.values[0]) for subject in archive.figures.values() if subject.values]
    return sorted(latest, key=lambda t: (figure_date(t[1], t[2]), t[0].label), reverse=True)


def people_index(archive: Archive, per_page: int) -> Iterator[Page]:
    people = sorted(archive.people.values(), key=lambda p: (sort_name(p.name), p.name))
    yield from paginate("people/", "people.html", people, per_page)


def sort_name(name: str) -> str:
    """People are listed by surname, as an index in print would."""
    parts = name.split()
    return " ".join(parts[-1:] + parts[:-1]).lower()


def person(archive: Archive, entry: PersonEntry, per_page: int) -> Iterator[Page]:
    together = [(archive.people[name], n) for name, n in
                sorted(entry.co_mentioned.items(), key=lambda kv: (-kv[1], kv[0]))[:10]]
    by_month: Counter = Counter()
    for day, n in entry.mentions.items():
        by_month[(day.year, day.month)] += n
    panels = {"articles": entry.articles[:20], "together": together,
              "timeline": [(y, m, MONTHS[m - 1], n) for (y, m), n in sorted(by_month.items())]}
    yield from paginate(entry.url, "person.html", entry.quotes, per_page, first_page=panels, person=entry)


def figures_index(archive: Archive) -> Page:
    groups: dict[str, list] = defaultdict(list)
    for subject, article, figure in latest_figures(archive):
        groups[subject.label.split()[-1].capitalize()].append((subject, article, figure))
    ordered = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    return Page("figures/", "figures.html", {"groups": ordered})


def figure(subject: FigureSubject, per_page: int) -> Iterator[Page]:
    yield from paginate(subject.url, "figure.html", subject.values, per_page,
                        first_page={"chart": chart(subject)}, subject=subject)


@dataclass(frozen=True)
class Chart:
    """An inline SVG line chart's geometry: the template only draws it."""
    width: int
    height: int
    points: tuple[tuple[float, float, str, float], ...]  # x, y, as-of date, value
    low: float
    high: float

    @property
    def polyline(self) -> str:
        """The line through each date's highest value; every value still gets its dot."""
        top: dict[float, float] = {}
        for x, y, _, _ in self.points:
            top[x] = min(y, top.get(x, y))  # SVG y grows downwards
        return " ".join(f"{x:.1f},{y:.1f}" for x, y in sorted(top.items()))


def chart(subject: FigureSubject, limit: int = 200, width: int = 640, height: int = 220) -> Chart | None:
    """The values over time, when they were reported on more than one date."""
    values = sorted({(figure_date(a, f), f.value) for a, f in subject.values[:limit]})
    days = sorted({_as_day(d) for d, _ in values})
    if len(days) < 2:
        return None
    low, high = min(v for _, v in values), max(v for _, v in values)
    span_days = (days[-1] - days[0]).days or 1
    pad = 24
    def x(day: str) -> float:
        return pad + (width - 2 * pad) * (_as_day(day) - days[0]).days / span_days
    def y(value: float) -> float:
        return height - pad - (height - 2 * pad) * ((value - low) / (high - low) if high > low else 0.5)
    return Chart(width, height, tuple((x(d), y(v), d, v) for d, v in values), low, high)


def _as_day(value: str) -> dt.date:
    return dt.date.fromisoformat(value[:10] if len(value) >= 10 else value[:7] + "-01")


def day_page(day: dt.date, entry: dict, per_page: int) -> Iterator[Page]:
    yield from paginate(urls.day(day), "day.html", entry["published"], per_page,
                        first_page={"mentions": entry["mentions"][:per_page]}, day=day)


def month_page(year: int, month: int, days: list[dt.date], published: list[Article],
               mentions: list, per_page: int) -> Iterator[Page]:
    yield from paginate(urls.month(year, month), "month.html", published, per_page,
                        first_page={"mentions": mentions[:per_page]}, year=year, month=month,
                        month_name=MONTHS[month - 1], days=days)


def year_page(year: int, months: list[tuple[int, int]]) -> Page:
    return Page(urls.year(year), "year.html", {"year": year, "months": months, "month_names": MONTHS})


def date_pages(archive: Archive, per_page: int) -> Iterator[Page]:
    """Day, month and year archives for every date published or mentioned."""
    days = calendar(archive)
    month_mentions = months_mentioned(archive)
    months: dict[tuple[int, int], list[dt.date]] = defaultdict(list)
    for day in days:
        months[(day.year, day.month)].append(day)
    for key in month_mentions:
        months.setdefault(key, [])
    for day, entry in days.items():
        yield from day_page(day, entry, per_page)
    years: dict[int, list] = defaultdict(list)
    for (year, month), in_month in sorted(months.items(), reverse=True):
        published = [a for d in in_month for a in days[d]["published"]]
        years[year].append((month, len(published)))
        yield from month_page(year, month, sorted(in_month), published,
                              month_mentions.get((year, month), []), per_page)
    for year, in_year in sorted(years.items(), reverse=True):
        yield year_page(year, in_year)
    yield from paginate("dates/", "dates.html", timeline(archive), per_page)


def timeline(archive: Archive) -> list[tuple[str, list]]:
    """The dates articles mention, earliest first, each with what was said about it."""
    return [(value, mentions) for value, mentions in archive.mentioned.items()]


def quotes_index(archive: Archive, per_page: int) -> Iterator[Page]:
    quotes = [(a, q) for a, q in archive.quotes if q.kind != "indirect"]
    yield from paginate("quotes/", "quotes.html", quotes, per_page)


def claims_index(archive: Archive, per_page: int) -> Iterator[Page]:
    yield from paginate("claims/", "claims.html", archive.claims, per_page)


def articles_index(archive: Archive, per_page: int) -> Iterator[Page]:
    yield from paginate("articles/", "articles.html", archive.articles, per_page)
