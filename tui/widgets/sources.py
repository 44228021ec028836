"""The sources pane: every mention behind the selected event, with its sentence.

An OptionList gives keyboard selection for free; each option is a Text built
from the article's own strings, so nothing in them is read as markup.
"""

from __future__ import annotations

from typing import Any

from rich.style import Style
from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from ..text import clean, highlight_terms, one_line, short_path, title_from_text
from .pane import FocusTitled

MAX_SOURCES = 200  # an event with more mentions shows the first ones and says so


def source_text(src: Any, terms: list[str]) -> Text:
    """'Outlet · 2016-03-18 · Title' (linked when there is a URL), then the sentence.

    An article without an outlet is named by its short path, and one without a
    title by its own first line (`title_from_text`).
    """
    text = Text()
    text.append(clean(src.outlet) or short_path(src.path) or "unknown outlet", style="bold")
    text.append(f" · {src.published or 'undated'} · ", style="dim")
    title = (clean(src.article_title) or title_from_text(getattr(src, "opening", None))
             or short_path(src.path) or f"article {src.article_id}")
    text.append(title, style=Style(link=src.url) if src.url else "")
    text.append("\n")
    sentence = Text(one_line(src.sentence))
    i, j = src.phrase_at if src.phrase_at else (0, 0)
    if 0 <= i < j <= len(sentence):
        sentence.stylize("bold reverse", i, j)
    highlight_terms(sentence, terms, "underline")
    text.append_text(sentence)
    return text


class Sources(FocusTitled, OptionList):
    """The mentions of one event; Enter opens the highlighted one in the reader."""

    pane_title = "sources"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.sources: list[Any] = []

    def show(self, sources: list[Any], terms: list[str]) -> None:
        self.sources = list(sources[:MAX_SOURCES])
        options: list[Option | None] = []
        for n, src in enumerate(self.sources):
            if n:
                options.append(None)
            options.append(Option(source_text(src, terms), id=str(n)))
        if len(sources) > MAX_SOURCES:
            options.append(Option(Text(f"… and {len(sources) - MAX_SOURCES} more mentions",
                                       style="dim"), disabled=True))
        self.clear_options()
        self.add_options(options)
        if self.sources:
            self.highlighted = 0

    @property
    def current(self) -> Any | None:
        """The highlighted source (the first one when none is)."""
        if not self.sources:
            return None
        option_index = self.highlighted
        if option_index is None:
            return self.sources[0]
        option = self.get_option_at_index(option_index)
        if option.id is None:
            return self.sources[0]
        return self.sources[int(option.id)]
