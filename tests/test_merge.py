"""Merging: one event per happening, with every outlet that reported it, kept in step."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from store.db import open_memory
from store.events import extract_mentions
from store.merge import add_article, remove_article
from tests.test_events import T

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def dated(text: str, phrase: str, day: str, gran: str = "day", nth: int = 0) -> T:
    """A stand-in Timex for `phrase` (its nth occurrence) resolved to `day` or a month."""
    i = -1
    for _ in range(nth + 1):
        i = text.index(phrase, i + 1)
    if gran == "month":
        y, m = int(day[:4]), int(day[5:7])
        last = (dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)).isoformat()
        return T(i, i + len(phrase), phrase, "DATE", day[:7], f"{day[:7]}-01", last, "month")
    return T(i, i + len(phrase), phrase, "DATE", day, day, day, "day")


class Corpus:
    def __init__(self):
        self.store = open_memory()
        self.n = 0

    def add(self, outlet: str, text: str, published: str, dates: list[tuple],
            title: str | None = None) -> int:
        self.n += 1
        timexes = [dated(text, *d) for d in dates]
        drafts = extract_mentions(text, title, published, timexes, [])
        with self.store.write() as conn:
            cur = conn.execute(
                "INSERT INTO articles (source, hash, outlet, title, url, path, published, text, "
                "added) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (f"src{self.n}", f"hash{self.n}", outlet, title, None, None, published, text,
                 "2020-01-01"))
            add_article(conn, cur.lastrowid, drafts)
        return cur.lastrowid

    def remove(self, article_id: int) -> None:
        with self.store.write() as conn:
            remove_article(conn, article_id)
            conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))

    def events_with(self, word: str) -> list[dict]:
        """Non-lead events whose sentences contain `word`."""
        rows = self.store.conn.execute(
            "SELECT DISTINCT e.id, e.value, e.title, e.n_sources, e.n_mentions FROM events e "
            "JOIN mentions m ON m.event_id = e.id WHERE m.sentence LIKE ? AND m.lead = 0 "
            "ORDER BY e.id", (f"%{word}%",))
        return [dict(zip(("id", "value", "title", "sources", "mentions"), r, strict=True)) for r in rows]


def check_consistent(conn) -> None:
    """Counters, FTS rows, keys and period counts agree with a recount from the mentions."""
    for eid, n_sources, n_mentions, start in conn.execute(
            "SELECT id, n_sources, n_mentions, start FROM events"):
        got = conn.execute("SELECT count(*), count(DISTINCT article_id), min(start_date) "
                           "FROM mentions WHERE event_id = ?", (eid,)).fetchone()
        assert (n_mentions, n_sources) == got[:2] and n_mentions > 0
        assert start >= got[2]
        body = conn.execute("SELECT body FROM events_fts WHERE rowid = ?", (eid,)).fetchone()[0]
        sentences = {s for (s,) in conn.execute(
            "SELECT sentence FROM mentions WHERE event_id = ?", (eid,))}
        assert set(body.split("\n")) == sentences
    assert conn.execute("SELECT count(*) FROM events_fts").fetchone()[0] == conn.execute(
        "SELECT count(*) FROM events").fetchone()[0]
    # an event's keys are the product of its buckets and terms, and go with it
    lists = {e: (b.split("\n") if b else [], t.split("\n") if t else [])
             for e, b, t in conn.execute("SELECT event_id, buckets, terms FROM event_terms")}
    assert set(lists) == {e for (e,) in conn.execute("SELECT id FROM events")}
    assert set(conn.execute("SELECT key, event_id FROM event_keys")) == {
        (f"{b}|{t}", e) for e, (bs, ts) in lists.items() for b in bs for t in ts}
    assert conn.execute("SELECT count(*) FROM mentions WHERE event_id NOT IN "
                        "(SELECT id FROM events)").fetchone()[0] == 0
    stored = set(conn.execute("SELECT zoom, period, n FROM period_counts"))
    recount = set()
    for zoom, width in (("day", 10), ("month", 7), ("year", 4)):
        recount |= {(zoom, p, n) for p, n in conn.execute(
            "SELECT substr(start, 1, ?), count(*) FROM events GROUP BY 1", (width,))}
    assert stored == recount


WIRE = ("Rebels captured the northern city of Karvash on Tuesday after a week of heavy "
        "fighting, the army said. A car bomb killed 12 people at a market in Karvash on "
        "Tuesday, police said.")
DAILY = ("Karvash, the largest city in the north, fell to rebel fighters on Tuesday, local "
         "officials told reporters. Separately, the central bank raised interest rates to "
         "5 percent on Tuesday.")
POST = ("On Tuesday the rebels seized Karvash and its airport, residents said. "
        "The fall of Karvash to the rebels on Tuesday stunned the capital.")


def test_paraphrases_across_outlets_merge_and_same_day_happenings_stay_apart():
    c = Corpus()
    c.add("Wire", WIRE, "2019-06-13", [("on Tuesday", "2019-06-11"),
                                        ("on Tuesday", "2019-06-11", "day", 1)])
    c.add("Daily", DAILY, "2019-06-13", [("on Tuesday", "2019-06-11"),
                                          ("on Tuesday", "2019-06-11", "day", 1)])
    c.add("Post", POST, "2019-06-12", [("On Tuesday", "2019-06-11"),
                                        ("on Tuesday", "2019-06-11")])
    capture = c.events_with("rebel")
    assert len(capture) == 1
    assert capture[0]["sources"] == 3 and capture[0]["mentions"] == 4
    assert capture[0]["value"] == "2019-06-11"
    bomb, = c.events_with("car bomb")
    rates, = c.events_with("interest rates")
    assert len({capture[0]["id"], bomb["id"], rates["id"]}) == 3
    assert bomb["sources"] == rates["sources"] == 1
    check_consistent(c.store.conn)


def test_repeats_inside_one_article_are_one_event_with_several_mentions():
    c = Corpus()
    c.add("Post", POST, "2019-06-12", [("On Tuesday", "2019-06-11"),
                                        ("on Tuesday", "2019-06-11")])
    event, = c.events_with("Karvash")
    assert (event["sources"], event["mentions"]) == (1, 2)


def test_same_sentence_syndicated_verbatim_merges():
    text = "Officials closed the border crossing at Tarn on Friday. Nothing else happened."
    c = Corpus()
    c.add("Agency", text, "2021-02-06", [("on Friday", "2021-02-05")], "Border shut")
    c.add("Reprint", text, "2021-02-06", [("on Friday", "2021-02-05")], "Tarn crossing closed")
    event, = c.events_with("border")
    assert (event["sources"], event["mentions"]) == (2, 2)
    assert event["title"] == "Officials closed the border crossing at Tarn"
    check_consistent(c.store.conn)


def test_different_spans_do_not_merge_even_with_the_same_words():
    c = Corpus()
    a = "Rebels captured Karvash and its airport on Tuesday, residents said."
    c.add("A", a, "2019-06-13", [("on Tuesday", "2019-06-11")])
    c.add("B", a.replace("Tuesday", "Monday"), "2019-06-13", [("on Monday", "2019-06-10")])
    assert len(c.events_with("Karvash")) == 2


def test_a_day_joins_its_month_only_when_clearly_the_same_happening():
    c = Corpus()
    month = "Rebels captured Karvash and its airport in June after a long siege, officials said."
    c.add("A", month, "2019-08-01", [("in June", "2019-06-01", "month")])
    day = "On June 11, rebels captured the city of Karvash and its airport after a long siege."
    c.add("B", day, "2019-08-02", [("On June 11", "2019-06-11")])
    other = "The central bank raised interest rates in Karvash on June 11."
    c.add("C", other, "2019-08-03", [("on June 11", "2019-06-11")])
    capture, = c.events_with("airport")
    assert capture["sources"] == 2
    assert capture["value"] == "2019-06-11"  # the most precise span of its mentions
    assert c.events_with("interest")[0]["id"] != capture["id"]
    check_consistent(c.store.conn)


def test_remove_article_shrinks_and_deletes_events_in_step_with_counts_and_fts():
    c = Corpus()
    ids = [
        c.add("Wire", WIRE, "2019-06-13", [("on Tuesday", "2019-06-11"),
                                            ("on Tuesday", "2019-06-11", "day", 1)]),
        c.add("Daily", DAILY, "2019-06-13", [("on Tuesday", "2019-06-11"),
                                              ("on Tuesday", "2019-06-11", "day", 1)]),
        c.add("Post", POST, "2019-06-12", [("On Tuesday", "2019-06-11"),
                                            ("on Tuesday", "2019-06-11")]),
    ]
    c.remove(ids[1])
    check_consistent(c.store.conn)
    capture, = c.events_with("rebel")
    assert (capture["sources"], capture["mentions"]) == (2, 3)
    assert c.events_with("interest rates") == []
    hits = c.store.conn.execute(
        "SELECT rowid FROM events_fts WHERE events_fts MATCH ?", ("interest",)).fetchall()
    assert hits == []
    # re-adding the article merges into the same event again
    c.add("Daily", DAILY, "2019-06-13", [("on Tuesday", "2019-06-11"),
                                          ("on Tuesday", "2019-06-11", "day", 1)])
    again, = c.events_with("rebel")
    assert again["id"] == capture["id"] and again["sources"] == 3
    check_consistent(c.store.conn)
    for aid in c.store.conn.execute("SELECT id FROM articles").fetchall():
        c.remove(aid[0])
    conn = c.store.conn
    for table in ("events", "mentions", "event_keys", "events_fts", "period_counts"):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table


def test_merging_is_deterministic():
    def build():
        c = Corpus()
        c.add("Wire", WIRE, "2019-06-13", [("on Tuesday", "2019-06-11"),
                                            ("on Tuesday", "2019-06-11", "day", 1)])
        c.add("Daily", DAILY, "2019-06-13", [("on Tuesday", "2019-06-11"),
                                              ("on Tuesday", "2019-06-11", "day", 1)])
        return c.store.conn.execute(
            "SELECT e.id, e.value, e.title, e.n_sources, group_concat(m.id) FROM events e "
            "JOIN mentions m ON m.event_id = e.id GROUP BY e.id ORDER BY e.id").fetchall()
    assert build() == build()


def _seed_store():
    timex = pytest.importorskip("store.timex")
    if not hasattr(timex, "tag"):
        pytest.skip("store.timex.tag is not there yet")
    manifest = json.loads((SEEDS / "manifest.json").read_text())
    store = open_memory()
    with store.write() as conn:
        for i, a in enumerate(manifest["articles"]):
            text = (SEEDS / a["file"]).read_text(encoding="utf-8")
            dct = dt.date.fromisoformat(a["published"])
            drafts = extract_mentions(text, a["title"], a["published"], timex.tag(text, dct), [])
            cur = conn.execute(
                "INSERT INTO articles (source, hash, outlet, title, path, published, text, added)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (a["file"], f"h{i}", a["outlet"], a["title"], a["file"], a["published"], text,
                 "now"))
            add_article(conn, cur.lastrowid, drafts)
    return store


def test_seeds_march_25_soldiers_and_stadium_bombing_stay_two_events():
    conn = _seed_store().conn

    def event_of(word):
        rows = conn.execute("SELECT DISTINCT e.id FROM events e JOIN mentions m "
                            "ON m.event_id = e.id WHERE e.start = '2016-03-25' "
                            "AND m.sentence LIKE ?", (f"%{word}%",)).fetchall()
        assert len(rows) == 1, word
        return rows[0][0]

    assert event_of("18 soldiers") != event_of("Iskanderiyah")
    check_consistent(conn)


def test_a_draft_without_a_readable_span_is_left_out_not_a_traceback():
    from store.model import MentionDraft
    c = Corpus()
    aid = c.add("A", "Rebels took Karvash on Tuesday.", "2019-06-12", [("on Tuesday", "2019-06-11")])
    bad = MentionDraft(start=0, end=6, phrase="Rebels", type="DATE", value="XXXX",
                       start_date="not a date", end_date=None, granularity="day",
                       sentence="Rebels took Karvash.", sentence_start=0, sentence_end=20,
                       title="Rebels took Karvash", terms=["rebel", "karvash"])
    with c.store.write() as conn:
        add_article(conn, aid, [bad])
    assert c.store.conn.execute("SELECT count(*) FROM mentions WHERE value = 'XXXX'"
                                ).fetchone()[0] == 0
    check_consistent(c.store.conn)


def test_a_long_sentence_spanning_a_season_merges_without_error():
    words = " ".join(f"Name{i} word{i}" for i in range(150, 300))
    text = f"Rebels held the valley during the summer of 2019 while {words} watched."
    c = Corpus()
    for outlet in ("A", "B"):
        i = text.index("the summer of 2019")
        t = T(i, i + 18, "the summer of 2019", "DATE", "2019-SU", "2019-06-15", "2019-09-20",
              "season")  # four months of buckets
        drafts = extract_mentions(text, None, "2019-09-01", [t], [])
        assert len(drafts[-1].terms) > 60
        with c.store.write() as conn:
            cur = conn.execute("INSERT INTO articles (source, hash, text, added) "
                               "VALUES (?, ?, ?, ?)", (outlet, outlet, text, "now"))
            add_article(conn, cur.lastrowid, drafts)
    event, = c.events_with("valley")
    assert event["sources"] == 2
    check_consistent(c.store.conn)
