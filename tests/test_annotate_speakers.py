"""Who said it: cues around a quote, pronouns, roles, organisations, and 'unattributed'."""
import datetime as dt

from generator.annotate import annotate
from generator.model import Seed


def speakers(*body: str, aliases=None) -> list:
    seed = Seed("t.txt", "A title", dt.date(2022, 3, 22), "https://example.org", ("A title", *body))
    return [q.speaker for q in annotate(seed, aliases or {}).quotes if q.kind != "indirect"]


def test_said_name_after_the_quote():
    assert speakers('"Prices will fall," said Edward Alden of the Trade Council.') == ["Edward Alden"]


def test_name_said_after_the_quote_with_an_apposition():
    assert speakers('"We will appeal," Maria Lopez, the city\'s lawyer, said.') == ["Maria Lopez"]


def test_name_said_colon_before_the_quote():
    assert speakers('Maria Lopez said: "We will appeal the ruling."') == ["Maria Lopez"]


def test_layout_without_a_speech_verb():
    assert speakers("Maria Lopez arrived late.", '"We will appeal the ruling," Lopez.') == ["Maria Lopez"]


def test_dash_attribution():
    assert speakers("“The hospital saved my life.” ― Tom Berg") == ["Tom Berg"]


def test_according_to():
    assert speakers('The plan is "a step backwards for everyone," according to Rita Moreno.') == ["Rita Moreno"]


def test_inverted_said_at_the_start():
    assert speakers('Said Tom Berg: "I have never seen water this high."') == ["Tom Berg"]


def test_titles_are_stripped_and_the_fullest_name_is_used():
    got = speakers("Sen. Maria Lopez (D-Ore.) opened the hearing.",
                   '"This hearing is about facts," said Sen. Lopez.')
    assert got == ["Maria Lopez"]


def test_pronoun_resolves_to_the_last_speaker():
    got = speakers('"The roads are closed," said Tom Berg.', "Snow fell all day.",
                   '"We will open them tomorrow," he said.')
    assert got == ["Tom Berg", "Tom Berg"]


def test_pronoun_takes_the_person_of_matching_gender():
    got = speakers("Mr. Tom Berg met Mrs. Ana Ruiz on Monday.", '"It went well," she said.')
    assert got == ["Ana Ruiz"]


def test_partial_quote_belongs_to_the_subject_of_its_sentence():
    got = speakers("Tom Berg spoke first.", 'Last week he called for talks so that both sides could "limit the damage".')
    assert got == ["Tom Berg"]


def test_second_quote_in_a_paragraph_keeps_the_speaker():
    got = speakers('"The roads are closed," Tom Berg said. "Stay home tonight."')
    assert got == ["Tom Berg", "Tom Berg"]


def test_role_resolves_to_the_person_the_article_names():
    got = speakers("Ukrainian President Olena Vasko met reporters.", '"We are ready," the Ukrainian president said.')
    assert got == ["Olena Vasko"]


def test_organisation_speaks():
    assert speakers('"No decision has been made," the Kremlin said.') == ["Kremlin"]


def test_unnamed_source_keeps_its_description():
    assert speakers('"The numbers are wrong," a senior official said.') == ["a senior official"]


def test_unattributed_when_nothing_supports_a_guess():
    assert speakers("Snow fell all day.", '"Nobody expected this much snow in March."') == [None]


def test_curated_alias_maps_a_spelling_to_the_canonical_name():
    got = speakers('"We stand firm," said Volodymyr Zelenskiy.', aliases={"Volodymyr Zelenskiy": "Volodymyr Zelensky"})
    assert got == ["Volodymyr Zelensky"]


def test_demanded_is_a_speech_verb():
    assert speakers('"Why is nobody in jail?" Ana Ruiz demanded.') == ["Ana Ruiz"]


def test_speaker_of_a_speech_noun_with_a_possessor():
    got = speakers("Tom Berg checked Ana Ruiz's claim that the plant had \"lost money every single year\".")
    assert got == ["Ana Ruiz"]


def test_a_speech_word_after_a_possessive_is_a_noun_not_the_verb():
    got = speakers('Tom Berg, a senior aide, called Mr. Lee\'s remarks on Monday "a real turning point".')
    assert got == ["Tom Berg"]


def test_a_speech_word_inside_a_hyphenated_compound_is_no_verb():
    got = speakers('Gov. Ana Ruiz praised Tom Berg in her state-of-the-state address for "bold new ideas."')
    assert got == ["Ana Ruiz"]


def test_a_relative_clause_verb_does_not_take_the_quote():
    got = speakers('In a debate in Denver, Tom Berg, the union leader, firmly told a student who asked about '
                   'fees that "nobody pays more than they can afford."')
    assert got == ["Tom Berg"]


def test_two_appositions_before_said():
    got = speakers('Tom Berg, the mayor of Linz, a city on the Danube, said the river "has never been this high."')
    assert got == ["Tom Berg"]


def test_a_name_after_a_preposition_is_not_the_subject():
    got = speakers("With donors worried about Ana Ruiz, Governor Tom Berg is trying a new slogan: \"Vote for the roads.\"")
    assert got == ["Tom Berg"]


