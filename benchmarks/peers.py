"""Turn a corpus into the peers' input: a Hugo site and a Pelican site of the same articles.

Each article becomes plain Markdown: its title, its date, its sentences as paragraphs, and the people
our annotator found in it as a taxonomy (Hugo: a `people` taxonomy; Pelican: tags). So each peer
renders an article page per article, paginated list pages, and a term page per person, as ours does.
"""
from __future__ import annotations

import datetime as dt
import json
import shutil
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
HUGO_FILES = HERE / "hugo"
PELICAN_FILES = HERE / "pelican"


@dataclass(frozen=True)
class PlainArticle:
    """An article as the peers see it: no annotations but the people."""
    name: str  # file stem, unique in the corpus
    title: str
    date: dt.date
    paragraphs: tuple[str, ...]
    people: tuple[str, ...]


def write_hugo_site(articles: list[PlainArticle], folder: Path) -> None:
    """hugo.toml and layouts from benchmarks/hugo/, articles in content/posts/ with YAML front matter."""
    shutil.copytree(HUGO_FILES, folder)
    posts = folder / "content" / "posts"
    posts.mkdir(parents=True)
    (posts / "_index.md").write_text('---\ntitle: "Articles"\n---\n', encoding="utf-8")
    for article in articles:
        (posts / f"{article.name}.md").write_text(hugo_markdown(article), encoding="utf-8")


def hugo_markdown(article: PlainArticle) -> str:
    # JSON strings are valid YAML strings, and escape whatever a title may hold.
    front = (f"---\ntitle: {_quoted(article.title)}\ndate: {article.date.isoformat()}\n"
             f"people: [{', '.join(_quoted(p) for p in article.people)}]\n---\n\n")
    return front + "\n\n".join(article.paragraphs) + "\n"


def write_pelican_site(articles: list[PlainArticle], folder: Path) -> None:
    """pelicanconf.py from benchmarks/pelican/, articles in content/ with Pelican's metadata lines."""
    shutil.copytree(PELICAN_FILES, folder)
    content = folder / "content"
    content.mkdir()
    for article in articles:
        (content / f"{article.name}.md").write_text(pelican_markdown(article), encoding="utf-8")


def pelican_markdown(article: PlainArticle) -> str:
    tags = ", ".join(p.replace(",", " ") for p in article.people)  # a comma separates tags
    head = (f"Title: {article.title}\nDate: {article.date.isoformat()}\nCategory: news\n"
            f"Slug: {article.name.lower()}\n")
    if tags:
        head += f"Tags: {tags}\n"
    return head + "\n" + "\n\n".join(article.paragraphs) + "\n"


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)
