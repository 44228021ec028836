"""Reference time of passages in pages that hold updates written months apart.

A live-updates page (newest first) carries passages dated by their own
month-day phrases written without a year ("On October 31, ..."): a writer
gives no year for a date of the current season. When a relative phrase
("this week", "last month", bare weekdays) sits on a line whose nearest
year-less day-level date (same line first, then up to WINDOW lines around it;
a year-less mention of the publication month counts as a recent date;
only on pages with at least MIN_STALE distinct such stale dates)
lies more than STALE_DAYS before the publication date, it is resolved against
that passage date instead. Dates written with a year are history ("in May
2015") and never move the reference, so ordinary articles keep the
publication date.

A live page's entries each open with their time ("2350 The UN says ..."): that
stamp is the entry's time, and its "today", "this morning" and clock times
belong to the entry's day. The newest entry is taken to be on the page's date
(a page reports nothing after its date); where the stamps step the wrong way
for the page's order (newest first: 0040 then 2350), midnight lies between the
two entries, and the older ones are a day earlier.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .. import recache
from .resolve import long_date
from .tense import is_future

STALE_DAYS = 21
WINDOW = 12
MIN_STALE = 4  # distinct year-less stale dates before a page counts as a live page
PASSAGE_RULES = {"mdy", "dmy", "spelled_md"}


# an entry's stamp at the start of its line: "0105 The ...", "23:50 - The ...", "9.41am: ..."
_ENTRY = recache.compile(r"(?m)^[ \t]*(?P<h>[01]?\d|2[0-3])(?P<sep>[:.]?)(?P<m>[0-5]\d)"
                         r"(?:\s*(?P<ap>[ap])\.?m\.?)?(?:\s+(?:GMT|BST|UTC|ET|UK|local))?"
                         r"\s*[:–—-]?\s+(?=[A-Z\"“‘'])")
MIN_ENTRIES = 3  # stamped lines before a page counts as a live page's entries
# (and a midnight at most every tenth step: more steps the wrong way are no entry order)


FURNITURE_DAYS = 365
FURNITURE_AFTER = 0.4  # furniture trails the article: never in its first 40%
_STAMP = recache.compile(r"(?i)\b(?:updated|modified|copyright|accessed|retrieved)\b|©")
_WEEKDAY_HEAD = recache.compile(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s")


def furniture_anchor(text: str, found, dct: date) -> list[tuple[int, int, date, str]]:
    """Other stories' teasers and captions appended to a page crawled years later.

    A full date with its weekday ("on Wednesday, May 28, 2025") a year or more after
    the publication date, past the first 40% of the page and not an "updated" stamp,
    cannot belong to the article: it dates page furniture. From
    the line holding the first one to the end of the page, relative phrases resolve
    against the newest such date, not against the article's own date.
    """
    late = [f for f in found if f.rule in ("mdy", "dmy") and len(f.value) == 10
            and _WEEKDAY_HEAD.match(text, f.start) and f.start >= FURNITURE_AFTER * len(text)
            and not _STAMP.search(text, max(0, text.rfind("\n", 0, f.start)), f.start)]
    dates = []
    for f in late:
        try:
            d = date.fromisoformat(f.value)
        except ValueError:
            continue
        if (d - dct).days >= FURNITURE_DAYS and not is_future(text, f.start, f.end):
            dates.append((f.start, d))
    if not dates:
        return []
    first = min(p for p, _ in dates)
    newest = max(d for _, d in dates)
    a = text.rfind("\n", 0, first) + 1
    return [(a, len(text) + 1, newest, "page furniture dated " + long_date(newest))]


def passage_anchors(text: str, found, dct: date) -> list[tuple[int, int, date, str]]:
    """[(start, end, date, label)] line spans to resolve against their own date."""
    furniture = furniture_anchor(text, found, dct)
    if furniture:
        cut = furniture[0][0]
        found = [f for f in found if f.start < cut]
    return furniture + _passages(text, found, dct) + entry_anchors(text, dct)


def _entries(text: str) -> list[re.Match]:
    """_ENTRY.finditer(text)'s matches, tried only at line starts (str.find): a match opens
    a line, and the engine would try (?m)^ at every character."""
    out = []
    pos = i = 0
    match = _ENTRY.match
    while True:
        if i >= pos and (m := match(text, i)) is not None:
            out.append(m)
            pos = m.end()
        j = text.find("\n", i)
        if j < 0:
            return out
        i = j + 1


def entry_anchors(text: str, dct: date) -> list[tuple[int, int, date, str]]:
    """Each stamped entry of a live page, from its stamp to the next, with its day and time."""
    stamps = []  # (line start, minutes of the day, "HH:MM")
    bare = []  # four digits alone ("2350") read as a time only when one cannot be a year
    for m in _entries(text):
        h, mi = int(m["h"]), int(m["m"])
        if m["ap"]:
            if h > 12:
                continue
            h = h % 12 + (12 if m["ap"].lower() == "p" else 0)
        if not m["sep"] and not m["ap"]:
            if len(m["h"]) != 2:
                continue
            bare.append(int(m["h"] + m["m"]))
        stamps.append((m.start(), h * 60 + mi, f"{h:02d}:{mi:02d}"))
    if len(stamps) < MIN_ENTRIES or (bare and all(1900 <= b <= 2059 for b in bare)):
        return []
    steps = [b[1] - a[1] for a, b in zip(stamps, stamps[1:], strict=False)]
    down, up = sum(d < 0 for d in steps), sum(d > 0 for d in steps)
    newest_first = down >= up
    if min(down, up) > max(1, len(steps) // 10):
        return []  # times that go both ways: a diary's or a schedule's, not an entry order
    offsets = [0]
    for d in steps:  # a step the wrong way for the page's order crosses midnight
        if newest_first:
            offsets.append(offsets[-1] - (d > 0))
        else:
            offsets.append(offsets[-1] + (d < 0))
    newest = max(offsets)
    out = []
    for i, (start, _, clock) in enumerate(stamps):
        end = stamps[i + 1][0] if i + 1 < len(stamps) else len(text) + 1
        day = dct + timedelta(days=offsets[i] - newest)
        out.append((start, end, day, f"passage stamped {clock}, {long_date(day)}"))
    return out


def _passages(text: str, found, dct: date) -> list[tuple[int, int, date, str]]:
    # a date before `cutoff` is stale: more than STALE_DAYS before the page's date
    cutoff = dct - timedelta(days=STALE_DAYS) if dct.toordinal() > STALE_DAYS else date.min
    stale_before = cutoff.isoformat()
    if sum(1 for f in found if f.rule in PASSAGE_RULES and f.used_ref and len(f.value) == 10
           and f.value < stale_before) < MIN_STALE:
        return []  # an ordinary article (no run of dates long before the page's): no lines
    line_starts = [0]
    i = text.find("\n")
    while i >= 0:
        line_starts.append(i + 1)
        i = text.find("\n", i + 1)
    if len(line_starts) < 4:
        return []
    from bisect import bisect_right

    def line_of(pos: int) -> int:
        return bisect_right(line_starts, pos) - 1

    dated: dict[int, list[date]] = {}
    stale = set()
    this_month = dct.isoformat()[:7]
    for f in found:
        if f.rule == "month" and f.used_ref and f.value == this_month:
            # "at the beginning of March" in a March page: a passage of these days
            dated.setdefault(line_of(f.start), []).append(dct)
            continue
        if f.rule in PASSAGE_RULES and f.used_ref and len(f.value) == 10:
            try:
                d = date.fromisoformat(f.value)
            except ValueError:
                continue
            dated.setdefault(line_of(f.start), []).append(d)
            if d < cutoff:
                stale.add(d)
    if len(stale) < MIN_STALE:
        return []
    rel_lines = {line_of(f.start) for f in found if f.used_ref and f.rule not in PASSAGE_RULES}
    out = []
    nlines = len(line_starts)
    for ln in sorted(rel_lines):
        best = None
        for dist in range(WINDOW + 1):
            for cand in (ln, ln - dist, ln + dist) if dist else (ln,):
                if cand in dated:
                    best = cand
                    break
            if best is not None:
                break
        if best is None:
            continue
        ds = dated[best]
        if all(d < cutoff for d in ds):
            d = max(ds)
            a = line_starts[ln]
            b = line_starts[ln + 1] if ln + 1 < nlines else len(text) + 1
            out.append((a, b, d, "passage dated " + long_date(d)))
    return out
