"""The events' full-text index, laid out so sqlite-utils and Datasette find it.

`events_fts` is an external-content FTS5 table over `events.title` and `events.body`
(the event's distinct sentences, one a line): `content="events"` is what
`Table.detect_fts()` and Datasette's search box look for, and the sentences are
stored once, in the events row, instead of again in an FTS content table.
Triggers keep the index in step with the events rows, whoever writes them
(merging, or a user with sqlite-utils); the update trigger fires only when the
title or body really changed, since every merge also rewrites an event's counters.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (3-4 ms of a start)

if TYPE_CHECKING:
    import sqlite_utils

TOKENIZE = "porter unicode61 remove_diacritics 2"

# raw: sqlite-utils' own update trigger re-indexes on any update of the row (the counters
# change on every merge); these names are its names, so `sqlite-utils disable-fts` drops them
TRIGGERS = (
    """CREATE TRIGGER events_ai AFTER INSERT ON events BEGIN
        INSERT INTO events_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
    END""",
    """CREATE TRIGGER events_ad AFTER DELETE ON events BEGIN
        INSERT INTO events_fts (events_fts, rowid, title, body)
            VALUES ('delete', old.id, old.title, old.body);
    END""",
    """CREATE TRIGGER events_au AFTER UPDATE OF title, body ON events
        WHEN old.title IS NOT new.title OR old.body IS NOT new.body BEGIN
        INSERT INTO events_fts (events_fts, rowid, title, body)
            VALUES ('delete', old.id, old.title, old.body);
        INSERT INTO events_fts (rowid, title, body) VALUES (new.id, new.title, new.body);
    END""",
)


def enable(db: sqlite_utils.Database) -> None:
    """Create the index over the events already stored, and its triggers (inside the
    caller's transaction: sqlite-utils runs its script statement by statement there)."""
    db["events"].enable_fts(["title", "body"], tokenize=TOKENIZE)
    for sql in TRIGGERS:
        db.conn.execute(sql)
