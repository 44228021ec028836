"""Issue 19, helper hd18: a view, a statistic or a claim whose holder the title used to trim
keeps them (store/attribution.py, store/holder_claims.py). A reported clause whose subject
holds a pronoun ("its", "her", "it began") points back to the speaker; a claim in the present
under a past saying ("reflects", "needs") is the speaker's view; a comparison under a
trailing saying, a fronted date before it, a capitalised first word or a demonstrative
"That" keep the holder (first, or after the claim when fronting would garble it); a date
carried by the saying goes, and what was said runs on past its commas. The guards keep a
happening's drop as before. The sentences are written for the test.
"""

from __future__ import annotations

from store.mention_titles import title_and_terms


def title(sentence: str, phrase: str) -> str:
    i = sentence.index(phrase)
    return title_and_terms(sentence, i, i + len(phrase))[0]


# holders kept -----------------------------------------------------------------------------

def test_a_possessive_in_the_reported_subject_keeps_the_body_it_points_to():
    s = ("The ferry company said on Tuesday that the cost of its winter timetable had risen "
         "to about $3m.")
    t = title(s, "on Tuesday")
    assert "ferry company" in t.split("the cost")[0].lower()
    assert "its winter timetable" in t
    assert "Tuesday" not in t


def test_a_pronoun_in_a_relative_clause_of_the_subject_keeps_the_speaker():
    s = ("The utility also said the new filters it installed on Friday were already cutting "
         "the smell along the river.")
    t = title(s, "on Friday")
    assert t.startswith("The utility also said the new filters it installed")


def test_a_possessive_subject_interrupted_by_an_aside_keeps_the_speaker_and_its_verb():
    s = ("Regional Governor Maria Ostrova said in an interview yesterday that her province, "
         "and two others in the north, were running short of winter fuel.")
    t = title(s, "yesterday")
    holder, _, claim = t.partition("her province")
    assert "Ostrova" in holder and "were running short" in claim


def test_a_present_claim_under_a_past_saying_keeps_who_said_it():
    s = "But the size of Monday's rally reflects relief among small investors, brokers said."
    assert title(s, "Monday").startswith("Brokers said the size of the rally reflects relief")


def test_a_comparison_after_a_fronted_date_keeps_its_source():
    s = ("In March, there were fewer home sales in the valley than in any month since June "
         "1998, the county assessor said yesterday.")
    t = title(s, "yesterday")
    assert t.startswith("The county assessor said there were fewer home sales")
    assert "yesterday" not in t


def test_a_demonstrative_claim_keeps_its_source_after_it():
    s = ("That beats the record set by the band's 1990s tour, the ticket agency has said.")
    t = title(s, "1990s")
    assert t.startswith("That beats the record")
    assert t.endswith("the ticket agency has said")


def test_a_capitalised_claim_keeps_its_source_after_it():
    s = "Higher water bills are likely across the region in 2027, consumer groups said."
    t = title(s, "2027")
    assert t.startswith("Higher water bills are likely")
    assert t.endswith("consumer groups said")


def test_a_rank_before_a_fronted_speakers_name_goes():
    s = ("The reopening of the port needs two more dredgers at work on the silted channel, "
         "harbour master Captain Ana Ruiz said on Thursday.")
    t = title(s, "on Thursday")
    holder, _, claim = t.partition(" the reopening of the port needs")
    assert "Ana Ruiz" in holder and "harbour master" not in holder and claim


def test_a_warning_keeps_who_warned_when_the_date_was_the_warnings():
    s = ("But it could take up to six weeks to rebuild the bridge that links the two islands, "
         "Transport Minister Paul Okafor warned on Sunday.")
    t = title(s, "on Sunday")
    assert t.startswith("Paul Okafor warned it could take up to six weeks")
    assert "Sunday" not in t


def test_an_expectation_keeps_its_source():
    s = ("The opening of the new terminal is expected to take place in Lisbon on Monday, "
         "according to an airport official who asked not to be named.")
    assert title(s, "on Monday").startswith("An airport official says the opening of the new")


def test_a_last_clauses_own_speaker_after_but_keeps_its_view():
    s = ("Snow has already closed two passes in the north, but forecasters say the storm is not "
         "expected to reach the capital until the end of the week.")
    assert title(s, "the end of the week").startswith("Forecasters say the storm is not expected")


def test_a_live_entrys_stamp_does_not_hide_its_speaker():
    s = ("1415: Ms Ortega says the city needs to double its stock of emergency shelters, but "
         "it does not look like she will get much help from the council on that.")
    assert title(s, "1415").startswith("Ms Ortega says the city needs to double")


def test_a_speakers_second_clause_pointing_back_keeps_the_speaker():
    s = ("The ministry says most of the roads north of the capital are open again, but it "
         "expects the mountain pass to stay shut until Friday.")
    assert title(s, "until Friday").startswith("The ministry says it expects the mountain pass")


