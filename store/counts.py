"""Events per period, kept in step with the events table.

The density strip over a million events cannot afford a GROUP BY on every
paint, so every insert or delete of an event adjusts these counters in the
same transaction.
"""

from __future__ import annotations

import sqlite3

ZOOMS = ("day", "month", "year")


def period_of(start: str, zoom: str) -> str:
    """The period an ISO date falls in at a zoom: 2016-03-15 -> 2016-03 at month."""
    return {"day": start[:10], "month": start[:7], "year": start[:4]}[zoom]


def adjust(conn: sqlite3.Connection, start: str, delta: int) -> None:
    """Count one event starting on `start` in (delta=+1) or out (delta=-1)."""
    adjust_many(conn, {start: delta})


def adjust_many(conn: sqlite3.Connection, moved: dict[str, int]) -> None:
    """Apply {event start: change in events} in one statement per kind of change.

    Deletes touch only the rows that went to zero: a scan of every day would
    cost each merge.
    """
    net: dict[tuple[str, str], int] = {}
    for start, delta in moved.items():
        for zoom in ZOOMS:
            key = (zoom, period_of(start, zoom))
            net[key] = net.get(key, 0) + delta
    changes = [(zoom, period, n) for (zoom, period), n in net.items() if n]
    if not changes:
        return
    # raw: an upsert that adds to the count, which sqlite-utils' upsert_all (it replaces) cannot say
    conn.executemany(
        "INSERT INTO period_counts (zoom, period, n) VALUES (?, ?, ?) "
        "ON CONFLICT (zoom, period) DO UPDATE SET n = n + excluded.n", changes)
    gone = [(zoom, period) for zoom, period, n in changes if n < 0]
    if gone:
        conn.executemany("DELETE FROM period_counts WHERE zoom = ? AND period = ? AND n <= 0",
                         gone)


def rebuild(conn: sqlite3.Connection) -> None:
    """Recount from scratch (after bulk loads or a repair)."""
    conn.execute("DELETE FROM period_counts")
    # raw: INSERT ... SELECT GROUP BY runs inside SQLite, no rows through Python
    for zoom, width in (("day", 10), ("month", 7), ("year", 4)):
        conn.execute(
            "INSERT INTO period_counts (zoom, period, n) "
            "SELECT ?, substr(start, 1, ?), count(*) FROM events GROUP BY 2",
            (zoom, width),
        )


def periods(conn: sqlite3.Connection, zoom: str) -> list[tuple[str, int]]:
    return [tuple(r) for r in conn.execute(
        "SELECT period, n FROM period_counts WHERE zoom = ? ORDER BY period", (zoom,))]
