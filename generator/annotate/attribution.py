"""One pass through the article in reading order: each quotation and each piece of reported speech gets
its speaker, and the discourse (who spoke last) moves on with it.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace

from ..model import Quote
from . import quotes as marks
from . import reported
from .people import Cast
from .speakers import Cue, Discourse, left_cue, right_cue, subject_cue
from .text import word_count

_TITLE_SMALL = {"a", "an", "the", "of", "in", "on", "and", "or", "for", "to", "at", "by", "with", "from"}
_WORK_BEFORE = re.compile(r"(?:\b(?:[Oo]n|of|[Ii]n|at|from|for|by|during|about|to)|['’]s|[sS]['’])\s*$")  # CBS' "…"
# A noun naming a work, then its title: 'the documentary "13th,"', 'her commentary, "Tell your story,"'.
_WORK_NOUN_BEFORE = re.compile(r"\b(?:book|novel|memoir|song|album|film|movie|documentary|play|musical|poem|"
                               r"essay|column|commentary|op-ed|editorial|podcast|titled|entitled),?\s*$")
# Nouns as often followed by a clause about them ('the exhibition "challenges …"'): a title only if it looks like one
_TITLED_NOUN_BEFORE = re.compile(r"\b(?:bestseller|best-seller|series|sitcom|anthem|painting|exhibition|hashtag|"
                                 r"slogan|motto),?\s*$")
_TERM_BEFORE = re.compile(r"\b(?:so-called|known as|also called|defined as|the term|the phrase)\s*$", re.I)
_NAMING_BEFORE = re.compile(r"\b(?:so-called|known as|also called)\s*$", re.I)  # a name, whoever uses it
_TERM_AFTER = re.compile(r",?\s*(?:(?:which|that) (?:is|are|was|were) defined\b|meaning\b|defined as\b|refers to\b)")
_LABEL_BEFORE = re.compile(r"\b(?:its|his|her|their|our|the|a|an)\s*$")
_NAME_AFTER = re.compile(r" (?:[A-Z]\.|[A-Z][a-z]+ [A-Z])")
_SENTENCE_INSIDE = re.compile(r"[a-z]{3,}[.!?]\s+[A-Z]")  # "The Donald. Big Daddy." ("Mrs. Jones" is none)
_CLOSING_PUNCTUATION = " .,;!?\"”’'"
_NEXT_WORD = re.compile(r"\s?([a-z]+)")
# Words after quoted words that show they were no modifier of a noun: '“Miss Piggy” as an example'.
_FUNCTION_WORDS = frozenset({"as", "and", "or", "but", "for", "in", "on", "at", "to", "of", "by", "with", "from",
                             "about", "than", "when", "while", "because", "if", "after", "before", "since"})


@dataclass
class Line:
    """One line of the article as the rules see it: its quotations and its sentences."""
    text: str
    quotes: list  # of marks.Marked
    sentences: list  # of (start, end)
    starts: list = field(default_factory=list)  # of the sentences, for bisect

    def __post_init__(self):
        self.starts[:] = [start for start, _ in self.sentences]

    def sentence_at(self, at: int) -> int:
        """The index of the sentence holding offset at."""
        return max(0, bisect_right(self.starts, at) - 1)


def attribute(lines: list[Line], cast: Cast) -> tuple[list[Quote], dict[int, dict[int, str | None]]]:
    """Quotes with speakers, and for each line the speakers of its reported speech by sentence start."""
    discourse = Discourse(cast)
    found: list[Quote] = []
    sources: dict[int, dict[int, str | None]] = {}
    left_open: _Open | None = None  # a quotation the previous paragraph did not close
    quoted_last: _Open | None = None  # the quotation that ended the previous paragraph
    previous_line_speaker = None
    for number, line in enumerate(lines):
        # reading order: speech reported before the line's first quotation is heard before it
        first_quoted = line.sentence_at(line.quotes[0].open) if line.quotes else len(line.sentences)
        reported_before = _report(line, number, range(first_quoted), discourse, found, sources)
        line_quotes = _direct(number, line, discourse, left_open.speaker if left_open else None,
                              previous_line_speaker)
        if left_open is not None and line_quotes:
            _go_on(left_open, line, line_quotes, found)
        elif quoted_last is not None and _only_a_quotation(line, line_quotes):
            first, marked = line_quotes[0]
            line_quotes[0] = (replace(first, kind="continued", speaker=None), marked)
            left_open = quoted_last
        found.extend(q for q, _ in line_quotes)
        last_quote = len(found) - 1
        # a sentence whose quotation marks were dropped (a scare quote, a title) may still report speech
        quoted = {line.sentence_at(marked.open) for _, marked in line_quotes}
        later = [index for index in range(first_quoted, len(line.sentences)) if index not in quoted]
        reported_after = _report(line, number, later, discourse, found, sources)
        ends_reporting = [speaker for index, speaker in reported_before + reported_after
                          if index == len(line.sentences) - 1]
        quoted_last = None
        if line_quotes:
            last, marked = line_quotes[-1]
            if last.kind != "continued":
                left_open = _Open(last_quote, last.speaker, last.kind == "direct")
            previous_line_speaker, goes_on = _who_ends(line, number, marked, left_open, ends_reporting, discourse)
            quoted_last = left_open if goes_on else None
            if marked.closed or number == 0:
                left_open = None  # a headline's quote never runs into the article
        else:
            left_open = None
            if line.text.rstrip().endswith(":"):
                previous_line_speaker = _introduced(line, number, discourse)
            elif line.text:
                # 'He said the goal should have been ruled out.' / '"Clear as day."': who spoke last
                previous_line_speaker = ends_reporting[-1] if ends_reporting else None
    return found, sources


def _who_ends(line: Line, number: int, marked: marks.Marked, quotation: _Open, ends_reporting: list,
              discourse: Discourse) -> tuple[str | None, bool]:
    """Who speaks at the end of a paragraph that quoted someone, and whether a paragraph that is only
    a quotation may go on with its quotation. It may when the paragraph ends with its speaker's direct
    quotation, or with a sentence about that speaker ('Clinton restricted comments to …'); not after
    quoted words inside a sentence ('called it "disgusting."' / '"We ought to …"'), nor after 'He
    added:'. When the last sentence reports or names someone else ('"…," said Maria Delgado. Her
    neighbor, Tom Whitaker, was less patient.' / '"…"'), the story has moved on to them."""
    ends_quoting = line.sentence_at(marked.open) == len(line.sentences) - 1 or not marked.closed
    subject = None
    if not ends_quoting:
        subject = ends_reporting[-1] if ends_reporting else discourse.named_subject(number, *line.sentences[-1])
    if subject is not None and subject != quotation.speaker:
        return subject, False
    goes_on = (ends_quoting or subject is not None) and quotation.direct and number > 0 \
        and not line.text.rstrip().endswith(":")
    return quotation.speaker, goes_on


