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


def test_a_plans_participle_keeps_its_only_complement_the_date():
    t = _title("A final ruling from the tribunal is due by 3 March.", "3 March")
    assert t == "A final ruling from the tribunal is due by 3 March"


def test_a_participle_aside_of_a_plan_gives_way_or_keeps_its_date():
    t = _title("The board said the merger could help the two banks cut costs as part of a wider "
               "restructuring expected next spring.", "next spring")
    assert t != "A wider restructuring was expected"
    assert not t.endswith(("expected", "was expected")), t


def test_guard_a_plans_participle_with_more_to_say_loses_its_date():
    t = _title("The vote is scheduled for Friday to settle the dispute over pay.", "for Friday")
    assert "Friday" not in t


def test_a_closing_participle_aside_is_not_taken_for_the_predicate():
    t = _title("The inquiry repeated its demands for tighter checks on lenders and new rules for "
               "brokers, made during the March conference in Vienna.", "March")
    assert t.startswith("The inquiry repeated its demands"), t
    assert "The inquiry made" not in t


def test_guard_a_coordinated_verb_after_a_comma_still_gets_its_subject():
    t = _title("The storm flattened three villages on the coast, killed 12 people on Monday.",
               "on Monday")
    assert "killed 12 people" in t and not t.startswith("Killed")
