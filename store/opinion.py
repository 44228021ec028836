"""The writer's own views: sentences that judge, urge or guess, with no one said to hold them.

A report dates what happened and says who claims what. An opinion piece, a letter, a
column or a reader's post also dates its writer's judgements ("A worldwide credit
collapse is a danger [like the 1930s]", "It is irresponsible to use it as bait for votes
[before November]", "Leaders must build on that outcome [on Saturday]"): on a timeline
they read as the page's own claim about that day, with no one to hold it, and no
happening. Two shapes make no event:

- anywhere, a sentence that opens by judging what follows ("It is unclear whether ...",
  "It's quite possible that ...", "It is true that ..."): its clause is held up to be
  weighed, not told;
- on a page that reports hardly anyone's words (few "said"s for its length) and speaks as
  its writer (first person, "should", questions), a sentence whose main verb is a present
  "is/are/seems" judgement with no happening in it ("This is a pivotal moment for the
  economy"), an "ought" ("..., they should adopt ..."), or a call to the reader ("Let's
  hope ...", "Forget the ...").

What such a sentence quotes, or whoever it names as saying it, keeps it: a view with its
holder is news. A sentence with a past happening in it stays (the views' pages retell
history: "In 1929 the market crashed").
"""

from __future__ import annotations

from bisect import bisect_left

from . import recache
from .sentences import LOOSE_START as _SENTENCE_START
from .sentences import sentence_around

# what an opinion page has few of: words that say whose a claim is
_ATTRIBUTION_WORDS = (" said", " says", " say ", " told", "ccording to", " added", " asked",
                      " explained", " writes", " wrote")
# what an opinion page has: its writer's "we" and "I", "should", questions
_OPINION_WORDS = (" we ", " We ", " our ", " Our ", " us ", " us.", " I ", "\nI ", " my ",
                  " should ", " must ", "?")
MIN_SENTENCES = 8          # a shorter page is a brief, a caption or a box
ATTRIBUTION_SHARE = 0.08   # at most this many attributions a sentence
OPINION_SHARE = 0.1        # at least this many of the writer's cues a sentence
NO_ATTRIBUTION = 0.02      # or at most this many attributions a sentence: no one is quoted
MAX_SENTENCE = 240         # longer: a run of sentences that lost their stops, not one view
_STOP = recache.compile(r"[.!?][\"”’')]*\s")
# the same, one pattern a stop: a literal first character is found by a fast scan, where a
# class of three is tested at every character (their matches are _STOP's: none holds a stop
# after its first character)
_STOPS = tuple(recache.compile(stop + _STOP.pattern[len("[.!?]"):]) for stop in (r"\.", "!", r"\?"))


def _stop_starts(text: str, start: int, end: int) -> list[int]:
    """Where `_STOP` matches in [start, end), in order."""
    starts = [m.start() for rx in _STOPS for m in rx.finditer(text, start, end)]
    starts.sort()
    return starts

# a sentence that names a holder of what it says, or quotes
_HELD = recache.compile(r"[\"“”]|\b(?:said|says|say|told|tells|according|added|adds|asked|explained|"
                        r"wrote|writes|announced|reported|reports|argues|argued|believes|believed|"
                        r"thinks|projects|estimates|predicts|warns|warned|claims|claimed|insists|"
                        r"insisted|understood|expected|suggests|suggested)\b")
