"""The search index: what the search box looks through, as JSON beside the pages (no server needed).

Two files, so that typing feels instant on a large archive: search/index.json (articles, people and
figure subjects: small, fetched when the box is first used) and search/quotes.json (every quote, far
larger, fetched right after). URLs are relative to the site root; search.js resolves them.
"""
from __future__ import annotations

from .archive import Archive
from .export import safe_json
from .numbers import format_number
from .pages import latest_figures

QUOTE_CHARS = 160  # enough to recognise a quote; the full text is one click away


def index_context(archive: Archive) -> dict:
    """What search/index.json shows, as the page context the build fingerprints."""
    return {"articles": archive.articles,
            "people": sorted(archive.people.values(), key=lambda p: p.name),
            "figures": [(subject, figure) for subject, _article, figure in latest_figures(archive)]}


def index_json(context: dict) -> str:
    payload = {
        "articles": [[a.doc.title, a.url, a.doc.date.strftime("%-d %b %Y")] for a in context["articles"]],
        "people": [[p.name, p.url, " ".join(sorted(p.aliases)), p.role or "", len(p.quotes)]
                   for p in context["people"]],
        "figures": [[s.label, s.url, format_number(f.value, f.unit)] for s, f in context["figures"]],
    }
    return safe_json(payload) + "\n"


def quotes_json(archive: Archive) -> str:
    """Direct and partial quotes with their speaker's name as the archive knows them.

    Each row is [text, speaker, article, sentence], the article by its place in index.json's list:
    quotes are most of the index, and a number is a tenth of the size of the article's URL.
    """
    rows = []
    for article, quote in archive.quotes:
        if quote.kind == "indirect":
            continue
        person = archive.person_of(article.doc, quote.speaker)
        speaker = person.name if person else (quote.speaker or "")
        text = quote.text if len(quote.text) <= QUOTE_CHARS else quote.text[:QUOTE_CHARS - 1].rstrip() + "…"
        rows.append([text, speaker, article.position, quote.sentence])
    return safe_json(rows) + "\n"
