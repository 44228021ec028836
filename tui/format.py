"""Dates the way a reader says them: values at their own precision, spans in words.

The store keeps TIMEX3 values and ISO dates; the screen must never invent a
day for "last May", so a month stays "2015-05" and only a day gets a weekday.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from store.ordinal import ordinal
from store.timex import span_of_value

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
    """The value as the timeline shows it: '2016-03-15 Tue', '2016-W12', '2015-05', '1990s'."""
    if granularity in ("day", "time"):
        d = iso(start)
        if d is not None:
            return f"{d.isoformat()} {d.strftime('%a')}"
    if granularity in ("decade", "century"):  # "01" and "199X" read as nothing much
        d = iso(start)
        if d is not None:
            return (f"{d.year // 10 * 10}s" if granularity == "decade"
                    else f"{ordinal(d.year // 100 + 1)} century")
    return value


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
    if granularity == "half" and "-H" in value:
        return f"the {'first' if value.endswith('1') else 'second'} half of {s.year}"
    if granularity == "week" and e is not None and value.endswith("-WE"):
        return (f"the weekend of {s.strftime('%a')} {s.day} {MONTHS[s.month - 1]} – "
                f"{e.strftime('%a')} {e.day} {MONTHS[e.month - 1]} {e.year}")
    if granularity == "week" and e is not None:
        week = s.isocalendar()[1]
        return (f"week {week} of {s.isocalendar()[0]} "
                f"({s.strftime('%a')} {s.day} {MONTHS[s.month - 1]} – "
                f"{e.strftime('%a')} {e.day} {MONTHS[e.month - 1]})")
    if e is not None and e != s:
        return f"{day_words(s)} – {day_words(e)}"
    return day_words(s)


PARTS_OF_DAY = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening",
                "NI": "night", "DT": "daytime"}
VAGUE = {"PAST_REF": "some time in the past", "PRESENT_REF": "the present",
         "FUTURE_REF": "some time in the future"}
DURATION_UNITS = {"Y": "year", "M": "month", "W": "week", "D": "day", "DE": "decade",
                  "CE": "century", "Q": "quarter", "WE": "weekend", "H": "hour", "S": "second"}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_DURATION = re.compile(r"P(?:[\dX.]+(?:DE|CE|WE|[YMWDQ]))*(?:T(?:[\dX.]+[HMS])+)?")
_AMOUNT = re.compile(r"([\dX.]+)(DE|CE|WE|[YMWDQHS])")
_CLOCK = re.compile(r"(\d\d):(\d\d)")
_OPEN = re.compile(r"XXXX-(?:(\d\d)-(\d\d)|(\d\d)|WXX-([1-7])|(SP|SU|FA|WI))")


def value_words(value: str) -> str:
    """A TIMEX3 value alone in words, for where its span is not at hand (the reader):
    'Sunday 27 March 2016, morning', 'week 12 of 2016 (…)', '3 days', 'some time in the
    past'. Never the raw value: a form it does not know reads 'a date left open'."""
    value = (value or "").strip()
    if value in VAGUE:
        return VAGUE[value]
    if value.startswith("P") and _DURATION.fullmatch(value) and len(value) > 1:
        return duration_words(value)
    day, _, clock = value.partition("T")
    span = span_of_value(value)
    if span is not None:
        words = span_words(value, *span)
        if clock:
            words += ", " + time_of_day_words(clock)
        return words
    m = _OPEN.fullmatch(day)
    if m and all(1 <= int(n) <= 12 for n in (m[1], m[3]) if n):
        if m[1]:
            words = f"{int(m[2])} {MONTHS[int(m[1]) - 1]}, year unknown"
        elif m[3]:
            words = f"{MONTHS[int(m[3]) - 1]}, year unknown"
        elif m[4]:
            words = f"a {WEEKDAYS[int(m[4]) - 1]}"
        else:
            words = f"{SEASONS[m[5]]}, year unknown"
        return words + (", " + time_of_day_words(clock) if clock else "")
    if clock and day == "XXXX-XX-XX":
        return f"a {time_of_day_words(clock)}, day unknown"
    return "a date left open"


def time_of_day_words(clock: str) -> str:
    """'MO' -> 'morning', '14:30' -> '14:30', '24:00' -> 'midnight'."""
    if clock[:2] in PARTS_OF_DAY:
        return PARTS_OF_DAY[clock[:2]]
    m = _CLOCK.match(clock)
    if m is None:
        return "a time of day"
    return "midnight" if m[0] in ("24:00", "00:00") else "noon" if m[0] == "12:00" else m[0]


def duration_words(value: str) -> str:
    """'P3D' -> '3 days', 'PXY' -> 'some years', 'PT24H' -> '24 hours', 'P1Y6M' -> '1 year 6 months'."""
    parts = []
    date_part, _, time_part = value[1:].partition("T")
    for piece, in_time in ((date_part, False), (time_part, True)):
        for amount, unit in _AMOUNT.findall(piece):
            name = "minute" if in_time and unit == "M" else DURATION_UNITS[unit]
            plural = "centuries" if name == "century" else name + "s"
            if amount == "X":
                parts.append(f"some {plural}")
            else:
                parts.append(f"{amount} {name if amount == '1' else plural}")
    return " ".join(parts) or "a span of time"


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
