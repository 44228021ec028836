"""The search bar: typed text becomes a query after a short pause; errors show beneath.

It only reports facts (the query settled, was submitted, was cleared); the
app runs the query in a worker so a slow query never blocks typing.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Input, Static

DEBOUNCE_SECONDS = 0.15


class SearchBar(Vertical):
    """An input over a one-line message (match count, or what is wrong with the query)."""

    BINDINGS = [
        Binding("escape", "clear", "clear search", show=True, key_display="esc"),
        Binding("up", "history(1)", "older search", show=False),
        Binding("down", "history(-1)", "newer search", show=False),
    ]

    DEFAULT_CSS = """
    SearchBar { height: auto; }
    SearchBar Input { border: none; height: 1; padding: 0 1; }
    SearchBar #search-message { height: 1; padding: 0 1; color: $text-muted; }
    SearchBar.-error #search-message { color: $error; }
    """

    class Settled(Message):
        """The text stopped changing for a moment: run it."""

        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    class Submitted(Message):
        """Enter: keep this query and go back to the timeline."""

        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    class Cleared(Message):
        """Esc: no query any more."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.history: list[str] = []
        self._history_at = -1
        self._timer: Timer | None = None

    def compose(self) -> ComposeResult:
        field = Input(placeholder="search: words, \"a phrase\", -word, after:2015-08, source:bbc",
                      id="search-input", select_on_focus=False)
        field.cursor_blink = False  # each blink is a repaint sent over a possibly slow link
        yield field
        yield Static(id="search-message")

    @property
    def input(self) -> Input:
        return self.query_one(Input)

    @property
    def value(self) -> str:
        return self.input.value

    def open(self, history: list[str]) -> None:
        self.history = list(history)
        self._history_at = -1
        self.display = True
        # focus now, not after a refresh: keys typed right after "/" belong to the bar
        self.screen.set_focus(self.input)

    def say(self, message: str, error: bool = False) -> None:
        """Show the match count or the query's error (one line, literal text)."""
        self.set_class(error, "-error")
        self.query_one("#search-message", Static).update(Text(message, no_wrap=True,
                                                              overflow="ellipsis"))

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        if self._timer is not None:
            self._timer.stop()
        query = event.value
        self._timer = self.set_timer(DEBOUNCE_SECONDS,
                                     lambda: self.post_message(self.Settled(query)))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self._timer is not None:
            self._timer.stop()
        self.post_message(self.Submitted(event.value))

    def action_clear(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        with self.input.prevent(Input.Changed):
            self.input.value = ""
        self.say("")
        self.display = False
        self.post_message(self.Cleared())

    def action_history(self, step: int) -> None:
        """Walk the remembered searches: up goes back in time, down forward."""
        if not self.history:
            return
        self._history_at = max(-1, min(len(self.history) - 1, self._history_at + step))
        text = "" if self._history_at < 0 else self.history[self._history_at]
        self.input.value = text
        self.input.cursor_position = len(text)
