"""Go to a date (t): typed in the status line, as vim's ":" prompt is.

Enter jumps to the first event on or after the date; Esc leaves the prompt
where the cursor was; a date the store's reader cannot read keeps the prompt
open with one line saying so, for the user to mend. A box over the screen did
this before: it dimmed the screen, so its closing repainted every cell, and
at 10M events go to date took 25 ms p50 to the screen in tmux against 17 for a
G. Typed in place, Enter changes the timeline and the status line only, and
the focus stays on the timeline the whole time (`tui/prompt.py` says why).
`DatelineApp` mixes it in.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from textual import events, work

from .prompt import CANCEL, SUBMIT, Prompt
from .status import StatusLine
from .widgets.timeline import date_window

PLACEHOLDER = "2015-08, March 2016, last May · Enter goes, Esc leaves"
KEYS = "Enter goes · Esc leaves"
NOT_A_DATE = "not a date I can read"
# a pause this long in the typing reads the typed date's pages ahead (`_read_ahead`)
AHEAD_SECONDS = 0.15


def resolve(text: str, today: date) -> tuple[str, str] | None:
    """The span a typed date means, read by the store's date reader (against today)."""
    from store.query.dates import span

    return span(text, today)


class GotoDate:
    """The date prompt's keys; needs the app's state."""

    today: date
    timeline: Any
    browser: Any
    tally: Any
    _date_prompt: Prompt | None = None
    _ahead_timer: Any = None

    def action_goto_date(self) -> None:
        self._date_prompt = Prompt("go to date:", PLACEHOLDER, keys=KEYS)
        self._pane(StatusLine).ask(self._date_prompt)

    def _warm_date_finder(self, text: str) -> None:
        """The date finder reads the words ("last May"; ISO dates are read without it).
        Its import compiles its rules (0.25-0.35 s): begun in a worker at the first letter
        typed, it is done by Enter, where the first "last May" of a session took 350 ms.
        Not on `t` itself: an ISO date typed in one burst and Enter then waited for the
        import's GIL (82-101 ms, the first date of a tmux run)."""
        import sys

        if "store.timex.finder" not in sys.modules and any(ch.isalpha() for ch in text):
            self.run_worker(lambda: resolve("last May", self.today), thread=True,
                            exclusive=True, group="date-finder", exit_on_error=False)

    def prompt_takes(self, event: events.Event) -> bool:
        """Whether the open prompt took this key or paste (the app then does nothing else
        with it). Only on the main screen: a palette or help over it has its own keys."""
        prompt = self._date_prompt
        if prompt is None or self.screen is not self.screen_stack[0]:
            return False
        if isinstance(event, events.Paste):
            prompt.insert(event.text)
        elif isinstance(event, events.Key):
            done = prompt.key(event.key, event.character)
            if done is None:
                return False
            if done == SUBMIT:
                self._go(prompt)
                return True
            if done == CANCEL:
                self._close_date_prompt()
                return True
        else:
            return False
        self._pane(StatusLine).ask(prompt)
        self._warm_date_finder(prompt.text)
        self._stop_ahead()
        if prompt.text.strip() and self.browser is not None:
            self._ahead_timer = self.set_timer(AHEAD_SECONDS, lambda: self._read_ahead(
                self.browser.query, prompt.text.strip(), self.timeline._jump_rows()))
        return True

    def _stop_ahead(self) -> None:
        if self._ahead_timer is not None:
            self._ahead_timer.stop()
            self._ahead_timer = None

    @work(thread=True, exclusive=True, group="date-ahead", exit_on_error=False)
    def _read_ahead(self, query: str, text: str, rows: tuple[int, int]) -> None:
        """While the user pauses in typing: read the typed date's rows on the background
        connection and drop them. On a big store whose pages the OS does not hold, the
        jump's two reads wait 5-10 ms on the disk; after this they find the pages in
        memory when Enter comes. (A date typed in one burst and Enter gains nothing.)"""
        found = resolve(text, self.today)
        if found is None or self.tally is None:
            return
        try:
            self.tally.run(lambda: date_window(self.tally.browser(query), found[0], *rows))
        except Exception:  # an interrupted or failed read-ahead is only a missed warm-up
            return

    def _close_date_prompt(self) -> None:
        self._stop_ahead()
        self._date_prompt = None
        self._pane(StatusLine).ask(None)

    def _go(self, prompt: Prompt) -> None:
        text = prompt.text.strip()
        if not text:  # vim: Enter on an empty prompt leaves it
            self._close_date_prompt()
            return
        found = resolve(text, self.today)
        if found is None:
            prompt.problem = NOT_A_DATE
            self._pane(StatusLine).ask(prompt)
            return
        self._close_date_prompt()  # the status comes back in the jump's frame
        if not self.timeline.goto_date(found[0]):
            self.notify(f"No events on or after {found[0]}: showing the last one.")
        if self.focused is not self.timeline:
            self.timeline.focus()
