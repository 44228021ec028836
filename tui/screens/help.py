"""The help screen, generated from the key table and the query filter table."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from ..actions import ACTIONS, BUILTIN_KEYS, READER_ACTIONS, display_keys


def filter_lines() -> list[tuple[str, str]]:
    """The query language's own help (store.query.filters), when that module is present."""
    try:
        from store.query.filters import help_lines
    except ImportError:
        return [("word", "events whose title or sentences contain the word")]
    return help_lines()


def help_table() -> Table:
    table = Table.grid(padding=(0, 2), expand=True)
    table.add_column(style="bold", max_width=18)
    table.add_column(ratio=1)

    def section(title: str) -> None:
        table.add_row("", "")
        table.add_row(Text(title, style="bold underline"), "")

    section("Timeline")
    for a in ACTIONS:
        table.add_row(Text(display_keys(a)), Text(a.help))
    for keys, what in BUILTIN_KEYS:
        table.add_row(Text(keys), Text(what))
    section("Reader")
    for a in READER_ACTIONS:
        table.add_row(Text(display_keys(a)), Text(a.help))
    section("Search (/)")
    for syntax, meaning in filter_lines():
        table.add_row(Text(syntax), Text(meaning))
    return table


class HelpScreen(ModalScreen[None]):
    """Every key and search filter; any of Esc, q or ? closes it."""

    BINDINGS = [Binding("escape,q,question_mark", "close", "close", key_display="esc")]

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 90%; max-width: 110; height: 90%;
        border: round $primary; padding: 0 1; background: $surface;
    }
    """

    def compose(self) -> ComposeResult:
        with VerticalScroll() as scroll:
            scroll.border_title = "dateline keys (esc closes)"
            yield Static(help_table(), id="help-body")

    def on_mount(self) -> None:
        self.query_one(VerticalScroll).focus()

    def action_close(self) -> None:
        self.dismiss()
