"""Sentences that speak in their writer's own voice, and questions: no happening to date.

A news report tells what others did and said: the first person appears only in
what it quotes, next to "said". Readers' posts, family-history requests, live
chats with readers and diaries speak in the first person with hardly a "said"
("I am trying to trace my great grandparents, who married in 1813"). Where a
page, or its tail, has that shape (many lines in the first person, few with an
attribution verb), its first-person sentences make no events: "I" names no one
to a reader of a timeline, and what it dates is the writer's life or wish. Its
third-person sentences still do ("He married in 1914"), unless many readers
wrote the part (informal spelling throughout, or posts each under its writer's
first name): then none of it does.

On any page, a first-person view that says it is one ("It seems to me that
...", "I guess ...", "we must begin today to build ...") and a bare quotation in the first person with no
attribution make no event, and nor does a question (one that opens as a
question: "What kind of leadership do Americans want?"): it asks, not tells.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from . import recache
from .furniture_words import cue_pattern
from .opinion import writers_views
from .sentences import LOOSE_START as _SENTENCE_START
from .sentences import sentence_around
from .stative import states

# first-person words, case-sensitive where a capital means something else ("US", "ME")
_FIRST = recache.compile(
    r"(?<![\w’'.-])(?:I(?:[’'](?:m|ve|d|ll))?|i|[Ii]m|[Ii]ve|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)"
    r"(?![\w’'-])")
# first person plural too, for a quotation's speaker: "we", "our"
_FIRST_ANY = recache.compile(_FIRST.pattern[:-len(r")(?![\w’'-])")] + r"|[Ww]e(?:[’'](?:re|ve|d|ll))?|"
                        r"[Oo]ur|us)(?![\w’'-])")
# '...," Mr. Schwarz says': a comma closing a quotation, its attribution after it
_CLOSED_FOR_SAYING = recache.compile(r"[,?!]\s*[\"”]")
# readers' spelling: a lowercase "i", contractions without their apostrophe
_INFORMAL = recache.compile(r"(?<![\w'’])(?:i|im|ive|dont|didnt|cant|wont|isnt|doesnt|wasnt|thats|weve|"
                            r"u|ur|pls|plz|thanx|thx)(?![\w'’])")
MIN_INFORMAL = 10  # and at least one in every 1,000 characters
# a post introduced by its writer's first name: 'Margi: " I am looking for ...'
_POST_LABEL = recache.compile(r"(?:^|: |\n)[A-Z][a-z]+(?: [A-Z][a-z]+)?: [\"“]")
MIN_POST_LABELS = 5
# cheap counts that a page with the shape cannot lack
_FIRST_CUES = (" I ", "\nI ", " my ", " My ", "\nMy ", " me ", " i ", " I'", " I’")
_ATTRIBUTION = recache.compile(r"\b(?:said|says|told|according\s+to|added|asked|explained)\b")
# "we" pages: a higher share, as reports quote "we" more than "I", and a longer page: a
# broadcaster's short segment ("We are here this week to witness ...") reports, in "we"
WE_SHARE = 0.4
MIN_WE_LINES = 20
_WE_CUES = (" we ", " We ", "\nWe ", " our ", " Our ", "\nOur ", " us ", " we'", " we’")
MIN_WORDS = 4      # a line shorter than this is a heading or furniture: not counted
MIN_LINES = 6      # lines of the page (or its tail) the shape is judged on
FIRST_SHARE = 0.3  # at least this share of them in the first person
SAID_SHARE = 0.1   # at most this share with an attribution verb (one in any shorter tail)
# a first-person view that says it is one: "I guess ...", "It seems to me that ...", "in my
# opinion", or a call on "we" ("we must begin to build ..."); "I think" and "I hope" also
# open what a speaker reports, and stay
_VIEW = recache.compile(
    r"(?<![\w’'])[Ii]\s+(?:guess|suppose|reckon|wonder)\b|"
    r"(?<![\w’'])[Ww]e(?:\s+(?:all|each|also|now|still|simply|really|just))?\s+(?:must|should|"
    r"need\s+to|have\s+to|ought\s+to|cannot\s+afford)\b|(?<![\w’'])[Ww]e[’']re\s+going\s+to\s+have\s+to\b|"
    r"\b[Ii]t\s+seems\s+to\s+me\b|\b[Ii]n\s+my\s+(?:humble\s+)?(?:opinion|view)\b")
_VIEW_CUES = ("i guess", "i suppose", "i reckon", "i wonder", "seems to me", "my opinion",
              "my view", "my humble", "we must", "we should", "we need", "we have to", "we all",
              "we each", "we also", "we now", "we still", "we simply", "we really", "we just",
              "we ought", "we cannot", "going to have to")
_VIEW_CUE = recache.compile(cue_pattern(_VIEW_CUES))  # one scan, not 24
_QUESTION_END = recache.compile(r"\?[\"”’')]*(?=\s|$)")
# a question asks from its first word: "The Pentagon said it will re-examine the question are
# the remains known?" tells a happening, and so does a statement quoting a question
_ASKS = recache.compile(
    r"[\"“‘'(]*\s*(?:(?:so|and|but|or|then|now|well|plus|also),?\s+)?"
    # ("If neither candidate does, what will happen?": a question after a fronted clause)
    r"(?:(?:if|when|once|unless|until|after|before|since|given)\s+[^,?\"“”]{1,80},\s+)?"
    r"(?:who|whom|whose|what|when|where|"
    r"why|how|which|is|are|was|were|am|do|does|did|can|could|will|would|shall|should|may|might|"
    r"must|has|have|had|isn[’']t|aren[’']t|wasn[’']t|weren[’']t|don[’']t|doesn[’']t|didn[’']t|"
    r"can[’']t|won[’']t|wouldn[’']t|shouldn[’']t|haven[’']t|hasn[’']t)\b", re.IGNORECASE)


def own_voice(text: str, end: int | None = None, low: str | None = None) -> list[tuple[int, int]]:
    """[start, end) of first-person sentences in an own-voice page or tail, and of
    questions, before `end` (where a comment thread already found begins)."""
    end = len(text) if end is None else end
    low = text.lower() if low is None else low
    spans = (_questions(text, end) + _bare_quotations(text, end) + _views(text, low, end)
             + _writer_speaks(text, end) + _addresses(text, end) + writers_views(text, end)
             + states(text, end))
    # in an own-voice part, "we" is the writer's too ("In those years we had ...")
    start = _own_voice_start(text, end)
    if start is None:
        # a page in "we" throughout: an aid agency's diary, a campaign's or a firm's own
        # page, an opening statement read out
        lines = text.count("\n", 0, end) + 1
        if (lines >= MIN_WE_LINES  # a report, with its "said"s, is not one: cheap counts first
                and sum(text.count(w, 0, end) for w in _ATTRIBUTION_WORDS) <= 2 * SAID_SHARE * lines
                and sum(text.count(w, 0, end) for w in _WE_CUES) >= WE_SHARE * lines / 2):
            start = _own_voice_start(text, end, _FIRST_ANY, WE_SHARE, _WE_CUES, MIN_WE_LINES)
    if start is None:
        return spans
    if _readers_posts(text, start, end):
        spans.append((start, end))
        return spans
    pos = start
    while (m := _FIRST_ANY.search(text, pos, end)) is not None:
        lo, hi = _sentence_around(text, m.start(), m.end())
        spans.append((lo, hi))
        pos = max(hi, m.end())
    return spans


def _readers_posts(text: str, start: int, end: int) -> bool:
    """An own-voice part written by many readers: informal spelling throughout ("i", "dont",
    "weve"), or posts each introduced by its writer's name ("Margi: " I am looking ...")."""
    labels = len(_POST_LABEL.findall(text, start, end))
    if labels >= MIN_POST_LABELS:
        return True
    informal = len(_INFORMAL.findall(text, start, end))
    return informal >= MIN_INFORMAL and informal * 1000 >= end - start


