"""Salience: stored per event, kept current by each ingest, the same as a recount."""

from __future__ import annotations

import json
import sqlite3

import pytest

from seeds import SEEDS_DIR
from store import salience, schema
from store.browse import Browser
from store.db import open_store
from store.ingest import ingest
from tests.test_merge import Corpus

VETO = "Russia and China vetoed a UN Security Council resolution on Syria on Saturday."


def snapshot(conn) -> tuple[list, list]:
    events = conn.execute("SELECT id, n_sources, n_outlets, n_later, n_early, salience "
                          "FROM events ORDER BY id").fetchall()
    days = conn.execute("SELECT * FROM day_refs ORDER BY day").fetchall()
    return events, days


def assert_as_recounted(conn) -> None:
    before = snapshot(conn)
    conn.execute("SAVEPOINT recount")
    salience.rebuild(conn)
    after = snapshot(conn)
    conn.execute("ROLLBACK TO recount")
    conn.execute("RELEASE recount")
    assert before == after


def test_each_report_raises_an_events_salience_and_matches_a_recount():
    c = Corpus()
    first = c.add("BBC", f"Intro line here. {VETO}", "2012-02-04", [("Saturday", "2012-02-04")])
    [ev] = c.events_with("vetoed")
    s1 = c.store.conn.execute("SELECT salience FROM events WHERE id = ?", (ev["id"],)).fetchone()
    c.add("Reuters", f"Some words first. {VETO}", "2012-02-05", [("Saturday", "2012-02-04")])
    c.add("Reuters", "A week on, diplomats recalled how Russia and China vetoed a UN Security "
          "Council resolution on Syria on February 4.", "2012-02-11",
          [("February 4", "2012-02-04")])
    [ev] = c.events_with("vetoed")
    row = c.store.conn.execute("SELECT n_sources, n_outlets, n_later, n_early, salience "
                               "FROM events WHERE id = ?", (ev["id"],)).fetchone()
    assert row[:4] == (3, 2, 2, 3)           # 3 articles, 2 outlets, 2 published later
    assert row[4] > s1[0]
    assert_as_recounted(c.store.conn)
    # the article leaves: its counts go with it
    c.remove(first)
    row2 = c.store.conn.execute("SELECT n_sources, salience FROM events WHERE id = ?",
                                (ev["id"],)).fetchone()
    assert row2[0] == 2 and row2[1] < row[4]
    assert_as_recounted(c.store.conn)


def test_day_refs_count_each_article_once_a_day():
    c = Corpus()
    c.add("A", "On Monday the talks began. Talks on Monday were long.", "2012-02-08",
          [("Monday", "2012-02-06"), ("Monday", "2012-02-06", "day", 1)])
    c.add("B", "The talks began on Monday in Geneva.", "2012-02-06", [("Monday", "2012-02-06")])
    row = c.store.conn.execute("SELECT articles, later, published FROM day_refs "
                               "WHERE day = '2012-02-06'").fetchone()
    assert row == (2, 1, 1)
    assert_as_recounted(c.store.conn)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    path = tmp_path_factory.mktemp("sal") / "seeds.db"
    store = open_store(path)
    ingest(store, [str(SEEDS_DIR)])
    return store


def test_ingest_keeps_salience_and_reingesting_the_same_content_changes_nothing(seeded):
    before = snapshot(seeded.conn)
    assert any(s > 0 for *_, s in before[0])
    assert_as_recounted(seeded.conn)
    report = ingest(seeded, [str(SEEDS_DIR)])
    assert report.unchanged == 5
    assert snapshot(seeded.conn) == before


def test_the_most_reported_happening_ranks_first_and_says_why(seeded):
    top = seeded.conn.execute("SELECT id, value, n_sources FROM events "
                              "ORDER BY salience DESC LIMIT 1").fetchone()
    # Palmyra's fall in May 2015: told by every seed article
    assert top[1] == "2015-05" and top[2] == 5
    why = Browser(seeded).why_salient(top[0])
    assert why.startswith("salience ") and "rank 1" in why
    assert "reported by 5 articles from 5 outlets" in why
    assert "later articles refer back" in why


