import datetime as dt
from pathlib import Path

from generator.content import load_aliases, load_document, to_markdown
from generator.model import Annotations, Claim, DateMention, Figure, Person, Quote, Seed

SENTENCES = (
    "Russia admits almost 10000 soldiers dead",
    "Officially the Kremlin had claimed 498 Russian deaths on March 2.",
    '"I am ready," Zelensky said.',
)
SEED = Seed("seeds/s.txt", SENTENCES[0], dt.date(2022, 3, 22), "https://example.org/a", SENTENCES)
NOTES = Annotations(
    people=(Person("Volodymyr Zelensky", ("Zelensky",), "President of Ukraine"),),
    organisations=("Kremlin",),
    quotes=(Quote("I am ready,", "Volodymyr Zelensky", 2, "direct", 1, 12),),
    figures=(Figure("almost 10000", 10000, 0, 14, 26, qualifier="almost", counts="Russian soldiers dead"),
             Figure("498", 498, 1, 35, 38, counts="Russian deaths", claimed_by="Kremlin", as_of="2022-03-02")),
    dates=(DateMention("March 2", "2022-03-02", 1, 57, 64),),
    claims=(Claim(SENTENCES[1], "Kremlin", 1, 0, len(SENTENCES[1])),),
)


def write(tmp_path: Path, text: str, name="2022-03-22-a.md") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_generated_file_reads_back_as_the_same_annotations(tmp_path):
    doc, problems = load_document(write(tmp_path, to_markdown(SEED, NOTES)), "a")
    assert problems == []
    assert doc.sentences == SENTENCES
    assert doc.title == SENTENCES[0] and doc.date == dt.date(2022, 3, 22)
    assert doc.annotations == NOTES


def test_the_file_is_what_an_editor_can_read(tmp_path):
    text = to_markdown(SEED, NOTES)
    assert 'title: Russia admits [almost 10000]{.figure value=10000 qualifier=almost counts="Russian soldiers dead"}' in text
    assert '[“I am ready,”]' not in text and '["I am ready,"]{.quote speaker="Volodymyr Zelensky"}' in text
    assert "[498]{.figure value=498 counts=\"Russian deaths\" by=Kremlin as-of=2022-03-02}" in text


def test_a_continued_quotation_is_written_without_a_speaker_and_read_back(tmp_path):
    sentences = ("A title", '"We had warned the county," said Ana Ruiz. "For years.', '"Nobody listened."')
    seed = Seed("seeds/s.txt", sentences[0], dt.date(2022, 3, 22), "https://example.org/a", sentences)
    notes = Annotations(people=(Person("Ana Ruiz"),),
                        quotes=(Quote("We had warned the county,", "Ana Ruiz", 1, "direct", 1, 26),
                                Quote("For years.", "Ana Ruiz", 1, "direct", 44, 54),
                                Quote("Nobody listened.", None, 2, "continued", 1, 17)))
    text = to_markdown(seed, notes)
    assert '["Nobody listened."]{.quote kind=continued}' in text
    doc, problems = load_document(write(tmp_path, text), "a")
    assert problems == [] and doc.annotations.quotes == notes.quotes
    assert [q.text for q in doc.annotations.quotations()] == ["We had warned the county,", "For years. Nobody listened."]


def test_a_continued_quote_with_no_quotation_before_it_stands_alone():
    notes = Annotations(quotes=(Quote("Nobody listened.", None, 1, "continued", 1, 17),))
    assert [(q.text, q.kind) for q in notes.quotations()] == [("Nobody listened.", "direct")]
    notes = Annotations(quotes=(Quote("We warned them.", "Ana Ruiz", 1, "direct", 1, 16),
                                Quote("Nobody listened.", None, 3, "continued", 1, 17)))  # a paragraph between
    assert [(q.text, q.speaker) for q in notes.quotations()] == [("We warned them.", "Ana Ruiz"),
                                                                 ("Nobody listened.", None)]


def test_rewriting_a_loaded_file_is_byte_identical(tmp_path):
    first = to_markdown(SEED, NOTES)
    doc, _ = load_document(write(tmp_path, first), "a")
    again = Seed(SEED.path, doc.title, doc.date, doc.source, doc.sentences)
    assert to_markdown(again, doc.annotations) == first


GOOD = """---
title: A title
date: 2022-03-22
people:
- name: Volodymyr Zelensky
  aliases: [Zelensky]
---

First paragraph.

Second [9,861]{.figure value=9861} paragraph.
"""


def problems_of(tmp_path, text):
    doc, problems = load_document(write(tmp_path, text), "a")
    return doc, [(p.line, p.column, p.message) for p in problems]


def test_invalid_yaml_names_its_line(tmp_path):
    doc, found = problems_of(tmp_path, GOOD.replace("date: 2022-03-22", "date: [2022"))
    assert doc is None
    assert found[0][0] in (3, 4) and "invalid YAML" in found[0][2]


def test_unknown_field_names_its_line(tmp_path):
    doc, found = problems_of(tmp_path, GOOD.replace("date:", "autor: me\ndate:"))
    assert doc is not None
    assert found == [(3, None, "unknown field 'autor': the fields are title, date, source, seed, "
                               "people, organisations, draft, ratings")]


