"""JSON and JSON lines: every good record goes in, every bad one is named with its line."""

from __future__ import annotations

import json
import os

from store.model import RawArticle, ReadProblem
from store.read import count_inputs, read_inputs


def split(items):
    items = list(items)
    arts = [i for i in items if isinstance(i, RawArticle)]
    probs = [i for i in items if isinstance(i, ReadProblem)]
    return arts, probs


def test_jsonl_reads_fields_and_reports_bad_lines_by_number(tmp_path):
    f = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": "Troops moved on Friday.", "title": "Moves", "outlet": "AP",
                    "published": "2016-03-26T10:00:00Z", "url": "https://x.example/a"}),
        "",
        '{"text": "broken", ',
        json.dumps({"text": 42}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"text": "No url here.", "published": "Sat, 26 Mar 2016 10:00:00 GMT"}),
    ]
    f.write_text("\n".join(lines) + "\n")
    arts, probs = split(read_inputs([str(f)]))
    assert [str(p) for p in probs] == [
        f"{f}:3: not JSON: expecting property name enclosed in double quotes at column 20",
        f"{f}:4: 'text' must be a string, not a number",
        f"{f}:5: a record must be a JSON object, not a list",
    ]
    first, second = arts
    assert (first.title, first.outlet, first.published, first.published_from) == (
        "Moves", "AP", "2016-03-26", "json")
    assert first.source == "https://x.example/a" and first.url == "https://x.example/a"
    assert first.line == 1
    assert second.source == f"{os.path.realpath(f)}#6" and second.line == 6
    assert second.published == "2016-03-26"
    assert count_inputs([str(f)]) == 6


def test_impossible_dates_are_reported_and_the_article_kept_without_them(tmp_path):
    f = tmp_path / "dates.jsonl"
    f.write_text("\n".join(json.dumps({"text": f"Story {i}.", "published": d})
                           for i, d in enumerate(["2016-02-30", "99999-01-01", "31/31/2020"], 1)))
    arts, probs = split(read_inputs([str(f)]))
    assert len(arts) == 3 and all(a.published is None for a in arts)
    assert [p.where for p in probs] == [f"{f}:1", f"{f}:2", f"{f}:3"]
    assert probs[0].reason == "published '2016-02-30' is not a date; stored without it"
    assert all("stored without it" in p.reason for p in probs)


def test_wrong_typed_optional_field_keeps_the_article(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"text": "Body.", "title": ["x"], "outlet": "AP"}) + "\n")
    arts, probs = split(read_inputs([str(f)]))
    assert arts[0].title is None and arts[0].outlet == "AP"
    assert probs[0].reason == "'title' must be a string, not a list; stored without it"


def test_json_object_and_list(tmp_path):
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"text": "Single.", "title": "T"}))
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"text": "First."}, {"title": "no text"}, {"text": "Third."}]))
    arts, probs = split(read_inputs([str(one), str(many)]))
    assert [a.text for a in arts] == ["Single.", "First.", "Third."]
    assert arts[0].source == os.path.realpath(one)
    assert arts[2].source == f"{os.path.realpath(many)}#3"
    assert [str(p) for p in probs] == [
        f"{many}: record 2: no 'text' field (the article text is required)"]


def test_json_lines_saved_as_json_are_read_line_by_line(tmp_path):
    f = tmp_path / "dump.json"
    f.write_text('{"text": "A."}\n{"text": "B."}\n')
    arts, probs = split(read_inputs([str(f)]))
    assert [a.text for a in arts] == ["A.", "B."] and probs == []


def test_broken_json_file_is_one_problem_with_its_line(tmp_path):
    f = tmp_path / "bad.json"
    f.write_text('{\n  "text": "A.",\n  "title": \n}')
    (prob,) = list(read_inputs([str(f)]))
    assert str(prob) == f"{f}: not JSON: expecting value at line 4, column 1"


def test_json_errors_read_as_a_sentence(tmp_path):
    """The decoder's 'Invalid control character at' is not left dangling before a comma."""
    one = tmp_path / "one.json"
    one.write_text('{"text": "On Monday the\nrest"}')
    lines = tmp_path / "lines.jsonl"
    lines.write_text('{"text": "Fine."}\n{"text": "On Monday the\n{"text": "x\\q"}\n[1,]\n')
    probs = [str(p) for p in read_inputs([str(one), str(lines)]) if isinstance(p, ReadProblem)]
    assert probs == [
        f"{one}: not JSON: invalid control character at line 1, column 24",
        f"{lines}:2: not JSON: unterminated string starting at column 10",
        f"{lines}:3: not JSON: invalid \\escape at column 12",
        f"{lines}:4: not JSON: expecting value at column 4",
    ]
    for p in probs:
        assert " at," not in p and "(" not in p


def test_ingest_prints_the_json_error_on_one_line(tmp_path):
    import subprocess
    import sys

    f = tmp_path / "bad.json"
    f.write_text('{"text": "On Monday the\nrest"}')
    r = subprocess.run([sys.executable, "-c", "import sys; from tui.cli import main; "
                        "sys.exit(main())", "ingest", str(f), "--db", str(tmp_path / "x.db")],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 1
    assert f"error: {f}: not JSON: invalid control character at line 1, column 24\n" in r.stderr


def test_too_deeply_nested_json_is_named(tmp_path):
    f = tmp_path / "deep.jsonl"
    f.write_text("[" * 100_000 + "\n")
    (prob,) = list(read_inputs([str(f)]))
    assert str(prob) == f"{f}:1: not JSON: nested too deeply"


def test_jsonl_from_stdin_names_lines_of_stdin():
    import io

    data = b'{"text": "One."}\n{"text": 5}\n'
    arts, probs = split(read_inputs(["-"], stdin=io.BytesIO(data)))
    assert arts[0].source == "stdin#1"
    assert str(probs[0]) == "stdin:2: 'text' must be a string, not a number"


def test_runaway_titles_are_shortened_not_stored_whole(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"text": "Body.", "title": "Palmyra " * 500}) + "\n")
    (art,) = list(read_inputs([str(f)]))
    assert len(art.title) == 300 and art.title.endswith("…")
