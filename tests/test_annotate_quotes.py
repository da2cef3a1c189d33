"""Quotation marks: which words are quoted, direct or partial, and which marks are no quotation."""
import datetime as dt

import pytest

from generator.annotate import annotate
from generator.annotate.quotes import find
from generator.model import Seed


def article(*body: str, title: str = "A title"):
    return annotate(Seed("t.txt", title, dt.date(2022, 3, 22), "https://example.org", (title, *body)), {})


def quoted(line: str) -> list[str]:
    return [line[q.start:q.end] for q in find(line)]


def test_straight_and_curly_marks():
    assert quoted('"We will rebuild," the mayor said.') == ["We will rebuild,"]
    assert quoted("“We will rebuild,” the mayor said.") == ["We will rebuild,"]


def test_nested_single_quotes_stay_inside():
    assert quoted("\"They told us 'go home' and left,\" she said.") == ["They told us 'go home' and left,"]


def test_double_marks_nested_in_single_ones_british_style_stay_inside():
    assert quoted("Ana Ruiz said: 'It is not a \"spat\". It is a crime.'") == ['It is not a "spat". It is a crime.']
    assert quoted("She said: ‘It was “fine”, honestly.’") == ["It was “fine”, honestly."]
    # single marks around a title beside a double-quoted quotation leave the quotation alone
    assert quoted("The 'Big Short' author said \"we are doomed\" on Monday.") == ["we are doomed"]


def test_a_nested_quote_in_the_other_style_does_not_close_the_outer_one():
    line = '"HOST: Is this an episode of “Shark Tank.” Or is it serious?'
    assert quoted(line) == ["Is this an episode of “Shark Tank.” Or is it serious?"]


def test_a_closing_mark_printed_as_an_opener_at_the_start_of_a_line():
    assert quoted("”Fear is what I feel. It will pass.” ― Dana Hill") == ["Fear is what I feel. It will pass."]


def test_an_unclosed_quote_runs_to_the_end_of_its_line_only():
    assert quoted('"We kept going. Nobody stopped us.') == ["We kept going. Nobody stopped us."]


def test_marks_inside_markup_and_inch_marks_are_not_quotes():
    assert quoted('<tweet author="x y z">He is 6\'3" tall.</tweet>') == []


def test_british_single_quotes_when_no_double_ones():
    assert quoted("Minister says 'we will not back down' over strike") == ["we will not back down"]


def test_quote_spanning_two_sentences_is_one_quote():
    notes = article('"The bridge is closed. Nobody may cross it," said Ana Ruiz.')
    assert [q.text for q in notes.quotes] == ["The bridge is closed. Nobody may cross it,"]


def test_direct_and_partial_kinds():
    notes = article('"The budget is balanced," said Ana Ruiz.',
                    'Ruiz said the plan would "cut waiting lists in half" by spring.')
    kinds = {q.text: q.kind for q in notes.quotes if q.kind != "indirect"}
    assert kinds == {"The budget is balanced,": "direct", "cut waiting lists in half": "partial"}


def test_scare_quotes_and_titles_of_works_are_not_quotes():
    notes = article('The council called it a "woke" plan.',
                    'She appeared on "The Morning Hour Show" last year.',
                    'Critics fear a "civil war" inside the party.')
    assert [q for q in notes.quotes if q.kind != "indirect"] == []


def test_a_short_quote_with_a_speech_verb_is_kept():
    notes = article('Asked about the vote, Ana Ruiz said: "No."')
    assert [(q.text, q.speaker) for q in notes.quotes] == [("No.", "Ana Ruiz")]


def test_unbalanced_marks_do_not_break_later_lines():
    notes = article('He said "this never ends', '"We are ready," said Ana Ruiz.')
    assert ("We are ready,", "Ana Ruiz") in [(q.text, q.speaker) for q in notes.quotes]


