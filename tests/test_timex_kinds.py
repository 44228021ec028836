"""The kinds of time expression issue 17 adds to the finder, each with sentences written
for these tests: the phrase found (its exact span) and its TIMEX3 value, and the near
misses that must stay untagged."""

from __future__ import annotations

from datetime import date

import pytest

from store.timex import tag

DCT = "2016-03-26"


def phrases(sentence: str, dct: str = DCT) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in tag(sentence, date.fromisoformat(dct))}


# (sentence, phrase, type, value)
FOUND = [
    # vague durations from a bare plural unit
    ("The strike dragged on for weeks.", "weeks", "DURATION", "PXW"),
    ("Rescuers reached the village within hours.", "hours", "DURATION", "PTXH"),
    ("The storm flattened the shacks in minutes.", "minutes", "DURATION", "PTXM"),
    ("After days of talks, the unions signed.", "days", "DURATION", "PXD"),
    ("Months of shelling left the old town in ruins.", "Months", "DURATION", "PXM"),
    ("The vote follows years of delay.", "years", "DURATION", "PXY"),
    ("Repairs could take weeks or months.", "weeks or months", "DURATION", "PXW"),
    ("Turnout was the lowest in decades.", "decades", "DURATION", "PXY"),
    ("Investors face a rough ride in the months ahead.", "the months ahead", "DURATION",
     "PXM"),
    ("Over the years the harbour silted up.", "the years", "DURATION", "PXY"),
    ("In the days before the flood, the river rose.", "days", "DURATION", "PXD"),
    ("In the years that followed, the mill closed.", "years", "DURATION", "PXY"),
    ("It took months to clear the rubble.", "months", "DURATION", "PXM"),
    # present and past references
    ("Back then, the ferry ran twice a day.", "Back then", "DATE", "PAST_REF"),
    ("At that time the pass was closed by snow.", "that time", "DATE", "PAST_REF"),
    ("The mayor said at the time that the budget was sound.", "the time", "DATE",
     "PAST_REF"),
    ("In those days the mill employed half the town.", "those days", "DATE", "PAST_REF"),
    ("These days few farmers keep sheep.", "These days", "DATE", "PRESENT_REF"),
    ("The museum is currently closed for repairs.", "currently", "DATE", "PRESENT_REF"),
    ("The bridge is now open to traffic.", "now", "DATE", "PRESENT_REF"),
    # frequencies
    ("The almanac is printed yearly.", "yearly", "SET", "P1Y"),
    ("The fair is held annually in the old market.", "annually", "SET", "P1Y"),
    ("Interest on the bond is paid quarterly.", "quarterly", "SET", "P3M"),
    ("The council meets twice yearly.", "twice yearly", "SET", "P1Y"),
    ("The ferry sails every year in May.", "every year", "SET", "P1Y"),
    ("The choir rehearses twice a week.", "twice a week", "SET", "P1W"),
    ("Each summer the lake draws campers.", "Each summer", "SET", "XXXX-SU"),
    ("The pumps are checked every few months.", "every few months", "SET", "PXM"),
    ("The market opens every weekend.", "every weekend", "SET", "XXXX-WXX-WE"),
    ("The bar hosts quizzes on Thursday nights.", "Thursday nights", "SET",
     "XXXX-WXX-4TNI"),
]

# (sentence, word that must not be tagged)
NOT_FOUND = [
    ("The days of the week are named after old gods.", "days"),
    ("On days when the market falls, brokers stay late.", "days"),
    ("The two blasts went off minutes apart.", "minutes"),
    ("She has years of experience in the field.", "years"),
    ("It is only a matter of days.", "days"),
    ("Days of Heaven is a film by Terrence Malick.", "Days"),
    ("The years-long dispute is over.", "years"),
    ("At the same time, wages rose.", "the same time"),
    ("He was in Lyon at the time of the robbery.", "the time"),
    ("At the time the bridge fell, no one was on it.", "the time"),
    ("Quarterly profit fell by half.", "Quarterly"),
    ("Sales should grow 8% annually.", "annually"),
    ("The Tuesday Nightingale Trust gave a grant.", "Tuesday Nightingale"),
]


@pytest.mark.parametrize("sentence,phrase,typ,value", FOUND)
def test_found(sentence, phrase, typ, value):
    got = phrases(sentence)
    assert got.get(phrase) == (typ, value), got


@pytest.mark.parametrize("sentence,word", NOT_FOUND)
def test_not_found(sentence, word):
    got = phrases(sentence)
    assert word not in got, got