# "It is unclear whether", "Indeed, it is increasingly clear that", "It's quite possible that",
# "It could be that": what follows is held up to be weighed (present tense only: "It was
# unclear how ..." is a report's own account of what was known then)
_JUDGES = recache.compile(
    r"(?:[A-Z]\w+ly,?\s+|Indeed,?\s+|Of\s+course,?\s+|But\s+|And\s+|So\s+|Yet\s+|Still,?\s+)?"
    r"(?:[Ii]t(?:\s+is|[’']s)\s+(?:(?:also|not|now|still|quite|very|more|increasingly|all\s+too|"
    r"too|hardly|simply|just|certainly|equally|especially|perfectly|entirely|far|much|so|"
    r"no\s+longer)\s+)*+(?:clear|unclear|true|untrue|possible|impossible|likely|unlikely|"
    r"irresponsible|hard|easy|fair|unfair|important|vital|crucial|essential|necessary|good|bad|"
    r"wrong|right|time|obvious|evident|doubtful|certain|uncertain|interesting|striking|ironic|"
    r"sad|tempting|difficult|absurd|ridiculous|remarkable|notable|surprising|unsurprising|"
    r"a\s+(?:shame|pity|mistake|safe\s+bet))\s+(?:that|to|whether|how|for|if|when|why)\b|"
    r"[Ii]t\s+(?:could|may|might)\s+(?:well\s+)?be\s+that\b|"
    # "There is also a chance that BP will ...": what may be, weighed
    r"There\s+is\s+(?:also\s+|still\s+)?(?:a|every|little|no|some)\s+(?:real\s+|good\s+|strong\s+)?"
    r"(?:chance|possibility|risk|likelihood|danger|doubt)\s+that\b)")
# "The financial crisis is often blamed on ...", "The conventional wisdom is that ...": a
# generic statement, what is usually said or thought, with no one holding it (not "is widely
# expected to": a prediction of a happening, which is news with its speaker)
_GENERIC = recache.compile(
    r"(?:(?:But|And|Yet|So)\s+)?(?:[^,;:.!?\"“”]{0,80}?\s(?:is|are)\s+(?:often|usually|commonly|"
    r"widely|generally|frequently|typically|traditionally)\s+(?:(?:been|being)\s+)?"
    r"(?:blamed|seen|thought|considered|regarded|described|called|viewed|believed|assumed|"
    r"portrayed|cited|credited|dismissed|treated)\b"
    r"|(?:The\s+)?(?:conventional|received|common|popular)\s+wisdom\s+(?:is|has\s+it)\b)")
GENERIC_WITHIN = 800  # a page's opening: where a generic statement stands for the page (its lead)
_GENERIC_VERBS = ("blamed", "seen", "thought", "considered", "regarded", "described", "called",
                  "viewed", "believed", "assumed", "portrayed", "cited", "credited", "dismissed",
                  "treated", "been", "being")
_GENERIC_CUES = (" often ", " usually ", " commonly ", " widely ", " generally ", " frequently ",
                 " typically ", " traditionally ", " wisdom ")
# a present judgement as the main verb, within the sentence's first words: "X is/are/seems
# [adverbs] <not a participle, "to" or "under way">"
# (not the writer's own presence, "We are here this week to witness ...", nor a place: where
# someone is, is news)
_PRESENT_JUDGEMENT = recache.compile(
    r"(?!(?:We|I|You)\s)(?:[^,;:.!?]*?\s)??(?:is|are|remains|seems|seem|looks|look)\s+"
    r"(?:(?:not|still|also|just|only|so|too|very|quite|more|less|ever|[a-z]+ly|by\s+no\s+means|"
    r"no\s+longer)\s+)*+"
    r"(?!(?:[a-z]+ing|to|under|being|expected|due|set|about|now|here|there|in|at|on|back|"
    r"[a-z]+ed|[a-z]+en)\b)[a-z]")
_FIRST_WORDS = 12  # the judgement's verb comes within this many words of the start
_OUGHT = recache.compile(r"\b(?:must|should|ought\s+to)\b")
# a call to the reader opening the sentence
# a sentence whose subject is its writer: "I vote to ...", "We discovered that ...", "I had a
# good chat with X yesterday"; not one that passes on what the speaker thinks or sees, nor
# where they are ("I think the mood is gloomy", "We are here this week to ..."): a
# broadcast's correspondent reports that way
_FIRST_PERSON = recache.compile(
    r"(?:(?:Well|Actually|Frankly|Honestly|And|But|So|Yes|No),?\s+)?"
    r"(?P<who>I|We|I[’'](?:m|ve|d|ll)|We[’'](?:re|ve|d|ll)|My|Our|Many\s+of\s+us)\s+"
    r"(?!(?:just\s+|really\s+|still\s+|also\s+|all\s+)?(?:think|know|believe|hope|understand|guess|"
    r"suppose|expect|feel|hear|see|saw|heard|learned|learnt|are\s+here|am\s+here|here)\b)")