def test_interview_transcript_lines():
    notes = article("Ana Ruiz spoke to the host.", "HOST: Will you run again?", "RUIZ: I have not decided yet.")
    by_text = {q.text: q.speaker for q in notes.quotes}
    assert by_text["I have not decided yet."] == "Ana Ruiz"
    assert by_text["Will you run again?"] == "Host"


def test_a_quote_paragraph_continues_an_unclosed_quote_of_the_paragraph_before():
    notes = article('"The river rose all night, and by morning the lower town was gone,', '"We lost everything we had built over twenty years," said Tom Berg.')
    assert [(q.kind, q.speaker) for q in notes.quotes] == [("direct", "Tom Berg"), ("continued", None)]
    assert [(q.text, q.speaker) for q in notes.quotations()] == [
        ("The river rose all night, and by morning the lower town was gone … "
         "We lost everything we had built over twenty years,", "Tom Berg")]


def test_a_quotation_running_over_paragraphs_is_one_quotation_of_its_speaker():
    notes = article('"The river rose all night," said Ana Ruiz, the mayor. "We had warned the county for years.',
                    '"Nobody listened until the water came.',
                    '"Now they will have to."',
                    "The county did not reply.")
    assert [(q.kind, q.speaker) for q in notes.quotes] == [
        ("direct", "Ana Ruiz"), ("direct", "Ana Ruiz"), ("continued", None), ("continued", None)]
    assert [(q.text, q.speaker, q.sentence) for q in notes.quotations()] == [
        ("The river rose all night,", "Ana Ruiz", 1),
        ("We had warned the county for years. Nobody listened until the water came. Now they will have to.",
         "Ana Ruiz", 1)]


def test_a_new_transcript_turn_is_no_continuation_but_a_paragraph_going_on_with_a_turn_is():
    notes = article('"HOST: Will you run again?', '"RUIZ: I have not decided yet.', '"My family comes first."')
    assert [(q.text, q.speaker) for q in notes.quotations()] == [
        ("Will you run again?", "Host"), ("I have not decided yet. My family comes first.", "Ruiz")]


def test_a_quotation_left_open_in_the_headline_does_not_run_into_the_article():
    notes = article('"It is a new day for this state." So began the speech.', title='Reyes says "we will win this state')
    assert [(q.text, q.sentence) for q in notes.quotations()] == [
        ("we will win this state", 0), ("It is a new day for this state.", 1)]


def test_a_paragraph_with_a_speaker_of_its_own_is_a_new_quotation():
    notes = article('"The budget is balanced, the schools are full," Ana Ruiz said. "And the roads',
                    '"It is a mess," Tom Berg replied.')
    assert [(q.kind, q.speaker) for q in notes.quotes] == [
        ("direct", "Ana Ruiz"), ("direct", "Ana Ruiz"), ("direct", "Tom Berg")]


def test_a_paragraph_that_is_only_a_quotation_goes_on_with_the_quotation_before():
    notes = article('"We had warned the county," said Ana Ruiz.', '"Nobody listened until the water came."',
                    '"Not one of them."')
    assert [(q.kind, q.speaker) for q in notes.quotes] == [("direct", "Ana Ruiz"), ("continued", None),
                                                           ("continued", None)]
    assert [(q.text, q.speaker, q.sentence) for q in notes.quotations()] == [
        ("We had warned the county … Nobody listened until the water came. Not one of them.", "Ana Ruiz", 1)]


def test_a_quotation_paragraph_with_words_of_its_own_or_after_an_introduction_is_a_new_quotation():
    closed_by_words = article('"We had warned the county," said Ana Ruiz.', '"Nobody listened." That was in May.')
    introduced = article('Ana Ruiz called it "a warning" and added:', '"Nobody listened until the water came."')
    after_prose = article('"We had warned the county," said Ana Ruiz.', "The county did not reply.",
                          '"Nobody listened until the water came."')
    after_headline = article('"Nobody listened until the water came."', title='Ruiz: "We warned the county"')
    for notes in (closed_by_words, introduced, after_prose, after_headline):
        assert "continued" not in [q.kind for q in notes.quotes]
    assert [(q.text, q.speaker) for q in introduced.quotations()][-1] == (
        "Nobody listened until the water came.", "Ana Ruiz")


