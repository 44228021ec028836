"""A mention's anchor stored as a mark (store/anchors.py): the same words come back
through the Browser and the export, a row written in full reads as before, and no
written anchor is mistaken for a mark."""

from __future__ import annotations

import io
import json

from store import anchors
from store.browse import Browser
from store.db import open_store
from store.export import write_events
from store.ingest import ingest

TEXT = ("On Tuesday, the president took control of three neighborhoods near Vazume. "
        "The budget of May 2015 was never passed, officials said.")


def _store(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT)
    store = open_store(tmp_path / "s.db")
    ingest(store, [str(tmp_path / "a.txt")], published="2020-08-12", outlet="AP")
    return store


def test_stored_as_marks_and_read_back_in_words(tmp_path):
    store = _store(tmp_path)
    stored = dict(store.conn.execute("SELECT phrase, anchor FROM mentions"))
    assert stored == {"Tuesday": anchors.PUBLISHED, "May 2015": anchors.ABSOLUTE}
    b = Browser(store)
    words = {s.phrase: s.anchor for eid in
             [r[0] for r in store.conn.execute("SELECT id FROM events")] for s in b.sources(eid)}
    assert words == {"Tuesday": "'Tuesday' in an article published Wednesday 12 August 2020",
                     "May 2015": "'May 2015' (absolute)"}
    out = io.StringIO()
    write_events(b, out, "jsonl")
    exported = {s["phrase"]: s["anchor"] for line in out.getvalue().splitlines()
                for s in json.loads(line)["sources"]}
    assert exported == words


def test_a_row_written_in_full_reads_as_written(tmp_path):
    store = _store(tmp_path)
    with store.write() as conn:
        conn.execute("UPDATE mentions SET anchor = 'relative to the passage dated 1 May' "
                     "WHERE phrase = 'Tuesday'")
    eid = store.conn.execute("SELECT event_id FROM mentions WHERE phrase = 'Tuesday'").fetchone()
    assert [s.anchor for s in Browser(store).sources(eid[0])] == [
        "relative to the passage dated 1 May"]


def test_marks_only_where_the_words_come_back_exactly():
    day = "2020-08-12"
    assert anchors.pack("'Tuesday' relative to Monday 3 August 2020", "Tuesday", day) == (
        "'Tuesday' relative to Monday 3 August 2020")
    # the anchor's day is not the day the words give: kept in words
    assert anchors.pack("'Tuesday' in an article published Monday 3 August 2020",
                        "Tuesday", day) == "'Tuesday' in an article published Monday 3 August 2020"
    for written in ("~a", "~p", "~~x", "~"):
        stored = anchors.pack(written, "Tuesday", day)
        assert anchors.unpack(stored, "Tuesday", day) == written
    assert anchors.pack(None, "x", None) is None
    assert anchors.unpack(anchors.PUBLISHED, "x", "not a date") == anchors.PUBLISHED