_INTRODUCES = recache.compile(r":\s+[\"“]?[A-Z]")
_CALL = recache.compile(r"(?:Avoid|Follow|Forget|Imagine|Remember|Let[’']s|Let\s+us|Think\s+of)\b")
# a happening told in the sentence: a past or perfect verb, a future
_TOLD = recache.compile(r"\b(?:was|were|had|did|has|have|will|won[’']t)\b|\b[a-z]{3,}ed\b|"
                        r"\b(?:went|came|fell|rose|took|made|began|became|hit|lost|won|left|met|"
                        r"paid|sent|struck|found|gave|got|held|kept|led|ran|saw|sold|spent|stood|"
                        r"thought|wrote|died|killed)\b")
_FIGURE = recache.compile(r"\d")
# what a scheduled happening opens with ("When the leaders meet on Saturday, they must ..."):
# the date is the meeting's, which is news
_OPENS_HAPPENING = recache.compile(r"(?:When|After|Before|Once|As|Until|While|Since)\b")
# a sentence that turns from the view to a time ("But this year most of the oysters are dead")
_TURNS_TO_A_TIME = recache.compile(r"(?:But|Yet)\s+(?:this|last|now|today|in|on|by|since)\b")
# ("... the stock fell Thousands of ..."): a caption or pull quote run into the sentence
_RUN_ON = recache.compile(r"[a-z] (?:The|This|These|Those|It|He|She|They|There|His|Her|Their|Its|A|An) ")
_CUES = ("It is ", "It's ", "It’s ", "it is ", "it's ", "it’s ", "It could be", "It may be",
         "It might be", "There is ")


def writers_views(text: str, end: int) -> list[tuple[int, int]]:
    """[start, end) of the writer's own views before `end`: a judging opening on any page,
    a question of the writer's own, and present judgements, oughts and calls to the reader on
    a page in its writer's voice."""
    spans = bare_questions(text, end)
    for cue in _CUES:  # the judging opening: tried only where its first words are
        i = text.find(cue, 0, end)
        while i >= 0:
            lo, hi = _sentence(text, i)
            if _JUDGES.match(text, lo) and _own(text, lo, hi):
                spans.append((lo, hi))
            i = text.find(cue, max(hi, i + len(cue)), end)
    head_end = min(end, GENERIC_WITHIN)
    for cue in _GENERIC_CUES:  # a generic statement: tried only where its adverb is
        i = text.find(cue, 0, head_end)
        while i >= 0:
            if cue != " wisdom " and not (text.endswith((" is", " are"), 0, i)
                                          and text.startswith(_GENERIC_VERBS, i + len(cue))):
                i = text.find(cue, i + len(cue), head_end)  # (the cheap test first)
                continue
            lo, hi = _sentence(text, i)
            if (i - lo <= _HEAD_CHARS and _GENERIC.match(text, lo, i + len(cue) + 40)
                    and _own(text, lo, hi) and not _FIGURE.search(text, lo, hi)):
                spans.append((lo, hi))
            i = text.find(cue, max(hi, i + len(cue)), head_end)
    spans += _habits(text, end)
    start = _writers_part(text, end)
    if start is None:
        return spans
    # ("we" on a short page may be a broadcast team's report: "We drove the first load of water
    # to the camp today"; only a longer page is its writers' own voice in "we" too)
    we_too = len(_stop_starts(text, start, end)) >= MIN_WE_SENTENCES
    lo = start
    for m in _SENTENCE_START.finditer(text, start, end):
        _add_view(text, lo, m.start() + 1, spans, we_too)
        lo = m.end()
    _add_view(text, lo, end, spans, we_too)
    return spans


# a question's own mark, closing its sentence (not a quotation's: '... asked: "Is it fun?"')
_ASKED = recache.compile(r"\?(?=\s|\Z)")
# a colon this far into a sentence introduces what someone asks ("..., which makes her wonder:
# How is she ...?"): a label's colon sits nearer the start ("Big question: will ...?")
LABEL_CHARS = 60
MAX_QUESTION = 400  # longer: a run of sentences that lost their stops, not one question
# ("... until early August What is the best ...?"): a question run on after a sentence
_ASKS_RUN_ON = recache.compile(_RUN_ON.pattern[:-2] + r"|What|Which|Who|Why|How|Is|Are|Do|Does|Did|Can|"
                               r"Could|Will|Would|Should) ")
