"""Walks that test a pulled word's ids in their own SQL (Plan.member_sql): the same rows,
in the same order, on every page, as the plain SQL of the search (store/query/plan.py,
store/browse.py)."""

from __future__ import annotations

import pytest
from test_browse import build_store

import store.browse
import store.query.plan as plan
import store.query.source as source
from store.browse import Browser

OUTLETS = [(1, "AP"), (2, "BBC News"), (3, "Reuters"), (4, "Courier 12")]
BUSY_DAY = "2014-01-01"


def _store(n=420):
    """Events over six years, a fifth of them on one day (keys deep inside a day), with
    words at several shares and one or two reporting articles each."""
    articles = [(aid, outlet, f"report {aid}", f"feeds/{aid}.txt", None, "2016-01-01")
                for aid, outlet in OUTLETS]
    events = []
    for i in range(1, n + 1):
        day = BUSY_DAY if i % 5 == 0 else f"20{10 + i % 6:02d}-{1 + i % 12:02d}-{1 + (i * 7) % 28:02d}"
        gran = "month" if i % 4 == 1 else "day"
        words = [w for w, every in (("harbour", 3), ("ferry", 7), ("storm", 2)) if i % every == 0]
        title = f"event {i} " + " ".join(words)
        body = "the City council met" if i % 11 == 0 else f"body {i}"
        reporters = sorted({1 + i % 4, 1 + (i // 2) % 4})
        events.append((i, day, day, day, gran, title, body, [(a, "x") for a in reporters]))
    return build_store(events, articles)


@pytest.fixture
def in_sql(monkeypatch):
    """Every pull of the words' ids stays in SQL; no search becomes a set of a few ids;
    every outlet is tested per event, as a big one is at 10M (none listed)."""
    monkeypatch.setattr(source, "FEW_ARTICLES", 0)
    monkeypatch.setattr(plan, "IDS_IN_SQL", 0)
    monkeypatch.setattr(plan, "SMALL", 0)
    monkeypatch.setattr(store.browse, "SMALL", 0)
    monkeypatch.setattr(store.browse, "READ_AHEAD", 9)


def _plain(s, match: str, extra: str = "1", params=()) -> list[int]:
    """The search as one plain statement: the words through FTS5, the rest as SQL."""
    return [i for (i,) in s.conn.execute(
        "SELECT e.id FROM events e WHERE e.id IN (SELECT rowid FROM events_fts WHERE "
        f"events_fts MATCH ?) AND {extra} ORDER BY e.start, e.id", [match, *params])]


SOURCE = ("EXISTS (SELECT 1 FROM mentions m JOIN articles a ON a.id = m.article_id "
          "WHERE m.event_id = e.id AND a.outlet LIKE ?)")
QUERIES = [
    ("harbour", '"harbour"', "1", ()),
    ("storm ferry", '"storm" AND "ferry"', "1", ()),
    ("harbour -ferry", '"harbour" NOT "ferry"', "1", ()),
    ("storm after:2013", '"storm"', "e.start >= '2013-01-01'", ()),
    ("storm before:2014-02 after:2012-06", '"storm"',
     "e.start >= '2012-06-01' AND e.start < '2014-02-01'", ()),
    ("harbour precision:month", '"harbour"', "e.granularity = 'month'", ()),
    ("storm source:bbc", '"storm"', SOURCE, ("%bbc%",)),
    ("harbour source:reuters after:2014", '"harbour"', f"e.start >= '2014-01-01' AND {SOURCE}",
     ("%reuters%",)),
]


@pytest.mark.parametrize("query, match, extra, params", QUERIES)
@pytest.mark.parametrize("page", [1, 7, 100])
def test_pages_with_the_ids_in_sql_are_the_plain_sql_rows(query, match, extra, params, page,
                                                          in_sql):
    s = _store()
    expected = _plain(s, match, extra, params)
    assert len(expected) > 10  # several pages, or the test pages nothing
    b = Browser(s, query)
    assert b.plan.member_sql is not None, b.plan.why
    assert [r.id for r in b.first(1000)] == expected
    forward, rows = [], b.first(page)
    while rows:
        forward += rows
        rows = b.after(rows[-1], page)
    assert [r.id for r in forward] == expected
    backward, rows = [], b.last(page)
    while rows:
        backward = rows + backward
        rows = b.before(rows[0], page)
    assert [r.id for r in backward] == expected
    assert [r.start for r in forward] == sorted(r.start for r in forward)


@pytest.mark.parametrize("query, match, extra, params", QUERIES[:4])
def test_a_jump_into_a_busy_day_and_the_pages_around_it(query, match, extra, params, in_sql):
    s = _store()
    expected = _plain(s, match, extra, params)
    b = Browser(s, query)
    at = b.at_date(BUSY_DAY, 3)
    first_of_day = [i for i in expected if s.conn.execute(
        "SELECT start FROM events WHERE id = ?", (i,)).fetchone()[0] >= BUSY_DAY][0]
    assert at[0].id == first_of_day
    start = expected.index(first_of_day)
    # a page asked past another row than the last one read is walked, not read ahead
    assert [r.id for r in b.after(at[0], 3)] == expected[start + 1:start + 4]
    # a page past a key inside the day, then another, then back: read ahead or walked
    nxt = b.after(at[-1], 4)
    nxt2 = b.after(nxt[-1], 2)
    assert [r.id for r in at + nxt + nxt2] == expected[start:start + 9]
    back = b.before(nxt2[0], 5)
    assert [r.id for r in back] == expected[start + 2:start + 7]
    assert [r.id for r in b.before(back[0], 2)] == expected[start:start + 2]


@pytest.mark.parametrize("query, match, extra, params", QUERIES)
def test_counts_of_ids_in_sql_are_exact_when_they_sample_every_member(query, match, extra,
                                                                       params, in_sql,
                                                                       monkeypatch):
    monkeypatch.setattr(store.browse, "EXACT_WALK", 0)  # counted from the members, not walked
    monkeypatch.setattr(store.browse, "EXACT_PROBED", 0)
    s = _store()
    b = Browser(s, query)
    assert b.plan.member_sql is not None
    assert b.count() == len(_plain(s, match, extra, params)) and b.count_exact


@pytest.mark.parametrize("query", ["harbour key:5", "storm after:2013 key:3",
                                   "storm source:bbc key:4", "harbour key:40",
                                   "harbour source:bbc key:30"])
def test_the_most_salient_of_ids_in_sql_are_those_of_ids_in_memory(query, monkeypatch):
    """Salience ties (a few values over many events) broken as the plan with the ids in
    memory breaks them, down the salience index as over a big store's date range."""
    import store.query.key as key

    monkeypatch.setattr(source, "FEW_ARTICLES", 0)  # outlets tested per event, as at 10M
    monkeypatch.setattr(key, "SORT_IN_RANGE", 0)
    monkeypatch.setattr(plan, "SMALL", 0)  # the ids walked, as a big pull's are
    s = _store()
    s.conn.execute("UPDATE events SET salience = (id * 37) % 13")
    pulled = Browser(s, query)
    assert "walk + ids:" in pulled.plan.why
    pulled = [r.id for r in pulled.first(100)]
    monkeypatch.setattr(plan, "IDS_IN_SQL", 0)
    b = Browser(s, query)
    assert "ids in SQL" in b.plan.why
    assert [r.id for r in b.first(100)] == pulled and len(pulled) == int(query.split(":")[-1])


def test_small_pulls_stay_in_memory_and_big_ones_in_sql(monkeypatch):
    s = _store()
    b = Browser(s, "harbour")
    assert b.plan.member_sql is None  # a small store pulls its few ids into Python
    monkeypatch.setattr(plan, "IDS_IN_SQL", 0)
    monkeypatch.setattr(plan, "SMALL", 0)
    assert Browser(s, "harbour").plan.member_sql is not None
    # on: pages merge one walk a granularity: its ids stay in memory
    assert Browser(s, "harbour on:2014").plan.member_sql is None
