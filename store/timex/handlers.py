"""One handler per finder rule: match + context -> (type, value) or None."""

from __future__ import annotations

import re
from datetime import date

from .. import recache
from .lexicon import DECADE_WORDS, ORDINALS
from .resolve import (
    Ctx,
    Result,
    closest_year,
    day_num,
    month_num,
    month_rel,
    spelled_year,
    weekday_num,
    year_of,
)
from .values import iso_week_value, safe_date

_MONTH_PREP = recache.compile(
    r"(?:\b(?:in|since|until|till|by|during|from|through|before|after|between|of|early|late|"
    r"mid|last|this|next|to|and|or|until|throughout|on|For|past|coming)\s+|mid-|,\s*)$", re.I)
_AMBIG_MONTHS = {"may", "march", "MAY", "MARCH"}


def _ref(ctx: Ctx, m: re.Match) -> date | None:
    return ctx.ref(m.start())


def _ymd(y: int | None, mo: int, d: int) -> str:
    if y is None:
        return f"XXXX-{mo:02d}-{d:02d}"
    return f"{y:04d}-{mo:02d}-{d:02d}"


_PAIR_YEAR = recache.compile(r"\s*(?:and|or|&|-|to|through)\s*\d{1,2}(?:st|nd|rd|th)?,?\s+"
                             r"(?P<year>(?:1[0-9]|20)\d\d)(?!\d)")


def h_mdy(m: re.Match, ctx: Ctx) -> Result:
    mo = month_num(m["mon"])
    d = day_num(m["day"])
    yr = m.groupdict().get("year")
    if not yr:
        pair = _PAIR_YEAR.match(ctx.text, m.end())
        yr = pair["year"] if pair else None  # "June 9 and 10, 2015": the pair's year
    ref = None if yr and not yr.startswith("'") else _ref(ctx, m)
    if yr:
        y = year_of(yr, ref)
    elif ref is not None:
        pos = (m.groupdict().get("pos") or "").strip().lower()
        if pos in ("last", "this", "next"):
            y, _ = month_rel(mo, ref, pos, None)
        else:
            # the reference day itself is the same date whatever the tense: not asked
            tn = None if (mo, d) == (ref.month, ref.day) else ctx.tense(m)
            y = closest_year(mo, d, ref, tn)
            live = ctx.anchors and any(lab.startswith("passage") for *_, lab in ctx.anchors)
            if live and tn != "future" and (mo, d) > (ref.month, ref.day) and y == ref.year:
                y -= 1  # a live page reports what happened: no year-less date after its newest
            wd = m.groupdict().get("wd")
            if wd:  # "Saturday, April 25": the year in which that day is a Saturday
                want = weekday_num(wd)
                for cand in (y, y - 1, y + 1):
                    dd = safe_date(cand, mo, d)
                    if dd is not None and dd.weekday() == want and abs(cand - ref.year) <= 1:
                        y = cand
                        break
    else:
        y = None
    if y is not None and safe_date(y, mo, d) is None:
        if mo == 2 and d == 29 and not yr:
            return "DATE", _ymd(y, mo, d)
        return None
    if y is None and (mo == 2 and d > 29 or d > 31):
        return None
    return "DATE", _ymd(y, mo, d)


_THE_BARE_DAY = recache.compile(r"the\s+\d{1,2}\s+(?!of\b)", re.I)
_NOUN_AFTER = recache.compile(r"\s+(?!(?:and|or|of|at|in|on|to|for|by|with|as|when|was|were|is|"
                              r"are|will|would|had|has|have|said|says)\b)[a-z]")


def h_dmy(m: re.Match, ctx: Ctx) -> Result:
    """"the 8 October concert": a bare day-month before a noun modifies it, and the
    article is the noun's, not the date's (but "the 8th of October" keeps it)."""
    res = h_mdy(m, ctx)
    if res is None or m["wd"] or not _THE_BARE_DAY.match(m.group(0)) or \
            not _NOUN_AFTER.match(ctx.text, m.end()):
        return res
    return res[0], res[1], m.start("day")


def h_dayand(m: re.Match, ctx: Ctx):
    """"April 24 and 25": the second day, in the month (and year) of the first."""
    res = h_mdy(m, ctx)
    return None if res is None else (*res, m.start("day"))


def h_week_of(m: re.Match, ctx: Ctx) -> Result:
    """"the week of March 6": the ISO week holding that day."""
    res = h_mdy(m, ctx)
    if res is None or res[1].startswith("X"):
        return res and ("DATE", "XXXX-WXX")
    return "DATE", iso_week_value(date.fromisoformat(res[1]))


