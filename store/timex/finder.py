"""Find dated phrases: run every rule's regex, resolve, keep the longest non-overlapping."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from datetime import date, timedelta

from .. import recache
from . import anaphora, handlers, handlers_clock, handlers_fin, handlers_rel, handlers_span
from .gates import (
    CLOCK_DIGITS,
    CLOCK_WORDS,
    FAST_HEADS,
    HEAD_WORDS,
    KEYED_HEADS,
    RULE_GATES,
    RULE_WORDS,
    HeadForText,
    KeyedHead,
    _key_starts,
    _spans_at,
    absent_heads,
    ascii_digits,
    char_positions,
    has_other_digits,
    head_regex,
    lowered,
    scanner,
)
from .patterns import _H, AFTER, BEFORE, RULE_HEADS
from .patterns import HEADS as _HEADS
from .patterns import RULES as _RULES
from .resolve import Ctx
from .restate import restated_days
from .sites import RULE_CORES, TEXT_CORES, core_windows, site_windows, unit_sites

HANDLERS = {}
for _mod in (handlers, handlers_rel, handlers_span, handlers_fin, handlers_clock):
    for _k, _v in vars(_mod).items():
        if _k.startswith("h_"):
            HANDLERS[_k[2:]] = _v
# (name, regex) in priority order; the scanners find their matches (the gated regexes, the
# same matches, were compiled here for nothing: 64 ms of each start that dates text)
RULES = list(_RULES)
SCANS = {name: scanner(name, rx, RULE_GATES) for name, rx in _RULES}
HEADS = {name: head_regex(name, _H[name], rx) for name, rx in _HEADS.items()}
# (capitalised month and weekday names are rare letters already: narrowing them costs more)
NARROW = {name: HeadForText(_H[name]) for name in FAST_HEADS if name not in ("month", "weekday")}
# heads whose spans are found where their words stand (str.find), and the others whose
# absence the finder tests first with gates.HEAD_WORDS (the word finds test it already)
SPANS = {**NARROW, **{k: KeyedHead(HEADS[k], keys) for k, keys in KEYED_HEADS.items()}}
WORD_TESTED = {k for k in HEAD_WORDS if k not in SPANS or getattr(SPANS[k], "lead", "")}
_CLOCK_DIGITS = recache.compile(CLOCK_DIGITS[1], re.I) if CLOCK_DIGITS[0] == _H["clock"] else None
PRIORITY = {name: i for i, (name, _) in enumerate(RULES)}
# the digit-led heads with [0-9] for \d, for texts with no other digits (gates.ascii_digits)
ASCII_HEADS = {k: ascii_digits(HEADS[k]) for k in ("digit", "year4", "clock")}
_CLOCK_DIGITS_ASCII = ascii_digits(_CLOCK_DIGITS) if _CLOCK_DIGITS is not None else None

# the capitalised names (month, weekday) tried only where one of their words (all three
# letters long, case-sensitive) stands, found from their capitals by str.find (a regex
# scan opening with their class of capitals tested it at every character, ~50
# instructions each): head -> (first letters, words, their length)
CAPITALS = {k: ("".join(sorted({w[0] for w in words})), frozenset(words), len(words[0]))
            for k, words in ((k, HeadForText(_H[k]).keys) for k in ("month", "weekday"))
            if len({len(w) for w in words}) == 1}
# the decades' head tried where its words stand and, for its digit form ("1990s"), before
# each "0s" and "0's" (its regex, opening with a class of digits and ten letters, stopped
# at a third of the characters)
_DECADE_DIGITS = NARROW["decade"].lead == r"\d0'?s\b"

# rules whose value never depends on a reference date
ABSOLUTE_RULES = {"iso", "isoweek", "ymd_slash", "qyear", "century", "year", "spelled_year"}


# "quarter-to-quarter", "year-over-year", "day-by-day": a unit paired with itself
# modifies a comparison or a pace; it names no period (TimeML: not markable)
_PAIRED = recache.compile(r"-(?:to|over|on|by|after)-(?:second|minute|hour|day|night|week|month|"
                          r"quarter|season|year|decade)s?\b", re.I)


@dataclass
class Found:
    start: int
    end: int
    rule: str
    type: str
    value: str
    used_ref: bool
    ref_pos: int


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while b > a and text[b - 1] in " ,\t\n":
        b -= 1
    while a < b and text[a] in " \t\n":
        a += 1
    return a, b


def windows(text: str, head, spans: list[tuple[int, int]] | None = None
            ) -> list[tuple[int, int]]:
    """Merged stretches of text around the matches of head (or around spans, the
    matches of head already found), cut at spaces."""
    if spans is None:
        if head is None:
            return []
        spans = [m.span() for m in head.finditer(text)]
    if not spans:
        return []
    n = len(text)
    s, e = spans[0]
    ca, cb = max(0, s - BEFORE), min(n, e + AFTER)
    out: list[tuple[int, int]] = []
    for s, e in spans[1:]:
        if s - BEFORE <= cb:
            cb = min(n, e + AFTER)
        else:  # s - BEFORE > cb >= 0
            out.append((ca, cb))
            ca, cb = s - BEFORE, min(n, e + AFTER)
    out.append((ca, cb))
    res = []
    for a, b in out:
        if a > 0:
            sp = text.find(" ", a)
            a = sp + 1 if 0 <= sp < a + 30 else a
        if b < n:
            sp = text.find(" ", b)
            b = sp if 0 <= sp < b + 30 else b
        res.append((a, b))
    return res


def _head(key: str, text: str, low: str | None, plain: bool = False):
    """The head regex for this text: narrowed to the words the text holds where that is
    exact (see gates.HeadForText), else the full one; plain: the text has no decimal
    digits but 0-9, so the digit-led heads may read \\d as [0-9]."""
    if key in NARROW:
        return NARROW[key].regex(text, low)
    if key == "clock" and low is not None and _CLOCK_DIGITS is not None and not any(
            w in low for w in CLOCK_WORDS):
        return _CLOCK_DIGITS_ASCII if plain else _CLOCK_DIGITS
    if plain and key in ASCII_HEADS:
        return ASCII_HEADS[key]
    return HEADS[key]


DIGIT_HEADS = ("digit", "year4", "clock")
_FIRST_FORM = recache.compile(r"\(\?-i:(?:\[([^\]]*)\]|(\\d))\)\(\?:(.*)\)", re.S)
_BOTH_SCANS: dict[tuple[bool, bool], re.Pattern | None] = {}


def _both_scan(clock_words: bool, plain: bool) -> re.Pattern | None:
    """One regex for the three digit-led heads (each "(?-i:[firsts])(?:rest)", whose rest
    checks behind it which first character it opened with): it stops at the first
    characters of any, and a lookahead a head (named for it) holds that head's match
    there, if any; None when a head is not in that form."""
    key = (clock_words, plain)
    if key not in _BOTH_SCANS:
        rxs = [ASCII_HEADS[k] if plain else HEADS[k] for k in DIGIT_HEADS]
        if not clock_words:  # (as _head: no noon or midnight in the text)
            rxs[2] = _CLOCK_DIGITS_ASCII if plain else _CLOCK_DIGITS
        parts = [_FIRST_FORM.fullmatch(rx.pattern) for rx in rxs]
        if any(p is None for p in parts) or len({rx.flags for rx in rxs}) != 1:
            _BOTH_SCANS[key] = None
        else:
            firsts = "".join(p[1] or p[2] for p in parts)
            rests = [p[3] for p in parts]
            _BOTH_SCANS[key] = recache.compile(
                f"(?-i:[{firsts}])(?=" + "|".join(f"(?:{r})" for r in rests) + ")"
                + "".join(f"(?=(?P<{k}>{r})|)" for k, r in zip(DIGIT_HEADS, rests, strict=True)),
                rxs[0].flags)
    return _BOTH_SCANS[key]


def _digit_spans(text: str, low: str | None, plain: bool) -> dict[str, list[tuple[int, int]]]:
    """The spans of the digit, year4 and clock heads, each exactly its own finditer's,
    from one scan of the text: each head's own scan tested every character of the text
    (~35 instructions each, 0.3-0.45 M a 5 KB article a head). At each stop a head's
    match is kept unless it starts inside that head's last match, as finditer goes on."""
    clock_words = low is None or _CLOCK_DIGITS is None or any(w in low for w in CLOCK_WORDS)
    rx = _both_scan(clock_words, plain)
    if rx is None:
        return {k: [m.span() for m in _head(k, text, low, plain).finditer(text)]
                for k in DIGIT_HEADS}
    out: dict[str, list[tuple[int, int]]] = {k: [] for k in DIGIT_HEADS}
    ends = dict.fromkeys(DIGIT_HEADS, 0)
    for m in rx.finditer(text):
        p = m.start()
        for k in DIGIT_HEADS:
            e = m.end(k)
            if e >= 0 and p >= ends[k]:
                out[k].append((p, e))
                ends[k] = e
    return out


