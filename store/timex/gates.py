"""Cheap entry tests in front of the finder's slowest regexes, so that they fail fast.

Most rules are compiled case-insensitive and open with several optional groups
("the", "past", "about", a number word...). Python's regex engine then tries the
whole pattern at every position of a window, which made the unit rules (durations,
"N ago", "this week") most of the cost of tag(). A gate is a case-sensitive
lookahead listing the first two letters every match of the rule must start with;
where it fails the engine moves on at once. A gate only states a necessary
condition, so a gated rule matches exactly where the ungated one does, with the
same groups (tests/test_timex_gates.py checks this on adversarial text).

How a gate is built from a list of first letters or words is store/timex/gate_build.py.
"""

from __future__ import annotations

import codecs
import re
from functools import lru_cache

from .. import recache
from .gate_build import _FOLD, Gate, _cls, gate, prefix_gate
from .lexicon import MONTHS, ONES, TENS, WEEKDAYS
from .patterns import _ABBR as _MONTH_ABBR

# Whole opening words of the unit rules (each is followed by a space or hyphen).
_APPROX_W = ["more", "less", "fewer", "nearly", "almost", "around", "approximately", "roughly",
             "at", "up", "no", "well", "close", "some", "a", "slightly", "little", "upwards", "as",
             "about", "barely", "scarcely", "over", "under"]
_NUM_W = list(ONES) + list(TENS) + ["a", "an"]
_VAGUE_W = ["a", "few", "several", "many", "some", "numerous", "dozens"]
_ADJ_W = ["the", "these", "those", "past", "last", "next", "first", "coming", "previous",
          "following", "final", "latest", "remaining", "initial", "ensuing", "same", "better",
          "entire", "whole", "full", "preceding", "year-earlier", "year-ago", "comparable"]
_POS_W = ["early", "late", "mid", "middle", "the", "beginning", "start", "end", "close",
          "turn", "first", "second", "last", "latter", "later", "earlier"]
# first words of POS (patterns.py): every match of a rule opening with POS starts so
_POS_THE = ["beginning", "start", "end", "middle", "close", "turn", "first", "second", "last",
            "latter", "early", "later"]
_POS_FIRST: list = (["early", "late", "mid", "middle", ("the", _POS_THE)]
                    + [(w, ["of"]) for w in ("beginning", "start", "end", "close", "turn")]
                    + [(w, ["half", "part"]) for w in ("first", "second", "last", "latter",
                                                       "later")])
_REL_FIRST = ["last", "this", "next", "past", "coming"]
_THE_W = ["the", "these", "those"]
_DUR_W = [w for w in _ADJ_W if w not in _THE_W] + _APPROX_W + _NUM_W + _VAGUE_W
# APPROX (patterns.py) opened: a word that opens it only before certain words is a pair
# (word, next words), so "as" is a candidate in "as long as" and not in "as the"
_OVER = ["over", "under", "more", "less"]
_APPROX_OPEN: list = [w + "~" for w in ("nearly", "almost", "around", "approximately", "roughly",
                                        "some", "a", "about", "barely", "scarcely", "over",
                                        "under")] + [
    ("more", ["than"]), ("less", ["than"]), ("fewer", ["than"]), ("at", ["least", "most"]),
    ("up", ["to"]), ("no", ["more", "less"]), ("well", _OVER), ("slightly", _OVER),
    ("little", ["more", "less"]), ("upwards", ["of"]), ("as", ["long", "little", "many", "much"]),
    ("close", ["to"])]
_RELUNIT_THE = ["past", "last", "coming", "current", "previous", "following", "next", "same",
                "week", "weekend", "month", "year", "decade", "century", "day"]
_VAGUE_ADJ = ["past", "last", "next", "coming", "recent", "previous", "following", "ensuing",
              "first", "early"]
_DET_W = ["this", "last", "next", "the", "past", "coming", "current", "previous", "following",
          "that"]

