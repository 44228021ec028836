"""Handlers for financial periods (the year-ago quarter, the fiscal year, year-end)
and anaphoric dates (that year, the next morning; filled in by anaphora.py)."""

from __future__ import annotations

import re
from datetime import date

from .. import recache
from .resolve import Ctx, Result, quarter_prev
from .tense import past_verb_before
from .values import quarter_of


def _ref(ctx: Ctx, m: re.Match) -> date | None:
    return ctx.ref(m.start())


def h_anaphor(m: re.Match, ctx: Ctx) -> Result:
    det = " ".join(m["det"].lower().split())
    unit = m["unit"].lower()
    if det == "the next" and unit in ("week", "weekend", "month", "year", "quarter", "decade",
                                      "century"):
        return None  # "the next year": counted from the publication date (relunit)
    if det == "that" and unit in ("morning", "afternoon", "evening", "night"):
        return None
    if unit in ("decade", "century") and det in ("the previous", "the preceding", "the following"):
        # "the preceding century" with no earlier date in the text: the one before now
        ref = _ref(ctx, m)
        off = -1 if det in ("the previous", "the preceding") else \
            1 if det == "the following" else 0
        if ref is not None:
            fallback = f"{ref.year // 10 + off:03d}X" if unit == "decade" else \
                f"{ref.year // 100 + off:02d}"
            return "DATE", f"ANAPHOR:{det}:{unit}:{fallback}"
    return "DATE", f"ANAPHOR:{det}:{unit}"


_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_NAMED_QUARTER = recache.compile(
    r"(?P<pre>(?:\d{4}|year-earlier|year-ago|year\s+earlier|(?:last|next|this)\s+year's)"
    r"[\s-]+)?(?P<fy>fiscal[\s-]+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+"
    r"(?P<fy2>fiscal[\s-]+)?quarter\b(?!\s+of\b)(?P<ended>\s+(?:that\s+)?end(?:ed|ing)\b)?",
    re.I)


def _named_quarters(ctx: Ctx) -> list:
    """The ordinal quarters a text names with no year of their own ("the third quarter",
    "fiscal-first quarter ended Sept. 30"): (start, end, number, fiscal or 'ended')."""
    got = ctx.memo.get("quarters")
    if got is None:
        got = ctx.memo["quarters"] = [
            (q.start(), q.end(), _ORD[q["ord"].lower()], bool(q["fy"] or q["fy2"] or q["ended"]))
            for q in _NAMED_QUARTER.finditer(ctx.text) if not q["pre"]]
    return got


def reported_quarter(ctx: Ctx, pos: int, ref: date) -> tuple[int, int]:
    """The quarter an earnings story reports on, for "the quarter", "the latest period",
    "a year earlier": the latest of the quarters named before pos that have ended, are
    fiscal ones, or were reported on in a past clause (a calendar quarter still running
    cannot have been, so it is a fiscal one); with none, the calendar quarter before the
    reference date. A company whose fiscal first quarter ended Sept. 30 reports it as
    its first quarter, and "the year-earlier period" is that quarter a year back."""
    prev = quarter_prev(ref)
    best = None
    for a, _b, q, fiscal in _named_quarters(ctx):
        if a >= pos:
            break
        y = ref.year if q - quarter_of(ref) <= 1 else ref.year - 1
        if (best is None or (y, q) > best) and (
                (y, q) <= prev or fiscal or past_verb_before(ctx.text, a)):
            best = (y, q)
    return best or prev


def h_period(m: re.Match, ctx: Ctx) -> Result:
    mod = " ".join(m["mod"].lower().split())
    ref = _ref(ctx, m)
    ym = re.search(r"\d{4}", mod + (m["tail"] or ""))
    if ref is None:
        return ("DATE", ym.group()) if ym else None
    qy, q = reported_quarter(ctx, m.start(), ref)
    if ym:
        return "DATE", f"{ym.group()}-Q{q}"
    if "year" in mod or (m["tail"] and "year" in m["tail"]):
        return "DATE", f"{qy - 1:04d}-Q{q}"
    return "DATE", f"{qy:04d}-Q{q}"


def h_fiscal_year(m: re.Match, ctx: Ctx) -> Result:
    """the (current|full|fiscal) year, next financial year; "the year ended June 30" is a
    one-year duration."""
    mod = " ".join(((m["rel"] or "") + " " + m["mod"]).lower().replace("financial", "fiscal")
                   .split())
    after = ctx.text[m.end():m.end() + 14]
    ended = re.match(r"\s+(?:ended|ending|that\s+ended|to\s+date)\b", after)
    if ended and not mod.startswith(("current", "latest", "last", "previous", "next")):
        return "DURATION", "P1Y"
    if mod in ("fiscal", "entire", "whole"):
        return "DURATION", "P1Y"
    if not mod or mod in ("calendar", "same", "past", "last"):
        return None
    ref = _ref(ctx, m)
    if ref is None:
        return "DATE", "XXXX"
    off = -1 if mod.startswith(("latest", "previous", "last")) else \
        1 if mod.startswith("next") else 0
    return "DATE", f"{ref.year + off:04d}"


_FIN = recache.compile(r"\b(?:net|earn\w*|profit\w*|revenue\w*|sales|income|loss\w*|a\s+share|"
                       r"per\s+share|dividend\w*|results)\b", re.I)


# a quarter of a year, not "quarter-century", "quarter-point", "quarterback"
_QUARTER = recache.compile(r"\bquarter(?!-(?:century|centuries|point|mile|inch|hour|pound|"
                           r"percent|final|finals)\b|back|-?deck|master)", re.I)


def financial_quarter(ctx: Ctx, m: re.Match) -> bool:
    """A year-ago comparison in quarterly results: the quarter, not the year, a year back."""
    lo, hi = max(0, m.start() - 300), m.end() + 150
    if _QUARTER.search(ctx.text, lo, hi):
        return True
    sent = ctx.text[max(0, m.start() - 200):m.start()]
    return bool(_FIN.search(sent)) and bool(_QUARTER.search(ctx.text)) and \
        not re.search(r"\b(?:year|annual|fiscal)\b", sent, re.I)


def h_yearadj(m: re.Match, ctx: Ctx) -> Result:
    w = m["w"].lower()
    ref = _ref(ctx, m)
    if ref is None:
        return "DATE", "XXXX"
    if "end" in w:
        return "DATE", f"{ref.year:04d}"
    window = ctx.text[max(0, m.start() - 200):m.end() + 100]
    if _QUARTER.search(window):
        qy, q = reported_quarter(ctx, m.start(), ref)
        return "DATE", f"{qy - 1:04d}-Q{q}"
    return "DATE", f"{ref.year - 1:04d}"
