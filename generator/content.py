"""Annotated Markdown in content/: write it from a seed's Annotations, load it back into a Document.

The body is the single source of truth for everything anchored in the text (quotes, figures, dates,
claims): each is a span whose attributes say who and what. Front matter holds what is not anchored:
title, date, source, the people (name, aliases, role), organisations, and editorial fields.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit

import frontmatter
import yaml

from . import spans
from .model import (Annotations, Claim, DateMention, Document, Figure, InputError, Person, Problem,
                    Quote, Seed)

# The attributes each span kind takes; the first letter of a kind's docs entry in docs/annotating.md.
SPAN_ATTRIBUTES = {
    "quote": {"speaker", "kind", "id"},
    "figure": {"value", "qualifier", "counts", "by", "as-of", "unit", "id"},
    "date": {"value", "id"},
    "claim": {"by", "rating", "id"},
}
QUOTE_KINDS = ("direct", "partial", "indirect", "continued")
_DOUBLE_OPENING, _DOUBLE_CLOSING = '"“', '"”'
FIELDS = ("title", "date", "source", "seed", "people", "organisations", "draft", "ratings")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_MONTH = re.compile(r"\d{4}-\d{2}")
_BOUNDARY = frontmatter.default_handlers.YAMLHandler.FM_BOUNDARY


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml when present: ~20x faster
    """Safe YAML that leaves dates as text: PyYAML raises on 2022-02-30 with no line to report."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


# libyaml's emitter where installed (PyYAML's wheels have it): ten times the pure-Python one's speed.
_Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


# ---------------------------------------------------------------- writing

def to_markdown(seed: Seed, notes: Annotations) -> str:
    """The content file for a seed: front matter, then one paragraph a body line with its spans."""
    marks = _marks_by_sentence(seed, notes)
    notes = _with_known_speakers(notes)
    meta = {
        "title": spans.write(seed.title, marks.get(0, [])),
        "date": seed.date,
        "source": seed.source,
        "seed": Path(seed.path).name,
        "people": [_person_meta(p) for p in notes.people],
        "organisations": list(notes.organisations),
    }
    meta = {k: v for k, v in meta.items() if v not in ([], None)}
    paragraphs = [spans.write(text, marks.get(i, []))
                  for i, text in enumerate(seed.sentences) if i > 0 and text]
    header = yaml.dump(meta, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=10**6)
    return f"---\n{header}---\n\n" + "\n\n".join(paragraphs) + "\n"


def _with_known_speakers(notes: Annotations) -> Annotations:
    """Every named speaker must be a person, alias or organisation of the file, or it fails validation:
    a surname joins its person's aliases, any other name is listed as an organisation."""
    people = list(notes.people)
    organisations = list(notes.organisations)
    for who in sorted(({q.speaker for q in notes.quotes} | {c.claimant for c in notes.claims}) - {None}):
        if not who or not who[:1].isupper() or who in _known_speakers(people, organisations):
            continue
        owner = next((i for i, p in enumerate(people) if p.name.split()[-1] == who.split()[-1]), None)
        if owner is not None:
            person = people[owner]
            people[owner] = Person(person.name, (*person.aliases, who), person.role)
        else:
            organisations.append(who)
    return replace(notes, people=tuple(people), organisations=tuple(organisations))


def _person_meta(person: Person) -> dict:
    meta = {"name": person.name, "aliases": list(person.aliases), "role": person.role}
    return {k: v for k, v in meta.items() if v}


def _marks_by_sentence(seed: Seed, notes: Annotations) -> dict[int, list[spans.Mark]]:
    """Body lines are renumbered without blank lines, so the marks are keyed by seed sentence."""
    out: dict[int, list[spans.Mark]] = {}
    add = lambda sentence, mark: out.setdefault(sentence, []).append(mark)  # noqa: E731
    for q in notes.quotes:
        start, end = spans.widen_to_marks(seed.sentences[q.sentence], q.start, q.end)
        attrs = {"speaker": q.speaker, "kind": None if q.kind == "direct" else q.kind}
        add(q.sentence, spans.Mark(start, end, "quote", attrs))
    for f in notes.figures:
        attrs = {"value": float(f.value), "qualifier": f.qualifier, "counts": f.counts,
                 "by": f.claimed_by, "as-of": f.as_of, "unit": f.unit}
        add(f.sentence, spans.Mark(f.start, f.end, "figure", attrs))
    for d in notes.dates:
        add(d.sentence, spans.Mark(d.start, d.end, "date", {"value": d.date}))
    for c in notes.claims:
        add(c.sentence, spans.Mark(c.start, c.end, "claim", {"by": c.claimant}))
    return out


