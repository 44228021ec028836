"""Many rows in one INSERT: multi-row VALUES statements for the writer's hot tables.

`executemany` runs its statement once a row, and each run is a statement of its own
to SQLite. For a table with a trigger (mentions: the analyst's layer) whose columns
can fail a constraint, SQLite then opens a statement journal for every row and copies
each page the row touches (the table's leaf, one per index) into it first: measured
in the writer's replayed SQL (bench/writer_floor.py), ~27,000 instructions a mention,
5% of the writer. One statement for the rows of an article journals each page once.
Key rows (no trigger) gain the per-row cost of a statement run.

Rows go in chunks of a power of two up to `cap`, so a connection's statement cache
holds a handful of texts per table instead of one per row count, and no statement
binds more than 999 parameters (the oldest SQLite limit).
"""

from __future__ import annotations

from functools import lru_cache

MAX_PARAMS = 999


@lru_cache(maxsize=256)
def _sql(head: str, width: int, n: int) -> str:
    row = "(" + ", ".join("?" * width) + ")"
    return f"{head} VALUES {', '.join([row] * n)}"


def insert(conn, head: str, rows: list[tuple], cap: int = 64) -> None:
    """Run `head VALUES (...), (...)...` over `rows` in their order, a chunk at a time
    (the same rows, ids and conflicts as one execute per row)."""
    if not rows:
        return
    width = len(rows[0])
    cap = max(1, min(cap, MAX_PARAMS // width))
    i, total = 0, len(rows)
    while i < total:
        n = 1 << ((min(cap, total - i)).bit_length() - 1)  # the largest power of two that fits
        conn.execute(_sql(head, width, n),
                     [v for row in rows[i:i + n] for v in row])
        i += n
