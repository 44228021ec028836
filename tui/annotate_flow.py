"""The analyst's keys: mark, hide, note, edit the title, re-date, undo.

Each change goes through store/annotations.py in one write transaction, is
told in a toast (literal text: a note's markup never styles the screen), and
can be undone, several levels deep: the event's state before each change is
kept on a stack and `restore` puts it back. `DatelineApp` mixes it in.
"""

from __future__ import annotations

from typing import Any

from store import annotations
from store.annotations import AnnotationError
from store.db import disk_full

from .screens.ask import AskScreen
from .text import clean

UNDO_LEVELS = 50


FULL = "the disk is full: the change is not kept (what is stored stays as it was)"


class AnnotateFlow:
    """Handlers for the analyst's keys; needs the app's store, browser and timeline."""

    store: Any
    browser: Any
    timeline: Any

    @property
    def _undo_stack(self) -> list[tuple[int, dict]]:
        if not hasattr(self, "_undo_states"):
            self._undo_states: list[tuple[int, dict]] = []
        return self._undo_states

    def _selected(self) -> Any | None:
        row = self.timeline.row
        if row is None:
            self.notify("No event selected.")
            return None
        if self.store.read_only:
            self.notify("The store is read-only: changes cannot be kept.", severity="warning")
            return None
        return row

    def _change(self, row: Any, said: str, **change: Any) -> str | None:
        """Apply one change; None when done, else what was wrong (one line)."""
        try:
            before = annotations.event_state(self.store.conn, row.id)
            with self.store.write() as conn:
                annotations.edit(conn, row.id, **change)
        except AnnotationError as e:
            return str(e).removeprefix("--date: ").removeprefix("--title: ").removeprefix(
                "--note: ")
        except Exception as e:
            if not disk_full(e):
                raise
            self.notify(FULL, severity="warning", markup=False)
            return FULL
        stack = self._undo_stack
        stack.append((row.id, before))
        del stack[:-UNDO_LEVELS]
        self._show_changed(row.id)
        self.notify(f"{said} (u to undo)", markup=False)
        return None

    def _show_changed(self, event_id: int) -> None:
        """Re-read the timeline, the cursor on the event where it is now (if still shown)."""
        self.action_refresh()
        row = self.browser.event(event_id) if self.browser else None
        if row is not None and self.browser.layers([event_id]).get(event_id,
                                                                   annotations.NO_LAYER).hidden \
                and not self.browser.shows_hidden:
            self._fill_panes()
            return
        if row is not None:
            self._goto_row(row)
        self._fill_panes()  # the same row may stay under the cursor: show what changed

    def layer_of(self, row: Any | None) -> Any:
        if row is None or self.browser is None:
            return None
        return self.browser.layers([row.id]).get(row.id)

    def action_mark(self) -> None:
        if (row := self._selected()) is None:
            return
        marked = not annotations.event_state(self.store.conn, row.id)["marked"]
        self._change(row, f"Marked: {clean(row.title)}" if marked else "Mark removed",
                     marked=marked)

    def action_hide(self) -> None:
        if (row := self._selected()) is None:
            return
        hidden = not annotations.event_state(self.store.conn, row.id)["hidden"]
        said = (f"Hidden: {clean(row.title)} (is:hidden shows it)" if hidden
                else "Shown again")
        self._change(row, said, hidden=hidden)

    def action_note(self) -> None:
        if (row := self._selected()) is None:
            return
        note = annotations.event_state(self.store.conn, row.id)["note"] or ""
        self.push_screen(AskScreen(
            "note", note, lambda text: self._change(row, "Note saved", note=text),
            multiline=True), lambda _: self.timeline.focus())

    def action_edit_title(self) -> None:
        if (row := self._selected()) is None:
            return
        self.push_screen(AskScreen(
            "title", row.title, lambda text: self._change(row, f"Title: {clean(text)}",
                                                           title=text)),
            lambda _: self.timeline.focus())

    def action_redate(self) -> None:
        if (row := self._selected()) is None:
            return
        self.push_screen(AskScreen(
            "new date (relative dates count from the article's date)", "",
            lambda text: self._change(row, f"Re-dated: {clean(text)}", date_text=text),
            placeholder="2016-03-15, March 2016, last Tuesday"),
            lambda _: self.timeline.focus())

    def action_undo(self) -> None:
        stack = self._undo_stack
        if not stack:
            self.notify("Nothing to undo.")
            return
        event_id, state = stack.pop()
        try:
            with self.store.write() as conn:
                annotations.restore(conn, event_id, state)
        except AnnotationError as e:
            self.notify(f"Cannot undo: {e}", severity="warning", markup=False)
            return
        except Exception as e:
            if not disk_full(e):
                raise
            stack.append((event_id, state))
            self.notify(f"Cannot undo: {FULL}", severity="warning", markup=False)
            return
        self._show_changed(event_id)
        self.notify(f"Undone ({len(stack)} more to undo)" if stack else "Undone", markup=False)