def test_transcript_labels_with_a_role_and_turns_that_quote_someone():
    notes = article("MARA ELLIS, HOST: Good morning, and welcome to the show.",
                    'BRENNER: My dad said, "Carl, you have not seen dry yet." Well, now I have.',
                    "BRENNER: And it is drier every year.")
    assert [(q.text, q.speaker) for q in notes.quotes] == [
        ("Good morning, and welcome to the show.", "Mara Ellis"),
        ('My dad said, "Carl, you have not seen dry yet." Well, now I have.', "Brenner"),
        ("And it is drier every year.", "Brenner")]


def test_a_heading_or_dateline_in_capitals_is_no_turn_when_the_line_quotes_someone():
    for line in ('LIVE UPDATES: Ana Ruiz said the talks were "going slower than we wanted."',
                 'KYIV, UKRAINE: Ana Ruiz said the strike was "the largest of the war."'):
        notes = article(line)
        assert [q.speaker for q in notes.quotes if q.kind != "indirect"] == ["Ana Ruiz"], line
        assert [p.name for p in notes.people] == ["Ana Ruiz"], line


def test_a_fact_checks_verdict_is_nobodys_turn():
    notes = article("RATING: Mostly false, with a grain of truth.", "VERDICT: Misleading in every way.")
    assert notes.quotes == () and notes.people == ()


def test_an_editors_label_is_no_transcript_turn():
    notes = article("Ana Ruiz spoke to the host.", "CORRECTION: An earlier version misspelled the town's name.")
    assert [q for q in notes.quotes if q.kind != "indirect"] == []


def test_a_nested_quote_in_the_same_curly_style_stays_inside():
    line = "“I would rather live in what he calls “chaos” than in his world.” ― Ana Ruiz"
    assert quoted(line) == ["I would rather live in what he calls “chaos” than in his world."]


def test_a_nickname_between_two_names_is_no_quote():
    assert quoted('Del. Marcia "Mo" Price opened the fair.') == []


def test_the_title_of_a_show_after_a_preposition_is_no_quote():
    notes = article('Speaking on NBC\'s "Meet the Press," Sen. Ana Ruiz said the bill was dead.')
    assert [q.text for q in notes.quotes if q.kind != "indirect"] == []


def test_quoted_words_that_label_the_name_after_them_are_no_quote():
    notes = article("The paper sent its “chief health correspondent” Tom Berg to the clinic.")
    assert [q.text for q in notes.quotes if q.kind != "indirect"] == []


def test_short_fragments_a_few_words_apart_are_one_quotation():
    notes = article('Ana Ruiz called the toll plan "unfair" and "a ripoff."')
    assert [(q.text, q.speaker) for q in notes.quotes if q.kind != "indirect"] == [
        ('unfair" and "a ripoff.', "Ana Ruiz")]
    line = 'Tom Berg called the mayor a "lazy man," an "empty suit," "weak" and "useless."'
    assert quoted(line) == ['lazy man," an "empty suit," "weak" and "useless.']


def test_a_term_in_quotation_marks_is_no_quote_unless_someone_says_it():
    for line in ('The law requires an investment in a "targeted employment area," which is defined as a poor district.',
                 'The board adopted a so-called "poison pill defence" on Monday.',
                 'The bank offered a "balloon payment loan," meaning the last payment is the largest.'):
        assert [q.text for q in article(line).quotes if q.kind != "indirect"] == [], line
    assert [q.text for q in article('"It is over," meaning the deal was dead, Tom Berg told reporters.').quotes] \
        == ["It is over,"]  # a quotation opening its sentence is no term
    notes = article('The plan is "a targeted employment area," Ana Ruiz said, meaning the poorest district.')
    assert [(q.text, q.speaker) for q in notes.quotes] == [("a targeted employment area,", "Ana Ruiz")]


