"""The store's size (issue 18): a mention's sentence is stored once, in its article's text.

Every reader must still see the whole sentence: the export, the sources of an event, the
timeline view, the analyst's keys, the merge's verbatim check; and a store from the schema
before upgrades in place with its exports unchanged.
"""

from __future__ import annotations

import io
import sqlite3

import pytest
from test_merge import dated

from seeds import SEEDS_DIR
from store import mention_sentence, merge, schema
from store.browse import Browser
from store.db import open_memory, open_store
from store.events import extract_mentions
from store.export import write_events
from store.ingest import ingest

SENTENCES = (f"SELECT m.id, {mention_sentence.SQL} FROM mentions m "
             "JOIN articles a ON a.id = m.article_id ORDER BY m.id")


def _export(store) -> str:
    out = io.StringIO()
    write_events(Browser(store, ""), out, "jsonl")
    return out.getvalue()


def _sources(store) -> list:
    b = Browser(store, "")
    ids = [eid for (eid,) in store.conn.execute("SELECT id FROM events ORDER BY id")]
    return [(eid, [(s.sentence, s.phrase_at) for s in rows])
            for eid, rows in sorted(b.sources_of(ids).items())]


def _mentions_bytes(conn) -> int:
    """The bytes of the mention rows (payload: the seeds fill only a few pages)."""
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return conn.execute("SELECT sum(payload) FROM dbstat WHERE name = 'mentions'").fetchone()[0]


def _full_sentences(monkeypatch) -> None:
    """Write as the schema before did: every sentence spelled out on its row."""
    monkeypatch.setattr(mention_sentence, "pack", lambda sentence, *_: sentence)


@pytest.fixture
def both(tmp_path, monkeypatch):
    """The seeds stored twice: as this version writes them, and with every sentence in full."""
    derived = open_store(tmp_path / "derived.db")
    assert ingest(derived, [str(SEEDS_DIR)]).ok
    with monkeypatch.context() as m:
        _full_sentences(m)
        full = open_store(tmp_path / "full.db")
        assert ingest(full, [str(SEEDS_DIR)]).ok
    yield derived, full
    derived.close()
    full.close()


def test_sentences_the_text_holds_are_not_stored_again_and_read_back_whole(both):
    derived, full = both
    stored = derived.conn.execute("SELECT sentence FROM mentions").fetchall()
    assert sum(s == "" for (s,) in stored) >= 0.9 * len(stored)
    # every reader sees the same sentences as in the store that spells them out
    assert derived.conn.execute(SENTENCES).fetchall() == full.conn.execute(
        "SELECT id, sentence FROM mentions ORDER BY id").fetchall()
    assert _export(derived) == _export(full)
    assert _sources(derived) == _sources(full)
    view = "SELECT * FROM timeline ORDER BY id"
    assert derived.conn.execute(view).fetchall() == full.conn.execute(view).fetchall()
    spelled = full.conn.execute("SELECT sum(length(CAST(sentence AS BLOB))) FROM mentions"
                                ).fetchone()[0]
    assert _mentions_bytes(full.conn) - _mentions_bytes(derived.conn) > 0.7 * spelled


def test_a_sentence_unlike_the_text_at_its_offsets_is_kept_as_written():
    store = open_memory()
    text = "Officials closed the border crossing at Tarn on Friday. Nothing else happened."
    with store.write() as conn:
        conn.execute("INSERT INTO articles (source, hash, text, added, published) "
                     "VALUES ('a', 'h', ?, 'now', '2021-02-06')", (text,))
        drafts = extract_mentions(text, None, "2021-02-06",
                                  [dated(text, "on Friday", "2021-02-05")], [])
        drafts[0].sentence = "Officials  closed the border crossing at Tarn on Friday."
        merge.add_article(conn, 1, drafts, text=text)
    assert store.conn.execute("SELECT sentence FROM mentions").fetchall() == [
        ("Officials  closed the border crossing at Tarn on Friday.",)]
    assert mention_sentence.pack("closed", text, 10, 16) == ""
    assert mention_sentence.pack("closed", None, 10, 16) == "closed"


