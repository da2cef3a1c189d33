"""Render annotated Markdown to safe HTML: spans become <q>, <mark> and <time> with links and credits.

The spans are found by spans.parse in a treeprocessor that runs just before Python-Markdown's inline
processor, so nested spans work and emphasis, links and escapes inside them are still rendered.
Whatever raw HTML an editor wrote is then cleaned to an allow-list by nh3.
"""
from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from dataclasses import dataclass
from typing import Callable

import markdown
import nh3
from markdown.extensions import Extension
from markdown.serializers import to_html_string
from markdown.treeprocessors import Treeprocessor

from . import spans


@dataclass
class Links:
    """Where a rendered span links to, as URLs usable from the page being rendered (None: no link)."""
    person: Callable[[str], str | None] = lambda name: None
    name: Callable[[str], str] = lambda name: name  # a speaker's full name, as their page is titled
    figure: Callable[[str], str | None] = lambda counts: None
    date: Callable[[str], str | None] = lambda value: None


_ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "cite", "code", "del", "em", "figcaption", "figure", "h1", "h2",
    "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "li", "mark", "ol", "p", "pre", "q", "s", "small",
    "span", "strong", "sub", "sup", "table", "tbody", "td", "th", "thead", "time", "tr", "u", "ul",
}
_ALLOWED_ATTRIBUTES = {
    "*": {"class", "id", "title", "lang", "dir"},
    "a": {"href"}, "img": {"src", "alt", "width", "height"}, "time": {"datetime"}, "q": {"cite"},
    "td": {"colspan", "rowspan"}, "th": {"colspan", "rowspan", "scope"},
}


def sanitise(html: str) -> str:
    """Keep only harmless tags and attributes: no script, no event handler, no javascript: URL."""
    return nh3.clean(html, tags=_ALLOWED_TAGS, attributes=_ALLOWED_ATTRIBUTES,
                     url_schemes={"http", "https", "mailto"}, link_rel=None)


class _SpanTreeprocessor(Treeprocessor):
    def __init__(self, md, ext: "SpanExtension"):
        super().__init__(md)
        self.ext = ext

    def run(self, root: etree.Element) -> None:
        for parent in list(root.iter()):
            if parent.tag in ("pre", "code"):
                continue
            for child in list(parent):
                if child.tail and "[" in child.tail:
                    lead, built = self._elements(child.tail)
                    child.tail = lead
                    at = list(parent).index(child) + 1
                    parent[at:at] = built
            if parent.text and "[" in parent.text:
                lead, built = self._elements(parent.text)
                parent.text = lead
                parent[0:0] = built
        self.ext.block_count = len(root)
        anchored = root[:1] if self.ext.one_block else root
        for n, block in enumerate(anchored, start=self.ext.first_block):
            block.set("id", f"s{n}")

    def _elements(self, markup: str) -> tuple[str, list[etree.Element]]:
        nodes, _ = spans.parse(markup)
        return _assemble(nodes, self.ext.links)


def _assemble(nodes, links: Links, literal: bool = False) -> tuple[str, list[etree.Element]]:
    """Leading text and the elements for parsed nodes, each element's tail holding the text after it.

    literal: the text pieces hold no Markdown but escapes, so they are unescaped here (the fast path).
    """
    lead, out = "", []
    for node in nodes:
        if isinstance(node, str):
            node = spans.unescape(node) if literal else node
            if out:
                out[-1].tail = (out[-1].tail or "") + node
            else:
                lead += node
        else:
            out.extend(_span_elements(node, links, literal))
    return lead, out


def _span_elements(span: spans.Span, links: Links, literal: bool = False) -> list[etree.Element]:
    inner_lead, inner = _assemble(span.children, links, literal)
    element = _RENDERERS.get(span.cls, _unknown)(span, links)
    target = element[0] if len(element) else element  # the link inside a figure or date
    target.text = inner_lead
    target.extend(inner)
    credit = _credit(span, links)
    return [element, credit] if credit is not None else [element]


def _quote(span, links):
    indirect = span.get("kind") == "indirect"
    element = etree.Element("span" if indirect else "q")
    element.set("class", "hl hl-quote" + (" hl-indirect" if indirect else ""))
    return element  # who said it is in the visible credit that follows: no title to repeat it


def _figure(span, links):
    element = etree.Element("mark", {"class": "hl hl-figure"})
    href = links.figure(span.get("counts") or "")
    if href and not any(isinstance(c, spans.Span) for c in span.children):
        etree.SubElement(element, "a", {"href": href})  # its page says what the figure counts
    elif span.get("counts"):
        element.set("title", f"Figure · {span.get('counts')}")  # no link to say it
    return element


def _date(span, links):
    value = span.get("value") or ""
    element = etree.Element("time", {"class": "hl hl-date", "datetime": value.split("/")[0]})
    if "/" in value:
        element.set("title", f"Date · {value}")  # a range: datetime holds only its first day
    href = links.date(value)
    if href and not any(isinstance(c, spans.Span) for c in span.children):
        etree.SubElement(element, "a", {"href": href})
    return element


