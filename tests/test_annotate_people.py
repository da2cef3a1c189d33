"""People under their fullest name with aliases and role; organisations and places kept apart."""
import datetime as dt

import pytest

from generator.annotate import annotate
from generator.model import Seed


def notes(*body: str, aliases=None, title: str = "A title"):
    seed = Seed("t.txt", title, dt.date(2022, 3, 22), "https://example.org", (title, *body))
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


def test_a_word_capitalised_only_because_it_opens_a_sentence_is_nobody():
    found = people('Preys on our fears and calls people "losers and cheats."',
                   'Talk compared to "working the referees" at a game.',
                   'Partial transcript as follows: "We will win this fight."')
    assert found == {}


def test_a_group_opening_a_sentence_speaks_but_is_no_person():
    result = notes('Demonstrators said they want "justice for the family," but would stay calm.',
                   "Lawmakers have not said when they would vote.")
    assert result.people == ()
    assert [q.speaker for q in result.quotes if q.kind == "partial"] == ["Demonstrators"]


def test_a_title_before_a_word_is_no_person_when_the_title_is_a_noun():
    found = people('Tom Berg called the winner "Miss Piggy" on air.', "He mocked a former Miss Universe.",
                   "The Queen City is calm.", '"Mr. President, will you pledge to stay?" he asked.')
    assert list(found) == ["Tom Berg"]


def test_a_headline_capitalises_every_word_so_its_titles_prove_nothing():
    found = notes("Senator Tom Berg was treated in 2003.",
                  title="Berg Hid Past Health Problems, Former White House Doctor Says")
    assert [p.name for p in found.people] == ["Tom Berg"]


def test_state_abbreviations_and_datelines_are_places():
    result = notes("Ana Ruiz, 59, of Ashton, Md., who watched the ceremony, said the event brought back memories.",
                   'WASHINGTON (AP) — "Polls are open," the clerk said.')
    assert [p.name for p in result.people] == ["Ana Ruiz"]
    assert [q.speaker for q in result.quotes if q.kind == "indirect"] == ["Ana Ruiz"]


def test_a_month_after_a_first_name_is_a_surname():
    result = notes("Prime Minister Theresa May was not invited.", 'May said she would "fight on for the country."',
                   "In May, the talks resumed.")
    assert [p.name for p in result.people] == ["Theresa May"]
    assert [q.speaker for q in result.quotes] == ["Theresa May"]
    assert [d.text for d in result.dates] == ["May"]


def test_organisations_named_like_people_are_organisations():
    result = notes("The Red Cross said 300 people were hurt.", "Human Rights Watch said the count was low.",
                   "Amnesty International and Medecins Sans Frontieres said so too.", "Le Monde reported it first.",
                   "UN Envoy Freya Reed said talks would resume.")
    assert [p.name for p in result.people] == ["Freya Reed"]
    assert {"Red Cross", "Human Rights Watch", "Amnesty International", "Medecins Sans Frontieres",
            "Le Monde"} <= set(result.organisations)


def test_a_person_whose_surname_is_an_organisations_word_stays_a_person():
    found = people("Prime Minister Elena Park met Senator Ted Cross.", "Cross said the talks went well.",
                   "Jan Kowalski agreed.", "James Park, the spokesperson, called it a historic day.")
    assert set(found) == {"Elena Park", "Ted Cross", "Jan Kowalski", "James Park"}


def test_parts_and_spellings_of_organisation_names_are_no_people():
    result = notes("Politifact checked the claim, and a USA TODAY analysis agreed.",
                   "She missed the Commission on Presidential Debates' threshold.",
                   "The Committee for a Responsible Federal Budget reported that costs would rise.")
    assert result.people == ()
    assert {"Politifact", "USA TODAY"} <= set(result.organisations)


def test_a_sentence_word_before_someone_s_surname_is_no_first_name():
    found = people("Donald Trump spoke in Ohio.", "Beyond Trump's finances is the issue of his business.",
                   "Trump said it was fine.")
    assert list(found) == ["Donald Trump"]


def test_an_organisation_named_short_is_still_the_organisation():
    result = notes("Peabody Energy, the largest coal company, sold Patriot Coal in 2007.",
                   'In a statement, Peabody said: "Patriot Coal was highly successful as an independent company."',
                   "But in July 2012, Patriot failed as predicted.", "The Securities and Exchange Commission sued.")
    assert result.people == ()
    assert [(q.speaker, q.kind) for q in result.quotes] == [("Peabody Energy", "direct")]


