"""A small box that asks for one piece of text: a title, a date, a note (several lines).

The caller's `submit(text)` answers None when the text is taken, or one line saying
what is wrong; the box then stays open with that line under it, as go-to-date does.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static


class AskScreen(ModalScreen[bool]):
    """Dismisses with True once `submit` took the text, False on Esc."""

    BINDINGS = [Binding("escape", "cancel", "cancel"),
                Binding("ctrl+s", "save", "save", show=False)]
    AUTO_FOCUS = "#ask-input"

    DEFAULT_CSS = """
    AskScreen { align: center middle; }
    AskScreen > Vertical {
        width: 70; height: auto; border: round $primary; padding: 0 1; background: $surface;
    }
    AskScreen TextArea { height: 8; }
    AskScreen #ask-error { height: auto; }
    """

    def __init__(self, title: str, value: str, submit: Callable[[str], str | None], *,
                 placeholder: str = "", multiline: bool = False) -> None:
        super().__init__()
        self.box_title = title
        self.value = value
        self.submit = submit
        self.placeholder = placeholder
        self.multiline = multiline

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = self.box_title
            if self.multiline:
                from textual.widgets import TextArea  # a note's box only: 10+ modules, and
                # the app starts without them

                area = TextArea(self.value, id="ask-input", soft_wrap=True)
                area.cursor_blink = False
                yield area
                hint = "Ctrl+S to save, Esc to cancel"
            else:
                field = Input(self.value, placeholder=self.placeholder, id="ask-input")
                field.cursor_blink = False
                yield field
                hint = "Enter to save, Esc to cancel"
            yield Static(Text(hint, style="dim"), id="ask-error")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._take(event.value)

    def action_save(self) -> None:
        field = self.query_one("#ask-input")
        self._take(field.value if isinstance(field, Input) else field.text)

    def _take(self, text: str) -> None:
        problem = self.submit(text)
        if problem is not None:
            self.query_one("#ask-error", Static).update(Text(problem))  # literal, no markup
            return
        self.dismiss(True)

    def action_cancel(self) -> None:
        self.dismiss(False)
