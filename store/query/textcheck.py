"""Testing a batch of walked events against a full-text expression by their own text.

A walk that cannot pull a word's ids (a word in most events, an exclusion that
drops most of them) tests each walked event. An FTS5 probe (`MATCH ? AND rowid =
?`) seeks the term's whole doclist for one rowid: ~30 us on 1,000,000 events,
40-110 us on 10,000,000 (the seek grows with the list and the segments), and a
phrase of common words 400-550 us (three lists, their positions). A page of
`-city` (95% of events hold it) walks ~2,000 events, 100-200 ms of probes.

Here the batch's own title and body are read from the events rows (where
events_fts takes them from: it is an external-content index of
events.title/body) and indexed in a small in-memory FTS5 table with the store's
tokenizer, and the same MATCH runs on it: the same tokens, the same query
engine, so the same events match, at ~15 us an event (reading the row is most
of it) whatever the word's frequency or the phrase.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading

from ..fts import TOKENIZE

TABLE = "dateline_text_check"
# every connection's check table is refilled for each batch: one batch at a time, even
# when a connection is shared between threads (batches take a few ms)
_LOCK = threading.Lock()


def usable(conn: sqlite3.Connection) -> bool:
    """Whether events_fts indexes events.title/body with TOKENIZE (the store's layout since
    schema 8): only then does the batch's own text match as the index does."""
    row = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'events_fts'").fetchone()
    if row is None or not row[0]:
        return False
    sql = row[0]
    content = re.search(r"""content\s*=\s*["']?events["']?""", sql)
    tokenize = re.search(r"""tokenize\s*=\s*['"]([^'"]*)['"]""", sql)
    return bool(content and tokenize and tokenize.group(1) == TOKENIZE)


def _table(conn: sqlite3.Connection) -> str:
    """The connection's check table (temp: in memory, its own, writable on a read-only
    store); contentless, so a batch costs its tokens only. Made when a search is planned:
    creating it while a walk's statement reads an FTS5 table's shadow (a source: test)
    aborts that statement."""
    if conn.execute("SELECT 1 FROM sqlite_temp_master WHERE name = ?", (TABLE,)).fetchone() is None:
        conn.execute(f"CREATE VIRTUAL TABLE temp.{TABLE} USING fts5("
                     f"title, body, content='', tokenize='{TOKENIZE}')")
    return f"temp.{TABLE}"


def matching(conn: sqlite3.Connection, fts: str, event_ids: list[int]) -> set[int]:
    """The ids among `event_ids` whose title or body match the FTS5 expression `fts`."""
    if not event_ids:
        return set()
    with _LOCK:
        table = _table(conn)
        conn.execute(f"INSERT INTO {table} ({TABLE}) VALUES ('delete-all')")
        conn.execute(f"INSERT INTO {table} (rowid, title, body) SELECT e.id, e.title, e.body "
                     "FROM json_each(?) j CROSS JOIN events e ON e.id = j.value",
                     (json.dumps(event_ids),))
        return {i for (i,) in conn.execute(
            f"SELECT rowid FROM {table} WHERE {TABLE} MATCH ?", (fts,))}


def check(conn: sqlite3.Connection, fts: str, keeps: bool = True):
    """A plan's check (ids -> the ids that pass): those that match `fts`, or with
    `keeps` False those that do not (an exclusion)."""
    _table(conn)  # now, before any walk's statement is open (see _table)
    if keeps:
        return lambda event_ids: matching(conn, fts, event_ids)

    def without(event_ids: list[int]) -> set[int]:
        return set(event_ids) - matching(conn, fts, event_ids)
    return without
