"""Issue 19, eleventh round: a sentence that continues a quotation says whose words it is,
from the text around it (store/quote_speaker.py, run by store/ingest.py on an article's
drafts). The pages are written for the test.
"""

from __future__ import annotations

from store.ingest import analyse
from store.model import RawArticle


def titles(text: str, published: str = "2010-01-14") -> dict[str, str]:
    mentions = analyse(RawArticle(source="t", text=text, published=published)).mentions
    return {m.phrase: m.title for m in mentions if not m.lead}


def test_paragraphs_of_a_quotation_take_the_speaker_named_where_it_opened():
    text = ("The mayor's office released a statement late on Monday.\n"
            "The mayor, Anna Berg, said: \"We have done everything we can for the families.\n"
            "\" The new shelters will open on Friday and more will follow.\n"
            "\" We will not rest until every family has a roof.\"\n")
    assert titles(text)["Friday"].startswith('Anna Berg said: "The new shelters will open')


def test_a_heading_names_the_speaker_of_the_quoted_statement_under_it():
    text = ("The band released a statement in the evening.\n"
            "STATEMENT BY ANNA AND TOM HALE \" We were shocked by the news.\n"
            "\" The tour will be cancelled in March out of respect for the victims.\n"
            "\" We thank our fans for their understanding. \"\n")
    assert titles(text)["March"].startswith('Anna and Tom Hale said: "The tour will be cancelled')


def test_the_speaker_named_where_the_quotation_closes():
    text = ("Rescue teams worked through the night.\n"
            "\" The pumps will be restarted on Thursday if the water level falls.\n"
            "\" We are hopeful,\" the fire chief said.\n")
    assert titles(text)["Thursday"].startswith('The fire chief said: "The pumps will be restarted')


def test_the_first_sentence_of_a_quotation_on_its_own_line():
    text = ("Prime Minister Tom Hale said: \"\n"
            "The storm on Tuesday was the worst in the history of the town.\n"
            "We will rebuild it.\"\n")
    assert titles(text)["Tuesday"].startswith('Tom Hale said: "The storm was the worst')


def test_a_sentence_of_the_report_keeps_its_own_title():
    # guards: no quotation open, or a quotation of one sentence with its speaker in it
    text = ("The mayor, Anna Berg, said: \"We have done everything we can.\"\n"
            "The new shelters will open on Friday.\n"
            "\"More will follow in March,\" a spokesman said.\n")
    found = titles(text)
    assert "said" not in found["Friday"]
    assert "Anna Berg" not in found["March"]


def test_an_unnamed_opener_gives_no_speaker():
    # guard: a caption run into the quotation names no one
    text = ("Rescue teams worked through the night.\n"
            "A rescuer digs in the rubble \" We are doing quite well.\n"
            "\" The conditions on Monday were very hot and dusty.\n")
    assert "said" not in titles(text)["Monday"]


def test_a_quotation_after_a_paragraph_naming_who_speaks():
    text = ("Aid flights were delayed again.\n"
            "1404 Jan Berg, a former relief co-ordinator, tells the BBC he believes things will "
            "improve.\n"
            "\" The biggest logistical capacity on Earth is in the hands of the army.\n"
            "The army will come, and on Thursday you will see a great change.\n"
            "And what is good to hear is that they will work with the UN. \"\n")
    assert titles(text)["Thursday"].startswith('Jan Berg said: "')


def test_the_closing_speaker_wins_over_the_paragraph_before():
    # guard: the paragraph before names someone, but the quotation says whose it is at its end
    text = ("The coastguard chief Tom Hale said on Monday it was a small spill.\n"
            "\" In addition to that, oil is coming from the well.\n"
            "It is a big change from Tuesday, \" said Admiral Anna Berg.\n")
    title = titles(text)["Tuesday"]
    assert "Anna Berg" in title and "Hale" not in title


def test_no_person_named_before_the_quotation_gives_no_speaker():
    # guard: "officials said" names no one the quotation can be given to
    text = ("And officials said they have yet to design the core of the plan.\n"
            "\" Cleansing the banks of these assets has vexed officials since October.\n"
            "But analysts said the plan was vague.\n")
    assert "said" not in titles(text)["October"]


TRANSCRIPT = ("The minister spoke to reporters at the Treasury.\n"
              "FINANCE MINISTER ANNA BERG: Thank you all for coming.\n"
              "Elsewhere in the region, crises lasted longer in the 1990s and caused more damage.\n"
              "QUESTION: Will the plan be ready by Friday?\n"
              "BERG: The plan will be built on the bank's lending facility next month.\n"
              "HALE: We think it will work.\n")


def test_a_transcripts_turn_says_whose_words_it_is():
    found = titles(TRANSCRIPT)
    assert found["the 1990s"].startswith('Berg said: "')
    assert found["next month"].startswith('Berg said: "The plan will be built')


def test_a_transcripts_question_label_names_no_speaker():
    # guard: "QUESTION:" is no one, and the question is not the last speaker's
    assert "Berg" not in titles(TRANSCRIPT).get("Friday", "")


def test_two_labels_make_no_transcript():
    # guard: a page with a label or two ("UPDATE:", a name in capitals) is no transcript
    text = ("BERG: a profile.\n"
            "Elsewhere in the region, crises lasted longer in the 1990s and caused more damage.\n")
    assert "said" not in titles(text)["the 1990s"]


def test_a_whole_quoted_paragraph_after_one_that_opened_the_quotation():
    text = ("In a statement, her partner said it was a difficult time.\n"
            "Tom Hale said: \" My son was born early, in the spring.\n"
            "\"He fought bravely and he died on Monday at the hospital in the town.\"\n"
            "The hospital said it was sorry.\n")
    assert titles(text)["Monday"].startswith('Tom Hale said: "')


def test_a_rebuilt_event_keeps_the_speaker_its_title_had(tmp_path):
    """An article removed or an analyst's regrouping rebuilds events from their stored
    mentions: the speaker, found in the text around the sentence, stays in the title."""
    from store import merge
    from store.db import open_store
    from store.ingest import ingest

    page = tmp_path / "shelters.txt"
    page.write_text("The mayor's office released a statement late on Monday.\n"
                    "The mayor, Anna Berg, said: \"We have done everything we can.\n"
                    "\" The new shelters will open on Friday and more will follow.\n"
                    "\" We will not rest until every family has a roof.\"\n")
    store = open_store(tmp_path / "s.db")
    ingest(store, [str(page)], published="2010-01-14")
    conn = store.conn
    eid, before = conn.execute("SELECT id, title FROM events WHERE title LIKE "
                               "'Anna Berg said:%'").fetchone()
    with store.write():
        merge.rebuild_event(conn, eid)
    assert conn.execute("SELECT title FROM events WHERE id = ?", (eid,)).fetchone()[0] == before