def _own_voice_start(text: str, end: int, pattern: re.Pattern = _FIRST,
                     share: float = FIRST_SHARE, cues: tuple[str, ...] = _FIRST_CUES,
                     min_lines: int = MIN_LINES) -> int | None:
    """Where the page's own-voice part begins: the first line in the first person
    (`pattern`) from which the rest of the page has the shape (`share` of its lines in
    it); None when it has none."""
    seen = 0
    for cue in cues:  # most pages: too few first-person words to have the shape at all
        seen += text.count(cue, 0, end)
        if seen >= min_lines * share:
            break
    else:
        return None
    starts = [0]
    i = text.find("\n", 0, end)
    while i >= 0:
        starts.append(i + 1)
        i = text.find("\n", i + 1, end)
    first = {bisect_right(starts, m.start()) - 1 for m in pattern.finditer(text, 0, end)}
    if len(first) < min_lines * share:
        return None
    said = {bisect_right(starts, m.start()) - 1 for m in _ATTRIBUTION.finditer(text, 0, end)}
    lines = []  # (start, first person, attribution) of the counted lines
    for k, a in enumerate(starts):
        b = starts[k + 1] - 1 if k + 1 < len(starts) else end
        if text.count(" ", a, b) >= MIN_WORDS - 1:
            lines.append((a, k in first, k in said))
    n = len(lines)
    if n < min_lines:
        return None
    first_after = [0] * (n + 1)  # counts from line i to the end
    said_after = [0] * (n + 1)
    for i in range(n - 1, -1, -1):
        first_after[i] = first_after[i + 1] + lines[i][1]
        said_after[i] = said_after[i + 1] + lines[i][2]
    for i in range(n - min_lines + 1):
        rest = n - i
        if (lines[i][1] and first_after[i] >= share * rest
                and said_after[i] <= SAID_SHARE * max(rest, 10)):
            return lines[i][0]
    return None


