"""Reading the timeline: the app's only way to see events, sources and articles.

A `Browser` holds one search and answers pages of it in date order by keyset
((start, id) > (?, ?), never OFFSET), so a page costs the same at the top and
at the bottom of a million events. How each page is found depends on the
shape of the search (see `plan.py`):

- no filter, or only after:/before: walk the (start, id) index; counts and
  density come from period_counts, so nothing scans the events;
- a filter with few matching events (a rare word, one article, a small
  outlet): fetch those ids once, keep them sorted in memory, page by bisect;
- a filter matching many events (a common word): walk the index in date order
  and test each row, which finds a page after a few hundred rows.

A Browser reads a snapshot of the store as it was when first asked; make a
new one after the store changes (Store.data_version tells when).
"""

from __future__ import annotations

import bisect
import json
from datetime import date

from .article_text import unpack
from .db import Store
from .query import compile_query, parse
from .query.filters import GRANULARITY_REACH, LONGEST_EVENT_DAYS, stream_start
from .query.plan import (
    SMALL,
    Plan,
    choose_plan,
    count_members,
    estimate_share,
    events_in_range,
    id_chunks,
)
from .record import record

# an untitled article's opening characters, enough for a title taken from its text
OPENING_CHARS = 600

# the analyst's mark rides along with each row (a primary-key probe a row shown), so the
# timeline can show it at a glance
EVENT_COLUMNS = ('e.id, e.value, e.start, e."end", e.granularity, e.title, e.n_sources, '
                 'e.n_mentions, e.salience, '
                 'coalesce((SELECT l.marked FROM event_layer l WHERE l.event_id = e.id), 0)')



# count() walks the date range to count exactly when it holds at most this many
# events and testing a row costs no FTS probe (~0.3 us a row)
EXACT_WALK = 50_000
EXACT_PROBED = 10_000  # ... or this many when each row's sources are tested (~3 us a row)
# a page past a key whose plan tests the words' ids in SQL reads this many ids ahead: each
# of its statements builds the ids' index again (a 3% word at 10M, ~50 ms), and the
# pages after it are read from the ids it kept
READ_AHEAD = 400


def _round2(x: float) -> int:
    """Two significant figures: an estimate should not look more precise than it is."""
    n = int(round(x))
    if n < 100:
        return n
    digits = len(str(n)) - 2
    return int(round(n, -digits))


@record(frozen=True)
class EventRow:
    id: int
    value: str
    start: str
    end: str
    granularity: str
    title: str
    n_sources: int
    n_mentions: int
    salience: float = 0.0
    marked: bool = False


@record(frozen=True)
class SourceRow:
    mention_id: int
    article_id: int
    outlet: str | None
    article_title: str | None
    published: str | None
    url: str | None
    path: str | None
    sentence: str
    phrase: str
    phrase_at: tuple[int, int]   # offsets of the phrase inside `sentence`
    start: int                   # offsets of the phrase in the article text
    end: int
    anchor: str | None
    lead: bool
    opening: str | None = None   # the article's first OPENING_CHARS when it has no title


@record(frozen=True)
class ArticleView:
    id: int
    outlet: str | None
    title: str | None
    url: str | None
    path: str | None
    published: str | None
    published_from: str | None
    text: str
    mentions: list[tuple[int, int, int, str, str]]  # (mention_id, start, end, phrase, value)


