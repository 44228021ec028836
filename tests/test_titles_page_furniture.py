"""Page furniture that still became events, and captions, headlines and slideshow rows run
into a sentence (issue 19 sections 2 and 3): the page's words to its audience make no event,
and a run-on is split at its seam so each part is its own sentence."""

from __future__ import annotations

from store.clean import furniture_spans
from store.sentences import sentence_spans


def _furniture(text: str) -> list[str]:
    return [text[s:e] for s, e in furniture_spans(text)]


def _covered(text: str, words: str) -> bool:
    i = text.index(words)
    return any(s <= i and i + len(words) <= e for s, e in furniture_spans(text))


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


PAGE = "Flood appeal opens\nThe river burst its banks in the valley on Sunday night.\n"


# how to give, whom to call

def test_donation_line_with_a_phone_number_is_furniture():
    text = PAGE + "Gifts can be made online or by calling 0300 123 45 678 before Friday.\n"
    assert _covered(text, "Gifts can be made online")
    assert not _covered(text, "The river burst its banks")


def test_call_a_number_line_is_furniture():
    text = PAGE + "Anyone worried about relatives can ring the helpline on 0800 555 0199 from Monday.\n"
    assert _covered(text, "Anyone worried about relatives")


def test_how_to_donate_without_a_number_is_furniture():
    text = PAGE + "You can donate to the valley fund at any branch until the end of March.\n"
    assert _covered(text, "You can donate")


def test_what_a_call_costs_is_furniture():
    text = PAGE + "Calls to 0300 numbers cost no more than a local call on weekdays.\n"
    assert _covered(text, "Calls to 0300 numbers")


def test_a_box_run_on_after_the_number_keeps_the_sentence_after_it():
    text = (PAGE + "Donate via the fund's website or by telephoning 0300 123 45 678 She said: "
            "\"We were overwhelmed by the response on Monday.\"\n")
    assert _covered(text, "telephoning 0300 123 45 678")
    assert not _covered(text, "We were overwhelmed")


def test_guard_a_count_of_calls_is_news():
    text = PAGE + "The council's hotline took 3,000 calls on Monday as the water rose.\n"
    assert not _covered(text, "The council's hotline")


def test_guard_a_figure_is_no_phone_number():
    text = PAGE + "The fund has raised 1 250 000 pounds since Tuesday, its trustees said.\n"
    assert not _covered(text, "The fund has raised")


# what readers sent in

def test_readers_sending_their_accounts_is_furniture():
    text = PAGE + "Viewers near the river have been sending us their pictures of the flood since Monday.\n"
    assert _covered(text, "Viewers near the river")


def test_guard_readers_as_a_subject_of_news():
    text = PAGE + "Readers of the local paper voted on Tuesday to keep the bridge closed.\n"
    assert not _covered(text, "Readers of the local paper")


# a programme's courtesies and segues

def test_a_hosts_thanks_to_guests_is_furniture():
    text = ("HOST: We turn now to the dam.\nGUEST: It was built in 1962.\n"
            "HOST: Well, thank you both for being with us this evening, Ann Reid and Tom Bell.\n")
    assert _covered(text, "thank you both for being with us")
    assert not _covered(text, "It was built in 1962")


def test_thanks_for_tuning_in_is_furniture():
    text = PAGE + "From all of us here, I'm Joe Park and thanks for tuning in tonight.\n"
    assert _covered(text, "thanks for tuning in")


def test_guard_thanks_reported_with_a_speaker():
    text = PAGE + "\"Thank you for being here,\" the mayor told volunteers on Monday.\n"
    assert not _covered(text, "the mayor told volunteers")


def test_a_bulletins_segue_is_furniture_but_its_item_is_not():
    text = PAGE + "Next -- a court will hear the case against the dam's builder next spring.\n"
    assert _covered(text, "Next --")
    assert not _covered(text, "a court will hear")


# a clip's or programme's blurb

def test_the_outlets_reporter_with_role_and_aside_is_a_blurb():
    text = (PAGE + "The Courier's Rivers Correspondent Jane Moss, who covered both floods, looks at "
            "what changed since 2007.\n")
    assert _covered(text, "Jane Moss, who covered both floods")


