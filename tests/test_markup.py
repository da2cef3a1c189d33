"""The span extension, tested the way Python-Markdown tests itself: source in, HTML out."""
from generator.markup import Links, Renderer

LINKS = Links(person=lambda name: {"Volodymyr Zelensky": "../people/volodymyr-zelensky/"}.get(name),
              figure=lambda counts: "../figures/russian-deaths/" if counts else None,
              date=lambda value: f"../{value.replace('-', '/')}/")


def renders(blocks, expected, inline=False):
    renderer = Renderer()
    html = renderer.inline(blocks, LINKS) if inline else renderer.blocks(blocks, LINKS)
    assert html == expected


def test_a_direct_quote_is_highlighted_and_credited():
    renders(['[“I am ready,”]{.quote speaker="Volodymyr Zelensky"} Zelensky.'],
            '<p id="s1"><q class="hl hl-quote">“I am ready,”</q>'
            '<span class="credit credit-quote"><a href="../people/volodymyr-zelensky/">Volodymyr Zelensky</a>'
            ' said</span> Zelensky.</p>')


def test_an_unattributed_quote_says_so():
    renders(['[“Who knows”]{.quote}'],
            '<p id="s1"><q class="hl hl-quote">“Who knows”</q>'
            '<span class="credit credit-quote"><span>unattributed</span></span></p>')


def test_a_quotations_further_paragraph_has_no_credit_of_its_own():
    renders(['[“We will not give up,]{.quote speaker="Volodymyr Zelensky"}', '[“not ever.”]{.quote kind=continued}'],
            '<p id="s1"><q class="hl hl-quote">“We will not give up,</q>'
            '<span class="credit credit-quote"><a href="../people/volodymyr-zelensky/">Volodymyr Zelensky</a>'
            ' said</span></p>\n<p id="s2"><q class="hl hl-quote">“not ever.”</q></p>')


def test_reported_speech_is_not_a_q_element():
    renders(['[such a meeting could help]{.quote kind=indirect speaker="Volodymyr Zelensky"}'],
            '<p id="s1"><span class="hl hl-quote hl-indirect">'
            'such a meeting could help</span><span class="credit credit-quote credit-indirect"><a href="../people/volodymyr-zelensky/">'
            'Volodymyr Zelensky</a> said</span></p>')


def test_figures_and_dates_link_to_their_pages_inside_a_claim():
    renders(['[They lost [498]{.figure value=498 counts="Russian deaths"} by [March 2]{.date value=2022-03-02}]{.claim by=Kremlin}'],
            '<p id="s1"><mark class="hl hl-claim">They lost '
            '<mark class="hl hl-figure"><a href="../figures/russian-deaths/">498</a></mark> by '
            '<time class="hl hl-date" datetime="2022-03-02"><a href="../2022/03/02/">March 2</a></time>'
            '</mark><span class="credit credit-claim"><span>Kremlin</span> claimed</span></p>')


def test_a_date_range_keeps_its_range_and_a_figure_without_a_page_says_what_it_counts():
    nowhere = Links(date=LINKS.date)  # no figure pages
    html = Renderer().blocks(['[last week]{.date value=2022-03-14/2022-03-20} [498]{.figure value=498 counts="Russian deaths"}'],
                             nowhere)
    assert '<time class="hl hl-date" datetime="2022-03-14" title="Date · 2022-03-14/2022-03-20">' in html
    assert '<mark class="hl hl-figure" title="Figure · Russian deaths">498</mark>' in html


def test_markdown_inside_spans_still_renders():
    renders(['[“I am *ready*”]{.quote}'],
            '<p id="s1"><q class="hl hl-quote">“I am <em>ready</em>”</q>'
            '<span class="credit credit-quote"><span>unattributed</span></span></p>')


def test_each_block_is_anchored_by_its_sentence_number():
    renders(["One.", "Two.", "# A heading\nglued to a paragraph", "Four."],
            '<p id="s1">One.</p>\n<p id="s2">Two.</p>\n<h1 id="s3">A heading</h1>\n<p>glued to a paragraph</p>\n<p id="s4">Four.</p>')


def test_escaped_text_shows_literally():
    renders([r"1\. \<script>alert(1)\</script> \[x\]{.quote} \*not em\*"],
            '<p id="s1">1. &lt;script&gt;alert(1)&lt;/script&gt; [x]{.quote} *not em*</p>')


def test_raw_html_and_javascript_links_are_sanitised():
    for block in ['<script>alert(1)</script><img src=x onerror="alert(1)"> [a](javascript:alert(1)) <b>ok</b>',
                  'Text <script>alert(1)</script><img src=x onerror="alert(1)"> [a](javascript:alert(1)) <b>ok</b>']:
        html = Renderer().blocks([block], LINKS)
        assert "<script" not in html and "onerror" not in html and "javascript:" not in html
        assert '<img src="x">' in html and "<a>a</a>" in html and "<b>ok</b>" in html
        assert 'id="s1"' in html


def test_title_renders_inline():
    renders('Russia admits [almost 10000]{.figure value=10000 counts="Russian deaths"} dead',
            'Russia admits <mark class="hl hl-figure">'
            '<a href="../figures/russian-deaths/">almost 10000</a></mark> dead', inline=True)


# The fast path must give exactly what Python-Markdown gives: compare both on generated text.
from hypothesis import assume, given, settings, strategies as st  # noqa: E402

from generator import markup as markup_module  # noqa: E402
from generator import spans  # noqa: E402

words = st.text(alphabet=st.sampled_from(list("abc XYZ,.;:'\"!?()&<>{}#-+=|~*_\\`[]0123456789é—“”")), max_size=30)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(words, st.sampled_from(["", "quote", "figure", "claim", "date"])), min_size=1, max_size=4))
def test_fast_path_and_markdown_agree(pieces):
    text, marks = "", []
    for piece, kind in pieces:
        if kind and piece:
            marks.append(spans.Mark(len(text), len(text) + len(piece), kind,
                                    {"speaker": "Volodymyr Zelensky", "value": "2022-03-02", "counts": "Russian deaths"}))
        text += piece
    block = spans.write(text, marks).strip()
    # Python-Markdown turns a literal "&#0" into the entity "&#0;" (markdown.markdown('a &#0 b')); the
    # fast path shows the text as written, so the two are compared only where Markdown is right.
    assume("&#" not in text)
    fast = markup_module._fast(block, LINKS, "p", "s1")
    renderer = Renderer()
    slow = renderer._convert(block, LINKS)
    if fast is not None:
        assert fast == markup_module.sanitise(slow)
    assert renderer.blocks([block], LINKS) == (fast if fast is not None else markup_module.sanitise(slow))


def test_generated_text_takes_the_fast_path():
    block = spans.write('He said "x < y & *z*" [sic] 1. #tag', [spans.Mark(8, 21, "quote", {"speaker": "A B"})])
    assert markup_module._fast(block, LINKS, "p", "s1") is not None
