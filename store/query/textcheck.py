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
VOCAB = "dateline_text_vocab"
MOST_PREFIXES = 4
MOST_EXCLUDED = 4
# what events_fts indexes, as one string (its two columns apart by a space)
TEXT = "(e.title || ' ' || coalesce(e.body, ''))"
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


def stable_prefix(stem: str) -> str:
    """The part of a porter stem that every token stemming to it begins with.

    Porter only rewrites a word's end, and the letters its rules put there that the word
    need not hold are a final "e" (ational -> ate, izer -> ize, at -> ate), "i" (y -> i),
    "le" (biliti -> ble) or, once that "e" is dropped, "l" (bl). Checked against FTS5's
    own stems of 264,000 words and suffix stacks (bench/README.md, 2026-12-07 fp3).
    """
    if stem.endswith("le"):
        return stem[:-2]
    if stem[-1:] in ("e", "i", "l"):
        return stem[:-1]
    return stem


def _stems(conn: sqlite3.Connection, texts: list[str]) -> set[str]:
    """The index's tokens of `texts` (folded and stemmed by the store's tokenizer)."""
    with _LOCK:
        table = _table(conn)
        if conn.execute("SELECT 1 FROM sqlite_temp_master WHERE name = ?", (VOCAB,)).fetchone() is None:
            conn.execute(f"CREATE VIRTUAL TABLE temp.{VOCAB} USING fts5vocab(temp, {TABLE}, row)")
        conn.execute(f"INSERT INTO {table} ({TABLE}) VALUES ('delete-all')")
        conn.executemany(f"INSERT INTO {table} (title) VALUES (?)", [(t,) for t in texts])
        stems = {t for (t,) in conn.execute(f"SELECT term FROM temp.{VOCAB}")}
        conn.execute(f"INSERT INTO {table} ({TABLE}) VALUES ('delete-all')")
        return stems


def prefilter(conn: sqlite3.Connection, match: str) -> tuple[str, list] | None:
    """SQL over e that every event matching `match` passes, far cheaper than the test.

    A walk that tests each event (by its text, ~10 us of tokenizing, or a probe, 40-200
    us at 10M) reads the row anyway (~4 us): a plain-ASCII title and body that hold no
    stable prefix of each searched stem (lower-cased, as the tokenizer folds ASCII)
    cannot match, so most walked events are dropped by a substring test (~1 us) before
    the dear one. Texts with other characters always go on to the full test. Only for
    an AND of quoted strings (what compile_query makes); None when nothing applies.
    """
    texts = _quoted(match, " AND ")
    if texts is None:
        return None
    prefixes = sorted({stable_prefix(s) for s in _stems(conn, texts)
                       if re.fullmatch(r"[a-z0-9]+", s)}, key=len, reverse=True)
    prefixes = [p for p in prefixes if len(p) >= 3][:MOST_PREFIXES]
    if not prefixes:
        return None
    held = " AND ".join(f"instr(lower({TEXT}), ?) > 0" for _ in prefixes)
    # a text with any byte over 127 holds letters that may fold (É -> e) to what the
    # substring test does not see: passed on (its character count differs from its bytes)
    return f"(({held}) OR length({TEXT}) <> length(CAST({TEXT} AS BLOB)))", prefixes


def _quoted(fts: str, joiner: str) -> list[str] | None:
    """The strings of an expression compile_query makes ('"a" AND "b"', '"a" OR "b"'),
    unquoted; None when `fts` is not exactly that."""
    texts = [t.replace('""', '"') for t in re.findall(r'"((?:[^"]|"")*)"', fts)]
    if not texts or joiner.join('"' + t.replace('"', '""') + '"' for t in texts) != fts:
        return None
    return texts


def surely_excluded(exclude: str) -> tuple[str, list] | None:
    """SQL over e that holds only for events the exclusion `exclude` drops.

    An excluded word of plain ASCII letters and digits, found lower-cased between two
    spaces in the event's text, is a token of it: spaces always part tokens, the
    tokenizer folds ASCII case as lower() does, and the same token has the same stem.
    A walk that drops most events for an excluded common word ("-city") then drops
    them in its SQL (~1 us, the row is read anyway) instead of by the word's test (a
    probe, 40-200 us at 10M, or the event's text indexed, ~10 us); events that hold the
    word otherwise ("City,") still go to that test. None when no word qualifies (a
    phrase, other letters, or an expression compile_query does not make).
    """
    texts = _quoted(exclude, " OR ")
    words = [t.lower() for t in texts or () if re.fullmatch(r"[A-Za-z0-9]+", t)]
    words = sorted(set(words), key=len, reverse=True)[:MOST_EXCLUDED]
    if not words:
        return None
    padded = f"(' ' || lower({TEXT}) || ' ')"
    return ("(" + " OR ".join(f"instr({padded}, ?) > 0" for _ in words) + ")",
            [f" {w} " for w in words])


def walk_filter(conn: sqlite3.Connection, match: str | None,
                exclude: str | None) -> tuple[str, list] | None:
    """The walk's cheap SQL before the words' test: the searched stems' substrings
    (`prefilter`) and the excluded words' sure hits (`surely_excluded`), None when
    neither applies."""
    sql, params = [], []
    held = prefilter(conn, match) if match else None
    if held:
        sql.append(held[0])
        params += held[1]
    gone = surely_excluded(exclude) if exclude else None
    if gone:
        sql.append(f"NOT {gone[0]}")
        params += gone[1]
    return (" AND ".join(sql), params) if sql else None
