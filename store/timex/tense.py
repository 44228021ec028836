"""Does the clause around a phrase point forward or back? A cheap look at nearby words.

tense() gives 'future', 'past' or None for year-less months and days: a future cue
(will, 'll, is expected to, plans to, next, a present-tense "continues on") between
the start of the clause and the phrase, or right after it, makes it 'future'; a
past or present-perfect verb (said, seized, has held) makes it 'past' unless a
present-tense verb or an infinitive comes between ("said it is calling for a vote
on Dec. 7", "subpoenaed him to testify on Feb. 10"); a deadline (by, until,
effective, "as the deadline") gives None, and so does a clause with no cue. A
fronted phrase ("On May 20, the Observatory said ...") takes its main clause's cue.

points_forward() answers the same for weekdays and clock times, where a deadline
("until Tuesday") points forward and a past verb right before ("announced Wednesday")
points back even after a reported "would".

A plan told in the past ("was due to fly out on Monday", "were to appear on Tuesday")
looks forward unless the sentence goes on to tell what became of the thing ("..., but
was delayed"); a month and day so told, and a plan in the past perfect ("had planned to
vote on Thursday"), take the closest day. "before", "preparing for", "looks ahead to" a
day, putting it off ("wants to delay Friday's debate") and a condition in the present
("if he does not show up on Friday") point forward in a clause with no past verb.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import recache

# (the checks run once the whole word matched, so they cost nothing elsewhere)
_NOT_AFTER_TO = "".join(rf"(?<!{w}\sX)" for w in (
    r"\bto", r"\bget", r"\bgets", r"\bgetting", r"\bwill", r"\bwould", r"\bcan", r"\bcould",
    r"\bmay", r"\bmight", r"\bmust", r"\bshould", "'ll"))
IRREGULAR_PAST = (
    r"(?:fell|took|began|came|went|saw|made|gave|got|won|lost|left|held|led|met|ran|sent|"
    r"struck|fought|built|broke|brought|caught|chose|drove|flew|found|hid|kept|knew|meant|paid|"
    r"rose|sold|shot|spoke|spent|stood|stole|swept|taught|thought|threw|became|blew|bought|"
    r"drew|grew|overran|withdrew|fled|slew|underwent|wrote|sank|sought|felt|heard|told|"
    r"stuck|hung|shook|tore|wore|woke|bore|forbade|forgave|froze|swore|swam|"
    # regular, but too short for the \w{3,}ed rule
    r"died|"
    # past and plain form alike: not after "to", "get" or a modal ("getting beat up")
    r"beat" + _NOT_AFTER_TO.replace("X", "beat") + r"|spread"
    + _NOT_AFTER_TO.replace("X", "spread") + ")")
_CLAUSE_START_SRC = (r"[.;!?:\n]\s|\s[\u2014\u2013-]{1,2}\s|\bbut\b|\bwhile\b|\bafter\b|"
                     r",\s+and\b|\bwhere\b|\bwhich\b|\bwho\b")
# the same matches, written to open with a class of first characters the engine skips
# to in C (tests/test_timex_gates.py compares the two)
_CLAUSE_START = recache.compile(r"[.;!?:\n\s,baw](?:(?<=[.;!?:\n])\s|(?<=\s)[\u2014\u2013-]{1,2}\s|"
                                r"(?<!\w.)(?:(?<=b)ut|(?<=w)hile|(?<=a)fter)\b|(?<=,)\s+and\b|"
                                r"(?<!\w.)(?:(?<=w)here|(?<=w)hich|(?<=w)ho)\b)")
_FUTURE = recache.compile(
    r"\b(?:(?:will|shall|won't|wo\s+n't|(?-i:may)|might|should|must)\s+(?:not\s+)?be\s+(?:\w+ly\s+)?"
    r"\w+|(?:postponed|delayed|moved|pushed\s+back|put\s+off|adjourned|deferred|rescheduled|"
    r"brought\s+forward)\s+(?:to|until|till)(?=\s+(?:on\s+)?$)|will|won't|wo\s+n't|shall|going\s+to|gonna|expects?\s+to|expected|"
    r"plans?\s+to|planned\s+for|planning\s+to|scheduled|slated|due\s+to|due|intends?\s+to|"
    r"set\s+(?:to|for)|to\s+be\s+held|aims?\s+to|hopes?\s+to|next|upcoming|is\s+to|are\s+to|"
    # "was to appear in court on Tuesday": a plan, not "was to blame", "was to no avail"
    r"(?:was|were)\s+to\s+(?!(?:blame|no|the|a|an|be\s+blamed)\b)(?-i:[a-z]{2,})|"
    r"planned|planning|could(?!\s+(?:not\s+|n't\s+)?(?:have|be\s+(?:reached|located|contacted|"
    r"found|confirmed|verified|identified))\b)|"
    # the modal "may", not the month ("the first well on 2 May and the second on 16 May")
    r"(?:(?-i:may)|might|should|must)(?!\s+(?:not\s+)?have\b)|as\s+(?:early|soon)\s+as|"
    r"(?:decided|agreed|promised|pledged|"
    r"vowed|threatened|ready|prepared|set|poised)\s+to|"
    r"invit(?:ed|es?|ing)\s+[^.;:!?]{0,80}?\bto\s+(?:a|an|the|attend|come|visit)|"
    r"deadline)\b|'ll\b", re.I)
# the first word of every _FUTURE cue but "'ll" (lower case): _future() tries the regex
# only where one of these words, or an apostrophe, stands
_FUTURE_FIRST = frozenset((
    "will", "shall", "won", "wo", "may", "might", "should", "must", "postponed", "delayed",
    "moved", "pushed", "put", "adjourned", "deferred", "rescheduled", "brought", "going",
    "gonna", "expect", "expects", "expected", "plan", "plans", "planned", "planning",
    "scheduled", "slated", "due", "intend", "intends", "set", "to", "aim", "aims", "hope",
    "hopes", "next", "upcoming", "is", "are", "could", "as", "decided", "agreed", "promised",
    "pledged", "vowed", "threatened", "ready", "prepared", "poised", "invited", "invite",
    "invites", "inviting", "deadline", "was", "were"))
_WAS_WERE = frozenset(("was", "were"))
_TO_NEXT = recache.compile(r"\s+to\s", re.I)
_WOULD_SRC = r"\bwould\b"
# the same matches opening with a case-sensitive class, which the engine skips to in C (a
# leading \b made it try the word at every character of the clause)
_WOULD = recache.compile(r"(?-i:[wW])(?<!\w.)ould\b", re.I)
# words in -ed that are not past verbs: adjectives before nouns, and -eed/-red words
NOT_PAST_ED = (r"(?:hundred|kindred|hatred|indeed|speed|proceed|succeed|exceed|breed|greed|"
               r"embed|naked|wicked|sacred|rugged|beloved|preferred|limited|united|proposed|"
               r"related|alleged|so-called|armed|based|detailed|concerned|skilled|sophisticated"
               r"|unprecedented|unidentified|unnamed|unexpected|unspecified|undisclosed|"
               r"interested|talented|experienced|dedicated|combined|diluted|registered|"
               r"guaranteed|bloodied|embattled|beleaguered|coveted|vaunted|fabled|storied|"
               # nouns and names in -ed ("deployed to the seabed on Thursday")
               r"seabed|riverbed|deathbed|sickbed|hotbed|seedbed|flatbed|testbed|sunbed|"
               r"bleed|shred|watershed|homestead|bloodshed|"
               r"(?:mo|mu)hamm?ed|ahmed|saeed|javed|rasheed|rashed|majed|hamed|fareed|zayed)")
_PAST = recache.compile(
    r"\b(?:said|says|was|were|had|did|has|have|been|ago|last|earlier|since|previously|"
    r"(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbeen\s)(?<!\bbeing\s)(?!"
    + NOT_PAST_ED + r"\b)(?:reported|announced|told|" + IRREGULAR_PAST + r"|\w{3,}ed))\b",
    re.I)
# every match of _PAST is a whole word: one of these (lower case) or a word in -ed of
# five letters or more; _past() tries the regex only at such words
_PAST_WORDS = frozenset(("said", "says", "was", "were", "had", "did", "has", "have", "been",
                         "ago", "last", "earlier", "since", "previously", "reported",
                         "announced", "told") + tuple(re.findall("[a-z]+", IRREGULAR_PAST)))
_WORD = recache.compile(r"\w+")
# the same on an ASCII string, tested against a bitmap instead of a Unicode category at each
# character (str.isascii is a flag of the string: free to ask)
_ASCII_WORD = recache.compile(r"[A-Za-z0-9_]+")


def _at_past_words(pattern: re.Pattern, s: str, first: bool = False) -> list[re.Match]:
    """list(pattern.finditer(s)) (first: its first match only) for a pattern whose every
    match is a whole word, one of _PAST_WORDS or a word in -ed of five letters or more:
    the regex runs only at those words (at every word the engine would try some 200
    alternatives, 17 us a clause); a word with a non-ASCII letter is tried always, as
    IGNORECASE reads some as ASCII ones."""
    out = []
    match = pattern.match
    for w in (_ASCII_WORD if s.isascii() else _WORD).finditer(s):
        t = w.group()
        if t.isascii():
            low = t.lower()
            if low not in _PAST_WORDS and (len(low) < 5 or not low.endswith("ed")):
                continue
        m = match(s, w.start())
        if m is not None:
            out.append(m)
            if first:
                break
    return out


@lru_cache(maxsize=64)  # a phrase's rules ask it of the same clause or sentence up to 3 times
def _past(s: str) -> tuple[re.Match, ...]:
    return tuple(_at_past_words(_PAST, s))


@lru_cache(maxsize=64)
def _future(s: str, pos: int = 0) -> tuple[re.Match, ...]:
    """tuple(_FUTURE.finditer(s, pos)), found faster: every cue opens a word that is in
    _FUTURE_FIRST (or has a non-ASCII letter IGNORECASE may read as ASCII), or is "'ll", so
    the regex is tried only there, leftmost first, going on after each cue's end."""
    starts = []
    for w in (_ASCII_WORD if s.isascii() else _WORD).finditer(s, pos):
        t = w.group()
        if not t.isascii():
            starts.append(w.start())
        else:
            low = t.lower()
            if low in _FUTURE_FIRST and (low not in _WAS_WERE or _TO_NEXT.match(s, w.end())):
                starts.append(w.start())  # "was" opens a cue only as "was to"
    i = s.find("'", pos)
    if i >= 0:
        while i >= 0:
            starts.append(i)
            i = s.find("'", i + 1)
        starts.sort()
    out = []
    end = pos
    match = _FUTURE.match
    for i in starts:
        if i < end:
            continue
        m = match(s, i)
        if m is not None:
            out.append(m)
            end = m.end()
    return tuple(out)


