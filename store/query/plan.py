"""Choosing how to find a search's events, by the shape and size of its filters.

Measured on a 1,000,000-event store (bench/query_bench.py): an FTS5 probe per
event costs ~30 us, pulling a word's rowids into Python ~0.2 us each, walking
the (start, id) index ~0.3 us a row, looking an event up by id ~5 us. So:

- set: when some condition selects few events (< SMALL: a rare word, one
  article, a small outlet, a rare precision), fetch those ids, keep the ones
  that pass the other conditions, sort them once; pages are bisects in memory,
  and count/density/position are exact.
- walk + ids: pull the words' rowids into a Python set, walk the date index in
  SQL and keep rows whose id is in it; or, for a big pull (IDS_IN_SQL ids or
  more), leave them in SQLite: the walk's own SQL tests `e.id IN (SELECT rowid
  ... MATCH ?)`, an index of the ids SQLite builds once a statement (~0.15 us an
  id, against ~0.35 into Python) and tests from the date index in C (~0.05 us a
  row, against ~1 through Python); `Plan.filtered`; or
- walk + probes: probe FTS5 once per walked row in SQL. Which of the two is a
  cost model (`fts_choice`): a page walks about FIRST_ROWS / share rows (fewer
  when the date range holds fewer), each a probe; a pull reads every matching
  rowid once, and the pages after it cost next to nothing. Both are measured on
  the store at hand, in the same instant: a count of the matches in a rowid
  slice (thin for a common word, up to 1/SLICES of the ids for a rare one) gives
  the share and FTS5's part of a pull, scaled to the store, plus PULL_US an id
  for Python's part; a probe is timed on PROBES events of the slice. A fixed
  cap on the pulled words (the first plan had 100,000) was right at 1M and
  wrong at 10M, where a 3% word's 300,000 ids pull in ~100 ms but a page of
  probes of it takes 150-200 ms. PULL_CAP only bounds the set's memory (~60
  bytes an id). A walked row is tested either by an FTS5 probe in the walk's
  SQL or by its own text from Python, a batch at a time (textcheck.py: 15-30
  us a row whatever the word, where a probe of a word in most events costs
  60-200 us at 10M and a phrase 400+), whichever was cheaper on the sample;
  either sits behind substring tests (~1 us, textcheck.walk_filter) that
  drop most walked events before it: an event whose plain text lacks a
  searched stem, or holds an excluded word between spaces. A walk's cursor
  is read by what the page still needs at the rate it has found hits, not
  doubled past them (each walked row may cost a row read, ~5 us at 10M).
- dates only / no filter: walk the index; counts come from period_counts.
- source: (source.py) lists the articles of a text that names few of them
  and keeps their events in memory; a text naming many (a big outlet, most
  2-character texts) is never listed: each event the walk reaches is tested
  against its articles' names (~3 us), in the walk's SQL, or, when words are
  already in memory, from Python on batches of those words' events only.
- words and exclusions go to FTS5 as one expression ("a NOT b").

Each candidate set is counted with a cap first (FTS5 counts a word in every
event in ~25 ms; with a cap, ~1 ms). bm25 ranking is never used: the timeline
is in date order, and ranking a common word costs seconds. Known weak spot: a
mid-frequency word whose events all sit at one end of a wide date range makes
the walk + ids plan scan the index up to them (~0.3 us a row).
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable

from ..record import field, record
from . import textcheck
from .compile import Compiled
from .source import Check, _rng, capped, plan_source

SMALL = 2_000          # a set this small is fetched and sorted whole
PULL_CAP = 400_000     # the most ids pulled into memory (~60 bytes each: the app holds up to
                       # three sets of one search at once, its page, its count and its marks)
SLICES = 64            # the share and the pull's cost come from 1/SLICES of the rowids
PROBES = 24            # events probed to time one FTS5 probe
FEW_IN_SLICE = 64      # fewer matches than this in the slice: pulled without weighing
PULL_US = 0.25         # an id from SQLite's JSON array into the Python set (10M store)
WALK_US = 0.8          # a row of a walk + ids: its id from the index through Python, kept
                       # or not (10M store, 0.6-1 us)
BUILD_US = 0.15        # an id into SQLite's index of an IN (SELECT ...) (Plan.member_sql; 10M)
SQL_WALK_US = 0.05     # a row of a walk + ids in SQL: the index row and the IN's lookup, in C
FIRST_ROWS = 120       # rows a first page walks for each 100 it keeps: the app's first page
                       # is 100 rows, and Plan.matching reads a fifth more than it needs
WIDE_SAMPLE_MS = 40    # a pull dearer than this is weighed on a four times wider sample
SMALL_STORE = 100_000  # a store with fewer events pulls every word (a few ms at most)
SAMPLE = 1_000         # events tested to estimate counts of walked searches
IDS_IN_SQL = SMALL     # a pull of about this many ids or more stays in SQLite (Plan.member_sql)
TEXT_TESTS = "auto"    # a walked event's words: "auto" by the cheaper test, "always" by its
                       # own text, "never" by FTS5 probes (the tests force each)
FTS_IDS = "SELECT rowid AS id FROM events_fts WHERE events_fts MATCH ?"
PROBE = "EXISTS (SELECT 1 FROM events_fts WHERE events_fts MATCH ? AND events_fts.rowid = e.id)"
DATE_FILTERS = {"after", "before"}
@record
class Plan:
    where: str                          # SQL conditions over e for walks and set fetches
    params: list
    index_hint: str = ""                # e.g. "INDEXED BY events_start"
    hits: list[tuple[str, int]] | None = None   # set plans: every match as (start, id), sorted
    member: set[int] | None = None      # walks: keep only ids in here (a pulled word)
    # walks: keep only the ids this SELECT gives (SQL, params), tested in the walk's own SQL
    # against an index SQLite builds of them once a statement (see `filtered`)
    member_sql: tuple[str, list] | None = None
    nonmember: set[int] | None = None   # walks: drop ids in here (a pulled exclusion)
    dates_only: bool = False            # no filter but after:/before: (counts from period_counts)
    start_lo: str | None = None
    start_hi: str | None = None
    why: str = ""                       # which plan and why, for the benchmark and debugging
    # walks: tests run from Python on the ids that pass `keep` only (a big outlet's
    # source: when the words are in memory), so a walk past non-members costs nothing
    checks: list[Check] = field(default_factory=list)
    fts_probes: bool = False            # `where` probes FTS5 per row (~30 us)
    source_probes: bool = False         # `where` or checks test sources per row (~3 us)

    def filtered(self) -> tuple[str, list]:
        """`where` and its parameters, with the test of `member_sql` first when the kept ids
        stay in SQLite. A pulled word's ids cost ~0.35 us each into a Python set (JSON,
        json.loads, set) and each walked row ~1 us more through Python (fetchmany, the
        membership); `e.id IN (SELECT ...)` builds SQLite's own index of them (~0.15 us an
        id) and tests a walked row in C from the date index alone (SQLite tests it before
        any condition that reads the row): at 10M, "babilinu source:bbc after:2000" walks
        ~45,000 index rows for its first page, ~60 ms through Python, ~3 ms in SQL."""
        if self.member_sql is None:
            return self.where, list(self.params)
        return _ids_first(self.member_sql, self.where, self.params)

    def members(self, conn: sqlite3.Connection) -> set[int] | None:
        """The kept ids in memory (`member`, or `member_sql`'s pulled): for counts from a
        sample of them; None when the plan keeps no id set."""
        if self.member is not None or self.member_sql is None:
            return self.member
        return _ids(conn, *self.member_sql)

    def bounded_where(self) -> tuple[str, list]:
        """`where` and its parameters with the date bounds the filters put on e.start."""
        where, params = self.filtered()
        for bound, op in ((self.start_lo, ">="), (self.start_hi, "<")):
            if bound:
                where += f" AND e.start {op} ?"
                params.append(bound)
        return where, params

    def keep(self, event_id: int) -> bool:
        if self.member is not None and event_id not in self.member:
            return False
        return self.nonmember is None or event_id not in self.nonmember

    def checked(self, event_ids: list[int]) -> list[int]:
        """The ids that pass every check, in their order (one statement per check)."""
        for check in self.checks:
            if not event_ids:
                break
            ok = check(event_ids)
            event_ids = [i for i in event_ids if i in ok]
        return event_ids

    def matching(self, chunks: Iterable[list[int]], limit: int | None = None) -> list[int]:
        """The ids that pass keep() and the checks, in order, up to `limit`.

        Ids come in chunks (see `id_chunks`) and are filtered a chunk at a time,
        not per row. Checks run on batches (16 ids, doubling to 512) so that a
        page costs a few statements, and a walk stops soon after the page is full.
        Chunks from `id_chunks` are asked for by the rate the walk has found hits so
        far: where each walked row passes SQL dearer than reading an index (the
        substring tests read every row, ~5 us at 10M), a chunk doubled past what the
        page needs walks thousands of rows for nothing.
        """
        out: list[int] = []
        pending: list[int] = []
        size = 16
        fetched = 0
        it = iter(chunks)
        sized = limit is not None and hasattr(it, "send")
        chunk = next(it, None)
        while chunk is not None:
            fetched += len(chunk)
            if self.member is not None:
                chunk = [i for i in chunk if i in self.member]
            if self.nonmember is not None:
                chunk = [i for i in chunk if i not in self.nonmember]
            if not self.checks:
                out += chunk
            else:
                pending += chunk
                while pending and (len(pending) >= size or sized) and (
                        limit is None or len(out) < limit):
                    out += self.checked(pending[:size])
                    pending, size = pending[size:], min(size * 2, 512)
            if limit is not None and len(out) >= limit:
                return out[:limit]
            if not sized:
                chunk = next(it, None)
                continue
            # the rows the rest of the page needs at the rate found so far, a fifth more
            want = (limit - len(out)) * fetched * 6 // (5 * len(out)) + 1 if out else None
            try:
                chunk = it.send(want)
            except StopIteration:
                chunk = None
        out += self.checked(pending)
        return out if limit is None else out[:limit]


def id_chunks(cursor: sqlite3.Cursor, first: int = 64, most: int = 4096, least: int = 16):
    """A cursor's ids (first column) in lists of growing size: a page that fills
    early reads few rows past it, and a long walk pays Python per list, not per row.
    A size sent in (`Plan.matching`) is the next list's, within [least, most]."""
    size = first
    while rows := cursor.fetchmany(size):
        wanted = yield [r[0] for r in rows]
        size = min(size * 2, most) if wanted is None else max(least, min(wanted, most))


def _ids(conn: sqlite3.Connection, sql: str, params: list) -> set[int]:
    """The ids `sql` selects (its one column), as a set. Gathered in SQLite as one JSON
    array: a row per id through the sqlite3 module costs ~1 us in Python, json.loads ~0.1
    (a 3% word's 345,000 ids on 10M: 387 -> 122 ms at load 5)."""
    (ids,) = conn.execute(f"SELECT json_group_array(x.id) FROM ({sql}) x", params).fetchone()
    return set(json.loads(ids))


def choose_plan(conn: sqlite3.Connection, c: Compiled, left_out: str = "") -> Plan:
    """`left_out`: SQL over e that key: must also rank by (the analyst's hidden events are
    left out of every page after planning, so a ranking must not count them)."""
    from .key import key_limit, top_salient, without_key  # key ranks the plan made here

    n = key_limit(c)
    if n is not None:
        return top_salient(conn, choose_plan(conn, without_key(c)), n, left_out)
    hint = _index_for(c)
    base = dict(index_hint=hint, start_lo=c.start_lo, start_hi=c.start_hi)
    if not c.has_filters:
        return Plan("1", [], why="walk: no filter", **base)
    if not (c.match or c.exclude) and set(c.filter_names) <= DATE_FILTERS:
        return Plan(c.where, list(c.params), dates_only=True, why="walk: dates only", **base)

    where, params = [], []
    member = nonmember = None
    member_sql: tuple[str, list] | None = None
    # full text first: pull into memory when not huge, else leave to per-row probes.
    # Words and exclusions go to FTS5 as one expression ("a NOT b"), which FTS5
    # answers from its doclists far faster than two probes per walked event.
    n_match = None
    fts = f"({c.match}) NOT ({c.exclude})" if c.match and c.exclude else c.match
    in_range = events_in_range(conn, c.start_lo, c.start_hi)
    fts_why = ""
    # source: one plan per filter (see source.py): few articles give their events
    # in memory; many give a per-event test, in the walk's SQL, or from Python on
    # the members only when some filter already put its events in memory
    pulled = {"source"} if "source" in c.filter_names else set()
    tests, source_why = [], []
    source_events: set[int] | None = None
    for name, _sql, p in c.conditions:
        if name != "source":
            continue
        sp = plan_source(conn, p[0])
        source_why.append(sp.why)
        if sp.events is not None:
            source_events = sp.events if source_events is None else source_events & sp.events
        else:
            tests.append(sp)
    # a walked event tested by its own text (textcheck.py) from Python, in batches, when
    # that is cheaper than a probe; not for on:, whose page is a merge of walks in SQL.
    # With sources tested per event (a big outlet) the words are pulled when they can be:
    # a walk by the words' tests would test the names of every walked event too (at 10M,
    # "babofa source:reuters" 840 ms walked, ~150 pulled), the pull only its members'
    text_checks: list[Check] = []
    pull_first = bool(tests) and source_events is None
    # a walked event whose plain text lacks a searched stem, or surely holds an excluded
    # word, is dropped by substring tests before its words are tested (textcheck.walk_filter)
    pre = textcheck.walk_filter(conn, c.match, c.exclude) if (
        (c.match or c.exclude) and textcheck.usable(conn)) else None
    pre_in_where = False  # the prefilter opens the walk's own conditions
    if fts or c.exclude:  # an exclusion alone drops few rows: a page walks ~FIRST_ROWS
        keeps = bool(fts)
        expr = fts or c.exclude
        # a big pull stays in SQLite (not for on:, whose page is one walk a granularity,
        # nor with a listed outlet, whose events meet the words' in memory)
        sql_ok = keeps and not c.on_span and source_events is None
        pull, fts_why, by_text, n_est = fts_choice(conn, expr, in_range, keeps=keeps,
                                                   pull_first=keeps and pull_first,
                                                   prefilter=pre, in_sql=sql_ok)
        if not pull and pre is not None:
            where.append(pre[0])
            params += pre[1]
            pre_in_where = True
        if pull and sql_ok and n_est >= IDS_IN_SQL:
            member_sql, n_match = (FTS_IDS, [expr]), n_est
        elif pull:
            ids = _ids(conn, FTS_IDS, [expr])
            if keeps:
                member, n_match = ids, len(ids)
            else:
                nonmember = ids
        else:
            if keeps:
                n_match = PULL_CAP
            if by_text and not c.on_span:
                text_checks.append(textcheck.check(conn, expr, keeps=keeps))
            else:
                where.append(PROBE if keeps else "NOT " + PROBE)
                params.append(expr)
    if source_events is not None:
        member = source_events if member is None else member & source_events
    checks: list[Check] = []
    if member is not None:
        checks = [sp.check for sp in tests]
    else:
        # cheaper than an FTS5 probe, dearer than the substring tests (which drop most
        # walked events from a row read anyway): between the two
        at, at_params = (1, len(pre[1])) if pre_in_where else (0, 0)
        for sp in reversed(tests):
            where.insert(at, sp.probe[0])
            params[at_params:at_params] = sp.probe[1]
    checks += text_checks  # last: the dearest test sees the fewest events
    base_where, base_params = c.where_without(pulled)
    where.insert(0, base_where)
    params[:0] = base_params
    sql_where = " AND ".join(where)

    # the smallest candidate set, if one is small enough to fetch whole
    best: tuple[int, str, str, list] | None = None
    if member is not None and len(member) < SMALL:
        best = (len(member), "words" if fts and not pulled else "source",
                "SELECT value FROM json_each(?)", [json.dumps(list(member))])
    for name, (sql, p) in zip(c.set_names, c.id_sets, strict=True):
        if name in pulled:
            continue
        n = capped(conn, sql, p, SMALL)
        if n < SMALL and (best is None or n < best[0]):
            best = (n, name, sql, p)
    if best is not None and best[0] < in_range:
        n, name, sql, p = best
        if member_sql is not None:
            sql_where, params = _ids_first(member_sql, sql_where, params)
            member_sql = None
        rows = conn.execute(
            f"SELECT e.start, e.id FROM events e WHERE e.id IN ({sql}) AND {sql_where} "
            "ORDER BY e.start, e.id", [*p, *params]).fetchall()
        plan = Plan(sql_where, params, member=member, nonmember=nonmember, checks=checks,
                    member_sql=member_sql, why=f"set: {n} candidates from {name}", **base)
        ok = set(plan.matching([[i for _, i in rows]]))
        plan.hits = [(s, i) for s, i in rows if i in ok]
        return plan
    if member is not None:
        why = f"walk + ids: {len(member)} events hold the words or sources"
    elif member_sql is not None:
        why = "walk + ids in SQL: the words' ids tested in the walk's SQL"
    elif n_match is not None:
        why = "walk + probes: words probed per event"
    else:
        why = f"walk: {in_range} events in the date range"
    if fts_why:
        why += f" ({fts_why})"
    if source_why:
        why += "; source: " + ", ".join(source_why)
    fts_probes = (fts is not None and member is None and member_sql is None
                  and n_match is not None) or (c.exclude is not None and nonmember is None
                                               and not fts)
    return Plan(sql_where, params, member=member, nonmember=nonmember, checks=checks,
                member_sql=member_sql, fts_probes=fts_probes, source_probes=bool(tests),
                why=why, **base)


def _ids_first(member_sql: tuple[str, list], where: str, params: list) -> tuple[str, list]:
    """`where` behind the test of the kept ids' SELECT, which SQLite makes from the index
    before it reads a row (`Plan.filtered`)."""
    sql, ids_params = member_sql
    return f"e.id IN ({sql}) AND ({where})", [*ids_params, *params]


def fts_choice(conn: sqlite3.Connection, fts: str, in_range: int,
               keeps: bool = True, pull_first: bool = False,
               prefilter: tuple[str, list] | None = None,
               in_sql: bool = False) -> tuple[bool, str, bool, int]:
    """(pull, why, by_text, n_est): whether to pull the rowids of MATCH `fts` into memory rather
    than test each walked event, by the cost of each on this store (see the module's doc),
    and whether a walked event is tested by its own text (textcheck.py) rather than by an
    FTS5 probe, whichever was cheaper on the same events, and about how many events match
    (0 where not sized: a small store, forced tests).

    `keeps`: the rows that match are the ones kept (a word); else they are dropped (an
    exclusion), so a page walks about FIRST_ROWS rows whatever the share. `pull_first`:
    pull whenever the ids are under PULL_CAP (the walk has other per-event tests, which a
    pull spares all but the members). `prefilter`: SQL over e a walked event passes before
    it is tested (textcheck.walk_filter); the tests are timed behind it. `in_sql`: a pull of
    IDS_IN_SQL ids or more would stay in SQLite (Plan.member_sql), priced as such.
    """
    if PULL_CAP <= 0:
        text = TEXT_TESTS == "always" and textcheck.usable(conn)
        return False, "text tests forced" if text else "probes forced", text, 0
    top = conn.execute("SELECT max(rowid) FROM events_fts").fetchone()[0] or 0
    if top < SMALL_STORE:  # a pull costs less than planning it
        return True, "small store", False, 0
    # the middle of the ids (a store's first and last are its odd ones), from a thin slice
    # widened until it holds FEW_IN_SLICE matches or is 1/SLICES of them: a word in every
    # event is sized from ~2,000 ids, a rare one from 1/SLICES (cheap: few matches)
    width = max(1, top // (SLICES * 64))
    fixed = _timed_count(conn, fts, top, 1)[0]  # an empty range: what any MATCH costs
    while True:
        lo = (top - width) // 2
        count_ms, found = _timed_count(conn, fts, lo, width)
        if found >= FEW_IN_SLICE or width >= top // SLICES:
            break
        width = min(width * 8, top // SLICES)
    share = found / width
    n_est = round(share * top)
    if found < FEW_IN_SLICE:
        return True, f"~{n_est:,} events hold the words", False, n_est
    if pull_first and n_est <= PULL_CAP:
        return (True, f"~{n_est:,} events hold the words: pulled, sources tested on them",
                False, n_est)
    # FTS5 reading the terms' doclists (for "a b", both words' whole lists: more than the
    # matches), scaled from the slice, and the ids through Python or into SQLite's index
    in_sql = in_sql and n_est >= IDS_IN_SQL
    pull_ms = (max(0.0, count_ms - fixed) * top / width
               + n_est * (BUILD_US if in_sql else PULL_US) / 1000)
    # the tests are timed on events spread over the store, as a walk in date order reaches
    # them, other ones in each of the two runs: a slice's neighbours share pages, and rows
    # read once are cached, and either made a text test look 3-5x cheaper than in a walk
    # (four sets: each test of each run reads rows no other read before). When a
    # prefilter drops most events before the dear test (it passes about the share that
    # matches, or for an exclusion the rest), most cost a row read: four times as many,
    # so that the statements' own cost (~50 us each, three for a text test) does not pass
    # for the events' (it made a walk of ~7 us a row look 11-17), where the pull is dear
    # enough for the choice to matter more than the sample's few milliseconds
    kept = share if keeps else 1 - share
    n = PROBES * (4 if prefilter is not None and kept < 0.25 and pull_ms > WIDE_SAMPLE_MS
                  else 1)
    spread = [json.dumps([1 + (4 * k + j) * top // (4 * n) for k in range(n)])
              for j in range(4)]
    probe_ms = text_ms = float("inf")
    by_text = textcheck.usable(conn)
    pre_sql, pre_params = prefilter or ("1", [])
    for run in range(2):  # the better of two, as for the slice
        sample = spread[2 * run]
        t = time.perf_counter()
        conn.execute("SELECT count(*) FROM json_each(?) j CROSS JOIN events e ON e.id = j.value "
                     f"WHERE {pre_sql} AND EXISTS (SELECT 1 FROM events_fts WHERE events_fts "
                     "MATCH ? AND events_fts.rowid = j.value)" if prefilter else
                     "SELECT count(*) FROM json_each(?) j WHERE EXISTS (SELECT 1 FROM "
                     "events_fts WHERE events_fts MATCH ? AND events_fts.rowid = j.value)",
                     [sample, *pre_params, fts] if prefilter else [sample, fts]).fetchone()
        probe_ms = min(probe_ms, (time.perf_counter() - t) * 1000 / n)
        if by_text:
            sample = spread[2 * run + 1]
            t = time.perf_counter()
            passed = json.loads(sample) if prefilter is None else [i for (i,) in conn.execute(
                "SELECT e.id FROM json_each(?) j CROSS JOIN events e ON e.id = j.value "
                f"WHERE {pre_sql}", [sample, *pre_params])]
            textcheck.matching(conn, fts, passed)
            text_ms = min(text_ms, (time.perf_counter() - t) * 1000 / n)
    by_text = text_ms < probe_ms if TEXT_TESTS == "auto" else (
        by_text and TEXT_TESTS == "always")
    test_ms, test = (text_ms, "text tests") if by_text else (probe_ms, "probes")
    if n_est > PULL_CAP:
        return False, f"~{n_est:,} events: over the pull cap; {test}", by_text, n_est
    walked = min(FIRST_ROWS / kept, in_range) if kept > 0 else in_range
    # a pull's page walks the same rows, from the index
    pull_ms += walked * (SQL_WALK_US if in_sql else WALK_US) / 1000
    pull = pull_ms <= walked * test_ms
    return pull, (f"~{n_est:,} events hold the words: pull ~{pull_ms:.0f} ms against "
                  f"{walked:,.0f} {test} ~{walked * test_ms:.0f} ms"), by_text and not pull, n_est


def _timed_count(conn: sqlite3.Connection, fts: str, lo: int, width: int) -> tuple[float, int]:
    """(ms, matches) of `fts` in rowids (lo, lo + width], the better of two runs (a context
    switch in a thin slice, scaled to the store, would make a pull look 1,000x dearer)."""
    best, n = float("inf"), 0
    for _ in range(2):
        t = time.perf_counter()
        n = conn.execute("SELECT count(*) FROM events_fts WHERE events_fts MATCH ? "
                         "AND rowid > ? AND rowid <= ?", [fts, lo, lo + width]).fetchone()[0]
        best = min(best, (time.perf_counter() - t) * 1000)
    return best, n


def estimate_share(conn: sqlite3.Connection, plan: Plan, seed: int = 0) -> float:
    """The share of events in the plan's date range that match, from a sample of them."""
    top = conn.execute("SELECT max(id) FROM events").fetchone()[0] or 0
    if not top:
        return 0.0
    rng = _rng(seed)
    sample = json.dumps([rng.randint(1, top) for _ in range(SAMPLE)])
    where, params = plan.filtered()
    rows = conn.execute(
        "SELECT e.id, (" + where + ") FROM json_each(?) j CROSS JOIN events e "
        "ON e.id = j.value WHERE (? IS NULL OR e.start >= ?) AND (? IS NULL OR e.start < ?)",
        [*params, sample, plan.start_lo, plan.start_lo, plan.start_hi, plan.start_hi]
    ).fetchall()
    if len(rows) < SAMPLE // 10:  # a narrow range: test its own first events instead
        rows = conn.execute(
            f"SELECT e.id, ({where}) FROM events e INDEXED BY events_start "
            "WHERE (? IS NULL OR e.start >= ?) AND (? IS NULL OR e.start < ?) "
            "ORDER BY e.start, e.id LIMIT ?",
            [*params, plan.start_lo, plan.start_lo, plan.start_hi, plan.start_hi,
             SAMPLE]).fetchall()
    if not rows:
        return 0.0
    return len(plan.matching([[i for i, ok in rows if ok]])) / len(rows)


def count_members(conn: sqlite3.Connection, plan: Plan, seed: int = 0) -> tuple[int, bool]:
    """(matches, exact) for a plan with its candidates in memory, from up to SAMPLE of them.

    Sampling the members rather than the date range sees a rare word's events
    at all (1,000 random events hold ~9 of a word in 9,000), and when there
    are SAMPLE members or fewer it tests them all, so the count is exact.
    """
    members = list(plan.members(conn) or ())
    if not members:
        return 0, True
    exact = len(members) <= SAMPLE
    sample = members if exact else _rng(seed).sample(members, SAMPLE)
    rows = conn.execute(
        "SELECT e.id, (" + plan.where + ") FROM json_each(?) j CROSS JOIN events e "
        "ON e.id = j.value WHERE (? IS NULL OR e.start >= ?) AND (? IS NULL OR e.start < ?)",
        [*plan.params, json.dumps(sample), plan.start_lo, plan.start_lo, plan.start_hi,
         plan.start_hi]).fetchall()
    hits = len(plan.matching([[i for i, ok in rows if ok]]))
    return (hits, True) if exact else (round(hits * len(members) / len(sample)), False)


def _index_for(c: Compiled) -> str:
    """The index a walk goes down: by precision when one is asked for, else by date."""
    if "precision" in c.filter_names:
        return "INDEXED BY events_granularity"
    return "INDEXED BY events_start"


def events_in_range(conn: sqlite3.Connection, lo: str | None, hi: str | None) -> int:
    """Events starting in [lo, hi), from period_counts."""
    if lo is None and hi is None:
        r = conn.execute("SELECT sum(n) FROM period_counts WHERE zoom = 'year'").fetchone()
        return r[0] or 0
    sql, params = "SELECT sum(n) FROM period_counts WHERE zoom = 'day'", []
    if lo:
        sql += " AND period >= ?"
        params.append(lo[:10])
    if hi:
        sql += " AND period < ?"
        params.append(hi[:10])
    return conn.execute(sql, params).fetchone()[0] or 0


def all_ids(conn: sqlite3.Connection, plan: Plan, extra: str = "1") -> list[int]:
    """Every event id the plan selects that also meets `extra` (SQL over e), in date order."""
    if plan.hits is not None:
        ids = [i for _s, i in plan.hits]
        return [i for (i,) in conn.execute(
            f"SELECT e.id FROM json_each(?) j CROSS JOIN events e ON e.id = j.value "
            f"WHERE {extra} ORDER BY e.start, e.id", [json.dumps(ids)])]
    where, params = plan.bounded_where()
    where += f" AND {extra}"
    cur = conn.execute(f"SELECT e.id FROM events e {plan.index_hint} WHERE {where} "
                       "ORDER BY e.start, e.id", params)
    try:
        return plan.matching(id_chunks(cur))
    finally:
        cur.close()
