"""Handlers for relative phrases, durations, sets, times and holidays."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .. import recache
from . import handlers_fin
from .lexicon import MONTH_ABBR, MONTH_NUM, SEASONS
from .resolve import (
    Ctx,
    Result,
    dated,
    spelled_year,
    weekday_date,
    weekday_num,
)
from .values import quarter_of

# "the quarter ended in June", "the quarter ending Sept. 30, 1989": the month names
# the quarter, whatever quarters the story named before
_ENDED_IN = recache.compile(
    r"\s+(?:that\s+|which\s+)?(?P<verb>ended|ending|ends|closed|closing|to)\s+"
    r"(?:in\s+|on\s+|at\s+the\s+end\s+of\s+)?(?:(?:last|this)\s+)?"
    r"(?P<mon>[A-Z][a-z]{2,8})\.?(?:\s+(?P<day>\d{1,2})\b)?(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?")


def _quarter_by_end(ctx: Ctx, m: re.Match, ref: date | None) -> tuple[int, int] | None:
    """(year, quarter) of "the quarter ended in June": the calendar quarter holding the
    month it ends in; an ended quarter lies before the publication date, one ending or
    to end is the nearest such quarter."""
    e = _ENDED_IN.match(ctx.text, m.end(), m.end() + 60)
    if e is None:
        return None
    mon = e["mon"].lower()
    month = MONTH_NUM.get(mon) or (MONTH_ABBR.get(mon) if len(mon) <= 4 else None)
    if month is None or mon == "may" and e["mon"] != "May":
        return None
    q = (month - 1) // 3 + 1
    if e["year"]:
        return int(e["year"]), q
    if ref is None:
        return None
    day = int(e["day"]) if e["day"] else 31
    if e["verb"].lower() in ("ended", "closed"):
        y = ref.year if (month, day) <= (ref.month, ref.day) or (
            month == ref.month and not e["day"]) else ref.year - 1
    else:  # the nearest: a quarter ending in January read in November is next year's
        y = min((ref.year - 1, ref.year, ref.year + 1),
                key=lambda yy: abs((yy - ref.year) * 12 + month - ref.month))
    return y, q


def _ref(ctx: Ctx, m: re.Match) -> date | None:
    return ctx.ref(m.start())


_ORDQ = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
         "4th": 4}


def _adjectival(m: re.Match, res):
    """'the third-quarter loss': TimeML leaves the article out of an adjectival phrase."""
    if res is None or not m.group(0).lower().startswith("the "):
        return res
    start = m.start() + 4
    while start < m.end() and m.string[start] == " ":
        start += 1
    return res[0], res[1], start


def h_quarter(m: re.Match, ctx: Ctx):
    res = _h_quarter(m, ctx)
    if m["ord"] and m["ord"][-1:] == "-" or re.search(r"-quarter\b", m.group(0), re.I):
        return _adjectival(m, res)
    return res


def _h_quarter(m: re.Match, ctx: Ctx) -> Result:
    mods = (m["mods"] or "").lower()
    unit = m["unit"].lower()
    ordn = _ORDQ.get((m["ord"] or "").lower())
    ref = _ref(ctx, m)
    text = m.group(0).lower()
    if unit == "half":
        if ordn not in (1, 2) and "second" not in text and "first" not in text:
            return None
        if not (m["year"] or m["year2"] or "year" in mods):
            if not re.search(r"\b(?:the|this|last|next)\b", text):
                return None
    if not ordn and not text.startswith("the") and not re.search(
            r"\b(?:this|last|next|latest|current)\b", mods):
        return None
    ystr = m["year"] or m["year2"]
    ym = re.search(r"\d{4}", mods)
    year = None
    if ystr and ystr[0].isdigit():
        year = int(ystr)
    elif ym:
        year = int(ym.group())
    elif ref is not None:
        rel = (ystr or mods or "").lower()
        if "last year" in rel or "year-earlier" in rel or "year-ago" in rel or \
                "year earlier" in rel or "last year's" in rel:
            year = ref.year - 1
        elif "next year" in rel:
            year = ref.year + 1
        elif "this year" in rel or "the year" in rel:
            year = ref.year
    if unit == "half":
        h = ordn or (2 if "second" in text or "last" in text else 1)
        if year is None:
            if ref is None:
                return "DATE", f"XXXX-H{h}"
            year = ref.year
        return "DATE", f"{year:04d}-H{h}"
    if ordn is None:
        byend = None if re.search(r"\b(?:this|current|next|last|previous|prior|preceding)\b",
                                  mods) else _quarter_by_end(ctx, m, ref)
        if byend is not None:
            return "DATE", f"{byend[0]:04d}-Q{byend[1]}"
        if ref is None:
            return "DATE", "XXXX-QX"
        if re.search(r"\b(?:this|current)\b", mods):
            qy, q = ref.year, quarter_of(ref)
        elif re.search(r"\bnext\b", mods):
            qy, q = ref.year, quarter_of(ref) + 1
            if q == 5:
                qy, q = qy + 1, 1
        else:
            qy, q = handlers_fin.reported_quarter(ctx, m.start(), ref)
            if year is not None and year != qy:
                qy = year
        if re.search(r"\b(?:last|previous|prior|preceding)\b", mods) and "year" not in mods:
            qy, q = (qy, q - 1) if q > 1 else (qy - 1, 4)
        return "DATE", f"{qy:04d}-Q{q}"
    if year is None:
        if ref is None:
            return "DATE", f"XXXX-Q{ordn}"
        year = ref.year if ordn - quarter_of(ref) <= 1 or ctx.future(m) else ref.year - 1
    return "DATE", f"{year:04d}-Q{ordn}"


def h_season(m: re.Match, ctx: Ctx) -> Result:
    s = SEASONS[m["season"].lower()]
    det = (m["det"] or "").lower()
    before = ctx.text[max(0, m.start() - 12):m.start()]
    if m["season"].lower() == "fall" and not (det or m["year"] or m["pos"]):
        return None
    if m["season"].lower() == "fall" and not (m["year"] or m["sy"]) and re.match(
            r"\s+of\b", ctx.text[m.end():m.end() + 4]):
        return None  # "the fall of Ramadi": an event, not autumn
    if not (det or m["year"] or m["pos"] or m["sy"]) and not re.search(
            r"\b(?:in|during|by|since|until|through|this|last|next|of)\s+$", before, re.I):
        return None
    if m["year"]:
        return "DATE", f"{int(m['year']):04d}-{s}"
    if m["sy"]:
        y = spelled_year(m["sy"])
        return ("DATE", f"{y:04d}-{s}") if y else None
    ref = _ref(ctx, m)
    if ref is None:
        return "DATE", f"XXXX-{s}"
    cur = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(
        ref.month, "FA")
    # seasons in the order of a season-year: winter YYYY-WI runs from December of
    # YYYY into the next year, so "last fall" in February 1998 is 1997-FA
    order = ["SP", "SU", "FA", "WI"]
    base_y = ref.year - 1 if ref.month in (1, 2) else ref.year
    ci, si = order.index(cur), order.index(s)
    if det.startswith("last") or det == "this past" or det == "past":
        y = base_y if si < ci else base_y - 1
    elif det.startswith("next") or det.endswith("coming"):
        y = base_y if si > ci else base_y + 1
    elif "last year" in det:
        y = ref.year - 1
    elif "next year" in det:
        y = ref.year + 1
    elif det == "this" or "this year" in det:
        y = base_y if s == "WI" else ref.year
    else:
        fut = ctx.future(m)
        if fut:
            y = base_y if si >= ci else base_y + 1
        else:
            y = base_y if si <= ci else base_y - 1
    return "DATE", f"{y:04d}-{s}"


_ATTRIBUTIVE = recache.compile(r"\s+(?!(?:and|or|of|at|in|on|to|for|by|with|as|when|was|were|is|are|"
                               r"will|would|had|has|have|said|says|night|morning|afternoon|evening)\b)"
                               r"[a-z]{3,}")
_THE_BEFORE = recache.compile(r"\b(?:the|a|this)\s+$", re.I)


def h_weekday(m: re.Match, ctx: Ctx) -> Result:
    wds = m["wd"]
    wd = weekday_num(wds)
    if wds.lower().endswith("s") and wds.lower()[:-1].endswith("day") or m["pl"]:
        code = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI"}.get(
            (m["pod"] or "").lower(), "")
        return "SET", f"XXXX-WXX-{wd + 1}{code}"
    ref = _ref(ctx, m)
    if ref is None:
        return "DATE", f"XXXX-WXX-{wd + 1}"
    if m["rel"] or wd == ref.weekday():
        fut = False  # "last Friday", or the reference day's own weekday: the same date
        # whichever way the clause points, so its tense is not asked (the costliest step)
    elif ctx.text.startswith("'s", m.end()) or (
            _ATTRIBUTIVE.match(ctx.text, m.end()) and _THE_BEFORE.search(
                ctx.text, max(0, m.start() - 5), m.start())):
        # "Saturday's concert", "the Friday debate": the day of the thing named
        fut = ctx.forward_possessive(m)
    else:
        fut = ctx.forward(m)
    if not fut and not m["rel"] and wd != ref.weekday() and ctx.ahead(m) == "near":
        # "spoke ahead of Saturday's concert": the closer of the two Saturdays
        fut = (wd - ref.weekday()) % 7 <= 3
    d = weekday_date(wd, ref, m["rel"], fut)
    # "late Monday", "Earlier Friday": the span leaves the modifier out (the majority
    # of the TimeBank + AQUAINT gold does)
    start = m.start("rel") if m["rel"] else m.start("wd")
    if m["pod"] and m["pod"][:1].isupper() and not m["pod"].isupper():
        # "Tuesday Morning Inc.": a name; keep the weekday alone
        return "DATE", d.isoformat(), start, m.end("wd")
    return (*dated(d, m["pod"]), start)


_NAME_BEFORE = recache.compile(r"(?<![.!?\n\"\u201c]\s)(?<=[a-z,;] )(?:[A-Z][A-Za-z]*\s+)*[A-Z][A-Za-z]*\s+$")
# a capitalised Today naming a programme or paper: "the Today programme", "NBC's Today
# show", "USA Today reported" (an outlet in capitals right before it, or a possessive)
_TITLE_AFTER = recache.compile(r"\s+(?:(?i:programme|program|show)|newspaper|paper|magazine|radio|"
                               r"broadcast|presenter|host|co-host|anchor|interview|reporter|"
                               r"correspondent|editor|website|poll|survey)s?\b")
# ... or after a channel's name, also with its apostrophe lost ("NBC s", "NBC-TVs"), or
# after the programme's kind ("the breakfast television show Today")
_TITLE_BEFORE = recache.compile(r"(?:\b[A-Z]{2,}(?:-[A-Z]{2,})?(?:s|\s+s)?|['\u2019]s|\bthe|"
                                r"\b(?:show|programme|program))\s+$")


def _title_today(text: str, m: re.Match) -> bool:
    if m.end() != m.start("word") + 5 or m.start() != m.start("word"):
        return False  # "Today morning", "late Today": a time phrase
    return bool(_TITLE_AFTER.match(text, m.end())
                or _TITLE_BEFORE.search(text, max(0, m.start() - 14), m.start()))


_FIGURATIVE_BEFORE = recache.compile(r"\bthe\s+[a-z]+\s+of\s+$", re.I)


def h_relday(m: re.Match, ctx: Ctx) -> Result:
    w = m["word"].lower()
    ref = _ref(ctx, m)
    before = ctx.text[max(0, m.start() - 24):m.start()]
    if m["word"] == "Today" and (_NAME_BEFORE.search(before) or _title_today(ctx.text, m)):
        return None  # "USA Today", "This is VOA Today": a title
    if w == "tomorrow" and _FIGURATIVE_BEFORE.search(before):
        return None  # "the cities of tomorrow": the future in general, not a day
    off = {"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0}[w]
    pod = m["pod"] or m["pod0"] or ("night" if w == "tonight" else None)
    if ref is None:
        return ("TIME", f"XXXX-XX-XXT{'NI'}") if w == "tonight" else ("DATE", "XXXX-XX-XX")
    d = ref + timedelta(off)
    if w == "today" and not m["pod"] and not m["pos"]:
        return "DATE", d.isoformat()
    return dated(d, pod)


def h_relpod(m: re.Match, ctx: Ctx) -> Result:
    rel = m["rel"].lower()
    ref = _ref(ctx, m)
    if ref is None:
        return "TIME", "XXXX-XX-XXT" + {"morning": "MO", "afternoon": "AF", "evening": "EV"}.get(
            m["pod"].lower(), "NI")
    d = ref + timedelta({"last": -1, "yesterday": -1, "tomorrow": 1}.get(rel, 0))
    if rel == "last" and m["pod"].lower() not in ("night", "evening"):
        return None
    return dated(d, m["pod"])


def h_dayafter(m: re.Match, ctx: Ctx) -> Result:
    ref = _ref(ctx, m)
    if ref is None:
        return "DATE", "XXXX-XX-XX"
    return "DATE", (ref + timedelta(-2 if "before" in m["dir"].lower() else 2)).isoformat()
