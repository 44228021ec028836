"""Sentences that state rather than tell: a standing state or the writer's verdict, no happening.

A timeline dates happenings. Some sentences only describe how things stand, and their date
phrase says how long or how usually, not when something changed: "For 95 years, the central
bank has been the nation's lender of last resort", "Today, most of the region's states are
democracies", "The weeks before the holidays are traditionally their busiest season". Others
are the writer's own verdict, with no one said to hold it: "The summit will be a good thing
in itself", "For all the noise of the week, these were only first steps". On a timeline such
a sentence reads as the page's claim about that day, so it makes no event (its text stays
stored, and an article's lead moves on to its next sentence).

The shapes are grammatical and narrow, each a copula with a noun or adjective complement:

- a state over a period: a fronted duration ("For three decades,", "Since the 1960s,") or
  present period ("Today,", "These days,", "Nowadays,") and then subject, copula, complement;
- a habit: "X is/are traditionally/usually/typically ..." with a noun complement;
- a concession the writer grants ("For all the X, <subject> <copula> <complement>");
- the writer's evaluation: a copula whose complement is "a good thing", "a remarkable sign",
  "a good indicator" (an evaluative adjective on a noun that only judges).

A state whose complement is a participle, a place or a figure marks a change or a measure
("has been closed since Tuesday", "was valued at $4m", "is 10 percent") and stays; so does
"became", any past happening told in the same clause, and any sentence that names a holder
or quotes (a view with its holder is news).
"""

from __future__ import annotations

import re

from . import recache
from .opinion import _own as held_by_no_one
from .sentences import LOOSE_START as _SENTENCE_START
from .sentences import sentence_around

_CONJ = r"(?:(?:But|And|Yet|So|Still),?\s+)?"
# a fronted period over which a state holds: a duration, a span of decades, or the present
_PERIOD = (
    r"(?:(?P<dur>[Ff]or\s+(?:(?:more|less)\s+than\s+|nearly\s+|almost\s+|over\s+|some\s+|about\s+|"
    r"well\s+over\s+|the\s+(?:past|last|first)\s+)?(?:\d+|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|twenty|thirty|forty|fifty|a\s+hundred|a\s+few|several|many|a)?\s*"
    r"(?:years|decades|centuries|generations|century|generation)|"
    r"[Ss]ince\s+the\s+(?:\d{4}|\d0)[’']?s)"
    r"|(?P<now>[Tt]oday|[Tt]hese\s+days|[Nn]owadays|[Aa]t\s+present|[Cc]urrently))")
# a subject: no clause boundary, quotation, or verb of its own ("they say the world is ...")
_SUBJECT = (r"(?P<subj>(?![Ii]t\s|[Tt]here\s)(?:[^,;:.!?\"“”()]|\.(?=\S)){2,80}?)\s+")
_COPULA = r"(?P<cop>is|are|remains|remain|has\s+been|have\s+been|had\s+been|was|were|remained)\s+"
_ADVERBS = (r"(?:(?:still|also|now|not|no\s+longer|already|long|always|largely|mostly|often|very|"
            r"more|less|[a-z]+ly)\s+)*+")
# what a complement that marks a change, a place, a schedule or a measure opens with
_NOT_STATE = (r"(?!(?:[a-z]+ing|[a-z]+ed|[a-z]+en|to|in|at|on|into|under|due|set|expected|about|"
              r"here|there|back|up|down|out|off|open|shut|over|without|within|with|by|for|from|"
              r"behind|near|inside|outside|ready|able|likely|unlikely|gone|lost|hit|made|done|"
              r"sold|built|told|held|kept|left|paid|put|run|seen|shown|taken|won|worth|home)\b)"
              r"[a-z]")
_PERIOD_AT = recache.compile(_CONJ + _PERIOD)
_STATE_OVER = recache.compile(_CONJ + _PERIOD + r",?\s+" + _SUBJECT + _COPULA + _ADVERBS + _NOT_STATE)
# what a fronted period or concession opens with ("But for nearly 60 years, ...")
_OPENING_CUES = ("For ", "Since the ", "Today", "These days", "Nowadays", "Currently", "At present", "But ",
                 "And ", "Yet ")
# "X is traditionally their busiest season": a habit stated, not a happening
_HABIT = recache.compile(_CONJ + r"(?P<subj>(?![Ii]t\s|[Tt]here\s|I\s|We\s)[A-Z](?:[^,;:.!?\"“”()]|"
                         r"\.(?=\S)){2,100}?)\s+(?:is|are)\s+(?:traditionally|usually|typically|"
                         r"normally|customarily|invariably)\s+" + _NOT_STATE)