def _report(line: Line, number: int, indices, discourse: Discourse, found: list[Quote],
            sources: dict[int, dict[int, str | None]]) -> list[tuple[int, str | None]]:
    """The reported speech in the line's sentences of those indices, credited and told to the discourse;
    (sentence index, speaker) for each."""
    out = []
    for index in indices:
        start, end = line.sentences[index]
        speech = reported.find(line.text, start, end)
        if speech is None:
            continue
        speaker = discourse.resolve(speech.np, number, speech.np_at)
        discourse.spoke(speaker, number, speech.np_at)
        found.append(Quote(line.text[speech.start:speech.end], speaker, number, "indirect", speech.start, speech.end))
        sources.setdefault(number, {})[start] = speaker
        out.append((index, speaker))
    return out


@dataclass
class _Open:
    """A quotation the previous paragraph left open: its first part (an index in the quotes found),
    its speaker so far, and whether it opened a sentence."""
    index: int
    speaker: str | None
    direct: bool


def _go_on(left_open: _Open, line: Line, line_quotes: list, found: list[Quote]) -> None:
    """'"…' then '"…"': a paragraph opening with a mark after one left inside a quotation goes on with
    it (journalism's convention), when it is no new turn of a transcript and names no one else. If it
    names who speaks, that is who said the whole ('"…' / '"…," said Reyes.'); a quotation that opened
    inside a sentence takes only the speaker, as a typo's unclosed mark may be all it is."""
    first, marked = line_quotes[0]
    if line.text[:marked.open].strip() or marked.transcript:
        return
    if first.speaker is not None:
        if left_open.speaker is not None:
            return  # a quotation of its own ('"…" / "…," she said.'): the story moved on to a new one
        found[left_open.index] = replace(found[left_open.index], speaker=first.speaker)
        left_open.speaker = first.speaker
        if not left_open.direct:
            return
    line_quotes[0] = (replace(first, kind="continued", speaker=None), marked)


def _only_a_quotation(line: Line, line_quotes: list) -> bool:
    """'"…," he said.' then a paragraph that is one quotation and nothing else: no cue, no new speaker,
    so it is the same speaker going on, one act of saying with the paragraph before (as readers and
    annotators take it). After 'He added:' the quotation is the one introduced, not a continuation."""
    if len(line_quotes) != 1 or len(line.quotes) != 1:
        return False
    marked = line_quotes[0][1]
    return not marked.transcript and not line.text[:marked.open].strip() \
        and not line.text[marked.close + 1:].strip(_CLOSING_PUNCTUATION)