def _spans(key: str, text: str, low: str | None, plain: bool = False
           ) -> list[tuple[int, int]]:
    """The spans of the matches of head key in text."""
    if key in CAPITALS:
        firsts, words, n = CAPITALS[key]
        return _spans_at(HEADS[key], text, [i for i in char_positions(text, firsts)
                                            if text[i:i + n] in words])
    if key == "decade" and low is not None and _DECADE_DIGITS:
        head = NARROW[key]
        at = _key_starts(low, head.keys)[1]
        digits = [i - 1 for i in _key_starts(low, ("0s", "0's"))[1] if i > 0]
        return _spans_at(head.full, text, sorted(set(at).union(digits)) if digits else at)
    if key in SPANS:
        return SPANS[key].spans(text, low)
    head = _head(key, text, low, plain)
    return [m.span() for m in head.finditer(text)] if head is not None else []


def find(text: str, ctx: Ctx) -> list[Found]:
    cands = []
    n = len(text)
    low = lowered(text)
    wins_of: dict[str, list[tuple[int, int]]] = dict.fromkeys(absent_heads(low, WORD_TESTED),
                                                               [])
    seen = set()
    sites: dict[str, list[int]] | None = None
    plain = None  # no decimal digits but 0-9 (asked once, at the first head looked for)
    digits = None  # the digit-led heads' spans, all three found at the first asked for
    for name, _rx in RULES:
        key = RULE_HEADS[name]
        wins = wins_of.get(key)
        if wins is None:
            if plain is None:
                plain = not has_other_digits(text)
            if key in DIGIT_HEADS:
                if digits is None:
                    digits = _digit_spans(text, low, plain)
                spans = digits[key]
            else:
                spans = _spans(key, text, low, plain)
            if key == "unit" and low is not None:
                sites = unit_sites(text, low, spans)
            wins = wins_of[key] = windows(text, None, spans)
        if not wins:
            continue
        stops = None
        if low is not None:
            if sites is not None and name in sites:
                wins, stops = site_windows(wins, sites[name])
            elif name in RULE_CORES:
                wins = core_windows(RULE_CORES[name], low, wins)
            words = RULE_WORDS.get(name)
            if words is not None:
                keep = [i for i, (a, b) in enumerate(wins)
                        if any(low.find(w, a, b) >= 0 for w in words)]
                wins = [wins[i] for i in keep]
                stops = [stops[i] for i in keep] if stops is not None else None
        if name in TEXT_CORES:
            wins = core_windows(TEXT_CORES[name], text, wins)
        scan = SCANS[name]
        if stops is not None and name in RULE_GATES:
            found = (m for (a, b), stop in zip(wins, stops, strict=True)
                     for m in scan(text, a, b, stop))
        else:
            found = (m for a, b in wins for m in scan(text, a, b))
        for m in found:
            a, b = m.span()
            if (name, a, b) in seen:
                continue
            seen.add((name, a, b))
            if a == b:
                continue
            a, b = _strip(text, a, b)
            if a > 0 and (text[a - 1].isalnum() or text[a - 1] == "_"):
                continue
            if b < n and text[b].isalnum() and text[b - 1].isalnum():
                continue
            if b < n and text[b] == "-" and _PAIRED.match(text, b):
                continue  # "the quarter-to-quarter change": a way of comparing, no period
            cands.append((-(b - a), PRIORITY[name], a, b, name, m))
    cands.sort(key=lambda c: (c[0], c[1], c[2]))
    starts: list[int] = []
    ends: list[int] = []
    out: list[Found] = []
    for _neg, _p, a, b, name, m in cands:
        i = bisect_left(starts, a)
        if i > 0 and ends[i - 1] > a:
            continue
        if i < len(starts) and starts[i] < b:
            continue
        ctx.used_ref = False
        try:
            res = HANDLERS[name](m, ctx)
        except (ValueError, OverflowError, KeyError, IndexError, TypeError):
            res = None  # an impossible date ("Sept. 31", year 0): not a dated phrase
        if res is None:
            continue
        pieces = res if isinstance(res, list) else [res]  # a list: one phrase each (1961-62)
        for res in pieces:
            pa, pb = a, b
            if len(res) >= 3:  # the handler trimmed the span ("the third-quarter")
                pa = res[2]
            if len(res) == 4:
                pb = res[3]
            j = bisect_left(starts, pa)
            starts.insert(j, pa)
            ends.insert(j, pb)
            out.append(Found(pa, pb, name, res[0], res[1], ctx.used_ref, m.start()))
    out.sort(key=lambda f: f.start)
    _day_shift(out, text)
    out = _join_appositive_dates(out, text)
    restated_days(out, text)
    out = _drop_pointer_adverbs(out, text)
    return anaphora.fill(out, text)


