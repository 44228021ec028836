"""Ways a general rule read the clause wrongly: a quarter named by the month it ends
in, a date that premodifies a noun whose announcing is told in the past, a
sentence-opening "Now," that turns an argument rather than dating it, "as planned"
taken for a future cue, "quarter-century" taken for a results story's quarter, and
"getting beat up" taken for a past verb.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from store.timex import tag


def found(text: str, dct: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag(text, date.fromisoformat(dct))]


def value_of(text: str, dct: str, phrase: str) -> str:
    got = {t.text: t.value for t in tag(text, date.fromisoformat(dct))}
    assert phrase in got, got
    return got[phrase]


# ---- a quarter named by the month it ends in ------------------------------------------

@pytest.mark.parametrize("text,dct,value", [
    # ended: the quarter holding that month, the last one before the publication date
    ("The quarter ended in June brought the smallest profit in years.", "2011-08-20",
     "2011-Q2"),
    ("The quarter ended in June was the bakery's worst.", "2011-05-20", "2010-Q2"),
    ("Sales for the quarter ended March 31 rose 4 percent.", "2011-05-20", "2011-Q1"),
    ("Sales for the quarter that ended Dec. 31 fell.", "2012-02-03", "2011-Q4"),
    # a year of its own wins
    ("Profit for the quarter ended Sept. 30, 2008, was restated.", "2011-05-20", "2008-Q3"),
    # ending: the nearest quarter ending in that month, even across the new year
    ("The quarter ending in January should be better, the chain said.", "2011-11-20",
     "2012-Q1"),
])
def test_a_quarter_takes_the_month_it_ends_in(text, dct, value):
    assert value_of(text, dct, "the quarter" if "the quarter" in text else "The quarter") \
        == value


def test_an_earlier_ordinal_quarter_does_not_override_the_month_it_ends_in():
    text = ("The grocer's fiscal first quarter was strong. The quarter ended in June, "
            "though, was weak.")
    assert value_of(text, "2011-08-20", "The quarter") == "2011-Q2"


def test_a_bare_quarter_still_follows_the_reported_one():
    # no month after it: the quarter the story reports on, as before
    text = "The company reported a loss for the second quarter. In the quarter, sales fell."
    assert value_of(text, "2011-08-20", "the quarter") == "2011-Q2"


# ---- a premodifying date whose announcing is in the past ----------------------------

@pytest.mark.parametrize("text,dct,phrase,value", [
    ("The 8 October concert was announced on Monday.", "2011-05-20", "8 October",
     "2011-10-08"),
    ("The 12 September rally at the stadium was confirmed by police yesterday.",
     "2011-05-20", "12 September", "2011-09-12"),
    ("The July 4 parade was cancelled because of the budget.", "2011-05-20", "July 4",
     "2011-07-04"),
    ("The 3 November hearing has been postponed.", "2011-05-20", "3 November", "2011-11-03"),
])
def test_a_date_whose_event_is_only_announced_is_not_past(text, dct, phrase, value):
    assert value_of(text, dct, phrase) == value


@pytest.mark.parametrize("text,dct,phrase,value", [
    # the verb tells of the event itself: it lies before the publication date
    ("The June 5 vote was a landslide for the opposition.", "2011-05-20", "June 5",
     "2010-06-05"),
    ("The 8 October concert drew forty thousand people.", "2011-05-20", "8 October",
     "2010-10-08"),
])
def test_a_date_whose_event_is_told_in_the_past_stays_past(text, dct, phrase, value):
    assert value_of(text, dct, phrase) == value


def test_the_article_before_a_premodifying_day_month_belongs_to_the_noun():
    assert found("The 8 October concert was announced on Monday.", "2011-05-20")[0][0] \
        == "8 October"
    # "the 8th of October" is the date's own article
    assert found("Talks ended on the 8th of October.", "2011-05-20") == [
        ("the 8th of October", "DATE", "2010-10-08")]


# ---- "Now," as a discourse marker ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Now, the question is whether the mayor will run again.",
    "Prices fell sharply. Now, what happens to the farmers?",
    'He paused. "Now, let\'s be clear about this," he said.',
    "Now, to be fair, the council did warn residents.",
    "Now, I am not saying the plan is bad.",
])
def test_a_sentence_opening_now_that_turns_the_argument_is_no_time(text):
    assert [p for p in found(text, "2011-05-20") if p[0].lower() == "now"] == []


@pytest.mark.parametrize("text", [
    "Now, after ten years of losses, the plant is closing.",
    "Prices fell last year. Now they are rising.",
    "The bridge is now open to traffic.",
    "Now that the vote is over, the town can rest.",
    "Now, the company says, sales are rising again.",
])
def test_now_that_dates_the_clause_is_still_present_ref(text):
    assert ("now", "DATE", "PRESENT_REF") in [(p[0].lower(), p[1], p[2])
                                             for p in found(text, "2011-05-20")]


# ---- "as planned": an earlier plan, neither forward nor back --------------------------

@pytest.mark.parametrize("text,phrase,value", [
    # the clause's own verb decides (publication date: Monday 25 February 1991)
    ("The mayor let the march go ahead as previously planned Saturday night.",
     "Saturday night", "1991-02-23TNI"),
    ("The parade went ahead as planned on Sunday.", "Sunday", "1991-02-24"),
    ("The strike will go ahead as planned on Friday.", "Friday", "1991-03-01"),
    ("The festival will open as planned on 5 March.", "5 March", "1991-03-05"),
    # a plan with no "as" still points ahead
    ("The vote is scheduled for Saturday.", "Saturday", "1991-03-02"),
    ("The launch, originally scheduled for 5 March, was delayed.", "5 March", "1991-03-05"),
])
def test_as_planned_leaves_the_tense_to_the_clause(text, phrase, value):
    assert value_of(text, "1991-02-25", phrase) == value


# ---- "quarter-century" is no quarter of a year ----------------------------------------

def test_a_quarter_century_does_not_make_a_year_ago_a_quarter():
    text = ("Unemployment stayed near its quarter-century low last month. Wages were "
            "3 percent higher than a year earlier.")
    assert value_of(text, "1998-02-06", "a year earlier") == "1997"
    # while a results story's "a year earlier" is the quarter a year back
    text = "Net income rose to $5 million in the third quarter from $4 million a year earlier."
    assert value_of(text, "1998-11-06", "a year earlier") == "1997-Q3"


# ---- a plain form that is also a past form ----------------------------------------------

@pytest.mark.parametrize("text,value", [
    # after "to", "get" or a modal, "beat" and "spread" are no past verbs
    ("Economists say the factories are going to start getting beat up in the spring.",
     "1998-SP"),
    ("Officials fear the fire will spread to the valley in the spring.", "1998-SP"),
    # as finite verbs they still are
    ("The rebels beat back the army in the spring.", "1997-SP"),
    ("The fire spread to the valley in the spring.", "1997-SP"),
])
def test_beat_and_spread_are_past_only_as_finite_verbs(text, value):
    assert value_of(text, "1998-02-06", "the spring") == value