class Browser:
    """One search over a store, paged in (start, id) order.

    Raises QueryError (with .message and .position) when `query` cannot be run.
    """

    def __init__(self, store: Store, query: str = "", today: date | None = None):
        self.store = store
        self.conn = store.conn
        self.query = query
        today = today or date.today()
        self.parsed = parse(query, today)
        uses_on = any(f.name == "on" for f in self.parsed.filters)
        self._granularities = granularities(self.conn) if uses_on else []
        longest = max(map(_reach, self._granularities), default=LONGEST_EVENT_DAYS)
        self.compiled = compile_query(self.parsed, today, max(longest, LONGEST_EVENT_DAYS))
        self.terms: list[str] = self.compiled.terms
        self._plan: Plan | None = None
        # ids read ahead past a page (see READ_AHEAD): (the page's last row as (start, id),
        # direction, the ids after it in walk order, whether the walk ended there)
        self._ahead: tuple[tuple[str, int], str, list[int], bool] | None = None
        self._count: int | None = None
        self.count_exact = True
        # the analyst's hidden events, (start, id) sorted: left out unless asked for
        self.shows_hidden = any(f.name == "is" and f.value.strip().lower() == "hidden"
                                for f in self.parsed.filters)
        self._hidden: list[tuple[str, int]] = [] if self.shows_hidden else hidden_events(
            self.conn)

    @property
    def hidden_ids(self) -> set[int]:
        """The analyst's hidden events this search leaves out (none when it asks for them)."""
        return {i for _s, i in self._hidden}

    # -- planning -------------------------------------------------------------

    @property
    def plan(self) -> Plan:
        if self._plan is None:
            plan = choose_plan(self.conn, self.compiled, NOT_HIDDEN if self._hidden else "")
            if self._hidden:
                if plan.hits is not None:
                    gone = set(self._hidden)
                    plan.hits = [h for h in plan.hits if h not in gone]
                plan.where = f"({plan.where}) AND {NOT_HIDDEN}"
            self._plan = plan
        return self._plan

    # -- pages -----------------------------------------------------------------

    def first(self, limit: int) -> list[EventRow]:
        return self._page(None, ">", limit)

    def last(self, limit: int) -> list[EventRow]:
        return self._page(None, "<", limit)

    def after(self, row: EventRow, limit: int) -> list[EventRow]:
        return self._page((row.start, row.id), ">", limit)

    def before(self, row: EventRow, limit: int) -> list[EventRow]:
        """The `limit` rows just before `row`, in ascending order."""
        return self._page((row.start, row.id), "<", limit)

    def at_date(self, iso: str, limit: int) -> list[EventRow]:
        """Rows from the first event that starts on or after `iso`."""
        return self._page((iso, -1), ">", limit)  # ids are positive: (iso, -1) < (iso, any id)

    def _page(self, key: tuple[str, int] | None, direction: str, limit: int) -> list[EventRow]:
        if limit <= 0:
            return []
        plan = self.plan
        if plan.hits is not None:
            return self._rows_by_id(_slice(plan.hits, key, direction, limit))
        where, params = plan.filtered()
        if plan.start_lo:
            where += " AND e.start >= ?"
            params.append(plan.start_lo)
        if plan.start_hi:
            where += " AND e.start < ?"
            params.append(plan.start_hi)
        lo, hi = plan.start_lo, plan.start_hi
        if key is not None and ((direction == ">" and lo and key[0] < lo) or (
                direction == "<" and hi and key[0] >= hi)):
            key = None  # outside the range (go to a date before after:): it bounds nothing
        order = "ASC" if direction == ">" else "DESC"
        if plan.member_sql is not None:
            rows = self._rows_by_id(self._ids_in_sql(where, params, key, direction, limit))
            if rows:
                self._ahead = ((rows[-1].start, rows[-1].id), *self._ahead[1:])
            if direction == "<":
                rows.reverse()
            return rows
        in_memory = plan.member is not None or plan.nonmember is not None or plan.checks
        if not in_memory and self.compiled.on_span:
            if key is not None:
                where = f"(e.start, e.id) {direction} (?, ?) AND ({where})"
                params[:0] = list(key)
            rows = self._on_streams(where, params, order, limit)
        elif not in_memory:
            sql, params = self._walk_sql(EVENT_COLUMNS, 3, where, params, key, direction)
            rows = self.conn.execute(sql + " LIMIT ?", [*params, limit]).fetchall()
        else:  # the word's ids are in memory: walk in date order and keep the members
            sql, params = self._walk_sql("e.id, e.start", 2, where, params, key, direction)
            cur = self.conn.execute(sql, params)
            try:
                rows = plan.matching(id_chunks(cur), limit)
            finally:
                cur.close()
            by_id = {r.id: r for r in self._rows_by_id(rows)}
            rows = [by_id[i] for i in rows if i in by_id]
            if direction == "<":
                rows.reverse()
            return rows
        if direction == "<":
            rows.reverse()
        return [EventRow(*r) for r in rows]

    def _ids_in_sql(self, where: str, params: list, key: tuple[str, int] | None,
                    direction: str, limit: int) -> list[int]:
        """A page's ids in walk order for a plan whose words' ids are tested in SQL: from
        the ids read ahead by the page before it when the key is that page's last row, else
        walked, READ_AHEAD of them past a key (the first page reads only its own). Leaves
        what it did not return in `_ahead` (its key set by the caller, from the rows)."""
        ahead = self._ahead
        if (key is not None and ahead is not None and ahead[:2] == (key, direction)
                and (len(ahead[2]) >= limit or ahead[3])):
            ids, ended = ahead[2], ahead[3]
        else:
            want = limit if key is None else max(limit, READ_AHEAD)
            sql, params = self._walk_sql("e.id, e.start", 2, where, params, key, direction)
            if self.plan.checks:
                cur = self.conn.execute(sql, params)
                try:
                    ids = self.plan.matching(id_chunks(cur), want)
                finally:
                    cur.close()
            else:
                ids = [i for i, _ in self.conn.execute(sql + " LIMIT ?", [*params, want])]
            ended = len(ids) < want
        self._ahead = (key or ("", 0), direction, ids[limit:], ended)
        return ids[:limit]

    def _walk_sql(self, columns: str, start_at: int, where: str, params: list,
                  key: tuple[str, int] | None, direction: str) -> tuple[str, list]:
        """The walk's SELECT of `columns` (e.id first, e.start at `start_at`) over the rows
        that pass `where`, in (start, id) order from just past `key`.

        Past a key, two seeks of the index merged in order: the rest of the key's own day
        past its id, then the days after it. A row value (e.start, e.id) > (?, ?) seeks by
        start alone, so a page deep in a day of 69,000 events (2000-01-01 at 10M) went
        over the day's rows up to its key again; and SQLite seeks by the first bound on
        e.start it is given, so the key's goes before the filters' own (after:2000's).
        """
        select = f"SELECT {columns} FROM events e {self.plan.index_hint} WHERE"
        order = "ASC" if direction == ">" else "DESC"
        if key is None:
            return f"{select} {where} ORDER BY e.start {order}, e.id {order}", params
        if self.plan.member_sql is not None:
            # one seek: each arm of the two would build the ids' index again (~0.15 us an
            # id); the key's day is re-read from the index alone, the ids tested first
            return (f"{select} (e.start, e.id) {direction} (?, ?) AND ({where}) "
                    f"ORDER BY e.start {order}, e.id {order}", [key[0], key[1], *params])
        return (f"{select} e.start = ? AND e.id {direction} ? AND ({where}) UNION ALL "
                f"{select} e.start {direction} ? AND ({where}) "
                f"ORDER BY {start_at} {order}, 1 {order}",
                [key[0], key[1], *params, key[0], *params])

    def _on_streams(self, where: str, params: list, order: str, limit: int) -> list:
        """An on: page as a merge of one index walk per granularity.

        Events that overlap a span start at most a decade (or century) before
        it, but only the decade-long ones reach that far: walking each
        granularity from its own reach skips the years of short events that
        end before the span.
        """
        fs = self.compiled.on_span[0]
        parts, all_params = [], []
        for granularity in self._granularities:
            reach = _reach(granularity)
            parts.append(
                f"SELECT * FROM (SELECT {EVENT_COLUMNS} FROM events e INDEXED BY "
                f"events_granularity WHERE e.granularity = ? AND e.start >= ? AND {where} "
                f"ORDER BY e.start {order}, e.id {order} LIMIT ?)")
            all_params += [granularity, stream_start(granularity, fs, reach), *params, limit]
        if not parts:
            return []
        return self.conn.execute(
            " UNION ALL ".join(parts) + f" ORDER BY 3 {order}, 1 {order} LIMIT ?",
            [*all_params, limit]).fetchall()

    def _rows_by_id(self, ids: list[int]) -> list[EventRow]:
        if not ids:
            return []
        by_id = {}
        for at in range(0, len(ids), 500):  # under SQLite's limit on parameters
            chunk = ids[at:at + 500]
            marks = ",".join("?" * len(chunk))
            for r in self.conn.execute(
                    f"SELECT {EVENT_COLUMNS} FROM events e WHERE e.id IN ({marks})", chunk):
                by_id[r[0]] = EventRow(*r)
        return [by_id[i] for i in ids if i in by_id]

    # -- counts ----------------------------------------------------------------

    def count(self) -> int:
        """How many events match; cached.

        Exact for no filter, dates alone (both from period_counts) and for
        searches the planner resolved to an id set (fewer than plan.SMALL
        matches), and when its candidates are in memory (a pulled word, a small
        outlet) and number at most plan.SAMPLE: they are all tested. For a
        search that matches many events (a common word) it is an estimate from
        a sample of SAMPLE events (of the candidates, when in memory), rounded
        to two significant figures, and `count_exact` is False: show it as
        "about 950,000". A date range of up to EXACT_WALK events (EXACT_PROBED
        when sources are tested per row) is walked and counted exactly.
        """
        if self._count is None:
            self._count = self._compute_count()
        return self._count

    def _compute_count(self) -> int:
        plan = self.plan
        if plan.hits is not None:
            return len(plan.hits)
        if plan.dates_only or not self.compiled.has_filters:
            return events_in_range(self.conn, plan.start_lo, plan.start_hi) - sum(
                1 for start, _ in self._hidden if _in_range(start, plan.start_lo, plan.start_hi))
        in_range = events_in_range(self.conn, plan.start_lo, plan.start_hi)
        walk_limit = (0 if plan.fts_probes else EXACT_PROBED if plan.source_probes
                      else EXACT_WALK)
        if in_range <= max(SMALL, walk_limit):
            return self._count_by_walking()
        if plan.member is not None or plan.member_sql is not None:
            # the candidates are (or can be pulled) in memory: test (a sample of) them
            n, self.count_exact = count_members(self.conn, plan)
            return n if self.count_exact else _round2(n)
        self.count_exact = False
        return _round2(estimate_share(self.conn, plan) * in_range)

    def _count_by_walking(self) -> int:
        plan = self.plan
        where, params = plan.bounded_where()
        if plan.member is None and plan.nonmember is None and not plan.checks:
            return self.conn.execute(f"SELECT count(*) FROM events e WHERE {where}",
                                     params).fetchone()[0]
        return len(plan.matching(id_chunks(self.conn.execute(
            f"SELECT e.id FROM events e {plan.index_hint} WHERE {where}", params))))

    def position(self, row: EventRow) -> int:
        """Approximate 0-based index of `row` in this search (for a scrollbar).

        Exact for no filter, dates alone and id-set searches; for per-row
        searches it is the row's place in the whole timeline scaled by the
        share of events that match, which is enough to place a scrollbar thumb.
        """
        plan = self.plan
        if plan.hits is not None:
            return bisect.bisect_left(plan.hits, (row.start, row.id))
        before = _rank_in_timeline(self.conn, row)
        if plan.dates_only:
            return max(0, before - (events_in_range(self.conn, None, plan.start_lo)
                                    if plan.start_lo else 0))
        total = events_in_range(self.conn, None, None)
        if not total:
            return 0
        return int(before * self.count() / total)

    def density(self, zoom: str) -> list[tuple[str, int]]:
        """(period, events) at zoom day|month|year, in period order, for the density strip.

        Exact when count() is; for searches with an estimated count it is the
        date range's own density scaled by the share of events that match.
        """
        from . import counts  # the density strip's counters: the app's, not a command's

        if zoom not in counts.ZOOMS:
            raise ValueError(f"zoom must be one of {', '.join(counts.ZOOMS)}")
        plan = self.plan
        width = {"day": 10, "month": 7, "year": 4}[zoom]
        if plan.hits is not None:
            out: dict[str, int] = {}
            for start, _ in plan.hits:
                p = start[:width]
                out[p] = out.get(p, 0) + 1
            return sorted(out.items())
        if not self.compiled.has_filters:
            return self._less_hidden(counts.periods(self.conn, zoom), width, None, None)
        if plan.dates_only:
            where, params = _day_range(plan.start_lo, plan.start_hi)
            return self._less_hidden([tuple(r) for r in self.conn.execute(
                f"SELECT substr(period, 1, ?), sum(n) FROM period_counts WHERE zoom = 'day' "
                f"AND {where} GROUP BY 1 ORDER BY 1", [width, *params])], width,
                plan.start_lo, plan.start_hi)
        if events_in_range(self.conn, plan.start_lo, plan.start_hi) <= SMALL:
            out = {}
            for r in self._page(None, ">", SMALL + 1):
                out[r.start[:width]] = out.get(r.start[:width], 0) + 1
            return sorted(out.items())
        # many matches: the date range's counts scaled by the share that matches
        where, params = _day_range(plan.start_lo, plan.start_hi)
        rows = self.conn.execute(
            f"SELECT substr(period, 1, ?), sum(n) FROM period_counts WHERE zoom = 'day' "
            f"AND {where} GROUP BY 1 ORDER BY 1", [width, *params]).fetchall()
        total = sum(n for _, n in rows)
        share = self.count() / total if total else 0.0
        scaled = [(p, round(n * share)) for p, n in rows]
        return [(p, n) for p, n in scaled if n > 0]

    def _less_hidden(self, periods: list[tuple[str, int]], width: int, lo: str | None,
                     hi: str | None) -> list[tuple[str, int]]:
        """Counters from period_counts count hidden events too: take them off."""
        if not self._hidden:
            return periods
        less: dict[str, int] = {}
        for start, _ in self._hidden:
            if _in_range(start, lo, hi):
                less[start[:width]] = less.get(start[:width], 0) + 1
        out = [(p, n - less.get(p, 0)) for p, n in periods]
        return [(p, n) for p, n in out if n > 0]

    def layers(self, event_ids) -> dict:
        """The analyst's layer (marked, hidden, note, edited) of these events."""
        from . import annotations  # imported on first use: `events` and `timeline` start
        # without the analyst's layer when they show none

        return annotations.layers(self.conn, event_ids)

    # -- one event, its sources, an article -------------------------------------

    def event(self, event_id: int) -> EventRow | None:
        r = self.conn.execute(f"SELECT {EVENT_COLUMNS} FROM events e WHERE e.id = ?",
                              (event_id,)).fetchone()
        return EventRow(*r) if r else None

    def why_salient(self, event_id: int, ranks: dict | None = None) -> str:
        """Why the event ranks where it does, in words (store/salience.py; `ranks`: its
        memo of each salience's rank, kept by the caller while the store is unchanged)."""
        from . import salience

        return salience.reason(self.conn, event_id, ranks)

    def newest_event_id(self) -> int:
        """The highest event id: events made later have higher ones, so the app can tell
        which rows arrived while it was open."""
        return self.conn.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0]

    def arrived_since(self, event_id: int) -> int:
        """Events made after `event_id` that are still in the store (a rowid range)."""
        return self.conn.execute("SELECT count(*) FROM events WHERE id > ?",
                                 (event_id,)).fetchone()[0]

    def ids_after(self, event_id: int) -> list[int]:
        """The events with an id above `event_id`: read in the write transaction that read
        `newest_event_id` first, the ones that transaction made (a merge's undo, a split)."""
        return [i for (i,) in self.conn.execute("SELECT id FROM events WHERE id > ? ORDER BY id",
                                                (event_id,))]

    def latest_published(self) -> str | None:
        """The day of the newest article (where the news is), from the per-day counts
        that salience keeps (day_refs), so a million events cost one index step."""
        r = self.conn.execute("SELECT day FROM day_refs WHERE published > 0 "
                              "ORDER BY day DESC LIMIT 1").fetchone()
        return r[0] if r else None

    def sources(self, event_id: int) -> list[SourceRow]:
        """One row per mention of the event, oldest article first."""
        return self.sources_of([event_id]).get(event_id, [])

    def sources_of(self, event_ids: list[int]) -> dict[int, list[SourceRow]]:
        """`sources` of many events in one statement (an export's page: one query instead
        of one an event)."""
        from . import anchors
        rows = self.conn.execute(
            "SELECT m.event_id, m.id, m.article_id, a.outlet, a.title, a.published, a.url, "
            "a.path, m.sentence, m.phrase, m.start, m.\"end\", m.sentence_start, m.anchor, "
            "m.anchor_date, m.lead, CASE WHEN a.title IS NULL OR a.title = '' THEN a.text END "
            "FROM json_each(?) j CROSS JOIN mentions m ON m.event_id = j.value "
            "JOIN articles a ON a.id = m.article_id "
            "ORDER BY m.event_id, a.published IS NULL, a.published, a.id, m.start",
            (json.dumps(event_ids),)).fetchall()
        out: dict[int, list[SourceRow]] = {}
        for (eid, mid, aid, outlet, atitle, published, url, path, sentence, phrase, start, end,
             sentence_start, anchor, anchor_date, lead, opening) in rows:
            out.setdefault(eid, []).append(SourceRow(
                mid, aid, outlet, atitle, published, url, path, sentence, phrase,
                phrase_in_sentence(sentence, phrase, start - sentence_start),
                start, end, anchors.unpack(anchor, phrase, anchor_date), bool(lead),
                None if opening is None else unpack(opening)[:OPENING_CHARS]))
        return out

    def article(self, article_id: int) -> ArticleView | None:
        a = self.conn.execute(
            "SELECT id, outlet, title, url, path, published, published_from, text "
            "FROM articles WHERE id = ?", (article_id,)).fetchone()
        if a is None:
            return None
        mentions = [tuple(r) for r in self.conn.execute(
            'SELECT id, start, "end", phrase, value FROM mentions WHERE article_id = ? '
            "ORDER BY start, id", (article_id,))]
        return ArticleView(*a[:-1], unpack(a[-1]), mentions=mentions)


