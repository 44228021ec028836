"""Exports carry hostile article text literally and safely."""

import csv
import io
import json

from store.browse import Browser
from store.db import open_memory
from store.export import write_events
from store.ingest import ingest


def hostile_store(tmp_path):
    f = tmp_path / "evil\x1b[31m.jsonl"
    f.write_text(json.dumps({
        "text": "=HYPERLINK(\"http://x\") Rebels took [bold red]Homs[/] on 3 March 2016.\x1b[31m "
                "[link=file:///etc/passwd]click[/link]\n",
        "title": "@title", "outlet": "-Wire", "published": "2016-03-26"}) + "\n")
    store = open_memory()
    assert ingest(store, [str(f)]).added == 1
    return store


def export(store, fmt):
    out = io.StringIO()
    write_events(Browser(store), out, fmt)
    return out.getvalue()


def test_jsonl_keeps_markup_literally_and_no_escape_codes(tmp_path):
    text = export(hostile_store(tmp_path), "jsonl")
    assert "\x1b" not in text  # the file name keeps its ESC, JSON-escaped
    sentences = [s["sentence"] for e in map(json.loads, text.splitlines()) for s in e["sources"]]
    assert any("[bold red]Homs[/]" in s and "[link=file:///etc/passwd]" in s for s in sentences)


def test_every_sentence_is_article_text_even_the_lead(tmp_path):
    store = hostile_store(tmp_path)
    stored = " ".join(store.conn.execute("SELECT dateline_text(text) FROM articles").fetchone()[0].split())
    for e in map(json.loads, export(store, "jsonl").splitlines()):
        for s in e["sources"]:
            assert s["sentence"] in stored, s


def test_csv_cells_never_start_a_formula(tmp_path):
    rows = list(csv.reader(io.StringIO(export(hostile_store(tmp_path), "csv"))))
    assert len(rows) > 1
    for row in rows[1:]:
        for cell in row:
            assert cell[:1] not in ("=", "+", "-", "@"), cell
            assert "\x1b" not in cell


def test_markdown_escapes_markup(tmp_path):
    md = export(hostile_store(tmp_path), "md")
    assert "\x1b" not in md
    assert "\\[bold red\\]Homs\\[/\\]" in md


def test_markdown_headings_name_coarse_spans_and_quotes_are_not_doubled(tmp_path):
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({
        "text": "The temple dates back to the 2nd century, when Rome ruled the region.\n"
                "Trade boomed in the 1990s, traders said.\n"
                "“We left in May 2015,” a farmer said.\n"
                "The town was shelled on 3 March 2016.\n",
        "outlet": "Wire", "published": "2016-03-26"}) + "\n")
    store = open_memory()
    ingest(store, [str(f)])
    md = export(store, "md")
    headings = [line for line in md.splitlines() if line.startswith("#")]
    assert headings == ["# Timeline", "## the 2nd century", "## the 1990s", "## 2015",
                        "### 2015-05", "## 2016", "### 2016-03"]
    assert "““" not in md and "“We left in May 2015,” a farmer said.” (" not in md
    lines = md.splitlines()
    for i, line in enumerate(lines):  # every list opens after a blank line
        if line.startswith("- ") and not lines[i - 1].startswith(("- ", "  - ")):
            assert lines[i - 1] == "", lines[i - 1:i + 1]