def _writer_speaks(text: str, end: int) -> list[tuple[int, int]]:
    """Sentences where the page's writer steps in as "I" or "we", outside any quotation,
    on a page that otherwise reports ("On 1st March we moved to a new blogging system.",
    "We're back tomorrow!", "Let's recap on the events so far"): the writer's own doings
    (a site note, a presenter's line, a diarist) name no one on a timeline. Only a sentence
    opening with its subject counts (after at most a short time adverbial), or a "we" with
    its verb inside one ("as we have seen"), not one that passes on what the writer learned
    or thinks ("we learned that ...": what follows is the news), and only on a page with
    several attributions and quotation marks (a report, where the first person otherwise
    sits inside quotations): a transcript of a presenter or a letter, all in the first
    person, is the speaker's own account and stays."""
    if sum(text.count(q, 0, end) for q in ('"', "“", "``")) < MIN_QUOTE_MARKS:
        return []
    found = []
    for who in _WHO.finditer(text, 0, end):  # "I", "We", "Let's": rare capitals, a fast scan
        p = who.start()
        if p and (text[p - 1].isalnum() or text[p - 1] in "’'-"):
            continue
        tail = _OPENS_TAIL.search(text, max(0, p - 40), p) if p else True
        if tail and (m := _WHO_VERB.match(text, p)):
            found.append(m)
    if " we" in text:
        found += [m for m in _WE_INSIDE.finditer(text, 0, end)
                  if m.start() > 0 and text[m.start() - 1] in _BEFORE_WE]
    if not found or sum(text.count(w, 0, end) for w in _ATTRIBUTION_WORDS) < MIN_REPORT_ATTRIBUTIONS:
        return []
    out: list[tuple[int, int]] = []
    for m in found:
        if m.group("verb").lower() in _PASSES_ON or _quoted_at(text, m.start("who")):
            continue
        lo, hi = sentence_around(text, m.start("who"), m.end(), _SENTENCE_START,
                                 may_open_at_start=True, window=SENTENCE_WINDOW)
        if (_ATTRIBUTION.search(text, lo, hi) or _CLOSED_FOR_SAYING.search(text, lo, hi)
                or _ATTRIBUTION_MORE.search(text, lo, hi) or _RUN_ON.search(text, m.end(), hi)):
            continue
        out.append((lo, hi))
    return out


MIN_REPORT_ATTRIBUTIONS = 5  # "said", "told", ... on the page
MIN_QUOTE_MARKS = 4          # a page that quotes with marks, not a transcript
# a pull quote or caption run into the next sentence ("... all the areas Thousands of
# Haitians gathered ..."): the sentence holds more than the writer's words, and stays
_RUN_ON = recache.compile(r"[a-z] (?:The|This|These|Those|It|He|She|They|There|His|Her|Their|Its|A|An|"
                          r"In|On|At|Under|After|Before|Thousands|Hundreds|Dozens|Officials?) |"
                          r"[\w.!?,] ?[\"”] [A-Z]")
# what may stand before the writer's "I" or "we" opening a sentence: the stop (or the page's
# start), at most a short time adverbial or a dropped "I" ("Guess we'll be seeing ...")
_OPENS_TAIL = recache.compile(
    r"(?:^|[.!?][\"”’')]?[ \t]|\n)[ \t]*(?:(?:(?:On|From|Since|Until|By|Over|During|In|Last|"
    r"This|Earlier|Later)\s+\w+(?:\s+\w+)?|"
    r"Today|Yesterday|Tonight|Tomorrow|Now|Guess|Anyway|So|And|But|Then|Finally|Meanwhile)"
    # ("An aside: I've been watching ...": a label of the writer's own)
    r",?[ \t]+|[A-Z][a-z]+,[ \t]+|An?\s+[a-z]+:[ \t]+)?\Z")
