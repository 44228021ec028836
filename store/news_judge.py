"""Whether a sentence near an article's top tells news: NEWS, NO_NEWS or FURNITURE.

A reader expects an article's lead to be a sentence that tells a happening: someone did
something. Each sentence is judged by its shape alone, never by its topic:

- furniture: the page speaking of itself ("this article", "the story misspelled"), to its
  reader ("you", "your", an imperative), or in its own voice ("I", "we"), a caption
  (", left,", "file photo"), a short byline, or a page in another language;
- no news: a question, a headline or label (no full stop, no finite verb, a kicker's
  colon, Title Case with its words' verb capitalised), a programme's blurb ("X reports
  from ..."), a supposition ("If ..."), or a state and not a happening (a main
  "is/are/seems" before anything happens in the sentence, "This ..." pointing back).

lead_sentence.py reads the page's first sentences in order with these verdicts.
"""

from __future__ import annotations

import re

from . import recache

MIN_WORDS = 6  # fewer words are a label or a fragment, no sentence to lead with
NEWS, NO_NEWS, FURNITURE = 0, 1, 2
# the page speaking of itself: a credit line, a correction, an editor's note
PAGE_ITSELF = recache.compile(
    r"(?i)^\W*(?:(?:an?\s+)?(?:earlier|previous|prior|online|print)\s+versions?\s+of\s+)?"
    r"(?:this|the)\s+(?:article|story|column|blog|post|item|page|entry|graphic|caption)\s+(?:was\s+|has\s+been\s+|is\s+)?(?:[a-z]+ly\s+)?"
    r"(?:incorrectly|wrongly|erroneously|misstated|misspelled|misidentified|misquoted|"
    r"misattributed|omitted|quoted|said|stated|described|referred|gave|carried|reported\s+"
    r"(?:jointly|with|by)|written|produced|prepared|updated|corrected|amended|appeared|"
    r"contains?|includes?|does\s+not|did\s+not)\b"
    r"|\b(?:this|these)\s+(?:article|story|column|blog|post|item|page|report)s?\b")
# the page's words to its reader, outside quotations: second person
_READER = recache.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
# the writer's own voice, outside quotations
# (not "I." before a capital: an initial, "Will.I.Am")
_OWN = recache.compile(r"(?:^|[\s(])(?:I(?!\.\s*[A-Z])|I[’'](?:m|ve|d|ll)|me|my|mine|we|We|"
                       r"we[’'](?:re|ve|d|ll)|We[’'](?:re|ve|d|ll)|us|our|Our|My)(?=[\s,.;:!?)])")
# an imperative opening: a verb, then its object's determiner ("Send an email ...", "Forget
# the ..."); not an adverb or time word before a subject ("Yesterday the ...")
_IMPERATIVE = recache.compile(r"[A-Z][a-z]+\s+(?:the|a|an|your|this|these|our|us|me|it|them)\b|"
                              r"Please\b")
# a byline ("By Richard Black Environment correspondent, BBC News")
_BYLINE = recache.compile(r"^\W*By\s+[A-Z][\w’'.-]*\s+[A-Z](?!(?:\S*\s+){12})")
_NOT_IMPERATIVE = frozenset("""yesterday today tonight now then meanwhile however here there
also still later earlier overnight again once thus hence instead so but and yet last next
this that these those such on in at for with from by as to of after before during since until
amid among under over about across through into upon without within against despite like near
while when where if though although because unlike beyond behind""".split())
# a photo's caption: who stands where in it
_CAPTION = recache.compile(r"^\W*From\s+(?:left|right)\b|,\s+(?:left|right|center|centre|top|above|below|second\s+from\s+"
                           r"(?:left|right)|foreground|background)\s*,|\bfile\s+photo\b|"
                           r"\((?:pictured|left|right|center|centre|above|below)\)|"
                           r"\b(?:handout|undated)\s+(?:photo|picture|image)\b|"
                           r"\b(?:graphic|picture|photo|photograph|map|video|image|chart)\s+"
                           r"(?:above|below)\b", re.IGNORECASE)
QUOTED = recache.compile(r"[\"“][^\"“”]*[\"”]|‘[^‘’]*’|` [^`']*'")
# a kicker: "BP oil disaster: Pre-spill tests ..." (a few words and a colon)
_KICKER = recache.compile(r"^[^,;:.!?\"“]{3,40}:\s")
# a sentence that ends on a full stop, or on a quotation closed after one
ENDS_ON_STOP = recache.compile(r"[.!][\"”’')]*\s*$|[.!]\s+[’'\"”]\s*$")
# a main verb of state near the start: "X is/are/was/were ..." not followed by a participle,
# "to" or a progressive; "seems", "remains"
_BE = frozenset("is are was were remains remain remained seems seem seemed appears appeared "
                "'s ’s".split())
