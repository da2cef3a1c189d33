"""Render the Archive to files: one Jinja2 environment, the pages from pages.py, data and feeds."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import jinja2

from . import jsonld, pages, search, urls
from .archive import Archive, Article, related
from .content import blocks
from .export import article_json, figure_json, safe_json
from .markup import Links, Renderer
from .numbers import format_number
from .pages import Page


@dataclass(frozen=True)
class SiteConfig:
    base_url: str = "/"
    title: str = "News Archive"
    per_page: int = 50
    feed_size: int = 50


def make_environment(templates: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        autoescape=True,  # every value from a seed or front matter is text, never markup
        undefined=jinja2.StrictUndefined,
        auto_reload=False,  # one environment per build: never stat a template again for each page
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["number"] = format_number
    env.filters["by_article"] = pages.by_article
    env.filters["jsonld"] = lambda data: jinja2.utils.markupsafe.Markup(jsonld.dumps(data))
    return env


class SiteRenderer:
    def __init__(self, archive: Archive, config: SiteConfig, templates: Path):
        self.archive, self.config, self.templates = archive, config, templates
        self.env = make_environment(templates)
        self.env.globals.update(person_of=archive.person_of, figure_of=archive.figure_of,
                                date_target=date_target, paths=urls, jsonld_person=jsonld.person_page)
        self.markdown = Renderer()

    # ------------------------------------------------------------ which pages

    def pages(self) -> Iterator[Page]:
        """Every HTML page of the site, lazily, in a stable order."""
        archive, per_page = self.archive, self.config.per_page
        yield pages.home(archive, per_page)
        for article in archive.articles:
            yield self.article(article)
        yield from pages.articles_index(archive, per_page)
        yield from pages.people_index(archive, per_page)
        for entry in archive.people.values():
            yield from pages.person(archive, entry, per_page)
        yield pages.figures_index(archive)
        for subject in archive.figures.values():
            yield from pages.figure(subject, per_page)
        yield from pages.date_pages(archive, per_page)
        yield from pages.quotes_index(archive, per_page)
        yield from pages.claims_index(archive, per_page)
        yield Page("search/", "search.html", {})

    def outputs(self) -> Iterator[Page]:
        """Everything the site holds: the pages, then the files made from them, data and assets."""
        html = list(self.pages())
        yield from html
        yield Page("404.html", "404.html", {})
        yield Page("feed.xml", "feed.xml", {"articles": self.archive.articles[: self.config.feed_size]})
        yield Page("sitemap.xml", "sitemap.xml", {"pages": [p.path for p in html]})
        yield Page("robots.txt", "robots.txt", {})
        yield Page("data/articles.json", "data", {"articles": self.archive.articles})
        yield Page("data/people.json", "data", {"people": _sorted_people(self.archive)})
        yield Page("data/figures.json", "data", {"figures": _sorted_figures(self.archive)})
        yield Page("search/index.json", "search", search.index_context(self.archive))
        yield Page("search/quotes.json", "search", {"articles": self.archive.articles, "quotes": True})
        yield Page(".nojekyll", "static", {"data": ""})  # GitHub Pages: serve folders as they are
        for path in sorted((self.templates / "assets").rglob("*")):
            if path.is_file():
                rel = path.relative_to(self.templates).as_posix()
                yield Page(rel, "asset", {"source": str(path), "bytes": path.read_bytes()})

    def article(self, article: Article) -> Page:
        doc = article.doc
        direct = [q for q in doc.annotations.quotations() if q.kind != "indirect"]
        return Page(article.url, "article.html", {
            "article": article,
            "people": [p for p in (self.archive.person_of(doc, x.name) for x in doc.annotations.people) if p],
            "quoted": pages.by_speaker(direct, lambda name: self.archive.person_of(doc, name)),
            "related": related(self.archive, article),
        })

    def _article_html(self, article: Article, link: urls.Linker) -> dict:
        """The expensive part of an article page, made only when the page is rendered."""
        doc = article.doc
        links = self._span_links(doc, link)
        return {
            "title_html": self.markdown.inline(doc.title_markup, links),
            "body_html": self.markdown.blocks([text for _, _, text in blocks(doc.body)], links),
            "structured": jsonld.news_article(article, link, self.archive.person_of),
        }

    def _span_links(self, doc, link: urls.Linker) -> Links:
        def person(name):
            entry = self.archive.person_of(doc, name)
            return link(entry.url) if entry else None

        def figure(counts):
            subject = self.archive.figure_of(counts)
            return link(subject.url) if subject else None

        def date(value):
            target = date_target(value)
            return link(target) if target else None

        def name(written):
            entry = self.archive.person_of(doc, written)
            return entry.name if entry else written

        return Links(person=person, name=name, figure=figure, date=date)

    # ------------------------------------------------------------ writing

    def compile_templates(self) -> None:
        """Compile every template now (pages, the base and macros they use), e.g. before forking."""
        for name in self.env.list_templates():
            if not name.startswith("assets/"):
                self.env.get_template(name)

    def write_pages(self, out: Path, pages: list[Page], keep_same: bool = False) -> list[str]:
        """Render and write pages; the files written. keep_same leaves a file that would not change
        untouched (the dev server reloads only the pages that really changed)."""
        folders: set[Path] = set()
        written = []
        for page in pages:
            data = self.render_page(page)
            if isinstance(data, str):
                data = data.encode("utf-8")
            elif keep_same and not isinstance(data, bytes):
                data = b"".join(data)  # to be compared with the file, whole
            name = urls.output_file(page.path)
            target = out / name
            if keep_same and _same_file(target, data):
                continue
            if target.parent not in folders:
                target.parent.mkdir(parents=True, exist_ok=True)
                folders.add(target.parent)
            write_file(target, data)
            written.append(name)
        return written

    def render_page(self, page: Page) -> str | bytes | Iterator[bytes]:
        if page.template == "asset":
            return page.context["bytes"]
        if page.template == "static":
            return page.context["data"]
        if page.template == "data":
            return _data_json(page.context)
        if page.template == "search":
            return search.quotes_json(self.archive) if "quotes" in page.context else search.index_json(page.context)
        link = urls.Linker(page.path, self.config.base_url, absolute=page.path == "404.html")
        context = {"site": self.config, "url": link, "page_path": page.path, **page.context}
        if page.template == "article.html":
            context.update(self._article_html(page.context["article"], link))
        html = self.env.get_template(page.template).render(context)
        return compact_html(html) if page.template.endswith(".html") else html


_LINE_INDENT = re.compile(r"\n[ \t\r\n]+")  # ASCII whitespace only: a no-break space is content


def compact_html(html: str) -> str:
    """Drop the templates' indentation and blank lines: a fifth of a page's bytes, none of what it shows.
    Whitespace that starts with a newline renders as one space anywhere but in <pre> and <textarea>."""
    if "<pre" in html or "<textarea" in html:
        return html
    return _LINE_INDENT.sub("\n", html)


def _same_file(target: Path, data: bytes) -> bool:
    try:
        return target.stat().st_size == len(data) and target.read_bytes() == data
    except OSError:
        return False


def write_file(target: Path, data: bytes | Iterator[bytes]) -> None:
    """Replace a file through a temporary name: never writes into a file another site shares by link.
    data may come in pieces, written as they come."""
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as f:
            if isinstance(data, bytes):
                f.write(data)
            else:
                f.writelines(data)
    except BaseException:
        tmp.unlink(missing_ok=True)  # the pieces failed part way: leave nothing half-made behind
        raise
    os.replace(tmp, target)


def _sorted_people(archive: Archive):
    return sorted(archive.people.values(), key=lambda p: p.name)


def _sorted_figures(archive: Archive):
    return sorted(archive.figures.values(), key=lambda s: s.label)


def _data_json(context: dict) -> Iterator[bytes]:
    """data/*.json beside the pages, in the shapes of `annotate --json`: a JSON list, made and written
    item by item. Made whole, data/articles.json at 20,000 articles was some 300 MB of Python objects,
    then a 100 MB string three times over (escaping): the largest part of a cold build's peak memory."""
    yield b"["
    for i, item in enumerate(_data_items(context)):
        # Compact: `indent` would switch json to its pure-Python encoder, several times slower.
        yield (b"," if i else b"") + safe_json(item).encode("utf-8")
    yield b"]\n"


def _data_items(context: dict) -> Iterator[dict]:
    if "articles" in context:
        return ({**article_json(a.doc.path.rsplit("/", 1)[-1], a.doc.title, a.doc.date, a.doc.source,
                                a.doc.annotations), "url": a.url} for a in context["articles"])
    if "people" in context:
        return ({"name": p.name, "aliases": sorted(p.aliases), "role": p.role, "url": p.url,
                 "articles": len(p.articles), "quotes": len(p.quotes)} for p in context["people"])
    return ({"subject": s.label, "url": s.url, "values": [{**figure_json(f), "article": a.url} for a, f in s.values]}
            for s in context["figures"])


def date_target(value: str) -> str | None:
    """The page a resolved date links to: its day, its month, or the first day of a range."""
    day = pages.mentioned_day(value)
    if day is not None:
        return urls.day(day)
    if len(value) == 7:
        return urls.month(int(value[:4]), int(value[5:]))
    return None