_WHO = recache.compile(r"(?:I|We|we|Let)(?=[ \t’'])")
_WHO_VERB = recache.compile(r"(?P<who>I(?:[’'](?:m|ve|d|ll))?|[Ww]e(?:[’'](?:re|ve|d|ll))?|Let[’']s)[ \t]+"
                            r"(?P<verb>[a-z][\w’'-]*)")
_ATTRIBUTION_WORDS = (" said", " says", " told", "ccording to", " added", " asked", " explained")


# "They can do it because as we have seen, ...", "... we'd still have major grief": the
# writer's "we" inside a sentence, with its verb
_WE_INSIDE = recache.compile(r" (?P<who>we(?:[’'](?:d|ve|re|ll))?)[ \t]+"
                             r"(?P<verb>have|had|would|will|can|could|should|must|need|are|were|still|"
                             r"all|may|might)\b")
_BEFORE_WE = frozenset("abcdefghijklmnopqrstuvwxyz,")
# verbs that pass on news rather than tell the writer's own doing
_PASSES_ON = frozenset("""learned learnt learn know knew hear
heard understand understood see saw note noted now also still""".split())
_ATTRIBUTION_MORE = recache.compile(r"\b(?:writes|wrote|tells|recalls|recalled|admits|admitted|"
                                    r"insists|insisted|argues|argued)\b")


def _quoted_at(text: str, pos: int) -> bool:
    """Whether `pos` is inside quoted speech: an odd count of straight quotes, or an
    unclosed curly or `` one, on its line before it; the line after one that ends in a
    colon or leaves a quotation open (a quotation running over paragraphs)."""
    lo = text.rfind("\n", max(0, pos - QUOTE_WINDOW), pos) + 1 or max(0, pos - QUOTE_WINDOW)
    if _open_quote(text, lo, pos):
        return True
    prev_lo = text.rfind("\n", max(0, lo - QUOTE_WINDOW), max(0, lo - 1)) + 1
    prev = text[prev_lo:lo].rstrip()
    return prev.endswith((":", ':"', ":“")) or _open_quote(text, prev_lo, lo)


QUOTE_WINDOW = 1500  # characters before a word searched for the quotation it sits in
SENTENCE_WINDOW = 600  # characters a sentence is looked for in (a page of one long line)


def _open_quote(text: str, lo: int, hi: int) -> bool:
    return bool(text.count('"', lo, hi) % 2 or text.rfind("“", lo, hi) > text.rfind("”", lo, hi)
                or text.rfind("``", lo, hi) > text.rfind("''", lo, hi))


def _bare_quotations(text: str, end: int) -> list[tuple[int, int]]:
    """Sentences that are a quotation in the first person with no attribution of their own
    (""It is global, but I don't think anyone should worry ..."") : a view, not a report
    of what happened; with "he said" in it, the report is of the speaking, and stays."""
    out = []
    for mark in ('"', "“"):
        i = text.find(mark, 0, end)
        while i >= 0:
            before = text[max(0, i - 3):i].rstrip(" \t")
            if i == 0 or not before or before[-1] in "\n.!?":
                lo, hi = _sentence_around(text, i, i + 1)
                if (lo == i and _FIRST_ANY.search(text, lo, hi)
                        and not _ATTRIBUTION.search(text, lo, hi)
                        and not _CLOSED_FOR_SAYING.search(text, lo, hi)):
                    out.append((lo, hi))
            i = text.find(mark, i + 1, end)
    return out


def _views(text: str, low: str, end: int) -> list[tuple[int, int]]:
    """Sentences that give a first-person view ("I guess ...", "It seems to me that ...")
    with no attribution: on any page, what they date is an opinion's, not a happening."""
    out: list[tuple[int, int]] = []
    hi = 0
    for cue in _VIEW_CUE.finditer(low, 0, end):  # the pattern only where its words are
        if cue.start() < hi:
            continue
        m = _VIEW.search(text, max(0, cue.start() - 4), min(end, cue.end() + 30))
        if m is None:
            continue
        lo, hi = _sentence_around(text, m.start(), m.end())
        if not _ATTRIBUTION.search(text, lo, hi) and not _CLOSED_FOR_SAYING.search(text, lo, hi):
            out.append((lo, hi))
        hi = max(hi, m.end())
    return out


