"""The analyst's merges and splits: kept as rows keyed to article and mention, they survive
re-ingest of the same or a changed article, a rebuild of the events, a migration and
export/import; a vanished one is kept and listed; undo reverts only what still holds."""

import json

import pytest

from store import annotation_lines as lines_io
from store import annotations as ann
from store import merge, regroup, schema
from store.annotations import AnnotationError
from store.db import open_store
from store.ingest import ingest

A = ("Rebels attacked the hill town of Qaryatayn on Tuesday, officials said.\n\n"
     "The governor resigned last May after the flood inquiry named his office.\n")
B = ("Rebels attacked the hill town of Qaryatayn on Tuesday, officials said.\n\n"
     "Engineers will open the new Harbour Bridge in 2019, the council said.\n")


def write(folder, name, text):
    p = folder / name
    p.write_text(text)
    return str(p)


def event_of(store, phrase, article=None):
    sql = ("SELECT m.event_id FROM mentions m JOIN articles a ON a.id = m.article_id "
           "WHERE m.phrase = ?" + (" AND a.source LIKE ?" if article else "") + " ORDER BY m.id")
    r = store.conn.execute(sql, (phrase, f"%{article}") if article else (phrase,)).fetchone()
    return r[0] if r else None


def article_id(store, name):
    return store.conn.execute("SELECT id FROM articles WHERE source LIKE ?",
                              (f"%{name}",)).fetchone()[0]


def sources(store, eid):
    return store.conn.execute("SELECT n_sources FROM events WHERE id = ?", (eid,)).fetchone()[0]


@pytest.fixture
def two(tmp_path):
    store = open_store(tmp_path / "s.db")
    paths = [write(tmp_path, "a.txt", A), write(tmp_path, "b.txt", B)]
    assert ingest(store, paths, published="2016-03-18").added == 2
    # the automatic merge: one Tuesday event told by both, the others apart
    assert event_of(store, "Tuesday", "a.txt") == event_of(store, "Tuesday", "b.txt")
    assert event_of(store, "last May") != event_of(store, "2019")
    return store, paths, tmp_path


def regrouped(store):
    """The analyst's grouping holds: May and 2019 together, B's Tuesday apart from A's."""
    may, bridge = event_of(store, "last May"), event_of(store, "2019")
    tue_a, tue_b = event_of(store, "Tuesday", "a.txt"), event_of(store, "Tuesday", "b.txt")
    return may == bridge and tue_a != tue_b and sources(store, tue_b) == 1


def do_both(store):
    with store.write() as conn:
        merged = regroup.merge(conn, event_of(store, "last May"), [event_of(store, "2019")])
        split = regroup.split(conn, event_of(store, "Tuesday"), article_id(store, "b.txt"))
    return merged, split


def test_merge_makes_one_event_with_both_sources_and_the_counts_follow(two):
    store, _, _ = two
    n = store.conn.execute("SELECT count(*) FROM events").fetchone()[0]
    may, bridge = event_of(store, "last May"), event_of(store, "2019")
    with store.write() as conn:
        change = regroup.merge(conn, may, [bridge])
    assert change.event_id == may and event_of(store, "2019") == may
    assert sources(store, may) == 2
    assert store.conn.execute("SELECT count(*) FROM events").fetchone()[0] == n - 1
    assert store.conn.execute("SELECT sum(n) FROM period_counts WHERE zoom = 'year'"
                              ).fetchone()[0] == n - 1
    assert "Harbour Bridge" in store.conn.execute("SELECT body FROM events WHERE id = ?",
                                                  (may,)).fetchone()[0]


def test_split_takes_one_source_out_into_its_own_event(two):
    store, _, _ = two
    tue = event_of(store, "Tuesday")
    with store.write() as conn:
        change = regroup.split(conn, tue, article_id(store, "b.txt"))
    assert event_of(store, "Tuesday", "a.txt") == tue and sources(store, tue) == 1
    assert event_of(store, "Tuesday", "b.txt") == change.event_id != tue
    with pytest.raises(AnnotationError, match="only source"):
        with store.write() as conn:
            regroup.split(conn, tue, article_id(store, "a.txt"))