def test_the_outlets_reporter_travelling_is_a_blurb():
    text = PAGE + "The Courier's Sam Ortiz is travelling from the coast to the valley, where roads closed on Sunday.\n"
    assert _covered(text, "Sam Ortiz is travelling")


def test_a_guest_talking_to_the_outlet_after_the_page_stamp_is_a_blurb():
    text = ("Page last updated at 10:05 GMT, Monday, 3 May 2010 Lena Holt's been talking to Valley "
            "Radio about the night the river rose.\nShe grew up in the town.\n")
    assert _covered(text, "Lena Holt's been talking to Valley Radio")


def test_guard_a_newsmaker_travelling_is_news():
    text = PAGE + "Maria Lopez is travelling to the valley on Saturday to meet families.\n"
    assert not _covered(text, "Maria Lopez is travelling")


def test_guard_the_outlets_reporter_saying_is_news():
    text = PAGE + "The Courier's Sam Ortiz says the bridge collapsed on Monday night.\n"
    assert not _covered(text, "Sam Ortiz says")


# slideshow rows and captions run on

def test_a_capitalised_and_after_a_lowercase_word_opens_a_sentence():
    text = PAGE + ("Pumps on site can move 900 tonnes an hour And engineers say a fourth pump by "
                   "the end of May would double that.\n")
    assert "And engineers say a fourth pump by the end of May would double that." in _sentences(text)


def test_a_capitalised_if_after_a_lowercase_word_opens_a_sentence():
    text = PAGE + ("Test will last two days If levels drop the gates will be opened on Friday "
                   "morning.\n")
    assert "If levels drop the gates will be opened on Friday morning." in _sentences(text)


def test_guard_and_inside_a_title_in_title_case_stays():
    text = PAGE + "She starred in The Fall And Rise Of Reginald Perrin in 1976, the paper said.\n"
    assert any("The Fall And Rise Of" in s for s in _sentences(text))


def test_a_caption_before_a_ranked_name_and_its_verb_is_split():
    text = PAGE + ("Families of the victims have both filed claims against the council Mr Grant has "
                   "denied any wrongdoing and will face a hearing next year.\n")
    sents = _sentences(text)
    assert "Families of the victims have both filed claims against the council" in sents
    assert any(s.startswith("Mr Grant has denied any wrongdoing") for s in sents)


def test_guard_a_relative_with_no_that_stays_whole():
    text = PAGE + "It was the watch Mr Grant is wearing in the photograph taken on Monday.\n"
    assert any(s.startswith("It was the watch Mr Grant is wearing") for s in _sentences(text))


def test_guard_a_clause_with_no_that_after_a_verb_of_belief_stays_whole():
    text = PAGE + "The family believes Dr Lane was negligent in her care of the boy last year.\n"
    assert any(s.startswith("The family believes Dr Lane was negligent") for s in _sentences(text))


def test_guard_a_role_before_a_ranked_name_stays_whole():
    text = PAGE + "In the valley, county health commissioner Dr Ruth Lane said on Monday the water was safe.\n"
    assert any("commissioner Dr Ruth Lane said" in s for s in _sentences(text))


# the page's first line: headline, caption and lead run together

def test_a_headline_future_and_place_before_a_ranked_name():
    text = ("Flood concert: Nina Vale to sing in Leeds Ms Vale visited the flooded valley with her "
            "family in March Nina Vale is to return to the stage after ten years for the appeal.\n"
            "Ms Vale said she was honoured.\n")
    sents = _sentences(text)
    assert any(s.startswith("Ms Vale visited the flooded valley") for s in sents)


def test_a_name_after_a_day_opens_the_lead():
    text = ("Flood concert: Nina Vale to sing in Leeds Ms Vale met survivors of the flood in Hull on "
            "Monday Nina Vale's brother Sol Vale is to join her on stage next month.\n"
            "The concert was announced last week.\n")
    assert any(s.startswith("Nina Vale's brother Sol Vale is to join") for s in _sentences(text))


def test_a_role_and_a_name_the_page_says_again_opens_a_caption():
    text = ("Rescue crews tell of flood ordeal after coming home Scottish diver Ross Kerr freed a "
            "trapped driver from a car Rescue crews back from the valley spoke on Sunday.\n"
            "Diver Ross Kerr said the water was freezing.\n")
    assert any(s.startswith("Scottish diver Ross Kerr freed a trapped driver") for s in _sentences(text))


