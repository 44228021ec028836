"""Opening stores: what a user gets for every kind of file they point --db at."""

import sqlite3

import pytest

from store import counts, schema
from store.db import StoreError, open_store


def test_new_store_is_wal_and_current(tmp_path):
    s = open_store(tmp_path / "a.db")
    assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert schema.user_version(s.conn) == schema.SCHEMA_VERSION
    s.close()
    # reopening an up-to-date store changes nothing
    s = open_store(tmp_path / "a.db")
    assert schema.user_version(s.conn) == schema.SCHEMA_VERSION


def test_migration_keeps_every_row_of_an_older_store(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    schema.migrate(conn, target=1)
    conn.execute("INSERT INTO articles (source, hash, text, added, published, path) "
                 "VALUES ('a.txt', 'h1', 'Troops entered the city on Tuesday.', 'now', "
                 "'2016-03-18', 'a.txt')")
    for start, value in (("2016-03-15", "2016-03-15"), ("2016-03-01", "2016-03"),
                         ("2015-05-01", "2015-05")):
        conn.execute("INSERT INTO events (value, start, \"end\", granularity, title) "
                     "VALUES (?, ?, ?, 'day', 't')", (value, start, start))
    conn.close()

    s = open_store(path)
    assert schema.user_version(s.conn) == schema.SCHEMA_VERSION
    assert s.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    assert s.conn.execute("SELECT count(*) FROM events").fetchone()[0] == 3
    # the new counters were filled from the events already there
    assert counts.periods(s.conn, "month") == [("2015-05", 1), ("2016-03", 2)]
    assert counts.periods(s.conn, "year") == [("2015", 1), ("2016", 2)]
    # the article names index was filled from the articles already there, and follows new ones
    names = "SELECT rowid FROM article_names WHERE article_names MATCH ?"
    assert s.conn.execute(names, ('"a.tx"',)).fetchall() == [(1,)]
    s.conn.execute("INSERT INTO articles (source, hash, text, added, outlet) "
                   "VALUES ('b', 'h2', 't', 'now', 'Al Jazeera')")
    assert s.conn.execute(names, ('"jazeera"',)).fetchall() == [(2,)]
    s.conn.execute("DELETE FROM articles WHERE id = 2")
    assert s.conn.execute(names, ('"jazeera"',)).fetchall() == []


def test_newer_schema_is_refused_with_one_line(tmp_path):
    path = tmp_path / "new.db"
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer dateline"):
        open_store(path)


def test_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not a dateline store"):
        open_store(path)


@pytest.mark.parametrize("content", [b"hello, this is not a database at all" * 200,
                                     b"SQLite format 3\x00" + b"\xff" * 5000])
def test_garbage_file_is_refused(tmp_path, content):
    path = tmp_path / "junk.db"
    path.write_bytes(content)
    with pytest.raises(StoreError, match="junk.db"):
        open_store(path)
    assert path.read_bytes() == content  # nothing written to a file that is not ours


def test_read_only_file_opens_for_browsing(tmp_path):
    path = tmp_path / "ro.db"
    s = open_store(path)
    with s.write() as conn:
        conn.execute("INSERT INTO articles (source, hash, text, added) VALUES ('x', 'h', 't', 'n')")
    s.close()
    path.chmod(0o444)
    try:
        s = open_store(path, read_only=True)
        assert s.read_only
        assert s.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
        with pytest.raises(StoreError, match="read-only"):
            with s.write():
                pass
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            s.conn.execute("DELETE FROM articles")
    finally:
        path.chmod(0o644)


def test_missing_store_without_create(tmp_path):
    with pytest.raises(StoreError, match="no such database"):
        open_store(tmp_path / "nope.db", create=False)


def test_folder_as_store(tmp_path):
    with pytest.raises(StoreError, match="is a folder"):
        open_store(tmp_path)


def test_article_names_follow_an_edited_article():
    from store.db import open_memory

    s = open_memory()
    s.conn.execute("INSERT INTO articles (source, hash, text, added, outlet) "
                   "VALUES ('a', 'h', 't', 'n', 'Reuters')")
    s.conn.execute("UPDATE articles SET outlet = 'Al Jazeera' WHERE id = 1")
    names = "SELECT rowid FROM article_names WHERE article_names MATCH ?"
    assert s.conn.execute(names, ('"jazeera"',)).fetchall() == [(1,)]
    assert s.conn.execute(names, ('"reuters"',)).fetchall() == []


OPEN = ("import sys; sys.path.insert(0, sys.argv[2]); from store.db import open_store\n"
        "open_store(sys.argv[1]).close()")


def test_processes_creating_one_new_store_at_once_all_open_it(tmp_path):
    """Two ingests started together on a new file: both get the store, neither 'locked'."""
    import subprocess
    import sys
    from pathlib import Path

    root = str(Path(__file__).resolve().parent.parent)
    for round_ in range(6):
        path = tmp_path / f"new{round_}.db"
        procs = [subprocess.Popen([sys.executable, "-c", OPEN, str(path), root],
                                  stderr=subprocess.PIPE, text=True) for _ in range(4)]
        errs = [p.communicate(timeout=120)[1] for p in procs]
        assert [p.returncode for p in procs] == [0, 0, 0, 0], errs
        s = open_store(path)
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert schema.user_version(s.conn) == schema.SCHEMA_VERSION
        s.close()


def test_upgrading_an_older_store_says_so_once_and_names_follow(tmp_path):
    path = tmp_path / "four.db"
    conn = sqlite3.connect(path, isolation_level=None)
    schema.migrate(conn, target=4)
    conn.execute("INSERT INTO articles (source, hash, text, added, published, path, outlet) "
                 "VALUES ('a.txt', 'h1', 'x', 'now', '2016-03-18', 'a.txt', 'Al Jazeera')")
    conn.close()
    told = []
    s = open_store(path, on_upgrade=told.append)
    assert len(told) == 1 and "from schema 4 to" in told[0]
    names = "SELECT rowid FROM article_names WHERE article_names MATCH ?"
    assert s.conn.execute(names, ('"aljazeera"',)).fetchall() == [(1,)]
    s.close()
    open_store(path, on_upgrade=told.append).close()
    open_store(tmp_path / "new.db", on_upgrade=told.append).close()
    assert len(told) == 1


def copy_into_older_schema(new, old, before: int) -> list[str]:
    """Build `old` at schema `before` holding every row of the store `new` (as an older
    dateline would have written them), in one transaction; returns the tables copied."""
    conn = sqlite3.connect(old, isolation_level=None)
    schema.migrate(conn, target=before)
    src = sqlite3.connect(new)
    conn.execute("BEGIN")
    tables = [n for (n,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
        "AND name NOT LIKE 'article_names_%' AND name NOT LIKE 'events_fts_%'")]
    for table in tables:
        names = ", ".join(f'"{r[1]}"' for r in conn.execute(f"PRAGMA table_info({table})"))
        rows = src.execute(f"SELECT {names} FROM {table}").fetchall()
        if rows:
            marks = ",".join("?" * len(rows[0]))
            conn.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)
    conn.executemany("INSERT INTO events_fts (rowid, title, body) VALUES (?, ?, ?)",
                     src.execute("SELECT id, title, body FROM events"))
    conn.execute("COMMIT")
    conn.close()
    src.close()
    return tables


