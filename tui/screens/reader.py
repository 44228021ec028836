"""The reader: the whole article, the mention highlighted and scrolled into view."""

from __future__ import annotations

from typing import Any

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer, Static

from .. import links
from ..actions import READER_ACTIONS, bindings
from ..format import value_words
from ..text import clean, clean_same_length, highlight_terms, short_path, title_from_text
from ..widgets.reader_view import ReaderView


def header_text(article: Any) -> Text:
    text = Text()
    text.append(clean(article.outlet) or short_path(article.path) or "unknown outlet",
                style="bold")
    text.append(f" · {article.published or 'undated'}", style="dim")
    if article.published_from:
        text.append(f" ({clean(article.published_from)})", style="dim")
    text.append("\n")
    text.append(clean(article.title) or title_from_text(article.text) or "untitled",
                style="bold")
    text.append("\n")
    if article.url:
        text.append(clean(article.url), style=Style(link=article.url))
    elif article.path:
        text.append(short_path(article.path), style="dim")
    return text


class ReaderScreen(Screen):
    """One article; n/N walk its dated phrases, Esc goes back."""

    BINDINGS = bindings(READER_ACTIONS)

    DEFAULT_CSS = """
    ReaderScreen #reader-header { height: auto; padding: 0 1; border-bottom: solid $primary; }
    ReaderScreen #reader-status { height: 1; padding: 0 1; color: $text-muted; }
    ReaderScreen ReaderView { height: 1fr; }
    """

    def __init__(self, article: Any, mention_id: int | None = None,
                 terms: list[str] | None = None) -> None:
        super().__init__()
        self.article = article
        self.mentions = sorted(article.mentions, key=lambda m: (m[1], m[0]))
        self.terms = terms or []
        self.current = 0
        for i, m in enumerate(self.mentions):
            if m[0] == mention_id:
                self.current = i
                break
        self.body = clean_same_length(article.text or "")

    def compose(self) -> ComposeResult:
        yield Static(header_text(self.article), id="reader-header")
        yield ReaderView(self.styled(), id="reader-body")
        yield Static(id="reader-status")
        yield Footer()

    def styled(self) -> Text:
        text = Text(self.body)
        highlight_terms(text, self.terms, "underline")
        for i, (_, start, end, _, _) in enumerate(self.mentions):
            text.stylize("bold reverse" if i == self.current else "underline", start, end)
        return text

    @property
    def mention(self) -> tuple | None:
        return self.mentions[self.current] if self.mentions else None

    def on_mount(self) -> None:
        self.query_one(ReaderView).focus()
        self.call_after_refresh(self._show_current)

    def _show_current(self) -> None:
        view = self.query_one(ReaderView)
        view.set_text(self.styled())
        status = self.query_one("#reader-status", Static)
        m = self.mention
        if m is None:
            status.update(Text("No dated phrases in this article."))
            return
        view.scroll_to_offset(m[1])
        phrase = f"“{clean(m[3])}”" if m[3] else "the article's own news"
        # n/N are in the footer: the line keeps its room for the phrase and its date
        status.update(Text(f"{phrase} → {value_words(m[4])}   "
                           f"date {self.current + 1} of {len(self.mentions)}",
                           no_wrap=True, overflow="ellipsis"))

    def action_next_phrase(self) -> None:
        if self.mentions:
            self.current = (self.current + 1) % len(self.mentions)
            self._show_current()

    def action_prev_phrase(self) -> None:
        if self.mentions:
            self.current = (self.current - 1) % len(self.mentions)
            self._show_current()

    def action_copy_link(self) -> None:
        links.copy_link(self.app, self.article.url, self.article.path)

    def action_open_link(self) -> None:
        links.open_link(self.app, self.article.url, self.article.path)

    def action_close(self) -> None:
        self.dismiss()
