"""The command-line contract of DESIGN.md: commands, exit codes, export fields."""

import argparse
import csv
import io
import json
import re
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
    (["ingest", "x.txt", "--timeout", "-1"], "not a number of seconds"),
    (["events", "--format", "xml"], "invalid choice"),
    (["events", "--limit"], "expected one argument"),
    (["events", "--no-such-option"], "unrecognized arguments: --no-such-option"),
    (["browse", "--theme"], "expected one argument"),
    (["no-such-command"], "unknown command 'no-such-command'"),
    (["--db"], "expected one argument"),
])
def test_bad_usage_is_one_line_and_exit_2(argv, needle):
    r = run(*argv)
    assert r.returncode == 2
    assert needle in r.stderr
    assert len(r.stderr.splitlines()) == 1, r.stderr
    assert "usage:" not in r.stderr and "Traceback" not in r.stderr
    assert r.stdout == ""


@pytest.mark.parametrize("argv, line", [
    (["events", "--format", "xml"],
     "dateline events: --format: invalid choice 'xml' (choose from jsonl, csv, md)"),
    (["timex", "--dct", "garbage"],
     "dateline timex: --dct: 'garbage' is not a calendar day (use YYYY-MM-DD)"),
    (["ingest"], "dateline ingest: missing PATH|URL"),
    (["events", "--limit", "-3"], "dateline events: --limit: '-3' is not a positive number"),
    (["--no-such-flag"], "dateline: unrecognized arguments: --no-such-flag"),
])
def test_bad_usage_line_reads_clearly(argv, line):
    r = run(*argv)
    assert r.returncode == 2
    command = "dateline events" if argv[0] == "events" else f"dateline {argv[0]}"
    if argv[0].startswith("-"):
        command = "dateline"
    assert r.stderr == f"{line}; see {command} --help\n"


@pytest.mark.parametrize("command", ["browse", "ingest", "events", "timex"])
def test_help_stays_full_and_usage_lists_every_option(command):
    r = run(command, "--help")
    assert r.returncode == 0 and r.stderr == ""
    assert r.stdout.startswith(f"usage: dateline {command} ")
    assert "options:" in r.stdout and len(r.stdout.splitlines()) > 5
    usage = r.stdout.split("\n\n")[0]
    sub = next(a for a in cli.build_parser()._actions
               if isinstance(a, argparse._SubParsersAction))
    for action in sub.choices[command]._actions:
        if action.option_strings:
            option = action.option_strings[0]
            assert re.search(re.escape(option) + r"[\s\]]", usage), (command, option)
    if command in ("browse", "ingest", "events"):
        assert "--db FILE" in usage


def test_events_help_keeps_the_query_filters():
    r = run("events", "--help")
    assert r.returncode == 0 and "query filters:" in r.stdout and "after:DATE" in r.stdout


@pytest.fixture(scope="module")
def small_db(tmp_path_factory):
    """Three articles, three events, built with the CLI's own ingest."""
    folder = tmp_path_factory.mktemp("small")
    (folder / "a.txt").write_text("Palmyra fell to the militants on 3 May 2015.\n")
    (folder / "b.txt").write_text("The ruins of Palmyra were blown up on 20 August 2015.\n")
    (folder / "c.txt").write_text("Aleppo was shelled on 4 June 2015.\n")
    path = folder / "small.db"
    r = run("ingest", str(folder), "--db", str(path), "--published", "2016-03-26")
    assert r.returncode == 0, r.stderr
    assert "3 added" in r.stdout
    return path


def starts(db, *query):
    """Start days of the events a command-line QUERY selects, through the real entry point."""
    r = run("events", "--db", str(db), *query)
    assert r.returncode == 0, r.stderr
    return sorted(json.loads(x)["start"] for x in r.stdout.splitlines())


MAY, JUNE, AUGUST = "2015-05-03", "2015-06-04", "2015-08-20"


@pytest.mark.parametrize("query, expected", [
    ([], [MAY, JUNE, AUGUST]),
    (["Palmyra"], [MAY, AUGUST]),
    (["-Palmyra"], [JUNE]),
    (["--", "-Palmyra"], [JUNE]),
    (["Palmyra", "-ruins"], [MAY]),
    (["-ruins", "Palmyra"], [MAY]),
    (["-Palmyra", "-Aleppo"], []),
    (['-"ruins of Palmyra"'], [MAY, JUNE]),
    (["Palmyra", "-ruins", "after:2015-05"], [MAY]),
    (["Palmyra", "after:2015-06"], [AUGUST]),
    (["-Aleppo", "--limit", "1"], [MAY]),
    (["Palmyra", "--format", "jsonl", "-ruins"], [MAY]),
    (["--limit=5", "-Palmyra"], [JUNE]),
    (["--lim", "5", "-Palmyra"], [JUNE]),
    (["-hezbollah"], [MAY, JUNE, AUGUST]),           # not -h with an argument
    (["-2015"], []),                                 # a number word, not an option
])
def test_query_words_may_start_with_a_dash(small_db, query, expected):
    assert starts(small_db, *query) == expected


