"""Where the finder tries its rules (store/timex/gates.py), and that it still finds what
is there: head words written in pieces ("as soon", "New Year") are looked for only where
every later piece is in the text, however they are spaced or cased; month and weekday
names are tried only at a capital that opens a month's name or a weekday's stem, in any
case the rules accept, among capitalised names that share the capital; rules that open
with common words ("as", "at", "the", "end") or with a digit are tried only where the
words or digits after them can make a match."""

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


@pytest.mark.parametrize("text, phrase, value", [
    ("The strike lasted as long as three weeks, as the union said.", "as long as three weeks",
     "P3W"),
    ("It took at least two years, at a cost no one knew.", "at least two years", "P2Y"),
    ("Repairs took no more than 10 days.", "no more than 10 days", "P10D"),
    ("As the talks went on, close to 12 hours passed.", "close to 12 hours", "PT12H"),
    ("The board gave up to five days, up front.", "up to five days", "P5D"),
    ("Prices fell in the 1990s, the years of the boom.", "the 1990s", "199X"),
    ("The town grew in the early 1980s, the mayor said.", "the early 1980s", "198X"),
    ("Output rose toward the end of 2015, the end of a long slide.", "the end of 2015", "2015"),
    ("Sales rose in the first half of 2016, the first in years.", "the first half of 2016",
     "2016-H1"),
    ("Output rose by mid-2015; about 2,000 people and 1,500 tons moved.", "mid-2015", "2015"),
    ("The vote fell on the 26th of April 2015, when 300 million voted.", "the 26th of April 2015",
     "2015-04-26"),
    ("Polls opened on 3 March 2014 for 20 million voters.", "3 March 2014", "2014-03-03"),
    ("It ended on the 5TH OF May, 2013.", "the 5TH OF May, 2013", "2013-05-05"),
])
def test_rules_opening_with_common_words_or_digits_still_match(text, phrase, value):
    assert (phrase, value) in [(t.text, t.value) for t in tag(text, date(2016, 5, 10))]


def test_numbers_that_are_no_years_or_days_make_no_phrase():
    text = "About 2,000 people, 1,500 tons and 300 million dollars moved in 20150 lots."
    assert tag(text, date(2016, 5, 10)) == []


@pytest.mark.parametrize("text, phrase, value", [
    ("She met them in China few days ago and flew home.", "few days ago", "PAST_REF"),
    ("Shares may recover Two weeks ago, the board met.", "Two weeks ago", "2015-W21"),
    ("Much rests on the upcoming November election.", "November", "2015-11"),
])
def test_a_phrase_right_after_a_word_ending_like_its_opening_is_found(text, phrase, value):
    # "China few", "recover Two", "upcoming November": the end of the word before reads
    # as the phrase's opening ("a few", "over two", "coming November"), which must not
    # hide the phrase itself
    assert (phrase, "DATE", value) in _phrases(text)
