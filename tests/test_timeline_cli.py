"""`dateline timeline`: key dates, their contract fields, the TimelineJS shape, bad usage."""

from __future__ import annotations

import json

import pytest

from seeds import SEEDS_DIR
from store.keydates import summarise
from tests.test_cli import run

DATE_FIELDS = {"date", "score", "summary", "events", "sources"}
SOURCE_FIELDS = {"article", "outlet", "title", "url", "path", "published"}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("timeline") / "seeds.db"
    r = run("ingest", str(SEEDS_DIR), "--db", str(path))
    assert r.returncode == 0, r.stderr
    return str(path)


def lines(db, *args):
    r = run("timeline", "--db", db, *args)
    assert r.returncode == 0, r.stderr
    return [json.loads(x) for x in r.stdout.splitlines()]


def test_jsonl_has_every_field_in_date_order(db):
    out = lines(db, "--dates", "4", "--sentences", "2")
    assert len(out) == 4
    assert [d["date"] for d in out] == sorted(d["date"] for d in out)
    for d in out:
        assert set(d) == DATE_FIELDS
        assert len(d["date"]) == 10 and isinstance(d["score"], (int, float))
        assert 1 <= len(d["summary"]) <= 2 and all(isinstance(s, str) and s for s in d["summary"])
        assert d["events"] and all(isinstance(i, int) for i in d["events"])
        assert d["sources"] and all(set(s) == SOURCE_FIELDS for s in d["sources"])


def test_the_busiest_day_is_a_key_date_and_its_events_are_that_day(db):
    out = lines(db, "--dates", "1")
    # 26 March 2016: three of the five seed articles date news to it
    assert [d["date"] for d in out] == ["2016-03-26"]
    ev = run("events", "--db", db, f"on:{out[0]['date']}", "precision:day")
    ids = {json.loads(x)["id"] for x in ev.stdout.splitlines()}
    assert set(out[0]["events"]) <= ids


def test_query_narrows_the_dates(db):
    out = lines(db, "--dates", "3", "before:2016-03-20")
    assert out and all(d["date"] < "2016-03-20" for d in out)
    words = lines(db, "--dates", "5", "stadium")
    assert [d["date"] for d in words] == ["2016-03-25"]
    assert any("stadium" in s for s in words[0]["summary"])


def test_default_number_of_dates_is_said_in_help_and_bounded(db):
    r = run("timeline", "--help")
    assert "--dates" in r.stdout and "between 10 and 60" in r.stdout
    assert "key:N" in r.stdout
    out = lines(db)
    assert 1 <= len(out) <= 60


def test_timelinejs_shape(db):
    r = run("timeline", "--db", db, "--dates", "3", "--format", "timelinejs")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["title"]["text"]["headline"]
    assert len(doc["events"]) == 3
    for e in doc["events"]:
        assert set(e["start_date"]) == {"year", "month", "day"}
        assert all(v.isdigit() for v in e["start_date"].values())
        assert e["text"]["headline"] and "Sources:" in e["text"]["text"]
        assert "<script" not in e["text"]["text"]


def test_markdown_is_a_chronology(db):
    r = run("timeline", "--db", db, "--dates", "2", "--format", "md")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("# Key dates")
    heads = [x for x in r.stdout.splitlines() if x.startswith("## ")]
    assert len(heads) == 2 and "2016" in heads[0]
    assert "Sources: " in r.stdout


@pytest.mark.parametrize("args, needle", [
    (["--dates", "0"], "--dates: '0' is not a positive number"),
    (["--dates", "-3"], "--dates: '-3' is not a positive number"),
    (["--dates", "ten"], "--dates: 'ten' is not a positive number"),
    (["--sentences", "0"], "--sentences: '0' is not a positive number"),
    (["--format", "xml"], "invalid choice"),
    (["key:x"], "key: wants a number from 1"),
])
def test_bad_arguments_are_one_line_and_exit_2(db, args, needle):
    r = run("timeline", "--db", db, *args)
    assert r.returncode == 2
    assert needle in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert r.stdout == ""


def test_an_empty_result_says_so_and_prints_nothing(db):
    r = run("timeline", "--db", db, "zzzunheardof")
    assert r.returncode == 0 and r.stdout == ""
    assert "no key dates" in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_summary_takes_what_most_reports_say_without_repeats():
    sentences = [
        "Officials met for lunch at a hotel near the lake.",
        "Russia and China vetoed a UN resolution on Syria.",
        "China and Russia vetoed the UN resolution on Syria on Saturday.",
        "The UN resolution on Syria was vetoed by Russia and China.",
        "Protesters marched in Homs as shelling went on.",
    ]
    got = summarise(sentences, 2)
    assert "vetoed" in got[0]
    assert len(got) == 2 and "vetoed" not in got[1]