def test_as_someone_put_it():
    got = speakers('Tom Berg applied. The main test is a "steady source of income," as a Treasury memo put it.')
    assert got == ["Treasury"]


def test_the_apposition_names_the_speaker_when_the_subject_does_not():
    got = speakers('"We did it!" Berg\'s sister, Councilwoman Ana Ruiz, shouted to the crowd.')
    assert got == ["Ana Ruiz"]


def test_a_participle_takes_the_name_right_before_it():
    got = speakers('The new ad shows footage of Ana Ruiz asking, "Why is the bridge still closed?"')
    assert got == ["Ana Ruiz"]


def test_a_closing_attribution_credits_a_partial_quote_earlier_in_the_sentence():
    got = speakers('A clerk who "takes a few dollars" goes to jail, Ana Ruiz said.')
    assert got == ["Ana Ruiz"]


def test_a_quote_after_reported_speech_belongs_to_its_speaker():
    got = speakers("The council may wait while Mayor Tom Berg meets the unions, Ana Ruiz said. "
                   '"The other question is whether anyone will still be listening by then."')
    assert got == ["Ana Ruiz"]


def test_a_paragraph_ending_in_a_colon_introduces_the_next_quote():
    got = speakers("Tom Berg went on:", '"The budget is a mess, and everyone in this room knows it."')
    assert got == ["Tom Berg"]


def test_words_by_someone_introduce_their_quote():
    got = speakers("Tom Berg spoke on Monday. The fact-checkers then rated this statement by Berg on June 11:",
                   '"Half of the young people here have no work at all."',
                   'Here is the full statement from the city council: "We will not comment on the matter."',
                   'The rating reads like a comment on "the state of the city, not the numbers."')
    assert got == ["Tom Berg", "the city council", None]


def test_a_heading_in_capitals_is_no_speaker():
    got = speakers("SHE HAS BEEN WARNED — Ana Ruiz's plan drew fire for promising a \"free lunch for every child.\"")
    assert got == ["Ana Ruiz"]


def test_a_name_inside_a_quoted_title_is_no_subject():
    line = 'On "Morning Town Hall," Maria Lopez said the storms and floods demand that all "stay indoors tonight."'
    assert speakers(line) == ["Maria Lopez"]


def test_hailed_as_names_the_speaker():
    line = 'Tom Berg built the bridge, and Maria Lopez hailed it as "a triumph of engineering."'
    assert speakers(line) == ["Maria Lopez"]


def reported_speakers(*body: str) -> list:
    seed = Seed("t.txt", "A title", dt.date(2022, 3, 22), "https://example.org", ("A title", *body))
    return [q.speaker for q in annotate(seed, {}).quotes if q.kind == "indirect"]


def test_a_subordinate_clause_opening_the_sentence_is_not_part_of_the_speaker():
    assert reported_speakers("While his aides said the plan would pass, the vote was delayed.") == ["his aides"]


def test_a_clause_before_the_speech_verb_is_no_speaker():
    assert reported_speakers("Ana Ruiz, who studies tax policy at the institute, said Paul Mena's statement "
                             "didn't clarify the matter.") == ["Ana Ruiz"]


def test_an_adverb_between_auxiliary_and_speech_verb():
    assert reported_speakers("Ana Ruiz has long said that the border should stay open.") == ["Ana Ruiz"]


def test_an_aside_between_speech_verb_and_clause():
    assert reported_speakers("The minister said, however, the plan was dead.") == ["the minister"]


def test_a_sentence_opening_name_is_a_speaker_when_a_speech_verb_or_possessive_follows():
    assert speakers('McLenney said it was "not something she says every day."') == ["McLenney"]
    assert speakers('Bornsten\'s letter was mocked for predicting he would be "the healthiest individual ever."') \
        == ["Bornsten"]


def test_a_sentence_opening_with_a_group_gives_the_group_as_speaker():
    assert speakers('Small groups of protesters marched downtown, chanting "Hands up, don\'t shoot."') \
        == ["Small groups of protesters"]
    assert speakers('Foreign policy analysts called it "a turning point for the region."') \
        == ["Foreign policy analysts"]


def test_a_surname_two_people_share_is_the_one_named_before_it():
    assert speakers("Opposition leader Hans Keller arrived first.", 'Keller said: "We will not give up."',
                    'Governor Ingrid Keller described it as "a matter of life and death".',
                    'Keller called it "a step in the right direction" later.') \
        == ["Hans Keller", "Ingrid Keller", "Ingrid Keller"]


def test_according_to_at_the_start_of_a_sentence_credits_its_quote():
    assert speakers("Opposition leader Hans Keller arrived first.",
                    'According to the opposition leader, the rebuilding was "the worst in a generation" for Brazil.') \
        == ["Hans Keller"]


def test_he_is_the_person_a_later_sentence_opens_with_rather_than_the_last_speaker():
    assert speakers('"We will not be silent," Rep. Jim Clyburn said.',
                    "Tom Berg has record low support from black voters. He spoke in Ohio.",
                    '"What do you have to lose?" he said in August.') == ["Jim Clyburn", "Tom Berg"]


