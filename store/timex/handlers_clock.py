"""Handlers for sets (every year, daily), vague references (now, recently), clock
times (10 p.m. Wednesday) and holidays."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .. import recache
from .lexicon import SEASONS, words_to_int
from .resolve import (
    Ctx,
    Result,
    closest_year,
    day_num,
    month_num,
    unit_value,
    weekday_date,
    weekday_num,
)
from .values import safe_date


def _ref(ctx: Ctx, m: re.Match) -> date | None:
    return ctx.ref(m.start())


def _unit(u: str) -> str:
    u = u.lower()
    if u.startswith("centur"):
        return "century"
    return u[:-1] if u.endswith("s") else u


_ADV = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
        "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W", "quarterly": "P3M",
        "semiannually": "P6M", "semi-annually": "P6M", "biannually": "P6M", "fortnightly": "P2W"}
_TIMES_BEFORE = recache.compile(r"\b(?:once|twice|thrice|(?:two|three|four|five|six|\d+)\s+times)\s+$",
                                re.I)
_AMOUNT_BEFORE = recache.compile(r"(?:\d%|\bper\s*cent|\bpercent|\d\s*(?:million|billion|trillion)"
                                 r"|\$\s*[\d.,]+)\s+$", re.I)
# after an adverb of frequency, words that do not make it an adjective ("paid quarterly
# in cash", not "quarterly results")
_ADV_FOLLOW = recache.compile(r"\s+(?!(?:in|on|at|by|and|or|to|from|for|until|since|through|with|as|"
                              r"over|during|starting|beginning|thereafter|instead|since|but|if|"
                              r"when|because|while|the|a|an|this|that|its|their)\b)[a-z]")


# "the Communist Party daily Granma", "the weekly Der Spiegel", "the daily said": a
# newspaper, not how often something happens
_PAPER_NAME = recache.compile(r"[ \t]+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|"
                              r"Wed|Thu|Fri|Sat|Sun)[a-z]*\b)[A-Z][a-z]")
_PAPER_VERB = recache.compile(r"\s+(?:said|reported|wrote|quoted|cited|added|published|carried)\b")
_DETERMINER = recache.compile(r"\b(?:the|a|an|another|its|their)\s+$", re.I)


def _newspaper(m: re.Match, text: str) -> bool:
    if _PAPER_NAME.match(text, m.end()):
        return True
    return bool(_PAPER_VERB.match(text, m.end())
                and _DETERMINER.search(text, max(0, m.start() - 12), m.start()))


def h_set(m: re.Match, ctx: Ctx) -> Result:
    if m["adv"]:
        adv = m["adv"].lower()
        if adv in ("daily", "weekly") and _newspaper(m, ctx.text):
            return None
        if adv == "quarterly" and _ADV_FOLLOW.match(ctx.text, m.end()):
            return None  # "quarterly results": a kind of report, not how often
        if _AMOUNT_BEFORE.search(ctx.text, max(0, m.start() - 24), m.start()):
            return None  # "grow 8% annually", "$2 million yearly": a rate, as "a year" is
        times = _TIMES_BEFORE.search(ctx.text, max(0, m.start() - 16), m.start())
        if times:  # "twice yearly", "three times daily": one phrase
            return "SET", _ADV[adv], times.start()
        return "SET", _ADV[adv]
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
        return "SET", f"XXXX-{SEASONS[wl]}"
    if wl in ("morning", "night", "evening", "afternoon"):
        code = {"morning": "MO", "night": "NI", "evening": "EV", "afternoon": "AF"}[wl]
        return "SET", f"XXXX-XX-XXT{code}"
    if m["few"]:
        return "SET", unit_value(None, _unit(what), vague=True)
    n = 1
    if m["other"]:
        n = 2
    elif m["num"]:
        n = words_to_int(m["num"]) or 1
    if _unit(what) == "weekend" and n == 1:
        return "SET", "XXXX-WXX-WE"
    return "SET", unit_value(n, _unit(what))


_VAGUE = {"right now": "PRESENT_REF", "now": "PRESENT_REF", "nowadays": "PRESENT_REF",
          "currently": "PRESENT_REF", "at present": "PRESENT_REF", "presently": "PRESENT_REF",
          "these days": "PRESENT_REF", "recently": "PAST_REF", "lately": "PAST_REF",
          "the past": "PAST_REF", "previously": "PAST_REF", "formerly": "PAST_REF",
          "soon": "FUTURE_REF", "as soon as possible": "FUTURE_REF",
          "back then": "PAST_REF", "the time": "PAST_REF", "that time": "PAST_REF",
          "those days": "PAST_REF", "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
          "the long term": "FUTURE_REF", "the longer term": "FUTURE_REF",
          "a later date": "FUTURE_REF"}
# "for some time", "for a while": a vague length of time (TIMEX3 PXX)
_VAGUE_SPAN = {"some time", "a while"}


def h_vague(m: re.Match, ctx: Ctx) -> Result:
    w = " ".join(m["w"].lower().split())
    if w in ("the past", "the future") and _ADJECTIVE_USE.match(ctx.text, m.end()):
        return None  # "the past president", "the future king": a modifier, no time
    if w.endswith("future"):
        return "DATE", "FUTURE_REF"
    if w in _VAGUE_SPAN:
        return "DURATION", "PXX"
    before = ctx.text[max(0, m.start() - 12):m.start()].lower()
    after = ctx.text[m.end():m.end() + 12].lower()
    if w == "soon" and re.search(r"\bas\s+$", before) and not after.startswith(" as possible"):
        return None
    if w == "soon" and after.startswith(" after"):
        return None
    if w == "now" and _DISCOURSE_NOW.match(ctx.text, m.end()) and \
            _SENTENCE_OPEN.search(ctx.text, max(0, m.start() - 8), m.start()):
        return None  # "Now, the question is ...": it turns the argument, it dates nothing
    opening = m.start() - 4 if ctx.text[max(0, m.start() - 4):m.start()] in ("And ", "and ") \
        else m.start()
    if w == "now" and _NOW_FOR.match(ctx.text, m.end()) and \
            _SENTENCE_OPEN.search(ctx.text, max(0, opening - 8), opening):
        return None  # "Now for the weather": it opens the next item, it dates nothing
    if w == "the time" and re.search(r"(?:^|[.!?\n\"\u201c]\s*)at\s+$", before) \
            and not after.startswith(","):
        return None  # "At the time he was captured, ...": a conjunction, not a reference
    return "DATE", _VAGUE[w]


# "the past"/"the future" before a noun modifies it ("the past tense", "the future
# site"): TimeML marks the noun "the past", not the adjective. A noun here is a
# lowercase word that is no function word, no verb (in -s, -ed or a participle), no time word
# ("the past season", "the past three summers" are times; "the future looks" a clause)
_ADJECTIVE_USE = recache.compile(
    r"[ \t]+(?!(?:and|or|but|nor|so|yet|that|which|who|whom|whose|when|where|while|if|"
    r"unless|because|as|than|then|to|of|in|on|at|by|for|from|with|without|into|onto|"
    r"upon|about|after|before|since|until|through|during|against|among|between|"
    r"toward|towards|is|was|were|are|be|been|being|has|have|had|do|does|did|will|"
    r"would|shall|should|can|could|may|might|must|he|she|it|they|we|you|i|one|this|"
    r"these|those|the|a|an|his|her|its|their|our|my|your|some|any|no|every|each|all|"
    r"most|such|there|here|not|too|also|only|even|still|again|already|alone|"
    r"ahead|now|perhaps|itself|never|always|often|hopefully|probably|clearly|likely|"
    r"forgotten|given|taken|written|seen|chosen|driven|hidden|broken|proven|fallen|"
    r"shown|known|done|gone|"
    r"season|seasons|weekend|night|term|session|summer|winter|spring|autumn|fall|"
    r"second|minute|hour|day|week|month|quarter|year|decade|century|generation|era|"
    r"moment|millennium|thousand|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|hundred|dozen|half|couple|many)\b)"
    r"[a-z]+(?<![^s]s)(?<!ed)\b(?![-'])")


# a sentence-opening "Now for" before what comes next in a programme or a list ("Now for
# the weather", "And now for the scores"); "Now for the first time ..." still dates
_NOW_FOR = recache.compile(r"\s+for\s+(?!(?:the\s+)?(?:first|second|third|last|once|years?|months?|"
                           r"weeks?|days?|decades?|now|the\s+(?:moment|time\s+being|present|sake)|a\s+"
                           r"(?:while|time|moment|change))\b)", re.I)


# a sentence-opening "Now," before a question, a turn of argument or an aside to the
# reader is a discourse marker ("Now, the question is whether ...", "Now, let's be
# clear"); "Now, after ten years, the plant is closing" still dates the clause
_SENTENCE_OPEN = recache.compile(r"(?:^|[.!?:;\n][\"'\u201c\u2018)]?\s+|\n\s*[\"'\u201c\u2018]?|"
                                 r"[\"\u201c\u2018]\s*)$")
_DISCOURSE_NOW = recache.compile(
    r",\s+(?:(?:what|why|how|who|whom|whose|which|whether|where|is|are|was|were|do|does|did|"
    r"can|could|should|would|will|isn't|aren't|don't|doesn't)\b|let(?:'s|\s+(?:me|us))\b|"
    r"(?:the|my|our|your|one)\s+(?:question|point|problem|issue|thing|trouble|truth|answer|"
    r"catch|puzzle|irony)s?\b|to\s+be\s+(?:fair|sure|honest|clear)\b|mind\s+you\b|"
    r"of\s+course\b|here(?:'s|\s+is)\b|look\b|listen\b|wait\b|"
    r"(?:I|we|you)(?:'m|\s+am|'re|\s+are)?\s+(?:not\s+|don't\s+|do\s+not\s+)?"
    r"(?:saying|suggesting|claiming|know|think|admit|agree|grant)\b)", re.I)

h_vague_phrase = h_vague
h_freq = h_set  # annually, quarterly: the set rule's adverbs, under a head of their own


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


_PAREN_WD = recache.compile(r"\s*\([^()\n]{1,24}\)\s*(?:on\s+)?(?P<wd>(?-i:Monday|Tuesday|Wednesday|"
                            r"Thursday|Friday|Saturday|Sunday))\b")


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
            closest_year(mo, d, ref, ctx.tense(m)) if ref else None)
        day = f"{y:04d}-{mo:02d}-{d:02d}" if y and safe_date(y, mo, d) else f"XXXX-{mo:02d}-{d:02d}"
    elif ref is None:
        day = "XXXX-XX-XX"
    elif m["wd"] or _PAREN_WD.match(ctx.text, m.end()):
        # "at about 10:35 a.m. (0735 GMT) Friday": the weekday after the aside dates it
        wd = m["wd"] or _PAREN_WD.match(ctx.text, m.end())["wd"]
        day = weekday_date(weekday_num(wd), ref, None, ctx.forward(m)).isoformat()
    elif m["rd"]:
        off = {"yesterday": -1, "tomorrow": 1}.get(m["rd"].lower(), 0)
        day = (ref + timedelta(off)).isoformat()
    elif _EVENT_DAY.match(ctx.text, m.end()) or _HABIT_AFTER.match(ctx.text, m.end()) or \
            _HABIT_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start()):
        # "at 1.30 am on the morning of his death": that day, not today; "line up at 07:30
        # every morning": no one day
        day = "XXXX-XX-XX"
    else:
        day = ref.isoformat()
    hm = _pod_hour(hm, gd.get("pod"))
    if m.group(0).endswith(".") and re.match(r"\s*(?:$|\n|[A-Z\"'`])", m.string[m.end():]):
        return "TIME", f"{day}T{hm}", m.start(), m.end() - 1  # the full stop ends the sentence
    return "TIME", f"{day}T{hm}"


h_time_after = h_time

# a clock time placed on a day named by an event ("on the morning of his death", "on the
# night of the attack"), not by a date or weekday: the publication day is not its day
_EVENT_DAY = recache.compile(
    r",?\s+(?:on\s+)?the\s+(?:morning|afternoon|evening|night|day|eve)\s+(?:of|before|after)\s+"
    r"(?!(?:the\s+)?\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|"
    r"sat|sun)[a-z]*\b|(?:yesterday|today|tomorrow|that|this|then)\b)(?:the|his|her|its|their|"
    r"a|an)\b", re.I)

_HABIT_WHEN = (r"(?:every|each)\s+(?:(?:single|other)\s+)?(?:morning|afternoon|evening|night|"
               r"day|weekday|weekend|week|(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
               r"Sunday))")
_HABIT_AFTER = recache.compile(r",?\s+(?:" + _HABIT_WHEN + r"\b|daily\b|(?:on\s+)?weekdays\b)", re.I)
_HABIT_BEFORE = recache.compile(r"\b(?:" + _HABIT_WHEN + r"|daily)\s+(?:from\s+|at\s+|by\s+|until\s+)?$",
                                re.I)

_CLOCK_BEFORE = recache.compile(r"\b(?:at|by|until|till|since|from|around|about|before|after)\s+$",
                                re.I)


_POD_CODE = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


def _pod_hour(hm: str, pod: str | None) -> str:
    """'7:15' 'in the evening' -> '19:15'; 'in the morning' leaves the hour as it is."""
    if not pod:
        return hm
    h, mi = int(hm[:2]), hm[3:]
    word = pod.lower().split()[-1]
    if word in ("afternoon", "evening") and h < 12 or word == "night" and 6 <= h < 12:
        h += 12
    return f"{h:02d}:{mi}"


def _day_of(m: re.Match, ctx: Ctx) -> str:
    """The day a clock time or part of day names: its weekday, yesterday/today/tomorrow,
    or the reference date."""
    ref = _ref(ctx, m)
    if ref is None:
        return "XXXX-XX-XX"
    if m["wd"]:
        return weekday_date(weekday_num(m["wd"]), ref, None, ctx.forward(m)).isoformat()
    if m["rd"]:
        return (ref + timedelta({"yesterday": -1, "tomorrow": 1}.get(m["rd"].lower(), 0))
                ).isoformat()
    return ref.isoformat()


def h_midday(m: re.Match, ctx: Ctx) -> Result:
    """mid-morning, midday, mid-afternoon (parts of a day) and "4 in the morning"."""
    if m["hr"]:
        if not _CLOCK_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()):
            return None  # "scored 2 in the afternoon session"
        hm = _pod_hour(f"{int(m['hr']):02d}:00", m["pod2"])
        return "TIME", f"{_day_of(m, ctx)}T{hm}"
    pod = m["pod"].lower()
    return "TIME", f"{_day_of(m, ctx)}T" + ("12:00" if pod == "day" else _POD_CODE[pod])


def h_clockdur(m: re.Match, ctx: Ctx) -> Result:
    """A race or match time written like a clock: "won in 4:12:09" is PT4H12M9S and
    "2:05.3" two minutes 5.3 seconds. With a.m./p.m., a time zone or "at" before it,
    an H:MM:SS is a time of day (TIME), not how long something took."""
    frac = "." + m["frac"] if m["frac"] else ""
    if m["h"] is not None:
        h, mi, se = int(m["h"]), int(m["hm"]), int(m["hs"])
        ampm = m["ampm"]
        if ampm or _CLOCK_BEFORE.search(ctx.text, max(0, m.start() - 12), m.start()) or (
                m["h"].startswith("0") and h):
            ap = (ampm or "").strip().lower()[:1]
            h = h + 12 if ap == "p" and h < 12 else 0 if ap == "a" and h == 12 else h
            if h > 24:
                return None
            ref = _ref(ctx, m)
            day = ref.isoformat() if ref else "XXXX-XX-XX"
            end = m.end() - 1 if m.group().endswith(".") and re.match(
                r"\s*(?:$|\n|[A-Z\"'`])", m.string[m.end():]) else m.end()
            return "TIME", f"{day}T{h:02d}:{mi:02d}:{se:02d}", m.start(), end
    elif m["ampm"]:
        return None
    else:
        h, mi, se = 0, int(m["m"]), int(m["ms"])
    if not (h or mi or se or frac.strip(".0")):
        return None
    parts = [f"{h}H" if h else "", f"{mi}M" if mi else "",
             f"{se}{frac}S" if se or frac.strip(".0") else ""]
    return "DURATION", "PT" + "".join(parts)


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
    if name == "election day":
        return _nth_weekday(y, 11, 0, 1) + timedelta(1)  # the Tuesday after the first Monday
    if name == "labor day":
        return _nth_weekday(y, 9, 0, 1)
    if name == "memorial day":
        return _nth_weekday(y, 5, 0, -1)
    return _easter(y)


def _week_of(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def h_holiday(m: re.Match, ctx: Ctx) -> Result:
    """A holiday's day; "Easter week" is the ISO week holding it, and the week the
    article is written in wins whatever the tense ("as Easter week began")."""
    name = m["h"]
    if m["year"]:
        d = holiday_date(name, int(m["year"]))
        return "DATE", _week_of(d) if m["wk"] else d.isoformat()
    ref = _ref(ctx, m)
    if ref is None:
        return None
    if m["wk"]:
        here = holiday_date(name, ref.year)
        if _week_of(here) == _week_of(ref):
            return "DATE", _week_of(here)
        typ, val = _holiday_day(m, ctx, name, ref)
        return typ, _week_of(date.fromisoformat(val))
    return _holiday_day(m, ctx, name, ref)


def _holiday_day(m: re.Match, ctx: Ctx, name: str, ref: date) -> tuple[str, str]:
    tn = ctx.tense(m)
    cands = [holiday_date(name, y) for y in (ref.year - 1, ref.year, ref.year + 1)]
    rel = " ".join((m["rel"] or "").lower().split())
    if rel in ("last", "this past"):
        return "DATE", [c for c in cands if c < ref][-1].isoformat()
    if rel in ("next", "this coming"):
        return "DATE", next(c for c in cands if c > ref).isoformat()
    if rel == "this":
        return "DATE", holiday_date(name, ref.year).isoformat()
    if tn == "future":
        d = next(c for c in cands if c >= ref - timedelta(1))
    elif tn == "past":
        d = [c for c in cands if c <= ref + timedelta(1)][-1]
    else:
        d = min(cands, key=lambda c: abs((c - ref).days))
    return "DATE", d.isoformat()

