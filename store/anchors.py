"""A mention's anchor as stored: the two sentences nearly every mention has, as a mark.

`anchor` says in words what a phrase was resolved against, and on news copy it is
almost always one of two sentences built from the mention's own columns:
"'last May' (absolute)" or "'on Tuesday' in an article published Tuesday 11 August
2020" (the phrase and the anchor's day, both already in the row). Spelled out, that is
~48 bytes a mention, the largest column after the sentence (issue 18: ~150 bytes an
event on the ingest bench corpus). The writer stores a mark for those two instead, and
every reader goes through `unpack`, which gives back exactly the words: the mark is
written only when unpacking it gives the same text. Rows written in full (by an older
dateline, a test, or a user's `sqlite-utils insert`) stay valid as they are.

A tool that does not know the marks sees `~a` or `~p` in the column; the phrase and
`anchor_date` beside it say the rest. With dateline installed beside Datasette or
sqlite-utils, its plugin (store/ecosystem_plugin.py) gives them the words too:
`dateline_anchor(anchor, phrase, anchor_date)` in SQL, and the words on Datasette's pages.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from functools import lru_cache

ABSOLUTE = "~a"   # "'{phrase}' (absolute)"
PUBLISHED = "~p"  # "'{phrase}' in an article published {anchor_date as Tuesday 11 August 2020}"
_ESCAPE = "~"     # a written anchor that itself opens with "~" is stored with one more


@lru_cache(maxsize=4096)
def _day(iso: str) -> str | None:
    try:
        d = dt.date.fromisoformat(iso[:10])
    except ValueError:
        return None
    return f"{d:%A} {d.day} {d:%B %Y}"


def unpack(stored: str | None, phrase: str, anchor_date: str | None) -> str | None:
    """The anchor's words from what the row holds."""
    if not stored or stored[0] != "~":
        return stored
    if stored == ABSOLUTE:
        return f"'{phrase}' (absolute)"
    if stored == PUBLISHED and anchor_date and (day := _day(anchor_date)):
        return f"'{phrase}' in an article published {day}"
    return stored[1:] if stored.startswith(_ESCAPE + "~") else stored


def pack(anchor: str | None, phrase: str, anchor_date: str | None) -> str | None:
    """What to store for `anchor`: a mark when it unpacks to the same words, else the words."""
    if not anchor:
        return anchor
    if anchor[0] == "~":
        return _ESCAPE + anchor
    for mark in (PUBLISHED, ABSOLUTE):
        if unpack(mark, phrase, anchor_date) == anchor:
            return mark
    return anchor


def register(conn: sqlite3.Connection) -> None:
    """`dateline_anchor(anchor, phrase, anchor_date)` in SQL on this connection."""
    conn.create_function("dateline_anchor", 3, unpack, deterministic=True)