def test_a_shared_surname_in_the_narrative_is_the_one_named_last():
    assert speakers("Rep. Bobby Scott campaigned in Norfolk.", "He was once compared to Sen. Tim Scott.",
                    "Rep. Bobby Scott returned to the stage.", "Scott bristles at the suggestion.",
                    '"I have raised all I needed," he said.') == ["Bobby Scott"]


def test_a_role_the_article_gave_someone_names_them():
    assert speakers("Ana Ruiz, the chief prosecutor, opened the case.", "Tom Berg, the police chief, was there.",
                    '"We will appeal," the prosecutor said.', '"We made arrests," the police chief added.',
                    "UN Envoy Freya Reed arrived late.", 'The UN envoy called it "a turning point" for the talks.') \
        == ["Ana Ruiz", "Tom Berg", "Freya Reed"]


def test_a_name_inside_the_quote_is_not_who_he_is():
    assert speakers("Barack Obama spoke in Hawaii.",
                    '"If Donald Trump is elected, you have a big shift," he said.') == ["Barack Obama"]


def test_she_is_who_spoke_earlier_in_the_line_not_the_first_woman_it_names():
    assert speakers("Hillary Clinton spoke in Ohio.",
                    'Clinton aide Jennifer Palmieri said Trump was reduced to "taunts and insults." "You could '
                    'dismiss these actions as schoolyard behavior," she said.') == ["Jennifer Palmieri"] * 2


def test_a_place_that_modifies_a_description_is_not_the_speaker():
    assert speakers("Hillary Clinton spoke first.", '"We need change," the New York businessman said.') \
        == ["the New York businessman"]


def test_a_new_subject_is_no_possessive_no_fronted_object_and_not_inside_a_quote():
    known = "Donald Trump and Joe Biden campaigned in Ohio."
    assert speakers(known, '"We are tired," Rep. Jim Clyburn said.', "Trump's rally drew 5,000 people.",
                    '"We need answers," he said.') == ["Jim Clyburn"] * 2
    assert speakers(known, '"We are tired," Rep. Jim Clyburn said.', "Biden, he argued, had failed the voters.",
                    '"We need answers," he said.') == ["Jim Clyburn"] * 2
    assert speakers(known, '"We are tired," Rep. Jim Clyburn said.', 'A memo read: "Biden is losing. Trump is winning."',
                    '"We need answers," he said.')[-1] == "Jim Clyburn"


def test_the_deputy_is_not_the_police_chief():
    assert speakers("Ana Ruiz, the police chief, arrived.", "John Cole, the deputy police chief, followed.",
                    '"We will find them," the police chief said.') == ["Ana Ruiz"]


def test_a_name_opening_a_sentence_with_an_aside_before_said_is_a_speaker():
    assert reported_speakers("Okafor, speaking by phone from Lagos, said the water was rising fast.") == ["Okafor"]


def all_speakers(*body: str) -> list:
    seed = Seed("t.txt", "A title", dt.date(2022, 3, 22), "https://example.org", ("A title", *body))
    return [q.speaker for q in annotate(seed, {}).quotes]


def test_who_or_which_says_it_is_the_noun_phrase_before_them():
    assert speakers('They turned to the Springfield Police Department which reported "2,511 shooting incidents."') \
        == ["Springfield Police Department"]
    assert speakers('The figure came from Tom Berg, who said "the numbers are wrong."') == ["Tom Berg"]
    assert speakers('The letter was signed by Mark Okafor, a former judge, who wrote that "the law is clear."') \
        == ["Mark Okafor"]
    # a relative clause after a comma is about its antecedent, even after another speech verb
    assert speakers('Reporters asked Dana Whitfield, who said "the plan is dead and buried."') == ["Dana Whitfield"]
    assert speakers('Tom Berg arrived late.', 'He told a reporter who asked about it: "We are ready to go."') \
        == ["Tom Berg"]
    # 'who' stands for people, never for a place
    assert all_speakers("The deal pleased Democrats in Ohio, who said that it would lower costs for farmers.") \
        == ["Democrats"]


def test_a_pronoun_opening_the_clause_is_its_subject_before_a_name_after_it():
    assert speakers("Ana Ruiz spoke on Monday.", 'She met Tom Berg and found the plan "a danger to the town."') \
        == ["Ana Ruiz"]
    assert speakers('"We will win," Tom Berg said.', 'However, he called Sen. Ana Ruiz "a little desperate there."') \
        == ["Tom Berg", "Tom Berg"]
    # a pronoun inside the clause before the subject is not the subject
    assert speakers('"We will win," Tom Berg said.', 'After he left, Mayor Ellen Park found the budget '
                    '"a total mess from top to bottom."') == ["Tom Berg", "Ellen Park"]


def test_a_name_in_an_opening_prepositional_phrase_is_no_subject():
    assert speakers('In a White House statement, President Tom Berg condemned the test as "reckless and dangerous."') \
        == ["Tom Berg"]