def h_spelled_md(m: re.Match, ctx: Ctx) -> Result:
    w = m["dayw"].lower().replace("-", " ").split()
    d = sum(ORDINALS.get(x, 0) for x in w) + (20 if w[0] == "twenty" else 0) + \
        (30 if w[0] == "thirty" else 0)
    mo = month_num(m["mon"])
    ref = _ref(ctx, m)
    if ref is None or not 1 <= d <= 31:
        return "DATE", _ymd(None, mo, max(d, 1))
    y = closest_year(mo, d, ref, ctx.tense(m))
    return ("DATE", _ymd(y, mo, d)) if safe_date(y, mo, d) else None


def h_month_year(m: re.Match, ctx: Ctx) -> Result:
    mo = month_num(m["mon"])
    if m["year"]:
        y = int(m["year"])
    elif m["sy"]:
        y = spelled_year(m["sy"])
        if y is None:
            return None
    else:
        ref = _ref(ctx, m)
        if ref is None:
            return "DATE", f"XXXX-{mo:02d}"
        y = ref.year + {"this": 0, "last": -1, "next": 1}[m["rel"].lower()]
    return "DATE", f"{y:04d}-{mo:02d}"


def h_month(m: re.Match, ctx: Ctx) -> Result:
    name = m["mon"]
    if not (m["pos"] or m["rel"]):
        before = ctx.text[max(0, m.start() - 25):m.start()]
        after = ctx.text[m.end():m.end() + 12]
        if name.rstrip(".") in _AMBIG_MONTHS or name.lower() == "may":
            if not _MONTH_PREP.search(before):
                return None
            if re.match(r"\s+(?:be|have|not|also|well|never|only|soon|still|yet)\b", after) \
                    or before.rstrip().endswith(("to", "and", "or", ",")):
                return None
        if re.search(r"\b(?:the|a|an|annual|this\s+year's)\s+[`'\"\u201c\u2018]*$", before, re.I) and not (
                re.match(r"\s+(?!of\b|for\b|to\b|and\b|or\b)[a-z]{3,}", after)):
            return None  # "the annual March for Life", "the March of the Mothers"
            # (but "the October slaying", "a June agreement" are dates)
        if re.match(r"\s*[A-Z][a-z]", after) and not re.search(r"\b(?:in|since|of)\s+$", before):
            return None  # part of a name: "August Wilson", "June Carter"
    mo = month_num(name)
    ref = _ref(ctx, m)
    if ref is None:
        return "DATE", f"XXXX-{mo:02d}"
    y, mo = month_rel(mo, ref, m["rel"], ctx.tense(m))
    return "DATE", f"{y:04d}-{mo:02d}"


def h_iso(m: re.Match, ctx: Ctx) -> Result:
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if safe_date(y, mo, d) is None:
        return None
    if m["hh"]:
        return "TIME", f"{y:04d}-{mo:02d}-{d:02d}T{m['hh']}:{m['mm']}"
    return "DATE", _ymd(y, mo, d)


def h_isoweek(m: re.Match, ctx: Ctx) -> Result:
    y, w = int(m["y"]), int(m["w"])
    try:
        date.fromisocalendar(y, w, 1)
    except ValueError:
        return None
    return "DATE", f"{y:04d}-W{w:02d}"


def h_numeric(m: re.Match, ctx: Ctx) -> Result:
    """Numeric dates a/b/y. If one part is > 12 it is the day. Otherwise, with a
    reference date, the reading closest to the reference date wins (month-first on
    a tie, the US news convention); without one, month-first."""
    a, b = int(m["a"]), int(m["b"])
    ys = m["y"]
    y = int(ys) if len(ys) == 4 else year_of("'" + ys, _ref(ctx, m))
    cands = []
    if a <= 12 and safe_date(y, a, b):
        cands.append(date(y, a, b))
    if b <= 12 and a != b and safe_date(y, b, a):
        cands.append(date(y, b, a))
    if not cands:
        return None
    ref = _ref(ctx, m)
    if ref is not None and len(cands) == 2:
        cands.sort(key=lambda d: abs((d - ref).days))
    return "DATE", cands[0].isoformat()


def h_ymd_slash(m: re.Match, ctx: Ctx) -> Result:
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    return ("DATE", _ymd(y, mo, d)) if safe_date(y, mo, d) else None