@pytest.mark.parametrize("sentence, person", [
    ("Joe Biden and Bill Clinton spoke on Monday.", "Joe Biden"),
    ("The Bank of England Governor Andrew Bailey said the rate would hold.", "Andrew Bailey"),
    ("David Steel said the plan was flawed.", "David Steel"),
    ("Since taking office Joe Biden has signed 40 executive orders.", "Joe Biden"),
    ("Japanese Prime Minister Naoto Kan visited the plant.", "Naoto Kan"),
])
def test_people_next_to_organisation_words_stay_people(sentence, person):
    assert person in people(sentence)


def test_a_code_like_eb_5_or_covid_19_names_nobody():
    found = notes('EB-5 requires an investment in a "targeted employment area," the agency says.',
                  "COVID-19 rules said visitors must wait.")
    assert found.people == () and found.organisations == ()
    assert [q.speaker for q in found.quotes] == ["the agency"]


def test_a_title_case_headline_names_only_whom_the_article_names():
    found = notes("Mayor Ana Ruiz spoke on Monday.", "Tom Berg, the county engineer, disagreed.",
                  "Reporting by Lawrence Hurley and Valerie Volcovici; Editing by Lisa Shumaker",
                  title="Ana Ruiz Speaks Out On Flood Plan, Derelict Berg Says Capital Download")
    assert {p.name for p in found.people} == {"Ana Ruiz", "Tom Berg", "Lawrence Hurley", "Valerie Volcovici",
                                              "Lisa Shumaker"}


def test_an_investigations_unit_a_militant_group_and_jim_crow_are_nobody():
    found = notes("Officials at Homeland Security Investigations said the rules were weak.",
                  "The villages were attacked by insurgents tied to Al Qaeda.",
                  "Judge Ana Ruiz spoke of the legacy of Jim Crow laws.")
    assert [p.name for p in found.people] == ["Ana Ruiz"]


def test_a_nickname_in_quotation_marks_is_part_of_the_name_and_an_alias():
    found = people('Rep. Robert C. "Bobby" Scott opened his barn to the crowd.',
                   '"We did it," his niece, Del. Marcia “Cia” Price, shouted.', '"Thank you," Bobby Scott said.')
    assert set(found) == {"Robert C. Scott", "Marcia Price"}
    assert {"Bobby Scott", "Rep. Robert C. Scott"} <= set(found["Robert C. Scott"].aliases)
    assert "Cia Price" in found["Marcia Price"].aliases


def test_a_common_noun_run_into_a_name_is_cut_off():
    found = notes("President Tom Berg spoke at the rally.", "[Video: President Berg Speech at the Town Hall]",
                  'Mr. Berg and Ana Ruiz are taking part in "Tom Berg Election Day," a day of events.')
    assert [p.name for p in found.people] == ["Ana Ruiz", "Tom Berg"]


def test_a_short_title_case_headline_names_only_whom_the_article_names():
    found = notes("President Berg met Ana Ruiz on Monday to talk about the flood plan.", title="Derelict Berg and Ruiz;")
    assert [p.name for p in found.people] == ["Ana Ruiz", "Berg"]


def test_a_title_says_which_of_two_people_sharing_a_surname_is_meant():
    found = people("Michelle Obama spoke after Barack Obama.", "Mr. Obama thanked the crowd.", "Mrs. Obama smiled.")
    assert "Mr. Obama" in found["Barack Obama"].aliases and "Mr. Obama" not in found["Michelle Obama"].aliases
    assert "Mrs. Obama" in found["Michelle Obama"].aliases and "Mrs. Obama" not in found["Barack Obama"].aliases
    # and the quote goes with the alias
    quotes = notes("Barack Obama and Michelle Obama arrived.", "Michelle Obama spoke first.",
                   '"We are proud," Mr. Obama said.').quotes
    assert [q.speaker for q in quotes] == ["Barack Obama"]


def test_a_role_before_a_name_is_its_own_words_not_the_clause_before_it():
    found = people("She answered in her response to moderator Lester Holt on Monday.",
                   "The ad was promoted by Republican presidential nominee Tom Berg.")
    assert found["Lester Holt"].role == "moderator"
    assert found["Tom Berg"].role == "Republican presidential nominee"


