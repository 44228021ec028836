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

from textual import events

from .prompt import CANCEL, SUBMIT, Prompt
from .status import StatusLine

PLACEHOLDER = "2015-08, March 2016, last May · Enter goes, Esc leaves"
NOT_A_DATE = "not a date I can read"


def resolve(text: str, today: date) -> tuple[str, str] | None:
    """The span a typed date means, read by the store's date reader (against today)."""
    from store.query.dates import span

    return span(text, today)


class GotoDate:
    """The date prompt's keys; needs the app's state."""

    today: date
    timeline: Any
    _date_prompt: Prompt | None = None

    def action_goto_date(self) -> None:
        self._date_prompt = Prompt("go to date:", PLACEHOLDER)
        self._pane(StatusLine).ask(self._date_prompt)
        self._warm_date_reader()

    def _warm_date_reader(self) -> None:
        """The date reader's first import and regular expressions (0.2-0.3 s) while the
        date is typed, not after Enter."""
        import sys

        if "store.query.dates" not in sys.modules:
            self.run_worker(lambda: resolve("2015-08", self.today), thread=True,
                            group="date-reader", exit_on_error=False)

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
        return True

    def _close_date_prompt(self) -> None:
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