_GAP = recache.compile(r"[ \t]*(?:,[ \t]*)?(?:on|in|at)?[ \t]*")


def _drop_pointer_adverbs(out: list[Found], text: str) -> list[Found]:
    """'most recently last October': 'recently' only points at the date that follows
    it, which is the dated phrase; it is not a second, vague one."""
    keep = []
    for i, f in enumerate(out):
        if (f.value == "PAST_REF" and i + 1 < len(out)
                and text[f.start:f.end].lower() == "recently"
                and out[i + 1].type in ("DATE", "TIME")
                and _GAP.fullmatch(text, f.end, out[i + 1].start)):
            continue
        keep.append(f)
    return keep


_APPOSITION = recache.compile(r",[ \t]*")
_WEEKDAY_DEIXIS = recache.compile(r"(?<![\w-])(?:[Tt]his\s+coming|[Tt]his|[Nn]ext|[Ll]ast|[Cc]oming)"
                                  r"\s+$")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _weekday_of(value: str) -> str | None:
    """The weekday's name, or None for a day no calendar has (a year-less 29 February
    resolved into a common year is kept as written)."""
    try:
        return _WEEKDAYS[date.fromisoformat(value).weekday()]
    except ValueError:
        return None


def _join_appositive_dates(out: list[Found], text: str) -> list[Found]:
    """'this coming Sunday, May 22': a date in apposition to the weekday it falls on
    names the same day, so the two are one phrase (as 'Sunday, May 22' already is)."""
    keep: list[Found] = []
    for f in out:
        prev = keep[-1] if keep else None
        if (prev is not None and prev.rule == "weekday" and prev.type == "DATE"
                and f.type == "DATE" and _is_day(f.value)
                and _APPOSITION.fullmatch(text, prev.end, f.start)
                and (_weekday_of(f.value) or "-") in text[prev.start:prev.end].lower()):
            f.start = prev.start
            keep[-1] = f
            continue
        if f.type == "DATE" and _is_day(f.value) and _ends_with(
                text, max(0, f.start - 16), f.start, ("his", "ext", "ast", "oming")):
            m = _WEEKDAY_DEIXIS.search(text, max(0, f.start - 16), f.start)
            if m and _weekday_of(f.value) \
                    == text[f.start:f.start + 9].split(",")[0].strip().lower():
                f.start = m.start()  # "next Friday, May 20": one phrase from "next"
        keep.append(f)
    return keep


