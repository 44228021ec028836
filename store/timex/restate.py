"""A clock time restated in brackets with its day: "will leave at 4 in the morning
(4 a.m. EDT Thursday)". The writer gives the day in the brackets because the bare time
does not say which day it falls on; both phrases name one moment (TimeML values the
first with the day of the second, not with the publication date)."""

from __future__ import annotations

from .. import recache

_OPEN = recache.compile(r"[ \t]*\([ \t]*")
_DAY = recache.compile(r"\d{4}-\d\d-\d\d")


def restated_days(out: list, text: str) -> None:
    """Give a clock time that took its day from the reference date the day of the
    bracketed phrase right after it, when that phrase has a day of its own and either
    no clock time or the same one (out is sorted by start)."""
    for f, g in zip(out, out[1:], strict=False):
        if not (f.used_ref and f.type == "TIME" and "T" in f.value
                and _DAY.match(f.value) and _DAY.match(g.value)):
            continue
        if g.value[10:] and g.value[10:] != f.value[10:]:
            continue  # "4 p.m. (2100 GMT)": another clock, maybe another day
        if not _OPEN.fullmatch(text, f.end, g.start):
            continue
        f.value = g.value[:10] + f.value[10:]
