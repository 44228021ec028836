"""Where the lead run into a headline or caption starts, on a line's first sentence.

A page that lost its layout runs its headline or a photo's caption into the lead with no
stop between them ("... to raise # 500 A seven-year-old boy from London ... has raised
more than # 72,000."); the lead's title would open with the headline. The sentence that
follows it starts at the last place where a capitalised sentence opening follows a
lower-case word, a figure or a closing quotation mark, and what follows reads as a
sentence of its own with news in it.
"""

from __future__ import annotations

import re

from . import recache
from .news_judge import ENDS_ON_STOP, FURNITURE, MIN_WORDS, has_finite_verb, judge
from .run_on_words import MONTHS
from .title_reads import reads_as_happening

CAPITALISED = recache.compile(r"[A-Z][\w.&-]*")
# where a headline or caption ends and the sentence run into it starts: a capitalised word
# after a lower-case word, a figure or a closing quotation mark
_SEAM = recache.compile(r"(?<=[a-z0-9%)\"”’'])\s+(?=[A-Z])")
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
_SAYING_BEFORE = recache.compile(r"\b(?:said|says|told|tells|believes?|thinks?|hopes?|fears?|"
                                 r"warned|warns|added|adds|announced|claims?|argued?|insists?|"
                                 r"knows?|found|shows?|showed|reported|confirmed|suggests?)\b")
# a name and its verb ("China has confirmed ...", "Cement used to seal ...", "UN health
# officials are expected ...": an acronym's noun between)
_FINITE_AFTER = recache.compile(r"(?:(?:[A-Z0-9][\w.&-]*\s+){1,4}|[A-Z]{2,6}\s+(?:[a-z]+\s+){1,2})"
                                r"(?:has|have|had|is|are|was|were|will|would|could|can|may|might|"
                                r"must|should|says|said|[a-z]{3,}ed)\b")
_FUNCTIONS_BETWEEN = recache.compile(r"\b(?:of|the|and|or|in|on|at|to|for|with|by|from)\b")
_MONTH = recache.compile(r"(?:" + MONTHS + r")\b")
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
    return 0 < i < len(words) and has_finite_verb(" ".join(["x"] + words[i:i + 3]))


def _said_again(rest: str, head: str) -> bool:
    name = re.sub(r"[’']s$", "", rest.split(None, 1)[0])
    return name in CAPITALISED.findall(head)


def past_run_on(text: str, s: int, e: int) -> int:
    """Where the sentence run into a headline or caption starts (`s` when none is)."""
    piece = text[s:e]
    if len(piece) < 40 or not ENDS_ON_STOP.search(piece):
        return s
    best = s
    for m in _SEAM.finditer(piece):
        at = m.end()
        head = piece[:m.start()]
        rest = piece[at:]
        hw = head.split()
        if len(hw) < 3 or len(rest.split()) < MIN_WORDS:
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
                if not has_finite_verb(" ".join(rest.split()[:8])):
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