_HABITUALLY = r"(?:traditionally|usually|typically|normally|customarily|invariably) "
_HABIT_SCANS = (recache.compile(" is " + _HABITUALLY), recache.compile(" are " + _HABITUALLY))
# "For all the drama of the weekend, these were the first steps": a concession the writer grants
_CONCEDES = recache.compile(_CONJ + r"For\s+all\s+(?:the|its|his|her|their|this|that|these|those)\b"
                            r"[^,;:.!?\"“”]{1,80},\s+" + _SUBJECT + _COPULA + _ADVERBS + _NOT_STATE)
# "... will be a good thing in itself", "... is in itself a remarkable sign of growth": a
# copula whose complement only judges
_EVALUATES = recache.compile(
    r"\b(?:is|are|was|were|will\s+be|would\s+be|remains|has\s+been)\s+(?:(?:also|still|not|only|"
    r"just|in\s+itself|itself|perhaps|surely|certainly|truly|indeed)\s+)*+(?:a|an)\s+"
    r"(?:(?:very|truly|rather|quite|genuinely|deeply|most)\s+)?(?:good|bad|great|welcome|"
    r"remarkable|poignant|sobering|telling|healthy|encouraging|worrying|troubling|hopeful|"
    r"useful|powerful|striking|painful)\s+(?:thing|sign|step|reminder|idea|development|lesson|"
    r"irony|start|omen|signal|indicator|illustration|example|test)\b")
_EVALUATION_SCAN = recache.compile(r" an? (?:good|bad|great|welcome|remarkable|poignant|sobering|telling|"
                                   r"healthy|encouraging|worrying|troubling|hopeful|useful|powerful|"
                                   r"striking|painful) ")
# the writer's framing: "The real test comes down the road ...", "The key question is whether
# ...", "Everybody knows ...": what follows is weighed or taken as known, by no one in particular
_FRAMES = recache.compile(
    _CONJ + r"(?:[Tt]he\s+(?:real|big|bigger|biggest|key|main|true|ultimate|larger|central|crucial)\s+"
    r"(?:test|question|issue|problem|challenge|worry|danger|risk|lesson|concern|point)s?\s+"
    r"(?:is|are|comes|come|will\s+come|will\s+be|remains|may\s+be|might\s+be)|"
    r"(?:Everybody|Everyone)\s+(?:knows|agrees|understands)|As\s+(?:everybody|everyone)\s+knows)\b")
_FRAME_SCAN = recache.compile(r"he (?:real|big|bigger|biggest|key|main|true|ultimate|larger|central|"
                              r"crucial) ")
# the subject has a verb of its own: the copula is inside a told clause ("... warned that X was")
_SUBJECT_VERB = recache.compile(r"\b(?:that|which|who|whom|whose|is|are|was|were|has|have|had|will|"
                                r"would|can|could|said|says|say|think|believe)\b")
# a happening told in the clause after the copula (past verbs, a future)
_TOLD = recache.compile(r"\b(?:was|were|had|did|has|have|will|won[’']t|became|become)\b|"
                        r"\b[a-z]{3,}ed\b|\b(?:went|came|fell|rose|took|began|hit|lost|won|left|met|"
                        r"paid|sent|struck|found|gave|got|held|kept|led|ran|sold|spent|died|killed)\b")
# where the copula's clause ends
_CLAUSE_END = recache.compile(r"[;:]|\s--?\s|\s–\s|,\s+(?:and|but|while|which|who|as|although|"
                              r"though|when|after|before|since|until)\b")
# "X is usually busy, but now it's very quiet": the contrast with the habit is the news
_CONTRAST = recache.compile(r"[,;]\s+but\b")
# a present state's complement that names what the subject is: a determiner's noun phrase or a
# bare plural ("are democracies,"), not an adjective
_NOUN_COMPLEMENT = recache.compile(r"(?:the|a|an|one|among|no|its|their|his|her|our|this|these|those)\b|"
                                   r"[a-z]+s(?=[,.;])")
_AFTER_CREDIT = (") ", ")\n")
CUE_REACH = 12  # characters a fronted cue may stand from its sentence's start ("But ", quotes)


