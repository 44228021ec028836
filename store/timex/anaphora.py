"""Anaphoric dates: "that year", "later that day", "the following month", "the next
morning" are resolved against the latest dated phrase before them in the text,
not against the publication date (the story has moved to that time)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .. import recache
from .values import add_months, iso_week_value, span_of_value

_DAY = recache.compile(r"\d{4}-\d\d-\d\d")
_POD = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


def _offset(det: str) -> int:
    det = det.lower()
    if "following" in det or "next" in det:
        return 1
    if "previous" in det or "preceding" in det:
        return -1
    return 0


def resolve(det: str, unit: str, prev_value: str) -> str | None:
    """Value of '<det> <unit>' given the value of the previous dated phrase."""
    span = span_of_value(prev_value)
    if span is None:
        return None
    start, _end, gran = span
    d = date.fromisoformat(start)
    off = _offset(det)
    unit = unit.lower()
    if unit in ("day", *_POD):
        if gran == "month" and off == 0 and "same" in det:
            return start[:7] + "-XX"  # "that same day" after "in October 1998": a day of it
        if gran != "day":
            return None
        d = d + timedelta(off)
        return d.isoformat() + (f"T{_POD[unit]}" if unit in _POD else "")
    if unit in ("week", "weekend"):
        if gran != "day" and gran != "week":
            return None
        v = iso_week_value(d + timedelta(7 * off))
        return v + "-WE" if unit == "weekend" else v
    if unit == "month":
        if gran not in ("day", "week", "month"):
            return None
        y, m = add_months(d.year, d.month, off)
        return f"{y:04d}-{m:02d}"
    if unit == "quarter":
        if gran not in ("day", "week", "month", "quarter"):
            return None
        k = d.year * 4 + (d.month - 1) // 3 + off
        return f"{k // 4:04d}-Q{k % 4 + 1}"
    if unit == "year":
        if gran in ("decade", "century"):
            return None
        return f"{d.year + off:04d}"
    if unit == "decade":
        return None if gran == "century" else f"{d.year // 10 + off:03d}X"
    if unit == "century":
        return f"{d.year // 100 + off:02d}"
    return None


# "the previous Friday", "the following Monday", "the next Sunday": a weekday counted
# from the day the story is at, not from the publication date ("next Sunday" alone is)
_WEEKDAY_DET = recache.compile(r"(?<![\w-])[Tt]he\s+(?P<det>previous|preceding|following|next)\s+$")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _story_weekday(f, text: str, prev: str | None) -> None:
    """Re-anchor a weekday phrase with 'the previous/following/next' before it (or 'the'
    before its own 'next') on the previous dated day, and take the words into it."""
    phrase = text[f.start:f.end].lower()
    own_next = phrase.startswith("next ")
    if own_next:
        m = re.search(r"(?<![\w-])[Tt]he\s+$", text[max(0, f.start - 8):f.start])
        det = "next"
        start = f.start - len(m.group(0)) if m else None
    else:
        m = _WEEKDAY_DET.search(text, max(0, f.start - 24), f.start)
        det = m["det"].lower() if m else ""
        start = m.start() if m else None
    if start is None:
        return
    name = phrase.split()[1] if own_next else phrase.split()[0]
    if name not in _WEEKDAYS:
        return
    f.start = start
    span = span_of_value(prev) if prev else None
    if span is None or span[2] != "day":
        return  # no day to count from: the publication date's reading stands
    d = date.fromisoformat(span[0])
    wd = _WEEKDAYS.index(name)
    if det in ("previous", "preceding"):
        d -= timedelta((d.weekday() - wd) % 7 or 7)
    else:
        d += timedelta((wd - d.weekday()) % 7 or 7)
    f.value = d.isoformat() + f.value[10:]


def fill(found: list, text: str) -> list:
    """Replace ANAPHOR placeholders (found is sorted by start) or drop them."""
    out = []
    prev = None
    for f in found:
        if f.rule == "weekday" and _DAY.match(f.value):
            _story_weekday(f, text, prev)
        if f.value.startswith("ANAPHOR:"):
            _, det, unit, *fallback = f.value.split(":")
            v = resolve(det, unit, prev) if prev else None
            if v is None and fallback:
                v = fallback[0]  # "the preceding century": before now, with nothing earlier
            if v is None:
                continue
            f.value = v
            f.type = "TIME" if re.search(r"T[A-Z]{2}$", v) else "DATE"
        elif f.type in ("DATE", "TIME") and span_of_value(f.value):
            prev = f.value
        out.append(f)
    return out