# a finite past verb: it outranks a future cue earlier in the clause ("will ... said")
# (or any -ed verb right before the phrase: "Cuba predicted Wednesday")
_STRONG_PAST = recache.compile(r"\b(?:said|says|was|were|had|did|"
                               r"(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbeen\s)(?<!\bbeing\s)"
                               r"(?:reported|announced|told|" + IRREGULAR_PAST + r"|(?!" + NOT_PAST_ED + r"\b)\w{3,}ed(?=\s+(?:on\s+|"
                               r"in\s+|at\s+|early\s+|late\s+)?$)))\b", re.I)
# present tense or an infinitive nearer to the phrase than any past verb: the phrase
# belongs to a clause that is not itself in the past ("said it is calling for the
# redemption on Dec. 7", "subpoenaed him to testify on Feb. 10")
_NOT_PAST = recache.compile(
    r"\b(?:(?-i:is|are|am)(?!\s+(?:\w+ly\s+)?(?:\w+ed|been|held|set|seen|known|taken|given|"
    r"made|done|shown|found|built|paid|sold|told|kept|left|brought|bought|caught|won|lost|"
    r"thought)\b)|to\s+(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|"
    r"power|date|death|prison|court|office|war|jail|life|home|work|school|dollars?|percent|"
    r"about|around|more|less|be\s+\w+ed\s+(?:in|on|by)\s+\w+ed)\b)(?-i:[a-z]{2,}))\b", re.I)