def test_he_is_the_person_the_paragraph_before_introduces():
    body = ('"Turnout will be low," Tom Berg said.',
            "The worry is shared by Henry Cole, president of the county's Black Caucus.",
            '"Nobody is writing songs for her," he said.')
    assert speakers(*body) == ["Tom Berg", "Henry Cole"]
    # someone opening a sentence is still who the story moved on to; a name met before introduces nobody
    assert speakers('"Turnout will be low," Tom Berg said.', "Jim Park spoke to Henry Cole, president of the caucus.",
                    '"Nobody is listening," he said.') == ["Tom Berg", "Jim Park"]
    # nor is a victim, someone met with no office, or someone in passing before another name
    for line in ("The shooting killed Marcus Hill, 17, a student at Lincoln High School.",
                 "He signed it alongside Mark Okafor, along with other leaders.",
                 "It was a win for Mark Okafor, the budget director, and a loss for Berg."):
        assert speakers('"Turnout will be low," Tom Berg said.', line, '"It is done," he said.') \
            == ["Tom Berg", "Tom Berg"], line
    assert speakers("Henry Cole arrived late.", '"Turnout will be low," Tom Berg said.',
                    "The worry is shared by Henry Cole, president of the caucus.",
                    '"Nobody is listening," he said.') == ["Tom Berg", "Tom Berg"]


def test_a_possessive_speech_noun_that_is_a_sentence_subject_gives_no_speaker():
    # 'Berg's pledge to "…"' is Berg's; 'Berg's tweet to invite her was only "…"' says what the tweet was
    assert speakers('Ana Ruiz welcomed Tom Berg\'s pledge to "fix every road in the county."') == ["Tom Berg"]
    assert speakers('Ana Ruiz said Tom Berg\'s tweet to invite her was only "to mock the whole council."') \
        == ["Ana Ruiz"]


def test_a_name_with_an_office_and_a_relative_clause_after_it_is_the_speaker():
    assert speakers("Ana Ruiz, president of the county teachers' union, which represents the city's teachers, said "
                    'she hopes the day sends a message that "our schools are worth fighting for."') == ["Ana Ruiz"]


def test_cues_whose_subject_is_no_noun_phrase_or_is_a_name_before_a_participle():
    assert speakers('The spot ends with footage of Tom Berg saying during the debate, "That makes me smart."') \
        == ["Tom Berg"]
    assert speakers('Ana Ruiz wrote that the plan was "bold and necessary." Not that anyone in the council is '
                    "arguing, since the vote was unanimous.") == ["Ana Ruiz"]
    seed = Seed("t.txt", "A title", dt.date(2022, 3, 22), "https://example.org",
                ("A title", "It does not answer whether he had a gun, as police have said.",
                 "A judge may balk because of Berg's Fifth Amendment claims, and prosecutors rarely pursue such cases."))
    assert [q.speaker for q in annotate(seed, {}).quotes] == ["police"]


def test_a_sentence_whose_only_quote_is_a_scare_quote_still_reports_speech():
    body = ('Before the police spoke, Tom Berg said at a rally in Springfield that "a bomb" had gone off downtown.',
            '"Nobody knows exactly what is going on," he said.')
    assert reported_speakers(*body) == ["Tom Berg"] and speakers(*body) == ["Tom Berg"]


def test_reported_speech_is_no_passive_nor_a_possessor_nor_a_clause_after_a_closing_cue():
    assert reported_speakers("Four Catholics and one Baptist were admitted as well as 29 others who gave no faith.") \
        == []
    assert reported_speakers("Berg's repeated emphasis that only 1 percent of the staff was involved angered them.") \
        == []
    # ', X noted that …' with a clause of its own reports what follows, not the clause before
    [note] = [q for q in annotate(Seed("t.txt", "A title", dt.date(2022, 3, 22), "u", (
        "A title", "While he admitted funding was a reason he quit, Ana Ruiz also noted several rules left him "
                   "disillusioned."))).quotes if q.kind == "indirect"] or [None]
    assert note is None or not note.text.startswith("While")


def test_he_after_a_sentence_with_an_opening_phrase_is_its_subject():
    assert speakers('"We will win," Mary Berg said.', "In her 2003 book, Living History, Ana Ruiz noted the clot.",
                    'After saying her foot was "so swollen I could barely walk," she was "whisked off to the '
                    'hospital" for tests.') == ["Mary Berg", "Ana Ruiz", "Ana Ruiz"]


def test_he_or_she_is_the_father_or_mother_the_story_last_spoke_of():
    body = ("I grew up near Tom Berg's farm.", 'My father told us: "We live in dark times."',
            'He also told his friends that "the end is near."',
            'Tom Berg left town. My mother has softened since, but she still says, "We are not all equal."')
    assert speakers(*body) == ["my father", "my father", "my mother"]


def test_a_writing_a_friend_or_a_source_can_be_the_speaker():
    assert speakers('"The state cannot remove voters for not voting," the ruling said.') == ["the ruling"]
    assert speakers('During a heated debate, a friend commented: "Immigration is the reason to vote."') \
        == ["a friend"]
    assert speakers('"The committee is in a frenzy that is going nowhere," one Democratic source said.') \
        == ["one Democratic source"]


