"""The rule-based annotator: quotes and speakers, people, figures, dates and claims of one article.

annotate(seed, aliases) -> Annotations is the interface the pipeline and `annotate --json` rely on.
Stages, each in its own module: people.py reads who is named; quotes.py finds quotation marks;
attribution.py (with speakers.py and reported.py) credits every quote; dates.py, figures.py and
claims.py read the facts. Every span lies in one sentence line, and spans nest or stay apart.
"""
from __future__ import annotations

from typing import Mapping

from ..model import Annotations, Seed
from ..spans import widen_to_marks
from . import claims as claim_rules
from . import dates as date_rules
from . import figures as figure_rules
from . import quotes as quote_marks
from .attribution import Line, attribute
from .people import cast_of
from .speakers import Discourse
from .text import sentence_spans

def annotate(seed: Seed, aliases: Mapping[str, str] | None = None) -> Annotations:
    aliases = aliases or {}
    labels = quote_marks.transcript_labels(seed.sentences)
    lines = [_line(text, labels) for text in seed.sentences]
    cast = cast_of(seed.sentences, aliases)
    quotes, sources = attribute(lines, cast)
    discourse = Discourse(cast)
    figures, dates, claims = [], [], []
    for number, line in enumerate(lines):
        if not line.text:
            continue
        line_dates = date_rules.find(line.text, number, seed.date)
        line_figures = figure_rules.find(line.text, number, line_dates)
        quoted = [widen_to_marks(line.text, q.start, q.end) for q in line.quotes]
        line_claims = claim_rules.find(line.text, number, line.sentences, quoted, line_figures, sources, discourse)
        line_figures = claim_rules.credit_figures(line.text, line_claims, line_figures, line_dates)
        dates += line_dates
        figures += line_figures
        claims += line_claims
    quotes, claims, dates, figures = _untangle(lines, quotes, claims, dates, figures)
    return Annotations(people=tuple(cast.people()), organisations=tuple(cast.organisations()),
                       quotes=tuple(quotes), figures=tuple(figures), dates=tuple(dates), claims=tuple(claims))


def _line(text: str, labels: set[str]) -> Line:
    """The line's quotations. An interview's turn is its speaker's, quotation marks inside it included
    ('BRENNER: My dad said, "Carl, …"'); a label the interview does not use is a heading."""
    transcript = quote_marks.transcript_line(text)
    if transcript is not None and transcript.transcript in labels:
        marked = [transcript]
    else:
        marked = quote_marks.find(text) or ([transcript] if transcript else [])
    spans = [(q.open, q.close) for q in marked]
    return Line(text, marked, sentence_spans(text, spans))


def _untangle(lines: list[Line], quotes, claims, dates, figures):
    """Drop any span that would cross one kept before it: quotes first, then claims, dates, figures.
    Crossing can only happen inside one sentence, so each sentence is checked on its own."""
    kept: dict[tuple[int, int], list[tuple[int, int]]] = {}
    out = []
    for kind, items in (("quote", quotes), ("claim", claims), ("date", dates), ("figure", figures)):
        chosen = []
        for item in items:
            line = lines[item.sentence]
            text = line.text
            if not (0 <= item.start < item.end <= len(text)) or text[item.start:item.end] != item.text:
                continue
            span = widen_to_marks(text, item.start, item.end) if kind == "quote" else (item.start, item.end)
            key = (item.sentence, line.sentence_at(span[0]))
            others = kept.setdefault(key, [])
            if any(_crosses(span, other) for other in others):
                continue
            others.append(span)
            chosen.append(item)
        out.append(chosen)
    return out


def _crosses(a: tuple[int, int], b: tuple[int, int]) -> bool:
    if a[1] <= b[0] or b[1] <= a[0]:
        return False
    nested = (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])
    return not nested