_FORWARD_VERB = recache.compile(
    r"\b(?:continues?|resumes?|begins?|starts?|opens?|meets?|votes?|arrives?|ends?|closes?|"
    r"expires?|convenes?|travels?|visits?|returns?|takes\s+effect|kicks?\s+off|(?-i:is|are)|"
    r"will\s+be|comes?\s+up|goes?|heads?|(?-i:is|are)\s+(?:\w+ed|heard|held|set|due|slated))"
    r"\s+(?:\w+ly\s+)?(?:on\s+|next\s+|until\s+|by\s+|at\s+|in\s+|for\s+)?$", re.I)
_HAD_TO = recache.compile(r"\bhad\b(?:(?![.;]).)*\bto\s+\w+\s+(?:\w+ly\s+)?(?:on\s+|at\s+)?$", re.I)
_AFTER_FUTURE = recache.compile(r"^\W{0,3}\s*(?:will|'ll|is\s+expected|would)\b", re.I)


def _spaced_dash(s: str) -> bool:
    """A dash with white space before it (where _CLAUSE_START's dash branch can start)."""
    for d in "-\u2013\u2014":
        i = s.find(d, 1)
        while i >= 0:
            if s[i - 1].isspace():
                return True
            i = s.find(d, i + 1)
    return False


def _clause_start_without(dash: bool, but: bool, wh: bool, after: bool) -> re.Pattern:
    """_CLAUSE_START without the branches that cannot match a string lacking a spaced
    dash, "but", "wh" or "after" (the flags say which it holds): the rest keep their
    order, so the matches are the same, and the engine no longer stops at every space
    (for the dash branch) and every a, b and w of the words (~60% of the regex's cost)."""
    words = [w for w, ok in (("(?<=b)ut", but), ("(?<=w)hile", wh), ("(?<=a)fter", after)) if ok]
    alts = [r"(?<=[.;!?:\n])\s"]
    if dash:
        alts.append(r"(?<=\s)[\u2014\u2013-]{1,2}\s")
    if words:
        alts.append(r"(?<!\w.)(?:" + "|".join(words) + r")\b")
    alts.append(r"(?<=,)\s+and\b")
    if wh:
        alts.append(r"(?<!\w.)(?:(?<=w)here|(?<=w)hich|(?<=w)ho)\b")
    firsts = r"[.;!?:\n" + (r"\s" if dash else "") + "," + ("b" if but else "") \
        + ("a" if after else "") + ("w" if wh else "") + "]"
    return recache.compile(firsts + "(?:" + "|".join(alts) + ")")


_CLAUSE_STARTS = {(d, b, w, a): _clause_start_without(d, b, w, a)
                  for d in (False, True) for b in (False, True) for w in (False, True)
                  for a in (False, True)}


@lru_cache(maxsize=64)  # one phrase asks it of the same 120 characters up to 4 times
def _clause(before: str) -> str:
    """The tail of before that lies in the same clause as what follows it."""
    last = None
    rx = _CLAUSE_STARTS[_spaced_dash(before), "but" in before, "wh" in before,
                        "after" in before]
    for last in rx.finditer(before):  # noqa: B007
        pass
    return before[last.end():] if last is not None else before


# where a sentence starts (_sentence finds its last match from the right)
_SENT_START_SRC = r"[.;!?]\s|\n"


def past_verb_before(text: str, start: int) -> bool:
    """A finite past verb (reported, posted, had, fell) in the clause before start."""
    return bool(_strong_past(_clause(text[max(0, start - 200):start]), first=True))


def _strong_past(s: str, first: bool = False) -> list[re.Match]:
    return _at_past_words(_STRONG_PAST, s, first)


@lru_cache(maxsize=64)
def _sentence(before: str) -> str:
    """before after the end of _SENT_START_SRC's last match, found from the right: its
    matches end right after each newline and after each stop [.;!?] that white space
    follows (a stop is never inside another match, and a newline taken as a stop's white
    space ends that match at the same place), so the last end is the largest of those."""
    end = before.rfind("\n") + 1
    n = len(before)
    for c in ".;!?":
        i = before.rfind(c, end)
        while i >= 0 and not (i + 1 < n and before[i + 1].isspace()):
            i = before.rfind(c, end, i)
        if i >= 0:
            end = max(end, i + 2)
    return before[end:]


