"""The single writer's fast path: the same events as one transaction an article, every
event what its own mentions rebuild, and merge keys that follow deletes and upgrades."""

from __future__ import annotations

import importlib.util
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest
from test_db import copy_into_older_schema

from store import merge, salience, schema
from store.db import open_store
from store.ingest import IngestReport, _analyse_job, _store_one, _Writer, ingest, save
from store.model import RawArticle

ROOT = Path(__file__).resolve().parent.parent

EVENTS = ('SELECT id, value, start, "end", granularity, title, body, n_sources, n_mentions, '
          "n_outlets, n_later, n_early, salience FROM events ORDER BY id")


def _bench_corpus():
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def analysed():
    """200 bench articles (outlets retelling each other's happenings), analysed once."""
    articles = _bench_corpus().generate(200, seed=3, size=2000)
    out = []
    for i, a in enumerate(articles):
        raw = RawArticle(source=f"bench:{i}", text=a.text, title=a.title, outlet=a.outlet,
                         published=a.published, path=f"{i}.txt")
        out.append(_analyse_job((raw, None, None)))
    return out


def snapshot(conn: sqlite3.Connection) -> dict:
    return {
        "events": conn.execute(EVENTS).fetchall(),
        "mentions": conn.execute("SELECT * FROM mentions ORDER BY id").fetchall(),
        "keys": conn.execute("SELECT key, event_id FROM event_keys ORDER BY 1, 2").fetchall(),
        "lists": lists(conn),
        "days": conn.execute("SELECT * FROM day_refs ORDER BY 1").fetchall(),
        "periods": conn.execute("SELECT * FROM period_counts ORDER BY 1, 2").fetchall(),
        "search": conn.execute("SELECT rowid FROM events_fts WHERE events_fts MATCH "
                               "'said OR killed' ORDER BY rowid").fetchall(),
    }


def lists(conn: sqlite3.Connection) -> dict[int, tuple[set[str], set[str]]]:
    """Each event's buckets and terms, as sets (their order on the row is the filing order)."""
    return {e: (set(b.split("\n")) - {""}, set(t.split("\n")) - {""})
            for e, b, t in conn.execute("SELECT event_id, buckets, terms FROM event_terms")}


def keys_match_lists(conn: sqlite3.Connection) -> None:
    """Every event's keys are exactly the product of its buckets and terms."""
    product = {(f"{b}|{t}", e) for e, (bs, ts) in lists(conn).items() for b in bs for t in ts}
    assert set(conn.execute("SELECT key, event_id FROM event_keys")) == product
    assert conn.execute("SELECT count(*) FROM event_terms WHERE event_id NOT IN "
                        "(SELECT id FROM events)").fetchone()[0] == 0


def batched(path: Path, analysed) -> None:
    store = open_store(path)
    writer = _Writer(store)
    report = IngestReport()
    for a in analysed:
        _store_one(writer, a, report)
    writer.commit()
    assert report.added == len(analysed) and not report.problems
    store.close()


def test_batched_writer_equals_one_transaction_an_article(tmp_path, analysed):
    batched(tmp_path / "batched.db", analysed)
    one = open_store(tmp_path / "one.db")
    for a in analysed:
        assert save(one, a) == "added"
    fast = open_store(tmp_path / "batched.db")
    got, want = snapshot(fast.conn), snapshot(one.conn)
    assert len(got["events"]) > 500 and any(e[7] > 1 for e in got["events"])  # merges happened
    for table in want:
        assert got[table] == want[table], table
    keys_match_lists(fast.conn)


def test_every_event_is_what_its_mentions_rebuild(tmp_path, analysed):
    """The merge's incremental bookkeeping (span, title, sentences, counters, salience,
    keys) equals a rebuild of each event from its mentions, and day_refs a recount."""
    batched(tmp_path / "b.db", analysed)
    store = open_store(tmp_path / "b.db")
    conn = store.conn
    before = snapshot(conn)
    keys_match_lists(conn)
    with store.write():
        for (eid,) in conn.execute("SELECT id FROM events").fetchall():
            merge.rebuild_event(conn, eid)
        salience.rebuild(conn)
    assert snapshot(conn) == before


def fts_matches_rows(conn: sqlite3.Connection) -> None:
    """The external-content index holds exactly each event's current title and body."""
    conn.execute("INSERT INTO events_fts (events_fts, rank) VALUES ('integrity-check', 1)")
    for word in ("said", "killed", "troops"):
        hits = [r for (r,) in conn.execute(
            "SELECT rowid FROM events_fts WHERE events_fts MATCH ? ORDER BY rowid", (word,))]
        assert hits == [r for (r,) in conn.execute(
            "SELECT id FROM events WHERE (' ' || lower(title) || ' ' || lower(body) || ' ') "
            "REGEXP ? ORDER BY id", (rf"[^a-z0-9]{word}[^a-z0-9]",))], word


