"""The details pane: what the selected event is and how its date was worked out."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.widgets import Static

from ..format import published_words, span_words, value_label
from ..text import clean, highlight_terms
from .pane import FocusTitled


def regrouped_words(merged: int, split: int) -> str:
    """One short line on the analyst's regrouping of the event, '' for none: the automatic
    merge made every other event, so a user who sees sources together (or apart) needs
    to know when that was a person's call. The store keeps the mentions moved, not the
    events they came from, so the line counts mentions; short, as the pane's height is
    capped on small screens."""
    merged_in = f"{merged} {'mention' if merged == 1 else 'mentions'} merged in"
    if split and merged:
        return f"Split out and {merged_in} by the analyst"
    if split:
        return "Split out of another event by the analyst"
    return f"{merged_in.capitalize()} by the analyst" if merged else ""


def details_text(row: Any | None, first_source: Any | None, terms: list[str],
                 reason: str = "", layer: Any | None = None,
                 regrouped: tuple[int, int] = (0, 0)) -> Text:
    """The pane's text: span in words, granularity, title, how it was resolved, why it
    ranks where it does (store/salience.py's reason), sources, and the analyst's marks,
    regroupings (mentions merged in, split out) and note (literal text, like article
    text)."""
    if row is None:
        return Text("No event selected.", style="dim")
    text = Text()
    text.append(span_words(row.value, row.start, row.end, row.granularity), style="bold")
    sources = "source" if row.n_sources == 1 else "sources"
    text.append(f"   {value_label(row.value, row.start, row.granularity)} · {row.granularity}"
                f" · {row.n_sources} {sources}", style="dim")
    text.append("\n")
    title = Text(clean(row.title))
    highlight_terms(title, terms, "reverse")
    text.append_text(title)
    text.append("\n")
    if first_source is not None:
        text.append(how_resolved(first_source), style="italic")
    if reason:
        text.append(f"\n{clean(reason)}", style="dim")
    if row.n_mentions != row.n_sources:
        text.append(f"\n{row.n_mentions} mentions in {row.n_sources} {sources}", style="dim")
    if layer is not None:
        flags = [w for w, on in (("★ marked", layer.marked), ("hidden", layer.hidden),
                                 ("edited", layer.edited)) if on]
        if flags:
            text.append("\n" + " · ".join(flags), style="bold")
    if words := regrouped_words(*regrouped):
        text.append(f"\n{words}")
    if layer is not None and layer.note:
        text.append("\nNote: ", style="bold")
        text.append(clean(layer.note, keep_newlines=True))
    return text


def how_resolved(source: Any) -> str:
    """The store's anchor says it in words; lead mentions are the article's own news."""
    phrase, anchor = clean(source.phrase), clean(source.anchor)
    if getattr(source, "lead", False) or not phrase:
        return f"the news of {published_words(source.published)}"
    if anchor and not anchor.startswith("published"):
        return anchor
    return f"\u201c{phrase}\u201d in {published_words(source.published)}"


class Details(FocusTitled, Static, can_focus=True):
    """Shows `details_text` of the event under the timeline cursor."""

    pane_title = "event"

    _height: int | None = None  # lines of the text last shown, at the width then

    def show(self, row: Any | None, first_source: Any | None, terms: list[str],
             reason: str = "", layer: Any | None = None,
             regrouped: tuple[int, int] = (0, 0)) -> None:
        """A new text of as many lines repaints the pane alone; only a change of height
        lays the screen out again (the pane's height follows its text)."""
        self.update(details_text(row, first_source, terms, reason, layer, regrouped), layout=False)
        width = self.content_region.width
        height = self._render().get_height(self.styles, width) if width > 0 else None
        if height is None or height != self._height:
            self.refresh(layout=True)
        self._height = height
