"""The search flow of the app: type, see results, keep or clear them.

Kept apart from the app's layout and keys so the rules of a search (stale
answers are dropped, an error stays under the bar until fixed, Enter keeps
the query in the history) read in one place. `DatelineApp` mixes it in.
"""

from __future__ import annotations

from typing import Any

from textual import work
from textual.worker import get_current_worker

from store.history import recent_searches, remember_search
from store.query import QueryError

from .app_count import first_line
from .widgets.search_bar import SearchBar
from .widgets.timeline import PAGE


def landing(rows: list, terms: list[str]) -> int:
    """Where the cursor lands after a search: the first event whose own title says
    every searched word, else the first match.

    A sentence that dates two happenings ("on the offensive since last week and
    on Tuesday captured Hill 900") matches under both dates; the user searching
    "Hill 900" is after the capture, whose title names it.
    """
    wanted = [t.casefold() for t in terms if t.strip()]
    if wanted:
        for i, row in enumerate(rows):
            title = row.title.casefold()
            if all(t in title for t in wanted):
                return i
    return 0


class SearchFlow:
    """Handlers for SearchBar's messages and the search keys; needs the app's state."""

    store: Any
    today: Any
    browser: Any  # keyview.SearchBrowser: the search typed is its `searched`
    _wanted: str
    _search_error: str | None

    def on_search_bar_settled(self, message: SearchBar.Settled) -> None:
        self._wanted = message.query
        self._search(message.query)

    @work(thread=True, exclusive=True, group="search")
    def _search(self, query: str) -> None:
        try:
            browser = self._open_search(query)
            rows = browser.first(PAGE)
        except QueryError as e:
            if not get_current_worker().is_cancelled:
                self.call_from_thread(self._search_failed, query, e.message)
            return
        except Exception as e:  # a store failure is reported like a bad query, in one line
            if not get_current_worker().is_cancelled:
                self.call_from_thread(self._search_failed, query,
                                      f"search failed: {first_line(e)}")
            return
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self._searched, query, browser, rows)

    def _search_failed(self, query: str, message: str) -> None:
        if query != self._wanted:
            return  # the user typed on, or left the search
        self._search_error = query
        self.query_one(SearchBar).say(message, error=True)

    def _searched(self, query: str, browser: Any, rows: list) -> None:
        if query != self._wanted:
            return  # a stale answer: the user typed on, or cleared the search
        self._search_error = None
        self._use(browser, rows, landing(rows, browser.terms), at_start=True,
                  at_end=len(rows) < PAGE)
        self.query_one(SearchBar).say(self._matches_words() if query else "")

    def on_search_bar_submitted(self, message: SearchBar.Submitted) -> None:
        query = message.query
        if self._search_error == query:
            return  # the error stays under the bar until the query is fixed
        problem = remember_search(self.store, query.strip()) if query.strip() else None
        if problem:  # a full disk: said, and the search still runs
            self.notify(problem, severity="warning", markup=False)
        self._wanted = query
        if self.browser is None or self.browser.searched != query:
            self._search(query)
        self.timeline.focus()

    def on_search_bar_cleared(self, message: SearchBar.Cleared) -> None:
        self._search_error = None
        self._wanted = ""
        self.workers.cancel_group(self, "search")
        if self.browser is not None and self.browser.searched:
            browser = self._open_search("")
            row = self.timeline.row
            self._use_first(browser)
            if row is not None:
                self._goto_row(row)
        self.timeline.focus()

    def action_search(self) -> None:
        self.query_one(SearchBar).open(recent_searches(self.store))

    def action_clear_search(self) -> None:
        bar = self.query_one(SearchBar)
        if bar.display or (self.browser is not None and self.browser.searched):
            bar.action_clear()

    def _to_match(self, by: int) -> None:
        if self.browser is None or not self.browser.searched:
            self.notify("No search: press / to search.")
            return
        self.timeline.move(by)

    def action_next_match(self) -> None:
        self._to_match(1)

    def action_prev_match(self) -> None:
        self._to_match(-1)

