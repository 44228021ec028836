"""A live page's blurb, a list of sources and an author's note make no events (issue 19,
twelfth round): they say what the page covers, which documents it drew on and who wrote it,
and the dates in them are the page's topic or the documents', not happenings. Pages written
for the test."""

from __future__ import annotations

from store.clean import furniture_spans


def covered(text: str, phrase: str) -> bool:
    i = text.index(phrase)
    return any(s <= i and i + len(phrase) <= e for s, e in furniture_spans(text))


def test_a_live_pages_blurb_makes_no_event():
    text = ("Live coverage following Monday's flood in Carlisle, in which hundreds of homes "
            "were evacuated.\nThe river burst its banks on Monday night.\n")
    assert covered(text, "Live coverage following Monday's flood")
    assert not covered(text, "The river burst its banks")


def test_a_blurb_after_the_pages_stamp_makes_no_event():
    text = ("3 May 2011 Last updated at 15:41 GMT Live updates from the trial of the former "
            "mayor, who is charged with fraud.\nThe jury heard from two witnesses on Tuesday.\n")
    assert covered(text, "Live updates from the trial of the former mayor")
    assert not covered(text, "The jury heard from two witnesses")


def test_live_coverage_as_a_sentences_subject_is_reported():  # guard
    text = ("The club said on Friday that live coverage of the final was watched by "
            "four million people.\nLive coverage of the final drew four million viewers "
            "on Saturday.\n")
    assert not covered(text, "Live coverage of the final drew four million viewers")


def test_a_list_of_sources_makes_no_event():
    text = ("The board met twice that winter.\n"
            '"Harbour Board Hears Dredging Plan - Public Meeting," Coastal Records Weekly, '
            'Nov. 4, 2008 "Council Debates Quay Repairs - Committee Session," Coastal Records '
            "Weekly, Jan 12, 2009\n")
    assert covered(text, "Harbour Board Hears Dredging Plan")
    assert covered(text, "Council Debates Quay Repairs")
    assert not covered(text, "The board met twice that winter")


def test_one_quoted_title_with_its_date_is_reported():  # guard
    text = ('The report, "Quay Repairs and Costs," Coastal Records Weekly, Nov. 4, 2008, '
            "was cited by the council when it voted.\n")
    assert not covered(text, "was cited by the council")


def test_an_authors_note_makes_no_event():
    text = ("Prices of wool fell by a third in 2009, and farmers sold their flocks.\n"
            "Ann Moray is an experienced farming journalist who has covered the wool trade "
            "since 1998.\n")
    assert covered(text, "Ann Moray is an experienced farming journalist")
    assert not covered(text, "Prices of wool fell by a third")


def test_a_person_in_the_story_who_is_a_writer_is_reported():  # guard
    text = ("The mill closed last spring.\n"
            "She is a technical writer working on a contract that ends next year.\n"
            "Prices fell in 2009 and Ann Moray, a writer, lost her job in May.\n")
    assert not covered(text, "She is a technical writer")
    assert not covered(text, "Ann Moray, a writer, lost her job")


def test_a_pull_quote_under_the_heading_is_not_the_pages_lead():
    text = ('Flood cuts off valley villages "The water came up to the windows in ten minutes" '
            "Floods have cut off six villages in the Eden valley after two days of rain.\n"
            "The river rose by two metres on Monday.\n")
    assert covered(text, '"The water came up to the windows in ten minutes"')
    assert not covered(text, "Floods have cut off six villages")


def test_a_quotation_with_its_speaker_after_it_is_reported():  # guard
    text = ('Flood cuts off valley villages "The water came up to the windows in ten minutes," '
            "said Ann Moray, a farmer.\nThe river rose by two metres on Monday.\n")
    assert not covered(text, "The water came up to the windows")


def test_a_quotation_further_down_the_page_is_no_pull_quote():  # guard
    text = ("Floods have cut off six villages in the Eden valley after two days of rain.\n"
            '"The water came up to the windows in ten minutes."\n')
    assert not covered(text, "The water came up to the windows")


def test_a_quotation_closed_by_a_comma_keeps_its_speaker_after_it():  # guard
    text = ('"This is a decisive week for the harbour," the mayor declared on Monday as the '
            "board met.\nThe board voted on Tuesday.\n")
    assert not covered(text, "This is a decisive week for the harbour")