_DAY_SHIFT = recache.compile(r"(?:(?<![\w-])(?P<the>[Tt]he)\s+|(?<![\w,-] )(?<![\w-]))"
                             r"day\s+(?P<dir>before|after)\s+$")


def _is_day(value: str) -> bool:
    """A value of one day, YYYY-MM-DD (\\d{4}-\\d\\d-\\d\\d in full; \\d is what
    str.isdecimal holds): asked of every dated phrase up to three times, where a regex
    call cost ~20 times this test."""
    return len(value) == 10 and value[4] == "-" and value[7] == "-" and (
        value[:4] + value[5:7] + value[8:]).isdecimal()


def _ends_with(text: str, a: int, b: int, words: tuple[str, ...]) -> bool:
    """text[a:b] without its trailing white space ends with one of words: what a regex
    ending in words, then \\s+$, needs before it is searched there (most dated
    phrases have none of them before them)."""
    return text[a:b].rstrip().endswith(words)


def _day_shift(out: list[Found], text: str) -> None:
    """'the day before last Tuesday' is one phrase a day off its date; 'a day before
    Tuesday' stays a duration plus a date. 'The' is left out when the date is a
    possessor ('the day before Tuesday's hearing': 'the' goes with 'hearing')."""
    prev_end = 0
    for f in out:
        m = None
        if f.type == "DATE" and _is_day(f.value) and _ends_with(
                text, max(prev_end, f.start - 20), f.start, ("before", "after")):
            m = _DAY_SHIFT.search(text, max(prev_end, f.start - 20), f.start)
        prev_end = f.end
        if m is None:
            continue
        d = date.fromisoformat(f.value) + timedelta(-1 if m["dir"] == "before" else 1)
        poss = text.startswith("'s", f.end)
        f.start = m.start("the") if m["the"] and not poss else m.start("dir") - 4
        f.value = d.isoformat()