# First letters of the optional openings the patterns share (see patterns.py).
_NUM = ["ze", "on", "tw", "th", "fo", "fi", "si", "se", "ei", "ni", "te", "el"]
_NUM_RAW = (r"\d", r"[aA][\s\-]", r"[aA][nN]")  # digits; "a", "an", "a couple", "a few"
_APPROX = ["mo", "le", "fe", "ne", "al", "ar", "ap", "ro", "at", "up", "no", "we", "cl", "so",
           "sl", "li", "as", "ab", "ba", "sc", "ov", "un"]
_VAGUE = ["fe", "se", "ma", "so", "nu", "do"]
_POS = ["ea", "la", "mi", "th", "be", "st", "en", "cl", "tu", "fi", "se"]
_REL = ["la", "th", "ne", "pa", "co"]
_UNIT = ["se", "mi", "ho", "da", "we", "mo", "qu", "ye", "de", "ce"]
# Month and weekday names are matched case-sensitively, capitalised or in capitals: a
# weekday opens with one of these capitals and then the two letters of its three-letter
# stem, a month with its full name or an abbreviation, so a capital that opens any other
# word ("Mr", "According", "Maria") is no candidate
_WEEKDAY_STEMS = tuple(d[:3] for d in WEEKDAYS)


def _stems(stems: tuple[str, ...]) -> str:
    """A raw gate alternative: the stems' capitals, then any stem's rest as written or in
    capitals (a superset of the stems: a gate only states a necessary condition)."""
    rests = sorted({w[1:] for w in stems} | {w[1:].upper() for w in stems})
    return "[" + "".join(sorted({w[0] for w in stems})) + "](?:" + "|".join(rests) + ")"


def _names(full: list[str], abbrs: list[str]) -> str:
    """A raw gate alternative for MONTH (patterns.py): a full name as written or in
    capitals, or an abbreviation so written then a period or the word's end."""
    rests = sorted({w[1:] for w in full} | {w[1:].upper() for w in full})
    short = sorted({w[1:] for w in abbrs} | {w[1:].upper() for w in abbrs})
    return ("[" + "".join(sorted({w[0] for w in full + abbrs})) + "](?:" + "|".join(rests)
            + "|(?:" + "|".join(short) + r")(?:\.|\b))")


_MONTH_RAW = _names(MONTHS, _MONTH_ABBR)
_WEEKDAY_RAW = _stems(_WEEKDAY_STEMS)

# a year opening a match: four digits (patterns.YEAR) and no word character, % or /
# after them (the year rule's own lookahead), not every 1 and 2 of every number
_YEAR_RAW = r"[12]\d\d\d(?![\w%/])"
# a day number opening a dmy match (patterns.DAYNUM, then "of" and a capitalised month)
_DAY_RAW = (r"[0-9]\d?(?:" + "|".join("".join(_cls(c) for c in x) for x in ("st", "nd", "rd", "th"))
            + r")?\s+(?:" + "".join(_cls(c) for c in "of") + r"\s+)?[ADFJMNOS]")
_DECADES = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
            "nineties"]

