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

import json

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (3-4 ms of a start)

if TYPE_CHECKING:
    import sqlite_utils

TOKENIZE = "porter unicode61 remove_diacritics 2"

_WRITE_HELD = ("UPDATE events SET title = json_extract(j.value, '$[1]'), "
               "body = json_extract(j.value, '$[2]') FROM json_each(?) j "
               "WHERE events.id = json_extract(j.value, '$[0]')")

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


class Held:
    """Titles and bodies of events joined in a batching writer's transaction, held until
    it commits so that each event is re-indexed once per transaction.

    An event joined by many articles of one transaction would otherwise be re-tokenised
    (its old text out of the index, its new text in) once per article. While held, the
    row keeps the text its index entry has, so the index matches the rows at every
    moment; `write` sets the final text (events_au re-indexes it) before the commit.
    Merging reads a held event's title and body from here, never from its row.
    """

    def __init__(self) -> None:
        self.text: dict[int, tuple[str, str]] = {}  # event id -> (title, body)

    def hold(self, rows) -> None:
        for eid, title, body in rows:
            self.text[eid] = (title, body)

    def mark(self) -> dict[int, tuple[str, str]]:
        """What is held now, for `undo` if the article in hand is rolled back."""
        return dict(self.text)

    def undo(self, mark: dict[int, tuple[str, str]]) -> None:
        self.text = mark

    def write(self, conn) -> None:
        """Give the events their held text (inside the transaction, before its commit)."""
        if self.text:  # one statement: SQLite has the index write out its pending terms
            # (a new segment, merged again later) at the start of each statement that writes
            # it, so one UPDATE an event made a segment an event; ids ascending, as it likes
            conn.execute(_WRITE_HELD, (json.dumps(sorted(
                (eid, t, b) for eid, (t, b) in self.text.items())),))
            self.text = {}