def test_a_verbatim_copy_finds_the_sentence_in_the_text():
    """The merge's verbatim check reads stored sentences through the text too."""
    store = open_memory()
    text = "Officials closed the border crossing at Tarn on Friday. Nothing else happened."
    for n in (1, 2):
        with store.write() as conn:
            conn.execute("INSERT INTO articles (source, hash, outlet, text, added, published) "
                         "VALUES (?, ?, ?, ?, 'now', '2021-02-06')",
                         (f"s{n}", f"h{n}", f"Outlet {n}", text))
            drafts = extract_mentions(text, None, "2021-02-06",
                                      [dated(text, "on Friday", "2021-02-05")], [])
            merge.add_article(conn, n, drafts, text=text)
    assert store.conn.execute("SELECT sentence FROM mentions").fetchall() == [("",), ("",)]
    assert store.conn.execute("SELECT count(*), max(n_sources) FROM events").fetchone() == (1, 2)
    sentence = text[:text.index(".") + 1]
    same = store.conn.execute(merge._SAME_SENTENCE, (1, sentence, len(sentence))).fetchone()
    other = sentence.replace("Tarn", "Tirn")
    assert same == (1,)
    assert store.conn.execute(merge._SAME_SENTENCE, (1, other, len(other))).fetchone() is None


def test_upgrade_from_the_previous_schema_keeps_every_export(tmp_path, monkeypatch):
    import store.db as db

    path = tmp_path / "old.db"
    with monkeypatch.context() as m:
        _full_sentences(m)
        s = open_store(path)
        assert ingest(s, [str(SEEDS_DIR)]).ok
    before = schema.MIGRATIONS.index(schema.derive_sentences)
    s.conn.execute("DROP VIEW timeline")
    s.conn.execute(f"CREATE VIEW timeline AS {schema.TIMELINE_VIEW}")  # as schema 13 had it
    s.conn.execute(f"PRAGMA user_version = {before}")
    # a row another tool wrote: its sentence is not the text at its offsets
    s.conn.execute("UPDATE mentions SET sentence = 'Said by hand: ' || sentence WHERE id = 3")
    exported, sources = _export(s), _sources(s)
    view = s.conn.execute("SELECT * FROM timeline ORDER BY id").fetchall()
    spelled = s.conn.execute("SELECT id, sentence FROM mentions ORDER BY id").fetchall()
    s.close()

    monkeypatch.setattr(mention_sentence.derive_all, "__defaults__", (None, 2))  # 2 a batch
    monkeypatch.setattr(db._progress, "__defaults__", (0.0,))                     # tell each
    told = []
    s = open_store(path, on_upgrade=told.append)
    assert schema.user_version(s.conn) == schema.SCHEMA_VERSION
    assert f"from schema {before} to" in told[0] and told[-1].endswith("(100%)")
    stored = dict(s.conn.execute("SELECT id, sentence FROM mentions"))
    assert stored[3].startswith("Said by hand: ")
    assert sum(v == "" for v in stored.values()) == len(stored) - 1
    assert s.conn.execute(SENTENCES).fetchall() == spelled
    assert _export(s) == exported and _sources(s) == sources
    assert s.conn.execute("SELECT * FROM timeline ORDER BY id").fetchall() == view
    s.close()
    # the plain sqlite3 shell has no dateline_text: the rows are there, the view needs it
    plain = sqlite3.connect(path)
    assert plain.execute("SELECT count(*) FROM mentions WHERE sentence = ''").fetchone()[0] > 0
    with pytest.raises(sqlite3.OperationalError, match="dateline_text"):
        plain.execute("SELECT first_sentence FROM timeline").fetchall()
    plain.close()
