"""Handlers for this/last/next + unit, "N units ago", durations, sets, vague
references, clock times and holidays."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .lexicon import VAGUE_COUNTS, words_to_int
from .resolve import (
    Ctx,
    Result,
    day_num,
    month_by_tense,
    month_num,
    quarter_prev,
    unit_value,
    weekday_date,
    weekday_num,
)
from .values import add_months, iso_week_value, quarter_of, safe_date


def _ref(ctx: Ctx, m: re.Match) -> date | None:
    return ctx.ref(m.start())


def _shift(ref: date, unit: str, n: int) -> tuple[str, str]:
    """(value, type) of the calendar unit n units away from ref, keeping granularity."""
    if unit == "day":
        return (ref + timedelta(n)).isoformat(), "DATE"
    if unit in ("week", "weekend"):
        v = iso_week_value(ref + timedelta(7 * n))
        return (v + "-WE" if unit == "weekend" else v), "DATE"
    if unit == "month":
        y, mo = add_months(ref.year, ref.month, n)
        return f"{y:04d}-{mo:02d}", "DATE"
    if unit == "quarter":
        k = ref.year * 4 + quarter_of(ref) - 1 + n
        return f"{k // 4:04d}-Q{k % 4 + 1}", "DATE"
    if unit == "year":
        return f"{ref.year + n:04d}", "DATE"
    if unit == "decade":
        return f"{ref.year // 10 + n:03d}X", "DATE"
    if unit == "century":
        return f"{ref.year // 100 + n:02d}", "DATE"
    return ref.isoformat(), "DATE"


_DUR_DET = {"the past", "the last", "past", "the coming", "coming", "the next"}


def h_relunit(m: re.Match, ctx: Ctx) -> Result:
    if m["unit"][:1].isupper() and not m["unit"].isupper():
        return None  # "This Week", a programme title
    det = " ".join(m["det"].lower().split())
    unit = m["unit"].lower()
    pos = m["pos"]
    after = ctx.text[m.end():m.end() + 6]
    if det in _DUR_DET and not pos:
        if unit == "weekend":
            unit = "week" if det.endswith("past") or det.endswith("last") else unit
        if det in ("the last", "the next") and re.match(r"\s+of\b", after):
            return None
        if unit == "year" and det == "past":
            return None
        if det in ("coming", "the coming") and unit in ("day", "week", "month", "year"):
            pass
        elif det == "the next" and unit == "day":
            ref = _ref(ctx, m)
            return ("DATE", (ref + timedelta(1)).isoformat()) if ref else None
        return "DURATION", unit_value(1, unit)
    if det in ("the", "that", "the same", "the following", "the previous"):
        if unit == "weekend" and det == "the":
            ref = _ref(ctx, m)
            if ref is None:
                return "DATE", "XXXX-WXX-WE"
            # Friday to Sunday: this weekend; earlier in the week: the last one,
            # or the coming one when the clause points forward
            if ref.weekday() >= 4:
                d = ref
            elif ctx.future(m):
                d = ref + timedelta(5 - ref.weekday())
            else:
                d = ref - timedelta(ref.weekday() + 2)
            return "DATE", iso_week_value(d) + "-WE"
        if not pos or det != "the" or unit == "day":
            return None
        n = 0
    elif det == "this" or det in ("the current", "current"):
        n = 0
    elif det in ("last", "previous", "the previous"):
        n = -1
    elif det in ("next", "following", "coming", "the coming"):
        n = 1
    else:
        return None
    if unit == "day":
        return None
    ref = _ref(ctx, m)
    if ref is None:
        return "DATE", {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
                        "year": "XXXX", "decade": "XXX", "century": "XX"}[unit]
    v, t = _shift(ref, unit, n)
    return t, v


def _num(s: str) -> tuple[int | None, bool]:
    s = " ".join(s.lower().split())
    if s in VAGUE_COUNTS or s.startswith(("several", "few", "many", "some", "a few",
                                          "a number", "numerous", "dozens")):
        return None, True
    half = False
    if s.endswith(" 1/2"):
        s, half = s[:-4].strip(), True
    for tail in (" and a half", " and half", " or so"):
        if s.endswith(tail):
            half = "half" in tail
            s = s[: -len(tail)]
    n = words_to_int(s)
    if n is None:
        try:
            f = float(s.replace(",", ""))
        except ValueError:
            return None, True
        n = int(f) if f == int(f) else f
    if half:
        n = n + 0.5
    return n, False


def _unit(u: str) -> str:
    u = u.lower()
    if u.startswith("centur"):
        return "century"
    return u[:-1] if u.endswith("s") else u


def _fmt_num(n) -> str:
    if isinstance(n, float):
        return f"{n:.2f}".rstrip("0").rstrip(".")
    return str(n)


def duration_value(n, unit: str, vague: bool) -> str:
    if vague or n is None:
        return unit_value(None, unit, vague=True)
    if isinstance(n, float):
        whole = int(n)
        if n - whole == 0.5:
            half = {"hour": f"PT{whole}H30M", "minute": f"PT{whole}M30S",
                    "year": f"P{whole}Y6M", "day": f"P{whole}DT12H", "month": f"P{whole}M15D"}
            if unit in half:
                return half[unit]
        v = unit_value(1, unit)
        return v.replace("1", _fmt_num(n), 1)
    return unit_value(n, unit)


def h_ago(m: re.Match, ctx: Ctx) -> Result:
    n, vague = _num(m["num"])
    unit = _unit(m["unit"])
    d = m["dir"].lower()
    sign = -1 if d in ("ago", "earlier", "before") else 1
    if d in ("earlier", "later") and unit != "year":
        return None  # "two days later": relative to the story's events, not to the DCT
    if vague:
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF"
    ref = _ref(ctx, m)
    if ref is None or isinstance(n, float):
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF"
    n = int(n) * sign
    if unit in ("second", "minute", "hour"):
        return "DATE", ref.isoformat()
    if unit == "year" and abs(n) == 1 and d in ("ago", "earlier"):
        if financial_quarter(ctx, m):
            qy, q = quarter_prev(ref)
            return "DATE", f"{qy - 1:04d}-Q{q}"
    if unit == "decade":
        return "DATE", f"{ref.year + 10 * n:04d}"
    if unit == "century":
        return "DATE", f"{ref.year + 100 * n:04d}"
    if unit == "weekend":
        unit = "week"
    if unit == "day":
        return "DATE", (ref + timedelta(n)).isoformat()
    v, t = _shift(ref, unit, n)
    return t, v


def h_ago_bare(m: re.Match, ctx: Ctx) -> Result:
    d = m["dir"].lower()
    if d != "ago":
        return None  # "days later": relative to the story's events
    return "DATE", "FUTURE_REF" if d == "later" else "PAST_REF"


_A_OK = re.compile(r"\b(?:for|in|within|over|about|nearly|almost|than|after|took|takes|"
                   r"lasted|lasting|of|spent|spend|only|just|least|most|under|barely|"
                   r"some|another|half|once|twice|each|every|per|last|past|whole|entire|"
                   r"full|with|without|during|by|to|than|is|was|be)\s+$", re.I)


def h_duration(m: re.Match, ctx: Ctx) -> Result:
    if m["old"]:
        return None
    after = ctx.text[m.end():m.end() + 10]
    if re.match(r"-old\b|\s+old\b|\s+(?:ago|from\s+now)\b|\s+(?:a|per)\s+(?:day|week)\b",
                after):
        return None
    n, vague = _num(m["num"])
    unit = _unit(m["unit"])
    numtxt = m["num"].lower().strip()
    if numtxt in ("a", "an") and not (m["the"] or m["adj"] or m["approx"]):
        before = ctx.text[max(0, m.start() - 15):m.start()]
        if not _A_OK.search(before):
            return None
    if m["unit"][0].isupper() and numtxt[:1].isdigit():
        return None  # "60 Minutes": a title
    if unit == "second" and numtxt in ("a", "an", "one"):
        return None  # "a second time"
    if unit == "weekend" and not vague and n == 1 and not m["adj"]:
        return None
    if n == 0:
        return None  # "0 seconds of 0 seconds": a video player
    if isinstance(n, int) and n > 5000:
        return None
    if unit == "quarter" and re.match(r"\s+of\b", after):
        return None  # "three-quarters of the vote"
    if unit == "quarter" and not vague and not (m["the"] or m["adj"]):
        if numtxt in ("a", "an", "one"):
            return None
    res = ("DURATION", duration_value(n, unit, vague))
    if m["the"] and not m["adj"] and (re.search(r"\w-\w", m.group(0)) or (
            m.string[m.end("unit"):m.end("unit") + 1].lower() != "s" and isinstance(n, int)
            and n > 1)):
        return res[0], res[1], m.start("approx") if m["approx"] else m.start("num")
    return res


def h_duration_vague(m: re.Match, ctx: Ctx) -> Result:
    adj = m["adj"].lower()
    unit = _unit(m["unit"])
    if adj == "recent":
        return "DATE", "PAST_REF"
    if adj == "coming" and not m["vn"]:
        return "DATE", "FUTURE_REF"
    if adj in ("first", "early") and not m["the"]:
        return None
    if adj in ("last", "past", "previous", "next", "following", "ensuing") and not (
            m["the"] or m["vn"]):
        if adj in ("last", "next", "previous", "following"):
            return None
    return "DURATION", duration_value(None, unit, True)


def h_duration_bare(m: re.Match, ctx: Ctx) -> Result:
    return "DURATION", duration_value(None, _unit(m["unit"]), True)


_ADV = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
        "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "quarterly": "P3M"}


def h_set(m: re.Match, ctx: Ctx) -> Result:
    if m["adv"]:
        return "SET", _ADV[m["adv"].lower()]
    if m["per"]:
        return "SET", unit_value(1, _unit(m["punit"]))
    what = m["what"]
    wl = what.lower()
    wd = weekday_num(what)
    if wd is not None:
        return "SET", f"XXXX-WXX-{wd + 1}"
    mo = month_num(what)
    if mo is not None and wl not in ("may", "march") or wl in ("may", "march") and what[0].isupper():
        if mo is not None:
            return "SET", f"XXXX-{mo:02d}"
    if wl in ("spring", "summer", "fall", "autumn", "winter"):
        from .lexicon import SEASONS
        return "SET", f"XXXX-{SEASONS[wl]}"
    if wl in ("morning", "night", "evening", "afternoon"):
        code = {"morning": "MO", "night": "NI", "evening": "EV", "afternoon": "AF"}[wl]
        return "SET", f"XXXX-XX-XXT{code}"
    n = 1
    if m["other"]:
        n = 2
    elif m["num"]:
        n = words_to_int(m["num"]) or 1
    return "SET", unit_value(n, _unit(what))


def h_anaphor(m: re.Match, ctx: Ctx) -> Result:
    det = " ".join(m["det"].lower().split())
    unit = m["unit"].lower()
    if det == "the next" and unit in ("week", "weekend", "month", "year", "quarter"):
        return None  # "the next year": counted from the publication date (relunit)
    if det == "that" and unit in ("morning", "afternoon", "evening", "night"):
        return None
    return "DATE", f"ANAPHOR:{det}:{unit}"


def h_period(m: re.Match, ctx: Ctx) -> Result:
    mod = " ".join(m["mod"].lower().split())
    ref = _ref(ctx, m)
    ym = re.search(r"\d{4}", mod + (m["tail"] or ""))
    if ref is None:
        return ("DATE", ym.group()) if ym else None
    qy, q = quarter_prev(ref)
    if ym:
        return "DATE", f"{ym.group()}-Q{q}"
    if "year" in mod or (m["tail"] and "year" in m["tail"]):
        return "DATE", f"{qy - 1:04d}-Q{q}"
    return "DATE", f"{qy:04d}-Q{q}"


def h_fiscal_year(m: re.Match, ctx: Ctx) -> Result:
    """the (current|full|fiscal) year; "the year ended June 30" is a one-year duration."""
    mod = " ".join(m["mod"].lower().split())
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


_FIN = re.compile(r"\b(?:net|earn\w*|profit\w*|revenue\w*|sales|income|loss\w*|a\s+share|"
                  r"per\s+share|dividend\w*|results)\b", re.I)


def financial_quarter(ctx: Ctx, m: re.Match) -> bool:
    """A year-ago comparison in quarterly results: the quarter, not the year, a year back."""
    lo, hi = max(0, m.start() - 300), m.end() + 150
    if re.search(r"\bquarter", ctx.text[lo:hi], re.I):
        return True
    sent = ctx.text[max(0, m.start() - 200):m.start()]
    return bool(_FIN.search(sent)) and bool(re.search(r"\bquarter", ctx.text, re.I)) and \
        not re.search(r"\b(?:year|annual|fiscal)\b", sent, re.I)


def h_yearadj(m: re.Match, ctx: Ctx) -> Result:
    w = m["w"].lower()
    ref = _ref(ctx, m)
    if ref is None:
        return "DATE", "XXXX"
    if "end" in w:
        return "DATE", f"{ref.year:04d}"
    window = ctx.text[max(0, m.start() - 200):m.end() + 100]
    if re.search(r"\bquarter", window, re.I):
        qy, q = quarter_prev(ref)
        return "DATE", f"{qy - 1:04d}-Q{q}"
    return "DATE", f"{ref.year - 1:04d}"


_VAGUE = {"right now": "PRESENT_REF", "now": "PRESENT_REF", "nowadays": "PRESENT_REF",
          "currently": "PRESENT_REF", "at present": "PRESENT_REF", "presently": "PRESENT_REF",
          "these days": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF",
          "the past": "PAST_REF", "previously": "PAST_REF", "formerly": "PAST_REF",
          "soon": "FUTURE_REF", "as soon as possible": "FUTURE_REF"}


def h_vague(m: re.Match, ctx: Ctx) -> Result:
    w = " ".join(m["w"].lower().split())
    if w.endswith("future"):
        return "DATE", "FUTURE_REF"
    before = ctx.text[max(0, m.start() - 12):m.start()].lower()
    after = ctx.text[m.end():m.end() + 12].lower()
    if w == "soon" and re.search(r"\bas\s+$", before) and not after.startswith(" as possible"):
        return None
    if w == "soon" and after.startswith(" after"):
        return None
    if w == "now" and re.search(r"\b(?:just|until|by|from|for|as\s+of|up\s+to)\s+$", before):
        pass
    return "DATE", _VAGUE[w]


def _clock(s: str) -> str | None:
    s = s.lower().replace(" ", "")
    if s == "noon":
        return "12:00"
    if s == "midnight":
        return "24:00"
    mm = re.match(r"(\d{1,2})(?:[:.](\d\d))?(a\.?m\.?|p\.?m\.?)?", s)
    h, mi, ap = int(mm[1]), int(mm[2] or 0), mm[3]
    if ap:
        if ap.startswith("p") and h < 12:
            h += 12
        if ap.startswith("a") and h == 12:
            h = 0
    if h > 24 or mi > 59:
        return None
    return f"{h:02d}:{mi:02d}"


def h_time(m: re.Match, ctx: Ctx) -> Result:
    hm = _clock(m["clock"])
    if hm is None:
        return None
    gd = m.groupdict()
    if ":" in m["clock"] and not re.search(r"[ap]\.?m|noon|midnight", m["clock"], re.I) and not (
            gd.get("tz") or gd.get("wd") or gd.get("rd") or gd.get("mon")):
        before = ctx.text[max(0, m.start() - 6):m.start()].lower()
        if not re.search(r"\b(?:at|by|until|from|around|about)\s+$", before):
            return None
    if m["clock"].lower() in ("noon", "midnight") and not (
            gd.get("wd") or gd.get("rd") or gd.get("mon")):
        return None
    ref = _ref(ctx, m)
    if gd.get("mon") and gd.get("day"):
        mo, d = month_num(m["mon"]), day_num(m["day"])
        y = int(m["year"]) if gd.get("year") else (
            month_by_tense(mo, ref, ctx.future(m))[0] if ref else None)
        day = f"{y:04d}-{mo:02d}-{d:02d}" if y and safe_date(y, mo, d) else f"XXXX-{mo:02d}-{d:02d}"
    elif ref is None:
        day = "XXXX-XX-XX"
    elif m["wd"]:
        day = weekday_date(weekday_num(m["wd"]), ref, None, ctx.future(m)).isoformat()
    elif m["rd"]:
        off = {"yesterday": -1, "tomorrow": 1}.get(m["rd"].lower(), 0)
        day = (ref + timedelta(off)).isoformat()
    else:
        day = ref.isoformat()
    if m.group(0).endswith(".") and re.match(r"\s*(?:$|\n|[A-Z\"'`])", m.string[m.end():]):
        return "TIME", f"{day}T{hm}", m.start(), m.end() - 1  # the full stop ends the sentence
    return "TIME", f"{day}T{hm}"


h_time_after = h_time


def _easter(y: int) -> date:
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    mm = (a + 11 * h + 22 * ll) // 451
    month = (h + ll - 7 * mm + 114) // 31
    day = (h + ll - 7 * mm + 114) % 31 + 1
    return date(y, month, day)


def _nth_weekday(y: int, mo: int, wd: int, n: int) -> date:
    if n > 0:
        d = date(y, mo, 1)
        return d + timedelta((wd - d.weekday()) % 7 + 7 * (n - 1))
    d = date(y, mo + 1, 1) - timedelta(1) if mo < 12 else date(y, 12, 31)
    return d - timedelta((d.weekday() - wd) % 7)


_FIXED = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
          "new year's": (1, 1), "new year's day": (1, 1), "new year's eve": (12, 31),
          "independence day": (7, 4), "halloween": (10, 31), "valentine's day": (2, 14),
          "boxing day": (12, 26), "bastille day": (7, 14)}


def holiday_date(name: str, y: int) -> date:
    name = " ".join(name.lower().split())
    if name in _FIXED:
        return date(y, *_FIXED[name])
    if name.startswith("thanksgiving"):
        return _nth_weekday(y, 11, 3, 4)
    if name == "labor day":
        return _nth_weekday(y, 9, 0, 1)
    if name == "memorial day":
        return _nth_weekday(y, 5, 0, -1)
    return _easter(y)


def h_holiday(m: re.Match, ctx: Ctx) -> Result:
    name = m["h"]
    if m["year"]:
        return "DATE", holiday_date(name, int(m["year"])).isoformat()
    ref = _ref(ctx, m)
    if ref is None:
        return None
    fut = ctx.future(m)
    d = holiday_date(name, ref.year)
    if fut and d < ref - timedelta(1):
        d = holiday_date(name, ref.year + 1)
    elif not fut and d > ref + timedelta(1):
        d = holiday_date(name, ref.year - 1)
    return "DATE", d.isoformat()
