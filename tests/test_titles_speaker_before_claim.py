"""Issue 19, eleventh round: a claim whose speaker trails it, or sits behind an aside, keeps
who holds it (store/attribution.py). A view, a prediction or a state said by someone reads
as the page's own claim without them; a reported happening does not need its source.
The sentences are written for the test.
"""

from __future__ import annotations

from store.mention_titles import title_and_terms


def title(sentence: str, phrase: str = "", lead: bool = False) -> str:
    if lead:
        return title_and_terms(sentence, 0, 0, lead=True)[0]
    i = sentence.index(phrase)
    return title_and_terms(sentence, i, i + len(phrase))[0]


def test_a_long_state_claim_with_a_trailing_speaker_says_whose_it_is_first():
    s = ("It is no longer possible to stop the new strain of the disease from spreading across "
         "the region, the regional health agency says.")
    assert title(s, lead=True).startswith("The regional health agency says it is no longer possible")


def test_a_long_prediction_with_a_trailing_speaker_says_whose_it_is_first():
    s = ("A sharp rise in cases among schoolchildren may mean the outbreak has reached every "
         "county in the state, the health department says.")
    assert title(s, lead=True).startswith("The health department says a sharp rise in cases")


def test_a_reported_happening_keeps_no_trailing_source():
    # guard: what happened reads as news without who reported it
    s = ("A second container ship ran aground near the harbour entrance early in the morning "
         "after its engine failed, the coastguard says.")
    assert title(s, lead=True).startswith("A second container ship ran aground")


def test_a_pronoun_speaker_is_not_put_first():
    # guard: "He says ..." names no one
    s = ("It is no longer possible to stop the new strain of the disease from spreading across "
         "the region, he says.")
    assert not title(s, lead=True).startswith("He says")


def test_a_run_on_sentence_does_not_take_the_last_ones_speaker():
    # guard: the trailing attribution belongs to the sentence run in at the end
    s = ("The ferry has been out of service since the storm Repairs to the harbour wall will "
         "take until the spring and cost far more than planned, officials say.")
    assert not title(s, lead=True).startswith("Officials say")


def test_a_speakers_role_aside_gives_way_to_the_speaker():
    s = ("Anna Berg, the head of the regional water board, says the reservoir is likely to be "
         "full again by March.")
    assert title(s, "by March").startswith("Anna Berg says the reservoir is likely to be full")


def test_a_role_before_the_name_gives_way_to_the_name():
    # guard: main's clause rule already gives the name here; the aside rule must keep it
    s = ("The new chief of the port authority, Tom Hale, said on Monday that the old pier was "
         "unsafe and would stay closed.")
    assert title(s, "on Monday").startswith("Tom Hale said that the old pier was unsafe")


def test_an_aside_holding_the_date_stays():
    # guard: the date is the aside's, which is what the title is about
    s = ("Anna Berg, who took over the water board in March, said the reservoir is likely to be "
         "full again.")
    assert "Anna Berg said the reservoir" not in title(s, "in March")
