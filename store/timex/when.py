"""parse_when: a date a user types (query filters, go-to-date) -> Timex, or None."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from .. import recache
from .values import span_of_value

_ISO_PART = recache.compile(r"^\d{4}(?:-(?:\d\d(?:-\d\d)?|W\d\d|Q[1-4]|H[12]|SP|SU|FA|WI))?$",
                            re.I)


def _timex(s: str, value: str, typ: str, today: date, relative: bool):
    from . import Timex
    from .resolve import long_date

    span = span_of_value(value)
    if span is None:
        return None
    anchor = ("today, " + long_date(today)) if relative else None
    return Timex(0, len(s), s, typ, value, span[0], span[1], span[2], anchor,
                 today.isoformat() if relative else None)


@lru_cache(maxsize=512)
def _dateparser(s: str, today: date) -> str | None:
    try:
        import dateparser
    except ImportError:  # pragma: no cover
        return None
    from datetime import datetime

    try:
        d = dateparser.parse(s, languages=["en"], settings={
            "RELATIVE_BASE": datetime(today.year, today.month, today.day),
            "PREFER_DATES_FROM": "past", "STRICT_PARSING": False,
            "REQUIRE_PARTS": ["year", "month", "day"] if re.search(r"\d", s) else []})
    except Exception:  # dateparser raises many kinds of errors on odd input
        return None
    return d.date().isoformat() if d else None


def parse_when(s: str, today: date):
    """The Timex of a typed date, its span in start_date/end_date; None if not a date.

    A year-less month or day that would lie in the future is taken in the past
    (users filter on what happened), unless the phrase says next/coming.
    Tried in order: TIMEX3-style values (2016, 2016-03, 2016-W12, 2015-Q3), the
    tagger over the whole string (a typed phrase must be one dated phrase covering
    it: "last May", "15 March 2016"), then dateparser for odd formats.
    """
    from . import tag

    s = (s or "").strip()
    if not s or len(s) > 80:
        return None
    if _ISO_PART.match(s):
        return _timex(s, s.upper(), "DATE", today, False)
    text = s[0].upper() + s[1:]
    for prefix in ("", "in "):
        ts = tag(prefix + text, today)
        k = len(prefix)
        if len(ts) == 1 and ts[0].start == k and ts[0].end >= k + len(s.rstrip(".")) \
                and ts[0].start_date:
            t = ts[0]
            value = t.value
            if t.start_date > today.isoformat() and not re.search(
                    r"\d{4}|next|tomorrow|coming|from now|later", s, re.I):
                m = re.match(r"^(\d{4})(-\d\d(?:-\d\d)?|-SP|-SU|-FA|-WI)$", value)
                if m:  # a user looks back: "May" typed in March is last May
                    value = f"{int(m[1]) - 1:04d}{m[2]}"
            return _timex(s, value, t.type, today, t.anchor is not None)
    if s.lower() in ("may", "march"):
        return None
    if not re.search(r"[A-Za-z]{3,}|\d{1,4}[-/.]\d", s) or re.fullmatch(r"[\d\s$.,%]+", s):
        return None
    iso = _dateparser(s, today)
    if iso:
        return _timex(s, iso, "DATE", today, True)
    return None