def tense(text: str, start: int, end: int) -> str | None:
    """'future', 'past' or None (no cue) for the clause holding text[start:end]."""
    if present_event(text, start):
        return None
    if is_future(text, start, end) or would_before(text, start):
        # a plan told in the past with nothing said of what became of it ("which was
        # due to open on 13 July"): a week either way for a weekday, but a year for a
        # month and day, so the closest such day
        return None if _narrative_plan(text, start, end) else "future"
    before = _sentence(text[max(0, start - 150):start])
    ahead = ahead_of(before)
    if ahead is not None:
        return "future" if ahead == "future" else None
    if before_forward(text, start, end):
        return "future"
    fronted = _FRONTED.search(before)
    if fronted:
        # "On May 20, the Observatory said ...", "By April 2, the troops had left"
        cue = main_clause_cue(text, end, bool(fronted.group().strip()))
        if cue is not None:
            return cue
    if _DEADLINE.search(text[max(0, start - 40):start]):
        return None
    if _DEADLINE_AFTER.match(text[end:end + 30]):
        return None
    past = [m.end() for m in _past(before)]
    if past:
        clause = _clause(before)
        off = len(before) - len(clause)
        nots = [m.end() + off for m in _NOT_PAST.finditer(clause)]
        if nots and nots[-1] > past[-1]:
            return None
        if any(map(str.isdigit, text[start:end])) and _perfect_last(before):
            return None  # a day, not a month: "has been closed in March" is the last March
        return "past"
    after = _PAST_AFTER.match(text[end:end + 40])
    if after and not _ANNOUNCED_AFTER.match(text, end + after.start(1)):
        return "past"
    return None


_PERFECT = recache.compile(r"\b(?:has|have|'s|'ve)\s+(?:not\s+)?(?:\w+ly\s+)?(?:been\s+)?"
                           r"(?:\w+ly\s+)?$", re.I)


def _perfect_last(before: str) -> bool:
    """The last past cue is a present perfect or a bare has/have ("has confirmed the meeting
    on 18 January", "has a hearing on 5 April"): it reports no past event on that date,
    so the closest such date stands, not the last one."""
    last = None
    for last in _past(before):  # noqa: B007
        pass
    if last is None:
        return False
    w = last.group().lower()
    return w in ("has", "have") or (w == "been" or w[-2:] == "ed") and bool(
        _PERFECT.search(before, 0, last.start()))


def main_clause_cue(text: str, end: int, prep: bool = False) -> str | None:
    """For a fronted phrase ("On Tuesday, the league plans to ..."): the first tense cue
    of the main clause after its comma, 'future', 'past' or None.

    With a preposition before it the comma may be left out ("On Tuesday the WHO will
    hold a meeting"); then only the words up to the next comma count, as a participle
    after one ("they release an album, entitled ...") is not the main verb. Without
    either, the phrase may be part of the subject ("The 8 October gig was announced").
    """
    comma = 1 if text.startswith(",", end) else 0
    if not comma and not (prep and text.startswith(" ", end)):
        return None
    rest = _SENT_END.split(text[end + comma:end + 200], 1)[0]
    if not comma:
        rest = rest.split(",", 1)[0]
    fut = [m.start() for m in _future(rest) if not re.fullmatch(r"\w+ed", m.group())
           or re.search(r"\b(?:is|are|be|been)\s+$", rest[:m.start()])]
    fut += [m.start() for m in _WOULD.finditer(rest)]
    past = past_after_comma(text, end, end + comma + len(rest))
    p = past - end - comma if past is not None else None
    if fut and (p is None or min(fut) < p):
        return "future"
    return "past" if p is not None else None


_DEADLINE = recache.compile(
    r"\b(?:by|through|until|till|payable|effective|due|expires?|expiring|record|extended\s+to|"
    r"deadline\s+(?:of|is)|starting|beginning|from\s+\w+\s+(?:to|through))\s+(?:on\s+)?"
    r"(?:\w+,?\s+)?$", re.I)
_DEADLINE_AFTER = recache.compile(r"^,?\s*(?:(?:as|for)\s+(?:the|a|its)\s+(?:\w+\s+)?)?"
                                  r"(?:deadline|target\s+date)\b", re.I)
_FRONTED = recache.compile(r"^\W*(?:(?:on|in|by|since|until|from|during|early|late|"
                           r"last|this)\s+)?$", re.I)
_SENT_END_SRC = (r"(?<!\bvs)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bGen)"
                 r"(?<!\bGov)(?<!\bSen)(?<!\bRep)(?<!\bInc)(?<!\bCo)(?<!\bCorp)(?<!\bJr)"
                 r"(?<!\b[A-Z])[.;:!?]\s|\n")
# the same matches: the stop is taken first (a class the engine skips to in C) and the
# abbreviation checks look behind it, not at every character
_SENT_END = recache.compile(r"[.;:!?\n](?:(?<=\n)|(?<!\bvs.)(?<!\bMr.)(?<!\bMrs.)(?<!\bMs.)"
                            r"(?<!\bDr.)(?<!\bSt.)(?<!\bGen.)(?<!\bGov.)(?<!\bSen.)(?<!\bRep.)"
                            r"(?<!\bInc.)(?<!\bCo.)(?<!\bCorp.)(?<!\bJr.)(?<!\b[A-Z].)"
                            r"(?<=[.;:!?])\s)")
