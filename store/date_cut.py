"""The words that go with a date phrase taken out of a title: the preposition that led to it
("in", "on the evening of"), a word that only qualified it ("as early as", "late"), and the
other end of a range or choice ("or next", a clock's zone). Deciding whether the date goes at
all is store/date_stays.py; the rest of the title is store/mention_titles.py."""

from __future__ import annotations

import re

from . import recache

_COORDINATED = recache.compile(
    r"\b(?:(?:the|this|last|next)\s+)?(?:\d{1,4}(?:st|nd|rd|th|s)?|first|second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
    r"(?:\s+\d{1,2})?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|"
    r"autumn|fall|winter|today|tonight|yesterday|tomorrow)\s*(?:and|or|to|through|until|till|"
    r"[-–—])\s*(?:the\s+)?$",
    re.IGNORECASE)
_PREPOSITION = recache.compile(r"\b(?:in|on|at|during|since|from|by|of|for|until|till|through|between|"
                               r"over|throughout|within|"
                               r"before|after|around|than|as\s+of|prior\s+to|ahead\s+of|(?:well\s+)?into|"
                               # "in the 24 hours up to [midnight on Thursday]" (not "the lead-up to")
                               r"(?:(?<=hours )|(?<=days )|(?<=weeks )|(?<=months )|(?<=period ))up\s+to)"
                               r"(?:\s+the)?\s*$", re.IGNORECASE)
# rarer endings, tried only when the text ends the way they need (each alternative of a
# $-anchored pattern is tried at every position of the tail)
_OR_NEXT = recache.compile(r"\s+(?:or|and)\s+(?:the\s+)?(?:(?:early\s+|late\s+)?next|following|the\s+year\s+after|"
                           r"(?:early\s+|late\s+)?(?:spring|summer|autumn|fall|winter)|"
                           r"[’']?\d0s|"  # "in [the 1960s] and 70s"
                           r"(?<=or\s)(?:two|three|so))"  # "in [the last day] or two"
                           r"(?:\s+(?:year|month|week|one))?\b(?![\w’'-])", re.IGNORECASE)
# a clock time's zone and its time elsewhere, which go with it
_ZONE_AFTER = recache.compile(r"\s+(?:local\s+time|(?:GMT|BST|UTC|ET|EST|EDT|PT|PST|CET)\b)"
                              r"(?:\s*\(\s*\d{1,2}[:.]?\d\d\s*(?:[ap]\.?m\.?\s*)?(?:GMT|BST|UTC|ET)?\s*\))?")
_CLOCK_PHRASE = recache.compile(r"\d{3,4}|\d[:.]\d\d|[ap]\.?m\b")
_PART_OF = recache.compile(r"\b(?:on|in|at|by|during|until)\s+the\s+(?:evening|morning|afternoon|night|"
                           r"eve|day|weekend|week|end|start|beginning|middle)\s+of\s*$", re.IGNORECASE)
_RANGE_START = recache.compile(r"\b(?:early|mid|late)-(?:to-)?$", re.IGNORECASE)  # "the mid-to-[late 90s]"
_PERIOD_ENDED = recache.compile(r"(?<=months )ended\s*$|(?<=weeks )ended\s*$|(?<=quarter )ended\s*$")
_RANGE_HEAD = recache.compile(r"(?<=\s)\d{2,4}\s*[-–/]\s*$")
# (or "Back in [1979], Pemex tried ...": "back" opening a clause only led to the date; not
# "came back [on Monday]")
_DATE_ADVERB = recache.compile(r"(?:\b(?:only|just|even)|(?:^|(?<=[,;:—]\s))(?:way\s+)?back)\s*$",
                               re.IGNORECASE)
# words that only led to the date and dangle without it: "as early as [next week]", "until at
# least [2010]", "in late [January]", "compared with the previous [month]", "late on [Monday]"
# (else "on Mexican TV late President X": "late" would name the dead)
_DATE_LEAD = recache.compile(r"(?:\bas\s+(?:early|late|soon|recently|long\s+ago|far\s+back)\s+as|"
                             r"\b(?:in\s+|during\s+)?the\s+week\s+(?:beginning|starting|commencing|"
                             r"ending)|"
                             r"\bat\s+(?:the\s+)?(?:least|earliest|latest|most)|"
                             r"\b(?:in\s+)?(?:late|early|mid)|\bthe\s+(?:previous|following)|"
                             r"\b(?:late|early|later|earlier)\s+(?:on|in)(?:\s+the)?)\s*$",
                             re.IGNORECASE)