# ---------------------------------------------------------------- loading

def load_document(path: str | Path, slug: str) -> tuple[Document | None, list[Problem]]:
    """Read a content file; a Document unless it cannot be used at all, and every problem found."""
    return parse_document(Path(path).read_bytes(), str(path), slug)


def parse_document(raw: bytes, path: str, slug: str) -> tuple[Document | None, list[Problem]]:
    """A content file's bytes as load_document reads them (for text already in memory)."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        return None, [Problem(path, line, f"not UTF-8 (byte 0x{raw[err.start]:02x}); re-save the file as UTF-8")]
    text, controls = _drop_controls(text, path)
    try:
        meta, header, body, body_line = _split(text, path)
        doc, problems = _document(path, slug, meta, header.split("\n")[1:], body, body_line)
        return doc, controls + problems
    except InputError as err:
        return None, controls + [err.problem]


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _drop_controls(text: str, path: str) -> tuple[str, list[Problem]]:
    """Invisible control characters (NUL, escape…) are dropped, and reported where they stood."""
    if not _CONTROL.search(text):
        return text, []
    lines = sorted({text[: m.start()].count("\n") + 1 for m in _CONTROL.finditer(text)})
    shown = ", ".join(map(str, lines[:10])) + ("…" if len(lines) > 10 else "")
    problem = Problem(path, lines[0], f"control characters (such as NUL) on line(s) {shown} were ignored; "
                                      "delete them from the file")
    return _CONTROL.sub("", text), [problem]


def _split(text: str, path: str) -> tuple[dict, str, str, int]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    parts = _BOUNDARY.split(text, 2) if text.startswith("---") else []
    if len(parts) != 3:
        raise InputError(Problem(path, 1, "no front matter: start the file with '---', the fields, then '---'"))
    _, header, body = parts
    try:
        meta = yaml.load(header, Loader=_Loader) or {}
    except yaml.YAMLError as err:
        raise InputError(_yaml_problem(err, path)) from None
    if not isinstance(meta, dict):
        raise InputError(Problem(path, 2, "front matter must be fields such as 'title: …', one a line"))
    body_line = text[: len(text) - len(body)].count("\n") + 1
    return meta, header, body, body_line


def _yaml_problem(err: yaml.YAMLError, path: str) -> Problem:
    """Point at the construct to fix (an unclosed '[' starts where it opened), not where YAML gave up."""
    mark = getattr(err, "context_mark", None) or getattr(err, "problem_mark", None)
    context, problem = getattr(err, "context", None), getattr(err, "problem", None) or str(err)
    reason = f"{context}, {problem}" if context else problem
    # Lines count from the file's first line: the header starts after the opening '---'.
    return Problem(path, mark.line + 1 if mark else 1, f"invalid YAML in front matter: {reason}",
                   mark.column + 1 if mark else None)


class _Checker:
    """Collects problems for one file, with the line a field or span stands on."""

    def __init__(self, path: str, header_lines: list[str]):
        self.path, self.problems, self._header = path, [], header_lines

    def field_line(self, name: str) -> int:
        for i, line in enumerate(self._header, start=2):
            if line.startswith(f"{name}:"):
                return i
        return 1

    def field(self, name: str, message: str) -> None:
        self.problems.append(Problem(self.path, self.field_line(name), message))

    def at(self, line: int, column: int | None, message: str) -> None:
        self.problems.append(Problem(self.path, line, message, column))


def _document(path: str, slug: str, meta: dict, header_lines: list[str], body: str, body_line: int):
    check = _Checker(path, header_lines)
    for name in meta:
        if name not in FIELDS:
            check.field(name, f"unknown field '{name}': the fields are {', '.join(FIELDS)}")
    title_markup = meta.get("title")
    if not isinstance(title_markup, str) or not title_markup.strip():
        raise InputError(Problem(path, check.field_line("title"), "'title:' is missing or empty"))
    date = _date_field(meta.get("date"), check)
    if date is None:
        raise InputError(check.problems[-1])
    people = _people_field(meta.get("people") or [], check)
    organisations = tuple(str(o) for o in meta.get("organisations") or [])
    known = _known_speakers(people, organisations)

    parts = [(check.field_line("title"), None, title_markup)] + blocks(body, body_line)
    sentences, found = [], {"quote": [], "figure": [], "date": [], "claim": []}
    for index, (line, _, markup) in enumerate(parts):
        text, located = _parse_block(markup, line, index == 0, check)
        sentences.append(text)
        for span, start, end in located:
            # Where the span is, worked out only for a problem: counting lines per span is quadratic.
            where = (lambda line=line: (line, None)) if index == 0 else \
                (lambda markup=markup, at=span.start, line=line: _line_column(markup, at, line))
            note = _annotation(span, text[start:end], index, start, end, where, known, check)
            if note is not None:
                if span.cls == "quote" and note.kind == "continued":
                    _check_continued(note, found["quote"], lambda msg, where=where: check.at(*where(), msg))
                found[span.cls].append(note)
    claims = _rate_claims(found["claim"], meta.get("ratings"), check)
    notes = Annotations(people=people, organisations=organisations, quotes=tuple(found["quote"]),
                        figures=tuple(found["figure"]), dates=tuple(found["date"]), claims=claims)
    doc = Document(path=path, slug=slug, title=sentences[0], title_markup=title_markup, date=date,
                   source=_source_field(meta.get("source"), check), body=body.strip("\n"),
                   sentences=tuple(sentences), annotations=notes, draft=bool(meta.get("draft")),
                   extra={k: v for k, v in meta.items() if k in ("ratings", "seed")})
    return doc, check.problems


def _rate_claims(claims: list[Claim], ratings, check: _Checker) -> tuple[Claim, ...]:
    """Apply `ratings: [{sentence: 2, rating: False}]` to the claims of those sentences."""
    if ratings is None:
        return tuple(claims)
    by_sentence = {}
    for entry in ratings if isinstance(ratings, list) else [ratings]:
        sentence = entry.get("sentence") if isinstance(entry, dict) else None
        # `rating: False` is a verdict, not a YAML boolean to reject.
        if not isinstance(sentence, int) or entry.get("rating") in (None, ""):
            check.field("ratings", f"each rating needs 'sentence: <number>' and 'rating: <verdict>', found {entry!r}")
        elif not any(c.sentence == sentence for c in claims):
            check.field("ratings", f"sentence {sentence} has no .claim span to rate: mark the claim first")
        else:
            by_sentence[sentence] = str(entry["rating"])
    return tuple(replace(c, rating=c.rating or by_sentence.get(c.sentence)) for c in claims)


def _source_field(value, check: _Checker) -> str | None:
    """The source link must be a web address: a javascript: or data: URL would run in the reader's page."""
    if value in (None, ""):
        return None
    parts = urlsplit(str(value).strip())
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return str(value).strip()
    check.field("source", f"'source:' must be an http:// or https:// address, found {str(value)[:80]!r}")
    return None


