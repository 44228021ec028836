"""The density strip: how many events fall in each period, and where the cursor is.

Counts come from the store's period table (kept in step with the events),
so drawing the strip never scans the events; the cursor's period is marked
with a caret under its bar, which reads without colour.
"""

from __future__ import annotations

from datetime import date, timedelta

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

BARS = " ▁▂▃▄▅▆▇█"


GAP = ("", -1)  # a long stretch without events, drawn as one break column


def _next(period: str, zoom: str) -> str:
    if zoom == "year":
        return f"{int(period) + 1:04d}"
    if zoom == "month":
        y, m = int(period[:4]), int(period[5:7])
        return f"{y + (m == 12):04d}-{m % 12 + 1:02d}"
    return (date.fromisoformat(period) + timedelta(days=1)).isoformat()


def fill_gaps(periods: list[tuple[str, int]], zoom: str,
              max_gap: int = 24) -> list[tuple[str, int]]:
    """Add the empty periods between the first and last, so the strip's x axis is time.

    A gap longer than `max_gap` periods (an event of the 2nd century among
    events of 2016) becomes one break column, GAP, instead of squeezing the
    rest of the strip into a single bar.
    """
    out: list[tuple[str, int]] = []
    previous = None
    for period, n in periods:
        if previous is not None:
            filler: list[tuple[str, int]] = []
            try:
                p = _next(previous, zoom)
                while p < period and len(filler) <= max_gap:
                    filler.append((p, 0))
                    p = _next(p, zoom)
            except ValueError:  # a period key that is not a plain date: no filling
                filler = []
            out.extend(filler if len(filler) <= max_gap else [GAP])
        out.append((period, n))
        previous = period
    return out


def buckets(periods: list[tuple[str, int]], width: int) -> list[tuple[str, str, int]]:
    """Fold periods into at most `width` columns: (first period, last period, total)."""
    if width <= 0 or not periods:
        return []
    per = max(1, -(-len(periods) // width))  # ceiling division
    out = []
    for i in range(0, len(periods), per):
        chunk = periods[i:i + per]
        real = [p for p in chunk if p[1] >= 0]
        if not real:
            out.append(("", "", -1))
            continue
        out.append((real[0][0], real[-1][0], sum(n for _, n in real)))
    return out


def bar(n: int, top: int) -> str:
    if n < 0:
        return "┊"
    if n == 0 or top <= 0:
        return BARS[0]
    return BARS[max(1, round(n / top * (len(BARS) - 1)))]


class Density(Widget):
    """Two lines: the bars, then a caret under the cursor's period and a caption."""

    DEFAULT_CSS = """
    Density { height: 2; padding: 0 1; }
    """

    zoom: reactive[str] = reactive("month")
    current: reactive[str] = reactive("")   # the cursor's period key at this zoom

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.periods: list[tuple[str, int]] = []
        self.counted = False  # no counts yet: the strip says it is counting, not "no events"
        self._counts: dict[str, int] = {}
        self._columns = None  # (width, buckets): folding 20,000 days once, not per keypress
        self.words = ""       # the cursor's period as the timeline names it
        self.counted_here = True  # the caption gives the period's count (no: a coarser row)

    def set_current(self, period: str, words: str, count: bool) -> None:
        """The caret under `period` (a key at the zoom), captioned in the timeline's `words`
        ("the 2nd century", "March 2016"), with the period's count when `count`."""
        self.words, self.counted_here = words, count
        if self.current == period:
            self.refresh()  # same bar, other words (a century row and its neighbour)
        self.current = period

    def set_periods(self, periods: list[tuple[str, int]], zoom: str) -> None:
        self.periods = fill_gaps(periods, zoom)
        self.counted = True
        self._counts = dict(self.periods)
        self._columns: tuple[int, list] | None = None
        self.zoom = zoom
        self.refresh()

    def render(self) -> Text:
        width = max(1, self.content_region.width)
        if self._columns is None or self._columns[0] != width:
            self._columns = (width, buckets(self.periods, width))
        cols = self._columns[1]
        each = max(1, min(6, width // max(1, len(cols))))  # few periods: wider bars
        if not cols:
            words = f"no events per {self.zoom}" if self.counted else f"counting events per {self.zoom}…"
            return Text(words, style="dim", no_wrap=True)
        top = max(n for _, _, n in cols)
        bars = Text("".join(bar(n, top) * each for _, _, n in cols), no_wrap=True)
        marker_col = None
        for i, (first, last, _) in enumerate(cols):
            if self.current and first <= self.current <= last:
                marker_col = i
                break
        caption = f"events per {self.zoom}"
        if self.current:
            caption += f" · {self.words or self.current}"
            if self.counted_here:
                caption += f": {self._counts.get(self.current, 0)}"
        under = [" "] * (len(cols) * each)
        if marker_col is not None:
            under[marker_col * each] = "▲"
            bars.stylize("reverse", marker_col * each, (marker_col + 1) * each)
            marker_col *= each
        line2 = "".join(under)
        # the caption sits at the side of the caret that has room
        if marker_col is None or marker_col < width // 2:
            start = width - len(caption)
        else:
            start = 0
        if start >= 0 and (marker_col is None or not start <= marker_col < start + len(caption)):
            line2 = line2.ljust(width)
            line2 = line2[:start] + caption + line2[start + len(caption):]
        text = Text(no_wrap=True)
        text.append_text(bars)
        text.append("\n")
        text.append(line2[:width].rstrip(), style="dim")
        return text