def test_dash_words_join_the_query_in_order():
    parser = cli.build_parser()
    args = parser.parse_args(["events", "Palmyra", "--db", "x.db", "-ruins", "after:2016",
                              "--format", "csv", '-"a phrase"'])
    assert args.query == ["Palmyra", "-ruins", "after:2016", '-"a phrase"']
    assert (args.sub_db, args.format) == ("x.db", "csv")
    args = parser.parse_args(["--db", "y.db", "browse", "-Palmyra", "--theme", "dark", "ruins"])
    assert (args.command, args.query, args.db, args.sub_theme) == (
        "browse", ["-Palmyra", "ruins"], "y.db", "dark")
    assert parser.parse_args(["events", "--", "--limit", "-x"]).query == ["--limit", "-x"]


def test_a_dash_that_is_no_option_or_word_is_still_bad_usage(small_db):
    r = run("events", "--db", str(small_db), "--Palmyra")
    assert r.returncode == 2 and len(r.stderr.splitlines()) == 1
    assert "unrecognized arguments: --Palmyra" in r.stderr
    r = run("events", "--db", str(small_db), "-h")
    assert r.returncode == 0 and r.stdout.startswith("usage: dateline events")


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
    texts = dict(store.conn.execute("SELECT id, dateline_text(text) FROM articles"))
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
    assert default_path() == str(tmp_path / "first.db")
    store = open_store()
    cli._load_seeds(store)
    cli._load_seeds(store)
    assert store.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 5
    assert store.conn.execute("SELECT count(*) FROM events WHERE title LIKE '%Palmyra%'"
                              ).fetchone()[0] > 0


HEAVY = ("store.timex", "textual", "rich", "trafilatura", "dateparser", "importlib.metadata",
         "dataclasses")


@pytest.mark.parametrize("argv", [
    ["events", "--limit", "3", "Palmyra", "after:2015-01", "-ruins"],
    ["events", "--format", "md", "source:bbc"],
    ["timeline", "after:2015-01-01", "before:2017-01-01", "--sentences", "2"],
])
def test_printing_commands_start_without_the_date_finder_or_the_app(db, argv):
    """`dateline events` and `timeline` start fast: they never load the date finder's
    rules (ISO dates in after:/before: are read without it), the app or the readers."""
    code = ("import sys; from tui.cli import main; code = main(sys.argv[1:]); "
            f"print(code, sorted(m for m in {HEAVY!r} if m in sys.modules), file=sys.stderr)")
    r = subprocess.run([sys.executable, "-c", code, *argv, "--db", str(db)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip(), "printed nothing"
    assert r.stderr.splitlines()[-1] == "0 []", r.stderr


def test_the_apps_start_on_a_ready_store_leaves_the_analysis_unloaded(tmp_path):
    """Checking the bundled seeds before the app opens costs nothing when there is nothing
    to analyse: the merge's title rules and the finder's patterns (90-250 ms to compile)
    stay unloaded."""
    from store.db import open_store

    path = tmp_path / "ready.db"
    cli._load_seeds(open_store(str(path)))  # the first run loads and analyses the seeds
    code = ("import sys; from store.db import open_store; from tui import cli; "
            f"cli._load_seeds(open_store({str(path)!r})); "
            "print(sorted(m for m in sys.modules if m.startswith(('store.timex.', "
            "'store.merge', 'store.titles'))))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["[]"], r.stdout


def test_only_the_command_in_hand_gets_its_parser_built():
    """Each subcommand's arguments are built when it is used; `dateline --help` lists all."""
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    parser.parse_args(["events", "--limit", "2", "Palmyra"])
    built = [name for name in sub.choices if dict.__getitem__(sub.choices, name) is not None]
    assert built == ["events"]
    listed = parser.format_help()
    for name in ("browse", "ingest", "events", "timeline", "timex", "watch", "edit",
                 "annotations"):
        assert f"\n    {name}" in listed
    assert [n for n, p in sub.choices.items() if p.prog != f"dateline {n}"] == []