_PAST_AFTER_COMMA = recache.compile(r",?\s[^\n]*?\b(?:was|were|had|said|(?!" + NOT_PAST_ED
                                    + r"\b)\w{3,}ed|" + IRREGULAR_PAST + r")\b", re.I)
_COMMA_SPACE = recache.compile(r",?\s")
_PAST_VERB = recache.compile(r"\b(?:was|were|had|said|(?!" + NOT_PAST_ED + r"\b)\w{3,}ed|"
                             + IRREGULAR_PAST + r")\b", re.I)
# every _PAST_VERB match is a whole word: one of these (lower case) or a word in -ed of five
# letters or more
_PAST_VERB_WORDS = frozenset(("was", "were", "had", "said")
                             + tuple(re.findall("[a-z]+", IRREGULAR_PAST)))


def past_after_comma(text: str, pos: int, endpos: int) -> int | None:
    """The end of _PAST_AFTER_COMMA.match(text, pos, endpos), or None, found faster: its
    lazy stretch tried the verbs' 200 alternatives at every character up to the line's end;
    here they are tried only at the words that can be one (a word with a non-ASCII letter
    always, as IGNORECASE reads some as ASCII ones)."""
    m = _COMMA_SPACE.match(text, pos, endpos)
    if m is None:
        return None
    limit = text.find("\n", m.end(), endpos)
    if limit < 0:
        limit = endpos
    for w in _WORD.finditer(text, m.end(), limit):
        t = w.group()
        if t.isascii():
            low = t.lower()
            if low not in _PAST_VERB_WORDS and (len(low) < 5 or not low.endswith("ed")):
                continue
        v = _PAST_VERB.match(text, w.start(), limit)
        if v is not None:
            return v.end()
    return None


_PAST_AFTER = recache.compile(r"^[^.;\n]{0,25}?\b(was|were|had|said|\w{3,}ed|" + IRREGULAR_PAST
                              + r")\b", re.I)
# a past verb after the phrase that tells of the thing's announcing, not of the thing:
# "The 8 October concert was announced" says nothing of when the concert is
_ANNOUNCED_AFTER = recache.compile(
    r"(?:(?:was|were|had\s+been)\s+(?:\w+ly\s+)?)?(?:announced|confirmed|unveiled|revealed|"
    r"scheduled|rescheduled|planned|booked|billed|advertised|publici[sz]ed|postponed|"
    r"delayed|moved|called\s+off|cancell?ed|sold\s+out|set)\b", re.I)


def _narrative_plan(text: str, start: int, end: int) -> bool:
    """is_future() holds only for a plan told in the past tense with no word after it on
    what became of the thing."""
    before = text[max(0, start - 120):start]
    if before.isascii():
        low = before.lower()
        if "was" not in low and "were" not in low:
            return False  # every such plan has one ("was due to", "were to")
    return not is_future(text, start, end, narrative_plans=False) and not would_before(
        text, start)


def is_future(text: str, start: int, end: int, narrative_plans: bool = True) -> bool:
    lo = max(0, start - 120)
    before = text[lo:start]
    before = _clause(before)
    lo = start - len(before)
    cues = _future(before)
    if _FORWARD_VERB.search(before[-40:]) and not _HAD_TO.search(before) and not (
            cues and _past_plan(text, lo, before, cues[-1], end, narrative_plans)):
        # "talks continue on Monday"; not "it had been due to expire Friday", nor "the
        # test was due to begin on Tuesday"
        return True
    fut = [m.end() for m in cues
           if not _PAST_FUTURE.search(before, 0, m.start()) and not _as_planned(before, m)
           and not _past_plan(text, lo, before, m, end, narrative_plans)]
    past = [m.end() for m in (_strong_past(before) if fut else _past(before))
            if not _as_planned(before, m)]
    if fut:  # "it will be the first time since the explosion on 20 April"
        past += [m.end() for m in _SINCE.finditer(before, fut[-1])]
        past.sort()
    if fut and (not past or fut[-1] >= past[-1]):
        return True
    after = text[end:end + 40]
    if not fut and not past and _AFTER_FUTURE.match(after):
        return True
    return False


_SINCE = recache.compile(r"\bsince\b", re.I)
_PAST_FUTURE = recache.compile(r"\bhad(?:\s+been)?\s+(?:\w+ly\s+)?$", re.I)
# "was due to begin on Tuesday", "were scheduled to meet on 3 May": a plan told in the
# past tense is one whose day has come (it is mostly told because it slipped); but not in
# reported speech, where the past tense is the reporting verb's ("BP said the payment
# was due on Monday" is the coming Monday)
_PLAN_WORD = recache.compile(r"(?:due|scheduled|slated|set\s+(?:to|for)|(?:was|were)\s+to)\b", re.I)
_WAS_BEFORE = recache.compile(r"\b(?:was|were)\s+(?:\w+ly\s+)?$", re.I)
_REPORTED = recache.compile(r"\b(?:said|says|say|told|tells|announced|reported|added|stated|"
                            r"according\s+to|confirmed|insisted|warned)\b", re.I)