def test_a_narrator_or_a_questioner_can_speak():
    quotes = notes('"If he thinks that makes him smart," the ad\'s narrator says.').quotes
    assert [q.speaker for q in quotes] == ["the ad's narrator"]


def test_a_name_is_cut_only_before_a_listed_noun_and_only_where_the_article_names_it_alone():
    found = notes('"We will appeal," the lawyer Khin Maung Win said.')  # 'Win' is a name, no noun
    assert [p.name for p in found.people] == ["Khin Maung Win"]
    found = notes("Mayor Bill de Blasio spoke.", "[Video: Mayor Bill de Blasio Campaign Rally in Queens]")
    assert [p.name for p in found.people] == ["Bill de Blasio"]


def test_a_title_that_is_only_a_name_is_no_headline():
    found = notes('"I am honored," said Judge Jackson.', title="Ketanji Brown Jackson")
    assert [q.speaker for q in found.quotes] == ["Ketanji Brown Jackson"]


def test_an_office_after_a_name_without_an_article_makes_a_person_with_that_role():
    found = people("Jo-Renee Formicola, political science professor at Seton Hall University, described the plan.",
                   "John Dickey, chief executive of Ora Media -- the company that owns it, agreed.")
    assert found["Jo-Renee Formicola"].role == "political science professor at Seton Hall University"
    assert found["John Dickey"].role == "chief executive of Ora Media"


def test_a_surname_of_two_words_finds_the_full_name():
    found = notes("One believer is Chandler Van Voorhis, a founder of a tree company.",
                  'Mr. Van Voorhis said: "Trees soak up carbon for decades."')
    assert [p.name for p in found.people] == ["Chandler Van Voorhis"]
    assert [q.speaker for q in found.quotes] == ["Chandler Van Voorhis"]


def test_the_only_person_with_a_first_name_is_who_that_first_name_means():
    found = people("Sen. Tom Berg spoke.", "His wife, Heidi, and his father, Rafael, were attacked.",
                   "A photo of Heidi Berg ran beside one of Rafael Berg.", "President Xi Jinping met him.",
                   "Mr. Xi smiled.")
    assert set(found) == {"Tom Berg", "Heidi Berg", "Rafael Berg", "Xi Jinping"}
    assert "Heidi" in found["Heidi Berg"].aliases and "Mr. Xi" in found["Xi Jinping"].aliases


def test_the_surname_alone_is_the_one_a_story_called_so_while_the_family_goes_by_first_names():
    body = ("Sen. Tom Berg spoke at the convention.", "Berg said he would not endorse the nominee.",
            "The nominee had attacked his wife, Heidi, and ran a photo of Heidi Berg.",
            '"I am not in the habit of supporting people who attack my wife," Berg said.')
    assert [q.speaker for q in notes(*body).quotes if q.kind == "direct"] == ["Tom Berg"]
    # but a second person with the surname, introduced by full name and never by first name alone,
    # is who the surname means right after
    body = ("Opposition Leader Hans Keller spoke.", 'Keller said: "We will walk away."',
            "Regional Governor Ingrid Keller described the plan as dangerous.",
            'Keller called it "a step in the right direction" on Friday.')
    assert [q.speaker for q in notes(*body).quotes if q.kind != "indirect"] == ["Hans Keller", "Ingrid Keller"]


def test_a_first_name_with_an_age_or_shared_as_a_surname_is_not_folded_into_another():
    found = notes("Mayor Sarah Whitfield toured the area.", "Sarah, 34, lost her home.", '"Everything is gone," Sarah said.')
    assert [q.speaker for q in found.quotes] == ["Sarah"]
    found = notes("Sen. Tim Scott spoke.", "Gov. Scott Walker agreed.", '"We will win," Scott said.')
    assert [q.speaker for q in found.quotes] == ["Tim Scott"]


def test_a_first_name_inside_a_quotation_does_not_make_the_family_convention():
    found = notes("Tom Keller founded the bakery.", "Keller said business was good.",
                  'Keller said: "Anna runs the place now."', "Anna Keller, 52, said she had plans.",
                  'Keller added: "We hired two people."')
    assert [q.speaker for q in found.quotes if q.kind != "indirect"] == ["Tom Keller", "Anna Keller"]