def _direct(number: int, line: Line, discourse: Discourse, open_speaker, previous_speaker):
    text = line.text
    out: list[tuple[Quote, marks.Marked]] = []
    pending: set[int] = set()  # quotes of this line with no cue: they take a neighbour's speaker
    dropped: set[int] = set()
    previous_end = 0
    for k, q in enumerate(line.quotes):
        sentence_start, sentence_end = _sentence_of(line, q.open)
        left_start = max(sentence_start, previous_end)
        next_open = line.quotes[k + 1].open if k + 1 < len(line.quotes) else len(text)
        right_stop = min(next_open, _next_boundary(line, q.close + 1))
        quoted = text[q.start:q.end]
        size = min(word_count(quoted), len(quoted.split()))
        if not q.transcript and (_names_a_work(text, q, quoted) or _labels_a_name(text, q, quoted)):
            continue
        naming = not q.transcript and size <= 4 and _NAMING_BEFORE.search(text, max(0, q.open - 20), q.open)
        scare = size <= 2 or q.joined  # too short to be a quotation unless a cue says it is one
        at_start = not text[left_start:q.open].strip(" —–-―")
        cue, speaker, known = None, None, False
        if q.transcript:
            speaker, known = discourse.resolve(q.transcript.title(), number, q.open), True
        else:
            right = right_cue(text, q.close + 1, right_stop) if q.closed else None
            left = left_cue(text, left_start, q.open, size <= 2) if not at_start else None
            cue = right if right and (at_start or not (left and left.tight)) else left or right
            strong = cue is not None
            if cue is None and not scare and number > 0 and not _title_like(quoted):
                cue = _subject_fallback(line, q, left_start, sentence_start, sentence_end, at_start)
            if cue is not None:
                speaker, known = discourse.resolve(cue.np, number, cue.at), strong
        if naming or ((size <= 2 or _title_like(quoted)) and not q.transcript and _modifies_noun(text, q)):
            if not known:
                continue
            # 'a "woke" plan', 'the so-called "Squad"': no quotation, though its cue still tells who talks
            dropped.add(len(out))
        elif not known and speaker is None and (scare or _title_like(quoted) or number == 0
                                                or (size <= 4 and not at_start and _a_term(text, q))):
            continue  # scare quotes ("woke"), titles of works and terms being defined are not quotations
        previous_end = q.close + 1  # a quotation's words are no cue for the next one
        after_colon = text[left_start:q.open].rstrip().endswith(":") and _direct_start(quoted)
        kind = "direct" if at_start or after_colon or (cue is not None and cue.tight and _direct_start(quoted)) \
            else "partial"  # a sentence after a colon is said whole ('put it bluntly: "We …"')
        if not known and out and out[-1][0].speaker is not None:
            speaker, known = out[-1][0].speaker, True
        if not known:
            pending.add(len(out))
        out.append((Quote(quoted, speaker, number, kind, q.start, q.end), q))
        if known:
            discourse.spoke(speaker, number, cue.at if cue is not None else q.open)
    # a neighbour's speaker: one a cue gave, else one only a clause's subject gave ('she was "whisked"')
    later = next((q.speaker for i, (q, _) in enumerate(out) if q.speaker and i not in pending), None) \
        or next((q.speaker for q, _ in out if q.speaker), None)
    for index in sorted(pending):
        quote, marked = out[index]
        sentence = line.sentence_at(marked.open)
        same_sentence = next((q.speaker for i, (q, m) in enumerate(out) if q.speaker and i not in pending
                              and line.sentence_at(m.open) == sentence), None)
        # a neighbour in its own sentence first; its own subject before one in another sentence
        # ('The crowd responded with chants of "Lock her up!" … Trump, who said: "…"')
        speaker = same_sentence or quote.speaker or later
        if speaker is None and index == 0 and not text[:marked.open].strip():
            if open_speaker is not None:  # the next part of a quotation left open (see _go_on)
                discourse.spoke(open_speaker, number)
                continue
            speaker = previous_speaker  # a paragraph that only goes on quoting
        if speaker is not None:
            out[index] = (replace(quote, speaker=speaker), marked)
            discourse.spoke(speaker, number, marked.open)
    return [item for i, item in enumerate(out) if i not in dropped]


