"""Titles keep the holder of a claim when an aside or a role hid the saying (helper qs19):
a relative aside between a speaker and "said", a trailing holder's role running past the
saying, a fronted date's comma before a forecast, a claim of a state of mind."""

from store.mention_titles import title_and_terms


def _title(sentence: str, date: str) -> str:
    at = sentence.index(date)
    return title_and_terms(sentence, at, at + len(date))[0]


def test_who_aside_between_speaker_and_saying_goes():
    t = _title("A city official, who asked not to be named, said the mayor was furious about "
               "the delay announced on Monday.", "on Monday")
    assert t.startswith("A city official said the mayor was furious")


def test_anonymous_source_keeps_its_claim_of_a_state():
    t = _title("A senior aide, who spoke on condition of anonymity, said the governor was "
               "exhausted by weeks of talks over the budget this week.", "this week")
    assert t.startswith("A senior aide said the governor was exhausted")


def test_who_aside_speaker_kept_when_the_claim_points_back():
    t = _title("Former mayor Anna Berg, who ran the city for a decade, said yesterday that the "
               "new tram line proved her plan right.", "yesterday")
    assert t.startswith("Anna Berg said") and t.endswith("proved her plan right")


def test_trailing_holder_with_a_long_role_is_kept():
    t = _title("By the end of 2027, $40 billion of farm loans will fall due, and many growers "
               "will be unable to repay them, said Maria Olsen, head of research at Fieldline, "
               "which tracks rural lending.", "By the end of 2027")
    assert t.startswith(("Maria Olsen said $40 billion", "Maria Olsen: $40 billion"))


def test_state_of_mind_claim_keeps_its_speaker():
    t = _title("A union official said on Tuesday that the nurses were frustrated with the new "
               "rota.", "on Tuesday")
    assert t.startswith("A union official said that the nurses were frustrated")


def test_guard_passive_happening_needs_no_speaker():
    # a happening done to someone reads alone: the speaker goes as before
    t = _title("Police said two men were arrested near the station on Friday.", "on Friday")
    assert t.startswith("Two men were arrested")


def test_guard_trailing_saying_then_a_new_clause_is_no_role():
    t = _title("The plant will close next year, said the company, and its 300 workers will "
               "be moved to other sites.", "next year")
    assert "300 workers" not in t or "said the company" in t


def test_guard_who_aside_that_is_a_happening_of_its_own():
    # a relative aside whose own clause is what the date dates is not dropped blindly
    t = _title("The minister, who resigned on Tuesday, said little about the inquiry.",
               "on Tuesday")
    assert "resigned" in t
