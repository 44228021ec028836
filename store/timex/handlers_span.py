"""Handlers for this/last/next + unit, "N units ago" and durations."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .. import recache
from . import handlers_fin
from .lexicon import VAGUE_COUNTS, words_to_int
from .resolve import (
    Ctx,
    Result,
    unit_value,
)
from .values import add_months, iso_week_value, quarter_of


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


_IN_BEFORE = recache.compile(r"\b(?:in|into|by|until|till|since)\s+$", re.I)
_DUR_DET = {"the past", "the last", "past", "the coming", "coming", "the next"}


_NOT_PERIOD_AFTER = recache.compile(r"(?:'s?)?\s+(?:of|before|after|when|that|in\s+which|ended|"
                                    r"ending|to\s+date|earlier|later|ago|old|since|the)\b")
_NOT_PERIOD_BEFORE = recache.compile(r"\b(?:a|each|every|per|in\s+a|of)\s+$")


def _report_period(m: re.Match, ctx: Ctx, unit: str) -> bool:
    """Bare "the year"/"the week"/"the month" naming the period a report covers; not
    "the year ended June 30", "the week of March 6", "twice a week", "day of the week"."""
    if unit not in ("year", "week", "month"):
        return False
    if _NOT_PERIOD_AFTER.match(ctx.text, m.end()):
        return False
    return unit == "year" or not _NOT_PERIOD_BEFORE.search(
        ctx.text, max(0, m.start() - 8), m.start())


def h_relunit(m: re.Match, ctx: Ctx) -> Result:
    if m["unit"][:1].isupper() and not m["unit"].isupper():
        return None  # "This Week", a programme title
    det = " ".join(m["det"].lower().split())
    unit = m["unit"].lower()
    pos = m["pos"]
    after = ctx.text[m.end():m.end() + 6]
    if det in _DUR_DET and not pos:
        if det in ("the last", "the next") and _OF_AFTER.match(after):
            return None
        if unit == "weekend":
            # "the past weekend", "the coming weekend": the one weekend before or after
            # the reference date (a date, as "last weekend"), not a week-long span
            ref = _ref(ctx, m)
            if ref is None:
                return "DATE", "XXXX-WXX-WE"
            # (on a weekday the coming weekend is this week's)
            n = -1 if det.endswith(("past", "last")) else (0 if ref.weekday() < 5 else 1)
            v, t = _shift(ref, unit, n)
            return t, v
        if unit == "year" and det == "past":
            return None
        if unit in ("decade", "century") and not det.endswith("past") and _IN_BEFORE.search(
                ctx.text, max(0, m.start() - 8), m.start()):
            # "in the next decade" says which decade; "over the next decade" how long
            ref = _ref(ctx, m)
            if ref is None:
                return None
            v, t = _shift(ref, unit, -1 if det.endswith("last") else 1)
            return t, v
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
        if det == "the" and not pos and _report_period(m, ctx, unit):
            # "For the year, volume was flat", "the week's most active session": the
            # period the report is about (the gold gives the week as YYYY-WXX)
            ref = _ref(ctx, m)
            if ref is None:
                return None
            if unit == "year":
                return "DATE", f"{ref.year:04d}"
            if unit == "month":
                return "DATE", f"{ref.year:04d}-{ref.month:02d}"
            return "DATE", f"{ref.isocalendar()[0]:04d}-WXX"
        if not pos or det != "the" or unit == "day":
            return None
        n = 0
    elif det == "this" and unit == "century" and not pos:
        # "this century" in news is the hundred years leading up to now, not the 1900s
        # by number (both TBAQ annotations give P100Y)
        return "DURATION", "P100Y"
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
    if ref is not None and isinstance(n, float) and unit == "year" and n * 2 == int(n * 2):
        # "one and a half years ago": eighteen months back, a month
        y, mo = add_months(ref.year, ref.month, int(n * 12) * sign)
        return "DATE", f"{y:04d}-{mo:02d}"
    if ref is None or isinstance(n, float):
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF"
    n = int(n) * sign
    if unit in ("second", "minute", "hour"):
        return "DATE", ref.isoformat()
    if unit == "year" and abs(n) == 1 and d in ("ago", "earlier"):
        if handlers_fin.financial_quarter(ctx, m):
            qy, q = handlers_fin.reported_quarter(ctx, m.start(), ref)
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


_A_OK = recache.compile(r"\b(?:for|in|within|over|about|nearly|almost|than|after|took|takes|"
                        r"lasted|lasting|of|spent|spend|only|just|least|most|under|barely|"
                        r"some|another|half|once|twice|each|every|per|last|past|whole|entire|"
                        r"full|with|without|during|by|to|than|is|was|be|as|him|her|them|us|me)\s+$",
                        re.I)


_RATE_BEFORE = recache.compile(r"(?:\d|\b(?!(?:was|is|has|his|this|its|as|us|does|goes|comes)\s)"
                               r"[a-z]{2,}s)\s+$", re.I)

_ONE_DAY_BEFORE = recache.compile(r"\b(?:will|would|could|might|may|can|shall|should|must|to|he|"
                                  r"she|they|we|I|you|it)\s+$")
# words after which "over"/"under" before a length of time is part of it ("lasted over
# a week", "in under an hour"), not a preposition ("phased in over three years")
_OVER_MOD = recache.compile(r"(?:^|[.!?;\n]\s*|\b(?:for|in|just|lasted|lasting|last|lasts|took|take|"
                            r"takes|taking|spent|after|within|than|only|well|slightly|little)\s+)$",
                            re.I)


# a capitalised word after "the" and a capitalised count and unit continues a name ("the
# Six-Day War", "the third One Day International": TimeML does not mark time words
# inside names); the small words of title-case headlines do not ("Five Days That ...")
_NAME_GOES_ON = recache.compile(r"['\u2019]?\s+(?!(?:Of|And|Or|In|On|At|After|Before|Later|Earlier|Ago|"
                                r"Ahead|To|For|The|A|That|Which|Who|When|Is|Are|Was|Were|Will|"
                                r"Can|Could|Would)\b)[A-Z][a-z]")
_NAME_THE = recache.compile(r"\bthe\s+(?:[a-z]+\s+)?$", re.I)


_DIAL = recache.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_AT_BEFORE = recache.compile(r"\b(?:at|by|until|till|from|to|before|after|since)\s+$", re.I)


# (the hot handlers' regexes compiled once: re.match(pattern, ...) looks its pattern up in
# re's cache at every call)
_NO_DURATION_AFTER = recache.compile(r"-old\b|\s+old\b|\s+(?:ago|from\s+now)\b|"
                                     r"\s+(?:a|per)\s+(?:day|week)\b")
_SHIFT_AFTER = recache.compile(r"\s+(?:after|before|earlier|later)\b")
_SENTENCE_OPEN = recache.compile(r"[.!?;:\n\"\u201c(]\s*$")
_OF_WHEN_AFTER = recache.compile(r"\s+(?:of|when|in\s+which)\b")
_OF_AFTER = recache.compile(r"\s+of\b")


def h_duration(m: re.Match, ctx: Ctx) -> Result:
    if m["old"]:
        return None
    after = ctx.text[m.end():m.end() + 10]
    if _NO_DURATION_AFTER.match(after):
        return None
    n, vague = _num(m["num"])
    if m["half"] and n is not None and not vague:
        n += 0.5  # "a minute and a half"
    unit = _unit(m["unit"])
    numtxt = m["num"].lower().strip()
    if numtxt in ("a", "an") and not (m["the"] or m["adj"] or m["approx"] or m["half"]):
        before = ctx.text[max(0, m.start() - 15):m.start()]
        if not _A_OK.search(before) and not (
                _SHIFT_AFTER.match(after)
                and not _RATE_BEFORE.search(before)):
            return None  # but "come a week after": a duration; "tourists a year": a rate
    if numtxt == "one" and unit == "day" and not (m["the"] or m["adj"] or m["approx"]) and \
            _ONE_DAY_BEFORE.search(ctx.text, max(0, m.start() - 10), m.start()):
        return "DATE", "FUTURE_REF"  # "Islam will one day be ...": some day to come
    if m["unit"][0].isupper() and numtxt[:1].isdigit():
        return None  # "60 Minutes": a title
    if m["unit"][0].isupper() and m["num"][:1].isupper() and _NAME_GOES_ON.match(after) and (
            m["the"] or _NAME_THE.search(ctx.text, max(0, m.start() - 20), m.start())):
        return None  # "the Six-Day War", "the Thirty Years' War": a name, no length of time
    if unit == "second" and numtxt in ("a", "an", "one"):
        return None  # "a second time"
    if unit == "weekend" and not vague and n == 1 and not m["adj"]:
        return None
    if n == 0:
        return None  # "0 seconds of 0 seconds": a video player
    if isinstance(n, int) and n > 5000:
        return None
    if unit == "hour" and _DIAL.fullmatch(numtxt) and _AT_BEFORE.search(
            ctx.text, max(0, m.start() - 8), m.start()):
        return None  # "landed at 1730 hours": a time on the 24-hour dial, no length
    if unit == "quarter" and not vague and _OF_AFTER.match(after):
        return None  # "three-quarters of the vote"; but "several quarters of losses"
    if unit == "quarter" and not vague and not (m["the"] or m["adj"]):
        if numtxt in ("a", "an", "one"):
            return None
    res = ("DURATION", duration_value(n, unit, vague))
    approx = (m["approx"] or "").lower()
    if approx in ("over", "under") and not (m["the"] or m["adj"]) and not _OVER_MOD.search(
            ctx.text, max(0, m.start() - 12), m.start()):
        return res[0], res[1], m.start("num")  # "spread over three years": a preposition
    if approx and m["adj"] and not m["the"]:
        return res[0], res[1], m.start("approx")  # "to last over a week": "last" is a verb
    if m["the"] and not m["adj"] and (re.search(r"\w-\w", m.group(0)) or (
            m.string[m.end("unit"):m.end("unit") + 1].lower() != "s" and isinstance(n, int)
            and n > 1)):
        return res[0], res[1], m.start("approx") if m["approx"] else m.start("num")
    return res


def h_duration_vague(m: re.Match, ctx: Ctx) -> Result:
    adj = m["adj"].lower()
    unit = _unit(m["unit"])
    if adj == "recent":
        # "in recent months" says when (a while before now), not how long: a vague past
        # reference, as the issue asks (TimeBank + AQUAINT gold is split, 5 to 7)
        return "DATE", "PAST_REF"
    if adj == "coming" and not m["vn"]:
        return "DATE", "FUTURE_REF"
    if adj in ("first", "early") and not m["the"]:
        return None
    if adj == "early" and unit == "hour" and not m["vn"]:
        # "the early hours (of Tuesday)": the small hours, a time of night, not a length
        # of time; the day it belongs to is its own phrase
        return None
    if adj in ("last", "past", "previous", "next", "following", "ensuing") and not (
            m["the"] or m["vn"]):
        if adj in ("last", "next", "previous", "following"):
            return None
    if (m["vn"] or "").lower().startswith("couple"):
        return "DURATION", duration_value(2, unit, False)
    return "DURATION", duration_value(None, unit, True)


def h_long_adj(m: re.Match, ctx: Ctx) -> Result:
    """"a day-long meeting", "decades-long": a duration (vague when plural, no number)."""
    if m["num"]:
        n, vague = _num(m["num"])
    else:
        n, vague = (None, True) if m["pl"] else (1, False)
    return "DURATION", duration_value(n, _unit(m["unit"]), vague)


# Words after which a bare plural unit says how long: "for weeks", "within hours",
# "took months", "in minutes" (not "in days of", which is an era)
_SPAN_BEFORE = {"for", "within", "in", "over", "after", "took", "take", "takes", "taking",
                "lasted", "last", "lasts", "lasting", "spent", "spend", "spends", "spending",
                "waited", "wait", "waits", "waiting", "nearly", "almost", "barely", "only",
                "just"}
# ... and after which "<units> of <something>" is a stretch of it: "after weeks of
# talks", "follows months of fighting", "Days of talks ended" (at a sentence start)
_OF_BEFORE = {"after", "within", "follows", "followed", "following", "ended", "ending",
              "ends", "end", "endured", "survived", "despite", "amid", "through", "with",
              "without", "capped", "caps", "capping", "spent", "took", "wasted", "lost"}
_NOT_SPAN_AFTER = recache.compile(r"\s+(?:ago|old|earlier|later|apart|before|after|since|past)\b")
_OF_NOUN = recache.compile(r"\s+of\s+(?!(?:the|a|an|this|that|these|those|his|her|its|their|our|"
                           r"my|your|age|which|whom|it|them|him|us|me|each|every)\b)[a-z]")
# "the weeks before the vote", "in the years that followed": the units alone are the
# phrase (TimeML leaves the article with the noun phrase the clause modifies)
_THE_AFTER = recache.compile(r"\s+(?:before|after|since|following|preceding|leading\s+up\s+to|"
                             r"prior\s+to|that\s+followed|that\s+preceded)\b")
_THE_OVER = {"over", "through", "throughout", "across", "down"}
_PREV_WORD = recache.compile(r"(?:^|[^\w'-])([\w'-]+)\W*$")


def _prev_word(text: str, start: int) -> str | None:
    """The word before start in the same sentence, lower case; None at a sentence start."""
    before = text[max(0, start - 30):start]
    if not before.strip() or _SENTENCE_OPEN.search(before):
        return None
    word = _last_word(before)
    return word.lower() if word is not None else ""


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # exactly the characters \w matches


def _last_word(s: str) -> str | None:
    """_PREV_WORD.search(s).group(1) (None when it has no match), found from the end: its
    $-anchored search tried every start. The match is the run of word characters, ' and -
    that holds the last word character (only non-word characters follow it); with no word
    character, the first run of ' and -."""
    k = len(s) - 1
    while k >= 0 and not _is_word_char(s[k]):
        k -= 1
    if k < 0:
        i = min((j for j in (s.find("'"), s.find("-")) if j >= 0), default=-1)
        if i < 0:
            return None
        j = i
        while j < len(s) and s[j] in "'-":
            j += 1
        return s[i:j]
    i = k
    while i > 0 and (_is_word_char(s[i - 1]) or s[i - 1] in "'-"):
        i -= 1
    j = k + 1
    while j < len(s) and s[j] in "'-":
        j += 1
    return s[i:j]