def test_bad_regroups_change_nothing(two):
    store, _, _ = two
    may = event_of(store, "last May")
    for call, msg in ((lambda c: regroup.merge(c, may, [may]), "other than this one"),
                      (lambda c: regroup.merge(c, may, [99999]), "no event with id 99999"),
                      (lambda c: regroup.split(c, may, 99999), "no source with article")):
        with pytest.raises(AnnotationError, match=msg):
            with store.write() as conn:
                call(conn)
    assert store.conn.execute("SELECT count(*) FROM regroups").fetchone()[0] == 0


def test_reingest_of_the_same_and_of_a_changed_article_keeps_merge_and_split(two):
    store, paths, tmp_path = two
    do_both(store)
    assert regrouped(store)
    assert ingest(store, paths, published="2016-03-18").unchanged == 2
    assert regrouped(store)
    # both articles change: a new paragraph each; the mentions the rows name are still there
    write(tmp_path, "a.txt", "Officials met again on Wednesday to count the damage.\n\n" + A)
    write(tmp_path, "b.txt", B + "\nThe council will vote on the budget in June.\n")
    assert ingest(store, paths, published="2016-03-18").replaced == 2
    assert regrouped(store)
    assert ann.orphans(store.conn) == []
    # the rows follow the changed articles' new content hashes
    hashes = {h for (h,) in store.conn.execute("SELECT hash FROM articles")}
    assert {h for (h,) in store.conn.execute("SELECT article_hash FROM regroups")} <= hashes


def test_a_regroup_whose_mention_vanished_is_kept_listed_and_comes_back(two):
    store, paths, tmp_path = two
    do_both(store)
    write(tmp_path, "b.txt", B.replace("Engineers will open the new Harbour Bridge in 2019, "
                                       "the council said.\n", ""))
    ingest(store, paths, published="2016-03-18")
    gone = [o for o in ann.orphans(store.conn) if o.get("regroup")]
    assert [o["mention"]["phrase"] for o in gone] == ["2019"] and gone[0]["regroup"] == "merge"
    assert ann.orphan_count(store.conn) == 1
    write(tmp_path, "b.txt", B)
    ingest(store, paths, published="2016-03-18")
    assert ann.orphan_count(store.conn) == 0 and regrouped(store)


def test_rebuild_and_migration_keep_regroups(two, monkeypatch):
    store, paths, tmp_path = two
    do_both(store)
    with store.write() as conn:  # the events made again from scratch, as a full rebuild does
        for (aid,) in conn.execute("SELECT id FROM articles").fetchall():
            merge.remove_article(conn, aid)
        assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == 0
    store.close()
    store = open_store(tmp_path / "s.db")
    with store.write() as conn:
        conn.execute("DELETE FROM articles")
    ingest(store, paths, published="2016-03-18")
    assert regrouped(store)
    store.close()
    nxt = schema.SCHEMA_VERSION + 1  # a later migration that moves every mention back
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, [
        "UPDATE mentions SET event_id = (SELECT min(m2.event_id) FROM mentions m2 "
        "WHERE m2.phrase = mentions.phrase AND m2.sentence = mentions.sentence)"]])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", nxt)
    monkeypatch.setattr(schema.migrate, "__defaults__", (nxt,))
    store = open_store(tmp_path / "s.db")
    assert regrouped(store)


def test_migration_from_the_previous_schema_adds_empty_regroups(tmp_path):
    import sqlite3

    db = tmp_path / "previous.db"
    store = open_store(db)
    paths = [write(tmp_path, "a.txt", A), write(tmp_path, "b.txt", B)]
    ingest(store, paths, published="2016-03-18")
    with store.write() as conn:
        ann.edit(conn, event_of(store, "last May"), marked=True)
    store.close()
    # an existing store of the previous schema with annotations upgrades in place
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute(f"PRAGMA user_version = {schema.MIGRATIONS.index(schema.REGROUPS)}")
    conn.execute("DROP TABLE regroup_targets")
    conn.execute("DROP TABLE regroups")
    conn.close()
    store = open_store(db)
    assert schema.user_version(store.conn) == schema.SCHEMA_VERSION
    assert ann.layers(store.conn, [event_of(store, "last May")])[event_of(store, "last May")].marked
    do_both(store)
    assert regrouped(store)