RULE_GATES: dict[str, Gate] = {
    "duration": prefix_gate([w + "~" for w in _ADJ_W + _NUM_W + _VAGUE_W if w not in _THE_W]
                            + _APPROX_OPEN
                            + [(t, [w + "~" for w in _DUR_W] + [r"\d"]) for t in _THE_W],
                            (r"\d",)),
    "ago": prefix_gate(_APPROX_OPEN + [w + "~" for w in ["about"] + _NUM_W + _VAGUE_W],
                       (r"\d",)),
    "relunit": prefix_gate([w for w in _POS_W + _DET_W if w != "the"]
                           + [("the", _POS_THE + _RELUNIT_THE)]),
    "anaphor": prefix_gate(["earlier", "later", "early", "late", "that",
                            ("the", ["same", "following", "previous", "preceding", "next"])]),
    "ago_bare": prefix_gate(_APPROX_OPEN + [w + "~" for w in ("years", "months", "weeks", "days",
                                                              "decades")]),
    "year": prefix_gate(_POS_FIRST + ["fiscal", "financial", "fy", "calendar", ("the", ["year"]),
                                      "model", "post-", "pre-"], (_YEAR_RAW,)),
    "month": prefix_gate(_POS_FIRST + _REL_FIRST, (_MONTH_RAW,)),
    "month_year": prefix_gate(_POS_FIRST, (_MONTH_RAW,)),
    "mdy": prefix_gate(_POS_FIRST, (_MONTH_RAW, _WEEKDAY_RAW)),
    "dmy": prefix_gate([("the", [r"\d"])], (_WEEKDAY_RAW, _DAY_RAW)),
    "fiscal_year": prefix_gate([("the", ["current", "full", "latest", "last", "previous", "past",
                                         "next", "same", "entire", "whole", "fiscal",
                                         "financial", "calendar", "year"])]
                               + [(r, ["fiscal", "financial"]) for r in ("this", "last", "next")]),
    "plural_unit": prefix_gate(["seconds", "minutes", "hours", "days", "weeks", "months", "years",
                                "decades", "centuries"]),
    "year_range": gate(["fy", "fi"], ("[12]",)),
    "duration_vague": prefix_gate(_VAGUE_ADJ + [("the", _VAGUE_ADJ)]),
    "weekday": prefix_gate(["early", "late"] + _REL_FIRST, (_WEEKDAY_RAW,)),
    "relday": prefix_gate(["early", "earlier", "late", "morning", "afternoon", "evening", "night",
                           "overnight", "yesterday", "today", "tomorrow", "tonight"]),
    "relpod": prefix_gate(["early", "earlier", "late", "last", "this", "tomorrow", "yesterday"]),
    "short_year": gate([], ("[']",)),
    "decade": prefix_gate([("the", ["early", "mid", "late", r"\d", "'", *_DECADES]), "early",
                           "mid", "late", *_DECADES], ("[12']",)),
}

# Heads that open with a word boundary fail fast already; gating them costs more than
# it saves. These two open with a digit test under IGNORECASE.
HEAD_GATES: dict[str, Gate] = {
    "clock": gate(["no", "mi"], (r"\d",)),
    "digit": gate(["q"], (r"\d",)),
}


# Rules that could match an empty string (none now; tests/test_timex_gates.py keeps this
# set equal to what the parser says: parsing the 46 rules again at every start cost ~13 ms)
MAY_MATCH_EMPTY: frozenset[str] = frozenset()


def gated(name: str, rx: re.Pattern, gates: dict[str, Gate]) -> re.Pattern:
    g = gates.get(name)
    if g is None:
        return rx
    return recache.compile(g.lookahead + "(?:" + rx.pattern + ")", rx.flags)


def scanner(name: str, rx: re.Pattern, gates: dict[str, Gate]):
    r"""scan(text, a, b): the matches of rule NAME in text[a:b] that open a word, exactly
    those of finditer(text, a, b) of gated(...) behind (?<!\w), found faster. Python's
    engine cannot skip ahead to a gate (a lookahead): it tries the whole pattern at every
    position. Here a regex that opens with the gate's first characters as a plain class
    (which the engine skips to in C) and then checks the gate finds the only positions
    where a match can start, and the rule is tried there alone, leftmost first, going on
    after each match's end as finditer does. Only word starts are candidates: the finder
    drops a match that opens inside a word, and the letters inside words were most of
    the class's stops (each one a test of the gate's ~50 alternatives); such a match also
    hid the phrase it overlapped ("upcoming November": "coming November" from inside the
    word, dropped, then no "November"). Rules that could match an empty string
    (MAY_MATCH_EMPTY) keep finditer."""
    g = gates.get(name)
    if g is None:
        return rx.finditer
    if name in MAY_MATCH_EMPTY:
        return gated(name, rx, gates).finditer
    cands = recache.compile(f"(?-i:[{g.firsts}])(?<!\\w.)(?<={g.literal or g.lookahead}(?s:.))",
                            rx.flags).finditer
    match = rx.match

    def scan(text: str, a: int, b: int, stop: int | None = None):
        """(stop: no match starts after it, so the scan ends there)"""
        pos = a
        for c in cands(text, a, b):
            s = c.start()
            if s < pos:
                continue
            if stop is not None and s > stop:
                break
            m = match(text, s, b)
            if m is not None:
                yield m
                pos = m.end()
    return scan


