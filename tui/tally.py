"""Counts, densities and positions, worked out on a connection of their own.

A count or a density over a filtered million-event store can take seconds.
SQLite serialises one connection, so running it on the app's connection
would stall every page the timeline asks for meanwhile. The tally opens the
same file a second time, read-only, and a newer search interrupts the stale
query instead of queueing behind it. An in-memory store (tests) has no
second connection; it is small enough to share.
"""

from __future__ import annotations

import functools
import threading
import time
from datetime import date
from typing import Any

from textual.css.query import NoMatches

from store.browse import Browser, set_cache_kb
from store.db import StoreError, open_store

# the counting connection's page cache (the app's own keeps store/db.py's 32 MB): the
# counts walk indexes once per search, so a big cache holds pages nobody reads again,
# and every megabyte of it is the app's resident memory on a big store
CACHE_KB = 8_000
# how long closing waits for a running count to notice its interruption; a count that
# outlives it keeps its connection open (the process is ending) rather than crash
CLOSE_WAIT_SECONDS = 2.0


def while_shown(handler):
    """For a worker's result handler: a result that lands while the app closes (its panes
    already gone) is dropped, not raised."""
    @functools.wraps(handler)
    def run(*args, **kwargs):
        try:
            return handler(*args, **kwargs)
        except NoMatches:
            return None
    return run


def interrupted(error: BaseException) -> bool:
    """True for the error SQLite raises in a query stopped by `Tally.interrupt`."""
    return "interrupt" in str(error)


class Tally:
    """One Browser per query on the background connection; methods run in worker threads.

    Every job on the connection goes through `run`, which counts the jobs in flight:
    closing a SQLite connection while another thread steps a statement on it crashes
    the interpreter (a segfault on quitting during a count on a big store), so `close`
    interrupts, waits for the jobs to leave, and only then closes.
    """

    def __init__(self, store: Any, today: date) -> None:
        self.today = today
        self.own = None
        if store.path != ":memory:":
            try:
                self.own = open_store(store.path, read_only=True)
                set_cache_kb(self.own, CACHE_KB)
            except StoreError:
                self.own = None
        self.store = self.own or store
        self._lock = threading.Lock()
        self._browser: Browser | None = None
        self._jobs = 0                      # jobs running on the connection now
        self._idle = threading.Condition()
        self.closed = False

    def browser(self, query: str) -> Browser:
        """The background Browser for `query` (kept, so its count is computed once)."""
        with self._lock:
            if self._browser is None or self._browser.query != query:
                self._browser = Browser(self.store, query, today=self.today)
            return self._browser

    def interrupt(self) -> None:
        """Stop whatever the background connection is running (never the app's own)."""
        if self.own is not None:
            self.own.conn.interrupt()

    def refresh(self) -> None:
        """Forget cached counts after the store changed."""
        with self._lock:
            self._browser = None

    def run(self, job, *args, retries: int = 2):
        """Run job(*args); an interruption meant for an older query is retried. After
        `close` nothing runs: the job raises TallyClosed (a worker ending quietly)."""
        with self._idle:
            if self.closed:
                raise TallyClosed("interrupted: the counting connection is closed")
            self._jobs += 1
        try:
            for attempt in range(retries + 1):
                try:
                    return job(*args)
                except Exception as e:  # an OperationalError from the store's SQLite
                    if not interrupted(e) or attempt == retries or self.closed:
                        raise
            return None
        finally:
            with self._idle:
                self._jobs -= 1
                self._idle.notify_all()

    def close(self, wait: float = CLOSE_WAIT_SECONDS) -> bool:
        """Stop the jobs, wait for them to leave the connection, then close it. False when
        a job was still on it after `wait` seconds: the connection is left open."""
        with self._idle:
            self.closed = True
        if self.own is None:
            return True
        self.interrupt()
        deadline = time.monotonic() + wait
        with self._idle:
            while self._jobs:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._idle.wait(min(left, 0.05))
                if self._jobs:
                    self.interrupt()  # a job that started a new statement meanwhile
            self.own.close()
        return True


class TallyClosed(Exception):
    """A job asked of a closed tally (its message says "interrupted", so the workers'
    handlers treat it as superseded, not as trouble)."""