def _past_plan(text: str, lo: int, before: str, m: re.Match, end: int,
               narrative: bool = True) -> bool:
    """The cue m is a plan told in the past tense outside reported speech whose day has
    come: the sentence goes on to tell what became of the thing ("was due to begin on
    Tuesday, but engineers asked for a review", "which was due to open on 13 July, drew
    a small crowd", "was due to start on Thursday, but the jury have taken longer").
    Without such a word the past tense is the narrative's, and the plan looks forward
    from the publication day like any other ("was scheduled to fly home on Friday")."""
    if not _PLAN_WORD.match(m.group()) or not (
            m.group()[:1] in "wW" or _WAS_BEFORE.search(before, 0, m.start())):
        return False
    sent = _sentence(text[max(0, lo - 150):lo + m.start()])
    if _REPORTED.search(sent):
        return False
    # a plan called off is mostly told before its day ("was due on Monday, but has now
    # been cancelled"), one that slipped on or after it ("was due on Monday but was delayed")
    rest = _SENT_END.split(text[lo + m.end():lo + m.end() + 200], 1)[0]
    if _CALLED_OFF.search(rest):
        return False
    if not narrative:
        return True
    after = rest[max(0, end - lo - m.end()):]
    return any(p.group().lower() not in _NOT_EVENT_PAST and not _REPORTED.match(p.group())
               for p in _past(after))


# past cues after a plan that say nothing of what became of the planned thing
_NOT_EVENT_PAST = frozenset(("ago", "last", "earlier", "since", "previously"))
_CALLED_OFF = recache.compile(r"\b(?:cancell?ed|called\s+off|scrapped|axed|abandoned|dropped)\b",
                              re.I)
# "as (previously) planned", "as expected", "originally scheduled": the plan is an earlier
# one, and whether its day lies ahead is for the clause's own verb to say ("Bush let the
# offensive begin as previously planned Saturday night")
_AS_PLANNED_WORD = recache.compile(r"(?:planned|scheduled|expected|slated|forecast)\b", re.I)
_AS_PLANNED = recache.compile(r"\bas\s+(?:\w+ly\s+)?$", re.I)


def _as_planned(before: str, m: re.Match) -> bool:
    """"as planned", "as previously scheduled": neither a future nor a past cue."""
    return bool(_AS_PLANNED_WORD.match(m.group())) and bool(
        _AS_PLANNED.search(before, 0, m.start()))


def would_before(text: str, start: int) -> bool:
    """A reported future: 'would' in the clause before start, or earlier in the sentence
    with no past verb after it ("said flights would leave from March 30, with the
    third departing from August 6")."""
    if "ould" not in text[max(0, start - 250):start].lower():
        return False  # both regexes need the word (IGNORECASE folds no other letter to it)
    before = text[max(0, start - 80):start]
    if _WOULD.search(_clause(before)):
        return True
    sent = _sentence(text[max(0, start - 250):start])
    would = [m.end() for m in _WOULD_FUTURE.finditer(sent)]
    return bool(would) and not any(m.start() > would[-1] and m.group().lower() not in _NOT_VERBS
                                   for m in _past(sent))


_WOULD_FUTURE_SRC = r"\bwould\b(?!\s+(?:not\s+|n't\s+)?have\b)"
_WOULD_FUTURE = recache.compile(r"(?-i:[wW])(?<!\w.)ould\b(?!\s+(?:not\s+|n't\s+)?have\b)", re.I)
_NOT_VERBS = {"ago", "last", "earlier", "since", "previously", "has", "have", "been"}


_ED_RIGHT_BEFORE = recache.compile(
    r"\b(?!" + NOT_PAST_ED + r"\b|(?:scheduled|planned|slated|expected|postponed|delayed|"
    r"adjourned|deferred|moved|set|due)\b)\w{3,}ed\s+(?:on\s+|early\s+|late\s+)?$", re.I)
def _ed_right_before(s: str) -> re.Match | None:
    """_ED_RIGHT_BEFORE.search(s), skipped where it cannot match: its match ends the
    string with 'ed', 'on', 'early' or 'late' and white space."""
    t = s.rstrip()
    if not t[-5:].lower().endswith(("ed", "on", "early", "late")):
        return None
    # the -ed word is the last word or the one before "on", "early" or "late", and white
    # space follows it: the search starts at the second-last whitespace-separated token, as
    # from every position it tried the 100 words of NOT_PAST_ED (30 us on 40 characters)
    j = len(t)
    for want_space in (False, True, False):
        while j > 0 and t[j - 1].isspace() is want_space:
            j -= 1
    return _ED_RIGHT_BEFORE.search(s, j)


# a weekday between subject and its past verb: "and then on Wednesday abruptly suspended"
_VERB_RIGHT_AFTER = recache.compile(r"\s+(?:\w+ly\s+)?(?:" + IRREGULAR_PAST + r"|(?!" + NOT_PAST_ED
                                    + r"\b)\w{3,}ed)\s+(?!(?:by|in|at|on|to|for|from|with)\b)[a-z]")
_PASSIVE_AUX = recache.compile(r"\b(?:be|being|is|are|'s|'re)\s+(?:not\s+)?(?:\w+ly\s+)?$", re.I)
_UNTIL_BEFORE = recache.compile(r"\b(?:until|till|by|before|through|postponed|delayed|adjourned|"
                                r"deferred)\s+(?:on\s+|at\s+)?(?:late\s+|early\s+)?$", re.I)


