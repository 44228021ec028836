"""The keys that act on the source under the sources cursor: read it, copy or open its link.

These reach outside the timeline (the reader screen, the clipboard over OSC 52,
a browser), and each must say so in one line when the event has no source or
the article left the store. `DatelineApp` mixes it in.
"""

from __future__ import annotations

from typing import Any

from textual.widgets import OptionList

from . import links
from .screens.reader import ReaderScreen


class SourceActions:
    """enter, y and o on the current source; needs the app's panes (see DatelineApp)."""

    browser: Any
    sources_pane: Any
    timeline: Any

    def action_read(self) -> None:
        source = self.sources_pane.current
        if source is None or self.browser is None:
            self.notify("This event has no sources to read.")
            return
        article = self.browser.article(source.article_id)
        if article is None:
            self.notify("That article is no longer in the store: press r to refresh.")
            return
        self.push_screen(ReaderScreen(article, source.mention_id, self.timeline.terms))

    def on_option_list_option_selected(self, message: OptionList.OptionSelected) -> None:
        message.stop()
        self.action_read()

    def _source_or_say(self) -> Any | None:
        """The source under the sources cursor, or None after saying there is none."""
        source = self.sources_pane.current
        if source is None:
            self.notify("This event has no sources.")
        return source

    def _with_link(self, act: Any) -> None:
        """`act(app, url, path)` on the current source, or say there is none."""
        if (source := self._source_or_say()) is not None:
            act(self, source.url, source.path)

    def action_copy_link(self) -> None:
        self._with_link(links.copy_link)

    def action_open_link(self) -> None:
        self._with_link(links.open_link)
