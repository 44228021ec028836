"""The bundled story, through the real ingest: the merges a reader of it expects."""

import pytest

from seeds import SEEDS_DIR
from store.db import open_memory
from store.ingest import ingest


@pytest.fixture(scope="module")
def conn():
    store = open_memory()
    assert ingest(store, [str(SEEDS_DIR)]).ok
    return store.conn


def events_saying(conn, words, where="1"):
    like = " AND ".join("m.sentence LIKE ?" for _ in words)
    return conn.execute(
        f"SELECT DISTINCT e.id, e.value, e.n_sources FROM events e JOIN mentions m "
        f"ON m.event_id = e.id WHERE {like} AND {where}", [f"%{w}%" for w in words]).fetchall()


def test_merges_across_outlets(conn):
    fall = conn.execute("SELECT n_sources FROM events WHERE value = '2015-05' "
                        "ORDER BY n_sources DESC").fetchone()
    assert fall[0] == 5
    sorties = events_saying(conn, ["40 air sorties"])
    assert len(sorties) == 1 and sorties[0][1:] == ("2016-03-26", 3)
    ceasefire = events_saying(conn, ["ceasefire"], "e.value = '2016-02-27'")
    assert len(ceasefire) == 1 and ceasefire[0][2] == 2


def test_same_day_different_happenings_stay_apart(conn):
    soldiers = events_saying(conn, ["18 soldiers"], "e.start = '2016-03-25'")
    stadium = events_saying(conn, ["stadium"], "e.start = '2016-03-25'")
    assert len(soldiers) == 1 and len(stadium) == 1
    assert soldiers[0][0] != stadium[0][0]


def test_hill_900_is_dated_to_tuesday(conn):
    hill = events_saying(conn, ["Hill 900"], "e.granularity = 'day'")
    assert [h[1] for h in hill] == ["2016-03-15"]


def test_other_stories_on_the_page_give_no_events(conn):
    # seed 002 ends with the site's teasers of stories from 2022-2025
    assert conn.execute("SELECT count(*) FROM events WHERE start >= '2017'").fetchone()[0] == 0
