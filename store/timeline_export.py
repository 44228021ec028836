"""`dateline timeline`: key dates as JSON lines, a Markdown chronology or TimelineJS.

JSON lines is a contract (date, score, summary[], events[], sources[]); the
Markdown is a chronology a journalist can paste into a story; `timelinejs` is
the JSON that Knight Lab's TimelineJS reads (an `events` list, each with a
`start_date` and a `text` of headline and HTML), so the timeline embeds in a
web page. Article text reaches HTML escaped, and Markdown with its markup
characters escaped.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter

from .export import collapse, md_escape
from .keydates import KeyDate

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (3-4 ms of a start)
if TYPE_CHECKING:
    from typing import TextIO

FORMATS = ("jsonl", "md", "timelinejs")


def write_timeline(dates: list[KeyDate], out: TextIO, fmt: str, query: str = "") -> None:
    if fmt == "jsonl":
        for kd in dates:
            out.write(json.dumps(kd.as_json(), ensure_ascii=False) + "\n")
    elif fmt == "md":
        _markdown(dates, out, query)
    elif fmt == "timelinejs":
        json.dump(timelinejs(dates, query), out, ensure_ascii=False, indent=1)
        out.write("\n")
    else:
        raise ValueError(f"unknown format {fmt!r}")


def _long_day(iso: str) -> str:
    d = dt.date.fromisoformat(iso)
    return f"{d:%A} {d.day} {d:%B %Y}"


def _source_name(s: dict) -> str:
    return collapse(s.get("outlet") or s.get("title") or s.get("path") or f"article {s['article']}")


def _markdown(dates: list[KeyDate], out: TextIO, query: str) -> None:
    out.write(f"# Key dates{': ' + md_escape(collapse(query)) if query else ''}\n")
    for kd in dates:
        out.write(f"\n## {_long_day(kd.date)}\n\n")
        for s in kd.summary:
            out.write(f"- {md_escape(collapse(s))}\n")
        links, plain = [], Counter()
        for s in kd.sources:
            name = md_escape(_source_name(s))
            title = md_escape(collapse(s.get("title") or ""))
            url = s.get("url")
            if not title and not url:  # nothing to tell one from another: counted by outlet
                plain[name] += 1
                continue
            label = f"{name}: {title}" if title and title != name else name
            links.append(f"[{label}](<{url}>)" if url and ">" not in url else label)
        links += [name if n == 1 else f"{name} ({n} articles)" for name, n in plain.items()]
        if links:
            out.write(f"\nSources: {'; '.join(links)}\n")


def timelinejs(dates: list[KeyDate], query: str = "") -> dict:
    """The TimelineJS JSON: a title slide and one slide a date."""
    import html  # only this format writes HTML

    events = []
    for kd in dates:
        d = dt.date.fromisoformat(kd.date)
        headline = collapse(kd.summary[0]) if kd.summary else _long_day(kd.date)
        paragraphs = [f"<p>{html.escape(collapse(s))}</p>" for s in kd.summary[1:]]
        links = []
        for s in kd.sources:
            label = html.escape(_source_name(s) + (f": {collapse(s['title'])}"
                                                   if s.get("title") else ""))
            url = s.get("url")
            links.append(f'<a href="{html.escape(url, quote=True)}">{label}</a>'
                         if url and url.startswith(("http://", "https://")) else label)
        if links:
            paragraphs.append("<p>Sources: " + "; ".join(links) + "</p>")
        events.append({
            "start_date": {"year": str(d.year), "month": str(d.month), "day": str(d.day)},
            "text": {"headline": html.escape(headline), "text": "".join(paragraphs)},
            "unique_id": f"d{kd.date}",
        })
    title = f"Key dates: {collapse(query)}" if query else "Key dates"
    return {"title": {"text": {"headline": html.escape(title),
                               "text": f"<p>{len(dates)} dates chosen by dateline</p>"}},
            "events": events}
