"""The bracketed-span syntax `[text]{.class key="value"}`: parse it, write it, and escape plain text for it.

This is the one parser of the markup; the indexer (content.py) and the renderer (markup.py) both use it.
Offsets are into the markup string; `plain()` maps the markup to the text a reader sees.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

QUOTE_MARKS = "\"“”‘’'«»„"


def widen_to_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """A quote's span takes in its quotation marks when both stand around it, so the reader sees
    them highlighted too (the annotator checks crossings on the span as it will be written)."""
    if start > 0 and end < len(text) and text[start - 1] in QUOTE_MARKS and text[end] in QUOTE_MARKS:
        return start - 1, end + 1
    return start, end


# What a backslash escapes. Python-Markdown knows most of these; markup.py teaches it the rest.
ESCAPABLE = frozenset("\\`*_{}[]()<>#+-.!&\"'|~=:")

_ATTR_TOKEN = re.compile(
    r"""\s*(?:
        \.(?P<cls>[A-Za-z][\w-]*)
      | \#(?P<id>[A-Za-z][\w-]*)
      | (?P<key>[A-Za-z_][\w-]*)=(?:"(?P<dq>(?:[^"\\]|\\.)*)"|'(?P<sq>(?:[^'\\]|\\.)*)'|(?P<bare>[^\s"'{}]+))
    )""",
    re.VERBOSE | re.DOTALL,
)
_BARE_VALUE = re.compile(r"[\w.:/+@%-]+")
_BACKTICKS = re.compile(r"`+")
_SPACES = re.compile(r"\s*")
_OPENING = re.compile(r"[\\`\[]")
_BRACKETING = re.compile(r"[\\`\[\]]")


@dataclass(frozen=True)
class Span:
    cls: str
    attrs: tuple[tuple[str, str], ...]
    children: tuple  # of str (raw markup) and Span
    start: int  # offset of '['
    end: int  # offset just past '}'

    def get(self, key: str, default: str | None = None) -> str | None:
        return dict(self.attrs).get(key, default)


@dataclass(frozen=True)
class SyntaxProblem:
    offset: int
    message: str


class _Parser:
    def __init__(self, text: str):
        self.text = text
        self.problems: list[SyntaxProblem] = []

    def nodes(self, start: int, stop: int) -> list:
        """Parse text[start:stop] into str pieces and Spans."""
        out, piece_start, i = [], start, start
        while (m := _OPENING.search(self.text, i, stop)) is not None:  # jump to the next \\, ` or [
            i, c = m.start(), m[0]
            if c == "\\":
                i += 2
            elif c == "`":
                i = self._skip_code(i, stop)
            else:
                span = self._span_at(i, stop)
                if span is None:
                    i += 1
                    continue
                if piece_start < i:
                    out.append(self.text[piece_start:i])
                out.append(span)
                i = piece_start = span.end
        if piece_start < stop:
            out.append(self.text[piece_start:stop])
        return out

    def _skip_code(self, i: int, stop: int) -> int:
        run = _BACKTICKS.match(self.text, i, stop).end() - i
        fence = "`" * run
        close = self.text.find(fence, i + run, stop)
        return close + run if close != -1 else i + run

    def _closing_bracket(self, i: int, stop: int) -> int | None:
        depth, j = 0, i
        while (m := _BRACKETING.search(self.text, j, stop)) is not None:
            j, c = m.start(), m[0]
            if c == "\\":
                j += 2
                continue
            if c == "`":
                j = self._skip_code(j, stop)
                continue
            if c == "[":
                depth += 1
            elif c == "]":
                depth -= 1
                if depth == 0:
                    return j
                inner_end = self._attribute_block_end(j + 1, stop)
                if inner_end is not None:  # skip a nested span's attributes: values may hold anything
                    j = inner_end
                    continue
            j += 1
        return None

    def _attribute_block_end(self, start: int, stop: int) -> int | None:
        if start >= stop or self.text[start] != "{":
            return None
        _, pos = self._attribute_tokens(start + 1, stop)
        return pos + 1 if pos < stop and self.text[pos] == "}" else None

    def _attribute_tokens(self, start: int, stop: int) -> tuple[list[re.Match], int]:
        """The tokens of an attribute block that starts after '{', and where they stop."""
        tokens, pos = [], start
        while (m := _ATTR_TOKEN.match(self.text, pos, stop)) is not None:
            tokens.append(m)
            pos = m.end()
        return tokens, _SPACES.match(self.text, pos, stop).end()

    def _span_at(self, i: int, stop: int) -> Span | None:
        close = self._closing_bracket(i, stop)
        if close is None or close + 1 >= stop or self.text[close + 1] != "{":
            return None
        attrs = self._attributes(close + 2, stop)
        if attrs is None:
            return None
        cls, pairs, end = attrs
        children = tuple(self.nodes(i + 1, close))
        return Span(cls=cls, attrs=pairs, children=children, start=i, end=end)

    def _attributes(self, start: int, stop: int):
        """Read `.kind key=value …}` from start; (kind, pairs, offset past '}') or None if malformed."""
        classes, pairs = [], []
        tokens, pos = self._attribute_tokens(start, stop)
        for m in tokens:
            if m["cls"]:
                classes.append(m["cls"])
            elif m["id"]:
                pairs.append(("id", m["id"]))
            else:
                value = m["dq"] if m["dq"] is not None else m["sq"] if m["sq"] is not None else m["bare"]
                pairs.append((m["key"], re.sub(r"\\(.)", r"\1", value)))
        block_end = self.text.find("}", pos, stop)
        if block_end == -1:
            self.problems.append(SyntaxProblem(start - 1, "the attribute block '{…' is never closed with '}'"))
            return None
        block = self.text[start - 1:block_end + 1]
        if block_end != pos:
            self.problems.append(SyntaxProblem(
                pos, f"cannot read the attributes {block}: write .kind key=value or key=\"a value\""))
            return None
        if not classes:
            self.problems.append(SyntaxProblem(
                start - 1, f"the span {block} has no kind: start it with .quote, .figure, .date or .claim"))
            return None
        pairs.extend(("class", extra) for extra in classes[1:])
        return classes[0], tuple(pairs), block_end + 1


def parse(text: str) -> tuple[list, list[SyntaxProblem]]:
    """Parse markup into str pieces and Spans; malformed markup stays literal and is reported."""
    parser = _Parser(text)
    nodes = parser.nodes(0, len(text))
    parser.problems.extend(_stray_closers(nodes))
    return nodes, sorted(parser.problems, key=lambda p: p.offset)


_STRAY = re.compile(r"\]\{\s*\.")


def _stray_closers(nodes, offset: int = 0) -> list[SyntaxProblem]:
    """A ']{.kind' in literal text whose ']' has no '[' before it closes a span never opened."""
    found, pos = [], offset
    for node in nodes:
        if isinstance(node, Span):
            found += _stray_closers(node.children, node.start + 1)
            pos = node.end
            continue
        if "]{" not in node and "] {" not in node:
            pos += len(node)
            continue
        # Code is not markup; an escaped '[' still opens the brackets an editor typed.
        visible = re.sub(r"(`+).+?\1|\\[^\[]", lambda m: " " * len(m[0]), node)
        depth = 0
        for at, char in enumerate(visible):
            if char == "[":
                depth += 1
            elif char == "]" and depth:
                depth -= 1
            elif char == "]" and _STRAY.match(visible, at):
                found.append(SyntaxProblem(pos + at, "']{…}' closes a span that was never opened with '['"))
        pos += len(node)
    return found


def unescape(markup: str) -> str:
    if "\\" not in markup:
        return markup
    return re.sub(r"\\(.)", lambda m: m[1] if m[1] in ESCAPABLE else m[0], markup)


def plain(nodes) -> tuple[str, list[tuple[Span, int, int]]]:
    """The reader's text of parsed markup, and each span (nested ones too) with its [start, end) in it."""
    parts: list[str] = []
    located: list[tuple[Span, int, int]] = []
    length = 0  # of the text so far: summing the parts for every span would be quadratic

    def walk(items):
        nonlocal length
        for node in items:
            if isinstance(node, Span):
                begin = length
                walk(node.children)
                located.append((node, begin, length))
            else:
                part = unescape(_strip_code_fences(node))
                parts.append(part)
                length += len(part)

    walk(nodes)
    located.sort(key=lambda item: (item[1], -item[2]))
    return "".join(parts), located


