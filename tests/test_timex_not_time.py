"""Words and numbers that look like time expressions but are none by the TimeML (TIMEX3)
rules: counts and clock readings written like years, "the past"/"the future" used as
adjectives, counted units inside names; and a clock time restated in brackets with its
day. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from store.timex import tag

DCT = date(2011, 5, 18)  # a Wednesday


def found(text: str, dct: date = DCT) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, dct)]


@pytest.mark.parametrize("text", [
    "The ferry sails at 1730 GMT from the northern pier.",
    "Rescuers reached the village at 0415 local time (2215 GMT).",
    "Curfew starts at 2100 hours in the old town.",
])
def test_a_number_on_the_24_hour_dial_is_no_year(text):
    assert not any(typ == "DATE" and len(v) == 4 for _, typ, v in found(text))


def test_at_a_dial_reading_in_hours_is_no_duration():
    assert found("The convoy left the depot at 1730 hours.") == []
    assert found("The pilot logged 1730 hours in the air.") == [
        ("1730 hours", "DURATION", "PT1730H")]


@pytest.mark.parametrize("text", [
    "Nearly 1800 volunteers cleared the beach.",
    "The charity handed out some 1500 blankets before the frost.",
    "The dairy sold 2000 more crates than last spring.",
    "Of the parcels, 1999 of them arrived on time.",
    "The barge carried 1950 tonnes of grain.",
    "More than 2000 police lined the route of the march.",
    "Around 1500 people queued outside the stadium.",
    "The ministry hired about 1900 staff for the census.",
])
def test_a_count_is_no_year(text):
    assert not any(len(v) == 4 and v.isdigit() for _, _, v in found(text))


@pytest.mark.parametrize("text, year", [
    ("My great-aunt came to the valley about 1906, leaving her sisters behind.", "1906"),
    ("The mill was rebuilt around 1852 after the flood.", "1852"),
    ("The regulator points to 2009 advice on flood defences.", "2009"),
    ("The 1998 floods ruined the harvest.", "1998"),
])
def test_a_year_near_a_count_word_stays_a_year(text, year):
    assert (year, "DATE", year) in found(text)


@pytest.mark.parametrize("text", [
    "The past president of the club opened the fete.",
    "Write the sentence again in the past tense.",
    "Crowds cheered the future queen at the harbour.",
    "Investors worry about the future supply of copper.",
])
def test_the_past_or_the_future_before_a_noun_is_an_adjective(text):
    assert found(text) == []


@pytest.mark.parametrize("text, phrase, value", [
    ("In the past, the square flooded every spring.", "the past", "PAST_REF"),
    ("Nobody knows what the future holds for the mill.", "the future", "FUTURE_REF"),
    ("The village has changed more in the past than anyone admits.", "the past", "PAST_REF"),
    ("Maybe in the future your grandchildren will swim here.", "the future", "FUTURE_REF"),
])
def test_the_past_and_the_future_as_nouns_stay_vague_references(text, phrase, value):
    assert (phrase, "DATE", value) in found(text)


def test_the_past_before_a_count_of_units_is_not_dropped():
    got = found("Floods have hit the valley for the past three winters.")
    assert got and got[0][0].startswith("the past")


@pytest.mark.parametrize("text", [
    "Historians still argue about the Six-Day War.",
    "The museum has a room on the Thirty Years' War.",
    "Radio coverage of the fourth One Day International starts at noon.",
])
def test_a_counted_unit_inside_a_name_is_no_duration(text):
    assert not any(typ == "DURATION" for _, typ, _ in found(text))


def test_a_counted_unit_in_a_title_case_headline_stays_a_duration():
    assert ("Five Days", "DURATION", "P5D") in found("Five Days That Shook the Harbour")
    assert ("six days", "DURATION", "P6D") in found("The war lasted six days in June.")


@pytest.mark.parametrize("text, phrase, value", [
    ("The team met the past weekend to plan the season.", "the past weekend", "2011-W19-WE"),
    ("Volunteers will gather the coming weekend.", "the coming weekend", "2011-W20-WE"),
])
def test_the_past_or_coming_weekend_is_that_weekend_not_a_week(text, phrase, value):
    assert (phrase, "DATE", value) in found(text)


def test_the_coming_weekend_seen_on_a_saturday_is_the_next_one():
    got = found("Volunteers will gather the coming weekend.", date(2011, 5, 21))
    assert got == [("the coming weekend", "DATE", "2011-W21-WE")]


def test_a_clock_time_restated_in_brackets_takes_the_brackets_day():
    got = found("The minister said the ship will sail at 5 in the morning "
                "(5 a.m. local time Thursday).")
    assert ("5 in the morning", "TIME", "2011-05-19T05:00") in got


def test_a_clock_time_restated_in_another_zone_keeps_its_own_day():
    got = found("The vote closes at 4 p.m. (2000 GMT) today.")
    assert got[0] == ("4 p.m.", "TIME", "2011-05-18T16:00")


@pytest.mark.parametrize("text, phrase, value", [
    ("The index closed at 812 on Friday, up 3% from the previous Friday.",
     "the previous Friday", "2011-05-06"),
    ("The fair opened on Monday, May 2, and closed the following Thursday.",
     "the following Thursday", "2011-05-05"),
    ("She landed in Lisbon on 3 May and flew home the next Sunday.",
     "the next Sunday", "2011-05-08"),
])
def test_a_weekday_after_the_previous_or_following_counts_from_the_storys_day(
        text, phrase, value):
    assert (phrase, "DATE", value) in found(text)


def test_next_weekday_without_the_counts_from_the_publication_date():
    got = found("She landed in Lisbon on 3 May and flies home next Sunday.")
    assert ("next Sunday", "DATE", "2011-05-22") in got


@pytest.mark.parametrize("text", [
    "Now for the weather in the hills.",
    "Sales rose in March. And now for the bad news: costs rose faster.",
])
def test_now_for_the_next_item_is_a_discourse_marker(text):
    assert not any(v == "PRESENT_REF" for _, _, v in found(text))


@pytest.mark.parametrize("text", [
    "Now for the first time, the ferry runs on Sundays.",
    "The mayor is now for the bypass.",
    "Now for the sake of the children the school is shut.",
])
def test_now_for_that_dates_its_clause_stays(text):
    assert any(v == "PRESENT_REF" for _, _, v in found(text))