def test_key_filter_takes_the_most_salient_of_the_rest_in_date_order(seeded):
    every = Browser(seeded, "").first(1000)
    rank = sorted(every, key=lambda r: (-r.salience, r.start, r.id))
    key = Browser(seeded, "key:5").first(100)
    assert len(key) == 5
    assert [r.start for r in key] == sorted(r.start for r in key)
    assert min(r.salience for r in key) >= rank[4].salience
    # among the rest of the query only
    soldiers = Browser(seeded, "soldiers").first(1000)
    top2 = Browser(seeded, "key:2 soldiers").first(100)
    assert {r.id for r in top2} <= {r.id for r in soldiers} and len(top2) == 2
    assert min(r.salience for r in top2) >= sorted(
        (r.salience for r in soldiers), reverse=True)[1]
    dated = Browser(seeded, "key:3 after:2016-03-20").first(100)
    assert len(dated) == 3 and all(r.start >= "2016-03-20" for r in dated)
    assert Browser(seeded, "key:3").count() == 3


def test_migration_from_schema_5_counts_salience_and_days(tmp_path):
    new = tmp_path / "new.db"
    store = open_store(new)
    ingest(store, [str(SEEDS_DIR)])
    expected = snapshot(store.conn)
    store.close()
    # the same store as schema 5 left it: no salience columns, no day_refs
    old = tmp_path / "old.db"
    conn = sqlite3.connect(old, isolation_level=None)
    schema.migrate(conn, target=5)
    src = sqlite3.connect(new)
    cols = {"articles": None, "mentions": None,
            "events": "id, value, start, \"end\", granularity, title, n_sources, n_mentions"}
    for table, names in cols.items():
        old_cols = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        names = names or ", ".join(f'"{r[1]}"' for r in src.execute(f"PRAGMA table_info({table})")
                                   if r[1] in old_cols)  # columns later schemas added stay out
        rows = src.execute(f"SELECT {names} FROM {table}").fetchall()
        marks = ",".join("?" * len(rows[0]))
        conn.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)
    conn.close()
    upgraded = open_store(old)
    assert snapshot(upgraded.conn) == expected
    upgraded.close()


def test_reason_in_words_counts_grammatically():
    c = Corpus()
    c.add("BBC", f"Intro line here. {VETO}", "2012-02-04", [("Saturday", "2012-02-04")])
    [ev] = c.events_with("vetoed")
    why = salience.reason(c.store.conn, ev["id"])
    assert "reported by 1 article;" in why or why.endswith("reported by 1 article")
    assert "outlets" not in why
    assert json.dumps(why)  # plain text


def test_ranks_are_counted_once_a_salience_and_read_the_same(seeded):
    """The details pane explains event after event: on a big store each rank is a long
    index count, so a caller's memo counts each salience value once."""
    conn = seeded.conn
    ids = [i for (i,) in conn.execute("SELECT id FROM events ORDER BY id")]
    plain = {i: salience.reason(conn, i) for i in ids}
    counted = []
    conn.set_trace_callback(lambda sql: counted.append(sql) if "salience >" in sql else None)
    ranks: dict = {}
    try:
        memo = {i: salience.reason(conn, i, ranks) for i in ids}
    finally:
        conn.set_trace_callback(None)
    assert memo == plain
    values = {s for (s,) in conn.execute("SELECT DISTINCT salience FROM events")}
    assert len(counted) == len(values) < len(ids)


def test_the_apps_ranks_are_counted_again_when_the_store_changes(tmp_path):
    from datetime import date

    from tui.keyview import Reasons
    from tui.tally import Tally

    store = open_store(str(tmp_path / "r.db"))
    ingest(store, [str(SEEDS_DIR)])
    last, other = [i for (i,) in store.conn.execute(
        "SELECT id FROM events WHERE salience = (SELECT min(salience) FROM events) "
        "ORDER BY id LIMIT 2")]
    tally = Tally(store, date(2016, 4, 1))
    reasons = Reasons(tally, date(2016, 4, 1))
    before = reasons.explain(last)
    with store.write() as conn:  # an event of the same salience now outranks it
        conn.execute("UPDATE events SET salience = salience + 100 WHERE id = ?", (other,))
    reasons.forget()
    after = reasons.explain(last)
    rank = [int(t.split("rank ")[1].split(":")[0].replace(",", "")) for t in (before, after)]
    assert rank[1] == rank[0] + 1
    assert after == salience.reason(store.conn, last)
    tally.close()
