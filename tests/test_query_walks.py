"""Walks of a search in date order: what their SQL drops before the words' test, how many
rows a page reads, and where a page's index seek starts (store/query/plan.py, textcheck.py,
store/browse.py)."""

from __future__ import annotations

import pytest

from store import counts
from store.browse import Browser
from store.db import open_memory
from store.query import textcheck
from store.query.plan import Plan, id_chunks

TEXTS = [
    ("City council voted", "the vote was close"),
    ("Talks in the city, then home", None),
    ("Cities grow", "more people move to cities each year"),
    ("A velocity record", "the CITY hall clock stopped"),
    ("Floods in the town", "rain fell on the city."),
    ("City", "city"),
    ("Ville nouvelle", "la cité ancienne"),
    ("A 2016 report", "published in 2016"),
    ("Plain news", "nothing of note"),
]


def _store(texts=TEXTS):
    store = open_memory()
    for i, (title, body) in enumerate(texts, start=1):
        store.conn.execute('INSERT INTO events (id, value, start, "end", granularity, title, '
                           "body) VALUES (?, '2016', '2016-01-01', '2016-12-31', 'year', ?, ?)",
                           (i, title, body))
    return store


@pytest.mark.parametrize("exclude", ['"city"', '"City"', '"cities"', '"2016"',
                                     '"city" OR "town"', '"note" OR "the city"'])
def test_events_dropped_as_surely_excluded_are_ones_the_index_matches(exclude):
    store = _store()
    indexed = {i for (i,) in store.conn.execute(
        "SELECT rowid FROM events_fts WHERE events_fts MATCH ?", (exclude,))}
    sql, params = textcheck.surely_excluded(exclude)
    dropped = {i for (i,) in store.conn.execute(f"SELECT e.id FROM events e WHERE {sql}",
                                                params)}
    assert dropped  # each exclusion drops something here, or the test tests nothing
    assert dropped <= indexed


def test_a_word_held_next_to_punctuation_is_left_to_the_words_test():
    store = _store()
    sql, params = textcheck.surely_excluded('"city"')
    dropped = {i for (i,) in store.conn.execute(f"SELECT e.id FROM events e WHERE {sql}",
                                                params)}
    # "city," and "city." hold the word too: the index matches them, the test on spaces not
    assert {2, 5} <= {i for (i,) in store.conn.execute(
        "SELECT rowid FROM events_fts WHERE events_fts MATCH '\"city\"'")}
    assert not {2, 5} & dropped


@pytest.mark.parametrize("exclude", ['"the city"', '"cité"', '"city" AND "town"', "city", ""])
def test_no_sure_exclusion_for_phrases_other_letters_or_other_expressions(exclude):
    assert textcheck.surely_excluded(exclude) is None


@pytest.mark.parametrize("plan_walks", [False, True])
def test_an_exclusion_gives_the_same_events_walked_or_pulled(plan_walks, monkeypatch):
    import store.query.plan as plan

    store = _store()
    if plan_walks:
        monkeypatch.setattr(plan, "PULL_CAP", 0)
        monkeypatch.setattr(plan, "TEXT_TESTS", "always")
    got = {q: [r.id for r in Browser(store, q).first(100)]
           for q in ["-city", "-City -town", "vote -city", "the -cities", "-2016"]}
    # "cities" stems as "city" does: event 3 is dropped too
    assert got == {"-city": [7, 8, 9], "-City -town": [7, 8, 9], "vote -city": [],
                   "the -cities": [], "-2016": [1, 2, 3, 4, 5, 6, 7, 9]}


class _Cursor:
    """Rows 1..n as a cursor's fetchmany gives them, counting what was read."""

    def __init__(self, n: int):
        self.rows = [(i,) for i in range(1, n + 1)]
        self.read = 0

    def fetchmany(self, size: int):
        out = self.rows[self.read:self.read + size]
        self.read += len(out)
        return out