def test_upgrade_to_the_sqlite_utils_layout_keeps_every_row(tmp_path):
    """A store as the schema before `ecosystem_layout` left it (sentences only in the FTS
    table, event_keys without a foreign key) upgrades keeping every row, search history
    included, and searches as before."""
    import sqlite_utils

    from seeds import SEEDS_DIR
    from store.ingest import ingest

    new = tmp_path / "new.db"
    store = open_store(new)
    ingest(store, [str(SEEDS_DIR)])
    store.conn.execute("INSERT INTO searches (query, at) VALUES ('palmyra -ruins', '2016-04-01')")
    store.close()
    before = schema.MIGRATIONS.index(schema.ecosystem_layout)
    old = tmp_path / "old.db"
    tables = copy_into_older_schema(new, old, before)
    assert {"events", "mentions", "event_keys", "searches", "day_refs"} <= set(tables)

    told = []
    s = open_store(old, on_upgrade=told.append)
    assert len(told) == 1 and f"from schema {before} to" in told[0]
    src = sqlite3.connect(new)
    for table in tables:
        got = s.conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
        assert got == src.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall(), table
    assert s.conn.execute("SELECT count(*) FROM events WHERE body IS NULL").fetchone()[0] == 0
    match = "SELECT rowid FROM events_fts WHERE events_fts MATCH ? ORDER BY rowid"
    for word in ("palmyra", "seize", "temple"):
        assert s.conn.execute(match, (word,)).fetchall() == src.execute(match,
                                                                          (word,)).fetchall()
    s.conn.execute("INSERT INTO events_fts (events_fts, rank) VALUES ('integrity-check', 1)")
    s.close()
    db = sqlite_utils.Database(old)
    assert db["events"].detect_fts() == "events_fts"
    # the merge keys' link to their event (on event_terms since compact_merge_keys, store/mergekeys.py)
    assert [fk.other_table for fk in db["event_terms"].foreign_keys] == ["events"]
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    open_store(old, on_upgrade=told.append).close()
    assert len(told) == 1