_MODAL = frozenset("will would could can may might must should shall".split())
_HAVE = frozenset("has have had".split())
_SAYING = recache.compile(r"\b(?:said|says|say|told|tells|according\s+to|added|adds|announced|"
                          r"reported|reports|warned|warns|claims|claimed|insists|insisted|"
                          r"confirmed|confirms|believes|believe|thinks)\b")
_NOT_PARTICIPLE = frozenset("need seed speed feed breed indeed hundred red bed bred led shed "
                            "wed fed".split())
_IRREGULAR = frozenset("""born been seen done gone given taken made told found held kept left
lost met paid put run sent set shown shut spent struck hit hurt known thrown won written begun
become brought bought built caught chosen driven drawn fallen felt fought flown forgotten
frozen grown hung heard hidden laid led meant risen sold sought spoken spread stolen stuck
sworn swept taught thought torn understood withdrawn worn""".split())
# "This should be ...", "This has led to ...": a sentence pointing back to what came before
_POINTS_BACK = recache.compile(r"^(?:This|That|These|Those)\s+(?!(?:[a-z]+\s+){0,3}?(?:of|in|at|on|"
                               r"who|which)\b)(?:[a-z]+s|is|was|are|were|has|had|have|should|would|"
                               r"could|can|will|may|might|must|does|did)\b")
# a headline in Title Case: its verb or link word capitalised among capitalised words
_TITLE_LINK = recache.compile(r"^(?:[A-Z][\w’'.,-]*\s+|(?:of|in|to|for|on|at|by|and|a|the|with|as)"
                              r"\s+){1,8}(?:Is|Are|Was|Were|Has|Have|Could|Might|Should|Would|To)"
                              r"\s+(?:(?:as|a|an|the|of|to|in|on|for|at)\s+)?[A-Z]")
# a video's or a programme's blurb: "Christian Fraser reports from ...", "Philosopher David Bain
# examines the arguments", "Aerial footage reveals the devastation ..."
_BLURB = recache.compile(r"(?:The\s+)?(?:[A-Z][\w’'.-]*\s+){1,5}(?:reports?|describes?|examines?|"
                         r"looks?|presents?|considers?|explores?|investigates?|asks?|meets?|visits?|"
                         r"talks?|speaks?|joins?|explains?|discuss(?:es)?|reflects?|reacts?|"
                         r"tells?\s+the\s+story)\s+(?:from|on|at|to|with|back|how|what|why|whether|"
                         r"if|the|a|an|his|her|their|its)\b")
_FOOTAGE = recache.compile(r"\b(?:[Ff]ootage|[Vv]ideo|[Pp]ictures|[Ii]mages|[Pp]hotos|[Ff]ilm)\s+"
                           r"(?:shows?|reveals?|captures?)\b")
# "If the worried inhabitants ... wonder ..., they could come ...": a supposition, not news
_IF = recache.compile(r"\W*(?:If|Unless|Suppose|Imagine)\b")
_LETTER = recache.compile(r"(?<!\S)[b-z](?!\S)")


def _letters(s: str) -> bool:
    """Whether one word in five is a lone letter: a page in another language whose accents
    were lost ("C phi u c a c c h ..."), not a sentence to title."""
    return len(_LETTER.findall(s)) * 5 > len(s.split())


def judge(sentence: str) -> int:
    """NEWS, NO_NEWS (a headline, a question, a state or remark) or FURNITURE."""
    s = sentence.strip()
    bare = QUOTED.sub(" ", s)
    if (PAGE_ITSELF.search(bare) or _READER.search(bare) or in_own_voice(bare)
            or _CAPTION.search(bare) or _imperative(bare) or _BYLINE.match(bare)):
        return FURNITURE
    if _letters(s):
        return FURNITURE
    if s.endswith("?") or not ENDS_ON_STOP.search(s) or not has_finite_verb(bare):
        return NO_NEWS
    if (_KICKER.match(s) or _TITLE_LINK.match(s) or _POINTS_BACK.match(s) or _IF.match(s)
            or _BLURB.match(s) or _FOOTAGE.search(s)):
        return NO_NEWS
    if _state(s):
        return NO_NEWS
    return NEWS


