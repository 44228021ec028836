"""Turn a regex match of a finder rule into a TIMEX3 (type, value).

Every handler takes (match, ctx) and returns (type, value), or None to drop the
match (a negative: "May" as a modal, "40 sorties", an age "2,000-year-old").
Relative phrases are resolved against ctx.ref(start) (the publication date, or
a passage's own date, see reftime.py); with no reference date they get X values.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .. import recache
from .lexicon import (
    MONTH_ABBR,
    MONTH_NUM,
    PARTS_OF_DAY,
    UNITS,
    WEEKDAY_ABBR,
    WEEKDAY_NUM,
    words_to_int,
)
from .tense import ahead_of, is_future, points_forward, possessive_forward, tense, would_before
from .values import quarter_of

Result = tuple[str, str] | None


def month_num(s: str) -> int | None:
    s = s.lower().rstrip(".")
    return MONTH_NUM.get(s) or MONTH_ABBR.get(s)


def weekday_num(s: str) -> int | None:
    s = s.lower().rstrip(".")
    if s.endswith("s") and s[:-1] in WEEKDAY_NUM:
        s = s[:-1]
    return WEEKDAY_NUM.get(s, WEEKDAY_ABBR.get(s))


_DIGITS = recache.compile(r"\d+")


def day_num(s: str) -> int:
    return int(_DIGITS.match(s).group())


def year_of(s: str, ref: date | None) -> int | None:
    s = s.strip()
    if s.startswith("'"):
        yy = int(s[1:])
        if ref is None:
            return 1900 + yy if yy > 30 else 2000 + yy
        c = ref.year // 100 * 100 + yy
        return c - 100 if c > ref.year + 10 else c
    return int(s)


def spelled_year(s: str) -> int | None:
    s = re.sub(r"[\s-]+", " ", s.lower().replace("the year ", "")).strip()
    if s.startswith("two thousand"):
        rest = s[len("two thousand"):].replace("and", "").strip()
        return 2000 + (words_to_int(rest) or 0 if rest else 0)
    head, _, rest = s.partition(" ")
    base = {"nineteen": 1900, "eighteen": 1800, "twenty": 2000}.get(head)
    if base is None:
        return None
    rest = rest.replace("oh ", "").replace("hundred", "").replace("and", "").strip()
    n = words_to_int(rest) if rest else 0
    return None if n is None or n > 99 else base + n


class Ctx:
    """What the handlers need: text, reference dates per offset, tense cache."""

    def __init__(self, text: str, dct: date | None, anchors=None):
        self.text = text
        self.dct = dct
        self.anchors = anchors  # list of (start, end, date, label) passages, or None
        self.used_ref = False
        self.memo: dict = {}  # per-text results the handlers compute once (quarters named)

    def ref(self, pos: int) -> date | None:
        self.used_ref = True
        if self.anchors:
            for a, b, d, _ in self.anchors:
                if a <= pos < b:
                    return d
        return self.dct

    def label(self, pos: int) -> tuple[str, date] | None:
        """In words, what a relative phrase at pos is resolved against."""
        if self.anchors:
            for a, b, d, lab in self.anchors:
                if a <= pos < b:
                    return lab, d
        if self.dct is None:
            return None
        lab = self.memo.get("label")
        if lab is None:
            lab = self.memo["label"] = "published " + long_date(self.dct)
        return lab, self.dct

    def _cached(self, kind: str, fn, m: re.Match):
        """One answer per phrase span: handlers ask the same clause more than once."""
        key = (kind, m.start(), m.end())
        got = self.memo.get(key, self)
        if got is self:
            got = self.memo[key] = fn(self.text, m.start(), m.end())
        return got

    def future(self, m: re.Match) -> bool:
        return self._cached("future", is_future, m)

    def forward(self, m: re.Match) -> bool:
        """A weekday or clock time that means the coming one."""
        return self._cached("forward", points_forward, m)

    def forward_possessive(self, m: re.Match) -> bool:
        """"Saturday's concert": the coming Saturday only on a cue."""
        return self._cached("forward's", possessive_forward, m)

    def ahead(self, m: re.Match) -> str | None:
        """"ahead of Saturday's concert": 'future', 'near' (in a past clause) or None."""
        return ahead_of(self.text[max(0, m.start() - 120):m.start()])

    def would(self, m: re.Match) -> bool:
        """'would' in the clause before the phrase (reported future: "would meet Friday")."""
        return would_before(self.text, m.start())

    def tense(self, m: re.Match) -> str | None:
        return self._cached("tense", tense, m)

def long_date(d: date) -> str:
    return f"{d.strftime('%A')} {d.day} {d.strftime('%B')} {d.year}"


# ---- helpers on reference dates ------------------------------------------------

def month_by_tense(mon: int, ref: date, future: bool) -> tuple[int, int]:
    if future:
        return (ref.year, mon) if mon >= ref.month else (ref.year + 1, mon)
    return (ref.year, mon) if mon <= ref.month else (ref.year - 1, mon)


def closest_year(mon: int, day: int, ref: date, tense: str | None) -> int:
    """Year for a month (and day) written without one.

    Future clause: the next such date on or after ref. Past or present-perfect
    clause: always the latest on or before ref ("seized the town on May 20" in a
    March article is last May). No tense cue (or a deadline cue: by, until,
    payable, effective, extended to): whichever is closest to ref.
    """
    if tense == "future":
        nxt = ref.year if (mon, day) >= (ref.month, ref.day) else ref.year + 1
        if nxt > ref.year and (ref - date(ref.year, mon, min(day, 28))).days <= 14:
            return ref.year  # a day of the last two weeks is not next year's
        return nxt
    if tense == "past":
        return ref.year if (mon, day) <= (ref.month, ref.day) else ref.year - 1
    best = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            d = date(y, mon, min(day, 28) if mon == 2 and day > 28 else day)
        except ValueError:
            continue
        k = abs((d - ref).days)
        if best is None or k < best[0]:
            best = (k, y)
    return best[1] if best else ref.year


def month_rel(mon: int, ref: date, rel: str | None, tense: str | None) -> tuple[int, int]:
    rel = (rel or "").lower().split()
    if not rel:
        if tense is None:
            # no tense cue: the closest such month
            back = (ref.month - mon) % 12
            return month_by_tense(mon, ref, back > 6)
        return month_by_tense(mon, ref, tense == "future")
    if rel[-1] == "past" or rel[0] == "last":
        return (ref.year, mon) if mon < ref.month else (ref.year - 1, mon)
    if rel[0] == "next" or rel[-1] == "coming":
        return (ref.year, mon) if mon > ref.month else (ref.year + 1, mon)
    return ref.year, mon  # "this May"


def weekday_date(wd: int, ref: date, rel: str | None, future: bool) -> date:
    rel = " ".join((rel or "").lower().split())
    delta = wd - ref.weekday()
    if rel in ("last", "this past", "past"):
        back = (ref.weekday() - wd) % 7 or 7
        return ref - timedelta(back)
    if rel in ("next", "this coming", "coming"):
        fwd = delta % 7 or 7
        return ref + timedelta(fwd)
    if rel == "this":
        return ref + timedelta(delta)
    if future:
        return ref + timedelta(delta % 7)
    return ref - timedelta((-delta) % 7)


def pod_code(s: str | None) -> str:
    if not s:
        return ""
    s = s.lower().split()[-1]
    return PARTS_OF_DAY.get(s, "")


def dated(d: date, pod: str | None = None) -> Result:
    code = pod_code(pod)
    if code:
        return "TIME", f"{d.isoformat()}T{code}"
    return "DATE", d.isoformat()


def quarter_prev(ref: date) -> tuple[int, int]:
    """The latest completed quarter before the reference date (the one reported on)."""
    q = quarter_of(ref) - 1
    return (ref.year, q) if q >= 1 else (ref.year - 1, 4)


def unit_value(n: int | None, unit: str, vague: bool = False) -> str:
    unit = unit.lower().rstrip("s")
    if unit == "centurie":
        unit = "century"
    letter, t = UNITS.get(unit, ("D", False))
    num = "X" if vague or n is None else None
    if letter == "WE":
        return f"P{num or 2 * (n or 1)}D"
    if letter == "DE":
        letter, mult = "Y", 10
    elif letter == "CE":
        letter, mult = "Y", 100
    elif letter == "Q" and num is None:
        letter, mult = "M", 3
    else:
        mult = 1
    if num is None:
        num = str(n * mult)
    return f"P{'T' if t else ''}{num}{letter}"
