"""The analyst's layer from the command line and in queries: `dateline edit`,
`dateline annotations export|import|orphans`, is:/has:/note: filters, hidden events
left out of the timeline, counts, density and exports, the export fields."""

import csv
import io
import json

import pytest

from seeds import SEEDS_DIR
from store.browse import Browser
from store.db import open_store
from store.ingest import ingest
from tui.cli import main


@pytest.fixture
def db(tmp_path, monkeypatch):
    path = tmp_path / "s.db"
    store = open_store(path)
    assert ingest(store, [str(SEEDS_DIR)]).ok
    store.close()
    monkeypatch.setenv("DATELINE_DB", str(path))
    return path


def run(capsys, *argv):
    try:
        rc = main(list(argv))
    except SystemExit as e:  # argparse's own usage errors
        rc = e.code
    out, err = capsys.readouterr()
    return rc, out, err


def events(capsys, *query, fmt="jsonl"):
    rc, out, _ = run(capsys, "events", "--format", fmt, *query)
    assert rc == 0
    return [json.loads(x) for x in out.splitlines()] if fmt == "jsonl" else out


def pick(capsys):
    """An event dated to a day with a single source: the ones we edit."""
    return next(e for e in events(capsys) if e["granularity"] == "day")


def test_edit_changes_the_export_contract_fields(db, capsys):
    ev = pick(capsys)
    rc, out, err = run(capsys, "edit", str(ev["id"]), "--title", "Fixed title", "--note",
                       "first line\nsecond \x1b[31mline", "--mark")
    assert rc == 0 and err == ""
    assert json.loads(out)["title"] == "Fixed title"
    got = {e["id"]: e for e in events(capsys)}[ev["id"]]
    assert got["title"] == "Fixed title" and got["marked"] is True and got["hidden"] is False
    assert got["note"] == "first line\nsecond \x1b[31mline"
    assert got["edited"] == {"title": {"from": ev["title"], "to": "Fixed title"}}
    assert ev["marked"] is False and ev["note"] is None and ev["edited"] is None
    assert [e["id"] for e in events(capsys, "is:marked")] == [ev["id"]]
    assert [e["id"] for e in events(capsys, "has:note")] == [ev["id"]]
    assert [e["id"] for e in events(capsys, "note:SECOND")] == [ev["id"]]
    assert events(capsys, "note:nowhere") == []
    assert [e["id"] for e in events(capsys, "is:edited")] == [ev["id"]]
    assert ev["id"] in {e["id"] for e in events(capsys, "fixed")}  # the index has the new title
    md = events(capsys, "is:marked", fmt="md")
    assert "(marked)" in md and "Note: first line second" in md and "\x1b" not in md
    rows = list(csv.DictReader(io.StringIO(events(capsys, "is:marked", fmt="csv"))))
    assert rows and rows[0]["marked"] == "1" and rows[0]["note"].startswith("first line")
    assert json.loads(rows[0]["edited"])["title"]["to"] == "Fixed title"


def test_hidden_events_leave_timeline_counts_density_and_exports(db, capsys):
    all_before = events(capsys)
    ev = pick(capsys)
    store = open_store(db)
    b = Browser(store)
    count, density = b.count(), dict(b.density("day"))
    dated = Browser(store, f"after:{ev['start']}")
    dated_count, dated_density = dated.count(), dict(dated.density("month"))
    rc, _, _ = run(capsys, "edit", str(ev["id"]), "--hide")
    assert rc == 0
    after = events(capsys)
    assert len(after) == len(all_before) - 1 and ev["id"] not in {e["id"] for e in after}
    b = Browser(store)
    assert b.count() == count - 1
    day = ev["start"]
    assert dict(b.density("day")).get(day, 0) == density[day] - 1
    dated = Browser(store, f"after:{ev['start']}")  # the dates-only path: from the counters
    assert dated.count() == dated_count - 1
    month = ev["start"][:7]
    assert dict(dated.density("month")).get(month, 0) == dated_density[month] - 1
    hidden = events(capsys, "is:hidden")
    assert [e["id"] for e in hidden] == [ev["id"]] and hidden[0]["hidden"] is True
    assert Browser(store, "is:hidden").count() == 1
    # a word search leaves it out too
    word = ev["title"].split()[0]
    assert ev["id"] not in {e["id"] for e in events(capsys, word)}
    rc, _, _ = run(capsys, "edit", str(ev["id"]), "--unhide")
    assert len(events(capsys)) == len(all_before)