# a question after a told clause: "The experts have tried and failed to stop the spill, but could
# X have the answer?": the clause before it is the happening (not after a dash: "... has left
# many asking - how long will ...?" is the question it leads to)
_THEN_ASKS = recache.compile(r"(?:,\s+(?:(?:but|and|yet|so)\s+)?|;\s+)(?:could|can|will|would|is|are|was|"
                             r"were|do|does|did|has|have|should|why|how|what|who|where)\b")


def bare_questions(text: str, end: int) -> list[tuple[int, int]]:
    """Sentences that ask, whatever their first word: "More government intervention starting
    when home values were inflated?", "In tough times, do those of us who ... have a duty to
    ...?", "The new State Pension - how will you be affected?". A question tells no
    happening; one that someone is said to ask, or that is quoted, is a report of the asking,
    and stays."""
    out: list[tuple[int, int]] = []
    i = text.find("?", 0, end)
    while i >= 0:
        if _ASKED.match(text, i):
            lo, hi = _sentence(text, max(0, i - 1))
            # (the last run-on: "... until early August The pun - wit or not?": the question
            # run on is the page's, not the sentence's)
            lo = max([lo] + [m.start() + 2 for m in _ASKS_RUN_ON.finditer(text, lo, hi)])
            if (hi == i + 1 and hi - lo <= MAX_QUESTION and not _HELD.search(text, lo, hi)
                    and text.find(": ", lo + LABEL_CHARS, hi) < 0
                    and not ((m := _THEN_ASKS.search(text, lo, hi))
                             and _TOLD.search(text, lo, m.start()))):
                out.append((lo, hi))
            i = max(i, hi - 1)
        i = text.find("?", i + 1, end)
    return out


# "The reasons why someone quits often remain opaque", "Storms tend to form in late summer":
# what usually happens, the subject's habit as the main verb in the present
_HABIT_CUES = (" often ", " usually ", " rarely ", " seldom ", " always ", " typically ",
               " generally ", " tend to ", " tends to ")
_HABIT = recache.compile(r"(?:often|usually|rarely|seldom|always|typically|generally)\s+"
                         r"(?!(?:been|being|be|not)\b)[a-z]+(?<!ed)\b|tends?\s+to\s+[a-z]+")
_NOT_HABIT = recache.compile(r"(?:has|have|had|was|were|will|would|can|could|may|might|is|are|do|does|"
                             r"did|not|as|so|too|how|more|less|very|almost|not|and|or|than|who|which|that)"
                             r"\s*\Z")


def _habits(text: str, end: int) -> list[tuple[int, int]]:
    """Sentences that tell what usually happens, in the present, with no happening, figure or
    holder: a generic statement, not news of a day."""
    out: list[tuple[int, int]] = []
    for cue in _HABIT_CUES:
        i = text.find(cue, 0, end)
        while i >= 0:
            lo, hi = _sentence(text, i)
            if (i - lo <= _HEAD_CHARS and _HABIT.match(text, i + 1)
                    and not _NOT_HABIT.search(text, max(lo, i - 12), i)
                    and "," not in text[lo:i] and _own(text, lo, hi)
                    and not _TOLD.search(text, lo, hi) and not _FIGURE.search(text, lo, hi)
                    and not _DUE.search(text, lo, hi) and text[hi - 1:hi] != "?"):
                out.append((lo, hi))
            i = text.find(cue, max(hi, i + len(cue)), end)
    return out


CARRIED = 2  # sentences a writer's view is followed on into
_QUOTED = recache.compile(r"[\"“”]")
# what is scheduled or was done, told in the present: "The commission is not due to report until
# January", "Brown's decision last week to sue may escalate the crisis"
_DUE = recache.compile(r"\b(?:due|scheduled|set\s+to|yesterday|last\s+(?:week|month|year|night)|ago|"
                       r"earlier)\b")


