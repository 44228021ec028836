"""Which way a year-less date or a weekday points depends on the clause around it: a
passive after "will be" or "has been set for" looks forward, a fronted "On Tuesday"
takes the tense of the main verb after it, a capitalised Today naming a programme or
paper is no date, and a clock time on "the morning of his death" is not on the
publication day. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from store.timex import tag


def values(text: str, dct: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, date.fromisoformat(dct))}


# (text, publication date, phrase, value)
CASES = [
    # a passive participle after a future or modal auxiliary is not a past verb
    ("The winners will be announced on 18 January.", "2010-01-15", "18 January",
     "2010-01-18"),
    ("The new ferry will be formally named on 20 March.", "2010-02-11", "20 March",
     "2010-03-20"),
    ("The final report should be published on 5 April.", "2010-02-11", "5 April",
     "2010-04-05"),
    ("Its next dividend is to be announced on 27 July.", "2010-06-03", "27 July",
     "2010-07-27"),
    # a date set, scheduled or postponed to lies ahead
    ("A hearing has been set for 5 April.", "2010-02-11", "5 April", "2010-04-05"),
    ("The vote has been postponed to 2 March.", "2010-02-11", "2 March", "2010-03-02"),
    ("The vote is on 3 March.", "2010-02-11", "3 March", "2010-03-03"),
    # a present perfect reports no past event on the day it names: the closest day
    ("Officials have confirmed the meeting on 18 January.", "2010-01-15", "18 January",
     "2010-01-18"),
    # ... while a plain past still looks back a year
    ("The results were announced on 5 April.", "2010-02-11", "5 April", "2009-04-05"),
    ("The mayor resigned on 18 January.", "2010-01-15", "18 January", "2009-01-18"),
    ("The plant has been closed since 18 January.", "2010-01-15", "18 January",
     "2009-01-18"),
    # "moved to" a place is no postponement
    ("On 1st March we moved to a new blogging system.", "2009-05-01", "1st March",
     "2009-03-01"),
    # a fronted weekday or date takes the main verb's tense, with or without a comma
    ("On Tuesday the WHO will hold a meeting.", "2009-05-04", "Tuesday", "2009-05-05"),
    ("On Monday the minister will face questions.", "2010-06-18", "Monday", "2010-06-21"),
    ("On Tuesday officials are scheduled to meet.", "2009-05-04", "Tuesday", "2009-05-05"),
    ("On Thursday, BP boss Tony Hayward was grilled by Congress.", "2010-06-18",
     "Thursday", "2010-06-17"),
    ("On Thursday the company's shares fell 5 percent.", "2010-06-18", "Thursday",
     "2010-06-17"),
    ("On Friday the agency said it will hold a meeting.", "2009-05-04", "Friday",
     "2009-05-01"),
    ("On 6 May the WHO will hold a meeting.", "2009-05-04", "6 May", "2009-05-06"),
    # without a comma only the words before the next one count as the main clause
    ("On 19 April they release their new album, entitled Night Songs.", "2010-04-16",
     "19 April", "2010-04-19"),
]


@pytest.mark.parametrize("text,dct,phrase,value", CASES)
def test_clause_tense_decides_the_date(text, dct, phrase, value):
    got = values(text, dct)
    hit = [v for k, v in got.items() if k == phrase or k.endswith(" " + phrase)]
    assert hit == [value], got


TITLES = [
    "He told the Today programme that the plan would work.",
    "Speaking on NBC's Today show, she said it was over.",
    "USA Today reported the findings on its front page.",
    "The minister told BBC Radio 4's Today program he would stay.",
]


@pytest.mark.parametrize("text", TITLES)
def test_today_naming_a_programme_or_paper_is_no_date(text):
    assert "Today" not in values(text, "2010-06-18")


@pytest.mark.parametrize("text", [
    "Today the minister resigned.",
    "The minister resigned today.",
    "Today, the show goes on in Paris.",
])
def test_today_as_a_time_is_still_the_publication_day(text):
    got = values(text, "2010-06-18")
    assert got.get("Today", got.get("today")) == "2010-06-18"


@pytest.mark.parametrize("text,value", [
    ("He was given a tablet at 1.30 am on the morning of his death.", "XXXX-XX-XXT01:30"),
    ("Shots were heard at 9:15 p.m. on the night of the attack.", "XXXX-XX-XXT21:15"),
    # a clock time with no other day named is still on the publication day
    ("The market closed at 4 p.m. after a late rally.", "2010-06-18T16:00"),
    ("The market closed at 4 p.m. yesterday.", "2010-06-17T16:00"),
])
def test_clock_time_on_an_event_day_is_not_the_publication_day(text, value):
    got = values(text, "2010-06-18")
    assert value in got.values(), got
