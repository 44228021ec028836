"""A page's words to its readers make no events (issue 19, tenth round): a live page's welcome,
its sign-off, a call to stay, and the page on itself, whatever day they name. Pages written
for the test."""

from __future__ import annotations

from store.clean import furniture_spans


def covered(text: str, phrase: str) -> bool:
    i = text.index(phrase)
    return any(s <= i and i + len(phrase) <= e for s, e in furniture_spans(text))


LIVE = ("1402: Welcome to our live coverage of the county council's budget vote on Thursday.\n"
        "1415: Councillors voted 31 to 12 to close two libraries from April.\n"
        "1630: That is all from us today. See you on Monday for the appeal hearing.\n"
        "This live page is part of a trial of new ways to follow a story as it happens.\n")


def test_a_live_pages_welcome_and_sign_off_make_no_events():
    assert covered(LIVE, "Welcome to our live coverage")
    assert covered(LIVE, "See you on Monday")
    assert covered(LIVE, "This live page is part of a trial")


def test_the_entries_between_them_still_report():  # guard
    assert not covered(LIVE, "Councillors voted 31 to 12")


def test_a_welcome_quoted_inside_a_report_is_no_furniture():  # guard
    text = ("The mayor opened the new library on Saturday. She told the crowd that the town "
            "would welcome new readers of every age.\n")
    assert not covered(text, "would welcome new readers")


def test_a_pages_correction_of_itself_makes_no_event():
    text = ("The harbour board approved the new quay on Tuesday.\n"
            "This article referred to the Harbour Board as the Port Authority in 2009.\n")
    assert covered(text, "This article referred to the Harbour Board")
    assert not covered(text, "The harbour board approved")


REPORT = ('The council said on Monday that the bridge would reopen in May. "It is safe," the '
          'engineer said. "We checked every bolt," she told reporters. Officials said the '
          'cost had doubled, and the mayor said the work was late. A spokesman added that '
          'the tolls would stay. Residents told the paper they were relieved.\n')


def test_the_writers_own_first_person_after_a_time_phrase_or_a_label_makes_no_event():
    text = REPORT + ("Over Christmas I drove across it twice and it was fine.\n"
                     "An aside: I have been reading the engineers' report from 2009.\n")
    assert covered(text, "Over Christmas I drove across it twice")
    assert covered(text, "I have been reading the engineers' report")


def test_a_quoted_first_person_after_a_time_phrase_stays():  # guard
    text = REPORT + '"Over Christmas I drove across it twice," the mayor said.\n'
    assert not covered(text, "Over Christmas I drove across it twice")


def test_a_career_box_makes_no_events():
    text = ("The harbour board named its new chair on Tuesday.\n"
            "Career History: Harbour Master, Port of Leith (2004 to 2011); Pilot, Forth Ports "
            "(1996-2004) Education: Nautical College\n")
    assert covered(text, "Harbour Master, Port of Leith (2004 to 2011)")
    assert not covered(text, "The harbour board named its new chair")


def test_one_role_with_its_years_in_a_report_stays():  # guard
    text = "Ms Penrose, harbour master (2004 to 2011), resigned on Tuesday.\n"
    assert not covered(text, "resigned on Tuesday")


def test_a_daily_broadcast_slot_makes_no_event():
    text = ("The bulletin goes out daily at 0910 local time on the island's two stations.\n"
            "The storm reached the island on Tuesday.\n")
    assert covered(text, "The bulletin goes out daily at 0910")
    assert not covered(text, "The storm reached the island")


def test_a_pages_promise_of_live_coverage_makes_no_event():
    text = ("The council votes on the budget on Thursday.\n"
            "This website will provide live coverage of the vote between 1400 and 1700 GMT.\n")
    assert covered(text, "will provide live coverage of the vote")
    assert not covered(text, "The council votes on the budget")


def test_the_writers_own_i_think_on_a_reporting_page_makes_no_event():
    text = REPORT + "I think it is a safe bet that the bridge will be busy again by June.\n"
    assert covered(text, "I think it is a safe bet")


def test_a_quoted_i_think_stays():  # guard
    text = REPORT + '"I think the bridge will be busy again by June," the mayor said.\n'
    assert not covered(text, "I think the bridge will be busy")


def test_a_question_opened_by_plus_makes_no_event():
    text = "The ferry sailed on Monday. Plus, how will the new timetable work in June?\n"
    assert covered(text, "Plus, how will the new timetable work")
    assert not covered(text, "The ferry sailed on Monday")


def test_a_career_box_with_months_makes_no_events():
    text = ("The harbour board named its new chair on Tuesday.\n"
            "Career History: Harbour Master, Port of Leith (Nov. 2004 to Jan. 2011); Pilot, "
            "Forth Ports (Sept. 1996 to Nov. 2004) Education: Nautical College\n")
    assert covered(text, "Harbour Master, Port of Leith (Nov. 2004")
    assert not covered(text, "The harbour board named its new chair")


def test_a_radio_slot_makes_no_event_but_a_meeting_time_stays():
    text = ("SEA STORIES All this week at 1:30 on Radio 4, Jo Penrose presents the lifeboat "
            "crews' own accounts.\nThe council meets at 2pm on Monday to vote on the quay.\n")
    assert covered(text, "All this week at 1:30 on Radio 4")
    assert not covered(text, "The council meets at 2pm on Monday")


def test_the_writers_i_after_earlier_makes_no_event():
    text = REPORT + "Earlier this morning, I walked the length of the new sea wall.\n"
    assert covered(text, "I walked the length of the new sea wall")