def test_a_closing_cue_may_name_whom_it_was_told_or_how_but_takes_no_object():
    lead = "Mayor Ann Lee spoke on Monday."
    for line in ("The budget will be cut, Lee told reporters.", "The budget will be cut, Lee said through a spokesman.",
                 "The budget will be cut, she told the Associated Press on Tuesday.",
                 "The budget will be cut, Lee said tearfully."):
        notes = annotate(Seed("t.txt", "A title", dt.date(2022, 3, 22), "u", ("A title", lead, line)), {})
        assert [(q.speaker, q.text) for q in notes.quotes] == [("Ann Lee", "The budget will be cut")], line
    assert reported_speakers(lead, "In her 2003 book, Living History, Lee noted the clot's existence.") == []


def test_a_relative_does_not_take_the_pronoun_of_the_person_who_is_speaking():
    assert speakers("Tom Berg, 45, said his car was hit by a truck.", "His son was not hurt, he said.",
                    '"We were lucky," he said.') == ["Tom Berg"]
    assert speakers("Police Chief Ann Ross spoke on Monday.", "The woman was shot twice.",
                    '"We are searching for the gunman," she said.') == ["Ann Ross"]
    assert speakers("Tom Berg spoke.", '"My father was a miner. He worked until he died," he said.') == ["Tom Berg"]


def test_a_group_or_office_of_a_name_speaks_as_itself_and_an_organisation_by_its_whole_name():
    assert speakers("Hillary Clinton spoke.", '"We are ready," Clinton aides said.') == ["Clinton aides"]
    assert speakers('"We are ready," White House officials said on Monday.') == ["White House officials"]
    assert speakers("UN envoy Ahmed Wright arrived.", '"Talks will resume," the UN envoy said.') == ["Ahmed Wright"]
    assert speakers('"There was an issue," the Commission on Presidential Debates said.') \
        == ["Commission on Presidential Debates"]
    assert speakers('"Prices will fall," said Edward Alden of the Council on Foreign Relations.') == ["Edward Alden"]


def test_i_outside_quotation_marks_is_the_author():
    assert speakers('When my mother mentioned the devil, I laughed and said, "I do not believe in the devil."') \
        == ["the author"]
    assert speakers('"We are done," I told him.') == ["the author"]
    assert speakers('Tom Berg said: "I will win, and I know it."') == ["Tom Berg"]  # inside, it is the speaker's


def test_i_is_the_author_only_as_the_subject_of_a_speech_cue():
    assert reported_speakers("As I said last week, Senator Tom Berg is wrong about the plan.") == []
    assert speakers('"I told her the plan would fail," said Tom Berg.') == ["Tom Berg"]


def test_words_after_a_name_that_are_no_group_leave_the_name_the_speaker():
    for line in ('"We will appeal," Ann Lee through a spokesman said.', '"We will appeal," Ann Lee and aides said.'):
        assert speakers("Mayor Ann Lee spoke.", line) == ["Ann Lee"], line


def test_an_organisation_before_an_office_and_a_name_leaves_the_person_the_speaker():
    assert speakers('"We are ready," Bank of America CEO Brian Moynihan said.') == ["Brian Moynihan"]
    assert speakers('"We are ready," Department of Education Secretary Miguel Cardona said.') == ["Miguel Cardona"]
    assert speakers('"We are ready," a Federal Bureau of Prisons spokesman said.') \
        == ["a Federal Bureau of Prisons spokesman"]
    assert speakers('"We are ready," the wife of John Smith said.') == ["the wife of John Smith"]


def test_a_spokesman_or_aide_for_a_titled_person_is_the_speaker_not_the_person():
    assert speakers('"The bill is dead," a spokesman for Sen. Jane Doe said on Monday.') == [
        "a spokesman for Sen. Jane Doe"]
    assert speakers('An aide to Gov. Mark Hill said the plan was "dead on arrival."') == ["an aide to Gov. Mark Hill"]
    assert reported_speakers("Secretary of State John F. Kerry said the allies would act together.") == [
        "John F. Kerry"]


def test_a_description_then_a_name_in_apposition_is_that_person():
    assert reported_speakers("Her lawyer, Daniel Ostrowski, argued that the charges should be dropped.") == [
        "Daniel Ostrowski"]
    assert speakers('The health secretary, Wes Marchbank, said: "The service is not for sale."') == ["Wes Marchbank"]
    assert speakers('"We are watching," a State Department spokesman, Matthew Miller, said.') == ["Matthew Miller"]
    assert speakers("Vance's campaign manager, Brittany Cole, defended the posts in an email:",
                    '"They were jokes, and everyone knew it."') == ["Brittany Cole"]


def test_an_apposition_that_is_no_name_leaves_the_description_the_speaker():
    got = speakers("Officials at Homeland Security Investigations, a division of Immigration and Customs "
                   'Enforcement, said they feared fraud "at every level of the program."')
    assert got == ["Officials at Homeland Security Investigations"]
    assert speakers("Ted Vance's message to voters, sent on Monday:", '"We will win this seat back."') == ["Ted Vance"]


