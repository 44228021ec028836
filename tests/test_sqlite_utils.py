"""The store as sqlite-utils sees it: the events' search index is found and searches the
right events, every link between rows is a declared foreign key, and the index stays in
step with the events however they are written."""

import re

import pytest
import sqlite_utils

from seeds import SEEDS_DIR
from store.db import open_store
from store.ingest import ingest
from store.merge import remove_article


@pytest.fixture(scope="module")
def seeds_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("su") / "dateline.db"
    store = open_store(path)
    ingest(store, [str(SEEDS_DIR)])
    store.close()
    return path


def word_in_events(db: sqlite_utils.Database, word: str) -> set[int]:
    """Events whose title or sentences carry the word, read without the index."""
    pattern = re.compile(rf"\b{word}\b", re.IGNORECASE)
    return {r["id"] for r in db["events"].rows
            if pattern.search(r["title"]) or pattern.search(r["body"] or "")}


def integrity_ok(db: sqlite_utils.Database) -> None:
    """FTS5's own check that the index holds exactly what the events rows hold."""
    db.execute("INSERT INTO events_fts (events_fts, rank) VALUES ('integrity-check', 1)")


def test_detect_fts_and_search_find_the_palmyra_events(seeds_path):
    db = sqlite_utils.Database(seeds_path)
    events = db["events"]
    assert events.detect_fts() == "events_fts"
    found = [r["id"] for r in events.search("Palmyra")]
    assert len(found) == len(set(found))
    assert set(found) == word_in_events(db, "palmyra")
    assert 0 < len(found) < events.count
    # stemmed, as the app's own search is
    seized = {r["id"] for r in events.search("seized")}
    assert seized and seized == {r["id"] for r in events.search("seize")}
    assert list(events.search("Timbuktu")) == []
    integrity_ok(db)


def test_every_link_to_a_row_is_a_declared_foreign_key(seeds_path):
    db = sqlite_utils.Database(seeds_path)
    links = {(fk.table, fk.column, fk.other_table, fk.other_column)
             for name in db.table_names() for fk in db[name].foreign_keys}
    assert {("mentions", "event_id", "events", "id"),
            ("mentions", "article_id", "articles", "id"),
            ("event_terms", "event_id", "events", "id")} <= links
    # every column named like a link is declared as one
    for name in db.table_names():
        declared = {fk.column for fk in db[name].foreign_keys}
        for column in db[name].columns_dict:
            # merge keys are looked up by key only: a declared link would need a second
            # index by event (half the table's bytes) or scan them all on each event deleted;
            # their event's link is event_terms' (store/mergekeys.py)
            if column.endswith("_id") and (name, column) != ("event_keys", "event_id"):
                assert column in declared, f"{name}.{column}"
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_the_index_follows_merges_removals_and_hand_edits(tmp_path):
    path = tmp_path / "d.db"
    store = open_store(path)
    ingest(store, [str(SEEDS_DIR)])
    db = sqlite_utils.Database(path)
    before = {r["id"] for r in db["events"].search("Palmyra")}
    # removing an article drops or shrinks its events, and the index with them
    first = store.conn.execute("SELECT min(id) FROM articles").fetchone()[0]
    with store.write() as conn:
        remove_article(conn, first)
        conn.execute("DELETE FROM articles WHERE id = ?", (first,))
    after = {r["id"] for r in db["events"].search("Palmyra")}
    assert after == word_in_events(db, "palmyra") and after != before
    integrity_ok(db)
    # a user retitling an event with sqlite-utils finds it under the new title
    eid = min(after)
    db["events"].update(eid, {"title": "Zenobia's city retaken"})
    assert [r["id"] for r in db["events"].search("Zenobia")] == [eid]
    integrity_ok(db)
    store.close()


def test_sqlite_utils_reads_the_compressed_article_text(seeds_path):
    """With dateline installed, sqlite-utils loads its plugin: `dateline_text()` in SQL."""
    db = sqlite_utils.Database(seeds_path)
    [row] = db.query("SELECT typeof(text) AS kind, dateline_text(text) AS t FROM articles "
                     "WHERE source LIKE '%001_%'")
    assert row["kind"] == "blob"
    assert "Palmyra" in row["t"]
