"""Closing the counting connection while a count still runs on it.

On a big store the count of a search runs for seconds in a worker thread; quitting then
closed the connection under the running statement, and the interpreter died (a segfault,
not a traceback). The tally must stop the job and close only once it has left."""

from __future__ import annotations

import sqlite3
import threading
import time
from datetime import date

import pytest

from store.db import open_store
from tui.tally import Tally, TallyClosed, interrupted

ENDLESS = ("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
           "SELECT count(*) FROM c")


def file_store(tmp_path):
    store = open_store(tmp_path / "t.db")
    return store


def in_thread(fn):
    """Run fn in a thread; what it returned or raised lands in the returned dict."""
    out: dict = {}
    started = threading.Event()

    def body():
        started.set()
        try:
            out["value"] = fn()
        except BaseException as e:  # noqa: BLE001 - the test looks at it
            out["error"] = e

    t = threading.Thread(target=body, daemon=True)  # a failing test must not hang the run
    t.start()
    started.wait()
    return t, out


def test_closing_during_a_long_count_interrupts_it_then_closes(tmp_path):
    store = file_store(tmp_path)
    tally = Tally(store, date(2016, 3, 1))
    assert tally.own is not None  # a file store gets its own counting connection
    t, out = in_thread(lambda: tally.run(lambda: tally.own.conn.execute(ENDLESS).fetchone()))
    time.sleep(0.1)  # the statement is stepping now
    assert tally.close() is True
    t.join(5)
    assert not t.is_alive()
    assert isinstance(out.get("error"), sqlite3.OperationalError) and interrupted(out["error"])
    with pytest.raises(sqlite3.ProgrammingError):  # closed after the job left, not before
        tally.own.conn.execute("SELECT 1")
    store.close()


def test_a_job_that_outlives_the_wait_keeps_its_connection(tmp_path):
    store = file_store(tmp_path)
    tally = Tally(store, date(2016, 3, 1))
    release = threading.Event()

    def busy_in_python():  # no statement to interrupt: the job ends when it ends
        release.wait(5)
        return tally.own.conn.execute("SELECT 41 + 1").fetchone()[0]

    t, out = in_thread(lambda: tally.run(busy_in_python))
    time.sleep(0.05)
    assert tally.close(wait=0.1) is False
    release.set()
    t.join(5)
    assert out.get("value") == 42  # the connection it was using was still open
    store.close()


def test_nothing_runs_after_close(tmp_path):
    store = file_store(tmp_path)
    tally = Tally(store, date(2016, 3, 1))
    tally.close()
    with pytest.raises(TallyClosed) as e:
        tally.run(lambda: 1)
    assert interrupted(e.value)  # the workers treat it as superseded, not as trouble
    store.close()


async def test_quitting_while_the_count_runs_does_not_crash(tmp_path):
    """The app's own path: q while its count worker is inside a statement."""
    from test_app import settle

    from store.ingest import ingest
    from tui.app import DatelineApp

    store = file_store(tmp_path)
    doc = tmp_path / "one.txt"
    doc.write_text("Rebels shelled the town of Qaryatain on Monday, officials said.")
    assert ingest(store, [str(doc)], published="2016-03-29").ok
    app = DatelineApp(store, today=date(2016, 4, 1))
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        tally = app.tally
        inside = threading.Event()

        def slow_count():
            inside.set()
            return tally.own.conn.execute(ENDLESS).fetchone()

        t, out = in_thread(lambda: tally.run(slow_count))
        inside.wait(5)
        time.sleep(0.05)
        await pilot.press("q")
        await pilot.pause()
    t.join(5)
    assert not t.is_alive() and app.return_code == 0
    assert interrupted(out["error"])
    store.close()
