"""Dates resolved against the publication day (a Tuesday, 2022-03-22)."""
import datetime as dt

import pytest

from generator.annotate.dates import find

PUBLISHED = dt.date(2022, 3, 22)


def dates(sentence: str, published: dt.date = PUBLISHED) -> list[tuple[str, str]]:
    return [(d.text, d.date) for d in find(sentence, 1, published)]


@pytest.mark.parametrize("sentence, text, value", [
    ("It began on March 2 at dawn.", "March 2", "2022-03-02"),
    ("It began on 24 February.", "24 February", "2022-02-24"),
    ("It began on March 2, 2014.", "March 2, 2014", "2014-03-02"),
    ("It was published last Sunday.", "last Sunday", "2022-03-20"),
    ("They met on Monday.", "Monday", "2022-03-21"),
    ("They meet next Friday.", "next Friday", "2022-03-25"),
    ("Troops arrived last month.", "last month", "2022-02"),
    ("He said so earlier this month.", "earlier this month", "2022-03"),
    ("He called last week.", "last week", "2022-03-14/2022-03-20"),
    ("It rained yesterday.", "yesterday", "2022-03-21"),
    ("The law passed in 2014.", "2014", "2014-01-01/2014-12-31"),
    ("Prices rose in February.", "February", "2022-02"),
])
def test_resolved(sentence, text, value):
    assert dates(sentence) == [(text, value)]


def test_a_day_late_in_the_year_read_in_january_is_last_year():
    assert dates("The fire started on December 30.", dt.date(2022, 1, 4)) == [("December 30", "2021-12-30")]


def test_may_the_verb_is_no_month():
    assert dates("Prices may fall.") == []


def test_a_day_that_does_not_exist_is_skipped():
    assert dates("It happened on February 31.") == []


def test_the_sept_11_attacks_are_2001s_but_a_sept_11_memorial_is_this_years():
    published = dt.date(2016, 9, 19)
    assert dates("She cited her work after the Sept. 11 terrorist attacks.", published) == [("Sept. 11", "2001-09-11")]
    assert dates("The network trafficked in September 11 conspiracy theories.", published) \
        == [("September 11", "2001-09-11")]
    assert dates("She left the Sept. 11 memorial ceremony early.", published) == [("Sept. 11", "2016-09-11")]
    # a day of this year's, with an attack of its own or no attack named
    published = dt.date(2012, 10, 2)
    for sentence in ("The Sept. 11 attack on the consulate in Benghazi killed four.",
                     "On Sept. 11 families of the victims gathered at the memorial.",
                     "The Sept. 11 commission meeting was postponed."):
        assert dates(sentence, published) == [("Sept. 11", "2012-09-11")], sentence
