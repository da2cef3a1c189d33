from hypothesis import given, strategies as st

from generator import spans
from generator.spans import Mark


def located(markup):
    nodes, problems = spans.parse(markup)
    text, found = spans.plain(nodes)
    return text, [(s.cls, dict(s.attrs), text[a:b]) for s, a, b in found], problems


def test_a_span_with_attributes():
    text, found, problems = located('He said [“I am ready,”]{.quote speaker="Volodymyr Zelensky"} today.')
    assert text == "He said “I am ready,” today."
    assert found == [("quote", {"speaker": "Volodymyr Zelensky"}, "“I am ready,”")]
    assert problems == []


def test_spans_nest():
    _, found, _ = located("[Deaths rose to [9,861]{.figure value=9861} on [March 2]{.date value=2022-03-02}]{.claim by=Kremlin}")
    assert [(c, t) for c, _, t in found] == [
        ("claim", "Deaths rose to 9,861 on March 2"), ("figure", "9,861"), ("date", "March 2")]


def test_quoted_values_may_hold_quotes_and_braces():
    _, found, _ = located(r'[x]{.quote speaker="The \"Boss\" {of} all"}')
    assert found[0][1] == {"speaker": 'The "Boss" {of} all'}


def test_links_escapes_and_code_are_not_spans():
    text, found, problems = located(r"a [link](https://x.org) \[not]{.quote} `[code]{.quote}`")
    assert found == [] and problems == []
    assert text == "a [link](https://x.org) [not]{.quote} [code]{.quote}"


def test_unbalanced_markup_is_reported_with_its_offset():
    _, found, problems = located("ok ]{.quote} and [x]{.quote speaker=A")
    assert found == []
    assert [p.offset for p in problems] == [3, 20]
    assert "never opened" in problems[0].message and "never closed" in problems[1].message


def test_a_span_without_a_kind_is_reported():
    _, found, problems = located("[x]{speaker=A}")
    assert found == [] and "has no kind" in problems[0].message


def test_write_then_parse_gives_back_text_and_marks():
    text = "Officially the Kremlin claimed 498 deaths on March 2 [sic] *really*."
    marks = [Mark(0, len(text), "claim", {"by": "Kremlin"}), Mark(31, 34, "figure", {"value": 498.0}),
             Mark(45, 52, "date", {"value": "2022-03-02"})]
    markup = spans.write(text, marks)
    back, found, problems = located(markup)
    assert back == text and problems == []
    assert [(c, t) for c, _, t in found] == [("claim", text), ("figure", "498"), ("date", "March 2")]
    assert found[1][1] == {"value": "498"}


def test_crossing_marks_are_dropped_not_garbled():
    markup = spans.write("abcdef", [Mark(0, 4, "claim", {}), Mark(2, 6, "quote", {})])
    assert markup == "[abcd]{.claim}ef"


def test_escape_neutralises_markdown_at_line_start():
    assert spans.escape("# not a heading") == r"\# not a heading"
    assert spans.escape("1. not a list") == r"1\. not a list"
    assert spans.escape("- not a list") == r"\- not a list"
    assert spans.escape("<script>") == r"\<script>"


marks_strategy = st.lists(st.tuples(st.integers(0, 40), st.integers(1, 20), st.sampled_from(["quote", "figure", "claim"]),
                                    st.text(max_size=8)), max_size=5)


@given(st.text(max_size=40), marks_strategy)
def test_round_trip_for_any_text_and_marks(text, raw_marks):
    marks = [Mark(s, min(s + n, len(text)), cls, {"by": v}) for s, n, cls, v in raw_marks if s < len(text)]
    markup = spans.write(text, marks)
    back, found, problems = located(markup)
    assert back == text
    assert problems == []
    assert spans.write(text, marks) == markup