def _subject_fallback(line: Line, q: marks.Marked, left_start: int, sentence_start: int, sentence_end: int,
                      at_start: bool):
    """With no cue, a quote inside a sentence is the speaker's of a ', X said.' closing its sentence, or
    else its subject's; a quote opening a sentence after another in the same paragraph is the previous
    sentence's speaker's or subject's ('X did Y. "…"', 'Y is so, X said. "…"')."""
    if not at_start:
        closing = reported.postposed(line.text, q.close + 1, sentence_end)
        if closing is not None:
            return Cue(closing.np, closing.np_at, False)
        return subject_cue(line.text, left_start, q.open)
    index = line.sentence_at(sentence_start) - 1
    if index < 0:
        return None
    start, end = line.sentences[index]
    inside = [m for m in line.quotes[:64] if start <= m.open < end]
    if not inside:
        speech = reported.find(line.text, start, end)
        if speech is not None:
            return Cue(speech.np, speech.np_at, False)
    elif all(_title_like(line.text[m.start:m.end]) for m in inside):
        start = inside[-1].close + 1  # 'On "Face the Nation," Sen. Jo Ray (Vt.) argued …'
    else:
        return None
    return subject_cue(line.text, start, min(end, start + 300))


def _introduced(line: Line, number: int, discourse: Discourse) -> str | None:
    """'Caddell continued:' — a paragraph ending in a colon hands its speaker to the quote that follows."""
    text = line.text.rstrip()
    start = line.sentences[-1][0] if line.sentences else 0
    cue = left_cue(text, start, len(text) - 1, False) or subject_cue(text, start, min(len(text), start + 300))
    return discourse.resolve(cue.np, number, cue.at) if cue is not None else None


def _names_a_work(text: str, q: marks.Marked, quoted: str) -> bool:
    """'on CBS's "Face the Nation,"', 'a broadcast of "Fox News Sunday,"': the title of a show or work."""
    before = max(0, q.open - 25)
    return _WORK_NOUN_BEFORE.search(text, before, q.open) is not None \
        or (_title_like(quoted) and (_WORK_BEFORE.search(text, before, q.open) is not None
                                     or _TITLED_NOUN_BEFORE.search(text, before, q.open) is not None))


def _labels_a_name(text: str, q: marks.Marked, quoted: str) -> bool:
    """'its "national enterprise reporter" Jane Doe': quoted words that label the name right after them."""
    return (q.closed and len(quoted.split()) <= 5 and quoted[-1:].isalnum()
            and _NAME_AFTER.match(text, q.close + 1) is not None
            and _LABEL_BEFORE.search(text, max(0, q.open - 8), q.open) is not None)


def _a_term(text: str, q: marks.Marked) -> bool:
    """'a so-called "poison pill"', 'a "targeted employment area," which is defined as …': words put
    in quotation marks to name a term, not to quote anyone."""
    return _TERM_BEFORE.search(text, max(0, q.open - 20), q.open) is not None \
        or (q.closed and _TERM_AFTER.match(text, q.close + 1) is not None)


def _modifies_noun(text: str, q) -> bool:
    """'a "woke" plan', 'his "Keepin' It Real" show': a lower-case word that is no function word follows."""
    after = _NEXT_WORD.match(text, q.close + 1)
    return q.closed and after is not None and after.group(1) not in _FUNCTION_WORDS \
        and not text[q.end - 1:q.end] in ".,!?"


def _direct_start(quoted: str) -> bool:
    first = quoted.lstrip(".…' ")[:1]
    return first.isupper() or first.isdigit()


def _title_like(quoted: str) -> bool:
    """'The Steve Harvey Morning Show,' — every main word capitalised, no sentence inside."""
    words = quoted.rstrip(",.").split()
    if len(words) < 2 or len(words) > 9 or quoted.rstrip().endswith(("!", "?")):
        return False
    if (quoted.rstrip().endswith(".") and len(words) > 6) or _SENTENCE_INSIDE.search(quoted):
        return False
    return all(w[:1].isupper() or w in _TITLE_SMALL or not w[:1].isalpha() for w in words)


def _sentence_of(line: Line, at: int) -> tuple[int, int]:
    if not line.sentences:
        return 0, len(line.text)
    return line.sentences[line.sentence_at(at)]


def _next_boundary(line: Line, at: int) -> int:
    """The end of the sentence after a quote; a quote ending its sentence reaches into the next one."""
    if not line.sentences:
        return len(line.text)
    index = line.sentence_at(at)
    end = line.sentences[index][1]
    if end <= at + 1 and index + 1 < len(line.sentences):
        end = line.sentences[index + 1][1]
    return max(end, at)