def _date_field(value, check: _Checker) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and _ISO_DAY.fullmatch(value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    check.field("date", f"'date:' must be a real day written YYYY-MM-DD, found {value!r}")
    return None


def _people_field(value, check: _Checker) -> tuple[Person, ...]:
    if not isinstance(value, list):
        check.field("people", "'people:' must be a list of entries with name, aliases and role")
        return ()
    people = []
    for entry in value:
        if isinstance(entry, str):
            entry = {"name": entry}
        if not isinstance(entry, dict) or not str(entry.get("name") or "").strip():
            check.field("people", f"each person needs a 'name:', found {entry!r}")
            continue
        aliases = entry.get("aliases") or []
        if isinstance(aliases, str):
            aliases = [aliases]
        people.append(Person(name=str(entry["name"]).strip(), aliases=tuple(str(a) for a in aliases),
                             role=str(entry["role"]) if entry.get("role") else None))
    return tuple(people)


def _known_speakers(people, organisations) -> set[str]:
    known = set(organisations)
    for person in people:
        known.add(person.name)
        known.update(person.aliases)
    return known


def blocks(body: str, first_line: int = 1) -> list[tuple[int, None, str]]:
    """Blank-line separated blocks of the body with the file line each starts on: block n is sentence n."""
    blocks, current, start = [], [], None
    for offset, line in enumerate(body.split("\n")):
        if line.strip():
            if not current:
                start = first_line + offset
            current.append(line)
        elif current:
            blocks.append((start, None, "\n".join(current)))
            current = []
    if current:
        blocks.append((start, None, "\n".join(current)))
    return blocks


def _parse_block(markup: str, line: int, is_title: bool, check: _Checker):
    nodes, problems = spans.parse(markup)
    for problem in problems:
        at_line, column = _line_column(markup, problem.offset, line)
        check.at(at_line, None if is_title else column, problem.message)
    return spans.plain(nodes)


def _line_column(markup: str, offset: int, first_line: int) -> tuple[int, int]:
    before = markup[:offset]
    return first_line + before.count("\n"), offset - (before.rfind("\n") + 1) + 1


def _annotation(span, text, sentence, start, end, where, known, check):
    """The annotation a span stands for, or None (with a problem noted) if it cannot be used."""
    here = lambda msg: check.at(*where(), msg)  # noqa: E731
    if span.cls not in SPAN_ATTRIBUTES:
        here(f"unknown span kind '.{span.cls}' on “{text[:40]}”: use .quote, .figure, .date or .claim")
        return None
    for key, _ in span.attrs:
        if key not in SPAN_ATTRIBUTES[span.cls] and key != "class":
            allowed = ", ".join(sorted(SPAN_ATTRIBUTES[span.cls]))
            here(f"unknown attribute '{key}' on .{span.cls} “{text[:40]}”: it takes {allowed}")
    return _BUILDERS[span.cls](span, text, sentence, start, end, known, here)


def _quote(span, text, sentence, start, end, known, here):
    kind = span.get("kind", "direct")
    if kind not in QUOTE_KINDS:
        here(f"quote kind '{kind}' is not one of {', '.join(QUOTE_KINDS)}")
        kind = "direct"
    speaker = span.get("speaker")
    if speaker and speaker[:1].isupper() and speaker not in known:
        here(f"quote speaker '{speaker}' is not a known person or alias: add them under 'people:' "
             "(or 'organisations:') in the front matter, or fix the spelling")
    inner_start, inner_end = _strip_marks(text)
    return Quote(text=text[inner_start:inner_end], speaker=speaker or None, sentence=sentence,
                 kind=kind, start=start + inner_start, end=start + inner_end)


def _check_continued(quote: Quote, earlier: list[Quote], here) -> None:
    """A continued quote is the next paragraph of the quotation before it: it has no speaker of its
    own and follows a paragraph with a quote."""
    if quote.speaker:
        here(f"continued quote “{quote.text[:40]}” takes the speaker of the quotation it continues: "
             "remove speaker= (or make it kind=direct)")
    before = next((q for q in reversed(earlier) if q.kind != "indirect"), None)
    if before is None or before.sentence != quote.sentence - 1:
        here(f"continued quote “{quote.text[:40]}” continues nothing: the paragraph before has no quote "
             "(make it kind=direct)")


def _strip_marks(text: str) -> tuple[int, int]:
    """The quoted words without the marks around them; an editor may take in the one mark that opens
    a paragraph of a quotation running on ('["We warned them.]'), or the one that closes it."""
    start, end = 0, len(text)
    opens, closes = text[:1] in spans.QUOTE_MARKS, end >= 2 and text[-1] in spans.QUOTE_MARKS
    if end >= 2 and opens and closes:
        return 1, end - 1
    if opens and text[:1] in _DOUBLE_OPENING:
        start += 1
    elif closes and text[-1] in _DOUBLE_CLOSING:
        end -= 1
    return start, end


def _figure(span, text, sentence, start, end, known, here):
    raw = span.get("value")
    try:
        value = float(raw.replace(",", "")) if raw is not None else None
    except ValueError:
        value = None
    if value is None:
        here(f"figure “{text[:40]}” needs value=<number> (digits, e.g. value=9861), found {raw!r}")
        return None
    as_of = span.get("as-of")
    if as_of and not _valid_date_value(as_of):
        here(f"figure “{text[:40]}”: as-of={as_of} is not a date (YYYY-MM-DD or YYYY-MM)")
        as_of = None
    return Figure(text=text, value=value, sentence=sentence, start=start, end=end,
                  qualifier=span.get("qualifier"), counts=span.get("counts"),
                  claimed_by=span.get("by"), as_of=as_of, unit=span.get("unit"))


def _date(span, text, sentence, start, end, known, here):
    value = span.get("value")
    if not value or not _valid_date_value(value):
        here(f"date “{text[:40]}” needs value=YYYY-MM-DD, YYYY-MM or a range "
             f"YYYY-MM-DD/YYYY-MM-DD that exists, found {value!r}")
        return None
    return DateMention(text=text, date=value, sentence=sentence, start=start, end=end)


def _claim(span, text, sentence, start, end, known, here):
    return Claim(text=text, claimant=span.get("by"), sentence=sentence, start=start, end=end,
                 rating=span.get("rating"))


_BUILDERS = {"quote": _quote, "figure": _figure, "date": _date, "claim": _claim}


def _valid_date_value(value: str) -> bool:
    try:
        for part in value.split("/", 1):
            if _ISO_DAY.fullmatch(part):
                dt.date.fromisoformat(part)
            elif _ISO_MONTH.fullmatch(part):
                dt.date.fromisoformat(part + "-01")
            else:
                return False
        return True
    except ValueError:
        return False


# ---------------------------------------------------------------- the alias file

ALIAS_FILE = "aliases.yml"


def load_aliases(path: str | Path) -> tuple[dict[str, str], list[Problem]]:
    """content/aliases.yml maps a canonical name to its variants; returns variant (and the canonical
    name itself) → canonical."""
    path = str(path)
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8-sig")) or {}
    except FileNotFoundError:
        return {}, []
    except (yaml.YAMLError, UnicodeDecodeError) as err:
        mark = getattr(err, "problem_mark", None)
        return {}, [Problem(path, mark.line + 1 if mark else None, f"cannot read the alias file: {err}")]
    if not isinstance(data, dict):
        return {}, [Problem(path, 1, "the alias file maps a name to a list: 'Volodymyr Zelensky: [Zelenskiy]'")]
    variants: dict[str, str] = {}
    problems = []
    for canonical, names in data.items():
        names = [names] if isinstance(names, str) else names or []
        if not isinstance(names, list):
            problems.append(Problem(path, None, f"'{canonical}:' must list its variants in [ ]"))
            continue
        variants[str(canonical)] = str(canonical)  # listed, so never merged with anyone by the archive
        for name in names:
            variants[str(name)] = str(canonical)
    return variants, problems


# ---------------------------------------------------------------- a new article

def new_article(title: str, date: dt.date, source: str | None) -> str:
    """A draft content file with its front matter filled in and one example of each span."""
    meta = {"title": title, "date": date, "source": source, "draft": True,
            "people": [{"name": "Volodymyr Zelensky", "aliases": ["Zelensky"], "role": "President of Ukraine"}],
            "organisations": ["Kremlin"]}
    header = yaml.safe_dump({k: v for k, v in meta.items() if v is not None}, sort_keys=False,
                            allow_unicode=True, width=10**6)
    return (f"---\n{header}---\n\n"
            "<!-- A draft: `python build.py serve` shows it; delete `draft: true` to publish it.\n"
            "     One paragraph per sentence or paragraph; the spans are explained in docs/annotating.md.\n"
            "     Replace the example people and paragraphs below with the article's own. -->\n\n"
            '["I am ready to meet,"]{.quote speaker="Volodymyr Zelensky"} Zelensky said.\n\n'
            "[The Kremlin said [498]{.figure value=498 counts=\"Russian deaths\" by=Kremlin} soldiers had "
            "died by [March 2]{.date value=2022-03-02}.]{.claim by=Kremlin}\n")