def _strip_code_fences(markup: str) -> str:
    if "`" not in markup:
        return markup
    return re.sub(r"(`+)(.+?)\1", r"\2", markup)


# ---------------------------------------------------------------- writing

_LINE_START = re.compile(r"^(?:[#>+\-=|~]|\d+(?=[.)]))")


def escape(text: str) -> str:
    """Markup for plain text, so that Markdown and the span syntax show it exactly as it is."""
    out = re.sub(r"[\\`*_\[\]]", r"\\\g<0>", text)
    out = re.sub(r"<(?=[A-Za-z/!?])", r"\\<", out)
    out = re.sub(r"&(?=#?\w+;)", r"\\&", out)
    m = _LINE_START.match(out)
    if m:  # a heading, quote, list, rule or numbered list if left as it is
        at = m.end() if m.group().isdigit() else 0
        out = out[:at] + "\\" + out[at:]
    return out


def format_attrs(cls: str, attrs: dict[str, object]) -> str:
    parts = [f".{cls}"]
    for key, value in attrs.items():
        if value is None or value == "":
            continue
        value = _number_text(value) if isinstance(value, float) else str(value)
        if _BARE_VALUE.fullmatch(value):
            parts.append(f"{key}={value}")
        else:
            parts.append(f'{key}="' + value.replace("\\", "\\\\").replace('"', '\\"') + '"')
    return "{" + " ".join(parts) + "}"


