"""The key-dates view: the search narrowed to its most salient events, and the marks that
rank every row of the normal view against those key events.

Journalists who write a timeline of a story pick 10 to 60 dates. The view is
the search plus the query language's `key:N` (store/query/key.py), so every
key of the timeline (moving, paging, go to date, search, the reader) works in
it unchanged: it is just another Browser. N comes from the search itself:
`key_count` of the events it selects.

Kept apart from the app's layout like the search flow (tui/search_flow.py);
`DatelineApp` mixes it in. The ranking runs in a worker, so K never waits on
SQLite.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from textual import work
from textual.cache import LRUCache
from textual.worker import get_current_worker

from store.browse import Browser
from store.keydates import MAX_DEFAULT, MIN_DEFAULT

from .tally import Tally, interrupted, while_shown
from .widgets.timeline import PAGE

# fewer key dates than KEY_MIN tell no story, more than KEY_MAX are no longer a summary:
# the same bounds as `dateline timeline`'s default
KEY_MIN, KEY_MAX = MIN_DEFAULT, MAX_DEFAULT
KEY_RULE = "the √n most salient of the search's n events (10 to 60)"  # the help says it


def key_count(events: int) -> int:
    """How many key events a search of `events` events gets: its square root, at least
    KEY_MIN and at most KEY_MAX (100 events keep 10, 1,000 keep 32, 3,600 or more keep 60),
    never more than it has (but one, as key:N needs)."""
    return max(1, min(events, max(KEY_MIN, min(KEY_MAX, round(math.sqrt(max(events, 0)))))))


def keyed(query: str, n: int | None) -> str:
    """The search with its key filter: the text the store (and the counting worker) reads."""
    return f"{query} key:{n}".strip() if n else query


class SearchBrowser(Browser):
    """The Browser of what the user searched (`searched`), narrowed to its `key_n` most
    salient events when the key-dates view is on; `of_total` events were ranked."""

    def __init__(self, store: Any, searched: str, today: Any, key_n: int | None = None,
                 of_total: int | None = None) -> None:
        super().__init__(store, keyed(searched, key_n), today=today)
        self.searched = searched
        self.key_n = key_n
        self.of_total = of_total


def open_search(store: Any, searched: str, today: Any, key: bool) -> SearchBrowser:
    """The browser for `searched`, with its key events ranked now when `key` (call it in a
    worker: the count and the ranking read the store). Raises QueryError like Browser."""
    if not key:
        return SearchBrowser(store, searched, today)
    total = Browser(store, searched, today=today).count()
    browser = SearchBrowser(store, searched, today, key_count(total), total)
    browser.plan  # noqa: B018 - ranks the key events here, not on the first page asked
    return browser


# ---------------------------------------------------------------- marks

BARS = " ▁▂▃▄▅▆▇█"


@dataclass(frozen=True)
class Marks:
    """What a row's salience bar is measured against, for one search.

    Normal view: `key_ids` are the events the key-dates view would show, drawn
    as a full bar; any other event gets at most half a bar (so the key rows
    stand out), in proportion to the lowest salience among the key events
    (`low`). Key view: every row is key, so the bar ranks it against the most
    salient one (`top`).
    """

    key_ids: frozenset[int]
    low: float
    top: float
    key_view: bool

    def glyph(self, event_id: int, salience: float) -> str:
        if salience <= 0:
            return BARS[0]
        if self.key_view:
            return BARS[max(1, min(8, math.ceil(8 * salience / self.top)))] if self.top > 0 \
                else BARS[8]
        if event_id in self.key_ids:
            return BARS[8]
        if self.low <= 0:
            return BARS[1]
        return BARS[max(1, min(4, math.ceil(4 * salience / self.low)))]


def marks_of(rows: list, key_view: bool) -> Marks:
    saliences = [r.salience for r in rows]
    return Marks(frozenset(r.id for r in rows), min(saliences, default=0.0),
                 max(saliences, default=0.0), key_view)


def key_marks(store: Any, query: str, today: Any, total: int) -> Marks:
    """The marks of the normal view for `query`, whose `total` events are counted: ranks
    its key events (a few hundred index rows on a big store; in a worker)."""
    return marks_of(Browser(store, keyed(query, key_count(total)), today=today).first(KEY_MAX),
                    False)


def view_marks(browser: SearchBrowser) -> Marks:
    """The marks of the key view: its own rows, already ranked in memory (no second
    ranking, which on a big filtered search held the GIL for a second)."""
    return marks_of(browser.first(KEY_MAX), True)


class Reasons:
    """Why events rank where they do (store/salience.py's reason), worked out on the
    counting connection (tui/tally.py) and remembered for the events already explained.

    The reason counts the events that rank higher: on a million events up to ~100 ms
    of index, too long for the cursor's own frame, so it is shown when ready. A
    connection of its own would keep its own page cache of that index (up to 32 MB:
    the app's peak memory went from 87 to 129-157 MB on 1M events); on the counting
    connection a reason may wait behind a count instead.
    """

    def __init__(self, tally: Tally, today: Any) -> None:
        self.tally = tally
        self.browser = Browser(tally.store, "", today=today)
        self.known: LRUCache[int, str] = LRUCache(512)
        self.ranks: dict[float, int] = {}  # each salience's rank, counted once

    def explain(self, event_id: int) -> str:
        """The reason (in a worker thread); a count's interruption is retried."""
        text = self.tally.run(self.browser.why_salient, event_id, self.ranks)
        self.known[event_id] = text
        return text

    def forget(self) -> None:
        """The store changed: ranks are counted again."""
        self.known.clear()
        self.ranks.clear()


class KeyView:
    """The K key, the key-aware browser and the details' reason; needs the app's state
    (see DatelineApp)."""

    store: Any
    today: Any
    browser: SearchBrowser | None
    _wanted: str
    key_view: bool = False
    reasons: Reasons | None = None

    def _reason(self, row: Any) -> str:
        """The reason for `row` when known; else '' now and the details filled when ready."""
        if row is None or self.reasons is None:
            return ""
        text = self.reasons.known.get(row.id)
        if text is None:
            self._explain(row.id)
            return ""
        return text

    @work(thread=True, exclusive=True, group="reason")
    def _explain(self, event_id: int) -> None:
        if get_current_worker().is_cancelled:
            return  # the cursor moved on before this one started
        try:
            self.reasons.explain(event_id)
        except Exception as e:
            if not interrupted(e) and not get_current_worker().is_cancelled:
                self.call_from_thread(self._trouble, "explaining the rank", e)
            return
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self._explained, event_id)

    @while_shown
    def _explained(self, event_id: int) -> None:
        row = self.timeline.row
        if row is not None and row.id == event_id and not self._fill_pending:
            self._show_details(row, self.reasons.known.get(event_id) or "")

    def _open_search(self, searched: str) -> SearchBrowser:
        """The browser for a search in the view now on (key events ranked when it is)."""
        return open_search(self.store, searched, self.today, self.key_view)

    def action_key_view(self) -> None:
        """Toggle the key-dates view; the cursor stays near its date."""
        if self.browser is None:
            return
        self.key_view = not self.key_view
        self._switch_view(self.browser.searched, self.key_view, self.timeline.row)

    @work(thread=True, exclusive=True, group="key")
    def _switch_view(self, searched: str, key: bool, row: Any) -> None:
        try:
            browser = open_search(self.store, searched, self.today, key)
            rows = browser.first(PAGE)
        except Exception as e:  # the search ran a moment ago: a store failure, in one line
            if not get_current_worker().is_cancelled:
                self.call_from_thread(self._trouble, "ranking the key dates", e)
            return
        if not get_current_worker().is_cancelled:
            self.call_from_thread(self._switched, searched, key, browser, rows, row)

    @while_shown
    def _switched(self, searched: str, key: bool, browser: SearchBrowser, rows: list,
                  row: Any) -> None:
        if key != self.key_view or self.browser is None or searched != self.browser.searched:
            return  # K again, or a new search, since: that one wins
        self._use(browser, rows, 0, at_start=True, at_end=len(rows) < PAGE)
        if row is not None and rows:
            self._goto_row(row)