# For heads that are word lists: words one of which every match contains (lower
# case). When none is in the lowered text, the head has no match and its rules no
# window, so the scan is skipped. Valid only when the text holds none of the
# non-ASCII letters IGNORECASE folds to ASCII (FOLDS); otherwise the finder scans.
HEAD_WORDS: dict[str, tuple[str, ...]] = {
    "quarter": ("quarter", "half"),
    "century": ("centur",),
    "decade": ("0s", "0's", "twenties", "thirties", "forties", "fifties", "sixties",
               "seventies", "eighties", "nineties"),
    "spelled": ("nineteen", "eighteen", "twenty", "thousand"),
    "season": ("spring", "summer", "fall", "autumn", "winter"),
    "relday": ("today", "yesterday", "tomorrow", "tonight", "morning", "afternoon",
               "evening", "night", "midday"),
    "set": ("every", "each", "daily", "weekly", "monthly", "yearly", "hourly", "nightly",
            "biweekly", "once", "twice", "times"),
    "freq": ("annually", "quarterly", "biannually", "fortnightly"),
    "vague": ("now", "currently", "present", "these", "recently", "lately", "future",
              "past", "soon"),
    "vague_phrase": ("back then", "at the time", "at that time", "those days", "near term",
                     "short term", "long term", "longer term", "later date", "some time",
                     "a while"),
    "period": ("period", "year"),
    "holiday": ("christmas", "new", "thanksgiving", "independence", "halloween",
                "valentine", "boxing", "bastille", "labor", "memorial", "easter", "election"),
}
FOLDS = recache.compile("[" + "".join(_FOLD.values()) + "]")
_FOLD_CHARS = "".join(_FOLD.values())
_ASCII_BYTES = bytes(range(128))


# Punctuation that no word the finder looks for in the lowered text holds, and no regex
# it runs on that text names (sites.RULE_CORES names the en dash, so it is not here):
# neither word character nor white space, its own lower case. In the lowered text each
# may stand as DEL, which is all of that too, so every such test answers alike.
INERT = "\u201c\u201d\u2018\u2019\u2014\u2026"
codecs.register_error("dateline-inert", lambda e: ("\x7f" * (e.end - e.start), e.end))


def lowered(text: str) -> str | None:
    """text.lower() with the same offsets, or None when a word test on it could miss an
    IGNORECASE match (a fold letter in the text, or a letter that lowers to two).

    A text whose only non-ASCII characters are INERT punctuation (curly quotes and the
    dash of most news text) is lowered as ASCII, those characters written DEL: lowering
    a string of two-byte characters cost ten times as much, and the word finds on it
    more."""
    if text.isascii():
        return text.lower()
    rest = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES).decode(
        "utf-8", "surrogatepass")
    if not rest.strip(INERT):
        return text.encode("ascii", "dateline-inert").decode("ascii").lower()
    if any(c in rest for c in _FOLD_CHARS):
        return None
    low = text.lower()
    return low if len(low) == len(text) else None


def absent_heads(low: str | None, keys=None) -> set[str]:
    """Heads (of keys, default all) that cannot match anywhere in the text (low:
    lowered(text))."""
    if low is None:
        return set()
    return {k for k, words in HEAD_WORDS.items()
            if (keys is None or k in keys) and not any(w in low for w in words)}


