"""The dateline app: timeline, details and sources, driven by keys from tui/actions.py.

The app owns the `Browser` (the current search) and wires the panes
together: the timeline reports where its cursor rests, the app asks the store
for that event's sources and shows them. Slow work (searches, counts) runs in
thread workers so keys never wait on SQLite.

This module keeps the layout, filling the panes and moving around; each other
job is a mixin of its own: the search (search_flow.py), go to date (goto_flow.py), the
key-dates view (keyview.py), the analyst's keys (annotate_flow.py), the background
counts (app_count.py), following the store (app_follow.py), the store's file on disk
(app_file.py) and the source keys (app_sources.py).
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from datetime import date
from typing import Any

from textual import events
from textual.app import App, ComposeResult, SystemCommand
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Input

from store import regroup
from store.counts import period_of
from store.query import QueryError

from . import garbage, signals
from .actions import ACTIONS, READER_ACTIONS, bindings, display_keys
from .annotate_flow import AnnotateFlow
from .app_count import TROUBLE_SECONDS, BackgroundCounts
from .app_file import FileWatch
from .app_follow import FollowStore
from .app_sources import SourceActions
from .footer import KeysFooter
from .format import FINENESS, ZOOM_FINENESS, next_period_start, period_header, period_start
from .goto_flow import GotoDate
from .keyview import KeyView, Reasons, SearchBrowser, view_marks
from .screens.help import HelpScreen
from .screens.reader import ReaderScreen
from .search_flow import SearchFlow
from .status import StatusLine, status_text
from .tally import Tally
from .widgets.density import Density
from .widgets.details import Details
from .widgets.search_bar import SearchBar
from .widgets.sources import Sources
from .widgets.timeline import PAGE, Timeline, date_window, last_window

ZOOMS = ("year", "month", "day")   # coarse to fine
NARROW_WIDTH = 100                 # below this the panes stack
POLL_SECONDS = 2.0
NOTE_SECONDS = 3.0                 # a notification's life (Textual: 5); trouble stays longer
MAIN_ONLY = {a.name for a in ACTIONS} - {"quit", "help"}


def theme_names() -> list[str]:
    """The themes `--theme` accepts (the command line checks a name against these)."""
    from textual.theme import BUILTIN_THEMES

    return sorted(BUILTIN_THEMES)


class DatelineApp(SearchFlow, GotoDate, KeyView, AnnotateFlow, BackgroundCounts, FollowStore,
                  FileWatch, SourceActions, App):
    """Browse a store's timeline; `query` starts it filtered, `theme` picks a Textual theme."""

    TITLE = "dateline"
    CSS_PATH = "app.tcss"
    NOTIFICATION_TIMEOUT = NOTE_SECONDS
    BINDINGS = bindings()

    def __init__(self, store: Any, query: str = "", theme: str | None = None, *,
                 today: date | None = None, follow: bool = True) -> None:
        super().__init__()
        self.store = store
        self.initial_query = query
        self.today = today or date.today()
        self.animation_level = "none"
        self._unknown_theme = None
        if theme and theme in self.available_themes:
            self.theme = theme
        elif theme:
            self._unknown_theme = theme
        self.browser: SearchBrowser | None = None
        self.key_view = False                   # K: only the search's key events
        self.zoom = "month"
        self.total: int | None = None
        self.total_exact = True
        self.position: int | None = None
        self.stale = False
        self.follow = follow
        self.arrived = 0                    # events made since the app opened (following)
        self._data_version = 0
        self._search_error: str | None = None   # the query whose error is under the bar
        self._wanted = query                    # the search the user asked for last
        self.tally: Tally | None = None         # opened on mount, closed on unmount
        self._marks: dict[str, Any] = {}        # query -> keyview.Marks of its salience bars
        self._first_source: Any = None          # the details pane's source, for its reason
        self._fill_pending: bool | None = None  # None until the panes are first filled
        self._locate_due = False                # the cursor's row awaits its position
        self._panes: dict[type, Any] = {}       # widgets found once (`_pane`)
        self._input_at = time.monotonic()       # the last key, for collecting garbage idle

    # ---------------------------------------------------------------- layout

    def compose(self) -> ComposeResult:
        bar = SearchBar(id="search")
        bar.display = False
        yield bar
        yield Density(id="density")
        with Horizontal(id="panes"):
            yield Timeline(id="timeline")
            with Vertical(id="side"):
                yield Details(id="details")
                yield Sources(id="sources")
        yield StatusLine(id="status")
        yield KeysFooter()  # the keys that fit the width (tui/footer.py)

    def _pane(self, kind: type) -> Any:
        """The main screen's one widget of `kind`, found once: they live as long as the app,
        and a DOM query walked the tree four or five times a key press."""
        found = self._panes.get(kind)
        if found is None:
            found = self._panes[kind] = self.query_one(kind)
        return found

    @property
    def timeline(self) -> Timeline:
        return self._pane(Timeline)

    @property
    def sources_pane(self) -> Sources:
        return self._pane(Sources)

    def on_mount(self) -> None:
        if not self.is_headless:
            signals.on_stop_signals(self._stop_by_signal)
        self.tally = Tally(self.store, self.today)
        self.reasons = Reasons(self.tally, self.today)
        self._set_narrow(self.size.width)
        self.timeline.on_highlight = self.on_timeline_highlighted  # same repaint as the cursor
        try:
            browser = SearchBrowser(self.store, self.initial_query, self.today)
        except QueryError as e:
            browser = SearchBrowser(self.store, "", self.today)
            bar = self.query_one(SearchBar)
            bar.display = True
            bar.input.value = self.initial_query
            bar.say(e.message, error=True)
        self._use_news(browser)
        self.timeline.focus()
        if self._unknown_theme:
            self.notify(f"Unknown theme {self._unknown_theme!r}; try one of: "
                        f"{', '.join(theme_names())}", severity="warning", markup=False,
                        timeout=TROUBLE_SECONDS)
        self._data_version = self.store.data_version()
        self._start_following(browser)  # events made from now on are marked '+' until visited
        self.set_interval(POLL_SECONDS, self._poll_store)
        if not self.is_headless:
            self.call_after_refresh(garbage.settle)
            self.set_interval(garbage.CHECK_SECONDS, self._collect_when_idle)

    async def on_event(self, event: Any) -> None:
        if isinstance(event, events.Key):
            self._input_at = time.monotonic()
        if isinstance(event, (events.Key, events.Paste)) and not event.is_forwarded and (
                self.prompt_takes(event)):
            return  # typed into the status line's prompt (go to date)
        await super().on_event(event)

    def _collect_when_idle(self) -> None:
        garbage.collect_if_idle(time.monotonic() - self._input_at)

    def on_unmount(self) -> None:
        if self.tally is not None:
            self.tally.interrupt()
            self.tally.close()

    def on_resize(self, event: Any) -> None:
        self._set_narrow(event.size.width)

    def _set_narrow(self, width: int) -> None:
        self.set_class(width < NARROW_WIDTH, "narrow")

    # ---------------------------------------------------------------- state

    def _use_first(self, browser: SearchBrowser) -> None:
        """Show the first page of `browser`; a short page is the whole search."""
        rows = browser.first(PAGE)
        self._use(browser, rows, 0, at_start=True, at_end=len(rows) < PAGE)

    def _use_news(self, browser: SearchBrowser) -> None:
        """Open where the news is: on the first event of the newest article's day, the days
        before it above (on the last event when nothing is dated that day or later). A
        story's timeline reaches back to a Roman temple's century and forward to next
        week's talks; the reader comes for what the latest reports tell, and g goes to the
        oldest. Without a known publication day: the first event."""
        day = browser.latest_published()
        window = date_window(browser, day) if day else None
        if day and window is None:  # the newest articles only tell of earlier days: the last
            window = last_window(browser)
        if window is None or not window[0]:
            self._use_first(browser)
            return
        rows, cursor, edges = window
        self._use(browser, rows, cursor, **edges)

    def _use(self, browser: SearchBrowser, rows: list, cursor: int = 0, **edges: bool) -> None:
        """Show `browser`'s rows and count its matches in the background."""
        self.browser = browser
        self.total = None
        self.position = None
        kind = "key events" if browser.key_n else "events"
        self.timeline.empty_message = (
            f"No {kind} match {browser.searched!r}." if browser.searched
            else f"No {kind} yet. Add articles with: dateline ingest PATH")
        self.timeline.set_key_view(browser.key_n is not None)
        self.timeline.set_marks(view_marks(browser) if browser.key_n
                                else self._marks.get(browser.query))  # None: until ranked
        self.timeline.show(browser, rows, cursor, **edges)
        if self._fill_pending is None and not self.is_headless:
            # the first screen: counting starts once it is drawn (on a 10M store the count
            # worker's planning and the first frame would share the GIL)
            self.call_after_refresh(self._start_count)
        else:
            self._start_count()

    def on_timeline_highlighted(self, message: Timeline.Highlighted) -> None:
        """Fill the panes for the event under the cursor.

        The timeline calls this directly while it moves the cursor: the
        cursor, the gauge and the status go in one screen update, the
        strip's marker and the Details and Sources panes in the frame after
        (the first screen comes whole). The sources query and text (up to 200
        wrapped sources) would otherwise hold back the cursor: in tmux, j took
        24-32 ms to the first change in one update against 13-18 ms this way,
        and G onto a many-source event 170-190 ms p95 against 45-50; a jump
        across periods also redrew the whole strip inside the key press (G
        21-23 ms against 18-19). Keys pressed
        meanwhile fill the panes once, for the last row. A step moves the
        known position by as many rows (the window's rows are consecutive in
        the search); the worker still checks it and repaints only if it
        differs.
        """
        step = self.timeline.moved_by
        if self.position is not None and step is not None and self.total:
            self.position = max(0, min(self.position + step, self.total - 1))
        else:
            self.position = None
        self._locate_due = True
        if self._fill_pending is None:  # the first screen comes whole
            self._fill_panes()
        elif not self._fill_pending:  # the cursor first, the panes in the next frame
            self._fill_pending = True
            self.call_after_refresh(self._fill_panes)
        self._update_status()

    def _fill_panes(self) -> None:
        """The strip's marker, Details and Sources for the row under the cursor now (keys
        pressed meanwhile fill once, for the last row)."""
        self._fill_pending = False
        row = self.timeline.row
        terms = self.timeline.terms
        if self._locate_due:  # the worker starts after the frame: none shares its GIL
            self._locate_due = False
            if row is not None and self.browser is not None and self.total is not None:
                self._locate(self.browser.query, row)
        self._mark_period(row)
        sources = self.browser.sources(row.id) if (row is not None and self.browser) else []
        self._first_source = sources[0] if sources else None
        self._show_details(row, self._reason(row))
        self.sources_pane.show(sources, terms)

    def _show_details(self, row: Any, reason: str) -> None:
        """The details pane for `row`: with its first source, the analyst's layer and
        regroupings, and `reason` (the key view fills it in when ranked)."""
        regrouped = (regroup.regrouped(self.store.conn, row.id) if row is not None
                     else (0, 0))
        self._pane(Details).show(row, self._first_source, self.timeline.terms, reason,
                                 layer=self.layer_of(row), regrouped=regrouped)

    def _mark_period(self, row: Any) -> None:
        """The strip's caret under the row's period, and its caption in the timeline's words
        ("the 2nd century", "March 2016"); a row coarser than the zoom (a year at month)
        has no bar of its own, so its caption gives no count."""
        density = self._pane(Density)
        if row is None:
            density.set_current("", "", False)
            return
        _key, words = period_header(row.start, row.end, row.value, row.granularity, self.zoom)
        coarse = FINENESS.get(row.granularity, 5) < ZOOM_FINENESS[self.zoom]
        density.set_current(period_of(row.start, self.zoom), words, not coarse)

    def _update_status(self) -> None:
        if self.position is not None or not self.total:
            self.timeline.set_gauge(self.position, self.total)
        # else: the gauge stays where it was until the new position is known (no flicker)
        self._pane(StatusLine).update(status_text(
            position=self.position, total=self.total, exact=self.total_exact, zoom=self.zoom,
            query=self.browser.searched if self.browser else "", stale=self.stale,
            key_of=self._key_of(), arrived=self.arrived))

    def _stop_by_signal(self, signum: int) -> None:
        """SIGTERM/SIGHUP: leave now, through Textual's own exit, so the terminal is restored."""
        self.exit(return_code=128 + signum)

    def _goto_row(self, row: Any) -> None:
        self.timeline.goto_date(row.start[:10])
        self.timeline.move_to_id(row.id)

    # ---------------------------------------------------------------- actions

    def _focused_sources(self) -> Sources | None:
        focused = self.focused
        return focused if isinstance(focused, Sources) else None

    def _step(self, by: int) -> None:
        """j/k: the sources pane's cursor when it has the focus, else the timeline's."""
        if (sources := self._focused_sources()) is None:
            self.timeline.move(by)
        elif by > 0:
            sources.action_cursor_down()
        else:
            sources.action_cursor_up()

    def action_cursor_down(self) -> None:
        self._step(1)

    def action_cursor_up(self) -> None:
        self._step(-1)

    def action_page_down(self) -> None:
        self.timeline.move(self.timeline.page_rows)

    def action_page_up(self) -> None:
        self.timeline.move(-self.timeline.page_rows)

    def action_first(self) -> None:
        self.timeline.first()
        self._known_position(0)

    def action_last(self) -> None:
        self.timeline.last()
        if self.total_exact and self.total:
            self._known_position(self.total - 1)

    def _known_position(self, position: int) -> None:
        """The ends of the whole timeline need no locating: shown with the jump itself
        (a search's positions are estimates, so those still wait for the worker)."""
        if self.browser is not None and not self.browser.query and self.total:
            self.position = position
            self._update_status()

    def action_next_period(self) -> None:
        row = self.timeline.row
        if row is None or self.browser is None:
            return
        start = next_period_start(row.start, self.zoom)
        if not self.browser.at_date(start, 1):
            self.notify(f"No later {self.zoom} with events.")
            return
        self.timeline.goto_date(start)

    def action_prev_period(self) -> None:
        row = self.timeline.row
        if row is None or self.browser is None:
            return
        here = period_start(period_of(row.start, self.zoom), self.zoom)
        first_here = self.browser.at_date(here, 1)
        earlier = self.browser.before(first_here[0], 1) if first_here else []
        if not earlier:
            self.notify(f"No earlier {self.zoom} with events.")
            return
        prev = period_start(period_of(earlier[0].start, self.zoom), self.zoom)
        self.timeline.goto_date(prev)

    def _set_zoom(self, zoom: str) -> None:
        self.zoom = zoom
        self.timeline.zoom = zoom
        self._mark_period(self.timeline.row)
        self._start_count()
        self._update_status()

    def _zoom_by(self, step: int, end: str) -> None:
        """One step finer (+1) or coarser (-1), or say the zoom is at that `end` already."""
        at = ZOOMS.index(self.zoom) + step
        if not 0 <= at < len(ZOOMS):
            self.notify(f"Already grouped by {self.zoom} (the {end}).")
            return
        self._set_zoom(ZOOMS[at])

    def action_zoom_in(self) -> None:
        self._zoom_by(1, "finest")

    def action_zoom_out(self) -> None:
        self._zoom_by(-1, "coarsest")

    def action_help(self) -> None:
        self.clear_notifications()  # toasts would sit over the keys the user came to read
        self.push_screen(HelpScreen())

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """The timeline's keys do nothing (and leave the footer) while another screen is up."""
        if action in MAIN_ONLY and len(self.screen_stack) > 1:
            return False
        if action in ("search", "goto_date") and isinstance(self.focused, Input):
            return False  # "/" typed into a box is a character, not a command
        return True

    # ---------------------------------------------------------------- palette

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """Textual's own commands (theme switcher, keys, quit), then this screen's actions."""
        yield from super().get_system_commands(screen)
        actions, target = (READER_ACTIONS, screen) if isinstance(screen, ReaderScreen) else (
            (ACTIONS, self) if screen is self.screen_stack[0] else ((), self))
        for a in actions:
            yield SystemCommand(f"{a.description.capitalize()} ({display_keys(a)})", a.help,
                                getattr(target, f"action_{a.name}"))
