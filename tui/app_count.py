"""The app's background counts: the search's total, where the cursor sits in it, the
salience marks and the density strip.

On a million events each of these is a query of tens to hundreds of milliseconds,
so they run in thread workers on the counting connection (tui/tally.py) and are
shown as each becomes known; a newer search or zoom supersedes them. Kept apart
from the layout and keys so the rules of a stale answer read in one place.
`DatelineApp` mixes it in.
"""

from __future__ import annotations

from typing import Any

from textual import work
from textual.worker import get_current_worker

from .keyview import key_marks
from .tally import interrupted, while_shown
from .widgets.density import Density
from .widgets.search_bar import SearchBar

TROUBLE_SECONDS = 8.0   # a failure's notice stays longer than a note's (tui/app.py)


def first_line(error: BaseException) -> str:
    """An error in one line: its message's first line, else its type's name."""
    return str(error).splitlines()[0] if str(error) else type(error).__name__


class BackgroundCounts:
    """Count, locate and mark in workers; needs the app's state (see DatelineApp)."""

    browser: Any
    tally: Any
    today: Any
    zoom: str
    total: int | None
    total_exact: bool
    position: int | None
    _marks: dict[str, Any]
    _search_error: str | None

    def _start_count(self) -> None:
        if self.browser is not None:
            self.tally.interrupt()
            self._count(self.browser.query, self.zoom, self.browser.key_n)

    @work(thread=True, exclusive=True, group="count")
    def _count(self, query: str, zoom: str, key_n: int | None) -> None:
        """Count, then what the salience bars measure against, then density: each shown
        as soon as it is known."""
        worker = get_current_worker()
        try:
            counter = self.tally.run(self.tally.browser, query)
            total = self.tally.run(counter.count)
            if worker.is_cancelled:
                return
            self.call_from_thread(self._counted, query, total, counter.count_exact)
            if not key_n and query not in self._marks:
                marks = self.tally.run(key_marks, self.tally.store, query, self.today, total)
                if worker.is_cancelled:
                    return
                self.call_from_thread(self._marked, query, marks)
            periods = self.tally.run(counter.density, zoom)
        except Exception as e:
            if not interrupted(e) and not worker.is_cancelled:  # else: superseded or closing
                self.call_from_thread(self._trouble, "counting", e)
            return
        if not worker.is_cancelled:
            self.call_from_thread(self._densities, query, zoom, periods)

    @while_shown
    def _marked(self, query: str, marks: Any) -> None:
        if len(self._marks) >= 8:  # a zoom, K and back, Esc: the same searches, ranked once
            self._marks.pop(next(iter(self._marks)))
        self._marks[query] = marks
        if self.browser is not None and query == self.browser.query:
            self.timeline.set_marks(marks)

    @while_shown
    def _counted(self, query: str, total: int, exact: bool) -> None:
        if self.browser is None or query != self.browser.query:
            return
        self.total, self.total_exact = total, exact
        if query:
            bar = self.query_one(SearchBar)
            if bar.display and not self._search_error:
                bar.say(self._matches_words())
        self._update_status()
        if self.timeline.row is not None:
            self._locate(query, self.timeline.row)

    @while_shown
    def _densities(self, query: str, zoom: str, periods: list) -> None:
        if self.browser is not None and query == self.browser.query and zoom == self.zoom:
            self.query_one(Density).set_periods(periods, zoom)

    @work(thread=True, exclusive=True, group="locate")
    def _locate(self, query: str, row: Any) -> None:
        """Where the row sits in the whole search, for the status line and the gauge."""
        try:
            position = self.tally.run(lambda: self.tally.browser(query).position(row))
        except Exception as e:
            if not interrupted(e) and not get_current_worker().is_cancelled:
                self.call_from_thread(self._trouble, "locating the event", e)
            return
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self._located, query, row, position)

    @while_shown
    def _located(self, query: str, row: Any, position: int) -> None:
        if (self.browser is not None and query == self.browser.query
                and row == self.timeline.row and position != self.position):
            self.position = position
            self._update_status()

    def _trouble(self, doing: str, error: BaseException) -> None:
        """A background failure becomes one line on screen, never a traceback."""
        self.notify(f"Trouble {doing}: {first_line(error)}", severity="error", markup=False,
                    timeout=TROUBLE_SECONDS)

    def _matches_words(self) -> str:
        if self.total is None:
            return "counting…"
        plus = "" if self.total_exact else "+"
        if self._key_of() is not None:  # the key view: the key events of how many matches
            return f"{self.total:,} key events of {self._key_of():,} matches"
        return f"{self.total:,}{plus} match" + ("" if self.total == 1 else "es")

    def _key_of(self) -> int | None:
        """In the key-dates view: how many events of the search were ranked (for the status)."""
        browser = self.browser
        if browser is None or browser.key_n is None:
            return None
        return browser.of_total if browser.of_total is not None else browser.key_n
