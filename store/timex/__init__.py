"""Find and resolve dated phrases in news text (TimeML TIMEX3 values).

    tag(text, dct)   -> [Timex]   every dated phrase, sorted, non-overlapping
    parse_when(s, today) -> Timex | None   a date a user types
    span_of_value(value) -> (start, end, granularity) | None

Modules, one job each:
  lexicon      word lists (months, weekdays, number words, units, seasons)
  patterns     the finder's regexes, one per rule, and the head words that gate them
  finder       run the rules around their heads, resolve, keep the longest non-overlapping
  gates        faster exact forms of the rules' and heads' regexes (same matches), and
               word tests that skip heads and windows which cannot match
  handlers*    one resolver per rule: dates and years (handlers), weekdays, quarters,
               seasons, today/tonight (handlers_rel), this/last/next + unit, "N ago",
               durations (handlers_span), financial periods (handlers_fin), sets, vague
               references, clock times, holidays (handlers_clock)
  resolve      reference-date arithmetic (year of a month-day, weekday of a week)
  tense        does the clause point forward or back?
  anaphora     "that year", "the next morning" against the previous dated phrase
  reftime      passage dates on live-updates pages; page furniture of a later crawl
  values       value <-> calendar span; when: user-typed dates; __main__: the command

Conventions (TimeML/TIMEX3): granularity is kept ("last May" -> 2015-05, no invented
day); ISO weeks (2016-W12); decades 199X (the 1990s, as DESIGN.md's values and AQUAINT write them; TimeBank
writes 199); centuries 19; parts of day as suffixes
(2016-03-27TMO); vague references PAST_REF / PRESENT_REF / FUTURE_REF; durations P5D,
PT24H, PXY ("for months"; "in recent months" is PAST_REF); sets P1Y, XXXX-WXX-2; "this century" P100Y;
holiday weeks ("Easter week") the ISO week holding the holiday; "the day before X" is
one phrase a day off X; a date in apposition to its weekday ("next Friday, May 20") is
one phrase. Not time expressions: a unit paired with itself ("quarter-to-quarter",
"year-over-year"), "the early hours" (a time of night, not a length), a sentence-opening
"Now," that turns an argument ("Now, the question is"). "The quarter ended in June" is
the calendar quarter holding June. Where TimeBank and
AQUAINT disagree on a span or value, the convention most of their combined gold
follows wins (weekday spans leave "late"/"earlier" out, "earlier this week" keeps it).

Year-less dates follow the clause's tense: a past or present-perfect clause means
the latest such month/day on or before the reference date, a future one the next;
only with no tense cue (or a deadline: by, until, effective) does the closest win.
A past verb that only tells of a date's announcing or cancelling ("The 8 October
concert was announced") and "as planned" are no cues.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass

from .values import span_of_value


@dataclass(frozen=True)
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str
    start_date: str | None
    end_date: str | None
    granularity: str | None
    anchor: str | None
    anchor_date: str | None


def _as_date(d) -> _dt.date | None:
    if d is None:
        return None
    if isinstance(d, _dt.datetime):
        return d.date()
    if isinstance(d, _dt.date):
        return d
    return _dt.date.fromisoformat(str(d)[:10])


def _make(text: str, f, ctx) -> Timex:
    span = span_of_value(f.value) if f.type in ("DATE", "TIME") else None
    anchor = anchor_date = None
    if f.used_ref:
        lab = ctx.label(f.ref_pos)
        if lab is not None:
            anchor, d = lab
            anchor_date = d.isoformat()
    return Timex(f.start, f.end, text[f.start:f.end], f.type, f.value,
                 span[0] if span else None, span[1] if span else None,
                 span[2] if span else None, anchor, anchor_date)


def tag(text: str, dct: _dt.date | None, lang: str = "en") -> list[Timex]:
    """Dated phrases of text resolved against dct (the publication date).

    With dct None only absolute dates resolve; relative ones get X values.
    """
    from .finder import find
    from .reftime import passage_anchors
    from .resolve import Ctx

    if not text:
        return []
    dct = _as_date(dct)
    ctx = Ctx(text, dct)
    found = find(text, ctx)
    if dct is not None:
        anchors = passage_anchors(text, found, dct)
        if anchors:
            ctx = Ctx(text, dct, anchors)
            found = find(text, ctx)
    return [_make(text, f, ctx) for f in found]


def to_json(t: Timex) -> dict:
    return {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value,
            "start_date": t.start_date, "end_date": t.end_date,
            "granularity": t.granularity, "anchor": t.anchor}


def parse_when(s: str, today: _dt.date) -> Timex | None:
    """A date a user types ("2016-03", "last May", "15 March 2016") -> its Timex, or None."""
    from .when import parse_when as _pw

    return _pw(s, _as_date(today))


__all__ = ["Timex", "tag", "to_json", "parse_when", "span_of_value"]