def test_a_speech_verb_with_a_thing_or_a_number_after_it_reports_nothing():
    for line in ("Tom Berg wrote the memoir in 2019 after he left the council.",
                 "Ana Ruiz led the team with 33 points, and Maria Lopez added 22.",
                 "Ana Ruiz scored twice and Maria Lopez added a third in the second half."):
        assert reported_speakers(line) == [], line
    assert reported_speakers("Tom Berg wrote the council had broken its word.") == ["Tom Berg"]
    assert reported_speakers("The council had broken its word, Tom Berg added.") == ["Tom Berg"]


def test_a_person_described_by_what_they_are_speaks():
    assert speakers('"It is a sad day," said one woman as she left the hall.') == ["one woman"]
    assert speakers('"He will not leave without a fight," one person briefed on the talks said.') == [
        "one person briefed on the talks"]
    assert speakers('An old man there told me, "The glacier was our grandfather."') == ["an old man there"]
    assert speakers('The woman said: "I am afraid."') == ["the woman"]


def test_a_clause_that_opens_with_a_person_noun_is_no_speaker():
    assert reported_speakers("But Ana Ruiz, a teacher at the Lincoln School, said parents still want "
                             "small classes.") == ["Ana Ruiz"]


def test_a_first_name_tells_he_from_she_beyond_the_names_of_the_news():
    got = speakers('"We are seeing delays," Ingrid Solberg told analysts.',
                   '"Management has been too optimistic," said Erik Dahl, an analyst.',
                   '"We could have waited," she said.', '"The orders will come back," he said.')
    assert got == ["Ingrid Solberg", "Erik Dahl", "Ingrid Solberg", "Erik Dahl"]


def test_a_surname_alone_takes_no_sex_from_the_first_name_list():
    got = speakers('"We lost," said Coach Kelly.', '"It was close," said Ana Ruiz.',
                   '"We will be back," he said.')
    assert got == ["Kelly", "Ana Ruiz", "Kelly"]


def test_a_countrys_leader_is_who_heads_its_state_not_the_last_official_named():
    got = speakers("A spokesman said President Vladimir Putin had been briefed by Foreign Minister Sergei Lavrov.",
                   'The Russian leader has said any deal must recognise "the new territorial realities."')
    assert got == ["Vladimir Putin"]
    got = speakers("Senator Ana Ruiz met President Tom Berg.",
                   'The majority leader said the vote was "a matter of days away."')
    assert got == ["the majority leader"]


def test_an_organisation_named_before_its_description_and_which_said_is_the_speaker():
    notes_ = annotate(Seed("t.txt", "A title", dt.date(2022, 3, 22), "https://example.org", (
        "A title", 'The plan drew an angry response from IG Metall, the German union, which said it would '
        '"fight every job cut."', "Ana Ruiz, a senior adviser to the Clinton campaign, said nothing.")), {})
    assert [q.speaker for q in notes_.quotes] == ["IG Metall"]
    assert [p.name for p in notes_.people] == ["Ana Ruiz"]  # a union, not a person; an adviser, no organisation
    got = speakers('The deal was signed by a lawyer for Goldman Sachs, who said it was "a fair price."')
    assert got == ["a lawyer for Goldman Sachs"]


def test_an_and_inside_an_organisations_name_is_no_clause_boundary():
    got = speakers('A spokesman for the Department of Health and Social Care said the plan was "under review."')
    assert got == ["a spokesman for the Department of Health and Social Care"]


def test_a_dash_cue_is_a_whole_phrase_not_cut_mid_word():
    got = speakers('Tom Berg called it the "suburbs of the capital" — a metaphor for the party\'s abandonment of '
                   "principle at the altar of power.")
    assert got == ["Tom Berg"]


def test_reported_and_estimated_that_report_speech():
    assert reported_speakers("Bloomberg reported that the bank would cut 5,000 jobs next year.") == ["Bloomberg"]
    assert reported_speakers("Ana Ruiz estimated that the repairs would cost millions.") == ["Ana Ruiz"]
    assert reported_speakers("The company reported a loss of $5 million for the quarter.") == []
    assert reported_speakers("The bank reported the suspicious transfers to the FBI, which opened an inquiry.") == []
    assert reported_speakers("At least 40 people were killed in the strike, the state news agency reported.") == [
        "the state news agency"]


def test_someone_known_only_by_a_description_who_spoke_last_is_whom_a_pronoun_means():
    got = speakers('"I would love to sleep later," said Jayden Price, a junior.',
                   "Another student, who asked that her name not be used, said most of her friends backed it.",
                   '"Nobody is awake in first period anyway," she said.')
    assert got == ["Jayden Price", "another student"]
    got = speakers('"That money did not get there by accident," Daniel Ostrowski said.',
                   "One victim, a retired bus driver, said in a filing that he had lost his savings. "
                   '"I trusted her like a daughter," he wrote.')
    assert got == ["Daniel Ostrowski", "one victim"]


def test_a_description_pointing_back_or_one_who_asks_leaves_the_named_speaker():
    got = speakers('Tom Berg says he has "big plans" for the final month.',
                   "The Republican nominee noted that his campaign had not spent much yet.",
                   '"We have some big plans," he said.')
    assert got[-1] == "Tom Berg"
    got = speakers("Tom Berg spoke at a forum.", "One questioner claimed that the army was too soft.",
                   '"You are right, it is getting softer every day," he said.')
    assert got == ["Tom Berg"]


