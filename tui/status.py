"""The status line under the panes: where the cursor is, the zoom, the search, news."""

from __future__ import annotations

from rich.text import Text

from .text import clean


def status_text(*, position: int | None, total: int | None, exact: bool, zoom: str,
                query: str, stale: bool) -> Text:
    text = Text(no_wrap=True, overflow="ellipsis")
    if stale:
        text.append("new events: press r to refresh", style="bold reverse")
        text.append("  ")
    if total is None:
        text.append("counting…")
    elif total == 0:
        text.append("no events")
    else:
        where = "" if position is None else f"{min(position + 1, total):,} of "
        text.append(f"{where}{total:,}{'' if exact else '+'} events")
    text.append(f" · by {zoom}")
    if query:
        text.append(" · search: ")
        text.append(clean(query), style="bold")
    return text