def test_guard_a_company_name_after_an_adjective_is_no_caption():
    text = ("The city government and main lenders of insolvent carmaker Nordberg Motor Works Ltd "
            "agreed on Friday to form a new firm.\nNordberg Motor Works Ltd had debts of $2 billion.\n")
    assert any(s.startswith("The city government and main lenders of insolvent carmaker Nordberg")
               for s in _sentences(text))


def test_guard_a_role_noun_before_a_name_said_again():
    text = ("Volunteers return from the flooded valley Aid worker Kim Soto helped rescue three "
            "children on Saturday and spoke of her relief.\nKim Soto said the town was devastated.\n")
    assert not any(s.startswith("Kim Soto helped") for s in _sentences(text))


# a profile box's items joined into one sentence, run into the article

def test_a_profile_boxs_roles_end_at_their_years_and_make_no_event():
    text = (PAGE + "Runs the county's relief fund Led the inquiry into the 2004 storm Chaired the "
            "harbour board Deputy to Mayor Ellen Ruiz, 1991-1995 Some of the water has now "
            "drained from the lower town.\n")
    assert "Some of the water has now drained from the lower town." in _sentences(text)
    assert _covered(text, "Led the inquiry into the 2004 storm")
    assert not _covered(text, "Some of the water")


def test_guard_a_sentence_with_a_role_and_years_and_a_verb_stays():
    text = PAGE + "She was deputy to Mayor Ellen Ruiz, 1991-1995 and later ran the harbour board.\n"
    assert not _covered(text, "She was deputy")


# a page's stamp before its headline, and the headline's subject said again as a possessive

def test_a_stamps_clock_after_its_date_is_furniture_too():
    text = ("Last updated: 4 june, 2010 - 09:12 GMT Valley towns reopen after the flood Valley "
            "towns' main roads have been cleared of mud since Sunday.\nShops reopened.\n")
    assert _covered(text, "09:12 GMT")


def test_the_headlines_subject_again_as_a_possessive_opens_the_lead():
    text = ("Last updated: 4 june, 2010 - 09:12 GMT Leeds closes its schools to slow the flu "
            "Leeds's annual summer fair has been canceled and the council offices are shut.\n"
            "Parents were told on Monday.\n")
    assert any(s.startswith("Leeds's annual summer fair has been canceled")
               for s in _sentences(text))


def test_guard_a_possessive_object_before_an_inverted_had_stays():
    text = ("Dunmore: remarks were fair The mayor said he would have sacked Dunmore's chief had he "
            "run the firm, aides said on Monday.\nThe firm declined to comment.\n")
    assert not any(s.startswith("Dunmore's chief had he run") for s in _sentences(text))


# a caption run into a quotation its speaker closes

def test_a_caption_run_into_a_closed_quotation_is_split_before_it():
    text = (PAGE + "The singer was touring the north when the bridge fell in 2008 \"We owe the valley "
            "a great deal,\" she said on Monday.\n")
    sents = _sentences(text)
    assert "The singer was touring the north when the bridge fell in 2008" in sents


def test_guard_a_quotation_a_verb_takes_as_its_object_stays():
    text = (PAGE + "The ruling reflected \"the council's view that the bridge was unsafe,\" she said "
            "on Monday.\n")
    assert any(s.startswith("The ruling reflected") and "she said" in s for s in _sentences(text))


def test_a_quizs_answer_is_furniture():
    text = (PAGE + "Yesterday we asked which river flooded first in 1947?\n"
            "And the answer is: the Aire, two days before the Calder.\n")
    assert _covered(text, "And the answer is")


def test_a_live_page_naming_itself_is_furniture():
    text = PAGE + "We are pausing this live page for the night and will be back on Tuesday.\n"
    assert _covered(text, "pausing this live page")


def test_guard_a_quoted_page_is_a_speakers():
    text = PAGE + "\"This page of history is closed,\" the mayor said on Monday.\n"
    assert not _covered(text, "the mayor said")


def test_a_correction_of_what_the_article_said_is_furniture():
    text = (PAGE + "This article incorrectly said that the bridge reopened on 3 March; it reopened "
            "on 5 March.\n")
    assert _covered(text, "This article incorrectly said")
