"""The timeline pane: a line-API scroll view over keyset pages of events.

Like toolong's log view, it never builds a widget per event: it holds a
window of a few hundred rows around the cursor, fetched page by page from a
`Browser`, and draws each visible line on demand. Opening a store of a
million events costs one page query, the same as opening ten.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from store.record import replace

from ..format import period_header, value_label
from ..text import clean, highlight_terms
from .pane import FocusTitled, marked_title

PAGE = 100        # rows per keyset query
WINDOW = 400      # rows kept around the cursor; the rest is fetched again when needed
MARGIN = 30       # rows before a date the app opens on (and the least a top-up keeps)
# The app's opening screen reads this many rows at the target (and MARGIN before a date),
# before the timeline knows its height; g, G and go to date read one screen's worth
# instead (`Timeline._jump_rows`); on a 10M store each row read is a table page the OS
# may not have
JUMP = 40
TOP_UP_MAX = WINDOW // 2 - PAGE // 2  # the most rows a top-up keeps on either side
LABEL_WIDTH = 14  # "2016-03-15 Tue"
WHEEL_ROWS = 3    # rows per mouse-wheel notch
VIRTUAL_LINES = 2 * (WINDOW + PAGE)  # more lines than a window holds, headers included
SALIENCE_WIDTH = 30  # a pane narrower than this leaves out the salience bar (the title first)
_NULL = Style()


def _row_columns(row: Any, is_cursor: bool, bar: str | None,
                 new: bool = False) -> tuple[str, str, str, str]:
    """A row's columns before its title: the cursor mark (or '+' for an event that arrived
    while the app was open and has not been visited yet) and '*' for the analyst's mark,
    the value label, the salience bar (`bar`: None leaves the column out), '3×'."""
    count = row.n_sources
    return (("▸" if is_cursor else "+" if new else " ") + ("*" if row.marked else " "),
            f"{value_label(row.value, row.start, row.granularity):<{LABEL_WIDTH}}",
            "" if bar is None else f" {bar}",
            f" {count:>2}× " if count > 1 else "     ")


@dataclass(frozen=True)
class Line:
    """One screen line: a period header, or the row at `index` in the window."""

    header: str | None = None
    index: int = -1


def last_window(browser: Any, n: int = JUMP) -> tuple[list[Any], int, dict[str, bool]]:
    """(rows, cursor, edges) for `Timeline.show` on the last event: `n` rows, not a page."""
    rows = browser.last(n)
    return rows, len(rows) - 1, {"at_start": len(rows) < n, "at_end": True}


def date_window(browser: Any, iso: str, n: int = JUMP,
                margin: int = MARGIN) -> tuple[list[Any], int, dict[str, bool]] | None:
    """(rows, cursor, edges) for `Timeline.show` on the first event starting on or after
    `iso`, `margin` rows before it and `n` from it (None when no event starts that late);
    go to date and the app's opening screen both land this way."""
    rows = browser.at_date(iso, n)
    if not rows:
        return None
    before = browser.before(rows[0], margin)
    return before + rows, len(before), {"at_start": len(before) < margin,
                                        "at_end": len(rows) < n}