def set_cache_kb(store: Store, kb: int) -> None:
    """Size the connection's page cache (store/db.py gives every connection 32 MB): a
    reader that walks each index once, like the app's counting connection, gains little
    from more, and on a big store every megabyte of it stays resident."""
    store.conn.execute(f"PRAGMA cache_size = -{int(kb)}")


NOT_HIDDEN = "e.id NOT IN (SELECT event_id FROM event_layer WHERE hidden = 1)"


def hidden_events(conn) -> list[tuple[str, int]]:
    return sorted((start, eid) for eid, start in conn.execute(
        "SELECT e.id, e.start FROM event_layer l JOIN events e ON e.id = l.event_id "
        "WHERE l.hidden = 1"))


def _in_range(start: str, lo: str | None, hi: str | None) -> bool:
    return (lo is None or start >= lo) and (hi is None or start < hi)


def granularities(conn) -> list[str]:
    """The granularities present, by skipping along the (granularity, start, id) index."""
    found: list[str] = []
    while True:
        r = conn.execute("SELECT granularity FROM events INDEXED BY events_granularity "
                         "WHERE granularity > ? ORDER BY granularity LIMIT 1",
                         (found[-1] if found else "",)).fetchone()
        if r is None:
            return found
        found.append(r[0])


def _reach(granularity: str) -> int:
    """The most days from start to end of an event of this granularity (a decade and
    more when unknown)."""
    return GRANULARITY_REACH.get(granularity, LONGEST_EVENT_DAYS)