def _claim(span, links):
    return etree.Element("mark", {"class": "hl hl-claim"})  # the credit after it names the claimant


def _unknown(span, links):
    return etree.Element("span")


_RENDERERS = {"quote": _quote, "figure": _figure, "date": _date, "claim": _claim}


_CREDIT_VERB = {"quote": ("speaker", "said"), "claim": ("by", "claimed")}


def _credit(span: spans.Span, links: Links) -> etree.Element | None:
    """A visible credit after a quote or claim: who said it, linked to their page."""
    if span.cls not in _CREDIT_VERB or span.get("kind") == "continued":
        return None  # a quotation's further paragraphs: its credit follows its first
    key, verb = _CREDIT_VERB[span.cls]
    who = span.get(key)
    indirect = " credit-indirect" if span.get("kind") == "indirect" else ""
    credit = etree.Element("span", {"class": f"credit credit-{span.cls}{indirect}"})
    href = links.person(who) if who else None
    name = etree.SubElement(credit, "a", {"href": href}) if href else etree.SubElement(credit, "span")
    name.text = links.name(who) if who else "unattributed"
    name.tail = f" {verb}" if who else ""
    return credit


class SpanExtension(Extension):
    def __init__(self, **kwargs):
        self.links = Links()
        self.first_block = 1  # the number the first block's anchor gets
        self.one_block = False  # converting a single source block: only its first element is anchored
        self.block_count = 0
        super().__init__(**kwargs)

    def extendMarkdown(self, md) -> None:
        md.treeprocessors.register(_SpanTreeprocessor(md, self), "news-spans", 25)
        md.ESCAPED_CHARS = sorted(set(md.ESCAPED_CHARS) | spans.ESCAPABLE)


# ---------------------------------------------------------------- the fast path

# Text that Python-Markdown would leave as it is, but for escapes: no emphasis, code, links, HTML or
# entities, and no line start that makes a heading, list, quote, rule or code block.
_MARKDOWN_SYNTAX = re.compile(r"[*_`\[\]\n]|<(?=[A-Za-z/!?])|&#?\w+;|\\(?![\\" + re.escape("".join(spans.ESCAPABLE)) + "])")
_ENTITY = re.compile(r"&#?\w+;")
_BLOCK_START = re.compile(r"[#>+\-=|~*\s]|\d+[.)]")


def _plain_pieces(nodes) -> bool:
    for node in nodes:
        if isinstance(node, spans.Span):
            if not _plain_pieces(node.children):
                return False
        elif _MARKDOWN_SYNTAX.search(re.sub(r"\\.", "", node) if "\\" in node else node) \
                or ("&" in node and _ENTITY.search(spans.unescape(node))):
            return False  # (an escaped entity: the serializer would keep "&amp;" as an entity)
    return True


def _fast(markup: str, links: Links, tag: str | None, anchor: str | None) -> str | None:
    """The HTML Python-Markdown would make for a block of plain text and spans, or None if it is not one.

    Every generated file is such text; skipping Markdown's full pipeline (and nh3: no raw HTML can be
    in it) makes rendering several times faster. tests/test_markup.py checks both paths agree.
    """
    if not markup or markup != markup.strip() or _BLOCK_START.match(markup):
        return None
    nodes, problems = spans.parse(markup)
    if problems or not _plain_pieces(nodes):
        return None
    element = etree.Element(tag or "div")
    if anchor:
        element.set("id", anchor)
    element.text, children = _assemble(nodes, links, literal=True)
    element.extend(children)
    html = to_html_string(element)
    return html if tag else html[len("<div>"):-len("</div>")]


class Renderer:
    """One Markdown instance reused for every document (a new one per file is slow)."""

    def __init__(self):
        self._ext = SpanExtension()
        self._md = markdown.Markdown(extensions=[self._ext, "sane_lists"], output_format="html")

    def blocks(self, blocks: list[str], links: Links) -> str:
        """The body as HTML, block n anchored as s<n> (the loader numbers sentences the same way)."""
        fast = [_fast(block, links, "p", f"s{n}") for n, block in enumerate(blocks, 1)]
        if all(html is not None for html in fast):
            return "\n".join(fast)
        html = self._convert("\n\n".join(blocks), links)
        if self._ext.block_count != len(blocks):
            # A block that Markdown splits or merges (a heading glued to a paragraph, a loose list):
            # convert block by block so that every anchor still points at its own sentence.
            html = "\n".join(self._convert(block, links, first=n, one_block=True)
                             for n, block in enumerate(blocks, 1))
        return sanitise(html)

    def inline(self, markup: str, links: Links) -> str:
        """A one-line text such as the title, without the paragraph around it."""
        fast = _fast(markup, links, None, None)
        if fast is not None:
            return fast
        html = self._convert(markup, links)
        if html.startswith("<p") and html.endswith("</p>"):
            html = html[html.index(">") + 1:-4]
        return sanitise(html)

    def _convert(self, markup: str, links: Links, first: int = 1, one_block: bool = False) -> str:
        self._ext.links, self._ext.first_block, self._ext.one_block = links, first, one_block
        self._md.reset()
        return self._md.convert(markup)
