"""Sentences that tell no happening a reader can scan make no events (issue 19, fifteenth
round): a question whatever its first word, a video's blurb ("X reports from Y"), the
writer's view carried on past a sentence already known to be the writer's, a generic
statement of what usually happens, a headline in title case standing as a sentence, and the
tail of a correction. Each stays in the stored text, as page furniture does. A claim that an
outlet reported keeps the outlet as its holder. Pages written for the test."""

from __future__ import annotations

from store.clean import furniture_spans


def covered(text: str, phrase: str) -> bool:
    i = text.index(phrase)
    return any(s <= i and i + len(phrase) <= e for s, e in furniture_spans(text))


# questions ---------------------------------------------------------------------------

def test_a_question_with_no_question_word_makes_no_event():
    text = ("The council met on Monday to discuss the budget.\n"
            "Higher parking charges starting about two years ago when the car parks were full?\n"
            "The council voted on Tuesday.\n")
    assert covered(text, "Higher parking charges starting about two years ago")
    assert not covered(text, "The council voted on Tuesday")


def test_a_question_after_a_fronted_phrase_makes_no_event():
    text = ("In hard winters, do those of us who saved fuel in 2010 owe anything to those "
            "who did not?\nThe heating allowance rose by a fifth in 2011.\n")
    assert covered(text, "do those of us who saved fuel")
    assert not covered(text, "The heating allowance rose")


def test_a_quoted_question_is_reported():  # guard
    text = ('The inspector, who had driven over from the county office, asked the builder on '
            'Friday: "Did you check the beams?"\n'
            'In an interview last week, the mayor said, "What are we paying for?"\n')
    assert not covered(text, "The inspector, who had driven over")
    assert not covered(text, "In an interview last week, the mayor said")


def test_a_question_someone_is_said_to_wonder_about_is_reported():  # guard
    text = ("As of last month, the baker had only ten pounds in her account, which leaves "
            "her asking herself: How will she pay the rent in March?\n")
    assert not covered(text, "the baker had only ten pounds")


def test_a_question_after_a_told_clause_keeps_the_clause():  # guard
    text = ("The engineers have tried and failed since May to seal the tunnel, but could "
            "the villagers' old method work?\n")
    assert not covered(text, "The engineers have tried and failed since May")


def test_a_question_run_on_after_a_sentence_leaves_the_sentence():
    text = ("The second bridge is not due to open until early June What is the best "
            "way to cross a river?\n")
    assert not covered(text, "The second bridge is not due to open until early June")
    assert covered(text, "What is the best way to cross a river?")