def phrase_in_sentence(sentence: str, phrase: str, expected: int) -> tuple[int, int]:
    """Where `phrase` sits in `sentence`: at the stored offset when it is there, else the
    nearest occurrence (stored sentences may have collapsed whitespace), else (0, 0)."""
    n = len(phrase)
    if 0 <= expected and sentence[expected:expected + n] == phrase:
        return expected, expected + n
    hay, needle = sentence, phrase
    if needle not in hay:
        hay, needle = sentence.lower(), phrase.lower()
    best = None
    i = hay.find(needle)
    while i >= 0 and needle:
        if best is None or abs(i - expected) < abs(best - expected):
            best = i
        i = hay.find(needle, i + 1)
    return (best, best + n) if best is not None else (0, 0)


def _slice(hits: list[tuple[str, int]], key: tuple[str, int] | None, direction: str,
           limit: int) -> list[int]:
    if direction == ">":
        i = 0 if key is None else bisect.bisect_right(hits, key)
        return [h[1] for h in hits[i:i + limit]]
    j = len(hits) if key is None else bisect.bisect_left(hits, key)
    return [h[1] for h in hits[max(0, j - limit):j]]


def _day_range(lo: str | None, hi: str | None) -> tuple[str, list]:
    parts, params = ["1"], []
    if lo:
        parts.append("period >= ?")
        params.append(lo[:10])
    if hi:
        parts.append("period < ?")
        params.append(hi[:10])
    return " AND ".join(parts), params


def _rank_in_timeline(conn, row: EventRow) -> int:
    """Events before `row` in the whole timeline, from the counters plus one day's rows."""
    day = row.start[:10]
    year, month = day[:4], day[:7]
    n = 0
    for zoom, lo, hi in (("year", None, year), ("month", year, month), ("day", month, day)):
        sql = "SELECT sum(n) FROM period_counts WHERE zoom = ? AND period < ?"
        params = [zoom, hi]
        if lo is not None:
            sql += " AND period >= ?"
            params.append(lo)
        n += conn.execute(sql, params).fetchone()[0] or 0
    n += conn.execute("SELECT count(*) FROM events WHERE start >= ? AND (start, id) < (?, ?)",
                      (day, row.start, row.id)).fetchone()[0]
    return n
