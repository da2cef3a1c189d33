"""Figures: how numbers are read, hedged and counted, and what is not a figure."""
import datetime as dt

import pytest

from generator.annotate import annotate
from generator.model import Seed


def figures(*body: str) -> list:
    seed = Seed("t.txt", "A title", dt.date(2022, 3, 22), "https://example.org", ("A title", *body))
    return list(annotate(seed, {}).figures)


def one(sentence: str):
    found = figures(sentence)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("sentence, text, value, unit", [
    ("The storm destroyed 9,861 homes.", "9,861", 9861, None),
    ("The storm destroyed 10000 homes.", "10000", 10000, None),
    ("The fund lost 1.5m members.", "1.5m", 1_500_000, None),
    ("The city borrowed $40bn from banks.", "$40bn", 40_000_000_000, "USD"),
    ("Turnout fell to 12% in the north.", "12%", 12, "%"),
    ("Turnout fell to 12 percent in the north.", "12 percent", 12, "%"),
    ("The club has ten members left.", "ten", 10, None),
    ("The state has 10 million voters.", "10 million", 10_000_000, None),
    ("Twenty-five schools closed.", "Twenty-five", 25, None),
])
def test_numbers_as_written(sentence, text, value, unit):
    figure = one(sentence)
    assert (figure.text, figure.value, figure.unit) == (text, pytest.approx(value), unit)


def test_a_fraction_of_something():
    figure = one("The flood forced a quarter of the town's residents from their homes.")
    assert (figure.text, figure.value, figure.unit) == ("a quarter", 0.25, "fraction")


def test_vague_plurals_mean_at_least():
    figure = one("Thousands of fans queued outside.")
    assert (figure.value, figure.qualifier, figure.counts) == (1000, "at least", "fans")


def test_a_range_is_one_figure_from_its_low_end():
    figure = one("Between them they sold 5,000-7,000 tickets.")
    assert (figure.text, figure.value, figure.qualifier) == ("5,000-7,000", 5000, "between 5000 and 7000")


@pytest.mark.parametrize("hedge", ["almost", "nearly", "as high as", "more than", "at least", "up to", "about"])
def test_hedges_are_part_of_the_figure(hedge):
    figure = one(f"The toll rose to {hedge} 4,200 people.")
    assert (figure.text, figure.qualifier) == (f"{hedge} 4,200", hedge)


def test_a_further_is_not_a_hedge():
    figure = one("The clinic reported a further 316 cases.")
    assert (figure.text, figure.qualifier) == ("316", None)


def test_what_a_figure_counts():
    assert one("Officials counted 412 flooded houses.").counts == "flooded houses"
    assert one("Thousands of workers have died.").counts == "workers died"
    assert one("The number of refugees now stands at 2,300.").counts == "refugees"
    assert one("The refugee number could reach 40,000 by spring.").counts == "refugees"


def test_a_share_of_an_amount_counts_nothing_it_does_not_name():
    found = figures("The city borrowed $5m of debt, about 9% of what the council says is needed.")
    assert [f.counts for f in found] == ["debt", None]


def test_a_bare_figure_counts_what_the_one_before_it_counted():
    found = figures("There were 120 arrests on Friday but now it is as high as 310.")
    assert [f.counts for f in found] == ["arrests", "arrests"]


def test_nationality_of_the_soldiers_from_the_sentence():
    assert one("The Portuguese army has lost 350 soldiers.").counts == "Portuguese soldiers lost"


@pytest.mark.parametrize("sentence", [
    "The law was passed in 2014.",
    "The vote is on March 2.",
    "The meeting starts at 10:30.",
    "The talks lasted nearly a year.",
    "She waited 45 minutes.",
    "He took part in a 30-minute interview.",
    "The 63-year-old retired.",
    "Quina Jones, 25, was there.",
    "It was the 21st attempt.",
    "It was the third attempt.",
    "One of the reasons is cost.",
])
def test_not_figures(sentence):
    assert figures(sentence) == []


def test_claimant_and_date_of_a_figure():
    found = figures("The ministry said 498 soldiers had died on March 2.")
    assert (found[0].claimed_by, found[0].as_of) == ("the ministry", "2022-03-02")


