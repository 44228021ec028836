"""Following the store: another process's writes show up without a restart, and what
arrived while the app was open is marked '+' and counted until visited.

A poll every two seconds reads SQLite's data_version; a change refreshes the
view in place (the cursor keeps its event), or, behind a dialog, waits and says
so. What the analyst's own keys make in this window (the event an undone merge
re-creates, the one a split makes) is not news: `_analyst_write` notes those ids,
so they get no '+' and no place in the count. `DatelineApp` mixes it in.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from store.query import QueryError


class FollowStore:
    """The poll, `r` and the arrived count; needs the app's state (see DatelineApp)."""

    store: Any
    browser: Any
    follow: bool
    stale: bool
    arrived: int
    _data_version: int
    _marks: dict[str, Any]

    @property
    def _made_here(self) -> set[int]:
        """Events the analyst's own writes made while following: never news."""
        if not hasattr(self, "_made_here_ids"):
            self._made_here_ids: set[int] = set()
        return self._made_here_ids

    def _start_following(self, browser: Any | None) -> None:
        """From now on, events made after the newest in `browser`'s store are news (none
        when not following)."""
        self.arrived = 0
        self._made_here.clear()
        self.timeline.new_after = (browser.newest_event_id()
                                   if self.follow and browser is not None else None)

    @contextmanager
    def _analyst_write(self) -> Iterator[Any]:
        """The store's write transaction for the analyst's keys; the events it makes are
        noted as this window's own (the write lock keeps other writers' out of the range)."""
        with self.store.write() as conn:
            browser = self.browser  # reads through the same connection, inside the write
            if not self.follow or browser is None:
                yield conn
                return
            top = browser.newest_event_id()
            yield conn
            made = browser.ids_after(top)
        self._made_here.update(made)
        self.timeline.seen.update(made)

    def _count_arrived(self) -> int:
        """Events made since the app opened (or reopened) by anyone but this window."""
        new_after = self.timeline.new_after
        if self.browser is None or new_after is None:
            return 0
        mine = {i for i in self._made_here if self.browser.event(i) is not None}
        self._made_here_ids = mine  # an own event merged away since is not counted again
        return self.browser.arrived_since(new_after) - len(mine)

    def _poll_store(self) -> None:
        """Follow the store: another process's writes show up without a restart. The view
        is refreshed in place (the cursor keeps its event) and what arrived is marked '+'
        until visited; behind a dialog it waits, saying so, until the dialog closes."""
        if self._watch_file():
            return
        version = self.store.data_version()
        if version == self._data_version and not (self.stale and self._may_follow()):
            return
        self._data_version = version
        if not self._may_follow():
            self.stale = True
            self._update_status()
            return
        self.action_refresh()
        self.arrived = self._count_arrived()
        self._update_status()

    def _may_follow(self) -> bool:
        return self.follow and len(self.screen_stack) == 1

    def action_refresh(self) -> None:
        """Read the store afresh (new events from another process), keeping the cursor's place;
        reopen its file when it was replaced (or deleted and back)."""
        if self._file_gone() and not self._reopen():
            return
        query = self.browser.searched if self.browser else ""
        row = self.timeline.row
        try:
            browser = self._open_search(query)
        except QueryError:
            browser = self._open_search("")
        self.stale = False
        self._marks = {}
        self.tally.refresh()
        self.reasons.forget()
        self._data_version = self.store.data_version()
        self._use_first(browser)
        if row is not None:
            self._goto_row(row)
