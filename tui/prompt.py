"""A one-line prompt typed in the status line, as vim's ":" command line is.

It holds the text and its cursor and draws the line; the app hands it the keys
while it is open. It is not an Input widget on purpose: an Input must take the
focus, and the focus going to it and back restyled both widgets and laid the
screen out again inside the frame that shows the jump (Enter to that frame at
10M: 15-18 ms of CPU with an Input, 7-8 with this). Drawn by the status line, it
changes that one line and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text

from .text import clean

SUBMIT, CANCEL = "submit", "cancel"  # what Enter and Esc ask of the app


@dataclass
class Prompt:
    """`label` before the text, `placeholder` shown while it is empty; `problem` is one
    line saying what is wrong with the text, shown after it until the text changes;
    `keys`, once something is typed, at the line's right end where it fits: the
    placeholder that said them is gone by then, and the footer below still lists the
    timeline's keys, which the prompt takes as letters."""

    label: str
    placeholder: str = ""
    keys: str = ""
    text: str = ""
    cursor: int = 0
    problem: str = ""

    def key(self, key: str, character: str | None) -> str | None:
        """Apply one key: SUBMIT (Enter), CANCEL (Esc, or backspace on an empty line, as
        in vim), "" when the key edited or moved, None for a key the prompt does not use
        (the app handles it as usual)."""
        text, at = self.text, self.cursor
        if key == "enter":
            return SUBMIT
        if key == "escape" or (key in ("backspace", "ctrl+h") and not text):
            return CANCEL
        if key in ("backspace", "ctrl+h"):
            if at:
                self._set(text[:at - 1] + text[at:], at - 1)
        elif key == "delete":
            self._set(text[:at] + text[at + 1:], at)
        elif key == "left":
            self.cursor = max(0, at - 1)
        elif key == "right":
            self.cursor = min(len(text), at + 1)
        elif key in ("home", "ctrl+a"):
            self.cursor = 0
        elif key in ("end", "ctrl+e"):
            self.cursor = len(text)
        elif key == "ctrl+u":
            self._set(text[at:], 0)
        elif key == "ctrl+w":
            start = len(text[:at].rstrip())
            start = len(text[:start]) - len(text[:start].split(" ")[-1])
            self._set(text[:start] + text[at:], start)
        elif character and character.isprintable() and len(character) == 1:
            self.insert(character)
        else:
            return None
        return ""

    def insert(self, typed: str) -> None:
        """Typed or pasted text at the cursor: its first line, without control
        characters."""
        typed = "".join(ch for ch in typed.split("\n")[0] if ch.isprintable())
        if typed:
            at = self.cursor
            self._set(self.text[:at] + typed + self.text[at:], at + len(typed))

    def _set(self, text: str, cursor: int) -> None:
        if text != self.text:
            self.problem = ""  # the text is being mended
        self.text = text
        self.cursor = max(0, min(cursor, len(text)))

    def line(self, width: int, *, typed: Style, cursor: Style, hint: Style,
             problem: Style) -> Text:
        """The prompt in `width` cells: the label, the text with its cursor (the text
        scrolled so the cursor shows), then the problem or, on an empty line, the
        placeholder. The typed text is shown as typed, never read as markup."""
        line = Text(no_wrap=True, overflow="ellipsis")
        line.append(f"{self.label} ")
        tail = f"  {clean(self.problem)}" if self.problem else ""
        room = max(2, width - cell_len(line.plain) - cell_len(tail))
        cells = self.text + " "  # the last cell: the cursor after the text
        start = 0
        while start < self.cursor and cell_len(cells[start:self.cursor + 1]) > room - 1:
            start += 1  # (1: the "…" that says the text goes on to the left)
        end = self.cursor + 1
        while end < len(cells) and cell_len(cells[start:end + 1]) + bool(start) <= room:
            end += 1
        more = end < len(self.text) and end - 1 > self.cursor  # the text goes on, right
        if start:
            line.append("…", style=typed)
        line.append(cells[start:self.cursor], style=typed)
        line.append(cells[self.cursor], style=cursor)
        if more:
            line.append(cells[self.cursor + 1:end - 1] + "…", style=typed)
        else:
            line.append(cells[self.cursor + 1:end].rstrip(" ") if end == len(cells)
                        else cells[self.cursor + 1:end], style=typed)
        if self.problem:
            line.append(tail, style=problem)
        elif not self.text and self.placeholder:
            line.append(self.placeholder, style=hint)
        elif self.text and self.keys and width - cell_len(line.plain) >= cell_len(self.keys) + 3:
            line.append(" " * (width - cell_len(line.plain) - cell_len(self.keys) - 1))
            line.append(self.keys, style=hint)
        line.truncate(width, overflow="ellipsis")
        return line