# a happening told in the present tense ("Drilling for the second well starts on 16 May",
# "the event, which takes place in Cardiff on 8 October"): a schedule or a timeline's
# historical present, so neither the next nor the last such day but the closest
_PRESENT_EVENT_SRC = (
    r"\b(?:continues|resumes|begins|starts|opens|meets|votes|arrives|ends|closes|expires|"
    r"convenes|takes\s+(?:effect|place)|kicks\s+off|gets\s+under\s+way|"
    r"(?-i:is|are)\s+(?:held|staged|played|run)|"
    # the plain form after a plural subject, not an infinitive or after a modal
    r"(?<!\bto\s)(?<!\bnot\s)(?<!\bdid\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)"
    r"(?<!\bcan\s)(?<!\bmay\s)(?<!\bmust\s)(?<!\bshould\s)(?<!\bmight\s)"
    r"(?<=(?-i:[a-z]s|ey|we)\s)(?:meet|begin|start|open|resume|convene|vote|take\s+place))\b"
    r"(?:\s+(?!(?:but|said|says|was|were|will|would)\b)(?:[^\s;:!?]|(?<=\d):(?=\d))+){0,6}?\s+"
    r"(?:on\s+|from\s+|until\s+|in\s+)?$")
# the same matches, written to open with a case-sensitive class of the verbs' first
# letters (with the long s and the Kelvin sign IGNORECASE reads as s and k) that the
# engine skips to in C; each verb then checks its first letter behind it, and the
# modal checks look one character further back. With the leading \b the engine tried
# the twenty verbs and eleven lookbehinds at every character of the clause (~0.44 M
# instructions an article on the bench corpus)
_PRESENT_EVENT = recache.compile(
    "(?-i:[abcegkmorstvABCEGKMORSTVi\u017f\u212a])(?<!\\w.)"
    r"(?:(?<=c)ontinues|(?<=r)esumes|(?<=b)egins|(?<=s)tarts|(?<=o)pens|(?<=m)eets|(?<=v)otes|"
    r"(?<=a)rrives|(?<=e)nds|(?<=c)loses|(?<=e)xpires|(?<=c)onvenes|(?<=t)akes\s+(?:effect|place)|"
    r"(?<=k)icks\s+off|(?<=g)ets\s+under\s+way|"
    r"(?<=(?-i:i))(?-i:s)\s+(?:held|staged|played|run)|"
    r"(?<=(?-i:a))(?-i:re)\s+(?:held|staged|played|run)|"
    r"(?<!\bto\s.)(?<!\bnot\s.)(?<!\bdid\s.)(?<!\bwill\s.)(?<!\bwould\s.)(?<!\bcould\s.)"
    r"(?<!\bcan\s.)(?<!\bmay\s.)(?<!\bmust\s.)(?<!\bshould\s.)(?<!\bmight\s.)"
    r"(?<=(?-i:[a-z]s|ey|we)\s.)(?:(?<=m)eet|(?<=b)egin|(?<=s)tart|(?<=o)pen|(?<=r)esume|"
    r"(?<=c)onvene|(?<=v)ote|(?<=t)ake\s+place))\b"
    r"(?:\s+(?!(?:but|said|says|was|were|will|would)\b)(?:[^\s;:!?]|(?<=\d):(?=\d))+){0,6}?\s+"
    r"(?:on\s+|from\s+|until\s+|in\s+)?$", re.I)


def present_event(text: str, start: int) -> bool:
    """The phrase's clause tells of a happening in the present tense, with no future or
    past cue after that verb."""
    clause = _clause(text[max(0, start - 120):start])
    m = _PRESENT_EVENT.search(clause)
    if m is None:
        return False
    return not _past(m.group()) and not _future(clause, m.start())


# "ahead of the 5 May vote", "in advance of Tuesday's hearing", "preparations for
# Saturday's concert": the day comes after the clause's own time
_AHEAD_OF = recache.compile(
    r"\b(?:ahead\s+(?:of|to)|in\s+advance\s+of|(?:in\s+)?the\s+run-up\s+to|on\s+the\s+eve\s+of|"
    r"build-up\s+to|countdown\s+to|preparations?\s+(?:[^.;,]{0,30}?\s)?for|"
    r"prepar(?:e|es|ing)\s+for|"
    # a thing put off or called off was still to come when that was done
    r"(?P<delay>delay(?:s|ed|ing)?|postpon(?:e|es|ed|ing)|cancel(?:s|l?ed|l?ing)?|"
    r"call(?:s|ed|ing)?\s+off|put(?:s|ting)?\s+off|reschedul(?:e|es|ed|ing)|"
    r"(?:delay|postponement|cancell?ation)\s+of))\s+"
    r"(?:(?:the|a|an|this)\s+)?(?:[a-z][\w-]*\s+)?$", re.I)


# a piece of each _AHEAD_OF cue with no letter IGNORECASE reads from a non-ASCII one (i, k, s):
# a tail holding none has no match
_AHEAD_WORDS = ("ahead", "advance", "eve", "-up", "countdown", "prepar", "delay", "tpon",
                "cancel", "off", "chedul")


def ahead_of(before: str) -> str | None:
    """'future' after "ahead of" (or "preparing for", "looks ahead to", "wants to delay")
    in a clause with no past verb; 'near' (the closest such day) when the clause is
    past, as the day may then lie either side of the report ("shares rose ahead of the
    5 May vote", "called for a delay of Friday's debate"); None with no such cue."""
    clause = _clause(before)
    tail = clause[-60:]
    low = tail.lower()
    m = _AHEAD_OF.search(tail) if any(w in low for w in _AHEAD_WORDS) else None
    if m is None:
        # a plan told in the past perfect ("had planned to vote on Thursday", "had been
        # due to expire Friday") was overtaken, before or after its day: the closest one
        return "near" if "had" in clause.lower() and _HAD_PLAN.search(clause) else None
    head = clause[:len(clause) - len(tail) + m.start()]
    if m["delay"] and m["delay"].lower().endswith(("ed", "called off")):
        return "near"  # "organisers cancelled Saturday's match": either side of the report
    return "near" if _past(head) else "future"