def test_redate_reads_relative_date_against_the_article(db, capsys):
    ev = pick(capsys)
    published = ev["sources"][0]["published"]
    rc, out, _ = run(capsys, "edit", str(ev["id"]), "--date", "yesterday")
    assert rc == 0
    got = json.loads(out)
    from datetime import date, timedelta
    want = (date.fromisoformat(published) - timedelta(days=1)).isoformat()
    assert (got["value"], got["granularity"]) == (want, "day")
    assert got["edited"]["value"] == {"from": ev["value"], "to": want}


@pytest.mark.parametrize("argv, msg", [
    (["edit", "424242", "--mark"], "no event with id 424242"),
    (["edit", "x1", "--mark"], "is not an event id"),
    (["edit", "1", "--date", "the twelfth of never"], "is not a date"),
    (["edit", "1", "--title", " "], "--title: wants some text"),
    (["edit", "1", "--note", ""], "--note: wants some text"),
    (["edit", "1"], "nothing to change"),
    (["edit", "1", "--mark", "--unmark"], "not allowed with"),
    (["events", "is:starred"], "is: wants one of marked, hidden, edited"),
    (["events", "has:title"], "has: wants note"),
])
def test_bad_input_is_one_line_and_exit_2(db, capsys, argv, msg):
    before = events(capsys)
    rc, _, err = run(capsys, *argv)
    assert rc == 2
    assert len(err.strip().splitlines()) == 1 and msg in err and "Traceback" not in err
    assert events(capsys) == before


def test_annotations_export_import_and_orphans(db, tmp_path, capsys, monkeypatch):
    ev = pick(capsys)
    run(capsys, "edit", str(ev["id"]), "--note", "shared", "--mark")
    out_file = tmp_path / "notes.jsonl"
    rc, _, _ = run(capsys, "annotations", "export", str(out_file))
    assert rc == 0 and len(out_file.read_text().splitlines()) == 1
    fresh = tmp_path / "fresh.db"
    s = open_store(fresh)
    ingest(s, [str(SEEDS_DIR)])
    s.close()
    good = out_file.read_text()
    bad = tmp_path / "mixed.jsonl"
    bad.write_text(good + "{not json\n" + json.dumps({
        "article": {"source": "elsewhere.txt"}, "mention": {"phrase": "in 1999",
                                                            "sentence": "Nothing."}}) + "\n")
    rc, _, err = run(capsys, "annotations", "import", str(bad), "--db", str(fresh))
    assert rc == 1
    assert "mixed.jsonl:2: not JSON" in err and "2 annotations imported, 1 on an event" in err
    rc, out, _ = run(capsys, "events", "is:marked", "--db", str(fresh))
    assert [json.loads(x)["note"] for x in out.splitlines()] == ["shared"]
    rc, out, _ = run(capsys, "annotations", "orphans", "--db", str(fresh))
    assert [json.loads(x)["mention"]["phrase"] for x in out.splitlines()] == ["in 1999"]
    # a file that is not annotations at all: exit 2, nothing stored
    junk = tmp_path / "junk.jsonl"
    junk.write_text('{"a": 1}\n')
    rc, _, err = run(capsys, "annotations", "import", str(junk), "--db", str(fresh))
    assert rc == 2 and "junk.jsonl:1: not a dateline annotation" in err
    rc, out, _ = run(capsys, "annotations", "export", "--db", str(fresh))
    assert len(out.splitlines()) == 2
    rc, _, err = run(capsys, "annotations", "import", str(tmp_path / "missing.jsonl"))
    assert rc == 2 and "cannot read" in err