# For rules: words one of which every match contains (lower case, inside the match,
# not in a lookbehind). A window holding none of them is not searched.
RULE_WORDS: dict[str, tuple[str, ...]] = {
    "ago": ("ago", "earlier", "later", "from", "hence"),
    "ago_bare": ("ago", "earlier", "later"),
    "long_adj": ("long",),
    "duration_vague": ("seconds", "minutes", "hours", "days", "weeks", "months", "years",
                       "decades", "quarters", "centuries"),
    "plural_unit": ("seconds", "minutes", "hours", "days", "weeks", "months", "years",
                    "decades", "centuries"),
}


def _head_parts(src: str) -> tuple[bool, str, list[str], str]:
    r"""(case-sensitive?, leading digit alternative, words, suffix) of a word-list head
    \b(?:w1|w2|...)SUFFIX, optionally inside (?-i:...) or after a \d alternative."""
    cs = src.startswith("(?-i:")
    body = src[5:-1] if cs else src
    lead = ""  # a first alternative opening with a digit ("\d0'?s\b|..." of decades)
    if body.startswith("\\d") and "|\\b(?:" in body and not cs:
        lead, body = body.split("|", 1)
    if not body.startswith(r"\b(?:"):
        raise ValueError(f"not a word-list head: {src}")
    close = body.index(")", 5)
    return cs, lead, body[5:close].split("|"), body[close + 1:]


def fast_head(src: str) -> re.Pattern:
    r"""The head regex \b(?:w1|w2|...)SUFFIX (IGNORECASE), or the same inside (?-i:...),
    rewritten to open with a case-sensitive class of the words' first letters, so
    that the engine skips to candidates in C. The word boundary becomes (?<!\w.)
    after the first letter (a word character) and each word checks its own first
    letter with (?<=x): same matches, same spans, same order of alternatives."""
    return _fast(*_head_parts(src))


def _fast(cs: bool, lead: str, words: list[str] | tuple[str, ...], suffix: str) -> re.Pattern:
    if cs:
        first = "".join(sorted({re.escape(w[0]) for w in words}))
    else:
        first = "".join(sorted({_cls(w[0])[1:-1] for w in words}))
    alts = "|".join(f"(?<={w[0]}){w[1:]}" for w in words)
    out = rf"(?<!\w.)(?:{alts}){suffix}" if words else ""
    if lead:
        first += r"\d"
        out = rf"(?<=\d){lead[2:]}|{out}" if words else rf"(?<=\d){lead[2:]}"
    out = rf"(?-i:[{first}])(?:{out})"
    return recache.compile(f"(?-i:{out})" if cs else out, re.I)


_fast_cached = lru_cache(maxsize=512)(_fast)
_LITERAL = recache.compile(r"[^\\(\[.*+?{|^$]+")


class HeadForText:
    """A word-list head narrowed to the words a text can hold: an alternative whose
    opening letters (or, for a word in pieces such as "as soon", one of whose pieces)
    are nowhere in the text cannot match, so leaving it out changes no match, and the
    first-letter class the engine skips over shrinks ("New Year" gone from the holidays
    when the text has no "new": no stop at every n). The narrowed regexes are compiled
    once per set of words and kept."""

    def __init__(self, src: str):
        self.cs, self.lead, words, self.suffix = _head_parts(src)
        self.words = tuple(words)
        self.keys = tuple(_LITERAL.match(w).group() if self.cs
                          else _LITERAL.match(w).group().lower() for w in words)
        # a word written in pieces (as\s+soon, New\s+Year) is in a text only if each
        # of its later pieces is too: "as" stands in most texts, "soon" in few
        self.later = tuple(_later_pieces(w, self.cs) for w in words)
        self.full = _fast(self.cs, self.lead, self.words, self.suffix)

    def _present(self, hay: str) -> tuple[bool, ...]:
        """Which words can be in hay: their key and their later pieces are."""
        return tuple(k in hay and all(p in hay for p in later)
                     for k, later in zip(self.keys, self.later, strict=True))

    def regex(self, text: str, low: str | None) -> re.Pattern | None:
        """The narrowed head for text (low: lowered(text)), or None when it cannot match."""
        if low is None:
            return self.full
        return self._narrowed(self._present(text if self.cs else low))

    def _narrowed(self, present: tuple[bool, ...]) -> re.Pattern | None:
        words = tuple(w for w, p in zip(self.words, present, strict=True) if p)
        if words == self.words:
            return self.full
        if not words and not self.lead:
            return None
        return _fast_cached(self.cs, self.lead, words, self.suffix)

    def spans(self, text: str, low: str | None) -> list[tuple[int, int]]:
        """The spans finditer of regex(text, low) gives, found faster: a match starts
        where one of the words' literal openings (keys) stands, so the head is tried
        only there (str.find, a C scan a key), leftmost first, going on after each
        match's end as finditer does; the engine would stop at every opening letter."""
        if low is None or self.lead:
            rx = self.regex(text, low)
            return [m.span() for m in rx.finditer(text)] if rx is not None else []
        hay = text if self.cs else low
        if any(self.later):  # keys searched only for the words whose later pieces are in
            live = [all(p in hay for p in later) for later in self.later]
            found, starts = _key_starts(hay, tuple(k for k, ok in zip(self.keys, live,
                                                                     strict=True) if ok))
            each = iter(found)
            present = tuple(next(each) if ok else False for ok in live)
        else:
            present, starts = _key_starts(hay, self.keys)
        rx = self._narrowed(present)
        return _spans_at(rx, text, starts) if rx is not None else []


