"""Article text as stored: zlib-compressed, read back the same.

The clean text was the biggest thing in a store (650 MB of 2.5 GB on a million events,
about 1,000 bytes an event on real copy) and is read only when an article is opened or
an untitled source shows its opening, so it is kept as a zlib BLOB in `articles.text`
(2.5-4x smaller on news text). A row written as plain TEXT (by an older dateline, a
test, or a user's `sqlite-utils insert`) stays valid: every reader goes through
`unpack`, which takes either. Where compression would not save bytes (a few words) the
text stays TEXT.

The trade-off: a tool that does not know the format sees a compressed row as a BLOB.
Dateline's own connections carry the SQL function `dateline_text(text)` (registered in
store/db.py); Datasette and sqlite-utils get it, and Datasette shows the text, through
dateline's plugin (store/ecosystem_plugin.py) when installed alongside; anywhere else
Python's `zlib.decompress(blob).decode()` reads it.
"""

from __future__ import annotations

import sqlite3
import zlib

LEVEL = 6  # level 9 saves under 0.1% more on news text and costs twice the time


def pack(text: str) -> str | bytes:
    """What to store for `text`: its zlib BLOB when that is smaller, else the text."""
    raw = text.encode("utf-8")
    packed = zlib.compress(raw, LEVEL)
    return packed if len(packed) < len(raw) else text


def unpack(value: str | bytes | None) -> str | None:
    """The text of a stored value, compressed or not."""
    if isinstance(value, (bytes, memoryview)):
        return zlib.decompress(value).decode("utf-8")
    return value


def register(conn: sqlite3.Connection) -> None:
    """`dateline_text(x)` in SQL on this connection: the text of a stored value."""
    conn.create_function("dateline_text", 1, unpack, deterministic=True)


def compress_all(conn: sqlite3.Connection, progress=None, batch: int = 2000) -> int:
    """Compress every article stored as plain text, in place (the compact_store migration);
    `progress(done, total)` is told after each batch. Returns how many were packed."""
    total = conn.execute("SELECT count(*) FROM articles WHERE typeof(text) = 'text'").fetchone()[0]
    done = packed = 0
    last = 0
    while True:
        rows = conn.execute("SELECT id, text FROM articles WHERE id > ? AND typeof(text) = 'text' "
                            "ORDER BY id LIMIT ?", (last, batch)).fetchall()
        if not rows:
            break
        last = rows[-1][0]
        updates = [(v, i) for i, t in rows if not isinstance(v := pack(t), str)]
        conn.executemany("UPDATE articles SET text = ? WHERE id = ?", updates)
        done += len(rows)
        packed += len(updates)
        if progress is not None:
            progress(done, total)
    return packed
