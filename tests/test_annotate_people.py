"""People under their fullest name with aliases and role; organisations and places kept apart."""
import datetime as dt

from generator.annotate import annotate
from generator.model import Seed


def notes(*body: str, aliases=None):
    seed = Seed("t.txt", "A title", dt.date(2022, 3, 22), "https://example.org", ("A title", *body))
    return annotate(seed, aliases or {})


def people(*body: str, aliases=None) -> dict:
    return {p.name: p for p in notes(*body, aliases=aliases).people}


def test_one_person_under_the_fullest_name_with_the_surname_as_alias():
    found = people("Mayor Ana Ruiz opened the bridge.", "Ruiz said it took four years.")
    assert list(found) == ["Ana Ruiz"]
    assert "Ruiz" in found["Ana Ruiz"].aliases


def test_title_forms_and_scraped_typos_are_aliases():
    found = people("Tom Berg spoke.", "Mr. Berg left early.", "Bergs critics were not convinced.",
                   "Tom Berg s plan failed.")
    aliases = found["Tom Berg"].aliases
    assert {"Mr. Berg", "Bergs", "Tom Berg s"} <= set(aliases)


def test_role_from_a_title_before_the_name_and_from_an_apposition():
    found = people("Ukrainian President Olena Vasko spoke.", "Karl Weber, the finance minister, agreed.")
    assert found["Olena Vasko"].role == "President of Ukraine"
    assert found["Karl Weber"].role == "finance minister"


def test_role_descriptions_become_aliases():
    found = people("Olena Vasko met Igor Petrov in Geneva.", "Petrov said nothing, and the Russian leader left.",
                   "Ukrainian President Olena Vasko spoke later.")
    assert "the Russian leader" in found["Igor Petrov"].aliases


def test_organisations_and_places_are_not_people():
    result = notes("The tabloid Daily Courier reported the figures.", "The Kremlin said Moscow was calm.",
                   "NATO met in Brussels.")
    assert [p.name for p in result.people] == []
    assert {"Kremlin", "NATO"} <= set(result.organisations)


def test_two_capitalised_words_alone_are_not_a_person():
    assert people("The Shark Tank episode aired.") == {}


def test_curated_aliases_fold_spellings_into_one_person():
    found = people("Volodymyr Zelenskiy spoke.", "Volodymyr Zelensky spoke again.",
                   aliases={"Volodymyr Zelenskiy": "Volodymyr Zelensky"})
    assert list(found) == ["Volodymyr Zelensky"]