def test_a_so_called_name_is_no_quote_even_with_a_speech_verb_before_it():
    for line in ('Tom Berg declined to comment on the so-called "Trichet mistake."',
                 'Ana Ruiz defended what is known as "the Berg rule" on Monday.'):
        assert [q.text for q in article(line).quotes] == [], line
    notes = article('Ana Ruiz used the phrase "a basket of broken promises" on Monday.')
    assert [(q.text, q.speaker) for q in notes.quotes] == [("a basket of broken promises", "Ana Ruiz")]


def test_joined_fragments_still_need_a_cue():
    notes = article('The "yes" and "no" camps met at the town hall on Friday.')
    assert [q for q in notes.quotes if q.kind != "indirect"] == []


def test_fragments_in_different_sentences_or_far_apart_stay_apart():
    assert quoted('Berg said "never." Then "maybe" came later.') == ["never.", "maybe"]
    assert quoted('It was "unfair" to the people who live along the river and "wrong" too.') == ["unfair", "wrong"]


def test_a_stray_closing_mark_opens_no_quotation():
    line = 'He read out the list of every new rule" before the vote. The "new rules" were "approved by all," she said.'
    assert quoted(line) == ["new rules", "approved by all,"]


def test_single_marks_inside_double_apostrophes_are_nested():
    assert quoted("''We told them 'no more cuts' and left,'' said Ana Ruiz.") == []


def test_a_title_after_a_naming_verb_is_a_quotation():
    notes = article('Ana Ruiz dubbed the bypass "The Road To Nowhere" at the rally.')
    assert [(q.text, q.speaker) for q in notes.quotes if q.kind != "indirect"] == [
        ("The Road To Nowhere", "Ana Ruiz")]


def test_quoted_words_before_a_preposition_modify_no_noun():
    notes = article('Ana Ruiz called the levy "unfair" for families.')
    assert [(q.text, q.speaker) for q in notes.quotes if q.kind != "indirect"] == [("unfair", "Ana Ruiz")]


def test_a_quoted_title_before_a_noun_is_no_quotation():
    notes = article('Tom Berg said the "Keep It Local" radio show would end in May.')
    assert [q for q in notes.quotes if q.kind != "indirect"] == []


def test_a_title_after_a_noun_naming_a_work_is_no_quotation():
    notes = article('Her column, "Why the buses never come on time," won a prize for Ana Ruiz.')
    assert [q for q in notes.quotes if q.kind != "indirect"] == []


def test_the_title_of_a_bestseller_or_a_series_is_no_quotation():
    for line in ('Tom Berg wrote the bestseller "Priced Out" in 2019.',
                 'Ana Ruiz starred in the series "Harbour Lights" for six years.'):
        assert [q for q in article(line).quotes if q.kind != "indirect"] == [], line


def test_a_noun_that_may_name_a_work_takes_a_quotation_that_is_no_title():
    notes = article('He was the single "most dangerous man in America," Senator Ana Ruiz said.',
                    'The curator, Tom Berg, said the exhibition "challenges everything we knew about Vermeer."')
    assert [q.speaker for q in notes.quotes if q.kind != "indirect"] == ["Ana Ruiz", "Tom Berg"]


def test_a_so_called_name_still_tells_who_speaks_next():
    notes = article('Berg criticized the so-called "Squad" who, he said, "threaten the foundations of the party."')
    assert [(q.text, q.speaker) for q in notes.quotes] == [("threaten the foundations of the party.", "Berg")]


def test_capitalised_words_with_a_sentence_inside_are_no_title():
    notes = article('"Here comes the winner," Ana Ruiz said. "The Champion. Our Champion."')
    assert [q.speaker for q in notes.quotes if q.kind != "indirect"] == ["Ana Ruiz", "Ana Ruiz"]


def test_the_title_of_a_show_after_a_sentence_opening_preposition_is_no_quote():
    notes = article('On "Morning Town Hall," Ana Ruiz said the vote would be close.')
    assert [q.text for q in notes.quotes if q.kind != "indirect"] == []