# a page's words to its readers, opening a sentence or a live entry after its stamp: a welcome
# ("Welcome to our live coverage of ..."), a sign-off ("See you after the weekend"), a call
# to stay ("Stay with us"), or the page on itself ("This live page is part of a trial ...")
_ADDRESS = recache.compile(
    r"(?:^|(?<=\n)|(?<=[.!?]\s)|(?<=[.!?][\"”]\s)|(?<=\d:\s)|(?<=\d\d\s))"
    r"(?:Welcome\s+(?:back\s+)?to\s+(?:our|this|the|my)\s|"
    r"See\s+you\s+(?:all\s+)?(?:again|soon|later|tomorrow|next|then|after|on|in|at)\b|"
    r"(?:Do\s+)?(?:[Ss]tay|[Jj]oin)\s+(?:with\s+)?us\b|"
    r"This\s+(?:live\s+)?(?:page|blog|live\s+blog|feed)\s+(?:is|will|has|was)\b)")


# "The BBC News website will provide live coverage of the address ... between 2300 and 0200
# GMT": a page's promise of its own coverage
_COVERAGE = recache.compile(r"\bwill\s+(?:provide|bring\s+you|carry|have|offer)\s+(?:full\s+)?live\s+"
                            r"(?:coverage|updates|reaction|commentary)\b")


_ADDRESS_CUES = ("Welcome", "See you", "Stay", "Join", "Do ", "This live", "This page", "This blog",
                 "This feed")


def _addresses(text: str, end: int) -> list[tuple[int, int]]:
    """Sentences in which the page speaks to its readers (a welcome, a sign-off, the page on
    itself, its promise of live coverage): the page's furniture, whatever day they name."""
    out: list[tuple[int, int]] = []
    for cue in _ADDRESS_CUES:  # (the pattern tried only where its first word is: 0.02 ms
        i = text.find(cue, 0, end)  # an article, against 1.4 for a scan of every position)
        while i >= 0:
            if m := _ADDRESS.match(text, i):
                out.append(_sentence_around(text, m.start(), m.end()))
            i = text.find(cue, i + len(cue), end)
    i = text.find(" live ", 0, end)
    while i >= 0:  # (the pattern tried only before a "live": 0.14 ms an article otherwise)
        if m := _COVERAGE.search(text, max(0, i - 40), min(end, i + 40)):
            out.append(_sentence_around(text, m.start(), m.end()))
        i = text.find(" live ", i + 6, end)
    return out


# "... images from the coast WHAT WILL HAPPEN TO THE FISH?": a question heading in capitals
_CAPS_QUESTION = recache.compile(r"(?:[A-Z][A-Z’'-]+ ){2,}[A-Z][A-Z’'-]+\?")


# "... glamorous ministers Which is NOT a codename ...?": a question run on after a lowercase
# word, as a quiz's lines are when a page loses its layout
# word, as a quiz's lines are when a page loses its layout; or a call to readers run on after
# a page's stamp ("Last updated: 29 June 2010 Are you trying to trace ...?")
_RUN_ON_QUESTION = recache.compile(r"(?<=[a-z] )(?:Which|What|Who|Why|How)\s|"
                                   r"(?<=[a-z0-9] )(?:Are|Do|Did|Have|Can|Could|Would|Will|Were)\s+you\s")


LABEL_CHARS = 60  # how far into a sentence a label's colon before a question may be


def _last_run_on_question(text: str, lo: int, i: int) -> int | None:
    last = None
    for m in _RUN_ON_QUESTION.finditer(text, max(lo, i - 300), i):
        last = m.start()
    return last


def _questions(text: str, end: int) -> list[tuple[int, int]]:
    out = []
    i = text.find("?", 0, end)
    while i >= 0:
        m = _QUESTION_END.match(text, i)
        if m:
            lo, hi = _sentence_around(text, i, i)
            if _ASKS.match(text, lo):
                out.append((lo, hi))
            elif (colon := text.rfind(": ", lo, min(i, lo + LABEL_CHARS))) >= 0 \
                    and _ASKS.match(text, colon + 2):
                # "One more big question: will Mr Obama call for ...?": a question after its
                # label
                out.append((lo, hi))
            elif text[i - 1:i].isupper() and (q := _CAPS_QUESTION.search(text, max(lo, i - 80),
                                                                         i + 1)):
                if q.end() == i + 1 and _ASKS.match(text, q.start()):
                    out.append((q.start(), i + 1))
            elif (run_on := _last_run_on_question(text, lo, i)) is not None:
                out.append((run_on, hi))
            i = text.find("?", max(hi, i + 1), end)
        else:
            i = text.find("?", i + 1, end)
    return out


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) holding [start, end): any letter may open it."""
    return sentence_around(text, start, end, _SENTENCE_START, may_open_at_start=True)