def _export(store) -> str:
    import io

    from store.browse import Browser
    from store.export import write_events

    out = io.StringIO()
    write_events(Browser(store, ""), out, "jsonl")
    return out.getvalue()


def test_compact_upgrade_keeps_every_article_text_and_tells_progress(tmp_path, monkeypatch):
    """A store from before compact_store (article text as plain TEXT, mentions_event)
    upgrades in place: the
    text is compressed and reads back the same, exports and searches are unchanged, and a
    long upgrade prints its progress."""
    import store.article_text as article_text
    import store.db as db
    from seeds import SEEDS_DIR
    from store.browse import Browser
    from store.ingest import ingest

    path = tmp_path / "old.db"
    s = open_store(path)
    ingest(s, [str(SEEDS_DIR)])
    # as the schema before compact_store left it: plain text, the index it drops
    before = schema.MIGRATIONS.index(schema.compact_store)
    s.conn.execute("UPDATE articles SET text = dateline_text(text)")
    s.conn.execute("CREATE INDEX mentions_event ON mentions(event_id)")
    s.conn.execute(f"PRAGMA user_version = {before}")
    texts = dict(s.conn.execute("SELECT id, text FROM articles"))
    assert all(isinstance(t, str) and len(t) > 500 for t in texts.values())
    exported = _export(s)
    found = [r.id for r in Browser(s, "palmyra after:2015").first(100)]
    s.close()

    monkeypatch.setattr(article_text.compress_all, "__defaults__", (None, 2))  # 2 a batch
    monkeypatch.setattr(db._progress, "__defaults__", (0.0,))                  # tell each
    told = []
    s = open_store(path, on_upgrade=told.append)
    assert schema.user_version(s.conn) == schema.SCHEMA_VERSION
    assert f"from schema {before} to" in told[0]
    assert f"upgrading: {len(texts)} of {len(texts)} articles (100%)" in told  # later steps
    assert told[-1].endswith("steps (100%)")                                  # tell theirs
    stored = dict(s.conn.execute("SELECT id, text FROM articles"))
    assert all(isinstance(v, bytes) for v in stored.values())
    assert sum(map(len, stored.values())) < 0.6 * sum(len(t.encode()) for t in texts.values())
    b = Browser(s, "")
    for aid, text in texts.items():
        assert b.article(aid).text == text
    assert dict(s.conn.execute("SELECT id, dateline_text(text) FROM articles")) == texts
    assert not s.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'mentions_event'") \
        .fetchone()
    assert _export(s) == exported
    assert [r.id for r in Browser(s, "palmyra after:2015").first(100)] == found
    s.close()


def test_plain_text_rows_written_by_other_tools_still_read(tmp_path):
    """A row inserted as TEXT (sqlite-utils, an older dateline) reads as itself; a short
    text that compression would not shrink stays TEXT."""
    from store.article_text import pack
    from store.browse import Browser

    s = open_store(tmp_path / "a.db")
    s.conn.execute("INSERT INTO articles (id, source, hash, text, added) "
                   "VALUES (7, 'x', 'h', 'Troops entered Palmyra on Tuesday.', 'now')")
    assert Browser(s, "").article(7).text == "Troops entered Palmyra on Tuesday."
    assert pack("on Tuesday") == "on Tuesday"
    long = "Troops entered Palmyra on Tuesday. " * 40
    assert isinstance(pack(long), bytes)
    assert s.conn.execute("SELECT dateline_text(?)", (pack(long),)).fetchone()[0] == long


def test_a_new_store_takes_8k_pages_and_an_old_one_keeps_its_own(tmp_path):
    from store.db import PAGE_SIZE

    s = open_store(tmp_path / "new.db")
    assert s.conn.execute("PRAGMA page_size").fetchone()[0] == PAGE_SIZE == 8192
    s.close()
    conn = sqlite3.connect(tmp_path / "old.db", isolation_level=None)
    conn.execute("PRAGMA page_size = 4096")
    schema.migrate(conn, target=1)
    conn.close()
    s = open_store(tmp_path / "old.db")
    assert s.conn.execute("PRAGMA page_size").fetchone()[0] == 4096
    assert schema.user_version(s.conn) == schema.SCHEMA_VERSION


def test_a_file_name_with_uri_characters_opens_read_only(tmp_path):
    """Read-only opens go through a file: URI; '?', '#' and '%' in a name stay the name."""
    path = tmp_path / "odd?name#1%.db"
    store = open_store(path)
    store.conn.execute("CREATE TABLE t (x)")
    store.close()
    ro = open_store(path, read_only=True)
    assert ro.read_only and ro.conn.execute("SELECT count(*) FROM t").fetchone() == (0,)
    ro.close()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".db") == ["odd?name#1%.db"]
