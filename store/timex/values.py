"""TIMEX3 value strings <-> calendar spans, and small date arithmetic helpers."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}


def iso(d: date) -> str:
    return d.isoformat()


def month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def iso_week_value(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def week_monday(y: int, w: int) -> date:
    return date.fromisocalendar(y, w, 1)


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)(?:T.*)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d\d)(-WE)?$")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|WI)$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})X?$")
_CENTURY = re.compile(r"^(\d{2})(?:XX)?$")


@lru_cache(maxsize=4096)
def span_of_value(value: str) -> tuple[str, str, str] | None:
    """Calendar span (start, end inclusive, granularity) of a TIMEX3 value, or None.

    "2016-W12" -> ("2016-03-21", "2016-03-27", "week"); a weekend ("2016-W12-WE")
    is its Saturday and Sunday. Seasons are meteorological: spring March-May,
    summer June-August, autumn (FA) September-November, and winter (WI) of a year
    is December of that year through February of the next one. Times of day
    ("2016-03-27TMO") give their day with granularity "day".
    """
    if not value:
        return None
    try:
        m = _DAY.match(value)
        if m:
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return iso(d), iso(d), "day"
        m = _WEEK.match(value)
        if m:
            mon = week_monday(int(m[1]), int(m[2]))
            if m[3]:
                return iso(mon + timedelta(5)), iso(mon + timedelta(6)), "week"
            return iso(mon), iso(mon + timedelta(6)), "week"
        m = _MONTH.match(value)
        if m:
            y, mo = int(m[1]), int(m[2])
            return iso(date(y, mo, 1)), iso(month_end(y, mo)), "month"
        m = _SEASON.match(value)
        if m:
            y = int(m[1])
            a, b = SEASON_MONTHS[m[2]]
            if m[2] == "WI":
                return iso(date(y, 12, 1)), iso(month_end(y + 1, 2)), "season"
            return iso(date(y, a, 1)), iso(month_end(y, b)), "season"
        m = _QUARTER.match(value)
        if m:
            y, q = int(m[1]), int(m[2])
            return iso(date(y, 3 * q - 2, 1)), iso(month_end(y, 3 * q)), "quarter"
        m = _HALF.match(value)
        if m:
            y, h = int(m[1]), int(m[2])
            return iso(date(y, 6 * h - 5, 1)), iso(month_end(y, 6 * h)), "half"
        m = _YEAR.match(value)
        if m:
            y = int(m[1])
            if y < 1:
                return None
            return iso(date(y, 1, 1)), iso(date(y, 12, 31)), "year"
        m = _DECADE.match(value)
        if m:
            y = int(m[1]) * 10
            if y < 1:
                return None
            return iso(date(y, 1, 1)), iso(date(y + 9, 12, 31)), "decade"
        m = _CENTURY.match(value)
        if m:
            y = int(m[1]) * 100
            return iso(date(max(y, 1), 1, 1)), iso(date(y + 99, 12, 31)), "century"
    except ValueError:
        return None
    return None