class Timeline(FocusTitled, ScrollView, can_focus=True, inherit_bindings=False):
    """Events in date order, with headers where the period (at the zoom) changes."""

    pane_title = "timeline"

    COMPONENT_CLASSES = {"timeline--cursor", "timeline--header", "timeline--count",
                         "timeline--label", "timeline--empty", "timeline--gauge",
                         "timeline--thumb", "timeline--salience"}

    # overflow-y hidden: the pane scrolls itself (keys, wheel, `_scroll_to_line`); with
    # "auto" every scroll moved a zero-width scrollbar, outside the compositor's map, and
    # Textual then rebuilt the whole map inside the key's frame
    DEFAULT_CSS = """
    Timeline { overflow-x: hidden; overflow-y: hidden; scrollbar-size-vertical: 0; }
    Timeline > .timeline--gauge { color: $text-muted; }
    Timeline > .timeline--thumb { color: $accent; }
    Timeline > .timeline--cursor { background: $accent 40%; text-style: bold; }
    Timeline:focus > .timeline--cursor { background: $accent; color: $text; }
    Timeline > .timeline--header { text-style: bold; color: $secondary; }
    Timeline > .timeline--count { color: $warning; }
    Timeline > .timeline--salience { color: $success; }
    Timeline > .timeline--label { color: $text-muted; }
    Timeline > .timeline--empty { color: $text-muted; text-style: italic; }
    """

    zoom: reactive[str] = reactive("month")

    class Highlighted(Message):
        """The cursor came to rest on another event (None: the timeline is empty)."""

        def __init__(self, row: Any | None) -> None:
            super().__init__()
            self.row = row

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.browser: Any = None
        self.rows: list[Any] = []
        self.lines: list[Line] = []
        self.cursor = 0
        self.new_after: int | None = None   # events above this id arrived while following
        self.seen: set[int] = set()         # ... and these of them were visited
        self.at_start = True
        self.at_end = True
        self.terms: list[str] = []
        self.empty_message = "No events yet. Add articles with: dateline ingest PATH"
        self._row_line: list[int] = []
        self._cache: LRUCache[tuple, Strip] = LRUCache(256)
        self._last_posted: int | None = -1
        self._want = 0
        self._top_up_due = False                   # a read-ahead waits for the next frame
        self._frame: tuple[int, int] | None = None  # (width, scroll) while a frame is drawn
        self.gauge: tuple[int, int] | None = None  # (position, total) in the whole search
        self._thumb: int | None = None             # the gauge's screen line, None: no column
        self._styles: dict[str, Style] = {}        # component -> style, until theme or focus
        self.moved_by: int | None = None           # rows the cursor last moved; None: a jump
        self.on_highlight: Any = None              # called at once (same repaint) if set
        self.marks: Any = None                     # keyview.Marks: what a salience bar means
        self.key_view = False                      # showing only key events (the title says)

    # ---------------------------------------------------------------- loading

    @property
    def row(self) -> Any | None:
        """The event under the cursor."""
        return self.rows[self.cursor] if self.rows else None

    def show(self, browser: Any, rows: list[Any], cursor: int = 0, *,
             at_start: bool | None = None, at_end: bool | None = None) -> None:
        """Replace the window with `rows` from `browser` and put the cursor on rows[cursor]."""
        self.browser = browser
        self.terms = list(getattr(browser, "terms", []) or [])
        self.rows = list(rows)
        self.cursor = max(0, min(cursor, len(self.rows) - 1))
        self.at_start = (not self.rows) if at_start is None else at_start
        self.at_end = (not self.rows) if at_end is None else at_end
        if self.rows and at_start is None:
            self.at_start = not browser.before(self.rows[0], 1)
        if self.rows and at_end is None:
            self.at_end = not browser.after(self.rows[-1], 1)
        self._relayout()
        self._scroll_cursor_into_view(center=True)
        self._top_up_later()
        self.moved_by = None
        self._post_highlight()

    def _jump_rows(self) -> tuple[int, int]:
        """(rows from a jump's target, rows before it) that fill the screen around a
        cursor placed a third of the way down (`_scroll_cursor_into_view(center=True)`),
        with the window's first line (a header) above the screen; the rest is read after
        the frame (`_top_up`). Before the pane has a height: JUMP and MARGIN."""
        height = self.scrollable_content_region.height
        if height <= 0:
            return JUMP, MARGIN
        return height - height // 3 + 1, height // 3 + 2

    def first(self) -> None:
        n = sum(self._jump_rows())
        rows = self.browser.first(n)
        self.show(self.browser, rows, 0, at_start=True, at_end=len(rows) < n)

    def last(self) -> None:
        rows, cursor, edges = last_window(self.browser, sum(self._jump_rows()))
        self.show(self.browser, rows, cursor, **edges)

    def goto_date(self, iso: str) -> bool:
        """Put the cursor on the first event starting on or after `iso` (else the last one)."""
        window = date_window(self.browser, iso, *self._jump_rows())
        if window is None:
            self.last()
            return False
        rows, cursor, edges = window
        self.show(self.browser, rows, cursor, **edges)
        return True

    def _top_up_later(self) -> None:
        if not self._top_up_due:
            self._top_up_due = True
            self.call_after_refresh(self._top_up)

    def _top_up(self) -> None:
        """After the frame: read ahead on both sides of the cursor, so the next keys find
        their rows in the window.

        A key reads only what its own screen needs; the page reads that keep
        the window ahead of the cursor (7 ms for 100 rows on a 10M store whose
        pages the OS does not hold) come here, while the user reads the screen.
        The cursor keeps its place on screen; when the lines on screen are the
        same ones, the scroll moves without a repaint.
        """
        self._top_up_due = False
        if not self.rows or self.browser is None or not self._row_line:
            return
        height = max(1, self.scrollable_content_region.height)
        rows = min(TOP_UP_MAX, max(MARGIN, 2 * height + 2))
        top = int(self.scroll_y)
        shown = self._shown(top, height)
        offset = self._row_line[self.cursor] - top
        if not self._fetch_edges(ahead=rows, behind=rows):
            return
        self._relayout(repaint=False)
        target = self._row_line[self.cursor] - offset
        target = max(0, min(target, len(self.lines) - height))
        if self._shown(target, height) == shown:
            self.set_reactive(Timeline.scroll_target_y, float(target))
            self.set_reactive(Timeline.scroll_y, float(target))
        else:
            self.refresh()
            self._scroll_to_line(target)

    def _shown(self, top: int, height: int) -> tuple:
        """What lines top..top+height draw (headers, rows, the gauge's line): equal
        tuples draw the same screen."""
        return (self._thumb, self.cursor < len(self.rows) and id(self.rows[self.cursor]),
                *((ln.header, id(self.rows[ln.index]) if ln.index >= 0 else None)
                  for ln in self.lines[top:top + height]))

    def _fetch_edges(self, target: int | None = None, ahead: int = 0,
                     behind: int = 0) -> bool:
        """Grow the window until it holds `target` (or the cursor) with `ahead` rows after
        it and `behind` before it (or the store's ends); trim it to WINDOW rows."""
        changed = False
        want = self.cursor if target is None else target
        while not self.at_end and want >= len(self.rows) - ahead:
            more = self.browser.after(self.rows[-1], PAGE)
            self.at_end = len(more) < PAGE
            self.rows.extend(more)
            changed = True
        while not self.at_start and want < behind:
            more = self.browser.before(self.rows[0], PAGE)
            self.at_start = len(more) < PAGE
            self.rows[:0] = more
            self.cursor += len(more)
            want += len(more)
            changed = True
        if len(self.rows) > WINDOW:
            drop_front = max(0, min(want - WINDOW // 2, len(self.rows) - WINDOW))
            if drop_front:
                del self.rows[:drop_front]
                self.cursor -= drop_front
                want -= drop_front
                self.at_start = False
            if len(self.rows) > WINDOW:
                del self.rows[WINDOW:]
                self.at_end = False
            changed = True
        self._want = want
        return changed

    def _relayout(self, repaint: bool = True) -> None:
        """Rebuild the screen lines: a header wherever the period changes."""
        lines: list[Line] = []
        row_line: list[int] = []
        previous = None
        for i, r in enumerate(self.rows):
            key, label = period_header(r.start, r.end, r.value, r.granularity, self.zoom)
            if key != previous:
                lines.append(Line(header=label))
                previous = key
            row_line.append(len(lines))
            lines.append(Line(index=i))
        self.lines = lines
        self._row_line = row_line
        self._cache.clear()
        self._thumb = self._thumb_row()
        self._size_virtually()
        if repaint:
            self.refresh()

    def watch_zoom(self) -> None:
        if self.is_mounted:
            self._relayout()
            self._scroll_cursor_into_view(center=True)

    # ---------------------------------------------------------------- moving

    def move(self, delta: int) -> None:
        """Move the cursor by `delta` rows, fetching pages as the window edge nears."""
        if not self.rows:
            return
        before = self.cursor
        old_line, top = self._row_line[before], self.scroll_y
        # now: the rows this screen needs (a screen past the target, in the direction of
        # the move); the pages beyond are read after the frame (_top_up)
        need = max(1, self.scrollable_content_region.height) + 1
        relaid = self._fetch_edges(self.cursor + delta, ahead=need if delta > 0 else 0,
                                   behind=need if delta < 0 else 0)
        self._top_up_later()
        if relaid:
            self._relayout()
        shift = self.cursor - before  # rows fetched or dropped ahead of the cursor
        self.cursor = max(0, min(self._want, len(self.rows) - 1))
        self.moved_by = self.cursor - before - shift
        self._scroll_cursor_into_view()
        if relaid or self.scroll_y != top:
            self.refresh()
        elif self.cursor != before:  # only the old and the new cursor lines change
            self.refresh_line(old_line)
            self.refresh_line(self._row_line[self.cursor])
        self._post_highlight()

    def restate(self, event_id: int, **fields: Any) -> None:
        """A shown event changed in place (the analyst's mark): its row is drawn anew
        without reading the page again (a new row object, so no cached line is reused)."""
        for i, r in enumerate(self.rows):
            if r.id == event_id:
                self.rows[i] = replace(r, **fields)
        self.refresh()

    def is_new(self, row: Any) -> bool:
        """Arrived while the app was open (id above `new_after`) and not visited yet."""
        return (self.new_after is not None and row.id > self.new_after
                and row.id not in self.seen)

    def move_to_id(self, event_id: int) -> bool:
        for i, r in enumerate(self.rows):
            if r.id == event_id:
                self.move(i - self.cursor)
                return True
        return False

    @property
    def page_rows(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)

    def _scroll_cursor_into_view(self, center: bool = False) -> None:
        if not self.rows or not self._row_line:
            return
        line = self._row_line[self.cursor]
        height = max(1, self.scrollable_content_region.height)
        top = int(self.scroll_y)
        if center:
            target = max(0, line - height // 3)
        elif line - 1 < top:  # keep the header above the cursor visible when there is one
            target = max(0, line - 1)
        elif line >= top + height:
            target = line - height + 1
        else:
            return
        self._scroll_to_line(target)

    def _scroll_to_line(self, target: int) -> None:
        """Scroll to put line `target` on top, no further than the last line allows (the
        virtual height is a constant, so Textual's own limit is not the window's)."""
        height = max(1, self.scrollable_content_region.height)
        target = max(0, min(target, len(self.lines) - height))
        self.scroll_to(y=target, animate=False, immediate=True, force=True)

    def _size_virtually(self) -> None:
        """A virtual height that the window's line count does not move.

        A new virtual size lays out the whole screen again (Textual's
        `virtual_size` is a layout reactive): with the real line count, every
        jump and every window change paid a layout of all panes. A window
        that holds the whole search keeps its real height, so a short list
        still gets a short pane when the panes stack (height: auto).
        """
        lines = len(self.lines)
        whole = self.at_start and self.at_end
        size = Size(self.size.width, max(1, lines) if whole else max(VIRTUAL_LINES, lines))
        if size != self.virtual_size:
            self.virtual_size = size

    def _post_highlight(self) -> None:
        """Tell the app the cursor rests on another event: at once through `on_highlight`
        (so the panes it fills are drawn in the same screen update as the cursor), else
        as a Highlighted message."""
        row = self.row
        ident = row.id if row is not None else None
        if ident != self._last_posted:
            self._last_posted = ident
            if row is not None and self.is_new(row):
                self.seen.add(row.id)  # visited: its '+' goes when the cursor moves on
            if self.on_highlight is not None:
                self.on_highlight(self.Highlighted(row))
            else:
                self.post_message(self.Highlighted(row))

    def on_resize(self) -> None:
        self._cache.clear()
        self._thumb = self._thumb_row()
        self._size_virtually()
        self._scroll_cursor_into_view()

    def on_click(self, event: events.Click) -> None:
        """The mouse is optional, but a click on a row should still pick it."""
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = int(self.scroll_y) + offset.y
        if 0 <= index < len(self.lines) and self.lines[index].index >= 0:
            self.move(self.lines[index].index - self.cursor)

    def _on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        """The wheel moves the cursor, so it pages through the store, not just the window."""
        event.stop()
        self.move(WHEEL_ROWS)

    def _on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        event.stop()
        self.move(-WHEEL_ROWS)

    def on_focus(self) -> None:
        self._styles.clear()  # the cursor's colour follows :focus
        self._cache.clear()
        self.refresh()

    def on_blur(self) -> None:
        self._styles.clear()
        self._cache.clear()
        self.refresh()

    # ---------------------------------------------------------------- drawing

    def set_marks(self, marks: Any) -> None:
        """Measure the salience bars against `marks` (keyview.Marks, None: no bars yet)."""
        if marks != self.marks:
            self.marks = marks
            self._cache.clear()
            self.refresh()

    def set_key_view(self, on: bool) -> None:
        """The pane's title says which view it shows."""
        self.key_view = on
        self.pane_title = "key dates" if on else "timeline"
        self.border_title = marked_title(self.pane_title, self.has_focus)

    def _bar(self, row: Any, width: int) -> str | None:
        """The row's salience bar, ' ' until the marks are known; None: no room."""
        if width < SALIENCE_WIDTH:
            return None
        marks = self.marks
        return " " if marks is None else marks.glyph(row.id, getattr(row, "salience", 0.0))

    def set_gauge(self, position: int | None, total: int | None) -> None:
        """Where the cursor sits in the whole search: drawn as a thumb in the last column.

        The window holds a few hundred rows, so a native scrollbar would
        describe the window; this one describes the store. A moved thumb
        repaints its two cells' lines, not the pane.
        """
        gauge = (position, total) if position is not None and total else None
        if gauge == self.gauge:
            return
        before = self._thumb
        self.gauge = gauge
        self._thumb = self._thumb_row()
        if (before is None) != (self._thumb is None):
            self.refresh()  # the column comes or goes: every line changes width
        elif before != self._thumb:
            width = self.size.width
            self.refresh(Region(0, before, width, 1), Region(0, self._thumb, width, 1))

    def _thumb_row(self) -> int | None:
        if self.gauge is None:
            return None
        position, total = self.gauge
        height = self.scrollable_content_region.height
        if total <= height and len(self.lines) <= height:
            return None  # everything is on screen: no gauge needed
        return round(min(position, total - 1) / max(1, total - 1) * (height - 1))

    def notify_style_update(self) -> None:
        """A theme or CSS change: styles are looked up again, lines drawn afresh."""
        super().notify_style_update()
        self._styles.clear()
        self._cache.clear()

    def _style(self, component: str) -> Style:
        """The component's style on the widget's own: looked up once per theme and focus."""
        style = self._styles.get(component)
        if style is None:
            style = (self.rich_style if component == "" else
                     self.get_component_rich_style(component))
            self._styles[component] = style
        return style

    def render_lines(self, crop: Region) -> list[Strip]:
        """A frame's lines: the pane's width and scroll are read once for all of them.

        Each read of `scrollable_content_region` asks the compositor where the
        widget is; a screen of new rows asked it once a line.
        """
        self._frame = (self.scrollable_content_region.width, int(self.scroll_y))
        try:
            return super().render_lines(crop)
        finally:
            self._frame = None

    def render_line(self, y: int) -> Strip:
        width, top = self._frame or (self.scrollable_content_region.width, int(self.scroll_y))
        thumb = self._thumb
        mark = None if thumb is None else y == thumb
        index = top + y
        line = self.lines[index] if index < len(self.lines) else None
        is_cursor = line is not None and line.index == self.cursor
        row = self.rows[line.index] if line is not None and line.index >= 0 else None
        key = (index, line, is_cursor, width, mark, id(row) if row is not None else 0,
               row is not None and self.is_new(row))
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        if mark is None:
            strip = self._render_line(y, line, is_cursor, width)
        else:  # one strip with the gauge's cell (a join made two more)
            style = self._style("timeline--thumb" if mark else "timeline--gauge")
            strip = Strip([*self._render_line(y, line, is_cursor, width - 1),
                           Segment("█" if mark else " ", self._style("") + style)], width)
        self._cache[key] = strip
        return strip

    def _render_line(self, y: int, line: Line | None, is_cursor: bool, width: int) -> Strip:
        """The line in exactly `width` cells."""
        base = self._style("")
        if not self.rows:
            if y == 0:
                return self._strip(Text(self.empty_message, style=self._style("timeline--empty")),
                                   width, base)
            return Strip.blank(width, base)
        if line is None:
            return Strip.blank(width, base)
        if line.header is not None:
            rule = f"── {line.header}"
            cells = cell_len(rule)
            if cells < width:  # the common case, as `_header_text` draws it, in one segment
                rule += " " + "─" * (width - cells - 1)
                return Strip([Segment(rule, base + self._style("timeline--header"))], width)
            text = self._header_text(line.header, width)
        else:
            row = self.rows[line.index]
            if not self.terms:
                strip = self._row_strip(row, width, is_cursor, base)
                if strip is not None:
                    return strip
            text = self._row_text(row, width)
            if is_cursor:
                text.stylize(self._style("timeline--cursor"))
        return self._strip(text, width, base)

    def _row_strip(self, row: Any, width: int, is_cursor: bool, base: Style) -> Strip | None:
        """The row as `_row_text` + `_strip` draw it, built from segments directly.

        PgDn, G and a jump draw a screen of new rows in one key press; going
        through rich Text (spans, truncate, render) cost about two thirds of the
        timeline's part of that. With search terms to highlight, or a pane too
        narrow for the label, it returns None and the Text path draws the row.
        The strip is made once at its width (the columns are one cell a
        character: `label.isascii()`, the marks and bars single-cell glyphs).
        """
        cursor = self._style("timeline--cursor") if is_cursor else _NULL
        plain = base + cursor
        prefix, label, bar, count = _row_columns(row, is_cursor, self._bar(row, width),
                                                 self.is_new(row))
        marks = ((prefix, plain),
                 (label, base + self._style("timeline--label") + cursor),
                 (bar, base + self._style("timeline--salience") + cursor),
                 (count, base + self._style("timeline--count") + cursor))
        fixed = sum(len(t) for t, _ in marks)
        if width <= fixed + 1 or not label.isascii():
            return None
        title = clean(row.title)
        room = width - fixed
        cells = cell_len(title)
        if cells > room:
            title, cells = set_cell_size(title, room - 1) + "…", room
        segments = [Segment(t, st) for t, st in marks if t]
        if title:
            segments.append(Segment(title, plain))
        if cells < room:
            segments.append(Segment(" " * (room - cells), base))
        return Strip(segments, width)

    def _header_text(self, header: str, width: int) -> Text:
        """'── March 2016 ─────': the rule to the edge when the words fit, else the words
        cut with an ellipsis, as rows are."""
        style = self._style("timeline--header")
        text = Text(f"── {header}", style=style, no_wrap=True, end="")
        if text.cell_len > width:
            text.truncate(width, overflow="ellipsis")
        else:
            text.append(" " + "─" * max(0, width - text.cell_len - 1), style=style)
        return text

    def _row_text(self, row: Any, width: int) -> Text:
        """'▸ 2016-03-15 Tue █  3× Hill 900 captured …': label, salience, corroboration,
        title."""
        prefix, label, bar, count = _row_columns(row, row is self.row, self._bar(row, width),
                                                 self.is_new(row))
        text = Text(prefix, no_wrap=True, end="")
        text.append(label, style=self._style("timeline--label"))
        text.append(bar, style=self._style("timeline--salience"))
        text.append(count, style=self._style("timeline--count"))
        title = Text(clean(row.title), no_wrap=True, end="")
        highlight_terms(title, self.terms, "reverse")
        text.append_text(title)
        text.truncate(width, overflow="ellipsis")
        return text

    def _strip(self, text: Text, width: int, base: Style) -> Strip:
        text.no_wrap = True
        text.end = ""
        segments = [Segment(s.text, base + s.style if s.style else base, s.control)
                    for s in text.render(self.app.console)]
        return Strip(segments).crop_extend(0, width, base)
