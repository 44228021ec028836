"""Titles that keep what a reader needs: a fixed phrase whole, a range a verb needs, and the
thing a relative clause is about rather than the nearest name."""
from store.mention_titles import own_conjunct, title_and_terms


def _title(sentence: str, phrase: str) -> str:
    start = sentence.index(phrase)
    return title_and_terms(sentence, start, start + len(phrase), False, None)[0]


def test_so_far_is_kept_whole_when_its_date_goes():
    title = _title("So far this month, the city's rail network has lost 12 percent of its riders, "
                   "the operator said.", "this month")
    assert not title.startswith("Far")
    assert "rail network has lost 12 percent" in title


def test_so_as_a_connective_still_goes():
    title = _title("So in March, the council closed three libraries to save money.", "March")
    assert title.startswith("The council closed three libraries")


def test_a_post_held_keeps_its_range():
    sentence = "The bank's new chairman, Ruth Ames, served as chairman from 1994 to 1998."
    for phrase in ("1994", "1998"):
        title = _title(sentence, phrase)
        assert "from 1994 to 1998" in title, title


def test_a_post_held_with_more_to_say_loses_its_date():
    title = _title("Ruth Ames served as chairman of the bank's audit board and cut its staff "
                   "by half in 1996.", "1996")
    assert "1996" not in title
    assert "cut its staff by half" in title


def test_a_bare_announcement_keeps_its_date():
    title = _title("The new timetable was announced on Tuesday.", "Tuesday")
    assert title == "The new timetable was announced on Tuesday"


def test_a_relative_announcement_gives_way_to_the_main_clause():
    title = _title("Union leaders said the cuts announced yesterday are an attack on the "
                   "lowest-paid workers in the region.", "yesterday")
    assert "are an attack on the lowest-paid workers" in title, title


def test_an_announcement_with_an_object_still_loses_its_date():
    title = _title("The ministry announced new limits on river fishing on Tuesday.", "Tuesday")
    assert title == "The ministry announced new limits on river fishing"


def test_which_after_a_persons_name_is_the_thing_before_it():
    title = _title("The inquiry will sit alongside the disciplinary hearing against Mrs Patel, "
                   "which is expected to begin next spring.", "next spring")
    assert title == "The disciplinary hearing is expected to begin next spring"


def test_who_after_a_persons_name_is_still_the_person():
    title = _title("The panel will first question the lawyers for Mrs Patel, who is expected "
                   "to begin next week.", "next week")
    assert "The lawyers" not in title
    assert "Mrs Patel" in title


def test_a_range_kept_in_a_merged_title_keeps_both_ends():
    # as merge titles a mention, with the sentence's other dates in view
    sentence = "The bank's new chairman, Ruth Ames, served as chairman from 1994 to 1998."
    one, other = sentence.index("1994"), sentence.index("1998")
    title = title_and_terms(*own_conjunct(sentence, one, one + 4, [(other, other + 4)]))[0]
    assert title.endswith("from 1994 to 1998"), title


def test_two_joined_dates_stay_together_when_they_lead():
    sentence = "March and April will be the busiest months for the ferry crossings this year."
    one, other = 0, sentence.index("April")
    title = title_and_terms(*own_conjunct(sentence, one, one + 5, [(other, other + 5)]))[0]
    assert title.startswith("March and April will be the busiest months"), title
