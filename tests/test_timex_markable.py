"""What is a time expression at all (TimeML/TIMEX3 markables): phrases that look like one
but name no time, and dates that are one phrase with their neighbour. Sentences written
for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from store.timex import tag

DCT = date(2011, 5, 18)  # a Wednesday


def found(text: str, dct: date = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


def test_the_early_hours_is_a_time_of_night_not_a_length_of_time():
    got = found("Firefighters reached the warehouse in the early hours of Tuesday morning.")
    assert got == [("Tuesday morning", "TIME", "2011-05-17TMO")]
    assert found("The storm hit in the early hours, cutting power to the valley.") == []


def test_the_first_hours_of_something_stays_a_duration():
    got = found("In the first hours of the blackout, traders stayed home.")
    assert got == [("the first hours", "DURATION", "PTXH")]


@pytest.mark.parametrize("text, phrase, value", [
    ("The referendum is this coming Sunday, May twenty-second.",
     "this coming Sunday, May twenty-second", "2011-05-22"),
    ("Talks resume next Friday, May 20, in Oslo.", "next Friday, May 20", "2011-05-20"),
])
def test_a_date_in_apposition_to_its_weekday_is_one_phrase(text, phrase, value):
    assert found(text) == [(phrase, "DATE", value)]


def test_a_weekday_and_a_different_date_stay_two_phrases():
    got = found("The board met on Friday, and again on May 20.")
    assert [g[0] for g in got] == ["Friday", "May 20"]


@pytest.mark.parametrize("text", [
    "The quarter-to-quarter comparison flattered the retailer.",
    "The year-over-year rise in rents slowed.",
    "The day-to-day running of the port passes to a new board.",
])
def test_a_unit_paired_with_itself_names_no_period(text):
    assert found(text) == []


def test_the_quarter_alone_is_still_a_period():
    assert found("The quarter was the weakest since 2009.")[0][0] == "The quarter"
