"""Faults from the machine, not the input: SIGTERM and SIGHUP during ingest, a full disk."""

from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from contextlib import closing
from pathlib import Path

import pytest

from tests.test_faults import INGEST, consistent, make_corpus


def _stored_articles(db: Path) -> int:
    """Articles committed so far, as another reader sees them (0 before the store exists:
    the size of the file is no sign, an empty store's schema alone is 150 KB)."""
    try:
        with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.1)) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def _ingest_until_some_stored(argv, db: Path, timeout: float = 60.0) -> subprocess.Popen:
    p = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    end = time.monotonic() + timeout
    while time.monotonic() < end and p.poll() is None:
        if db.exists() and _stored_articles(db) > 0:
            break
        time.sleep(0.02)
    return p


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP])
def test_sigterm_and_sighup_stop_an_ingest_like_ctrl_c(tmp_path, sig):
    corpus = tmp_path / "corpus"
    make_corpus(corpus, 240)
    db = tmp_path / "t.db"
    argv = [sys.executable, "-c", INGEST, "ingest", str(corpus), "--db", str(db),
            "--published", "2016-03-26", "--jobs", "2"]
    p = _ingest_until_some_stored(argv, db)
    if p.poll() is not None:
        pytest.skip("the ingest finished before the signal could be sent")
    p.send_signal(sig)
    out, err = p.communicate(timeout=60)
    assert p.returncode == 128 + sig
    assert "Traceback" not in err and "Error" not in err
    lines = [x for x in err.splitlines() if x.strip() and "\r" not in x]
    assert lines[-1] == (f"dateline: stopped by {signal.Signals(sig).name}; everything stored "
                         "so far is kept")
    kept = consistent(db)
    assert 0 < kept < 240
    again = subprocess.run(argv, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert consistent(db) == 240


@pytest.fixture
def small_disk():
    """A 2 MB filesystem of its own (tmpfs), where the machine lets the tests mount one. The
    test's 300 articles make a 2.8 MB store, so the disk fills mid-run whenever the WAL is
    checkpointed (3 MB and 200 articles, 1.9 MB, fitted in some runs)."""
    where = Path("/tmp") / f"dateline-full-{uuid.uuid4().hex[:8]}"
    where.mkdir()
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(where)],
                       capture_output=True, text=True)
    if r.returncode != 0:
        where.rmdir()
        pytest.skip(f"cannot mount a small filesystem here: {r.stderr.strip()}")
    yield where
    subprocess.run(["umount", str(where)], capture_output=True)
    shutil.rmtree(where, ignore_errors=True)


def test_a_full_disk_is_one_line_and_the_store_stays_whole(tmp_path, small_disk):
    corpus = tmp_path / "corpus"
    make_corpus(corpus, 300)
    db = small_disk / "full.db"
    argv = [sys.executable, "-c", INGEST, "ingest", str(corpus), "--db", str(db),
            "--published", "2016-03-26", "--jobs", "1"]
    r = subprocess.run(argv, capture_output=True, text=True, timeout=300)
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    last = [x for x in r.stderr.splitlines() if x.strip()][-1]
    assert last.startswith(f"dateline: {db}: the disk is full; everything stored before this "
                           "is kept")
    # what was stored is whole; moved to a roomy disk, a rerun finishes the job
    roomy = tmp_path / "roomy.db"
    shutil.copy(db, roomy)
    for suffix in ("-wal", "-shm"):
        if Path(str(db) + suffix).exists():
            shutil.copy(str(db) + suffix, str(roomy) + suffix)
    kept = consistent(roomy)
    assert 0 < kept < 300  # (the disk filled mid-run, not at the store's creation)
    argv[argv.index(str(db))] = str(roomy)
    again = subprocess.run(argv, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert consistent(roomy) == 300