def test_export_import_round_trip_into_a_fresh_store(two):
    store, _, tmp_path = two
    do_both(store)
    with store.write() as conn:
        ann.edit(conn, event_of(store, "last May"), note="same happening")
    lines = [json.dumps(a) for a in lines_io.export(store.conn)]
    assert sum('"regroup"' in x for x in lines) == 2  # one mention merged, one split out
    colleague = tmp_path / "colleague"
    colleague.mkdir()
    other = open_store(colleague / "o.db")
    ingest(other, [write(colleague, "copy-a.txt", A), write(colleague, "copy-b.txt", B)],
           published="2016-03-18")
    assert not regrouped(other)
    with other.write() as conn:
        rep = lines_io.import_lines(conn, lines)
    assert rep.problems == [] and rep.imported == rep.matched == len(lines)
    assert regrouped(other)
    layer = ann.layers(other.conn, [event_of(other, "2019")])[event_of(other, "2019")]
    assert layer.note == "same happening"
    before = [list(r) for r in other.conn.execute("SELECT * FROM regroups ORDER BY id")]
    events = [list(r) for r in other.conn.execute("SELECT id, n_sources FROM events ORDER BY id")]
    with other.write() as conn:  # twice changes nothing
        lines_io.import_lines(conn, lines)
    assert [list(r) for r in other.conn.execute("SELECT * FROM regroups ORDER BY id")] == before
    assert [list(r) for r in other.conn.execute(
        "SELECT id, n_sources FROM events ORDER BY id")] == events


@pytest.mark.parametrize("line, msg", [
    ('{"regroup": "join", "article": {"source": "a"}, "mention": {"phrase": "x", '
     '"sentence": "y"}}', "regroup must be merge or split"),
    ('{"regroup": "merge", "article": {"source": "a"}, "mention": {"phrase": "x", '
     '"sentence": "y"}}', "with wants article and mention"),
])
def test_bad_regroup_lines_are_reported_and_skipped(two, line, msg):
    store, _, _ = two
    with store.write() as conn:
        rep = lines_io.import_lines(conn, [line], name="f.jsonl")
    assert rep.imported == 0 and rep.problems and msg in rep.problems[0]


def test_undo_of_merge_and_split_restores_the_grouping(two):
    store, _, _ = two
    n = store.conn.execute("SELECT count(*) FROM events").fetchone()[0]
    merged, split = do_both(store)
    with store.write() as conn:
        assert regroup.undo(conn, split) is None
    assert event_of(store, "Tuesday", "a.txt") == event_of(store, "Tuesday", "b.txt")
    with store.write() as conn:
        assert regroup.undo(conn, merged) is None
    assert event_of(store, "last May") != event_of(store, "2019")
    assert store.conn.execute("SELECT count(*) FROM events").fetchone()[0] == n
    assert store.conn.execute("SELECT count(*) FROM regroups").fetchone()[0] == 0


def test_two_windows_undo_reverts_only_what_still_holds_its_write(two):
    """Two stores on one file, as two app windows: the last writer wins per field, and an
    undo is a write that only reverts a field still holding what its window wrote."""
    store, _, _ = two
    other = open_store(store.path)
    may = event_of(store, "last May")
    with store.write() as conn:
        marked = ann.edit(conn, may, marked=True)
        titled = ann.edit(conn, may, title="Governor quits")
    with other.write() as conn:  # the other window: a note (another field), then the mark
        ann.edit(conn, may, note="from the other window")
        ann.edit(conn, may, marked=False)
    with store.write() as conn:
        assert ann.undo_edit(conn, titled) is None      # the title still holds ours: reverted
        assert "the mark was changed since" in ann.undo_edit(conn, marked)  # theirs stays
    layer = ann.layers(store.conn, [may])[may]
    assert not layer.marked and layer.note == "from the other window" and layer.edited is None
    # the same for a merge the other window split again since
    with store.write() as conn:
        merged = regroup.merge(conn, may, [event_of(store, "2019")])
    with other.write() as conn:
        regroup.split(conn, may, article_id(other, "b.txt"))
    with store.write() as conn:
        assert "regrouped since" in regroup.undo(conn, merged)
    assert event_of(store, "last May") != event_of(store, "2019")
    other.close()
