"""Titles of a date inside someone's quoted words (issue 19): a quotation is never left open."""
from store.mention_titles import title_and_terms
from store.title_trim import TITLE_MAX, open_quote, shorten


def _title(sentence: str, phrase: str) -> str:
    i = sentence.index(phrase)
    return title_and_terms(sentence, i, i + len(phrase))[0]


def test_a_date_inside_a_long_quotation_leaves_no_quotation_open():
    t = _title('The retired coach, in Lisbon, says he is "ready to return today, tomorrow, at any '
               'time, to help the club, to train the young players, rebuild the team."', "today")
    assert t.startswith('He is "ready to return') and not open_quote(t)


def test_a_cut_inside_a_quotation_closes_it():
    s = ('The harbour master told reporters the ferry had "never once in forty years of service '
         'and countless winter storms been so badly damaged by the sea"')
    t = shorten(s)
    assert len(t) <= TITLE_MAX and t.endswith('…"') and not open_quote(t)


def test_guard_a_cut_outside_quotations_is_unchanged():
    s = ("The harbour master told reporters the ferry had never once in forty years of service "
         "and countless winter storms been so badly damaged by the sea")
    t = shorten(s)
    assert t.endswith("…") and len(t) <= TITLE_MAX


def test_guard_a_closed_quotation_keeps_its_title():
    t = _title('The minister said on Tuesday that the plan was "a fair deal".', "on Tuesday")
    assert "Tuesday" not in t and not open_quote(t)
