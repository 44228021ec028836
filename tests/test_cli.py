"""The command-line contract of DESIGN.md: commands, exit codes, export fields."""

import csv
import io
import json
import subprocess
import sys

import pytest

from seeds import SEEDS_DIR
from tui import cli

JSON_FIELDS = {"id", "value", "start", "end", "granularity", "title", "sources"}
SOURCE_FIELDS = {"article", "outlet", "title", "published", "sentence", "phrase", "offset",
                 "anchor", "url", "path"}


def run(*argv, stdin=""):
    """The real console entry point in a child process, as a user runs it."""
    return subprocess.run([sys.executable, "-c", "import sys; from tui.cli import main; "
                           "sys.exit(main())", *argv], input=stdin, capture_output=True,
                          text=True, timeout=120)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "seeds.db"
    r = run("ingest", str(SEEDS_DIR), "--db", str(path))
    assert r.returncode == 0, r.stderr
    assert "5 added" in r.stdout
    return path


def events(db, *args):
    out = io.StringIO()
    parser = cli.build_parser()
    assert cli.cmd_events(parser.parse_args(["events", "--db", str(db), *args]), out) == 0
    return out.getvalue()


def test_timex_friday():
    r = run("timex", "--dct", "2016-03-26", stdin="Friday\n")
    assert r.returncode == 0, r.stderr
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(lines) == 1
    assert (lines[0]["value"], lines[0]["start"], lines[0]["end"]) == ("2016-03-25", 0, 6)
    assert {"text", "type", "start_date", "end_date", "granularity"} <= set(lines[0])


@pytest.mark.parametrize("argv, needle", [
    (["timex", "--dct", "2016-02-30"], "not a calendar day"),
    (["timex"], "--dct"),
    (["ingest", "x.txt", "--published", "someday"], "not a calendar day"),
    (["ingest", "x.txt", "--jobs", "0"], "positive"),
    (["events", "--format", "xml"], "invalid choice"),
])
def test_bad_usage_is_one_line_and_exit_2(argv, needle):
    r = run(*argv)
    assert r.returncode == 2
    assert needle in r.stderr
    assert "Traceback" not in r.stderr


def test_events_jsonl_carries_every_contract_field(db):
    rows = [json.loads(x) for x in events(db, "--format", "jsonl").splitlines()]
    assert len(rows) >= 20
    starts = [r["start"] for r in rows]
    assert starts == sorted(starts)
    for r in rows:
        assert JSON_FIELDS <= set(r)
        assert r["sources"]
        for s in r["sources"]:
            assert SOURCE_FIELDS <= set(s)
            assert s["path"] or s["url"]
            assert len(s["offset"]) == 2 and s["offset"][0] <= s["offset"][1]


def test_offsets_point_into_the_stored_text(db):
    from store.db import open_store

    store = open_store(db)
    texts = dict(store.conn.execute("SELECT id, text FROM articles"))
    for r in map(json.loads, events(db).splitlines()):
        for s in r["sources"]:
            a, b = s["offset"]
            if s["phrase"]:
                assert texts[s["article"]][a:b] == s["phrase"]
            # the sentence is the article's own text, whitespace aside
            assert " ".join(s["sentence"].split()) in " ".join(texts[s["article"]].split())


def test_month_keeps_its_precision(db):
    rows = [json.loads(x) for x in events(db).splitlines()]
    may = [r for r in rows if r["value"] == "2015-05"]
    assert may and may[0]["granularity"] == "month"
    assert (may[0]["start"], may[0]["end"]) == ("2015-05-01", "2015-05-31")


def test_events_limit_csv_and_md(db):
    assert len(events(db, "--limit", "3").splitlines()) == 3
    table = list(csv.DictReader(io.StringIO(events(db, "--format", "csv"))))
    assert table and {"value", "title", "outlet", "phrase", "sentence"} <= set(table[0])
    md = events(db, "--format", "md")
    assert md.startswith("# Timeline") and "## 2016" in md and "Palmyra" in md


def test_events_query_error_is_exit_2(db):
    r = run("events", "--db", str(db), "soruce:bbc")
    assert r.returncode == 2
    assert "soruce" in r.stderr and "Traceback" not in r.stderr


def test_events_on_missing_db_is_exit_2(tmp_path):
    r = run("events", "--db", str(tmp_path / "none.db"))
    assert r.returncode == 2 and "no such database" in r.stderr


def test_ingest_failure_is_exit_1_and_keeps_the_rest(tmp_path):
    (tmp_path / "ok.txt").write_text("Fighting resumed on 3 March 2016.\n")
    (tmp_path / "bad.txt").write_bytes(b"")
    r = run("ingest", str(tmp_path), "--db", str(tmp_path / "x.db"))
    assert r.returncode == 1
    assert "bad.txt" in r.stderr and "1 added" in r.stdout


def test_csv_cells_are_not_formulas():
    from store.export import defuse

    assert defuse("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")"
    assert defuse("@SUM(A1)").startswith("'")
    assert defuse("Palmyra") == "Palmyra" and defuse(3) == 3


def test_help_is_fast_and_lists_commands():
    r = run("--help")
    assert r.returncode == 0
    for command in ("browse", "ingest", "events", "timex"):
        assert command in r.stdout
    r = run("--no-such-flag")
    assert r.returncode == 2 and "Traceback" not in r.stderr


def test_help_does_not_import_the_app():
    code = ("import sys; from tui import cli; cli.build_parser(); "
            "print('textual' in sys.modules, 'trafilatura' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout
    assert out.split() == ["False", "False"]


@pytest.mark.parametrize("argv, needle", [
    (["browse", "--theme", "no-such-theme"], "unknown theme"),
    (["browse", "soruce:bbc"], "did you mean 'source:'"),
])
def test_browse_refuses_bad_theme_or_query_before_opening(tmp_path, argv, needle):
    r = run(*argv, "--db", str(tmp_path / "b.db"))
    assert r.returncode == 2 and needle in r.stderr and "Traceback" not in r.stderr


def test_first_run_loads_the_bundled_seeds_once(tmp_path, monkeypatch):
    from store.db import default_path, open_store

    monkeypatch.setenv("DATELINE_DB", str(tmp_path / "first.db"))
    assert default_path() == tmp_path / "first.db"
    store = open_store()
    cli._load_seeds_if_empty(store)
    cli._load_seeds_if_empty(store)
    assert store.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
    assert store.conn.execute("SELECT count(*) FROM events WHERE title LIKE '%Palmyra%'"
                              ).fetchone()[0] > 0