def test_an_apposition_that_is_no_office_gives_no_role():
    for line in ("Tom Berg, like his father, worked the mine.", "Ann Lee, as mayor, signed it.",
                 "Ann Lee, accompanied by her husband, left.", "Ann Lee, herself a mother of three, spoke.",
                 "Ann Lee, not the governor, spoke."):
        assert [p.role for p in notes(line).people] == [None], line


def test_two_first_names_a_letter_apart_are_two_people():
    found = notes("Dana Kelly said the vote was close.", "Dara Kelly said it was not.")
    assert {p.name for p in found.people} == {"Dana Kelly", "Dara Kelly"}


def test_names_in_every_latin_script_are_whole():
    found = people('"Ankara is ready," said Mevlüt Çavuşoğlu, the foreign minister.',
                   '"Warsaw is ready," said Łukasz Kołodziej, a spokesman.',
                   '"Hanoi is ready," said Nguyễn Phú Trọng, the party leader.',
                   '"Bucharest is ready," said Ștefan Mănescu, a deputy.')
    assert set(found) == {"Mevlüt Çavuşoğlu", "Łukasz Kołodziej", "Nguyễn Phú Trọng", "Ștefan Mănescu"}


def test_a_name_after_a_role_in_apposition_is_a_person_with_that_role():
    notes_ = notes("The company's chairman, Per-Olav Lindqvist, said in an interview that the board backed "
                   'the plan. "Ingrid has made hard decisions," he said.')
    assert [(p.name, p.role) for p in notes_.people] == [("Per-Olav Lindqvist", "chairman")]
    assert [q.speaker for q in notes_.quotes] == ["Per-Olav Lindqvist", "Per-Olav Lindqvist"]
    found = people("The ruling came from the court's chief judge, Merrick Garland.")
    assert found["Merrick Garland"].role == "chief judge"


def test_a_description_before_a_name_that_is_no_apposition_gives_no_role():
    found = people("According to the spokesman, John Smith left early.",
                   "One of the firms he founded with a coal executive, ERP Compliant Fuels, is now large.")
    assert [(p.name, p.role) for p in found.values()] == [("John Smith", None)]


def test_a_nickname_of_several_words_is_part_of_the_name():
    found = notes('Marcus "The Professor" Bell scored 41 points.', '"We lost," Jalen Brooks said.',
                  "Asked about it, Bell shrugged.", '"It is fine," he said.')
    assert {p.name: p.aliases for p in found.people}["Marcus Bell"] == ("Bell",)
    assert [q.speaker for q in found.quotes] == ["Jalen Brooks", "Marcus Bell"]


def test_who_after_a_name_makes_it_a_person_and_a_title_finds_the_one_of_its_sex():
    found = notes("Lucía Ferreira, who opened a bakery on Wellington Street in 1968, died on Monday.",
                  "Her death was confirmed by her son, António Ferreira, who said the cause was heart failure.",
                  '"She was at the counter until she was 88," he said.',
                  "In a 2018 interview, Ms. Ferreira described her philosophy this way:",
                  '"Bread is not a luxury."')
    people_ = {p.name: p for p in found.people}
    assert set(people_) == {"Lucía Ferreira", "António Ferreira"}
    assert "Ms. Ferreira" in people_["Lucía Ferreira"].aliases
    assert "Ms. Ferreira" not in people_["António Ferreira"].aliases
    assert [q.speaker for q in found.quotes if q.kind != "indirect"] == ["António Ferreira", "Lucía Ferreira"]


def test_a_quoted_nickname_before_a_weekday_is_no_part_of_a_name():
    found = people('Donald Trump called Governor Gavin Newsom "New Scum" Monday at a rally.')
    assert set(found) == {"Donald Trump", "Gavin Newsom"}


def test_an_office_of_something_before_a_name_is_its_role_and_not_part_of_the_name():
    found = people("Minister of Finance Chrystia Freeland said the budget was prudent.",
                   "Secretary of State John Kerry met Director of National Intelligence Avril Haines.")
    assert {name: p.role for name, p in found.items()} == {
        "Chrystia Freeland": "Minister of Finance", "John Kerry": "Secretary of State",
        "Avril Haines": "Director of National Intelligence"}
    assert "Secretary of State John Kerry" in found["John Kerry"].aliases