_FINITE = frozenset("""is are was were has have had will would can could may might must shall
should did does do says said say told tells""".split()) | frozenset(
    """went came fell rose took gave began became ran saw sent struck won lost met paid left
    kept held led fled hit made found got spent stood sold brought bought caught fought thought
    taught knew grew drew flew threw wrote spoke broke chose froze stole swore tore wore""".split())
_CONTRACTED = recache.compile(r"(?i)^(?:it|there|that|here|what|he|she)[’']s$")


def has_finite_verb(s: str) -> bool:
    """Whether a word in lower case (or the first) is a finite verb: a headline or label has
    none ("Black Eyed Peas to play ... concert Will.", "Summers file photo.")."""
    for i, w in enumerate(s.split()):
        if not (i == 0 or w[:1].islower()):
            continue
        low = w.lower().strip(",;:.!?()\"“”‘’'")
        if low in _FINITE or _CONTRACTED.match(low) or (
                low.endswith("ed") and len(low) > 4 and low not in _NOT_PARTICIPLE and i):
            return True
    return False


_NUMERAL_BEFORE = recache.compile(r"\S\s+[A-Z][\w’'-]*\s+$")  # a name inside the sentence, then "I"


def in_own_voice(s: str) -> bool:
    """Whether the writer speaks as "I" or "we" (not a numeral after a name: "Ixtoc I")."""
    for m in _OWN.finditer(s):
        word = m.group().strip(" \t\n(")
        if word != "I" or not _NUMERAL_BEFORE.search(s, 0, m.start() + 1):
            return True
    return False


def _imperative(s: str) -> bool:
    m = _IMPERATIVE.match(s)
    if not m:
        return False
    first = s.split(None, 1)[0].lower()
    return first not in _NOT_IMPERATIVE and not first.endswith(("ly", "s", "ed", "ing"))


def _state(s: str) -> bool:
    """Whether the sentence's first verb is a state ("is a", "are as", "seemed unstoppable")
    and nothing in it happens or is said: a column's remark, not news."""
    if _SAYING.search(s):
        return False
    words = [w.strip(",;:.!()\"“”‘’'") for w in s.split()]
    low = [w.lower() for w in words]
    for i, w in enumerate(low):
        if i == 0 and not _CONTRACTED.match(w):
            continue
        nxt = low[i + 1] if i + 1 < len(low) else ""
        while nxt in ("not", "still", "also", "now", "just", "only", "already", "never") \
                or (nxt.endswith("ly") and len(nxt) > 4 and i + 2 < len(low)):
            i += 1
            nxt = low[i + 1] if i + 1 < len(low) else ""
        if w in _HAVE or w in _MODAL:
            return False
        if w in _BE or _CONTRACTED.match(w):
            if w.startswith(("seem", "appear")):
                return not _happens_after(low[i + 1:])
            if nxt in ("to", "set", "due", "expected", "about", "being", "under", "underway",
                       "on") or _participle(nxt) or _LATEST.match(" ".join(low[i + 1:i + 6])):
                return False
            return not _happens_after(low[i + 1:])
        if i and _past(w, low[i - 1]):
            return False
    return False


# "is the latest performer to join ...", "was the first country to ban ...": a happening
_LATEST = recache.compile(r"the\s+(?:latest|first|last|second|third|newest|only)\s+(?:[a-z-]+\s+){1,2}"
                          r"to\s")


def _participle(w: str) -> bool:
    return (w.endswith(("ed", "ing")) and len(w) > 4 and w not in _NOT_PARTICIPLE) \
        or w in _IRREGULAR


def _past(w: str, before: str) -> bool:
    """A simple past after its subject ("BP tried", "the storm hit")."""
    return (w.endswith("ed") and len(w) > 4 and w not in _NOT_PARTICIPLE
            and before not in ("the", "a", "an", "was", "were", "is", "are", "be", "been"))


def _happens_after(low: list[str]) -> bool:
    """Whether a later clause tells a happening: a perfect, a future, a past after "when",
    "after", "as" or "since" ("It was the early hours when the flight arrived")."""
    for i, w in enumerate(low):
        if w in _HAVE or w in ("will", "would"):
            return True
        if w in ("when", "after", "as", "since", "because", "until", "before") and any(
                _past(x, y) or x in _FINITE for x, y in
                zip(low[i + 2:i + 8], low[i + 1:i + 7], strict=False)):
            return True
    return False
