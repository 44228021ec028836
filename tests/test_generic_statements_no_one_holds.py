"""A generic statement, what is usually said or thought with no one holding it ("X is often
blamed on Y", "The conventional wisdom is that ..."), is no happening and no page's lead
(issue 19, twelfth round). Pages written for the test."""

from __future__ import annotations

from store.clean import furniture_spans


def covered(text: str, phrase: str) -> bool:
    i = text.index(phrase)
    return any(s <= i and i + len(phrase) <= e for s, e in furniture_spans(text))


def test_what_is_often_said_is_no_happening():
    text = ("The decline of the harbour towns is often blamed on the new motorway.\n"
            "The last ferry to the island sailed on 3 March 1998.\n")
    assert covered(text, "is often blamed on the new motorway")
    assert not covered(text, "The last ferry to the island sailed")


def test_the_conventional_wisdom_is_no_happening():
    text = ("The conventional wisdom is that small farms cannot survive a bad winter.\n"
            "Forty farms closed in the county in 2009.\n")
    assert covered(text, "The conventional wisdom is that small farms")
    assert not covered(text, "Forty farms closed")


def test_a_prediction_widely_expected_is_news():  # guard
    text = "The central bank is widely expected to raise its rates on Thursday.\n"
    assert not covered(text, "The central bank is widely expected")


def test_a_generic_statement_with_its_holder_is_reported():  # guard
    text = ("The bridge is often described as unsafe, the council said on Monday.\n"
            "It was closed for repairs in 2010.\n")
    assert not covered(text, "The bridge is often described as unsafe")


def test_a_habit_with_a_figure_is_a_measure():  # guard
    text = "The road is often closed for 40 days each winter.\n"
    assert not covered(text, "The road is often closed")