def test_a_paragraph_of_reported_speech_hands_its_speaker_to_a_quotation_after_it():
    got = speakers('"We switched off," Dave Pritchard said.', "Ana Ruiz was less happy about the goal, which "
                   "she said should have been ruled out.", '"Clear as day. Everybody saw it."')
    assert got == ["Dave Pritchard", "Ana Ruiz"]


def test_words_someone_answers_are_not_theirs_and_a_cue_after_the_quote_wins():
    got = speakers("The company's answer to a letter from Sen. Ana Ruiz:", '"We have invested $5 billion in safety."')
    assert got == [None]
    got = speakers('Reaction was swift to the remarks by Rep. Tom Berg on Sunday: "Disgusting and un-American," '
                   "Rep. Ana Ruiz posted within the hour.")
    assert got == ["Ana Ruiz"]
    got = speakers('Asked about the letter from Senator Tom Berg, "I have not read it yet," the director said.')
    assert got == ["the director"]


def test_a_spokesman_for_a_person_with_a_long_title_is_the_spokesman():
    for line, who in (('"The votes are there," a spokesman for House Speaker Tom Berg said.',
                       "a spokesman for House Speaker Tom Berg"),
                      ('"We will act," an aide to Secretary of State Ana Ruiz said.', "an aide to Secretary of State Ana Ruiz"),
                      ('"He is innocent," a lawyer for former President Tom Berg said.',
                       "a lawyer for former President Tom Berg"),
                      ('Chief of Staff Mark Meadows said the president "did nothing wrong."', "Mark Meadows")):
        assert speakers(line) == [who], line


def test_an_apposition_names_the_person_its_description_heads_and_no_one_else():
    for line, who in (("An attorney for the boy's mother, Deja Taylor, said she was \"devastated\" by it.",
                       "an attorney for the boy's mother"),
                      ('A friend of the slain journalist, Jamal Khashoggi, said the killing was "premeditated."',
                       "a friend of the slain journalist"),
                      ('Campaign manager for Sen. Jon Tester, Shelby Hooper, said the race was "neck and neck."',
                       "Shelby Hooper"),
                      ('In a statement, one of the family\'s attorneys, Justin Bamberg, said it was "a tragedy."',
                       "Justin Bamberg"),
                      ('The minister of the economy, Mr. Luis Ortega, said it was "no time to overreact."', "Luis Ortega"),
                      ('One fan, wearing a Mahomes jersey, said the loss was "brutal."', "one fan")):
        assert speakers(line) == [who], line
    assert [p.name for p in notes_people('Its parent company, Alphabet, said the report was "wrong."')] == []


def notes_people(*body: str) -> list:
    seed = Seed("t.txt", "A title", dt.date(2022, 3, 22), "https://example.org", ("A title", *body))
    return list(annotate(seed, {}).people)


def test_a_person_joined_to_an_organisation_by_and_stays_a_person():
    assert speakers('The lawsuit names the Ministry of Interior and Gerald Darmanin, who called it "baseless."') == [
        "Gerald Darmanin"]
    assert speakers('Researchers at the University of Oxford and Sarah Gilbert said the vaccine was "safe."') == [
        "Sarah Gilbert"]
    assert [p.name for p in notes_people('Officials at the Ministry of Defence and Grant Shapps said the report was '
                                         '"speculative."')] == ["Grant Shapps"]


def test_a_countrys_leader_is_who_leads_it_now_by_its_system():
    got = speakers("Former Russian President Dmitry Medvedev and President Vladimir Putin both spoke on Friday. "
                   'The Russian leader said the West was "playing with fire."')
    assert got == ["Vladimir Putin"]
    got = speakers("German Chancellor Olaf Scholz and German President Frank-Walter Steinmeier attended. "
                   'The German leader called the attack "an assault on democracy."')
    assert got == ["Olaf Scholz"]


def test_a_pronoun_with_no_speaker_before_it_is_the_last_sentences_subject():
    got = speakers("North Korean leader Kim Jong Un met South Korean President Tom Berg on Tuesday.",
                   '"We are ready for dialogue," he said.')
    assert got == ["Kim Jong Un"]
    got = speakers("On her radio show, Ana Ruiz criticised police officer Maria Lopez for the shooting.",
                   '"How many times do we have to see this?" she said.')
    assert got == ["Ana Ruiz"]


def test_a_relation_in_apposition_tells_the_sex_and_a_sentence_opening_first_name_is_kept():
    found = notes_people("Ashley Murray and her husband, Kerry Murray, have run the farm for 20 years.",
                         '"We never thought we would sell," Mr. Murray said.')
    assert sorted((p.name, p.role) for p in found) == [("Ashley Murray", None), ("Kerry Murray", "husband")]
    got = speakers("Chinese Premier Li Qiang met Janet Yellen in Beijing.", '"Cooperation benefits both sides," he said.')
    assert got == ["Li Qiang"]


