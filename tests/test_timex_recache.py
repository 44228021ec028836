"""The finder's regexes built from code kept on disk (store/recache.py) behave as
freshly compiled ones: the same dated phrases whether the cache is empty, filled or
damaged, and never an error from the cache itself."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from store import recache

ROOT = Path(__file__).resolve().parents[1]

TEXT = ("The board met on Tuesday, March 8, 2016, and again two weeks later. Sales in the "
        "third quarter rose 4% from a year earlier; the 1990s were slower. By 5:30 p.m. "
        "yesterday the shares had fallen, and analysts expect a vote next month.")
PROGRAM = ("from datetime import date; from store.timex import tag; "
           f"print([(t.text, t.type, t.value) for t in tag({TEXT!r}, date(2016, 3, 10))])")


def _run(cache_home: Path) -> str:
    env = dict(os.environ, XDG_CACHE_HOME=str(cache_home), PYTHONHASHSEED="random")
    out = subprocess.run([sys.executable, "-c", PROGRAM], cwd=ROOT, env=env,
                         capture_output=True, text=True, check=True)
    assert out.stderr == ""
    return out.stdout


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG cache folder")
def test_same_phrases_from_an_empty_a_filled_and_a_damaged_cache(tmp_path):
    cold = _run(tmp_path)
    assert "('Tuesday, March 8, 2016', 'DATE', '2016-03-08')" in cold
    assert "('next month', 'DATE', '2016-04')" in cold
    kept = list(tmp_path.glob("dateline/regexes.*"))
    assert len(kept) == 1, "the first run keeps the compiled code"
    assert _run(tmp_path) == cold
    kept[0].write_bytes(b"\x00not a cache at all")
    assert _run(tmp_path) == cold
    kept[0].write_bytes(kept[0].read_bytes()[:10])  # cut short
    assert _run(tmp_path) == cold


@pytest.fixture
def empty_cache(tmp_path, monkeypatch):
    path = tmp_path / "regexes.marshal"
    monkeypatch.setattr(recache, "cache_path", lambda: str(path))
    monkeypatch.setattr(recache, "_stored", None)
    monkeypatch.setattr(recache, "_used", set())
    monkeypatch.setattr(recache, "_dirty", False)
    return path


SAMPLES = [
    (r"(?P<mon>(?-i:May|June))\s*(?P<day>\d{1,2})(?:,?\s*(?P<year>\d{4}))?", re.I),
    (r"(?m)^[ \t]*(?P<h>[01]?\d|2[0-3])(?P<sep>[:.]?)(?P<m>[0-5]\d)", 0),
    (r"\b(?:ago|earlier)\b(?!\s+than)", re.I | re.X),
    (r"(?<![\w-])(?P<w>year-earlier|year-ago)(?![\w-])", re.I),
]


def test_a_pattern_from_the_cache_matches_as_a_compiled_one(empty_cache):
    text = "May 4, 2015 and june 5\n23:50 The vote, ago; a year-ago quarter, EARLIER than"
    for pattern, flags in SAMPLES:
        first = recache.compile(pattern, flags)
        assert first == re.compile(pattern, flags)
    recache.save()
    assert empty_cache.exists()
    recache._stored = None  # a new run: everything read back from the file
    for pattern, flags in SAMPLES:
        again = recache.compile(pattern, flags)
        fresh = re.compile(pattern, flags)
        assert again == fresh
        assert again.groupindex == fresh.groupindex
        assert [m.groupdict() for m in again.finditer(text)] == \
            [m.groupdict() for m in fresh.finditer(text)]
        assert again.findall(text) == fresh.findall(text)


def test_an_unwritable_cache_is_no_error(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setattr(recache, "cache_path", lambda: str(blocker / "sub" / "r.marshal"))
    monkeypatch.setattr(recache, "_stored", None)
    monkeypatch.setattr(recache, "_used", set())
    monkeypatch.setattr(recache, "_dirty", False)
    rx = recache.compile(r"\d+ days?", re.I)
    assert rx.findall("3 DAYS and 1 day") == ["3 DAYS", "1 day"]
    recache.save()  # cannot create the folder: silently keeps nothing
    assert not (blocker / "sub").exists()