def views_carried_on(text: str, voice: list[tuple[int, int]], end: int) -> list[tuple[int, int]]:
    """The sentences just after one in the writer's own voice that go on with it in the
    present, holding no happening, figure or holder: "I have also reported on malaria. These
    pose a far greater threat than this flu."; "We are stuck between eras. The old order
    ... is dying." What the writer says next is the writer's view as much (a question is not
    followed: what comes after it may be its answer, told)."""
    out: list[tuple[int, int]] = []
    starts = {s for s, _ in voice}
    for start, hi in voice:
        if text[hi - 1:hi] == "?" or hi >= end or _QUOTED.search(text, start, hi):
            continue  # (the sentences after a quotation's may be the speaker's, still quoted)
        for _ in range(CARRIED):
            lo = hi
            while lo < end and text[lo] in " \t\n\"”’')":
                lo += 1
            if lo - hi > 3 or lo >= end or lo in starts:
                break  # (or the next is the writer's already)
            lo, hi = _sentence(text, lo)
            s = text[lo:hi]
            if (not _own(text, lo, hi) or _TOLD.search(s) or _FIGURE.search(s) or s[-1:] == "?"
                    or len(s) < 20 or _DUE.search(s) or _OPENS_HAPPENING.match(s)
                    or _TURNS_TO_A_TIME.match(s)):
                break
            out.append((lo, hi))
    return out


MIN_WE_SENTENCES = 20  # a page (or tail) long enough for its "we" to be its writers'
TAIL_SENTENCES = 12  # a tail judged on its own is at least this long
_TAILS = (2, 3)      # the page's last half and last third (its readers' comments, a letter)


