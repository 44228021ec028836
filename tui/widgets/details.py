"""The details pane: what the selected event is and how its date was worked out."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.widgets import Static

from ..format import published_words, span_words, value_label
from ..text import clean, highlight_terms


def details_text(row: Any | None, first_source: Any | None, terms: list[str]) -> Text:
    """The pane's text: span in words, granularity, title, how it was resolved, sources."""
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
        how = Text(style="italic")
        how.append(f"\u201c{clean(first_source.phrase)}\u201d")
        how.append(f" in {published_words(first_source.published)}")
        anchor = clean(first_source.anchor)
        if anchor and not anchor.startswith("published"):
            how.append(f", read against {anchor}")
        text.append_text(how)
    if row.n_mentions != row.n_sources:
        text.append(f"\n{row.n_mentions} mentions in {row.n_sources} {sources}", style="dim")
    return text


class Details(Static, can_focus=True):
    """Shows `details_text` of the event under the timeline cursor."""

    def show(self, row: Any | None, first_source: Any | None, terms: list[str]) -> None:
        self.update(details_text(row, first_source, terms))