# what a preposition's date leaves before it, that only led to the date: "at least [through
# the first half]", "the project back [in 1993]" (not "came back [in May]": a verb's)
_LEFT_LEAD = recache.compile(r"(?:\s+at\s+least|(?<=[a-z]\s)back)\s*$")
_VERB_BEFORE_BACK = recache.compile(r"(?:[a-z]+(?:ed|ing)|come|came|comes|go|goes|went|gone|get|gets|"
                                    r"got|fly|flew|flies|bring|brings|brought|bought|buy|buys|look|"
                                    r"looks|move|moves|fight|fights|fought|bounce|bounces|pay|pays|"
                                    r"paid|give|gives|gave|take|takes|took|set|sets|put|puts|turn|"
                                    r"turns|head|heads|run|runs|ran|write|writes|wrote|call|calls|"
                                    r"hit|hits|fall|falls|fell|cut|cuts|hold|holds|held|be|is|are|was|"
                                    r"were|been|date|dates|trace|traces|sit|sat|stay|stays|step|"
                                    r"steps|sign|signs|roll|rolls)\s+back\s*$")


def cut_left_lead(before: str) -> str:
    """`before`, cut by `cut_preposition`, without an "at least" or a noun's "back" that led
    only to the preposition's date."""
    if not (before.endswith(("least ", "back ", "least", "back"))):
        return before
    m = _LEFT_LEAD.search(before[-20:])
    if m is None or (m[0].strip() == "back" and _VERB_BEFORE_BACK.search(before[-20:])):
        return before
    return before[:len(before) - len(before[-20:]) + m.start()].rstrip() + " "


def cut_preposition(before: str) -> str:
    """`before` without the words that only led to the date ("in", "on the evening of")."""
    end = before.rstrip()
    if end.endswith("-"):
        before = cut_tail(before, _RANGE_START)
    elif end.endswith("ended"):
        return cut_tail(before, _PERIOD_ENDED)
    elif end.endswith(" of"):
        cut = cut_tail(before, _PART_OF)
        if cut is not before:
            return cut
    cut = cut_tail(before, _PREPOSITION)
    if cut.rstrip().endswith("ended"):  # "in the three months ended [in] [September]"
        return cut_tail(cut, _PERIOD_ENDED)
    return cut


def cut_tail(s: str, ending: re.Pattern) -> str:
    """`s` without what `ending` (a pattern anchored at $) matches at its end; searched in
    the last 60 characters only, as a $-anchored search tries every start (124 us on a
    600-character sentence, against 6)."""
    tail = s[-60:]
    if len(tail) < len(s):  # start at a word, not inside one
        tail = tail[tail.find(" ") + 1:]
    last = _LAST_CHARS.get(ending)
    if last is not None and tail.rstrip()[-1:] not in last:
        return s  # (the text ends on no character the pattern's last word can end on)
    words = _MAX_WORDS.get(ending)
    if words is not None and len(parts := (end := tail.rstrip()).rsplit(None, words)) > words:
        # no match spans more than the last `words` words: search from where they start
        m = ending.search(tail, len(end) - len(end[len(parts[0]):].lstrip()))
    else:
        m = ending.search(tail)
    return s[: len(s) - len(tail) + m.start()] if m else s


# the characters that can end a match of these $-anchored patterns, trailing whitespace aside
# (under IGNORECASE only the Kelvin sign matches a letter of theirs beyond its two cases)
_LAST_CHARS = {_COORDINATED: frozenset("dDrRoOhHlLeE-–—"),  # and, or, to, ..., the
               _DATE_ADVERB: frozenset("yYtTnNkK\u212a")}  # only, just, even, back
# the most whitespace-separated words a match of these spans ("prior to the", "as long ago as")
_MAX_WORDS = {_PREPOSITION: 3, _DATE_LEAD: 4}