def _later_pieces(word: str, cs: bool) -> tuple[str, ...]:
    """The literal pieces after the first of a head word written as literals joined by
    \\s+ ("as\\s+soon": ("soon",)); () for any other word (its key alone is tested)."""
    pieces = word.split(r"\s+")
    if len(pieces) < 2 or not all(_LITERAL.fullmatch(p) for p in pieces):
        return ()
    return tuple(p if cs else p.lower() for p in pieces[1:])


def _key_starts(hay: str, keys: tuple[str, ...]) -> tuple[tuple[bool, ...], list[int]]:
    """(is each key in hay, the sorted positions where one stands)."""
    find = hay.find
    starts: set[int] = set()
    present = []
    for k in keys:
        i = find(k)
        present.append(i >= 0)
        while i >= 0:
            starts.add(i)
            i = find(k, i + 1)
    return tuple(present), sorted(starts)


def char_positions(text: str, chars: str) -> list[int]:
    """The sorted positions in text of any of chars (a str.find of one character skips
    through the text in C)."""
    out: list[int] = []
    find = text.find
    for c in chars:
        i = find(c)
        while i >= 0:
            out.append(i)
            i = find(c, i + 1)
    out.sort()
    return out


def _spans_at(rx: re.Pattern, text: str, starts: list[int]) -> list[tuple[int, int]]:
    """rx.finditer(text)'s spans when no match can start outside starts: rx is tried at
    each, leftmost first, going on after each match's end."""
    match = rx.match
    out = []
    pos = 0
    for i in starts:
        if i < pos:
            continue
        m = match(text, i)
        if m is not None:
            out.append(m.span())
            pos = m.end()
    return out


class KeyedHead:
    """A head whose every match opens with one of a few words (keys, lower case): its
    spans are found by trying it only where a key stands in the lowered text."""

    def __init__(self, rx: re.Pattern, keys: tuple[str, ...]):
        self.rx, self.keys = rx, keys

    def spans(self, text: str, low: str | None) -> list[tuple[int, int]]:
        if low is None:
            return [m.span() for m in self.rx.finditer(text)]
        return _spans_at(self.rx, text, _key_starts(low, self.keys)[1])


# heads that are not word lists opening with \b, tried where their keys stand
KEYED_HEADS = {"period": ("period", "year"), "century": ("centur",)}


# the heads fast_head rewrites (word lists opening with \b)
FAST_HEADS = ("month", "weekday", "unit", "quarter", "spelled", "season", "relday", "set",
              "vague", "holiday", "decade", "freq", "vague_phrase")


