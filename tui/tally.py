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
from datetime import date
from typing import Any

from textual.css.query import NoMatches

from store.browse import Browser
from store.db import StoreError, open_store


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
    """One Browser per query on the background connection; methods run in worker threads."""

    def __init__(self, store: Any, today: date) -> None:
        self.today = today
        self.own = None
        if store.path != ":memory:":
            try:
                self.own = open_store(store.path, read_only=True)
            except StoreError:
                self.own = None
        self.store = self.own or store
        self._lock = threading.Lock()
        self._browser: Browser | None = None

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
        """Run job(*args); an interruption meant for an older query is retried."""
        for attempt in range(retries + 1):
            try:
                return job(*args)
            except Exception as e:  # an OperationalError from the store's SQLite
                if not interrupted(e) or attempt == retries:
                    raise
        return None

    def close(self) -> None:
        """Close the background connection; a query still running there just ends."""
        if self.own is not None:
            try:
                self.own.close()
            except Exception:  # a worker mid-query keeps it busy; the process is ending anyway
                pass