def _number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(value)


@dataclass(frozen=True)
class Mark:
    """A span to write over plain text [start, end)."""
    start: int
    end: int
    cls: str
    attrs: dict


def write(text: str, marks: list[Mark]) -> str:
    """Markup for plain text with marks as (possibly nested) spans; a mark crossing another is dropped."""
    ordered = sorted((m for m in marks if 0 <= m.start < m.end <= len(text)),
                     key=lambda m: (m.start, -m.end, m.cls))
    nested, stack = [], []
    for mark in ordered:
        while stack and stack[-1].end <= mark.start:
            stack.pop()
        if stack and mark.end > stack[-1].end:
            continue  # crosses its container: cannot be written as nested spans
        nested.append(mark)
        stack.append(mark)
    return _write_range(text, 0, len(text), nested, at_line_start=True)


def _write_range(text: str, start: int, end: int, marks: list[Mark], at_line_start: bool) -> str:
    out, pos, i = [], start, 0
    while i < len(marks):
        mark = marks[i]
        j = i + 1
        while j < len(marks) and marks[j].start < mark.end:  # nested marks follow their container
            j += 1
        out.append(_escape_piece(text[pos:mark.start], at_line_start and pos == 0))
        body = _write_range(text, mark.start, mark.end, marks[i + 1:j], False)
        out.append(f"[{body}]{format_attrs(mark.cls, mark.attrs)}")
        pos = mark.end
        i = j
    out.append(_escape_piece(text[pos:end], at_line_start and pos == 0))
    return "".join(out)


def _escape_piece(piece: str, at_line_start: bool) -> str:
    if at_line_start:
        return escape(piece)
    return escape("x" + piece)[1:]  # the line-start rules apply only at the start of a line