@pytest.mark.parametrize("every", [1, 7, 50, 400])
def test_a_page_reads_about_the_rows_it_needs(every):
    """Where each walked row costs a row read, a chunk doubled past the page's needs walks
    thousands of rows for nothing: the chunks follow the rate of hits found so far."""
    plan = Plan("1", [], checks=[lambda ids: {i for i in ids if i % every == 0}])
    cursor = _Cursor(200_000)
    page = plan.matching(id_chunks(cursor), 100)
    assert page == [every * k for k in range(1, 101)]
    needed = 100 * every
    assert cursor.read <= max(64, needed * 1.3)
    # with no limit (a count), every row is read, in growing chunks
    cursor = _Cursor(5_000)
    assert len(plan.matching(id_chunks(cursor))) == 5_000 // every


def test_a_page_deep_in_a_date_filtered_search_seeks_its_key():
    """`after:` puts its own bound on e.start in the walk's SQL; SQLite seeks the index by
    the first bound it is given, so a page after a late row must not walk from after:'s
    date to it. Counted in SQLite's steps (a progress handler), not in time."""
    store = open_memory()
    conn = store.conn
    day = 0
    for i in range(1, 6001):
        start = f"{2000 + i // 600:04d}-{1 + (i // 50) % 12:02d}-{1 + i % 28:02d}"
        conn.execute('INSERT INTO events (id, value, start, "end", granularity, title) '
                     "VALUES (?, ?, ?, ?, 'day', 'an event')", (i, start, start, start))
        counts.adjust(conn, start, +1)
        day += 1
    steps = []

    def page_steps(query: str) -> int:
        b = Browser(store, query)
        late = b.at_date("2009-06-01", 1)[0]
        conn.set_progress_handler(lambda: steps.append(1), 100)
        steps.clear()
        try:
            rows = b.after(late, 20)
        finally:
            conn.set_progress_handler(None, 0)
        assert rows and rows[0].start >= "2009-06-01"
        return len(steps)

    unfiltered = page_steps("")
    assert page_steps("after:2000") <= 3 * unfiltered + 10
    assert page_steps("after:2001 before:2011") <= 3 * unfiltered + 10


@pytest.mark.parametrize("query", ["", "-quiet"])
def test_a_page_deep_in_a_busy_day_seeks_its_key(query):
    """A year's events all start on its 1 January (69,000 on 2000-01-01 at 10M). A page
    after a row deep in such a day, or before one, must seek to the row, not go over the
    day's rows up to it again; and pages across the day still come out in order."""
    store = open_memory()
    conn = store.conn
    day = [(i, "2000-01-01") for i in range(1, 4001)]
    later = [(4000 + i, f"2000-01-{2 + i % 20:02d}") for i in range(1, 201)]
    for i, start in day + later:
        conn.execute('INSERT INTO events (id, value, start, "end", granularity, title) '
                     "VALUES (?, ?, ?, ?, 'day', 'an event')", (i, start, start, start))
        counts.adjust(conn, start, +1)
    b = Browser(store, query)
    steps = []

    def counted(page):
        conn.set_progress_handler(lambda: steps.append(1), 100)
        steps.clear()
        try:
            return page(), len(steps)
        finally:
            conn.set_progress_handler(None, 0)

    near, near_steps = counted(lambda: b.after(b.first(1)[0], 20))
    deep_row = b.at_date("2000-01-01", 3900)[-1]
    deep, deep_steps = counted(lambda: b.after(deep_row, 20))
    assert [r.id for r in deep] == list(range(3901, 3921))
    assert deep_steps <= 3 * near_steps + 10
    back, back_steps = counted(lambda: b.before(deep_row, 20))
    assert [r.id for r in back] == list(range(3880, 3900))
    assert back_steps <= 3 * near_steps + 10
    # the day's last rows, then the next days' in (start, id) order
    tail = b.after(b.at_date("2000-01-01", 3990)[-1], 20)
    assert [r.id for r in tail][:10] == list(range(3991, 4001))
    assert [(r.start, r.id) for r in tail] == sorted((r.start, r.id) for r in tail)
