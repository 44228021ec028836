"""Titles of the shapes the last fresh draws (bench/titles_judged_240..242) failed on: a date
that a verb's "last" or "first" asks for, a year naming which noun after "the", a date that
limits a participle's noun, and a determiner's adjective left waiting for its date."""

import pytest

from store.mention_titles import title_and_terms


def _title(sentence: str, phrase: str) -> str:
    at = sentence.index(phrase)
    return title_and_terms(sentence, at, at + len(phrase))[0]


@pytest.mark.parametrize(("sentence", "phrase"), [
    ("The river last flooded the old town 40 years ago.", "40 years ago"),
    ("The comet was first seen by amateur astronomers in 1996.", "1996"),
    ("Portugal last hosted the tournament in 2004.", "2004"),
])
def test_last_or_first_keeps_the_date_it_asks_for(sentence, phrase):
    assert phrase in _title(sentence, phrase)


@pytest.mark.parametrize(("sentence", "phrase"), [
    ("The 1927 flood displaced hundreds of thousands of families along the river.", "1927"),
    ("Investors still remember how the 1987 crash wiped out a fifth of share values.", "1987"),
])
def test_year_naming_the_noun_after_the_stays(sentence, phrase):
    assert f"the {phrase} " in _title(sentence, phrase).lower()


def test_the_last_one_still_drops_a_date_it_does_not_ask_for():
    title = _title("The last train left the station on Friday.", "Friday")
    assert "Friday" not in title and title.startswith("The last train left")


@pytest.mark.parametrize(("sentence", "phrase"), [
    ("Applications filed after 3 March will be returned unopened.", "3 March"),
    ("Tickets bought before Monday are valid for the new date.", "Monday"),
])
def test_date_limiting_a_participles_noun_stays(sentence, phrase):
    assert phrase in _title(sentence, phrase)


def test_participle_then_verb_without_limit_still_loses_a_plain_date():
    title = _title("The council said on Tuesday that roads will reopen.", "on Tuesday")
    assert "Tuesday" not in title


def test_title_never_ends_on_a_determiners_adjective():
    sentence = "The mayor said the bridge would reopen in the coming this week, after repairs."
    title = _title(sentence, "this week").rstrip(" .…")
    assert not title.endswith(("the coming", "in the"))