def _writers_part(text: str, end: int) -> int | None:
    """Where the part of the page in its writer's voice begins: 0 for the whole page, the
    start of a line in its second half for a tail of readers' comments or letters under a
    report, None when neither has the shape."""
    stops = _stop_starts(text, 0, end)
    sentences = len(stops) + 1
    if sentences < MIN_SENTENCES:
        return None
    if _writers_voice(text, 0, end, sentences):
        return 0
    if sentences < 2 * TAIL_SENTENCES:
        return None  # (no half of it is long enough to be judged alone)
    for k in _TAILS:
        cut = text.find("\n", end * (k - 1) // k, end)
        if cut < 0:
            return None
        # (the stops from the cut on are the page's own: a stop cannot start at a newline,
        # and one ending on it started before it; counted from one scan, not a scan a tail)
        n = len(stops) - bisect_left(stops, cut)
        if n >= TAIL_SENTENCES and _writers_voice(text, cut + 1, end, n + 1, tail=True):
            return cut + 1
    return None


def _writers_voice(text: str, start: int, end: int, sentences: int, tail: bool = False) -> bool:
    """Whether [start, end), of `sentences` sentences, reports hardly anyone's words and
    speaks as its writer."""
    limit = ATTRIBUTION_SHARE * sentences
    if text.count(" said", start, end) > limit:  # (most reports fail on this one word)
        return False
    said = sum(text.count(w, start, end) for w in _ATTRIBUTION_WORDS)
    if said > limit:
        return False
    # (a long page that quotes no one at all is an essay, whatever its voice; a tail with no
    # quotes may be a report's background, and needs its writer's voice)
    return ((said <= NO_ATTRIBUTION * sentences and not tail)
            or sum(text.count(w, start, end) for w in _OPINION_WORDS) >= OPINION_SHARE * sentences)


def _add_view(text: str, lo: int, hi: int, spans: list[tuple[int, int]],
              we_too: bool = True) -> None:
    """Add the sentences of [lo, hi) (one, or a line's several) that are the writer's
    present judgement, ought or call to the reader."""
    for part_lo, part_hi in _lines(text, lo, hi):
        s = text[part_lo:part_hi].strip()
        if not s or _ABBREVIATION_END.search(s):
            continue  # (a sentence cut at "Sept.": its other half would stand alone)
        # (the shapes first, each behind a cheap test of its words; a sentence's own words,
        # searched for a holder or a quotation, only for one that has a shape)
        head = s[:_HEAD_CHARS]
        if (((me := _FIRST_PERSON.match(s)) and (we_too or me["who"][:1] in "IM")
                or _first_person_inside(s, we_too))
                and not _INTRODUCES.search(s)):
            # the writer's own doings, past or present (not a fact it introduces: "I like this
            # graph: there was a massive rise in ... between 2003 and 2008"); a word or two in
            # quotation marks is the writer's own phrase ('the equivalent of "the phony war"')
            if _own(text, part_lo, part_hi, scare_quotes=True):
                spans.append((part_lo, part_hi))
            continue
        # (a figure in an ought or a call is what it asks for: "the cap should be set at 110
        # dollars"; in a present statement it is a measure, which is news)
        if (_CALL.match(s)
                or (("should" in s or "must" in s or "ought" in s) and _OUGHT.search(s)
                    and not _OPENS_HAPPENING.match(s))
                or (any(w in head for w in _JUDGEMENT_WORDS)
                    and _PRESENT_JUDGEMENT.match(" ".join(s.split(" ", _FIRST_WORDS)[:_FIRST_WORDS]))
                    and not _FIGURE.search(s))):
            if _own(text, part_lo, part_hi) and not _TOLD.search(s):
                spans.append((part_lo, part_hi))


# the writer inside a sentence: "For all the talk, we are still living in ...", "The plan that
# I suggested in June is ...", "What we are witnessing is ..." (not a numeral's "I", "World War
# I"; not the writer passing on what they think, hear or learned)
_INSIDE = recache.compile(r"(?<=[a-z,] )(?:I(?:[’'](?:m|ve|d|ll))?|we(?:[’'](?:re|ve|d|ll))?)\s+"
                          r"(?!(?:just\s+|really\s+|still\s+|also\s+|all\s+)?(?:think|know|believe|"
                          r"hope|understand|guess|suppose|expect|feel|hear|see|saw|heard|learned|learnt|"
                          r"are\s+here|am\s+here|here)\b)[a-z][\w’']*\s+[a-z]")  # (not "I don't, but")


def _first_person_inside(s: str, we_too: bool) -> bool:
    """Whether the writer's "I" (or, on a long page, "we") is a clause's subject inside the
    sentence, outside any bracket."""
    if " I" not in s and not (we_too and " we" in s):  # (the cheap test first)
        return False
    for m in _INSIDE.finditer(s):
        if (m.group()[0] == "I" or we_too) and s.count("(", 0, m.start()) <= s.count(")", 0, m.start()):
            return True
    return False


_ABBREVIATION_END = recache.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|"
                                    r"St|No|Gen|Gov|Sen|Rep|U\.S)\.$")
_HEAD_CHARS = 120  # where a present judgement's verb can be (its first words)
# every verb `_PRESENT_JUDGEMENT` can hold has one of these
_JUDGEMENT_WORDS = (" is ", " are ", " remain", " seem", " look")


def _lines(text: str, lo: int, hi: int):
    while lo < hi:
        nl = text.find("\n", lo, hi)
        if nl < 0:
            yield lo, hi
            return
        yield lo, nl
        lo = nl + 1


def _own(text: str, lo: int, hi: int, scare_quotes: bool = False) -> bool:
    """A sentence of the writer's alone: no holder named, nothing quoted (with
    `scare_quotes`, but for a phrase of a few words), not a run of sentences."""
    if hi - lo > MAX_SENTENCE or _RUN_ON.search(text, lo, hi):
        return False
    if scare_quotes and ('"' in text[lo:hi] or "“" in text[lo:hi]):
        return not _HELD.search(_SCARE_QUOTE.sub("", text[lo:hi]))
    return not _HELD.search(text, lo, hi)


_SCARE_QUOTE = recache.compile(r"[\"“](?:[\w’'-]+\s+){0,3}[\w’'-]+[\"”]")


def _sentence(text: str, pos: int) -> tuple[int, int]:
    return sentence_around(text, pos, pos + 1, _SENTENCE_START, may_open_at_start=True,
                           window=600)