def h_qyear(m: re.Match, ctx: Ctx) -> Result:
    y = m["y1"] or m["y2"]
    y = int(y) if len(y) == 4 else year_of("'" + y, _ref(ctx, m))
    return "DATE", f"{y:04d}-Q{m['q1'] or m['q2']}"


def h_decade(m: re.Match, ctx: Ctx) -> Result:
    if m["dec"]:
        d = int(m["dec"]) // 10
    elif m["short"]:
        ref = _ref(ctx, m)
        base = (ref.year // 100) if ref else 19
        d = base * 10 + int(m["short"]) // 10
        if ref and d * 10 > ref.year:
            d -= 10
    else:
        ref = _ref(ctx, m)
        n = DECADE_WORDS[m["word"].lower()]
        if not m.group(0).lower().startswith("the"):
            return None
        base = ref.year // 100 if ref else 19
        d = base * 10 + n
        if ref and d * 10 > ref.year:
            d -= 100
    return "DATE", f"{d:03d}X"


def h_century(m: re.Match, ctx: Ctx) -> Result:
    if m["n"]:
        n = int(m["n"])
    else:
        w = m["w"].lower().replace("-", " ").split()
        n = 21 if w[0] == "twenty" else ORDINALS.get(w[0], 0)
    if not 1 <= n <= 30:
        return None
    return "DATE", f"{n - 1:02d}"


def h_decade_of(m: re.Match, ctx: Ctx) -> Result:
    """"the first decade of the 21st century" is the 2000s, "the last decade of the
    century" its tenth."""
    if m["rel"]:
        ref = _ref(ctx, m)
        if ref is None:
            return None
        rel = m["rel"].lower()
        c = ref.year // 100 + (-1 if rel in ("last", "past", "previous") else
                               1 if rel == "next" else 0)
    else:
        res = h_century(m, ctx)
        if res is None:
            return None
        c = int(res[1])
    o = m["ord"].lower()
    k = 10 if o in ("last", "final") else ORDINALS.get(o, 0)
    if not 1 <= k <= 10:
        return None
    return "DATE", f"{c * 10 + k - 1:03d}X"


# (h_year's regexes compiled once: re.match(pattern, ...) looks its pattern up in re's
# cache at every call)
_NUMBER_GOES_ON = recache.compile(r"\s*(?:/\s*\d|-\s*\d|:\d|\.\d|\d)")
_STREET_AFTER = recache.compile(r"\s+[A-Z][a-z]+\s+(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|"
                                r"Boulevard|Blvd\.?|Lane|Drive|Dr\.?|Way|Place|Court)\b")
_NAME_BEFORE = recache.compile(r"(?<![.!?\n]\s)(?<!^)\b([A-Z][a-z]+)\s+$")


def h_year(m: re.Match, ctx: Ctx) -> Result:
    y = int(m["year"])
    if y < 1500 or y > 2099:
        return None
    text = ctx.text
    s = m.start("year")
    before = text[max(0, s - 20):s]
    after = text[m.end():m.end() + 12]
    pos = (m["pos"] or "").lower()
    if "half" in pos:
        return "DATE", f"{y}-H{2 if re.search(r'second|last|latter', pos) else 1}"
    if m["pos"] or m["fiscal"] or m["pp"]:
        return "DATE", str(y)
    if _NUMBERED.search(before):
        return None
    if _NUMBER_GOES_ON.match(after):
        return None
    if _CLOCK_AFTER.match(text, m.end()):
        return None  # "at 1730 GMT", "2000 hours": a time on the 24-hour dial
    if _COUNT_AFTER.match(text, m.end()) or (
            _APPROX_BEFORE.search(before) and _PLURAL_AFTER.match(text, m.end())):
        return None  # "2000 more", "1999 of them", "some 1800 troops": a count
    if _STREET_AFTER.match(after):
        return None  # an address: "2012 Main Street"
    cap = _NAME_BEFORE.search(before)
    if cap and not _YEAR_NAME_OK.match(cap.group(1)) and not (
            s - len(cap.group(0)) == 0 or text[:s - len(cap.group(0))].rstrip()[-1:] in ".!?\n\"'"):
        # "Windows 2000", "Boeing 2000 Program": a number in a name
        return None
    return "DATE", str(y)


# a year is no count and no clock: these tell a number that is one of them
_CLOCK_AFTER = recache.compile(r"\s*(?:GMT|UTC|[ECMP][SD]T|hours|hrs|h)\b")
_COUNT_AFTER = recache.compile(r"\s+(?:more|others|of\s+(?:them|whom|which|those|these)|tonnes|"
                               r"kilos|kilograms|kg|grams|litres|liters|gallons|euros|yen|yuan|"
                               r"rupees|pesos|francs|marks|calories|watts|volts)\b")