# Hand rewrites of the two digit-led heads in the same first-character form; each is
# used only while patterns.py still holds exactly the source it was written from.
HEAD_REWRITES: dict[str, tuple[str, str]] = {
    "year4": (r"\d\d\d\d|'\d\d|(?-i:FY)\s?'?\d\d",
              r"(?-i:[\d'F])(?:(?<=\d)\d\d\d|(?<=')\d\d|(?<=F)(?-i:Y)\s?'?\d\d)"),
    "digit": (r"\d{1,4}[/.-]\d|\d{4}-?W\d|\bQ[1-4]\b|\d{4}[-\s]?Q[1-4]",
              r"(?-i:[\dqQ])(?:(?<=\d)\d{0,3}[/.-]\d|(?<=\d)\d{3}-?W\d|(?<!\w.)(?<=q)[1-4]\b"
              r"|(?<=\d)\d{3}[-\s]?Q[1-4])"),
    "clock": (r"\d\s*[ap]\.?m|\d[:.]\d\d\s*[ap]|\d:\d\d|\b(?:noon|midnight)\b",
              r"(?-i:[\dnNmM])(?:(?<=\d)\s*[ap]\.?m|(?<=\d)[:.]\d\d\s*[ap]|(?<=\d):\d\d"
              r"|(?<!\w.)(?:(?<=n)oon|(?<=m)idnight)\b)"),
}


# Digit-only forms of the clock head, exact when the text has no "noon" or "midnight"
# (the words' branch cannot match): the engine then stops at digits, not at every n and m.
CLOCK_WORDS = ("noon", "midnight")
CLOCK_DIGITS = (HEAD_REWRITES["clock"][0],
                r"(?-i:\d)(?:(?<=\d)\s*[ap]\.?m|(?<=\d)[:.]\d\d\s*[ap]|(?<=\d):\d\d)")


def head_regex(name: str, src: str, rx: re.Pattern) -> re.Pattern:
    """The fastest exact form of head NAME whose source is src (compiled as rx)."""
    if name in FAST_HEADS:
        return fast_head(src)
    if name in HEAD_REWRITES and HEAD_REWRITES[name][0] == src:
        return recache.compile(HEAD_REWRITES[name][1], rx.flags)
    return gated(name, rx, HEAD_GATES)


# Python's \d is every Unicode decimal digit, and the engine tests that category at each
# character it skips over; the same heads with [0-9] skip through a bitmap in a third to a
# half of the time. They are exact on a text with no other decimal digit than 0-9 (those
# lie between U+0660 and U+1FBF9: NON_ASCII_DIGIT finds one).
NON_ASCII_DIGIT = recache.compile("[\u0660-\U0001FBF9](?<=\\d)")


def has_other_digits(text: str) -> bool:
    """NON_ASCII_DIGIT.search(text) is not None, asked of the text's non-ASCII characters
    alone (its UTF-8 with the ASCII bytes deleted, every byte of a non-ASCII character
    being >= 0x80): the regex tested every character of the text (~0.24 M instructions a
    5 KB article holding a curly quote), the two C passes cost a fifth of that."""
    if text.isascii():
        return False
    rest = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
    return NON_ASCII_DIGIT.search(rest.decode("utf-8", "surrogatepass")) is not None


def ascii_digits(rx: re.Pattern) -> re.Pattern:
    r"""rx with each \d written [0-9] (0-9 inside a character class)."""
    src = rx.pattern
    out = []
    i, in_class = 0, False
    while i < len(src):
        c = src[i]
        if c == "\\":
            pair = src[i:i + 2]
            out.append(("0-9" if in_class else "[0-9]") if pair == "\\d" else pair)
            i += 2
            continue
        if not in_class and c == "[":
            in_class = True
            out.append(c)
            i += 1
            if src[i:i + 1] == "^":
                out.append("^")
                i += 1
            if src[i:i + 1] == "]":  # a ] first in a class is itself
                out.append("]")
                i += 1
            continue
        if in_class and c == "]":
            in_class = False
        out.append(c)
        i += 1
    return recache.compile("".join(out), rx.flags)