_THE_BEFORE = recache.compile(r"(?<![\w-])the\s+$", re.I)


def h_plural_unit(m: re.Match, ctx: Ctx) -> Result:
    """A bare plural unit as a vague duration (PXW, PXM, PTXH): "for weeks", "within
    hours", "days of talks", "weeks or months", "the weeks ahead", "over the years"."""
    text = ctx.text
    unit = m["unit"]
    the = _THE_BEFORE.search(text, max(0, m.start() - 8), m.start())
    start = the.start() if the else m.start()
    if unit[0].isupper() and (unit.isupper() or the or start > 0 and not re.search(
            r"(?:^|[.!?\n\"\u201c]\s*)$", text[max(0, start - 3):start])):
        return None  # "Days of Thunder", "THE YEARS": a title
    value = duration_value(None, _unit(unit), True)
    end = m.end("unit2") if m["unit2"] else m.end("unit")
    after = text[end:end + 40]
    if m["tail"] and the:
        return "DURATION", value, start, m.end()
    if the:
        prev = _prev_word(text, start)
        if _THE_AFTER.match(after):
            return "DURATION", value, m.start(), end
        if prev in _THE_OVER and not _OF_WHEN_AFTER.match(after):
            return "DURATION", value, start, end
        return None
    if _NOT_SPAN_AFTER.match(after):
        return None
    prev = _prev_word(text, m.start())
    if _OF_NOUN.match(after):
        return ("DURATION", value, m.start(), end) if prev is None or prev in _OF_BEFORE else None
    if prev in _SPAN_BEFORE and (prev == "within" or not _OF_AFTER.match(after)):
        return "DURATION", value, m.start(), end
    return None