def test_an_unnamed_speaker_after_the_quote_with_a_name_in_apposition_and_groups_by_their_whole_name():
    assert speakers('"We had ten minutes to get out," said one woman, Carla Nunez, 61.') == ["Carla Nunez"]
    assert speakers('Refugee groups said the new policy was "cruel and unlawful."') == ["Refugee groups"]
    assert speakers('Passengers were told the flight would be "delayed indefinitely," one traveler said.') == [
        "one traveler"]


def test_a_description_opening_with_but_is_the_description():
    got = speakers("Vice President Ana Ruiz spoke first.", '"We will win," said Tom Berg.',
                   'But the vice president said the race was "far from over."')
    assert got == ["Tom Berg", "Ana Ruiz"]


def test_a_coordinated_verb_keeps_its_subject_and_a_place_is_no_subject():
    got = speakers("Ana Ruiz has mostly ignored the nicknames.", 'Asked about them by reporters in Savannah, Georgia, '
                   'on Thursday, she smiled and said, "The voters deserve better than that."')
    assert got == ["Ana Ruiz"]


def test_a_name_given_to_women_and_men_alike_tells_no_sex():
    got = speakers('"We are tired of waiting," said Terry Strada, who leads the families\' group.',
                   "Strada accused the government of stalling.", '"Nobody should make us wait another day," she said.')
    assert got == ["Terry Strada", "Terry Strada"]


def test_a_party_description_is_no_persons_name_and_a_spokesperson_named_after_words_from():
    notes_ = annotate(Seed("t.txt", "A title", dt.date(2022, 3, 22), "https://example.org", (
        "A title", '"I will say it again: never," the West Virginia Democrat said in an interview.',
        'The campaign responded with a statement from spokesperson Ana Ruiz: "Tom Berg is tired."')), {})
    assert [q.speaker for q in notes_.quotes] == ["the West Virginia Democrat", "Ana Ruiz"]
    assert [p.name for p in notes_.people] == ["Ana Ruiz", "Tom Berg"]


def test_a_name_in_the_reported_clause_is_no_speaker():
    for line, who in (('The president defended his response, saying that Mr. Tom Berg would have "lost millions of '
                       'lives" if he had been in charge.', "the president"),
                      ('During the trial, prosecutors told jurors that Berg had effectively put his office "up for '
                       'sale."', "prosecutors"),
                      ('According to Axios, Ana Ruiz told colleagues last week that the package "is not going '
                       'anywhere" as written.', "Ana Ruiz")):
        assert speakers(line) == [who], line
    assert speakers('"It is a hit job," as Ana Ruiz put it.') == ["Ana Ruiz"]


def test_fixes_from_a_review_of_the_newest_rules():
    cases = (
        ('Rep. Al Green, a Texas Democrat, said the bill "does nothing for working people."', ["Al Green"]),
        ('Jordan defended the move, saying the department had "stonewalled Congress for months."', ["Jordan"]),
        ('Alex Salmond clashed with Nicola Sturgeon. "I was betrayed by people I trusted," she said.',
         ["Nicola Sturgeon"]),
        ('Joe Biden said in a speech from the Oval Office: "America will not be intimidated."', ["Joe Biden"]),
        ('After that vote, Rep. Thomas Massie withdrew his support, calling the subpoenas "nothing but political '
         'theater."', ["Thomas Massie"]),
        ('According to a witness who spoke to police, the gunman shouted "You will all pay for this" and fled.',
         ["the gunman"]),
        ('Labour leader Keir Starmer put his plan to voters in blunt terms: "We will get Britain building again."',
         ["Keir Starmer"]),
        ('Supporters of the vice president, who cheered and said they had waited hours, chanted "Four more years!"',
         ["Supporters of the vice president"]),
        ('On CBS\' "Face the Nation," Governor Gavin Newsom said: "We are ready."', ["Gavin Newsom"]))
    for line, who in cases:
        assert speakers(line) == who, line
    kinds = [q.kind for q in annotate(Seed("t.txt", "A title", dt.date(2022, 3, 22), "https://example.org", (
        "A title", cases[3][0], cases[6][0])), {}).quotes]
    assert kinds == ["direct", "direct"]  # a sentence after a colon is said whole


def test_fixes_from_a_review_of_the_latest_fixes():
    cases = (
        ('Shannon Sharpe joined Stephen A. Smith on air. "I never said that about LeBron," he said.', ["Shannon Sharpe"]),
        ('Drew Barrymore spoke with Adam Sandler after the show. "I was terrified the whole time," she said.',
         ["Drew Barrymore"]),
        ('Pelosi praised minority leader Hakeem Jeffries, saying the vote was "a historic day for the House."',
         ["Pelosi"]),
        ('The leader responded with a statement from Pelosi: "This bill is a disgrace to the House."', ["Pelosi"]),
        ('Critics of Imran Khan, who says the case is "politically motivated," say he must stand trial.',
         ["Imran Khan"]),
        ('A witness said the attacker shouted "Get down!" before firing.', ["the attacker"]))
    for line, who in cases:
        assert speakers(line) == who, line
    assert [p.name for p in notes_people("The governor met Sidney Powell and Jesse Jackson on Friday.")] == [
        "Jesse Jackson", "Sidney Powell"]