def _reader(path: Path) -> sqlite3.Connection:
    import re

    conn = sqlite3.connect(path, isolation_level=None)  # another program, as Datasette reads
    conn.create_function("REGEXP", 2, lambda pat, text: re.search(pat, text) is not None)
    return conn


def test_full_text_index_matches_the_rows_at_every_commit(tmp_path, analysed, monkeypatch):
    """Titles and bodies wait for the transaction's end (one re-index per event), yet
    whatever another program reads after any commit is searchable as it is."""
    import store.ingest as ingest_mod

    monkeypatch.setattr(ingest_mod, "BATCH_ARTICLES", 13)
    store = open_store(tmp_path / "c.db")
    writer = _Writer(store)
    reader = _reader(tmp_path / "c.db")
    commits = 0
    for a in analysed[:80]:
        _store_one(writer, a, IngestReport())
        if writer.pending == 0:
            commits += 1
            fts_matches_rows(reader)
    writer.commit()
    fts_matches_rows(reader)
    assert commits >= 5
    reader.close()
    store.close()


def test_a_failed_article_leaves_nothing_held(tmp_path, analysed, monkeypatch):
    """An article that fails after its merge rolls back to its savepoint, the articles
    before it in that transaction stay, and the text it held for the commit goes with it:
    the store is as if it never came."""
    bad = analysed[30].mentions
    real = merge.add_article

    def failing(conn, article_id, drafts, held=None, pending=None):
        real(conn, article_id, drafts, held, pending)  # merged, its events' text held,
        if drafts is bad:                              # its row waiting, then it fails
            assert held is not None and held.text
            assert pending is not None and pending.rows[-1][0] == article_id
            raise RuntimeError("boom")

    monkeypatch.setattr(merge, "add_article", failing)
    monkeypatch.setattr("store.ingest.BATCH_SECONDS", 1e9)  # the 30 before it in its transaction
    store = open_store(tmp_path / "f.db")
    writer = _Writer(store)
    report = IngestReport()
    for a in analysed[:60]:
        _store_one(writer, a, report)
    writer.commit()
    assert len(report.problems) == 1 and "boom" in report.problems[0]
    monkeypatch.setattr(merge, "add_article", real)
    batched(tmp_path / "want.db", analysed[:30] + analysed[31:60])
    want = open_store(tmp_path / "want.db")
    assert snapshot(store.conn) == snapshot(want.conn)
    fts_matches_rows(_reader(tmp_path / "f.db"))


def test_an_article_replaced_in_the_same_transaction(tmp_path, analysed):
    """A source saved again with new text while its events' text is still held: the
    rebuild sees the held text, and the store equals one transaction an article."""
    import copy

    again = copy.deepcopy(analysed[5])
    again.text += "\nA correction was appended."
    again.hash = "changed"
    seq = analysed[:40] + [again] + analysed[40:50]
    batched_store = open_store(tmp_path / "r.db")
    writer = _Writer(batched_store)
    report = IngestReport()
    for a in seq:
        _store_one(writer, a, report)
    writer.commit()
    assert report.replaced == 1 and not report.problems
    one = open_store(tmp_path / "one.db")
    for a in seq:
        save(one, a)
    assert snapshot(batched_store.conn) == snapshot(one.conn)
    fts_matches_rows(_reader(tmp_path / "r.db"))


def test_deleting_an_event_drops_its_keys_whoever_deletes_it(tmp_path, analysed):
    batched(tmp_path / "d.db", analysed[:40])
    conn = sqlite3.connect(tmp_path / "d.db", isolation_level=None)  # as sqlite-utils would
    conn.execute("PRAGMA foreign_keys = ON")
    eid = conn.execute("SELECT event_id FROM event_terms ORDER BY event_id LIMIT 1").fetchone()[0]
    assert conn.execute("SELECT count(*) FROM event_keys WHERE event_id = ?",
                        (eid,)).fetchone()[0] > 0
    conn.execute("DELETE FROM mentions WHERE event_id = ?", (eid,))
    conn.execute("DELETE FROM events WHERE id = ?", (eid,))
    assert conn.execute("SELECT count(*) FROM event_keys WHERE event_id = ?",
                        (eid,)).fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM event_terms WHERE event_id = ?",
                        (eid,)).fetchone()[0] == 0
    keys_match_lists(conn)


