"""The status line under the panes: where the cursor is, the zoom, the search, news."""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.strip import Strip
from textual.widget import Widget

from .prompt import Prompt
from .text import clean


def status_text(*, position: int | None, total: int | None, exact: bool, zoom: str,
                query: str, stale: bool, key_of: int | None = None, arrived: int = 0) -> Text:
    """`key_of`: the key-dates view is on, picked from this many events of the search;
    `arrived`: events that came in while the app followed the store (marked '+')."""
    text = Text(no_wrap=True, overflow="ellipsis")
    if stale:
        text.append("new events: press r to refresh", style="bold reverse")
        text.append("  ")
    elif arrived:
        text.append(f"+{arrived:,} new {'event' if arrived == 1 else 'events'}",
                    style="bold reverse")
        text.append("  ")
    if key_of is not None:
        text.append("KEY DATES", style="bold reverse")
        text.append(" ")
    kind = "key events" if key_of is not None else "events"
    if total is None:
        text.append("counting…")
    elif total == 0:
        text.append(f"no {kind}")
    else:
        where = "" if position is None else f"{min(position + 1, total):,} of "
        text.append(f"{where}{total:,}{'' if exact else '+'} {kind}")
        if key_of is not None:
            text.append(f" (of {key_of:,})")
    text.append(f" · by {zoom}")
    if query:
        text.append(" · search: ")
        text.append(clean(query), style="bold")
    return text


class StatusLine(Widget):
    """The status line, drawn from its Text as segments.

    A Static turned the Text into Textual's content and rendered it anew on
    every key that moved the position: 0.35-0.4 ms of a key's frame, for one
    line of plain words.
    """

    DEFAULT_CSS = "StatusLine { height: 1; }"
    # the prompt's parts (tui/prompt.py); their colours are in app.tcss
    COMPONENT_CLASSES = {"status--typed", "status--cursor", "status--hint", "status--problem"}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._text = Text()
        self._drawn: tuple[int, Style, Strip] | None = None  # (width, base style, line)
        self.prompt: Prompt | None = None  # typed in this line's place while not None

    def update(self, text: Text) -> None:
        self._text = text
        self._drawn = None
        self.refresh()

    def ask(self, prompt: Prompt | None) -> None:
        """Show `prompt` in the status's place (None: the status again); call again
        after each key that changed it."""
        self.prompt = prompt
        self._drawn = None
        self.refresh()

    def render(self) -> Text:
        if self.prompt is not None:
            return self._prompt_line(self.size.width)
        return self._text

    def _prompt_line(self, width: int) -> Text:
        style = self.get_component_rich_style
        return self.prompt.line(width, typed=style("status--typed"),
                                cursor=style("status--cursor"), hint=style("status--hint"),
                                problem=style("status--problem"))

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._drawn = None

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        base = self.rich_style
        if y:
            return Strip.blank(width, base)
        drawn = self._drawn
        if drawn is not None and drawn[0] == width and drawn[1] == base:
            return drawn[2]
        text = self._prompt_line(width) if self.prompt is not None else self._text.copy()
        text.truncate(width, overflow="ellipsis")
        segments = [Segment(s.text, base + s.style if s.style else base, s.control)
                    for s in text.render(self.app.console)]
        # the rest of the line in the background alone, as a Static pads its text
        strip = Strip(segments).crop_extend(0, width, Style.from_color(bgcolor=base.bgcolor))
        self._drawn = (width, base, strip)
        return strip