def test_version():
    r = run("--version")
    assert r.returncode == 0 and r.stdout.startswith("dateline ")
    assert r.stdout.split()[1][0].isdigit()


def test_hidden_events_neither_rank_nor_tell_a_date(tmp_path):
    db = str(tmp_path / "hide.db")
    assert run("ingest", str(SEEDS_DIR), "--db", db).returncode == 0
    top = json.loads(run("events", "--db", db, "key:1").stdout.splitlines()[0])["id"]
    assert run("edit", str(top), "--hide", "--db", db).returncode == 0
    two = [json.loads(x) for x in run("events", "--db", db, "key:2").stdout.splitlines()]
    assert len(two) == 2 and top not in {e["id"] for e in two}   # the next two, not one
    busiest = lines(db, "--dates", "1")[0]
    for eid in busiest["events"]:
        assert run("edit", str(eid), "--hide", "--db", db).returncode == 0
    after = lines(db, "--dates", "3")
    assert busiest["date"] not in {d["date"] for d in after}
    assert not set(busiest["events"]) & {i for d in after for i in d["events"]}


def _flood_story(tmp_path) -> str:
    """A river story of my own: a flood that the next days' reports cover without naming
    the day, and a council vote that later articles name in passing."""
    def art(published, text):
        return {"text": text, "published": published, "outlet": "Valley Post",
                "title": text.split(".")[0]}
    arts = [
        # two later articles name the flood's day
        art("2021-05-20", "The Alder river burst its banks on 3 May 2021 and flooded the lower "
            "town. Insurers are still counting the cost."),
        art("2021-05-25", "Since the flood of 3 May 2021 the lower town has waited for repairs. "
            "Shops on the quay remain shut."),
        # the burst of coverage the flood set off: filed that day and the two after
        art("2021-05-03", "Water poured through the lower town of Alder, a levee built in 1998 "
            "giving way under the weight of the river. Families were moved to the school hall."),
        art("2021-05-04", "Residents of Alder, a town last flooded in 1998, waded through "
            "their streets to save what they could. The school hall is full."),
        art("2021-05-05", "Volunteers in Alder, where the levee dates from 1998, filled "
            "sandbags as the river stayed high. Engineers inspected the breach."),
        # three later articles mention a council vote in passing; nothing was filed near it
        art("2021-06-01", "The council approved the levee budget on 10 March 2021. Its members "
            "meet again in the autumn."),
        art("2021-06-08", "A budget for the levee was approved by the council on 10 March 2021. "
            "Critics say it came too late."),
        art("2021-06-15", "On 10 March 2021 the council approved money for the levee. The "
            "engineers' report is due in July."),
    ]
    src = tmp_path / "flood.jsonl"
    src.write_text("".join(json.dumps(a) + "\n" for a in arts))
    db = str(tmp_path / "flood.db")
    r = run("ingest", str(src), "--db", db)
    assert r.returncode == 0, r.stderr
    return db


def test_a_day_that_set_off_a_burst_of_coverage_is_a_key_date(tmp_path):
    db = _flood_story(tmp_path)
    # the flood: two articles name the day, three more were filed on it and the two days
    # after; the vote: three articles name the day, none was filed near it
    assert [d["date"] for d in lines(db, "--dates", "1")] == ["2021-05-03"]
    both = lines(db, "--dates", "2")
    assert [d["date"] for d in both] == ["2021-03-10", "2021-05-03"]
    assert both[1]["score"] > both[0]["score"]
    assert any("flood" in s or "banks" in s for s in both[1]["summary"])


def test_a_store_from_before_the_day_salience_index_upgrades_and_tells_the_same(tmp_path):
    import sqlite3

    from store import schema

    db = str(tmp_path / "old.db")
    assert run("ingest", str(SEEDS_DIR), "--db", db).returncode == 0
    want = lines(db, "--dates", "3", "--sentences", "2")
    conn = sqlite3.connect(db)  # as the previous schema left it
    conn.execute("DROP INDEX events_day_salience")
    conn.execute("PRAGMA user_version = 13")  # schema 14 made the index
    conn.close()
    assert lines(db, "--dates", "3", "--sentences", "2") == want
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM sqlite_master "
                        "WHERE name = 'events_day_salience'").fetchone()[0] == 1
    assert schema.user_version(conn) == schema.SCHEMA_VERSION
    conn.close()
