"""Claims: check-worthy sentences, those carrying a figure or a fact reported by a named source, with
the claimant; a sentence that is mostly a quotation is an opinion quoted, not a claim.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from ..model import Claim, DateMention, Figure
from . import lexicon as lx
from .speakers import _speaker_like, _subject_before

_FACT_VERB = re.compile(r"\b(?:claimed|claims|claim|reported|reports|published|revealed|reveals|admitted|admits|"
                        r"admit|estimated|estimates|predicted|predicts|announced|announces|confirmed|confirms|"
                        r"found|finds|showed|shows|recorded|counted|disclosed|projected|forecast|forecasts)\b"
                        # 'the ministry put the number of dead at 300'
                        r"|\bput(?:s|ting)? (?:the|its|their) (?:[a-z]+ )?(?:number|toll|count|total|tally|cost)\b"
                        r"(?=[^,.;]{0,80} at \S)")
# A sentence that only announces what follows: 'The Times reports:', 'is recorded in detail:' (not 'The
# inspectors found that the bridge was unsafe:', a finding before its list).
_INTRODUCES = re.compile(rf"\b(?:{lx.alternation(lx.SPEECH_VERBS)}|follows|following|detail|below)\s*:\s*$")
_ACCORDING = re.compile(r"\b[Aa]ccording to (?P<np>[^,.;:!?\"“”]{2,80}?)(?=\s*[,.;:!?\"“”]|$)")
_AGENT = re.compile(r"\b(?:published|reported|released|revealed|announced|issued|compiled|disclosed) by "
                    r"(?P<np>[^,.;:!?\"“”]{2,80}?)(?=\s+(?:last|on|in|this|citing|after|before|and|which|who|"
                    r"yesterday|today|earlier|late)\b|\s*[,.;:!?\"“”]|$)")
_BUT = re.compile(r",? but |; ")
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?$")
# 'according to figures published on May 2': numbers, not a source; a source, if any, is named after
# 'from', 'by' or 'of' ('figures from the statistics office', 'a report by the UN').
_DATA = re.compile(r"(?:the |official |new |latest |recent |provisional )*(?:figures|data|statistics|numbers|"
                   r"estimates|records|a report|reports)\b(?:.*?\b(?:from|by|of) (?P<source>.+))?")


def find(line: str, number: int, sentences, quote_spans, figures: list[Figure], sources, discourse) -> list[Claim]:
    """One claim per check-worthy sentence of a line: (start, end) sentences, quotes as (start, end)."""
    out = []
    quote_starts = [a for a, _ in quote_spans]
    figure_starts = [f.start for f in figures]
    for start, end in sentences:
        nearby = quote_spans[max(0, bisect_left(quote_starts, start) - 1):bisect_left(quote_starts, end)]
        quoted = sum(min(b, end) - max(a, start) for a, b in nearby if a < end and b > start)
        if quoted * 2 > end - start:
            continue
        inside = figures[bisect_left(figure_starts, start):bisect_left(figure_starts, end)]
        has_figure = any(f.end <= end and not _inside(f, nearby) for f in inside)
        claimant, cue = _claimant(line, number, start, end, sources, discourse)
        if not has_figure and (cue is None or cue == start and not _FACT_VERB.search(line, start, end)
                               or _INTRODUCES.search(line, start, end)):
            continue  # reported speech alone is a quote, not a claim; 'The Times reports:' only introduces one
        out.append(Claim(line[start:end], claimant, number, start, end))
    return out


def _inside(figure: Figure, spans) -> bool:
    return any(a <= figure.start and figure.end <= b for a, b in spans)


def _claimant(line, number, start, end, sources, discourse) -> tuple[str | None, int | None]:
    """Who makes the claim, and where the words that say so are."""
    speaker = sources.get(number, {}).get(start)
    if speaker and not any(c.isdigit() for c in speaker):  # '74 percent of likely voters said' is a finding
        return speaker, start
    sentence = line[start:end]
    according = _ACCORDING.search(sentence)
    data = _DATA.match(according["np"]) if according else None
    if data and data["source"]:
        at = start + according.start("np") + data.start("source")
        return discourse.resolve(data["source"], number, at), start + according.start()
    match = according if according and not data else _AGENT.search(sentence)
    if match:
        return discourse.resolve(match["np"], number, start + match.start("np")), start + match.start()
    if according:
        return None, start + according.start()
    verb = _FACT_VERB.search(sentence)
    if verb is None:
        return None, None
    if _PASSIVE.search(sentence, 0, verb.start()) and not sentence.startswith(" to ", verb.end()):
        return None, start + verb.start()  # "the diagnosis was confirmed" (not "is reported to have")
    np, at = _subject_before(sentence[:verb.start()])
    if np is None or not _speaker_like(np, True) or np.endswith(("'s", "’s")):
        return None, start + verb.start()  # "less than one-third of Trump's claim": a possessor claims nothing
    return discourse.resolve(np, number, start + at), start + verb.start()


def credit_figures(line: str, claims: list[Claim], figures: list[Figure], dates: list[DateMention]) -> list[Figure]:
    """A figure is claimed by its sentence's claimant, as of a date in its clause ('498 deaths on March 2')."""
    out = []
    claim_starts = [c.start for c in claims]
    date_starts = [d.start for d in dates]
    for figure in figures:
        at = bisect_left(claim_starts, figure.start + 1) - 1
        claim = claims[at] if at >= 0 and claims[at].start <= figure.start and figure.end <= claims[at].end else None
        clause = _clause(line, figure, claim)
        by = figure.claimed_by
        if claim is not None and claim.claimant and _BUT.search(line, claim.start, figure.start) is None:
            by = claim.claimant
        as_of = next((d.date for d in dates[bisect_left(date_starts, clause[0]):bisect_left(date_starts, clause[1])]
                      if d.end <= clause[1] and len(d.date) == 10), None)
        if by != figure.claimed_by or as_of:
            figure = replace(figure, claimed_by=by, as_of=as_of or figure.as_of)
        out.append(figure)
    return out


def _clause(line: str, figure: Figure, claim: Claim | None) -> tuple[int, int]:
    start = claim.start if claim else max(0, figure.start - 200)
    end = claim.end if claim else min(len(line), figure.end + 200)
    for match in _BUT.finditer(line, start, end):
        if match.end() <= figure.start:
            start = match.end()
        elif match.start() >= figure.end:
            end = match.start()
            break
    return start, end
