"""Where the finder tries its rules (store/timex/gates.py), and that it still finds what
is there: head words written in pieces ("as soon", "New Year") are looked for only where
every later piece is in the text, however they are spaced or cased; month and weekday
names are tried only at a capital that opens a month's or weekday's stem, in any case
the rules accept, among capitalised names that share the capital."""

from __future__ import annotations

from datetime import date

import pytest

from store.timex import tag

DCT = date(2015, 6, 3)


def _phrases(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, DCT)]


@pytest.mark.parametrize("text, phrase", [
    ("The minister said talks would resume as soon as possible, as the unions asked.",
     "as soon as possible"),
    ("Talks would resume as\n   soon as possible.", "as\n   soon as possible"),
    ("AS SOON AS POSSIBLE, the board said, as it had before.", "AS SOON AS POSSIBLE"),
])
def test_as_soon_as_possible_is_found_among_other_as(text, phrase):
    assert (phrase, "DATE", "FUTURE_REF") in _phrases(text)


def test_soon_and_as_apart_make_no_phrase():
    assert _phrases("He was as tired as anyone; soon after, the rules changed.") == []


@pytest.mark.parametrize("text, phrase, value", [
    ("Crowds gathered on New Year's Day as the new year began.", "New Year's Day",
     "2015-01-01"),
    ("Crowds will gather on New  Year's   Eve, as usual.", "New  Year's   Eve", "2015-12-31"),
])
def test_new_year_holidays_are_found_with_their_dates(text, phrase, value):
    assert (phrase, "DATE", value) in _phrases(text)


def test_new_and_year_apart_name_no_holiday():
    found = _phrases("The new chief took over a year after the merger.")
    assert all("New" not in p and "new" not in p for p, _, _ in found)


@pytest.mark.parametrize("text, phrase, value", [
    ("Mayor Mark Dean said on Monday, March 7, that the vote was over.", "Monday, March 7",
     "2016-03-07"),
    ("FRIDAY, MAY 6, 2016 -- Senator Maria Ortiz spoke.", "FRIDAY, MAY 6, 2016", "2016-05-06"),
    ("Senator Maria Ortiz met the group in early December.", "early December", "2015-12"),
    ("Mr Sunak and Ms Decker spoke last Thursday.", "last Thursday", "2016-05-05"),
    ("Mr Sunak and Ms Decker spoke of the 26th of April.", "the 26th of April", "2016-04-26"),
])
def test_month_and_weekday_names_among_other_capitalised_words(text, phrase, value):
    found = [(t.text, t.value) for t in tag(text, date(2016, 5, 10))]
    assert (phrase, value) in found


def test_words_that_share_a_month_or_weekday_capital_are_no_dates():
    text = "A Marine, a Maple tree, a Junior official, Sunak and Marchers met Decker."
    assert tag(text, date(2016, 5, 10)) == []
