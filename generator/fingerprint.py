"""Fingerprints of what a page shows, so an incremental build renders only the pages that changed.

A page's output is a function of its template (and the templates it includes), its context, and a few
things every page may consult: the code, the site config, the alias file and the slugs that collisions
made irregular. Each of those is hashed here; two builds that hash alike render byte-identical pages.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import importlib.metadata
from pathlib import Path

import jinja2
from jinja2 import meta

from .archive import Archive, Article, FigureSubject, PersonEntry
from .model import Document
from .slugs import slugify


def digest(*parts: object) -> str:
    return hashlib.blake2b(repr(parts).encode("utf-8"), digest_size=16).hexdigest()


def files_digest(paths: list[Path]) -> str:
    h = hashlib.blake2b(digest_size=16)
    for path in sorted(paths):
        h.update(str(path).encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


# The libraries whose output is in the pages: upgrading one re-renders everything too.
_RENDERING_LIBRARIES = ("jinja2", "markdown", "nh3", "pyyaml", "python-frontmatter")


def code_digest() -> str:
    """The generator's own source and the versions of the libraries it renders with."""
    versions = []
    for name in _RENDERING_LIBRARIES:
        try:
            versions.append(f"{name}={importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            versions.append(f"{name}=?")
    return digest(files_digest(list(Path(__file__).parent.rglob("*.py"))), versions)


def template_digests(env: jinja2.Environment, folder: Path) -> dict[str, str]:
    """Each template's hash, including every template it extends, imports or includes."""
    sources = {name: env.loader.get_source(env, name)[0] for name in env.list_templates()
               if not name.startswith("assets/")}
    refs = {name: set(meta.find_referenced_templates(env.parse(src, name, str(folder / name)))) - {None}
            for name, src in sources.items()}

    def closure(name: str, seen: set[str]) -> set[str]:
        for ref in refs.get(name, ()):
            if ref not in seen and ref in sources:
                seen.add(ref)
                closure(ref, seen)
        return seen

    return {name: digest(*(sources[n] for n in sorted(closure(name, {name})))) for name in sources}


def irregular_slugs(archive: Archive) -> str:
    """Slugs that are not just slugify(name): the only cross-article state a link can depend on."""
    people = sorted((p.name, p.slug) for p in archive.people.values() if p.slug != slugify(p.name))
    figures = sorted((s.label, s.slug) for s in archive.figures.values() if s.slug != slugify(s.label))
    return digest(people, figures)


class ContextPrinter:
    """Hashes a page context: documents by their content hash, index entries by what pages show of them."""

    def __init__(self, doc_hashes: dict[str, str]):
        self.doc_hashes = doc_hashes

    def __call__(self, context: dict) -> str:
        h = hashlib.blake2b(digest_size=16)
        self._feed(h, context)
        return h.hexdigest()

    def _feed(self, h, value) -> None:
        kind = type(value)
        if kind in _PLAIN:
            h.update(repr(value).encode("utf-8"))
        elif kind is Article:
            h.update(f"A{value.url}|{self.doc_hashes[value.doc.path]}".encode())
        elif kind is list or kind is tuple:
            h.update(b"[")
            for item in value:
                self._feed(h, item)
                h.update(b",")
            h.update(b"]")
        elif kind is dict:
            for key in sorted(value):
                h.update(f"\0{key}=".encode())
                self._feed(h, value[key])
        elif kind is PersonEntry:
            h.update(repr(("P", value.name, value.slug, value.role, sorted(value.aliases),
                           len(value.quotes), len(value.articles))).encode("utf-8"))
        elif kind is FigureSubject:
            h.update(repr(("F", value.label, value.slug, len(value.values))).encode("utf-8"))
        elif kind is Document:
            h.update(f"D{self.doc_hashes[value.path]}".encode())
        elif kind is dt.date:
            h.update(value.isoformat().encode())
        elif dataclasses.is_dataclass(value) and kind.__dataclass_params__.frozen:
            h.update(repr(value).encode("utf-8"))  # frozen values (Quote, Figure, Pager…) print all they hold
        else:
            raise TypeError(f"cannot fingerprint {kind.__name__} in a page context")


_PLAIN = {str, bytes, int, float, bool, type(None)}
