"""Dates the way a reader says them: values at their own precision, spans in words.

The store keeps TIMEX3 values and ISO dates; the screen must never invent a
day for "last May", so a month stays "2015-05" and only a day gets a weekday.
"""

from __future__ import annotations

from datetime import date, timedelta

MONTHS = ("January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December")
SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}

# how fine a granularity is: used to decide whether a row sits under a header
FINENESS = {"millennium": -2, "century": -1, "decade": 0, "year": 1, "season": 2, "quarter": 2, "month": 3, "week": 4, "day": 5,
            "time": 5}
ZOOM_FINENESS = {"year": 1, "month": 3, "day": 5}


def iso(s: str | None) -> date | None:
    try:
        return date.fromisoformat((s or "")[:10])
    except ValueError:
        return None


def value_label(value: str, start: str, granularity: str) -> str:
    """The value as the timeline shows it: '2016-03-15 Tue', '2016-W12', '2015-05'."""
    if granularity in ("day", "time"):
        d = iso(start)
        if d is not None:
            return f"{d.isoformat()} {d.strftime('%a')}"
    return value


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def day_words(d: date) -> str:
    return f"{d.strftime('%A')} {d.day} {MONTHS[d.month - 1]} {d.year}"


def span_words(value: str, start: str, end: str, granularity: str) -> str:
    """'Tuesday 15 March 2016', 'May 2015', 'week 12 of 2016 (Mon 21 – Sun 27 March)'."""
    s, e = iso(start), iso(end)
    if s is None:
        return value
    if granularity in ("day", "time"):
        return day_words(s)
    if granularity == "month":
        return f"{MONTHS[s.month - 1]} {s.year}"
    if granularity == "year":
        return str(s.year)
    if granularity == "decade":
        return f"the {s.year // 10 * 10}s"
    if granularity == "century":
        return f"the {ordinal(s.year // 100 + 1)} century"
    if granularity == "millennium":
        return f"the {ordinal(s.year // 1000 + 1)} millennium"
    if granularity == "season" and "-" in value:
        season = SEASONS.get(value.split("-")[-1], value.split("-")[-1])
        return f"{season} {s.year}"
    if granularity == "quarter" and "-Q" in value:
        return f"quarter {value.split('-Q')[-1]} of {s.year}"
    if granularity == "week" and e is not None:
        week = s.isocalendar()[1]
        return (f"week {week} of {s.isocalendar()[0]} "
                f"({s.strftime('%a')} {s.day} {MONTHS[s.month - 1]} – "
                f"{e.strftime('%a')} {e.day} {MONTHS[e.month - 1]})")
    if e is not None and e != s:
        return f"{day_words(s)} – {day_words(e)}"
    return day_words(s)


def period_key(start: str, value: str, granularity: str, zoom: str) -> str:
    """The group a row falls in at a zoom; coarser rows form their own group (e.g. '2015')."""
    if FINENESS.get(granularity, 5) < ZOOM_FINENESS[zoom]:
        return value
    return {"day": start[:10], "month": start[:7], "year": start[:4]}[zoom]


def period_header(start: str, end: str, value: str, granularity: str,
                  zoom: str) -> tuple[str, str]:
    """(group key, header words) of a row at a zoom: 'March 2016', or 'the 2nd century'."""
    if FINENESS.get(granularity, 5) < ZOOM_FINENESS[zoom]:
        return value, span_words(value, start, end, granularity)
    key = period_key(start, value, granularity, zoom)
    return key, period_label(key)


def period_label(key: str) -> str:
    """A group header in words: '2016', 'March 2016', 'Tuesday 15 March 2016'."""
    d = iso(key)
    if d is not None and len(key) == 10:
        return day_words(d)
    if len(key) == 7 and key[4] == "-" and key[5:].isdigit():
        return f"{MONTHS[int(key[5:]) - 1]} {key[:4]}"
    return key


def period_start(key: str, zoom: str) -> str:
    """The first ISO day of a period key at a zoom."""
    if zoom == "year":
        return f"{key[:4]}-01-01"
    if zoom == "month":
        return f"{key[:7]}-01"
    return key[:10]


def next_period_start(start: str, zoom: str) -> str:
    """The first day of the period after the one `start` falls in."""
    d = iso(start) or date.min
    if zoom == "day":
        return (d + timedelta(days=1)).isoformat()
    if zoom == "month":
        return date(d.year + (d.month == 12), d.month % 12 + 1, 1).isoformat()
    return date(d.year + 1, 1, 1).isoformat()


def published_words(published: str | None) -> str:
    d = iso(published)
    if d is None:
        return "an undated article"
    return f"an article of {d.strftime('%a')} {d.day} {MONTHS[d.month - 1][:3]} {d.year}"
