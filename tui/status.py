"""The status line under the panes: where the cursor is, the zoom, the search, news."""

from __future__ import annotations

from rich.text import Text

from .text import clean


def status_text(*, position: int | None, total: int | None, exact: bool, zoom: str,
                query: str, stale: bool, key_of: int | None = None, arrived: int = 0) -> Text:
    """`key_of`: the key-dates view is on, picked from this many events of the search;
    `arrived`: events that came in while the app followed the store (marked '+')."""
    text = Text(no_wrap=True, overflow="ellipsis")
    if stale:
        text.append("new events: press r to refresh", style="bold reverse")
        text.append("  ")
    elif arrived:
        text.append(f"+{arrived:,} new {'event' if arrived == 1 else 'events'}",
                    style="bold reverse")
        text.append("  ")
    if key_of is not None:
        text.append("KEY DATES", style="bold reverse")
        text.append(" ")
    kind = "key events" if key_of is not None else "events"
    if total is None:
        text.append("counting…")
    elif total == 0:
        text.append(f"no {kind}")
    else:
        where = "" if position is None else f"{min(position + 1, total):,} of "
        text.append(f"{where}{total:,}{'' if exact else '+'} {kind}")
        if key_of is not None:
            text.append(f" (of {key_of:,})")
    text.append(f" · by {zoom}")
    if query:
        text.append(" · search: ")
        text.append(clean(query), style="bold")
    return text
