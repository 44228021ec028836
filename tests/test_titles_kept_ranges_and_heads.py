"""Titles that keep what a reader needs: a fixed phrase whole, a range a verb needs, and the
thing a relative clause is about rather than the nearest name."""
from store.mention_titles import title_and_terms


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