@pytest.mark.parametrize("sentence, counts", [
    ("Support for the plan has fallen to 33%, a poll found.", "support for the plan"),
    ("Turnout in Canada falls to 34% as the count ends.", "turnout in Canada"),
    ("If they are Hispanic, the unemployment rate is 36 percent.", "unemployment rate"),
    ("The commission cuts its Hungary growth forecast to 6.5%.", "Hungary growth forecast"),
    ("Obama called for reducing the corporate tax rate to 28 percent.", "corporate tax rate"),
])
def test_a_rate_counts_what_the_clause_moves_to_it(sentence, counts):
    assert one(sentence).counts == counts


def test_a_share_with_no_clause_moving_it_counts_nothing():
    assert one("Trump has record low support from black voters, with just 1 percent.").counts is None


def test_a_rate_s_subject_is_not_who_said_it_and_keeps_a_name_s_capital():
    assert one("Officials said inflation was 8% in March.").counts == "inflation"
    assert one("Biden's approval rating has fallen to 38%.").counts == "Biden's approval rating"


def test_a_figure_with_a_suffix_after_a_capitalised_word_and_comma_is_read():
    assert [(f.text, f.value) for f in figures("A, 1.5m, ")] == [("1.5m", 1_500_000)]
    assert figures("Quina Jones, 25, left.") == []


def test_a_number_word_that_counts_nothing_is_no_figure():
    for line in ("Do you see those two as equivalent?",
                 "His concerns are, one, his temperament, and two, his language.",
                 "They prepare for Round Two."):
        assert figures(line) == [], line
    assert [(f.value, f.counts) for f in figures("Of the ten judges who will hear it, six were appointed by Democrats.")] \
        == [(10, "judges"), (6, "judges")]
    # a hedge, an event, a tally or the end of the line make a number word a count
    for line, values in (("At least nine were killed.", [9]), ("Eleven were released without charge.", [11]),
                         ("The court ruled five to four.", [5]), ("Death toll: seven", [7])):
        assert [f.value for f in figures(line)] == values, line


def test_a_decade_is_no_figure_and_a_quotation_after_a_figure_is_not_what_it_counts():
    assert figures("He epitomized wealth during the 80’s and the 1990s before tumbling.") == []
    [share] = figures("The group found that 73 percent ''maintained subsidiaries in tax havens.''")
    assert (share.value, share.counts) == (73, None)
    [cut] = figures("The firm cut 300 'temporary' jobs.")  # a word in scare quotes is still counted
    assert (cut.value, cut.counts) == (300, "temporary jobs")


def test_times_addresses_and_words_that_are_no_noun_count_nothing():
    assert figures("The rally starts at 7 p.m. and ends at three o’clock.") == []
    assert figures("The bomb went off in front of 131 West 23rd Street.") == []
    for line in ("He started with $14 million borrowed from his father.", "A child can earn $6,000 annually.",
                 "Mexico buys $250 billion worth of goods.", "Apple holds $214.9 billion offshore.",
                 "Another 5 percent prefer the Libertarian nominee."):
        assert [f.counts for f in figures(line)] == [None], line
    # an adjective in -ed before a plural noun is still part of what is counted
    assert [f.counts for f in figures("He was backed by 95 retired generals.")] == ["retired generals"]
    assert [f.counts for f in figures("It found 74 percent of registered voters agreed.")] == ["registered voters"]


def test_a_number_in_a_hyphenated_compound_counts_the_compound_without_its_hyphen():
    assert [f.counts for f in figures("Clinton holds a ten-point lead in the poll.")] == ["point lead"]
    assert [f.counts for f in figures("A three-judge panel of the court ruled.")] == ["judge panel"]


def test_an_adjective_or_a_street_name_before_a_noun_keeps_the_count():
    for line, counts in (("The team had 12 total wins.", "total wins"), ("12 armed men attacked.", "armed men"),
                         ("About 40 Wall Street executives met.", "Wall Street executives"),
                         ("10,000-plus fans came.", "fans"), ("They want $15-an-hour wages.", None)):
        assert [f.counts for f in figures(line)] == [counts], line
