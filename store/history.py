"""The last searches, kept in the store so up/down in the search bar recalls them."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone

from .db import Store, disk_full

KEEP = 200  # older searches are forgotten


def remember_search(store: Store, text: str) -> str | None:
    """Put `text` at the top of the history; skipped silently on a read-only store. On a full
    disk nothing is written and the reason comes back, for the app to say while it browses."""
    text = text.strip()
    if not text or store.read_only:
        return None
    at = datetime.now(timezone.utc).isoformat(timespec="microseconds")
    try:
        with store.write() as conn:
            conn.execute("INSERT INTO searches (query, at) VALUES (?, ?) "
                         "ON CONFLICT (query) DO UPDATE SET at = excluded.at", (text, at))
            conn.execute("DELETE FROM searches WHERE id NOT IN "
                         "(SELECT id FROM searches ORDER BY at DESC, id DESC LIMIT ?)", (KEEP,))
    except sqlite3.OperationalError as e:
        if disk_full(e):
            return f"{store.path}: the disk is full; the search is not kept in the history"
        if "readonly" not in str(e) and "read-only" not in str(e):
            raise
    return None


def recent_searches(store: Store, limit: int = 50) -> list[str]:
    """The last `limit` distinct searches, newest first."""
    return [r[0] for r in store.conn.execute(
        "SELECT query FROM searches ORDER BY at DESC, id DESC LIMIT ?", (limit,))]
