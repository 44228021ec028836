"""Window tests: which head windows can hold a match of a rule at all.

A rule is tried only in the windows around its head (finder.windows), but most of
those windows hold none of its matches: the "unit" head finds every "day", "year"
and "morning" (28% of a news text lies in its windows), while a duration needs a
number right before its unit and "the following year" needs one of six words. Trying
the rule's regex over such a window costs as much as over one that matches (most of
tag()'s time went there), so the finder first asks a cheaper question whose "no" is
certain:

- site tests (unit rules): every match of these rules holds a unit word that the unit
  head finds (it follows a space or hyphen, so it starts a word), with a word of a
  known set right before it (across spaces and hyphens) or "long" right after it. The
  test looks at those few characters around each unit head match;
- cores (other rules): a plain regex every match of the rule contains ("4 and 5" in
  "April 4 and 5"), searched in the window in C.

Both are necessary conditions only, so a window they keep is searched as before and
one they drop holds no match: the finder's output is the same
(tests/test_timex_gates.py checks each on adversarial text). They read the lowered
text, so they are skipped (every window kept) when gates.lowered gives None.
"""

from __future__ import annotations

import re

from .. import recache
from .lexicon import ONES, TENS

# the last word of every number a duration can count with (patterns.NUM, VAGUE_NUM)
_NUM_END = tuple(ONES) + tuple(TENS) + (
    "a", "an", "hundred", "thousand", "dozen", "half", "of", "few", "several", "many", "some",
    "numerous")
# the words a duration allows between its number and its unit ("five more days")
_DUR_MOD = ("more", "additional", "full", "straight", "consecutive", "long", "trading",
            "business", "working")
_UNITS = frozenset(("second", "minute", "hour", "day", "week", "month", "quarter", "year",
                    "decade", "centur"))

# rule -> (words one of which ends the text right before the unit, across spaces and
# hyphens; unit head words the rule's unit can be; digits count as a number)
SITE_BEFORE: dict[str, tuple[tuple[str, ...], frozenset[str], bool]] = {
    "duration": (_NUM_END + _DUR_MOD, _UNITS, True),
    "duration_vague": (("past", "last", "next", "coming", "recent", "previous", "following",
                        "ensuing", "first", "early", "few", "several", "of"), _UNITS, False),
    "relunit": (("this", "last", "next", "past", "coming", "current", "previous", "following",
                 "same", "the", "that"),
                frozenset(("week", "month", "year", "decade", "centur", "day")), False),
    "anaphor": (("that", "same", "following", "previous", "preceding", "next"),
                _UNITS - {"second", "minute", "hour"}
                | {"morning", "afternoon", "evening", "night"}, False),
    "fiscal_year": (("the", "current", "full", "latest", "last", "previous", "past", "next",
                     "same", "entire", "whole", "fiscal", "financial", "calendar"),
                    frozenset(("year",)), False),
}
# rule -> a word that follows the unit within a few characters ("day-long", "years long")
SITE_AFTER: dict[str, tuple[str, int]] = {"long_adj": ("long", 12)}


def unit_sites(text: str, low: str, spans: list[tuple[int, int]]) -> dict[str, list[int]]:
    """rule -> the starts of the unit head matches (spans) where that rule can match."""
    out: dict[str, list[int]] = {name: [] for name in SITE_BEFORE}
    out.update({name: [] for name in SITE_AFTER})
    for p, q in spans:
        word = low[p:q]
        i = p
        while i > 0 and (text[i - 1].isspace() or text[i - 1] == "-"):
            i -= 1
        if i < p:
            digit = text[i - 1].isdecimal() if i > 0 else False
            for name, (words, units, digits) in SITE_BEFORE.items():
                if word in units and (digits and digit or low.endswith(words, 0, i)):
                    out[name].append(p)
        for name, (w, reach) in SITE_AFTER.items():
            if word in _UNITS and low.find(w, q, q + reach) >= 0:
                out[name].append(p)
    return out


_MON = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
# rule -> (regex every match contains, searched in the lowered text)
RULE_CORES: dict[str, re.Pattern] = {
    "dayand": recache.compile(r"\d(?:st|nd|rd|th)?\s+(?:and|or|&)\s+\d"),
    "week_of": recache.compile(r"week\s+of\s+[jfmasond]"),
    "dmy": recache.compile(r"\d(?:st|nd|rd|th)?\s+(?:of\s+)?[jfmasond]"),
    "year_range": recache.compile("\\d\\d\\d\\d(?:\\s?[-\u2013]\\s?|/)\\d\\d"),
    "midday": recache.compile(r"mid-?\s?(?:morning|afternoon|evening|day)|\d\s+(?:in\s+the\s+"
                              r"(?:morning|afternoon|evening)|at\s+night)"),
    "relpod": recache.compile(r"(?:last|this|tomorrow|yesterday)\s+(?:morning|afternoon|evening|"
                              r"night|overnight)"),
    "dayafter": recache.compile(r"day\s+(?:before\s+yesterday|after\s+tomorrow)"),
    # a month name, then a year, "this/last/next year" or a spelled year; then a day
    "month_year": recache.compile(_MON + r"[a-z]*\.?\s*,?\s+(?:of\s+)?(?:[12]|this|last|next|"
                                  r"nineteen|eighteen|twenty|two)"),
    "mdy": recache.compile(_MON + r"[a-z]*\.?\s*\d"),
}
# rule -> regex every match contains, searched case-sensitively in the text itself
TEXT_CORES: dict[str, re.Pattern] = {
    "holiday": recache.compile(r"Christmas|New\s+Year's|Thanksgiving|Independence\s+Day|Halloween|"
                               r"Valentine's\s+Day|Boxing\s+Day|Bastille\s+Day|Labor\s+Day|"
                               r"Memorial\s+Day|Election\s+Day|Easter"),
}


def site_windows(wins: list[tuple[int, int]], starts: list[int]
                 ) -> tuple[list[tuple[int, int]], list[int]]:
    """The windows holding one of the sorted positions starts, and in each the last
    of them: a match holds one, so none starts after it."""
    out: list[tuple[int, int]] = []
    last: list[int] = []
    j, n = 0, len(starts)
    for a, b in wins:
        while j < n and starts[j] < a:
            j += 1
        if j == n:
            break
        if starts[j] < b:
            while j + 1 < n and starts[j + 1] < b:
                j += 1
            out.append((a, b))
            last.append(starts[j])
    return out, last


def core_windows(core: re.Pattern, hay: str, wins: list[tuple[int, int]]):
    """The windows in which core has a match (searched in them only: the windows of
    these heads cover a fifth of the text at most)."""
    return [(a, b) for a, b in wins if core.search(hay, a, b) is not None]
