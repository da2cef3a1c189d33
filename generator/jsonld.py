"""schema.org data for search engines and fact-check aggregators, embedded as JSON-LD."""
from __future__ import annotations

from .archive import Article, PersonEntry
from .export import safe_json


def dumps(data: dict) -> str:
    """JSON safe inside <script>: no '</script>', no '<!--', whatever the text holds."""
    return safe_json(data)


def news_article(article: Article, link, person_of) -> dict:
    doc = article.doc
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": doc.title,
        "datePublished": doc.date.isoformat(),
        "url": link.full(article.url),
        # Who is mentioned, by reference: their page's own Person data has role and aliases.
        "mentions": [{"@type": "Person", "name": p.name, "url": link.full(p.url)} for p in _people(doc, person_of)],
        "hasPart": [quotation(doc, q, person_of) for q in doc.annotations.quotations() if q.kind != "indirect"],
    }
    if doc.source:
        data["isBasedOn"] = doc.source
    reviews = [claim_review(article, c, link) for c in doc.annotations.claims if c.rating]
    if reviews:
        data["review"] = reviews
    return data


def _people(doc, person_of) -> list[PersonEntry]:
    found = [person_of(doc, p.name) for p in doc.annotations.people]
    return [p for p in found if p is not None]


def person(entry: PersonEntry, link) -> dict:
    data = {"@type": "Person", "name": entry.name, "url": link.full(entry.url)}
    if entry.role:
        data["jobTitle"] = entry.role
    if entry.aliases:
        data["alternateName"] = sorted(entry.aliases)
    return data


def person_page(entry: PersonEntry, link) -> dict:
    return {"@context": "https://schema.org", **person(entry, link)}


def quotation(doc, quote, person_of) -> dict:
    data = {"@type": "Quotation", "text": quote.text}
    speaker = person_of(doc, quote.speaker)
    if speaker is not None:
        data["creator"] = {"@type": "Person", "name": speaker.name}
    elif quote.speaker:
        data["creator"] = {"@type": "Organization", "name": quote.speaker}
    return data


def claim_review(article: Article, claim, link) -> dict:
    return {
        "@type": "ClaimReview",
        "url": link.full(article.url) + f"#s{claim.sentence}",
        "claimReviewed": claim.text,
        "itemReviewed": {"@type": "Claim", "author": {"@type": "Thing", "name": claim.claimant or "unknown"},
                         "appearance": article.doc.source or link.full(article.url)},
        "reviewRating": {"@type": "Rating", "alternateName": claim.rating},
    }
