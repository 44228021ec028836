"""Which sentence near the top of an article says its news: the lead event's sentence.

Every article gives one event on its publication day, titled from its lead. The first
sentence of a copied page is often not the news: a credit line ("This article was
reported jointly with ..."), a correction ("The article incorrectly described ..."), the
headline or a photo's caption on a line of its own ("Summers file photo."), a headline or
caption run into the first sentence with no stop between them, a question or a word to
the reader ("Your eyes may glaze over ..."), or a column's opening remark, a state with no
happening in it ("THERE ARE many metrics for judging a president's budget proposal.").
A reader expects the lead to be the first sentence that tells a happening: someone did
something. So the first few sentences are read in order and each is judged by its shape
and its place, never by its topic:

- furniture: the page speaking of itself ("this article", "the story misspelled", and the
  notice's next sentence naming its subject again), to its reader ("you", "your", an
  imperative), or in its own voice ("I", "we"), a caption (", left,", "file photo"), a
  short byline, or a page in another language; a column that opens in its writer's voice
  is not searched further for news;
- no news: a question, a headline or label (no full stop, no finite verb, a kicker's
  colon, Title Case with its words' verb capitalised), a programme's blurb ("X reports
  from ..."), a supposition ("If ..."), or a state and not a happening (a main
  "is/are/seems" before anything happens in the sentence, "This ..." pointing back); and,
  after a first sentence, one that opens by pointing back to it ("But ...", "He ...");
- when none of the first few sentences tells a happening there is no lead sentence: the
  headline is the lead when the reader gave one that reads as a happening, and otherwise
  the article gives no event on its publication day (a column's remark, a blurb or a page
  of furniture is no news: 32 such leads of 1,151 development articles, 31 of them junk);
- on a line's first sentence, a headline or caption run into it ("... to raise # 500 A
  seven-year-old boy from London ... has raised more than # 72,000.") gives way to the
  sentence that follows it: the last place where a capitalised sentence opening follows a
  lower-case word, and what follows reads as a sentence of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .mention_titles import shorten, tidy
from .title_reads import reads_as_happening

LOOK = 5  # sentences read from the top for one that tells a happening ...
TOP = 8   # ... among the page's first sentences, furniture counted
_MIN_WORDS = 6

_NON_WORDS = re.compile(r"\W+")
_WORDS = re.compile(r"\w+")

NEWS, NO_NEWS, FURNITURE = 0, 1, 2

# the page speaking of itself: a credit line, a correction, an editor's note
_SELF = re.compile(
    r"(?i)^\W*(?:(?:an?\s+)?(?:earlier|previous|prior|online|print)\s+versions?\s+of\s+)?"
    r"(?:this|the)\s+(?:article|story|column|blog|post|item|page|entry|graphic|caption)\s+(?:was\s+|has\s+been\s+|is\s+)?(?:[a-z]+ly\s+)?"
    r"(?:incorrectly|wrongly|erroneously|misstated|misspelled|misidentified|misquoted|"
    r"misattributed|omitted|quoted|said|stated|described|referred|gave|carried|reported\s+"
    r"(?:jointly|with|by)|written|produced|prepared|updated|corrected|amended|appeared|"
    r"contains?|includes?|does\s+not|did\s+not)\b"
    r"|\b(?:this|these)\s+(?:article|story|column|blog|post|item|page|report)s?\b")
# the page's words to its reader, outside quotations: second person
_READER = re.compile(r"\b(?:you|your|yours|yourself)\b", re.IGNORECASE)
# the writer's own voice, outside quotations
# (not "I." before a capital: an initial, "Will.I.Am")
_OWN = re.compile(r"(?:^|[\s(])(?:I(?!\.\s*[A-Z])|I[’'](?:m|ve|d|ll)|me|my|mine|we|We|"
                  r"we[’'](?:re|ve|d|ll)|We[’'](?:re|ve|d|ll)|us|our|Our|My)(?=[\s,.;:!?)])")
# an imperative opening: a verb, then its object's determiner ("Send an email ...", "Forget
# the ..."); not an adverb or time word before a subject ("Yesterday the ...")
_IMPERATIVE = re.compile(r"[A-Z][a-z]+\s+(?:the|a|an|your|this|these|our|us|me|it|them)\b|"
                         r"Please\b")
# a byline ("By Richard Black Environment correspondent, BBC News")
_BYLINE = re.compile(r"^\W*By\s+[A-Z][\w’'.-]*\s+[A-Z](?!(?:\S*\s+){12})")
_NOT_IMPERATIVE = frozenset("""yesterday today tonight now then meanwhile however here there
also still later earlier overnight again once thus hence instead so but and yet last next
this that these those such on in at for with from by as to of after before during since until
amid among under over about across through into upon without within against despite like near
while when where if though although because unlike beyond behind""".split())
# a photo's caption: who stands where in it
_CAPTION = re.compile(r"^\W*From\s+(?:left|right)\b|,\s+(?:left|right|center|centre|top|above|below|second\s+from\s+"
                      r"(?:left|right)|foreground|background)\s*,|\bfile\s+photo\b|"
                      r"\((?:pictured|left|right|center|centre|above|below)\)|"
                      r"\b(?:handout|undated)\s+(?:photo|picture|image)\b|"
                      r"\b(?:graphic|picture|photo|photograph|map|video|image|chart)\s+"
                      r"(?:above|below)\b", re.IGNORECASE)
_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]|‘[^‘’]*’|` [^`']*'")
# a kicker: "BP oil disaster: Pre-spill tests ..." (a few words and a colon)
_KICKER = re.compile(r"^[^,;:.!?\"“]{3,40}:\s")
# a sentence that ends on a full stop, or on a quotation closed after one
_ENDS = re.compile(r"[.!][\"”’')]*\s*$|[.!]\s+[’'\"”]\s*$")
# a main verb of state near the start: "X is/are/was/were ..." not followed by a participle,
# "to" or a progressive; "seems", "remains"
_BE = frozenset("is are was were remains remain remained seems seem seemed appears appeared "
                "'s ’s".split())
_MODAL = frozenset("will would could can may might must should shall".split())
_HAVE = frozenset("has have had".split())
_SAYING = re.compile(r"\b(?:said|says|say|told|tells|according\s+to|added|adds|announced|"
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
_POINTS_BACK = re.compile(r"^(?:This|That|These|Those)\s+(?!(?:[a-z]+\s+){0,3}?(?:of|in|at|on|"
                          r"who|which)\b)(?:[a-z]+s|is|was|are|were|has|had|have|should|would|"
                          r"could|can|will|may|might|must|does|did)\b")
# a headline in Title Case: its verb or link word capitalised among capitalised words
_TITLE_LINK = re.compile(r"^(?:[A-Z][\w’'.,-]*\s+|(?:of|in|to|for|on|at|by|and|a|the|with|as)"
                         r"\s+){1,8}(?:Is|Are|Was|Were|Has|Have|Could|Might|Should|Would|To)"
                         r"\s+(?:(?:as|a|an|the|of|to|in|on|for|at)\s+)?[A-Z]")


# a video's or a programme's blurb: "Christian Fraser reports from ...", "Philosopher David Bain
# examines the arguments", "Aerial footage reveals the devastation ..."
_BLURB = re.compile(r"(?:The\s+)?(?:[A-Z][\w’'.-]*\s+){1,5}(?:reports?|describes?|examines?|"
                    r"looks?|presents?|considers?|explores?|investigates?|asks?|meets?|visits?|"
                    r"talks?|speaks?|joins?|explains?|discuss(?:es)?|reflects?|reacts?|"
                    r"tells?\s+the\s+story)\s+(?:from|on|at|to|with|back|how|what|why|whether|"
                    r"if|the|a|an|his|her|their|its)\b")
_FOOTAGE = re.compile(r"\b(?:[Ff]ootage|[Vv]ideo|[Pp]ictures|[Ii]mages|[Pp]hotos|[Ff]ilm)\s+"
                      r"(?:shows?|reveals?|captures?)\b")
# "If the worried inhabitants ... wonder ..., they could come ...": a supposition, not news
_IF = re.compile(r"\W*(?:If|Unless|Suppose|Imagine)\b")


def lead_span(text: str, spans: list[tuple[int, int]], title: str | None,
              skip: Callable[[int, int], bool]) -> tuple[int, int] | None:
    """The (start, end) of the article's lead in `text`, or None (no news at its top).

    A sentence that repeats the reader's `title` is the lead (the headline as the page
    prints it); otherwise the first of the first few sentences that tells a happening.
    None when none does: a column's remark, a blurb, a headline or furniture is no news,
    and the caller then takes the headline, if there is one that reads as a happening.
    """
    norm = _NON_WORDS.sub(" ", title or "").strip().lower()
    lead = norm.split(" ", 1)[0]
    news = None
    read, told, notice = 0, False, ""
    for n, (s, e) in enumerate(spans):
        if n == TOP:
            read = LOOK
        if skip(s, e):
            if 0 < read < LOOK and _own_voice(_QUOTED.sub(" ", text[s:e])):
                read = LOOK  # a column or a letter: its writer's words open it
            continue
        piece = text[s:e]
        # a sentence normalises to its words lowered one by one, so one whose first word is
        # not the title's is ruled out before the substitution (0.1 ms an article)
        if norm and (w := _WORDS.search(piece)) and w.group().lower() == lead \
                and _NON_WORDS.sub(" ", piece).strip().lower() == norm:
            return s, e
        if read >= LOOK:
            if not norm:
                break
            continue
        if len(_WORDS.findall(piece)) < _MIN_WORDS:
            continue
        read += 1
        if notice and _names_again(piece, notice):
            notice = ""  # "ProPublica is supported entirely by ...": the notice goes on
            continue
        if _line_start(text, s):
            s = _past_run_on(text, s, e)
            piece = text[s:e]
        kind = judge(piece)
        notice = piece if kind == FURNITURE and _SELF.search(piece) else ""
        if kind == NEWS and (_CONNECTIVE.match(piece) or told and _BACK.match(piece)):
            kind = NO_NEWS  # "But the blame starts ...", "He went to prison": the page's
            # opening said what it points back to, so that opening stays the lead
        elif kind == FURNITURE and read <= 2 and _own_voice(_QUOTED.sub(" ", piece)):
            read = LOOK  # a column or a letter: its writer's words open it, no news follows
        told = told or piece[-1] in ".!\"”’'"
        if kind == NEWS:
            if not norm:
                return s, e
            news, read = (s, e), LOOK  # still looking for the title's own sentence
    return news


# a sentence that opens by pointing back to the one before it
_CONNECTIVE = re.compile(r"\W*(?:But|And|So|Yet|Still|Now|Then|However|Also|Instead|Indeed|Well|"
                         r"Meanwhile|In\s+fact|Even\s+so|As\s+such|For\s+example|"
                         r"For\s+instance)\b")
_BACK = re.compile(r"\W*(?:He|She|They|It|Its|His|Her|Their|This|That|These|Those|Such|Not|"
                   r"Others|"
                   r"The\s+(?:former|latter)|One)\b")


_CAPITALISED = re.compile(r"[A-Z][\w.&-]*")


def _names_again(sentence: str, notice: str) -> bool:
    """Whether `sentence` opens with a name the notice before it named (or its initials):
    a correction or a credit line that goes on ("The FDIC's funds come from ...")."""
    m = _CAPITALISED.search(sentence, 0, 40)
    if m and m.group() in ("The", "A", "An", "This", "That") and m.start() == 0:
        m = _CAPITALISED.search(sentence, m.end(), 40)
    if not m or m.start() > 4 + sentence.find(" ") + 1:
        return False
    name = re.sub(r"[’']s$", "", m.group()).rstrip(".")
    if len(name) < 2:
        return False
    words = _CAPITALISED.findall(notice)
    initials = "".join(w[0] for w in words)
    return name in words or (name.isupper() and name in initials)


def _line_start(text: str, s: int) -> bool:
    """Whether only a stamp or nothing stands before `s` on its line: where headlines and
    captions sit, and run into the first sentence when the page lost its layout."""
    ls = text.rfind("\n", 0, s) + 1
    before = text[ls:s]
    return not before.strip() or not any(c in before for c in ".!?")


_LETTER = re.compile(r"(?<!\S)[b-z](?!\S)")


def _letters(s: str) -> bool:
    """Whether one word in five is a lone letter: a page in another language whose accents
    were lost ("C phi u c a c c h ..."), not a sentence to title."""
    return len(_LETTER.findall(s)) * 5 > len(s.split())


def judge(sentence: str) -> int:
    """NEWS, NO_NEWS (a headline, a question, a state or remark) or FURNITURE."""
    s = sentence.strip()
    bare = _QUOTED.sub(" ", s)
    if (_SELF.search(bare) or _READER.search(bare) or _own_voice(bare)
            or _CAPTION.search(bare) or _imperative(bare) or _BYLINE.match(bare)):
        return FURNITURE
    if _letters(s):
        return FURNITURE
    if s.endswith("?") or not _ENDS.search(s) or not _finite(bare):
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
_CONTRACTED = re.compile(r"(?i)^(?:it|there|that|here|what|he|she)[’']s$")


def _finite(s: str) -> bool:
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


_NUMERAL_BEFORE = re.compile(r"\S\s+[A-Z][\w’'-]*\s+$")  # a name inside the sentence, then "I"


def _own_voice(s: str) -> bool:
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
_LATEST = re.compile(r"the\s+(?:latest|first|last|second|third|newest|only)\s+(?:[a-z-]+\s+){1,2}"
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


# where a headline or caption ends and the sentence run into it starts: a capitalised word
# after a lower-case word, a figure or a closing quotation mark
_SEAM = re.compile(r"(?<=[a-z0-9%)\"”’'])\s+(?=[A-Z])")
# the sentence's opening word, when it is no name: a determiner, pronoun or number
_OPENERS = frozenset("""The A An This These Those Its His Her Their Some Many More Most Two Three
Four Five Six Seven Eight Nine Ten Eleven Twelve Hundreds Thousands Dozens Several Another One
Both All Each Every No It He She They There""".split())
# words after which a capitalised word continues the sentence: a name ("said The Times",
# "in The Hague", "of A Coruna"), a title of a work
_CONTINUES = frozenset("""the a an of in to at on by for from with and or but nor as than like
said says say told tells called named dubbed titled including via into onto near against
between about over under after before during since until amid among its his her their our
your my this that these those who whom which whose where when while if because per versus
vs is are was were be been being has have had will would could should may might can must
do does did every each any no some all both another such across through throughout toward towards within without upon beyond behind below
above beside inside outside around along despite except plus off out up down per whether
although though unless once than became become becomes remained remains""".split())
_SAYING_BEFORE = re.compile(r"\b(?:said|says|told|tells|believes?|thinks?|hopes?|fears?|"
                            r"warned|warns|added|adds|announced|claims?|argued?|insists?|"
                            r"knows?|found|shows?|showed|reported|confirmed|suggests?)\b")
# a name and its verb ("China has confirmed ...", "Cement used to seal ...", "UN health
# officials are expected ...": an acronym's noun between)
_FINITE_AFTER = re.compile(r"(?:(?:[A-Z0-9][\w.&-]*\s+){1,4}|[A-Z]{2,6}\s+(?:[a-z]+\s+){1,2})"
                           r"(?:has|have|had|is|are|was|were|will|would|could|can|may|might|"
                           r"must|should|says|said|[a-z]{3,}ed)\b")
_FUNCTIONS_BETWEEN = re.compile(r"\b(?:of|the|and|or|in|on|at|to|for|with|by|from)\b")
_MONTH = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|"
                    r"November|December)\b")
_DETERMINERS = frozenset("the a an its his her their this that these those".split())


def _role_before(words: list[str]) -> bool:
    """Whether the lower-case words before a name are a noun phrase of its own (a name's
    role), not the end of a headline or caption: a capitalised word or a determiner opens
    them."""
    for w in reversed(words[-5:-1]):
        if w.lower() in _DETERMINERS or w in ("and", "or") or w[:1].isupper() or w[-1:] == ",":
            return True
        if not w[:1].islower() or w in _CONTINUES:
            return False
    return False


def _subject_verb(rest: str) -> bool:
    """Whether `rest` opens with a name (and an aside in commas) and then its verb."""
    words = rest.split()
    i = 0
    while i < min(len(words), 5) and words[i][:1].isupper():
        i += 1
        if words[i - 1].endswith(("'s", "’s")):
            break  # "Haiti's government has ..."
        if words[i - 1].endswith(","):  # "Randy Jackson, brother of ..., has been ..."
            while i < min(len(words), 16) and not words[i].endswith(","):
                i += 1
            i += 1
            break
    return 0 < i < len(words) and _finite(" ".join(["x"] + words[i:i + 3]))


def _said_again(rest: str, head: str) -> bool:
    name = re.sub(r"[’']s$", "", rest.split(None, 1)[0])
    return name in _CAPITALISED.findall(head)


def _past_run_on(text: str, s: int, e: int) -> int:
    """Where the sentence run into a headline or caption starts (`s` when none is)."""
    piece = text[s:e]
    if len(piece) < 40 or not _ENDS.search(piece):
        return s
    best = s
    for m in _SEAM.finditer(piece):
        at = m.end()
        head = piece[:m.start()]
        rest = piece[at:]
        hw = head.split()
        if len(hw) < 3 or len(rest.split()) < _MIN_WORDS:
            continue
        quoted = hw[-1] in ("'", "’", "”", '"')  # a headline's quotation closed: "` not
        prev = (hw[-2] if quoted else hw[-1]).strip("\"”’'`‘“")  # suspicious ' Medical ..."
        if not prev or not (prev[0].islower() or prev[0].isdigit() or prev[-1].isdigit()) \
                or prev.lower() in _CONTINUES:
            continue
        if prev.isdigit() and _MONTH.match(rest):
            continue  # "since 20 April Barack Obama has ...": a date
        opener = rest.split(None, 1)[0]
        if opener not in _OPENERS and not (
                # "BP can keep oil cap closed ... BP is being allowed to ...": the name said
                # again, as the subject of its verb, opens the sentence after a headline
                _said_again(rest, head) and _subject_verb(rest)):
            if _role_before(hw):
                continue  # "Motown veteran Smokey Robinson", "the investment bank Lehman
                # Brothers": a role and the name it belongs to
            if quoted:
                if not _finite(" ".join(rest.split()[:8])):
                    continue
            else:
                f = _FINITE_AFTER.match(rest)
                if not f or _FUNCTIONS_BETWEEN.search(f.group()) or _SAYING_BEFORE.search(head) \
                        or not reads_as_happening(head):
                    continue
        if not reads_as_happening(rest) or judge(rest) == FURNITURE:
            continue
        best = s + at
    return best


# a lead that opens with its claim's holder: "BP has said more oil ... is flowing", "The agency
# has warned that ...": a name or noun phrase (no verb, no comma) and a verb of saying
_HOLDER = re.compile(r"(?P<who>(?:[A-Z][\w’'.&-]*|[Tt]he)(?:\s+(?:[A-Z][\w’'.&-]*|[a-z]+(?:[’']s)?))"
                     r"{0,5}?)\s+(?:has\s+|have\s+)?(?:said|says|say|warned|warns|claimed|claims|"
                     r"insisted|insists|admitted|admits|confirmed|confirms|believes|believe)"
                     r"(?:\s+that)?\s+(?=\S)")
_NOT_HOLDER = frozenset("""is are was were has have had will would could can may might must should
did does do who which that when after before while as if to""".split())


def with_holder(sentence: str, title: str) -> str:
    """The lead's title with the holder of its claim, when the sentence opens with one and
    the title kept only what was said ("More oil than ... is flowing" from "BP has said more
    oil than ... is flowing"): a claim on a timeline needs whose it is."""
    m = _HOLDER.match(sentence)
    if not m or any(w in _NOT_HOLDER for w in m["who"].split()):
        return title
    said = _NON_WORDS.sub(" ", sentence[m.end():]).strip().lower()
    got = _NON_WORDS.sub(" ", title.rstrip("…")).strip().lower()
    if not got or not said.startswith(got[:40]):
        return title
    return shorten(tidy(sentence))
