"""Values that depend on the story around a phrase, not on the phrase alone: the quarter
an earnings story reports on, a future reported with "would" earlier in a long
sentence, the period a comparison refers back to. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from store.timex import tag


def values(text: str, dct: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in tag(text, date.fromisoformat(dct))}


# (text, publication date, phrase, type, value)
CASES = [
    # a fiscal quarter named in the story is the one "a year earlier" and "the latest
    # period" refer to, not the calendar quarter before the publication date
    ("Harbor Foods said net income rose 12% in its fiscal first quarter ended Sept. 30. "
     "A year earlier, it earned $3 million.", "1989-10-20", "A year earlier", "DATE", "1988-Q1"),
    ("Harbor Foods said net income rose 12% in its fiscal first quarter ended Sept. 30. "
     "Sales in the latest period were flat.", "1989-10-20", "the latest period", "DATE",
     "1989-Q1"),
    ("Harbor Foods said net income rose 12% in its fiscal first quarter ended Sept. 30. "
     "Results for the year-earlier period included a gain.", "1989-10-20",
     "the year-earlier period", "DATE", "1988-Q1"),
    ("Harbor Foods said net income rose 12% in its fiscal first quarter ended Sept. 30. "
     "Shipments doubled in the quarter.", "1989-10-20", "the quarter", "DATE", "1989-Q1"),
    # a calendar quarter still running that was already reported on is a fiscal one
    ("Keller Mills reported a 20% rise in fourth-quarter profit. Sales in the latest "
     "period rose 5% from a year earlier.", "1989-11-02", "the latest period", "DATE",
     "1989-Q4"),
    ("Keller Mills reported a 20% rise in fourth-quarter profit. Sales in the latest "
     "period rose 5% from a year earlier.", "1989-11-02", "a year earlier", "DATE", "1988-Q4"),
    # ... but one only expected is not the quarter reported on
    ("The insurer has no estimate of the storm's effect on fourth-quarter results. "
     "In the latest quarter, profit fell 8%.", "1989-10-30", "the latest quarter", "DATE",
     "1989-Q3"),
    # with several named, the latest of them: the quarter the report is about
    ("Third-quarter profit rose 20%. After a flat second quarter, paper prices recovered. "
     "The year-earlier period included a gain on a sale.", "1989-11-01",
     "The year-earlier period", "DATE", "1988-Q3"),
    # with none named, the calendar quarter before the publication date
    ("Profit in the latest period fell 8%.", "1989-11-01", "the latest period", "DATE",
     "1989-Q3"),
    # a comparison period with its own length is a duration, one phrase
    ("Net for the year-earlier nine months included a gain.", "1989-10-26",
     "the year-earlier nine months", "DURATION", "P9M"),
    ("Sales fell from the year-ago six months.", "1989-10-26", "the year-ago six months",
     "DURATION", "P6M"),
    # "would" early in a long sentence still makes what follows a reported future
    ("The airline said two new flights would leave Sydney on Mondays from March 30, with a "
     "third departing each Thursday from August 6.", "1998-02-13", "August 6", "DATE",
     "1998-08-06"),
    # ... unless a past verb comes after it
    ("She said the plan would work, and the board approved it on August 6.", "1998-02-13",
     "August 6", "DATE", "1997-08-06"),
    ("He said the talks would have ended by then, and they broke up on August 6.",
     "1998-02-13", "August 6", "DATE", "1997-08-06"),
]


# "N ago" opening a clause with no comma after it is still the whole phrase
AGO = [
    ("Two years ago the company lost money.", "Two years ago", "2014"),
    ("A decade ago the town had no paved road.", "A decade ago", "2006"),
    ("Five years ago he was a clerk in the port.", "Five years ago", "2011"),
]


@pytest.mark.parametrize("text,phrase,value", AGO)
def test_ago_before_the_clause_it_dates(text, phrase, value):
    assert values(text, "2016-03-26").get(phrase) == ("DATE", value)


def test_narrative_later_before_a_clause_stays_a_duration():
    # "two days later" counts from the story's events, not from the publication date
    assert values("Two days later the army entered the town.", "2016-03-26") == {
        "Two days": ("DURATION", "P2D")}


@pytest.mark.parametrize("text,dct,phrase,typ,value", CASES)
def test_value_from_context(text, dct, phrase, typ, value):
    got = values(text, dct)
    assert got.get(phrase) == (typ, value), got


def test_year_earlier_alone_is_not_a_duration():
    got = values("Profit rose from the year-earlier level in the third quarter.", "1989-10-26")
    assert "year-earlier" in got and got["year-earlier"][0] == "DATE", got
