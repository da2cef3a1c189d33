"""Claims: sentences with a figure or a fact a named source reports; quoted opinions are not claims."""
import datetime as dt

from generator.annotate import annotate
from generator.model import Seed


def claims(*body: str) -> list[tuple[int, str | None]]:
    seed = Seed("t.txt", "A title", dt.date(2022, 3, 22), "https://example.org", ("A title", *body))
    return [(c.sentence, c.claimant) for c in annotate(seed, {}).claims]


def test_a_figure_with_its_source():
    assert claims("The ministry claimed that 412 houses had flooded.") == [(1, "the ministry")]


def test_according_to_names_the_claimant():
    assert claims("Unemployment rose to 7%, according to the Statistics Office.") == [(1, "Statistics Office")]


def test_published_by_names_the_claimant():
    assert claims("The figures were published by the newspaper Daily Courier on Monday.") == [(1, "Daily Courier")]


def test_postposed_source():
    assert claims("Exports fell by 9,000 tonnes, a trade newspaper revealed.") == [(1, "a trade newspaper")]


def test_a_figure_without_a_source_is_a_claim_by_nobody():
    assert claims("Floods forced a quarter of the residents from their homes.") == [(1, None)]


def test_quoted_opinions_and_plain_reported_speech_are_not_claims():
    assert claims('"We will win this fight," said Tom Berg.', "Tom Berg said the talks could go on.") == []


def test_a_claim_spans_its_sentence_and_holds_its_figures():
    seed = Seed("t.txt", "T", dt.date(2022, 3, 22), "https://example.org",
                ("T", "Snow fell. The agency reported 3,100 power cuts on March 2."))
    notes = annotate(seed, {})
    [claim] = notes.claims
    assert claim.text == "The agency reported 3,100 power cuts on March 2."
    assert all(claim.start <= f.start and f.end <= claim.end for f in notes.figures)


def test_a_speech_verb_inside_a_noun_phrase_names_no_claimant():
    assert claims("The city has spent $5m on roads, about 9% of what the council says is needed.") == [(1, None)]



def test_a_speech_verb_that_reports_no_clause_makes_no_claimant():
    assert claims("In Lviv alone, 362,562 witnesses have testified, according to the police.") \
        == [(1, "the police")]


def test_figures_are_no_claimant_but_their_publisher_is():
    assert claims("About 2,000 votes were counted, according to figures published on Monday.") == [(1, None)]
    assert claims("About 2,000 votes were counted, according to figures published by the electoral board.") \
        == [(1, "the electoral board")]


def test_the_subject_of_a_passive_fact_verb_is_no_claimant():
    assert claims("When Ana Ruiz's diagnosis was confirmed, 3 doctors were sent to the clinic.") == [(1, None)]


def test_the_source_of_figures_is_the_claimant():
    assert claims("Cases rose to 3,000, according to a report by the United Nations.") == [(1, "United Nations")]
    assert claims("Cases rose to 3,000, according to the latest figures from the ministry.") == [(1, "the ministry")]


def test_reported_to_have_is_no_passive():
    assert claims("The agency is reported to have found 300 cases.") == [(1, "the agency")]


def test_whoever_puts_the_number_at_a_figure_claims_it():
    assert claims("On Wednesday, the electoral board put the number of ballots at 3.5 million.") \
        == [(1, "the electoral board")]


def test_putting_a_total_aside_claims_nothing():
    assert claims("The coach put the team total aside for the season.") == []


def test_a_line_that_only_introduces_a_quotation_is_no_claim():
    assert claims("The Springfield Gazette reports:", '"The mayor left the city on Friday for good."') == []
    assert claims("The Springfield Gazette reports that the mayor left the city on Friday.") \
        == [(1, "Springfield Gazette")]
    assert claims("The inspectors found that the bridge was unsafe:") == [(1, "the inspectors")]  # a finding


def test_a_share_of_people_who_said_something_is_a_finding_of_whoever_found_it():
    assert claims("A Quinnipiac University poll found that 74 percent of likely voters said the mayor should resign.") \
        == [(1, "Quinnipiac University")]


def test_an_organisation_claims_under_its_whole_name_and_a_possessor_claims_nothing():
    assert claims("The prisons hold 25 percent of the world's inmates, according to the Federal Bureau of Prisons.") \
        == [(1, "Federal Bureau of Prisons")]
    assert claims("The rate fell to 18.7 percent, or less than one-third of Berg's claim.") == [(1, None)]
