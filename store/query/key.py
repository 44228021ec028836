"""`key:N`: the N most salient events among what the rest of a query selects.

Unlike the other filters it is not a test of one row: it ranks. The rest of the
query is planned as usual; then its matches are ranked by stored salience
(store/salience.py) and the top N become an id set in date order, paged like
any small search. Where the rest's matches are in memory they are ranked there;
otherwise the walk goes down the salience index from the top and stops at the
N-th match, so `key:50` over a million events reads a few hundred rows.
"""

from __future__ import annotations

import json
import sqlite3

from ..record import replace
from .compile import Compiled
from .plan import Plan, events_in_range, id_chunks

NAME = "key"
SORT_IN_RANGE = 50_000  # a date range this small is sorted whole, not walked by salience
ORDER = "e.salience DESC, e.n_mentions DESC, e.start, e.id"


def key_limit(c: Compiled) -> int | None:
    """The smallest N of the query's key: filters, or None without one."""
    ns = [p[0] for name, _sql, p in c.conditions if name == NAME]
    return min(ns) if ns else None


def without_key(c: Compiled) -> Compiled:
    """The query as if it had no key: filter."""
    where, params = c.where_without({NAME})
    return replace(
        c, conditions=[x for x in c.conditions if x[0] != NAME], where=where, params=params,
        filter_names=[n for n in c.filter_names if n != NAME])


def top_salient(conn: sqlite3.Connection, rest: Plan, n: int, left_out: str = "") -> Plan:
    """A set plan of the `n` most salient events that `rest` selects (and `left_out`, SQL
    over e, keeps), in date order."""
    where, params = rest.bounded_where()
    if left_out:
        where += f" AND {left_out}"
    if rest.hits is not None or (rest.member is not None and not rest.checks):
        ids = ([i for _s, i in rest.hits] if rest.hits is not None
               else [i for i in rest.member if rest.keep(i)])
        # ids in memory: ranked in one statement (the ids were tested when fetched)
        test = (left_out or "1") if rest.hits is not None else where
        tparams = [] if rest.hits is not None else params
        top = [i for (i,) in conn.execute(
            f"SELECT e.id FROM json_each(?) j CROSS JOIN events e ON e.id = j.value "
            f"WHERE {test} ORDER BY {ORDER} LIMIT ?", [json.dumps(ids), *tparams, n])]
    elif rest.member_sql is not None and not rest.checks and not rest.source_probes:
        # the words' ids tested in SQL: down the salience index, each run of equal salience
        # sorted by the rest of ORDER (SQLite's sort of the index's right part), so the top
        # n are ORDER's, as when the ids were ranked in memory (a walk below keeps the
        # index's order within a tie, as a search with sources tested per event always did)
        top = [i for (i,) in conn.execute(
            f"SELECT e.id FROM events e INDEXED BY events_salience WHERE {where} "
            f"ORDER BY {ORDER} LIMIT ?", [*params, n])]
    elif events_in_range(conn, rest.start_lo, rest.start_hi) <= SORT_IN_RANGE:
        cur = conn.execute(f"SELECT e.id FROM events e INDEXED BY events_start WHERE {where} "
                           f"ORDER BY {ORDER}", params)
        top = rest.matching(id_chunks(cur), n)
    else:  # down the salience index until n rows pass (rowid order within equal scores)
        cur = conn.execute(f"SELECT e.id FROM events e INDEXED BY events_salience WHERE {where} "
                           "ORDER BY e.salience DESC", params)
        try:
            top = rest.matching(id_chunks(cur), n)
        finally:
            cur.close()
    hits = sorted(conn.execute(
        "SELECT e.start, e.id FROM json_each(?) j CROSS JOIN events e ON e.id = j.value",
        [json.dumps(top)]).fetchall())
    return Plan("1", [], hits=[(s, i) for s, i in hits], start_lo=rest.start_lo,
                start_hi=rest.start_hi, why=f"key: the {n} most salient of ({rest.why})")
