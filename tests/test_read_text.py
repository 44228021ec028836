"""Plain text, Markdown, folders and manifests: what `dateline ingest FOLDER` relies on."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

from store.model import RawArticle, ReadProblem
from store.read import count_inputs, read_inputs

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def articles(items):
    return [i for i in items if isinstance(i, RawArticle)]


def problems(items):
    return [i for i in items if isinstance(i, ReadProblem)]


def test_txt_and_md_are_read_verbatim_without_a_guessed_title(tmp_path):
    (tmp_path / "a.txt").write_text("fb-pixel Skip to main content\n\nBEIRUT — Troops moved.\n")
    (tmp_path / "b.md").write_text("# Heading\n\nSome *text* on Friday.\n")
    items = list(read_inputs([str(tmp_path / "a.txt"), str(tmp_path / "b.md")]))
    a, b = articles(items)
    assert a.text == "fb-pixel Skip to main content\n\nBEIRUT — Troops moved.\n"
    assert a.title is None
    assert a.source == os.path.realpath(tmp_path / "a.txt")
    assert a.path == str(tmp_path / "a.txt")
    assert a.encoding is None and a.published is None
    assert b.text.startswith("# Heading")


def test_folder_is_recursive_sorted_and_skips_hidden_unknown_and_manifest(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b.txt").write_text("bee")
    (tmp_path / "a.txt").write_text("ay")
    (tmp_path / "sub" / "c.md").write_text("sea")
    (tmp_path / ".hidden.txt").write_text("no")
    (tmp_path / ".git" / "x.txt").write_text("no")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "manifest.json").write_text('{"articles": []}')
    items = list(read_inputs([str(tmp_path)]))
    assert problems(items) == []
    assert [a.text for a in articles(items)] == ["ay", "bee", "sea"]
    assert count_inputs([str(tmp_path)]) == 3


def test_unknown_extension_given_by_name_is_reported(tmp_path):
    p = tmp_path / "report.pdf"
    p.write_bytes(b"%PDF-1.4 ...")
    (probe,) = list(read_inputs([str(p)]))
    assert isinstance(probe, ReadProblem)
    assert probe.where == str(p) and ".pdf" in probe.reason


def test_missing_file_is_one_problem_and_the_batch_goes_on(tmp_path):
    (tmp_path / "ok.txt").write_text("fine")
    items = list(read_inputs([str(tmp_path / "gone.txt"), str(tmp_path / "ok.txt")]))
    assert isinstance(items[0], ReadProblem) and "no such file" in items[0].reason
    assert articles(items)[0].text == "fine"


def test_seeds_take_outlet_title_and_date_from_their_manifest():
    items = list(read_inputs([str(SEEDS)]))
    assert problems(items) == []
    got = {Path(a.path).name: a for a in articles(items)}
    assert len(got) == 5
    ap = got["000_d03e7950b2fb6dc4.txt"]
    assert (ap.outlet, ap.title, ap.published, ap.published_from) == (
        "Associated Press (syndicated)", None, "2016-03-26", "manifest")
    assert got["004_0da33f54052b2a66.txt"].title.startswith("Syrian army")


def test_a_manifest_given_by_name_reads_the_files_it_lists():
    items = list(read_inputs([str(SEEDS / "manifest.json")]))
    assert len(articles(items)) == 5 and problems(items) == []


def test_broken_manifest_is_reported_once_and_files_still_read(tmp_path):
    (tmp_path / "manifest.json").write_text('{"articles": [ {"file": "a.txt",, }')
    (tmp_path / "a.txt").write_text("one")
    (tmp_path / "b.txt").write_text("two")
    items = list(read_inputs([str(tmp_path)]))
    (prob,) = problems(items)
    assert prob.where.endswith("manifest.json") and "not JSON" in prob.reason
    assert [a.text for a in articles(items)] == ["one", "two"]
    assert all(a.published is None for a in articles(items))


def test_manifest_with_an_impossible_date_keeps_the_rest_of_the_entry(tmp_path):
    (tmp_path / "manifest.json").write_text(json.dumps({"articles": [
        {"file": "a.txt", "outlet": "AP", "published": "2016-02-30"}]}))
    (tmp_path / "a.txt").write_text("one")
    items = list(read_inputs([str(tmp_path)]))
    (prob,) = problems(items)
    assert "2016-02-30" in prob.reason and "not a date" in prob.reason
    (art,) = articles(items)
    assert art.outlet == "AP" and art.published is None


def test_stdin_is_read_as_text_with_source_stdin():
    items = list(read_inputs(["-"], stdin=io.BytesIO(b"Syria on Friday.\n")))
    (art,) = articles(items)
    assert art.source == "stdin" and art.text == "Syria on Friday.\n"


def test_stdin_with_html_goes_through_the_html_reader():
    page = (b"<html><head><title>T</title></head><body><article><p>"
            + b"Troops advanced on the town on Friday, officials said. " * 5
            + b"</p></article></body></html>")
    (art,) = articles(read_inputs(["-"], stdin=io.BytesIO(page)))
    assert "<p>" not in art.text and "Troops advanced" in art.text


def test_a_manifest_may_list_files_in_subfolders(tmp_path):
    (tmp_path / "2016").mkdir()
    (tmp_path / "2016" / "a.txt").write_text("one")
    (tmp_path / "manifest.json").write_text(json.dumps({"articles": [
        {"file": "2016/a.txt", "outlet": "AP", "published": "2016-03-26"}]}))
    for given in (tmp_path, tmp_path / "manifest.json"):
        (art,) = list(read_inputs([str(given)]))
        assert (art.outlet, art.published, art.published_from) == ("AP", "2016-03-26", "manifest")


def test_manifest_values_win_over_the_pages_own_metadata(tmp_path):
    page = (Path(__file__).parent / "fixtures" / "inputs" / "article.html").read_bytes()
    (tmp_path / "p.html").write_bytes(page)
    (tmp_path / "manifest.json").write_text(json.dumps({"articles": [
        {"file": "p.html", "outlet": "Wire copy", "title": None, "published": "2016-03-27"}]}))
    (art,) = list(read_inputs([str(tmp_path)]))
    assert (art.outlet, art.published, art.published_from) == ("Wire copy", "2016-03-27",
                                                               "manifest")
    assert art.title == "Syrian troops enter Palmyra"       # null in the manifest: page's own


def test_reading_text_does_not_import_the_html_stack():
    """`dateline ingest notes.txt` starts fast: trafilatura loads only for HTML."""
    import subprocess
    import sys

    code = ("import sys; from store.read import read_inputs; "
            "list(read_inputs(['seeds/000_d03e7950b2fb6dc4.txt'])); "
            "print(sorted(m for m in ('trafilatura', 'htmldate', 'lxml', 'textual', 'rich') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=SEEDS.parent, capture_output=True,
                         text=True, check=True).stdout
    assert out.strip() == "[]"
