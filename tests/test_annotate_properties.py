"""Properties on arbitrary text: annotate never raises, every span is its sentence's text, spans nest."""
import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.annotate import annotate
from generator.spans import widen_to_marks
from generator.model import Seed

PIECES = st.sampled_from([
    '"', "“", "”", "‘", "’", "'", " said ", " Jane Doe", " he ", " she ", "Mr. ", " 9,861", " 1.5m", " $40bn",
    " 12%", " ten", " a quarter of", " thousands", " 5,000-7,000", " almost", " March 2", " last Sunday",
    " last week", ", ", ". ", ": ", " ― ", " according to", " the Kremlin", "SMITH: ", "(R-Utah)", " 2014",
    " the Russian leader", " claimed", " that ", "<b>", "\u00a0", "…",
])
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=25).map("".join)


def spans_of(seed: Seed, notes):
    for quote in notes.quotes:
        yield "quote", quote, widen_to_marks(seed.sentences[quote.sentence], quote.start, quote.end)
    for kind, items in (("figure", notes.figures), ("date", notes.dates), ("claim", notes.claims)):
        for item in items:
            yield kind, item, (item.start, item.end)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TEXT, min_size=1, max_size=5))
def test_spans_lie_in_their_sentence_and_nest_or_stay_apart(body):
    sentences = tuple(line.strip() for line in ["Title", *body])
    seed = Seed("t.txt", "Title", dt.date(2022, 3, 22), "https://example.org", sentences)
    notes = annotate(seed, {})
    by_sentence = {}
    for kind, item, span in spans_of(seed, notes):
        text = seed.sentences[item.sentence]
        assert 0 <= item.start < item.end <= len(text)
        assert text[item.start:item.end] == item.text
        by_sentence.setdefault(item.sentence, []).append(span)
    for spans in by_sentence.values():
        for a in spans:
            for b in spans:
                overlap = a[0] < b[1] and b[0] < a[1]
                nested = (a[0] <= b[0] and b[1] <= a[1]) or (b[0] <= a[0] and a[1] <= b[1])
                assert not overlap or nested, (a, b)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_any_text_annotates(text):
    seed = Seed("t.txt", "Title", dt.date(2022, 3, 22), "https://example.org", ("Title", text.strip()))
    annotate(seed, {})
