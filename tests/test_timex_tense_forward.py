"""A clause can point forward in ways the plain tense cues miss: a plan told in the past
tense ("was due to fly out on Monday", "was to appear in court on Tuesday") looks ahead
from the publication day unless the sentence goes on to tell what became of the thing;
a possessive weekday ("Saturday's match") takes the tense of its clause, so a schedule in
the present ("Gates open at 18:00 for Saturday's match") or "before" the thing in a
present clause means the coming day. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from store.timex import tag


def values(text: str, dct: str) -> dict[str, str]:
    return {t.text: t.value for t in tag(text, date.fromisoformat(dct))}


# (text, publication date, phrase, value); 2012-03-14 is a Wednesday
CASES = [
    # future in the past: the plan's day lies ahead of the publication day ...
    ("The ambassador was scheduled to fly back to Lima on Friday.", "2012-03-14",
     "Friday", "2012-03-16"),
    ("The minister was due to travel to Oslo on Monday for the summit.", "2012-03-14",
     "Monday", "2012-03-19"),
    ("The two suspects were to appear before magistrates on Tuesday.", "2012-03-14",
     "Tuesday", "2012-03-20"),
    ("The ambassador was scheduled to fly back on Friday, his office said.", "2012-03-14",
     "Friday", "2012-03-16"),
    # ... unless the sentence tells what became of the thing
    ("The ambassador was scheduled to fly back on Friday but missed his flight.",
     "2012-03-14", "Friday", "2012-03-09"),
    ("The pair were to appear in court on Monday, but the hearing has been moved.",
     "2012-03-14", "Monday", "2012-03-12"),
    # a month and day told as such a plan takes the closest day, not next year's
    ("Her tour, which was due to open in Paris on 2 February, sold well.", "2012-03-14",
     "2 February", "2012-02-02"),
    ("Her tour was due to open in Paris on 2 February.", "2012-03-14", "2 February",
     "2012-02-02"),
    # a plan in the past perfect was overtaken, before or after its day: the closest
    ("The council had planned to vote on the budget on Thursday.", "2012-03-14",
     "Thursday", "2012-03-15"),
    ("The council had planned to vote on the budget on Monday.", "2012-03-14",
     "Monday", "2012-03-12"),
    ("The firm had hoped to sign the deal on 2 April.", "2012-03-14", "2 April",
     "2012-04-02"),
    # a possessive weekday in a present-tense schedule or "before" it: the coming day
    ("Gates open at 17:30 for Saturday's final.", "2012-03-14", "Saturday", "2012-03-17"),
    ("Stewards are checking bags before Sunday's parade.", "2012-03-14", "Sunday",
     "2012-03-18"),
    ("Police are closing roads before the Sunday march.", "2012-03-14", "Sunday",
     "2012-03-18"),
    ("Campaigners are collecting names before 4 May.", "2012-06-14", "4 May", "2013-05-04"),
    # ... while a past clause or a past verb on the thing keeps the last one
    ("Stewards checked bags before Sunday's parade.", "2012-03-14", "Sunday", "2012-03-11"),
    ("Sunday's parade was called off after a storm.", "2012-03-14", "Sunday", "2012-03-11"),
    ("The club is still celebrating after Saturday's win.", "2012-03-14", "Saturday",
     "2012-03-10"),
    ("Three people were hurt in Saturday's crash.", "2012-03-14", "Saturday",
     "2012-03-10"),
    # preparing for, looking ahead to, putting off a thing: it was still to come ...
    ("The champion is preparing for Saturday's bout.", "2012-03-14", "Saturday",
     "2012-03-17"),
    ("The programme looks ahead to Thursday's semi-final.", "2012-03-13", "Thursday",
     "2012-03-15"),
    ("The senator wants to postpone Friday's hearing.", "2012-03-14", "Friday",
     "2012-03-16"),
    ("The senator called for a delay of Friday's hearing.", "2012-03-14", "Friday",
     "2012-03-16"),
    # ... and when the putting off is told in the past, the closer of the two days
    ("Organisers called off Sunday's race because of ice.", "2012-03-13", "Sunday",
     "2012-03-11"),
    ("Organisers postponed Friday's race because of ice.", "2012-03-14", "Friday",
     "2012-03-16"),
    # a condition told in the present is about the coming day ...
    ("If the talks fail on Friday, the strike goes ahead.", "2012-03-14", "Friday",
     "2012-03-16"),
    ("Unless the board agrees on Monday, the deal lapses.", "2012-03-14", "Monday",
     "2012-03-19"),
    # ... one told in the past is not
    ("If the talks failed on Friday, nobody said so.", "2012-03-14", "Friday",
     "2012-03-09"),
    ("It felt as if the storm on Friday would never end.", "2012-03-14", "Friday",
     "2012-03-09"),
    # "was to blame" is no plan
    ("Ice was to blame for Tuesday's crash.", "2012-03-14", "Tuesday", "2012-03-13"),
]


@pytest.mark.parametrize(("text", "dct", "phrase", "value"), CASES)
def test_clause_points_the_day_forward_or_back(text, dct, phrase, value):
    assert values(text, dct)[phrase] == value
