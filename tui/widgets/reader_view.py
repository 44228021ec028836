"""The article body as a line-API view, so a character offset maps to a screen line.

The reader must scroll a mention into view; wrapping the text ourselves (with
Rich's own line divider) tells us exactly which line each offset lands on.
"""

from __future__ import annotations

from bisect import bisect_right

from rich._wrap import divide_line
from rich.segment import Segment
from rich.text import Text
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip


def wrap_offsets(text: str, width: int) -> list[int]:
    """The character offset at which each wrapped screen line starts."""
    starts: list[int] = []
    width = max(8, width)
    position = 0
    for paragraph in text.split("\n"):
        starts.append(position)
        starts.extend(position + o for o in divide_line(paragraph, width, fold=True))
        position += len(paragraph) + 1
    return starts


class ReaderView(ScrollView, can_focus=True):
    """Shows one styled Text, wrapped to the width, scrolled to a chosen offset."""

    DEFAULT_CSS = """
    ReaderView { overflow-x: hidden; padding: 0 1; }
    """

    def __init__(self, text: Text, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.text = text
        self.starts: list[int] = [0]
        self._width = 0
        self._target: int | None = None  # the offset to keep in view across resizes

    def set_text(self, text: Text) -> None:
        self.text = text
        self._layout(force=True)
        self.refresh()

    def _layout(self, force: bool = False) -> None:
        width = self.scrollable_content_region.width
        if width <= 0 or (width == self._width and not force):
            return
        self._width = width
        self.starts = wrap_offsets(self.text.plain, width)
        self.virtual_size = Size(width, len(self.starts))

    def on_resize(self) -> None:
        self._layout()
        if self._target is not None:
            self.call_after_refresh(self.scroll_to_offset, self._target)

    def line_of(self, offset: int) -> int:
        self._layout()
        return max(0, bisect_right(self.starts, offset) - 1)

    def scroll_to_offset(self, offset: int) -> None:
        """Bring the line holding `offset` to a third of the way down."""
        self._target = offset
        line = self.line_of(offset)
        height = max(1, self.scrollable_content_region.height)
        self.scroll_to(y=max(0, line - height // 3), animate=False, immediate=True, force=True)

    def render_line(self, y: int) -> Strip:
        self._layout()
        width = self.scrollable_content_region.width
        base = self.rich_style
        index = int(self.scroll_y) + y
        if index >= len(self.starts):
            return Strip.blank(width, base)
        start = self.starts[index]
        end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.text)
        piece = self.text[start:end]
        piece.rstrip()
        piece.remove_suffix("\n")
        piece.no_wrap = True
        piece.end = ""
        segments = [Segment(s.text.replace("\n", ""), base + s.style if s.style else base)
                    for s in piece.render(self.app.console)]
        return Strip(segments).crop_extend(0, width, base)
