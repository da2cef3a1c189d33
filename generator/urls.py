"""Every URL of the site comes from here, so the site works at a domain root or under a sub-path.

Pages live at folder paths relative to the site root ("people/volodymyr-zelensky/"); links between
pages are made relative, except on pages served at any depth (404.html), which use the base path.
"""
from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

HOME = ""


def article(date: dt.date, slug: str) -> str:
    return f"{day(date)}{slug}/"


def day(date: dt.date) -> str:
    return f"{date:%Y/%m/%d}/"


def month(year: int, month_: int) -> str:
    return f"{year:04d}/{month_:02d}/"


def year(year_: int) -> str:
    return f"{year_:04d}/"


def person(slug: str) -> str:
    return f"people/{slug}/"


def figure(slug: str) -> str:
    return f"figures/{slug}/"


def paginated(path: str, page: int) -> str:
    """Page 1 of a list is the list's own URL; later pages are page/N/ below it."""
    return path if page <= 1 else f"{path}page/{page}/"


def output_file(path: str) -> str:
    """The file that serves a page path: folders get index.html."""
    return path + "index.html" if path == "" or path.endswith("/") else path


def base_path(base_url: str) -> str:
    """The path part of --base-url, always starting and ending with '/'."""
    path = urlsplit(base_url).path if "://" in base_url else base_url
    return "/" + path.strip("/") + "/" if path.strip("/") else "/"


class Linker:
    """Makes links from one page to others: relative, or from the base path where depth is unknown."""

    def __init__(self, page: str, base_url: str = "/", absolute: bool = False):
        self.page = page
        self.base = base_path(base_url)
        self.absolute = absolute
        self.site_url = base_url.rstrip("/") + "/" if "://" in base_url else None
        self._here = page.split("/")[:-1]  # the page's folder: "people/x/" → [people, x]
        self._made: dict[str, str] = {}  # a page links to the same few places many times

    def __call__(self, target: str) -> str:
        made = self._made.get(target)
        if made is None:
            made = self._made[target] = self.base + target if self.absolute else self._relative(target)
        return made

    def _relative(self, target: str) -> str:
        here = self._here
        there = target.split("/")
        shared = 0
        while shared < min(len(here), len(there) - 1) and here[shared] == there[shared]:
            shared += 1
        return ("../" * (len(here) - shared) + "/".join(there[shared:])) or "./"

    def full(self, target: str) -> str:
        """An absolute URL for feeds, sitemaps and canonical links (the base path when no domain)."""
        return (self.site_url + target) if self.site_url else self.base + target
