"""A timeline row's full date run straight into its entry ("3 May 2012 The council
votes ...") is the row's label: a title for another date of that entry must not
open on it, and the entry's own date still leaves its title as any date does."""

from store.mention_titles import title_and_terms


def _title(sentence: str, phrase: str) -> str:
    at = sentence.index(phrase)
    return title_and_terms(sentence, at, at + len(phrase))[0]


def test_another_date_of_the_row_drops_the_label():
    row = ("14 March 2013 The harbour board admits in a written answer that, on the night "
           "of 2 February, its pumps were switched off.")
    assert _title(row, "2 February") == ("The harbour board admits in a written answer "
                                         "that its pumps were switched off")


def test_month_first_label_goes_too():
    row = "April 9, 2014 Inspectors find that the dam's gates jammed in March 2014."
    assert _title(row, "March 2014") == "Inspectors find that the dam's gates jammed"


def test_the_rows_own_date_is_trimmed_as_before():
    row = "14 March 2013 The harbour board admits that its pumps were switched off."
    assert _title(row, "14 March 2013") == ("The harbour board admits that its pumps were "
                                            "switched off")