def test_upgrade_moves_keys_by_event_to_event_terms_in_place(tmp_path):
    """A store as the schema before `compact_merge_keys` left it (keys indexed by event)
    upgrades keeping every key, gets each event's buckets and terms, drops the index, and
    merges the next article exactly as a store built new."""
    from seeds import SEEDS_DIR

    new = tmp_path / "new.db"
    store = open_store(new)
    ingest(store, [str(SEEDS_DIR)])
    store.close()
    later = tmp_path / "later.txt"
    later.write_text("Syrian troops seized three neighborhoods inside Palmyra on Saturday, "
                     "the Syrian Observatory for Human Rights said. Islamic State fighters "
                     "took the town with its Roman ruins in May 2015.\n")
    before = schema.MIGRATIONS.index(schema.compact_merge_keys)
    old = tmp_path / "old.db"
    copy_into_older_schema(new, old, before)
    conn = sqlite3.connect(old)
    assert conn.execute("SELECT count(*) FROM event_keys").fetchone()[0] > 100
    conn.close()

    told = []
    upgraded = open_store(old, on_upgrade=told.append)
    assert len(told) == 1
    fresh = open_store(new)
    assert snapshot(upgraded.conn) == snapshot(fresh.conn)
    keys_match_lists(upgraded.conn)
    assert upgraded.conn.execute("SELECT count(*) FROM sqlite_master WHERE name = "
                                 "'event_keys_event'").fetchone()[0] == 0
    # the next article merges into both the same way
    for s in (upgraded, fresh):
        assert ingest(s, [str(later)], published="2016-03-28").added == 1
    assert snapshot(upgraded.conn) == snapshot(fresh.conn)
    assert upgraded.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert upgraded.conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    upgraded.close()
    fresh.close()
    shutil.rmtree(tmp_path, ignore_errors=True)


def test_an_interrupt_keeps_the_whole_articles_before_it(tmp_path, analysed, monkeypatch):
    """Ctrl-C in the middle of an article: the ones before it in the same transaction are
    saved whole by the final commit, the interrupted one is absent, nothing is half in."""
    real = merge.add_article
    calls = []

    def interrupted(conn, article_id, drafts, held=None, pending=None):
        real(conn, article_id, drafts, held, pending)
        calls.append(article_id)
        if len(calls) == 26:  # the 26th article, merged and then interrupted
            raise KeyboardInterrupt

    monkeypatch.setattr(merge, "add_article", interrupted)
    monkeypatch.setattr("store.ingest.BATCH_SECONDS", 1e9)  # all 26 in one transaction
    store = open_store(tmp_path / "k.db")
    writer = _Writer(store)
    with pytest.raises(KeyboardInterrupt):
        for a in analysed[:40]:
            _store_one(writer, a, IngestReport())
    writer.commit()  # as store_items' finally does
    monkeypatch.setattr(merge, "add_article", real)
    batched(tmp_path / "want.db", analysed[:25])
    assert snapshot(store.conn) == snapshot(open_store(tmp_path / "want.db").conn)
    fts_matches_rows(_reader(tmp_path / "k.db"))


@pytest.mark.parametrize("batch", [200, 20])  # replaced in its own transaction, or the next
def test_replacing_the_newest_article_gives_it_the_id_sqlite_would(tmp_path, analysed,
                                                                  monkeypatch, batch):
    """The batching writer numbers the article rows it inserts at the commit itself; when
    the newest article is replaced its id is free again, as SQLite would reuse it."""
    import copy

    again = copy.deepcopy(analysed[19])
    again.text += "\nA correction was appended."
    again.hash = "changed again"
    seq = analysed[:20] + [again] + analysed[20:30]
    monkeypatch.setattr("store.ingest.BATCH_ARTICLES", batch)
    monkeypatch.setattr("store.ingest.BATCH_SECONDS", 1e9)
    store = open_store(tmp_path / "n.db")
    writer = _Writer(store)
    report = IngestReport()
    for a in seq:
        _store_one(writer, a, report)
    writer.commit()
    assert report.replaced == 1 and report.added == 30 and not report.problems
    one = open_store(tmp_path / "one.db")
    for a in seq:
        save(one, a)
    rows = "SELECT id, source, hash, outlet, published FROM articles ORDER BY id"
    assert store.conn.execute(rows).fetchall() == one.conn.execute(rows).fetchall()
    assert snapshot(store.conn) == snapshot(one.conn)