def test_impossible_date_is_an_error(tmp_path):
    doc, found = problems_of(tmp_path, GOOD.replace("2022-03-22", "2022-02-30"))
    assert doc is None and found[0][0] == 3 and "real day" in found[0][2]


def test_span_problems_name_line_and_column(tmp_path):
    text = GOOD.replace("Second [9,861]{.figure value=9861} paragraph.",
                        "Second [9,861]{.figure value=lots} and\n[x]{.quote speaker=\"Nobody Known\"} ]{.claim}")
    doc, found = problems_of(tmp_path, text)
    assert doc is not None
    by_message = {message.split(":")[0]: (line, col) for line, col, message in found}
    assert by_message["figure “9,861” needs value=<number> (digits, e.g. value=9861), found 'lots'"] == (11, 8)
    assert by_message["quote speaker 'Nobody Known' is not a known person or alias"] == (12, 1)
    assert by_message["']{…}' closes a span that was never opened with '['"] == (12, 36)


def test_a_hand_written_quotation_over_two_paragraphs_reads_as_one(tmp_path):
    text = GOOD.replace("First paragraph.", '["We warned the county for years.]{.quote speaker=Zelensky}').replace(
        "Second [9,861]{.figure value=9861} paragraph.", '["Nobody listened."]{.quote kind=continued}')
    doc, found = problems_of(tmp_path, text)
    assert found == []
    assert [(q.text, q.speaker) for q in doc.annotations.quotations()] == [
        ("We warned the county for years. Nobody listened.", "Zelensky")]


def test_a_continued_quote_with_a_speaker_or_nothing_to_continue_is_an_error(tmp_path):
    text = GOOD.replace("Second [9,861]{.figure value=9861} paragraph.",
                        '["Nobody listened."]{.quote kind=continued speaker=Zelensky}')
    doc, found = problems_of(tmp_path, text)
    assert [(line, message.split(":")[0]) for line, _, message in found] == [
        (11, "continued quote “Nobody listened.” takes the speaker of the quotation it continues"),
        (11, "continued quote “Nobody listened.” continues nothing")]
    assert [q.text for q in doc.annotations.quotations()] == ["Nobody listened."]  # still shown, as a quote


def test_unknown_kind_and_attribute(tmp_path):
    doc, found = problems_of(tmp_path, GOOD.replace("{.figure value=9861}", "{.figuer value=9861}"))
    assert any("unknown span kind '.figuer'" in m for _, _, m in found)
    doc, found = problems_of(tmp_path, GOOD.replace("{.figure value=9861}", "{.figure value=9861 colour=red}"))
    assert any("unknown attribute 'colour'" in m for _, _, m in found)


def test_a_speaker_known_by_alias_or_organisation_is_fine(tmp_path):
    text = GOOD.replace("First paragraph.", '[“Yes”]{.quote speaker=Zelensky} [“No”]{.quote speaker="a Kremlin aide"}')
    assert problems_of(tmp_path, text)[1] == []


def test_no_front_matter(tmp_path):
    doc, found = problems_of(tmp_path, "Just text\n")
    assert doc is None and found[0][0] == 1 and "front matter" in found[0][2]


def test_alias_file(tmp_path):
    path = tmp_path / "aliases.yml"
    path.write_text("Volodymyr Zelensky: [Zelenskiy, Zelenskyy]\nVladimir Putin: Putin\n", encoding="utf-8")
    aliases, problems = load_aliases(path)
    assert problems == []
    assert aliases == {"Zelenskiy": "Volodymyr Zelensky", "Zelenskyy": "Volodymyr Zelensky", "Putin": "Vladimir Putin",
                       "Volodymyr Zelensky": "Volodymyr Zelensky", "Vladimir Putin": "Vladimir Putin"}
    path.write_text("Volodymyr Zelensky: [Zelenskiy\n", encoding="utf-8")
    assert load_aliases(path)[1][0].line is not None


def test_ratings_in_front_matter_rate_the_claim_of_their_sentence(tmp_path):
    text = GOOD.replace("Second [9,861]{.figure value=9861} paragraph.", "[Deaths were 9,861.]{.claim by=Kremlin}")
    doc, found = problems_of(tmp_path, text.replace("people:", "ratings:\n- {sentence: 2, rating: Misleading}\npeople:"))
    assert found == [] and doc.annotations.claims[0].rating == "Misleading"
    doc, found = problems_of(tmp_path, text.replace("people:", "ratings:\n- {sentence: 1, rating: False}\npeople:"))
    assert found == [(4, None, "sentence 1 has no .claim span to rate: mark the claim first")]


def test_generated_files_name_every_speaker_so_they_validate(tmp_path):
    seed = Seed("s.txt", "T", dt.date(2022, 1, 1), "https://x.org", ("T", '"Hello there, friend," Walsh said.', '"Yes," said Reuters.'))
    notes = Annotations(people=(Person("Dagmar Walsh"),),
                        quotes=(Quote("Hello there, friend,", "Walsh", 1, "direct", 1, 21), Quote("Yes,", "Reuters", 2, "direct", 1, 5)))
    doc, found = load_document(write(tmp_path, to_markdown(seed, notes)), "a")
    assert found == []
    assert doc.annotations.people == (Person("Dagmar Walsh", ("Walsh",)),)
    assert doc.annotations.organisations == ("Reuters",)
