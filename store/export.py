"""`dateline events`: the export formats, a contract that outside tools test against.

jsonl is one event a line with its sources (DESIGN.md lists the fields); csv is
one row per source of each event, cells that a spreadsheet would run as a
formula are defused; md is a chronology to read, with the sources under each
event. Events stream page by page, so exporting a million does not hold them
all in memory.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from .annotations import NO_LAYER
from .ordinal import ordinal
from .terminal_safe import clean_text

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (3-4 ms of a start)
if TYPE_CHECKING:
    from typing import TextIO

PAGE = 500

CSV_FIELDS = ["id", "value", "start", "end", "granularity", "title", "n_sources",
              "article", "outlet", "article_title", "published", "url", "path",
              "phrase", "offset_start", "offset_end", "anchor", "sentence",
              "marked", "hidden", "note", "edited"]


def iter_events(browser, limit: int | None = None) -> Iterator[tuple]:
    """(EventRow, [SourceRow]) in date order, through keyset pages."""
    for row, sources, _layer in iter_annotated(browser, limit):
        yield row, sources


def iter_annotated(browser, limit: int | None = None) -> Iterator[tuple]:
    """(EventRow, [SourceRow], Layer) in date order: the analyst's layer read a page at once."""
    n = 0
    page = PAGE if limit is None else max(1, min(PAGE, limit))  # --limit 100 reads 100
    rows = browser.first(page)
    while rows:
        ids = [r.id for r in rows]
        layers = browser.layers(ids)
        sources = browser.sources_of(ids)
        for row in rows:
            if limit is not None and n >= limit:
                return
            yield row, sources.get(row.id, []), layers.get(row.id, NO_LAYER)
            n += 1
        if limit is not None and n >= limit:
            return
        rows = browser.after(rows[-1], page)


def collapse(text: str) -> str:
    """One line, no terminal controls: file names and metadata can carry them too."""
    return re.sub(r"\s+", " ", clean_text(text or "")).strip()


def event_json(row, sources, layer=NO_LAYER) -> dict:
    return {
        "id": row.id, "value": row.value, "start": row.start, "end": row.end,
        "granularity": row.granularity, "title": row.title, "n_sources": row.n_sources,
        "marked": layer.marked, "hidden": layer.hidden, "note": layer.note,
        "edited": layer.edited,
        "sources": [
            {"article": s.article_id, "outlet": s.outlet, "title": s.article_title,
             "url": s.url, "path": s.path, "published": s.published,
             "sentence": collapse(s.sentence), "phrase": s.phrase,
             "offset": [s.start, s.end], "anchor": s.anchor}
            for s in sources
        ],
    }


def defuse(cell):
    """A cell starting with = + - @ (or tab/CR) would run as a formula in a spreadsheet."""
    if isinstance(cell, str) and cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + cell
    return cell


def md_escape(text: str) -> str:
    """Literal text in Markdown: no emphasis, links, headings or HTML from article words.

    Only the characters that start markup are escaped, so the chronology still
    reads as plain text too.
    """
    return re.sub(r"([\\`*_\[\]<>#|~])", r"\\\1", collapse(text))


def write_events(browser, out: TextIO, fmt: str = "jsonl", limit: int | None = None) -> int:
    n = 0
    if fmt == "jsonl":
        for row, sources, layer in iter_annotated(browser, limit):
            out.write(json.dumps(event_json(row, sources, layer), ensure_ascii=False) + "\n")
            n += 1
    elif fmt == "csv":
        import csv

        w = csv.writer(out)
        w.writerow(CSV_FIELDS)
        for row, sources, layer in iter_annotated(browser, limit):
            edited = json.dumps(layer.edited, ensure_ascii=False) if layer.edited else ""
            for s in sources:
                w.writerow([defuse(c) for c in (
                    row.id, row.value, row.start, row.end, row.granularity, row.title,
                    row.n_sources, s.article_id, s.outlet, s.article_title, s.published,
                    collapse(s.url), collapse(s.path), s.phrase, s.start, s.end, s.anchor,
                    collapse(s.sentence), int(layer.marked), int(layer.hidden),
                    layer.note or "", edited)])
            n += 1
    elif fmt == "md":
        n = _write_md(browser, out, limit)
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return n


def _write_md(browser, out: TextIO, limit: int | None) -> int:
    title = "Timeline" + (f": {md_escape(browser.query)}" if browser.query else "")
    out.write(f"# {title}\n")
    heading = month = None
    fresh = False
    n = 0
    for row, sources, layer in iter_annotated(browser, limit):
        h = _md_heading(row.start, row.granularity)
        if h != heading:
            heading, month = h, None
            out.write(f"\n## {heading}\n")
            fresh = True
        if row.granularity not in ("year", "decade", "century") and row.start[:7] != month:
            month = row.start[:7]
            out.write(f"\n### {month}\n")
            fresh = True
        if fresh:  # a list opens after a blank line
            out.write("\n")
            fresh = False
        plural = "s" if row.n_sources != 1 else ""
        flags = "".join(f" ({w})" for w, on in (("marked", layer.marked),
                                                 ("hidden", layer.hidden)) if on)
        out.write(f"- **{row.value}** {md_escape(row.title)} ({row.n_sources} source{plural})"
                  f"{flags}\n")
        if layer.note:
            out.write(f"  - Note: {md_escape(layer.note)}\n")
        for s in sources:
            where = collapse(s.url or s.path)
            who = s.outlet or s.article_title or where or f"article {s.article_id}"
            notes = [s.anchor or ""] + ([where] if where and where != who else [])
            out.write(f"  - {md_escape(who)}, {s.published or 'undated'}: "
                      f"{_quoted(md_escape(s.sentence))} "
                      f"({'; '.join(md_escape(x) for x in notes if x)})\n")
        n += 1
    if n == 0:
        out.write("\nNo events.\n")
    return n


def _md_heading(start: str, granularity: str) -> str:
    """A year, or the decade or century itself: "## 0100" would read as a year."""
    year = int(start[:4])
    if granularity == "decade":
        return f"the {year}s"
    if granularity == "century":
        return f"the {ordinal(year // 100 + 1)} century"
    return str(year)


def _quoted(sentence: str) -> str:
    """Quote marks around a sentence, unless it opens with its own ("“The ... said.”")."""
    if sentence[:1] in "\u201c\"\u2018'":
        return sentence
    return f"\u201c{sentence}\u201d"
