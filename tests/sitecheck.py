"""Crawl a built site as a host would serve it under a sub-path: every link must resolve."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import html5lib


@dataclass
class Crawl:
    pages: int = 0
    broken: list[tuple[str, str]] = field(default_factory=list)  # (page, href)
    html_errors: list[tuple[str, object]] = field(default_factory=list)
    scripts: list[tuple[str, str]] = field(default_factory=list)  # (page, script type or src)
    handlers: list[tuple[str, str]] = field(default_factory=list)  # (page, on* attribute)
    javascript_urls: list[tuple[str, str]] = field(default_factory=list)


def page_url(base: str, relative: str) -> str:
    return base + (relative[: -len("index.html")] if relative.endswith("index.html") else relative)


def crawl(site: Path, base: str = "/archive/") -> Crawl:
    result = Crawl()
    ids: dict[str, set[str]] = {}
    links: list[tuple[str, str]] = []
    for path in sorted(site.rglob("*.html")):
        relative = path.relative_to(site).as_posix()
        parser = html5lib.HTMLParser(tree=html5lib.getTreeBuilder("etree"), namespaceHTMLElements=False)
        tree = parser.parse(path.read_bytes())
        result.pages += 1
        result.html_errors += [(relative, e) for e in parser.errors]
        ids[relative] = {e.get("id") for e in tree.iter() if e.get("id")}
        for element in tree.iter():
            _check_element(result, relative, element, links, base)
    for relative, href in links:
        if not _resolves(site, base, relative, href, ids):
            result.broken.append((relative, href))
    return result


def _check_element(result: Crawl, relative: str, element, links: list, base: str) -> None:
    if not isinstance(element.tag, str):
        return
    for name, value in element.attrib.items():
        if name.lower().startswith("on"):
            result.handlers.append((relative, name))
        if name in ("href", "src", "action") and value.strip().lower().startswith("javascript:"):
            result.javascript_urls.append((relative, value))
    if element.tag == "script":
        src = element.get("src")
        result.scripts.append((relative, _site_file(base, relative, src) if src else element.get("type") or "inline"))
    for name in ("href", "src"):
        value = element.get(name)
        if value is not None and element.tag in ("a", "link", "img", "script"):
            links.append((relative, value))


def _site_file(base: str, relative: str, href: str) -> str:
    """'site:<file>' for a link to a file of this site, else the link as written."""
    target = urlsplit(urljoin("https://host" + page_url(base, relative), href))
    if target.netloc == "host" and target.path.startswith(base):
        return "site:" + unquote(target.path[len(base):])
    return href


def _resolves(site: Path, base: str, relative: str, href: str, ids: dict[str, set[str]]) -> bool:
    target = urlsplit(urljoin("https://host" + page_url(base, relative), href))
    if target.netloc != "host":
        return True  # another site: not ours to check
    if not target.path.startswith(base):
        return False  # escapes the sub-path: broken once hosted at /repo/
    local = unquote(target.path[len(base):])
    if local == "" or local.endswith("/"):
        local += "index.html"
    if not (site / local).is_file():
        return False
    return not target.fragment or target.fragment in ids.get(local, set())


def parse_xml(path: Path) -> ET.Element:
    return ET.parse(path).getroot()