_APPROX_BEFORE = recache.compile(r"\b(?:about|some|nearly|almost|around|approximately|roughly|"
                                 r"over|(?:more|fewer|less)\s+than|at\s+least|up\s+to|an\s+estimated|"
                                 r"another|only|just)\s+$", re.I)
# a plural noun after the number ("about 1500 cases"); "born about 1906, leaving" and
# "up to 2009 advice" keep their years
_PLURAL_AFTER = recache.compile(r"\s+(?:[a-z]{2,}(?<!s)s|people|police|personnel|staff|men|women|"
                                r"children|cattle|sheep)\b")


# a number that names or counts something: "No. 1998", "Hill 900", "pages 1961-62"
_NUMBERED = recache.compile(r"(?:\bNo\.?|#|\bnumber|\bHill|\bRoute|\bpages?|\bpp?\.|\bflight|"
                            r"\bmodel|\bResolution|\bRoom|\bSuite|\bBox|\bversion|\bAct|\bv\.?|"
                            r"\bcode|\bunit)\s*$", re.I)


def _second_year(y1: int, y2s: str) -> int | None:
    """The second year of a range written after y1: "62" after 1961 is 1962, "00" after
    1999 is 2000, "1945" is itself; None unless it lies 1-99 years after y1."""
    y2 = int(y2s)
    if len(y2s) == 2:
        y2 += y1 // 100 * 100
        if y2 <= y1:
            y2 += 100
    return y2 if 1 <= y2 - y1 <= 99 else None


def h_year_range(m: re.Match, ctx: Ctx):
    """"1961-62", "the 2014/15 season", "FY2014-15": the two years, each its own phrase.
    A yyyy-mm that is not two years in a row ("2016-03") is the month, as in ISO 8601."""
    y1, y2s = int(m["y1"]), m["y2"]
    if y1 < 1500 or _NUMBERED.search(ctx.text, max(0, m.start() - 20), m.start()):
        return None
    y2 = _second_year(y1, y2s)
    consecutive = y2 == y1 + 1
    if len(y2s) == 2 and not consecutive and int(y2s) <= 12:
        if m.group().count("/") or m["fy"] or re.search(r"\s", m.group()[4:]):
            return None
        return "DATE", f"{y1:04d}-{y2s}"
    if y2 is None:
        return None
    return [("DATE", f"{y1:04d}", m.start(), m.end("y1")),
            ("DATE", f"{y2:04d}", m.start("y2"), m.end("y2"))]


def h_fy_short(m: re.Match, ctx: Ctx):
    """"FY15", "FY'15", "FY15/16": fiscal years written with two digits."""
    ref = _ref(ctx, m)
    y1 = year_of("'" + m["y1"], ref)
    if not m["y2"]:
        return "DATE", f"{y1:04d}"
    y2 = _second_year(y1, m["y2"])
    if y2 is None:
        return None
    return [("DATE", f"{y1:04d}", m.start(), m.end("y1")),
            ("DATE", f"{y2:04d}", m.start("y2"), m.end("y2"))]


_YEAR_NAME_OK = recache.compile(
    r"(?:In|Of|Since|By|Until|From|To|And|Between|Before|After|During|For|Through|Early|Late|"
    r"Mid|Summer|Spring|Fall|Autumn|Winter|Christmas|Easter|Fiscal|Calendar|January|February|"
    r"March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|"
    r"Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Around|About|Circa|Year|Class|Cup|Olympics|Games|"
    r"Election|Census|Budget)$")


def h_short_year(m: re.Match, ctx: Ctx) -> Result:
    return "DATE", str(year_of("'" + m["yy"], _ref(ctx, m)))


def h_spelled_year(m: re.Match, ctx: Ctx) -> Result:
    y = spelled_year(m["sy"])
    if y is None or not m.group(0).lower().startswith(("the year", "nineteen", "two thousand")):
        return None
    if m.group(0).lower().startswith("two thousand") and not m.group(0).lower().startswith(
            "the year"):
        after = ctx.text[m.end():m.end() + 15].lower()
        if re.match(r"\s+\w", after) and not re.match(r"\s+(?:and|or|in|when|to)\b", after):
            return None
    if not 1000 <= y <= 2099:
        return None
    return "DATE", str(y)