def test_a_short_quote_after_described_as_is_a_quote_however_long_the_object():
    notes = article('Tom Berg described the independence of the courts as "deeply worrying".')
    assert [(q.text, q.speaker) for q in notes.quotes] == [("deeply worrying", "Tom Berg")]


def test_a_verb_that_takes_a_thing_reports_no_speech_without_a_clause():
    assert article("Nolan claims victory in Vienna with 39% of the vote").quotes == ()
    assert article("Graham has acknowledged the reality of climate change, which makes him an outlier.").quotes == ()
    assert [(q.kind, q.text) for q in article("The ministry confirmed two people died in the blast.").quotes] \
        == [("indirect", "two people died in the blast")]


@pytest.mark.parametrize("sentence, clause", [
    ("Senator Tim Kaine admitted he knows the donor.", "he knows the donor"),
    ("The minister confirmed the deal goes ahead next week.", "the deal goes ahead next week"),
    ("Mayor Eric Adams promised the city gets its money back.", "the city gets its money back"),
    ("Rep. Nancy Mace claimed victory in the race with a hundred votes.", None),
])
def test_a_verb_that_takes_a_thing_reports_a_clause_in_the_present_too(sentence, clause):
    assert [q.text for q in article(sentence).quotes] == ([clause] if clause else [])


def test_a_quotation_paragraph_after_a_paragraph_that_moved_on_to_someone_else_is_theirs():
    notes = article('"We have waited three weeks for an answer," said Maria Delgado. Her neighbor, Tom Whitaker, '
                    "was less patient.", '"They have abandoned us."')
    assert [(q.kind, q.speaker) for q in notes.quotes] == [("direct", "Maria Delgado"), ("direct", "Tom Whitaker")]
    notes = article('"The deal is done," said Carla Mendes. But the chief executive, Peter Lang, told analysts that '
                    "several issues remained open.", '"We are still far apart on pensions."')
    assert [(q.kind, q.speaker) for q in notes.quotes if q.kind != "indirect"] == [
        ("direct", "Carla Mendes"), ("direct", "Peter Lang")]


def test_a_quotation_paragraph_goes_on_only_when_the_paragraph_before_ends_with_its_speaker():
    ended_by_a_thing = article('At the dedication, Mayor Ana Ruiz said the memorial was "long overdue." The bronze '
                               "plaque at its base bears a single line.", '"Let us never forget who built this city."')
    assert "continued" not in [q.kind for q in ended_by_a_thing.quotes]
    ended_by_the_speaker = article('"The plan is outrageous," said Ana Ruiz. Ruiz kept her comments to the future.',
                                   '"If any bank cannot be managed, it should be broken up."')
    assert [q.kind for q in ended_by_the_speaker.quotes] == ["direct", "continued"]
    # quoted words inside a sentence are no quotation a new paragraph goes on with
    after_words = article('Ana Ruiz called the threats "disgusting" and "un-American."',
                          '"We ought to be able to disagree without threatening one another."')
    assert [(q.kind, q.speaker) for q in after_words.quotes] == [("partial", "Ana Ruiz"), ("direct", "Ana Ruiz")]


def test_a_shows_title_after_an_outlet_is_no_quotation_and_joins_no_fragments():
    notes = article('Ana Ruiz told ABC\'s "This Week" that the remarks were "shocking" and "dangerous."',
                    'Ruiz said on NBC News\' "Meet the Press" that she would vote no.')
    assert [(q.text, q.speaker) for q in notes.quotes if q.kind != "indirect"] == [
        ('shocking" and "dangerous.', "Ana Ruiz")]


def test_a_quote_takes_its_own_sentences_subject_before_a_neighbour_in_another_sentence():
    notes = article('The crowd responded with chants of "Lock her up!" The chant drew a smile from Tom Berg, who '
                    'said: "We will see what happens after the vote."')
    assert [q.speaker for q in notes.quotes] == ["the crowd", "Tom Berg"]
