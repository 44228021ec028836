"""Turning what a user types after `after:`/`before:`/`on:` into a span of days.

The date finder `store.timex.parse_when` reads every form a user may type
("2016", "2016-W12", "March 2016", "last May"). The ISO forms below are read
here first: they mean the same to both, and importing the finder compiles its
rules (20-60 ms), which `dateline events on:2016-03` would pay on every start.

How a filter's span [fs, fe] (inclusive ISO days) is compared with an event's
span [start, end]: see store/query/compile.py (DATE RULE).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

# English names whatever the locale (calendar's follow it, and importing calendar pulls in
# locale: 4 ms of every start)
_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
_MONTHS = {name: i for i, name in enumerate(_NAMES, 1)}
_MONTHS.update({name[:3]: i for i, name in enumerate(_NAMES, 1)})


def span(text: str, today: date) -> tuple[str, str] | None:
    """The inclusive ISO span a user meant by `text`, or None when it is not a date."""
    text = " ".join(text.split())
    if not text:
        return None
    found = iso_span(text)
    if found is None:
        found = _from_timex(text, today)
    return found if found is not None else _relative_month(text, today)


def _from_timex(text: str, today: date) -> tuple[str, str] | None:
    try:
        from store.timex import parse_when
    except ImportError:
        return None
    try:
        t = parse_when(text, today)
    except Exception:  # the date finder's trouble must not become the query's traceback
        return None
    if t is None or not getattr(t, "start_date", None) or not getattr(t, "end_date", None):
        return None
    try:
        start, end = date.fromisoformat(t.start_date), date.fromisoformat(t.end_date)
    except (TypeError, ValueError):
        return None
    return (start.isoformat(), end.isoformat()) if start <= end else None


def iso_span(text: str) -> tuple[str, str] | None:
    """The ISO forms: 2016, 2016-03, 2016-03-15, 2016-W12, and "March 2016"."""
    t = text.strip().lower()
    try:
        if m := re.fullmatch(r"(\d{4})", t):
            y = int(m[1])
            return date(y, 1, 1).isoformat(), date(y, 12, 31).isoformat()
        if m := re.fullmatch(r"(\d{4})-(\d{2})", t):
            return _month(int(m[1]), int(m[2]))
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t):
            d = date(int(m[1]), int(m[2]), int(m[3])).isoformat()
            return d, d
        if m := re.fullmatch(r"(\d{4})-w(\d{2})", t):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday.isoformat(), (monday + timedelta(days=6)).isoformat()
        if m := re.fullmatch(r"([a-z]+)\.?,? (\d{4})", t):
            if m[1] in _MONTHS:
                return _month(int(m[2]), _MONTHS[m[1]])
    except ValueError:
        return None
    return None


def _month(year: int, month: int) -> tuple[str, str]:
    first = date(year, month, 1)  # raises ValueError for month 13
    last = (date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)) - timedelta(1)
    return first.isoformat(), last.isoformat()


def shift_days(iso: str, days: int) -> str:
    """`iso` moved by `days`, clamped to the calendar's ends (year 1 .. 9999)."""
    d = date.fromisoformat(iso)
    try:
        return (d + timedelta(days=days)).isoformat()
    except OverflowError:
        return (date.min if days < 0 else date.max).isoformat()


def _relative_month(text: str, today: date) -> tuple[str, str] | None:
    """"last May" (the latest May before this month), "this May", "next May"."""
    m = re.fullmatch(r"(last|this|next) ([a-z]+)\.?", text.strip().lower())
    if not m or m[2] not in _MONTHS:
        return None
    month, year = _MONTHS[m[2]], today.year
    if m[1] == "last" and month >= today.month:
        year -= 1
    elif m[1] == "next" and month <= today.month:
        year += 1
    return _month(year, month)
