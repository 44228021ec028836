"""The footer: the most useful keys that fit the terminal's width, in the key table's order.

Textual's footer shows every binding marked for it and lets the rest run off the
right edge. With the analyst's keys there are more than 80 columns hold, so
this one drops the least useful first (FOOTER_RANK) and switches to the compact
style before it drops anything; help (?) and the palette list every key anyway.
"""

from __future__ import annotations

from typing import Any

from textual.widgets import Footer

# most useful first: what a newcomer needs to get about and out, then the analyst's keys
FOOTER_RANK = ("help", "quit", "search", "goto_date", "read", "undo", "mark", "key_view",
               "copy_link", "hide", "note", "merge", "split", "edit_title", "redate")
PALETTE_CELLS = 12   # "▏^p palette" and its padding, docked right


def cells(keys: list[Any], compact: bool) -> int:
    """Columns the keys take: ' K key dates ' each, or 'K key dates' and a space between
    them when compact."""
    if compact:
        return sum(len(k.key_display) + len(k.description) + 2 for k in keys) - 1
    return sum(len(k.key_display) + len(k.description) + 3 for k in keys)


def fitting(keys: list[Any], width: int) -> tuple[list[Any], bool]:
    """The keys to show at this width, in their order, and whether compact."""
    room = width - PALETTE_CELLS
    if cells(keys, False) <= room:
        return keys, False
    rank = {name: i for i, name in enumerate(FOOTER_RANK)}
    kept = list(keys)
    while kept and cells(kept, True) > room:
        kept.remove(max(kept, key=lambda k: rank.get(k.action, len(rank))))
    return kept, True


class KeysFooter(Footer):
    """A footer that fits its keys to the width (again on every resize)."""

    _laid_for = 0

    def compose(self):
        shown = list(super().compose())
        palette = [k for k in shown if k.has_class("-command-palette")]
        keys = [k for k in shown if not k.has_class("-command-palette")]
        width = self.size.width or self.app.size.width
        self._laid_for = width
        kept, compact = fitting(keys, width)
        self.compact = compact
        self.styles.grid_size_columns = len(kept)
        yield from kept
        yield from palette

    def on_resize(self, event: Any) -> None:
        if event.size.width != self._laid_for:
            self.refresh(recompose=True)