_HAD_PLAN = recache.compile(
    r"\bhad\s+(?:not\s+)?(?:\w+ly\s+)?(?:been\s+)?(?:\w+ly\s+)?(?:planned|planning|due|"
    r"scheduled|slated|set|expected|intended|hoped|hoping|meant|supposed|aimed|aiming|"
    r"going)\s+to\s+(?:[^.;,]{0,60}?\s)?$", re.I)


# "before Saturday's march", "before the 5 May vote": like "ahead of", but only in a
# clause with no past verb either side ("Police are stepping up patrols before Saturday's
# march"); with one the tense rules stand as they were ("In the days before 5 May,
# prices rose", "left before Tuesday's vote")
_BEFORE = recache.compile(r"\bbefore\s+(?:(?:the|a|an|this)\s+)?(?:[a-z][\w-]*\s+)?$", re.I)


def before_forward(text: str, start: int, end: int) -> bool:
    """"before" a day in a clause whose verbs are neither past nor reported past."""
    clause = _clause(text[max(0, start - 120):start])
    m = _BEFORE.search(clause, max(0, len(clause) - 60))
    if m is None or _past(clause[:m.start()]):
        return False
    rest = _SENT_END.split(text[end:end + 150], 1)[0]
    return not any(p.group().lower() not in _NOT_EVENT_PAST and not _REPORTED.match(p.group())
                   for p in _past(rest))


_NP_THEN_FUTURE = recache.compile(
    r"(?:'s)?\s+(?:(?:scheduled|planned|upcoming|proposed|expected|rescheduled)\b|"
    r"(?:[\w-]+,?\s+){0,4}?(?:which\s+|that\s+)?(?:will|'ll|(?:is|are)\s+(?:expected|"
    r"due|set|scheduled|slated|to|going\s+to))\b)")


def possessive_forward(text: str, start: int, end: int) -> bool:
    """"Saturday's concert": the coming Saturday only when a cue says so of the thing
    it names ("Saturday's concert will raise ...", "ahead of Saturday's vote");
    otherwise the last one, as "Tuesday's fall" in a report mostly names a thing that
    happened, even as the object of a future verb ("would look for ways to get around
    Wednesday's ruling")."""
    if _NP_THEN_FUTURE.match(text, end, end + 80):
        return True
    if ahead_of(text[max(0, start - 120):start]) == "future":
        return True
    if present_event(text, start) or before_forward(text, start, end):
        # a schedule in the present tense ("Gates open at 18:00 for Sunday's concert"),
        # "before" the thing in a present clause ("are stepping up patrols before
        # Saturday's march")
        return True
    # a future verb of the clause ("will have to answer at Friday's debate"), but not a
    # reported "would", whose object is mostly a thing done ("would look for ways to get
    # around Wednesday's ruling")
    return is_future(text, start, end)


_IF = recache.compile(r"(?<!\bas\s)\b(?:if|unless)\s", re.I)


def _conditional_present(before: str) -> bool:
    """A weekday in a condition told in the present ("if he does not show up on Friday",
    "unless the Senate is voting on Friday"): English puts a future condition in the
    present tense, so with no past verb after the "if" the day is the coming one."""
    sent = _sentence(before)
    if sent.isascii():
        low = sent.lower()
        if "if" not in low and "unless" not in low:
            return False
    last = None
    for last in _IF.finditer(sent):  # noqa: B007
        pass
    return last is not None and not _past(sent[last.end():])


def points_forward(text: str, start: int, end: int) -> bool:
    """Does a weekday or clock time refer to the coming day of that name?

    Forward: a future cue in its clause (will, is expected to, plans to, would), a
    deadline ("until Tuesday", "postponed until Tuesday morning") in a clause with no
    past verb, or a fronted phrase whose main clause points forward ("On Tuesday, the
    league plans to ..."). Back: a past verb right before it ("the decision, announced
    Wednesday", "could not be reached Monday").
    """
    before = text[max(0, start - 120):start]
    ed = _ed_right_before(before[-40:])
    if ed and not _PASSIVE_AUX.search(before[-40:], 0, ed.start()):
        return False  # "announced Wednesday"; not "will be officially released Monday"
    if _VERB_RIGHT_AFTER.match(text, end, end + 40):
        return False  # "who on Tuesday talked of ... and then on Wednesday suddenly quit"
    if is_future(text, start, end) or would_before(text, start):
        return True
    if ahead_of(before) == "future" or present_event(text, start):
        return True
    if _conditional_present(before):
        return True
    clause = _clause(before)
    fronted = _FRONTED.search(_sentence(before))
    main = main_clause_cue(text, end, bool(fronted.group().strip())) if fronted else None
    if main is not None:
        return main == "future"
    if _UNTIL_BEFORE.search(clause[-30:]):
        # a present perfect ("has given them until Tuesday") still points forward
        past = [p for p in _past(clause)
                if not re.match(r"(?i)ha[sv]e?\b", p.group())
                and not re.search(r"(?i)\b(?:has|have)\s+(?:\w+ly\s+)?$", clause[:p.start()])]
        if not past or re.match(r"(?i)(?:postponed|delayed|adjourned|deferred)\b",
                                past[-1].group()):
            return True
    return False