def test_ingest_reports_corrections_that_lost_their_mention(db, tmp_path, capsys):
    story = tmp_path / "story.txt"
    story.write_text("The bridge over the Tigris reopened on Tuesday, officials said.\n")
    run(capsys, "ingest", str(story), "--published", "2016-03-18")
    eid = next(e["id"] for e in events(capsys, "Tigris"))
    run(capsys, "edit", str(eid), "--mark")
    story.write_text("Nothing dated is left in this story, officials said.\n")
    rc, _, err = run(capsys, "ingest", str(story), "--published", "2016-03-18")
    assert rc == 0
    assert "note: 1 correction of the analyst no longer match" in err
    assert "dateline annotations orphans" in err


def test_events_help_lists_the_layer_filters(capsys):
    with pytest.raises(SystemExit):
        main(["events", "--help"])
    out = capsys.readouterr().out
    for word in ("is:marked|hidden|edited", "has:note", "note:TEXT"):
        assert word in out


def test_edit_merge_with_and_split_source_from_the_command_line(db, tmp_path, capsys):
    before = events(capsys)
    a = before[0]
    mine = {s["article"] for s in a["sources"]}
    b = next(e for e in before[1:] if not mine & {s["article"] for s in e["sources"]})
    rc, out, err = run(capsys, "edit", str(a["id"]), "--merge-with", str(b["id"]))
    assert rc == 0 and err == ""
    got = json.loads(out)
    assert got["id"] == a["id"]
    told = {(s["article"], s["phrase"]) for s in got["sources"]}
    assert told == {(s["article"], s["phrase"]) for s in a["sources"] + b["sources"]}
    after = events(capsys)
    assert len(after) == len(before) - 1 and b["id"] not in {e["id"] for e in after}
    # split one source back out: the event, then the new one
    art = b["sources"][0]["article"]
    rc, out, _ = run(capsys, "edit", str(a["id"]), "--split-source", str(art))
    assert rc == 0
    kept, new = (json.loads(x) for x in out.splitlines())
    assert art in {s["article"] for s in new["sources"]}
    assert art not in {s["article"] for s in kept["sources"]}
    # both travel in the export and replay on a fresh store of the same articles
    rc, out, _ = run(capsys, "annotations", "export")
    kinds = [json.loads(x).get("regroup") for x in out.splitlines()]
    assert kinds == ["split"] * len(b["sources"])  # a mention's newest regrouping holds
    notes = tmp_path / "regroups.jsonl"
    notes.write_text(out)
    fresh = tmp_path / "fresh.db"
    s = open_store(fresh)
    ingest(s, [str(SEEDS_DIR)])
    s.close()
    rc, _, err = run(capsys, "annotations", "import", str(notes), "--db", str(fresh))
    assert rc == 0 and "match no mention" not in err
    rc, out, _ = run(capsys, "events", "--db", str(fresh))
    assert len(out.splitlines()) == len(events(capsys))


@pytest.mark.parametrize("argv, msg", [
    (["edit", "1", "--merge-with", "424242"], "no event with id 424242"),
    (["edit", "1", "--merge-with", "1"], "an event other than this one"),
    (["edit", "1", "--split-source", "424242"], "no source with article id 424242"),
    (["edit", "1", "--split-source", "x"], "is not an article id"),
    (["edit", "1", "--merge-with", "2", "--split-source", "1"], "not allowed with"),
])
def test_bad_merge_and_split_are_one_line_and_exit_2(db, capsys, argv, msg):
    before = events(capsys)
    rc, _, err = run(capsys, *argv)
    assert rc == 2 and len(err.strip().splitlines()) == 1 and msg in err
    assert events(capsys) == before
