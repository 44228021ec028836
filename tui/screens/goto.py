"""Go to a date: a small input that reads "2015-08", "March 2016" or "last May"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static


def resolve(text: str, today: date) -> tuple[str, str] | None:
    """The span a typed date means, read by the store's date reader (against today)."""
    from store.query.dates import span

    return span(text, today)


class GotoScreen(ModalScreen[str | None]):
    """Dismisses with the first ISO day of the typed date, or None on Esc.

    With `land`, the day is handed to it before the box closes: the screen
    below then moves while still covered, and closing the box shows it in one
    repaint instead of one for the old place and another for the new.
    """

    BINDINGS = [Binding("escape", "cancel", "cancel")]
    AUTO_FOCUS = "#goto-input"

    DEFAULT_CSS = """
    GotoScreen { align: center middle; }
    GotoScreen > Vertical {
        width: 60; height: auto; border: round $primary; padding: 0 1; background: $surface;
    }
    GotoScreen #goto-error { color: $error; height: auto; }
    """

    def __init__(self, today: date, land: Callable[[str], None] | None = None) -> None:
        super().__init__()
        self.today = today
        self.land = land

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "go to date"
            # no blinking cursor: each blink is a repaint sent over a possibly slow link
            goto = Input(placeholder='2015-08, March 2016, last May', id="goto-input")
            goto.cursor_blink = False
            yield goto
            yield Static(Text("Enter to go, Esc to cancel", style="dim"), id="goto-error")

    def on_key(self, event: events.Key) -> None:
        """Keys typed before the box had focus (a fast burst after t) still go into it."""
        field = self.query_one(Input)
        if self.focused is None and event.is_printable and event.character:
            event.stop()
            field.insert_text_at_cursor(event.character)
            field.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        text = event.value.strip()
        found = resolve(text, self.today) if text else None
        if found is None:
            message = "Type a date" if not text else f"Not a date I can read: {text!r}"
            self.query_one("#goto-error", Static).update(Text(message))
            return
        if self.land is not None:
            self.land(found[0])
        self.dismiss(found[0])

    def action_cancel(self) -> None:
        self.dismiss(None)
