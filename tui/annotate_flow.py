"""The analyst's keys: mark, hide, note, edit the title, re-date, merge, split, undo.

Each change goes through store/annotations.py (or store/regroup.py for merges and
splits) in one write transaction, is told in a toast (literal text: a note's markup
never styles the screen), and can be undone, several levels deep: what each change
wrote is kept on a stack. An undo is a write too, and only reverts what still holds
what this window wrote: when another window (or `dateline edit`) changed that field
or grouping since, it says so in one line and changes nothing (last writer wins per
field). `DatelineApp` mixes it in.
"""

from __future__ import annotations

from typing import Any

from store import annotations, regroup
from store.annotations import AnnotationError
from store.db import disk_full

from .screens.ask import AskScreen
from .text import clean

UNDO_LEVELS = 50


FULL = "the disk is full: the change is not kept (what is stored stays as it was)"


def _load_merge_code() -> None:
    import store.merge  # noqa: F401  (what regroup.merge and split rebuild events with)


def _light(change: dict) -> bool:
    """Only a mark or a note: nothing the timeline shows or counts."""
    return set(change) <= {"marked", "note", "clear_note"}


def _filters_layer(query: str) -> bool:
    q = query.lower()
    return any(f in q for f in ("is:", "has:", "note:"))


class AnnotateFlow:
    """Handlers for the analyst's keys; needs the app's store, browser and timeline."""

    store: Any
    browser: Any
    timeline: Any

    @property
    def _undo_stack(self) -> list[Any]:
        """annotations.Edit or regroup.Change entries, the newest last."""
        if not hasattr(self, "_undo_states"):
            self._undo_states: list[Any] = []
        return self._undo_states

    def on_mount(self) -> None:
        """Load the merge code (its title and term rules: 0.3-0.4 s of imports) while the
        user reads the first screen, so the first M or S lands as fast as the others."""
        if not self.is_headless:
            self.set_timer(1.0, lambda: self.run_worker(_load_merge_code, thread=True,
                                                        group="warm", exclusive=True))

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
        return self._write(lambda conn: annotations.edit(conn, row.id, **change),
                           lambda _done: (row.id, said), light=_light(change))

    def _write(self, do: Any, after: Any, light: bool = False) -> str | None:
        """Run `do(conn)` in one write transaction, keep what it returns for undo, go to
        the event `after(result)` names and say its words; None when done, else what was
        wrong (one line)."""
        try:
            with self._analyst_write() as conn:
                done = do(conn)
        except AnnotationError as e:
            return str(e).removeprefix("--date: ").removeprefix("--title: ").removeprefix(
                "--note: ").removeprefix("merge: ").removeprefix("split: ")
        except Exception as e:
            if not disk_full(e):
                raise
            self.notify(FULL, severity="warning", markup=False)
            return FULL
        stack = self._undo_stack
        stack.append(done)
        del stack[:-UNDO_LEVELS]
        event_id, said = after(done)
        self._show_changed(event_id, light)
        self.notify(f"{said} (u to undo)", markup=False)
        return None

    def _show_changed(self, event_id: int, light: bool = False) -> None:
        """Re-read the timeline, the cursor on the event where it is now (if still shown).
        A mark or a note moves no row and changes no count (unless the search filters on
        the layer), so for those only the row's mark and the details pane are drawn again:
        on a million events the whole re-read costs 20-30 ms of the key's 50, refilling the
        sources pane another few."""
        row = self.timeline.row
        if light and row is not None and row.id == event_id and not _filters_layer(
                self.browser.searched if self.browser else ""):
            self.timeline.restate(event_id, marked=bool(
                annotations.event_state(self.store.conn, event_id)["marked"]))
            row = self.timeline.row
            self._show_details(row, self._reason(row))  # its sources and period are the same
            return
        self.action_refresh()
        row = self.browser.event(event_id) if self.browser else None
        if row is not None and self.browser.layers([event_id]).get(event_id,
                                                                   annotations.NO_LAYER).hidden \
                and not self.browser.shows_hidden:
            self._fill_panes()
            return
        if row is not None and (self.timeline.row is None or self.timeline.row.id != row.id):
            self._goto_row(row)  # (the refresh kept the cursor on its row when it could)
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
        entry = stack.pop()
        try:
            with self._analyst_write() as conn:
                if isinstance(entry, regroup.Change):
                    problem = regroup.undo(conn, entry)
                    event_id = entry.event_id
                else:
                    event_id = annotations.event_of(conn, entry.ann_id)
                    problem = annotations.undo_edit(conn, entry)
        except AnnotationError as e:
            self.notify(f"Cannot undo: {e}", severity="warning", markup=False)
            return
        except Exception as e:
            if not disk_full(e):
                raise
            stack.append(entry)
            self.notify(f"Cannot undo: {FULL}", severity="warning", markup=False)
            return
        if problem is not None:  # another window's later write wins; this one is dropped
            self.notify(problem[0].upper() + problem[1:], severity="warning", markup=False)
            return
        if event_id is not None:
            self._show_changed(event_id, isinstance(entry, annotations.Edit)
                               and _light(entry.after))
        else:
            self.action_refresh()
        self.notify(f"Undone ({len(stack)} more to undo)" if stack else "Undone", markup=False)

    # -- merge and split ----------------------------------------------------------

    def action_merge(self) -> None:
        """M: the marked events become part of the selected one. With none marked, the
        first M picks this event and a second M, on another, merges it into that one."""
        if (row := self._selected()) is None:
            return
        others = regroup.marked_events(self.store.conn, row.id)
        picked = getattr(self, "_merge_pick", None)
        if picked is not None:
            self._merge_pick = None
            if picked[0] == row.id:
                self.notify("Merge cancelled.")
                return
            others = [picked[0]]
        elif not others:
            self._merge_pick = (row.id, row.title)
            self.notify(f"Merge: {clean(row.title)} — move to the event to merge it into and "
                        "press M again (M here cancels; or mark events with m first)",
                        markup=False)
            return
        n = len(others)
        words = "1 event" if n == 1 else f"{n} events"
        problem = self._write(lambda conn: regroup.merge(conn, row.id, others),
                              lambda done: (done.event_id,
                                            f"Merged {words} into: {clean(row.title)}"))
        if problem is not None:
            self.notify(f"Cannot merge: {problem}", severity="warning", markup=False)

    def action_split(self) -> None:
        """S: the source under the sources cursor (Tab to choose) leaves the event, with all
        its mentions there, into an event of its own."""
        if (row := self._selected()) is None:
            return
        if (source := self._source_or_say()) is None:
            return
        if row.n_sources < 2:
            self.notify("This event has one source: nothing to split it from.")
            return
        name = clean(source.outlet or source.article_title or source.path
                     or f"article {source.article_id}")
        problem = self._write(lambda conn: regroup.split(conn, row.id, source.article_id),
                              lambda done: (done.event_id,
                                            f"Split out: {name} is now an event of its own"))
        if problem is not None:
            self.notify(f"Cannot split: {problem}", severity="warning", markup=False)