def test_a_state_claim_with_the_date_in_its_subject_keeps_its_speaker():
    s = "Divers said the wreck found on Sunday appeared to be largely intact, but flooded."
    assert title(s, "on Sunday").startswith("Divers said the wreck found appeared to be")


def test_a_claim_ending_before_a_relative_clause_keeps_its_speaker():
    s = ("Analysts say the deal marks a shift in strategy since 2019, when the firm sold its "
         "retail arm to a rival to cut its debts.")
    assert title(s, "since 2019").startswith("Analysts say the deal marks a shift in strategy")


def test_a_trailing_analysts_said_keeps_the_analysts():
    s = ("Last week's fall of the coalition, which had been split over the budget for months, "
         "was also hastened by the strikes, analysts said.")
    assert title(s, "Last week").startswith("Analysts said the fall of the coalition was")


def test_an_aside_of_many_analysts_arguing_goes_first():
    s = ("The key problem now, many engineers argue, is the age of the pumps installed in "
         "1998, rather than the design of the dam.")
    assert title(s, "in 1998").startswith("Many engineers argue the key problem now is")


def test_a_speakers_second_clause_with_a_view_keeps_the_speaker():
    s = ("The ministry said most of the roads north of the capital were open again, but the "
         "mountain pass could stay shut until Friday.")
    assert title(s, "until Friday") == "The ministry said the mountain pass could stay shut"


def test_a_pronoun_speakers_view_pointing_back_keeps_the_pronoun():
    s = "She said on Monday that rebuilding the old library is one of her first tasks."
    t = title(s, "on Monday")
    assert t.startswith("She said") and t.endswith("is one of her first tasks")


def test_a_fronted_phrase_of_where_the_speaker_spoke_gives_way_to_the_speaker():
    s = ("In a long interview at her office last week, Ms Laine said the agency's budget is "
         "as tight as it has ever been.")
    t = title(s, "last week")
    assert t.startswith("Ms Laine said the agency's budget is as tight")
    assert "interview" not in t


def test_an_according_to_aside_between_subject_and_verb_takes_both_commas():
    s = ("The drought, according to the farmers' union, cost growers in the valley about a "
         "fifth of their harvest in 2022.")
    assert title(s, "in 2022").startswith("The drought cost growers in the valley")


def test_a_sayings_later_goes_with_its_date():
    s = "The utility said later on Thursday that its engineers had closed the broken valve."
    t = title(s, "on Thursday")
    assert t.startswith("The utility said") and "later" not in t


def test_a_fronted_phrase_then_a_speakers_aside_give_way_to_the_speaker():
    s = ("In a statement released on Friday, Ann Moss, a member of the review panel, said the "
         "collapse was avoidable.")
    assert title(s, "on Friday") == "Ann Moss said the collapse was avoidable"


# guards: the holder still goes ----------------------------------------------------------

def test_a_pronoun_after_the_main_verb_is_the_clauses_own():
    # guard (passes on main too): the company's "its", after its verb, names the company
    s = "Analysts said the carmaker raised its sales forecast on Monday."
    assert title(s, "on Monday") == "The carmaker raised its sales forecast"


def test_a_name_before_the_pronoun_is_what_it_points_to():
    s = ("A biography of Anna Petrova about her early years sold 40,000 copies in May, the "
         "publisher said.")
    assert title(s, "in May").startswith("A biography of Anna Petrova")


def test_a_plain_he_said_aside_keeps_no_speaker_for_a_happening():
    # guard (passes on main too): only a view takes the aside's speaker first
    s = "The two ferries, he said, collided in thick fog on Tuesday near the harbour mouth."
    assert not title(s, "on Tuesday").startswith("He said")


def test_a_pronoun_speakers_happening_drops_the_pronoun():
    # guard (passes on main too): a report of what happened needs no "He said"
    s = "He said on Monday that his brother was arrested at the border."
    assert title(s, "on Monday").startswith("His brother was arrested")


def test_a_plural_noun_before_a_past_verb_is_no_present_claim():
    s = "Rescue boats pulled 40 people from the water on Sunday, the coastguard said."
    assert title(s, "on Sunday") == "Rescue boats pulled 40 people from the water"


def test_a_subordinate_clause_opening_what_was_said_is_not_its_subject():
    s = ("Mr Hale also said that as he had been laid off in May, he had found time to train "
         "volunteers.")
    assert not title(s, "in May").startswith("Mr Hale also said that as he")


def test_a_relative_clause_after_the_claim_is_no_attribution():
    s = "But his final match last month was in Lyon, where new cases have been reported."
    assert title(s, "last month") == "His final match was in Lyon"


def test_a_pronoun_after_the_sayings_date_names_no_one():
    s = "Last week it said that about 60% of its branches were open."
    assert not title(s, "Last week").startswith("It said")


def test_an_amount_of_time_is_no_comparison():
    s = ("Regulators have approved 12 new wells since the leak began more than a month ago, "
         "the newspaper reported on Monday.")
    assert title(s, "on Monday").startswith("Regulators have approved 12 new wells")
