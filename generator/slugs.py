"""Readable, safe URL slugs: never empty, never a path, never colliding within one kind."""
from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^\w]+")
MAX_LENGTH = 80


def slugify(text: str, fallback: str = "untitled") -> str:
    """Lower-case words joined by '-': accents dropped, other scripts kept, nothing that walks a path."""
    decomposed = unicodedata.normalize("NFKD", text)
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    slug = _NON_WORD.sub("-", letters.lower()).replace("_", "-").strip("-")
    slug = re.sub(r"-{2,}", "-", slug)
    if len(slug) > MAX_LENGTH:
        cut = slug[:MAX_LENGTH]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else cut
    return slug or fallback


class Slugger:
    """Hands out slugs unique within one namespace: a second 'John Smith' becomes 'john-smith-2'."""

    def __init__(self, reserved: tuple[str, ...] = ()):
        self._taken: set[str] = set(reserved)
        self._given: dict[str, str] = {}

    def slug(self, key: str, text: str | None = None) -> str:
        if key in self._given:
            return self._given[key]
        base = slugify(text if text is not None else key)
        slug, n = base, 2
        while slug in self._taken:
            slug, n = f"{base}-{n}", n + 1
        self._taken.add(slug)
        self._given[key] = slug
        return slug
