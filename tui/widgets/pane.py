"""Pane titles that say which pane has focus in words, not by the border's shade alone.

With NO_COLOR (or a monochrome terminal) a focused border looks like any
other, so the focused pane's title gains a marker: `timeline` becomes
`▶ timeline`. It changes on focus and blur only, never on a key that moves
within a pane.
"""

from __future__ import annotations

FOCUS_MARK = "▶"


def marked_title(title: str, focused: bool) -> str:
    return f"{FOCUS_MARK} {title}" if focused else title


class FocusTitled:
    """Mixin for a bordered pane: `pane_title` is its border title, marked while focused.

    Textual calls the `on_focus` / `on_blur` of every class in the MRO, so a
    pane's own handlers still run beside these.
    """

    pane_title: str = ""

    def on_mount(self) -> None:
        self.border_title = marked_title(self.pane_title, self.has_focus)

    def on_focus(self) -> None:
        self.border_title = marked_title(self.pane_title, True)

    def on_blur(self) -> None:
        self.border_title = marked_title(self.pane_title, False)
