"""Choosing how to find a search's events, by the shape and size of its filters.

Two ways to produce rows in (start, id) order:

- walk: go down the (start, id) index (from the date bound, if any) and test
  each event against every condition, full text as a per-row FTS5 probe. A
  page costs limit / (share of events that match) probes: cheap when most
  events match, hopeless when few do.
- set: when some condition selects few events (a rare word, one article, a
  small outlet, a rare precision), fetch those ids, keep the ones that pass
  the other conditions, and sort them once; pages are then bisects in memory.

Which one: each candidate set is counted with a cap (SET_CAP rows, a few ms
even for a word in every event, since FTS5 streams its doclist); the smallest
one under the cap wins, unless the date range alone is smaller still (then a
walk over that range is cheaper). bm25 ranking is never used: the timeline is
in date order, and ranking a common word costs seconds.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from .compile import Compiled

SET_CAP = 20_000
FTS_IDS = "SELECT rowid FROM events_fts WHERE events_fts MATCH ?"
DATE_FILTERS = {"after", "before"}


@dataclass
class Plan:
    where: str                          # for walks: all conditions over e
    params: list
    index_hint: str = ""                # e.g. "INDEXED BY events_start"
    hits: list[tuple[str, int]] | None = None   # for sets: every match as (start, id), sorted
    dates_only: bool = False            # no filter but after:/before: (counts from period_counts)
    start_lo: str | None = None
    start_hi: str | None = None
    why: str = ""                       # which plan and why, for the benchmark and debugging


def choose_plan(conn: sqlite3.Connection, c: Compiled) -> Plan:
    where, params = c.full_where()
    walk = Plan(where, params, _index_for(c), start_lo=c.start_lo, start_hi=c.start_hi)
    if not c.has_filters:
        walk.why = "walk: no filter"
        return walk
    if not (c.match or c.exclude) and set(c.filter_names) <= DATE_FILTERS:
        walk.dates_only = True
        walk.why = "walk: dates only"
        return walk
    candidates = []
    if c.match:
        candidates.append(("fts", FTS_IDS, [c.match]))
    candidates += [(name, sql, p) for name, (sql, p) in zip(c.set_names, c.id_sets, strict=True)]
    best = None
    for name, sql, p in candidates:
        n = conn.execute(f"SELECT count(*) FROM ({sql} LIMIT ?)", [*p, SET_CAP]).fetchone()[0]
        if n < SET_CAP and (best is None or n < best[0]):
            best = (n, name, sql, p)
    in_range = _events_in_range(conn, c.start_lo, c.start_hi)
    if best is None or best[0] >= in_range:
        walk.why = (f"walk: {in_range} events in the date range" if best else
                    f"walk: every candidate set has {SET_CAP}+ events")
        return walk
    n, name, sql, p = best
    rest, rest_params = c.full_where_without_match() if name == "fts" else (where, params)
    rows = conn.execute(
        f"WITH hits(id) AS MATERIALIZED ({sql}) "
        "SELECT e.start, e.id FROM (SELECT DISTINCT id FROM hits) h "
        f"CROSS JOIN events e ON e.id = h.id WHERE {rest} ORDER BY e.start, e.id",
        [*p, *rest_params]).fetchall()
    return Plan(where, params, hits=[(s, i) for s, i in rows], start_lo=c.start_lo,
                start_hi=c.start_hi, why=f"set: {n} candidates from {name}")


def _index_for(c: Compiled) -> str:
    """The index a walk goes down: by precision when one is asked for, else by date."""
    if "precision" in c.filter_names:
        return "INDEXED BY events_granularity"
    return "INDEXED BY events_start"


def _events_in_range(conn: sqlite3.Connection, lo: str | None, hi: str | None) -> int:
    sql, params = "SELECT sum(n) FROM period_counts WHERE zoom = ?", ["day" if (lo or hi)
                                                                        else "year"]
    if lo:
        sql += " AND period >= ?"
        params.append(lo[:10])
    if hi:
        sql += " AND period < ?"
        params.append(hi[:10])
    return conn.execute(sql, params).fetchone()[0] or 0