def states(text: str, end: int) -> list[tuple[int, int]]:
    """[start, end) of sentences before `end` that state a standing state or the writer's
    verdict, with no happening, holder or quotation in them."""
    spans: list[tuple[int, int]] = []
    # (each shape is looked for only where its first words are, in one scan for each: 16
    # scans of the page, against 54 for one of each cue)
    for cue in _OPENING_CUES:
        i = text.find(cue, 0, end)
        while i >= 0:
            if _opens(text, i) and ((shape := _CONCEDES) if _CONCEDES.match(text, i)
                                    else (shape := _STATE_OVER) if _PERIOD_AT.match(text, i) else None):
                lo, hi = _sentence(text, i)
                # ("(By X -- Agency) For 95 years, ...": a credit's caption before it)
                at = i if i - lo > CUE_REACH and text[i - 2:i] in _AFTER_CREDIT else lo
                if i - at <= CUE_REACH and (m := shape.match(text, at, hi)) \
                        and _stands(text, m, at, hi):
                    spans.append((lo, hi))
            i = text.find(cue, i + len(cue), end)
    for scan in _HABIT_SCANS:
        for c in scan.finditer(text, 0, end):
            i = c.start() + 1
            lo, hi = _sentence(text, i)
            if (m := _HABIT.match(text, lo, hi)) and m.end("subj") + 1 == i \
                    and _stands(text, m, lo, hi, after=c.end()):
                spans.append((lo, hi))
    frames = [c.start() - 1 for c in _FRAME_SCAN.finditer(text, 1, end)]
    for cue in ("verybody ", "veryone "):
        i = text.find(cue, 1, end)
        while i >= 0:
            frames.append(i - 1)
            i = text.find(cue, i + len(cue), end)
    for i in frames:
        if _opens(text, i) or text[max(0, i - 4):i] in _CONJ_T:
            lo, hi = _sentence(text, i)
            if i - lo <= CUE_REACH and _FRAMES.match(text, lo, hi) \
                    and held_by_no_one(text, lo, hi, scare_quotes=True):
                spans.append((lo, hi))
    for c in _EVALUATION_SCAN.finditer(text, 0, end):
        i = c.start()
        lo, hi = _sentence(text, i)
        m = _EVALUATES.search(text, max(lo, i - 40), min(hi, i + 40))
        if m and held_by_no_one(text, lo, hi, scare_quotes=True):
            spans.append((lo, hi))
    return spans


_OPENERS = (". ", ") ", '" ', "” ", "! ", "? ", ": ", ", ")  # what a cue opening a sentence follows
_CONJ_T = ("But ", "And ", "Yet ", "So ", "but ", "and ", "yet ", "so ")  # ("But the real test ...")


def _opens(text: str, i: int) -> bool:
    """Whether position `i` may open a sentence (or follow a conjunction opening it)."""
    return i <= 0 or text[i - 1] in "\n\t" or text[i - 2:i] in _OPENERS


def _stands(text: str, m: re.Match, lo: int, hi: int, after: int | None = None) -> bool:
    """Whether the matched copula's clause tells no happening and the sentence names no holder."""
    if _SUBJECT_VERB.search(m.group("subj")) or _CONTRAST.search(text, m.end(), hi):
        return False
    start = m.end() - 1 if after is None else after
    stop = _CLAUSE_END.search(text, start, hi)
    if _TOLD.search(text, start, stop.start() if stop else hi):
        return False
    if m.groupdict().get("now") and not (m.group("cop").startswith(("is", "are", "remain"))
                                         and _NOUN_COMPLEMENT.match(text, m.end() - 1)):
        return False  # ("Today, X was ...": a past told on the day; "today, the right to work
        # is equal to ...": a speaker's claim as much as a state, kept)
    return held_by_no_one(text, lo, hi)


# a stop that ends an abbreviation, not the sentence ("U.S. banks", "Mr. Smith")
_ABBREVIATION = recache.compile(r"(?:\b(?:[A-Z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen)\.)\Z")


def _sentence(text: str, pos: int) -> tuple[int, int]:
    lo, hi = sentence_around(text, pos, pos + 1, _SENTENCE_START, may_open_at_start=True,
                             window=600)
    for _ in range(3):  # (a sentence cut at "U.S." goes on past it)
        if hi >= len(text) or not _ABBREVIATION.search(text, max(lo, hi - 8), hi):
            break
        hi = sentence_around(text, hi + 1, hi + 2, _SENTENCE_START, may_open_at_start=True,
                             window=600)[1]
    return lo, hi
