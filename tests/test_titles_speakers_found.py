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


# a quoted paragraph with no saying of its own, after a quotation closed on its speaker
from store.ingest import analyse  # noqa: E402
from store.model import RawArticle  # noqa: E402


def _titles(text: str) -> dict[str, str]:
    mentions = analyse(RawArticle(source="t", text=text, published="2011-03-02")).mentions
    return {m.phrase: m.title for m in mentions if not m.lead}


def test_quoted_paragraph_goes_on_with_the_last_speaker():
    text = ("The harbour reopened to small boats after the storm.\n"
            "\"We lost half the fleet in one night,\" said Tom Hale, who chairs the fishermen's "
            "association.\n"
            "\"The repairs will be finished in April, but many crews will not come back.\"\n")
    assert _titles(text)["April"].startswith('Tom Hale said: "The repairs will be finished')


def test_quoted_paragraph_after_he_said_names_the_person_by_rank():
    text = ("Governor Maria Olsen on Tuesday praised the rescue crews.\n"
            "\"They worked without rest through the whole week,\" she said.\n"
            "\"The last roads will be opened in June when the bridges are rebuilt.\"\n")
    assert _titles(text)["June"].startswith('Maria Olsen said: "The last roads will be opened')


def test_quoted_paragraph_after_a_pronoun_and_no_person_above_says_he():
    text = ("The report was published by the ministry.\n"
            "\"Nobody expected the damage to be this wide,\" he said.\n"
            "\"The clean-up will take until September at the very least.\"\n")
    assert _titles(text)["September"].startswith('He said: "The clean-up will take')


def test_guard_a_plain_paragraph_after_a_quotation_is_the_page_own():
    text = ("\"We lost half the fleet in one night,\" said Tom Hale.\n"
            "The repairs will be finished in April, the harbour office said.\n")
    assert "Tom Hale" not in _titles(text)["April"]


def test_quotation_opened_by_its_date_loses_the_date_comma_too():
    t = _title("\"Tonight, the shelters are full,\" she said.", "Tonight")
    assert t == 'She said: "The shelters are full"'
    t = _title("\"Yesterday, the pumps were restarted,\" the chief engineer said.", "Yesterday")
    assert not t.startswith('", ')


def test_saying_that_ends_on_an_opening_mark_takes_the_next_sentence():
    text = ("The river kept rising through the night.\n"
            "The harbour master, Tom Hale, said on Tuesday: \" The lower town will flood.\n"
            "We have moved everyone out. \"\n")
    t = _titles(text)["Tuesday"]
    assert t.endswith('"The lower town will flood"') and "said" in t


def test_long_quotation_with_the_saying_dated_keeps_its_speaker():
    t = _title("\"The tunnel is safe to use and the checks found no cracks in any of the walls, "
               "the floor or the pumps that keep the water out,\" the city engineer said on "
               "Friday.", "on Friday")
    assert t.startswith('The city engineer said: "The tunnel is safe to use')
