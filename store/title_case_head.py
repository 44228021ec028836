"""Where a headline set in title case ends, when a copy lost the line break after it.

A page's first line often holds the headline and the lead with no stop between them
("Justice Department Putting New Focus on Combating Corporate Fraud Ten years ago, a
Justice Department official ..."). The headline capitalises every longer word, verbs too;
a sentence capitalises its first word and names only. So the line's title-case run ends at
its first lowercase word other than a small word a title keeps in lower case, and the
sentence opens on the capitalised words just before that word. Which of them opens it is
told by two things a name never does: a word that opens sentences ("The", "Ten", "As")
after a headline's content word, and the seam between a word the page writes in lower case
elsewhere ("Crisis") and words it never does ("Jonathan Gordon"). A pair of words the page
says together again elsewhere is one name ("Federal Reserve"), never a seam.
"""

from __future__ import annotations

from . import recache
from .run_on_words import stands_alone

# words a title in title case may keep in lower case
_SMALL = frozenset("""a an the and or nor but of to in on at by for from with as vs via into
onto over upon""".split())
# words that open a sentence and are no name's first word after a headline's last word
_OPENERS = frozenset("""The A An As In On At It Its This These Those There Both Some Many Most
Several Each Every Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty Thirty
Forty Fifty Hundreds Thousands Dozens Millions Around About Nearly Almost More After Before
When While During Since Until Despite For Following""".split())
# ranks and offices a name opens with ("Recovery President Obama offered"), and words after
# which a capitalised word goes on the name ("Secretary of State Hillary Clinton")
_RANKS = frozenset("""President Secretary Minister Chairman Chairwoman Chair Director Governor
Senator Sen. Rep. Gov. Gen. Dr Dr. Mr Mr. Mrs Mrs. Ms Ms. Judge Mayor Speaker Chief Commissioner
Ambassador Professor Prof. Historian Economist Spokesman Spokeswoman Officer Executive Leader
General Admiral Attorney Justice Prince Princess King Queen Lord Lady Sir""".split())
_PREPOSITIONS = frozenset("""about after before over under with without from into against among
between through during despite near amid like of for to in on at by up down out off""".split())
# where a photo caption places whom it names
_PLACES = frozenset("left right center centre top bottom above below pictured".split())
_WORD = recache.compile(r"\S+")
_STRIP = "\"'“”‘’`()[],;:"
# "Luiz In cio Lula": a name whose lost letter left an opener and a piece of no word
_PIECE = recache.compile(r" (?!(?:a|an|the|of|to|in|on|at|by|for|and|or|is|was|its|his|her)\b)[a-z]{1,3} [A-Z]")
_MIN_HEAD_WORDS = 4  # a headline of fewer words may be a name with its rank
_MIN_AFTER_WORDS = 6  # what follows is a sentence of its own
# before a name, a title of a person ("Dean of St Anne's Cathedral Houston McKelvey has ...")
# may pass for a headline; a headline before a name is longer
_MIN_NAME_HEAD_WORDS = 6
_FINITE = recache.compile(r"(?:[a-z]{2,}(?:ed|es|s)|is|are|was|were|has|have|had|will|would|can|"
                          r"could|may|must|says|said|told)\Z")


def title_case_head(text: str, start: int, end: int) -> tuple[int, int] | None:
    """(space, opener): where the lead opens after a title-case headline that begins the
    line [start, end), or None."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(text, start, min(end, start + 400))]
    if len(words) < _MIN_HEAD_WORDS + _MIN_AFTER_WORDS:
        return None
    first_lower = None
    long_caps = 0
    for k, (a, b) in enumerate(words):
        core = text[a:b].strip(_STRIP)
        if not core:
            continue
        if core[0].islower():
            if core in _SMALL:
                continue
            first_lower = k
            break
        if core[0].isupper() and len(core) > 3:
            long_caps += 1
    if first_lower is None or first_lower < _MIN_HEAD_WORDS + 1 or long_caps < 3:
        return None
    # a photo caption names whom it shows and where ("... Confidence Morgan Stanley chief
    # executive John Mack, left, and ..."): a place word after a comma marks one, verb or not
    placed = any(text[words[k][0]:words[k][1]].rstrip(",") in _PLACES
                 and text[words[k - 1][1] - 1] == ","
                 for k in range(first_lower, min(first_lower + 8, len(words))))
    cut = _opener_at(text, words, first_lower)
    if cut is None and placed and text[words[first_lower - 1][1] - 1] == ",":
        # "... Stability Laurence Fink, CEO of BlackRock, left, ...": the name ends before
        # its comma aside, which ends on the place word; the aside's first word stands for
        # the lowercase one
        for k in range(first_lower - 2, max(first_lower - 7, 0), -1):
            if text[words[k][1] - 1] == ",":
                cut = _opener_at(text, words, k + 1)
                break
    if cut is None or cut < _MIN_HEAD_WORDS or len(words) - cut < _MIN_AFTER_WORDS:
        return None
    if text[words[cut - 1][1] - 1] == ":":
        return None  # a speaker's label ("X: "There is no need to panic"") stays with the words
    head = [text[a:b].strip(_STRIP) for a, b in words[:cut]]
    named = " ".join(_bare(text[a:b].strip(_STRIP)) for a, b in words[cut:cut + 2])
    if (sum(len(w) > 3 and w[:1].isupper() and w not in _RANKS and _is_common(text, w)
            for w in head) < 2
            and not (named[:1].isupper() and named in " ".join(head))):
        # names and ranks alone ("Treasury Secretary X and Federal Reserve ..."), unless the
        # headline named whom the caption names again ("Jon Stewart Puts Jim Cramer, and
        # CNBC, on the Defensive Jim Cramer, left, ...")
        return None
    if not placed and not any(_FINITE.match(text[a:b].strip(_STRIP))
                              for a, b in words[first_lower:first_lower + 8]):
        return None  # a caption with no verb and no place word: no seam this rule can tell
    a = words[cut][0]
    return a - 1, a


def _opener_at(text: str, words: list[tuple[int, int]], lower: int) -> int | None:
    """The index of the word that opens the sentence, among the capitalised words before
    the first lowercase one (`lower`)."""
    def core(k: int) -> str:
        a, b = words[k]
        return text[a:b].strip(_STRIP)

    # the capitalised words (and small words inside a name: "McCain and Obama") before it
    run_end = lower - 1
    while run_end > 0 and core(run_end) in _SMALL:
        run_end -= 1
    k = run_end
    while (k > 1 and _in_name(core(k - 1)) and text[words[k - 1][1] - 1] not in ",:;"):
        k -= 1
    # a word that opens sentences after a headline's content word ("Motion The Bush
    # administration", "Fraud Ten years ago", "Loan Invoking extraordinary powers")
    for j in range(k, run_end + 1):
        word = core(j)
        opener = word in _OPENERS or (j == run_end and len(word) > 5 and word.endswith("ing"))
        if word in _RANKS:  # "Recovery President Obama", not "French President", "Chief Says"
            opener = (_is_common(text, core(j - 1)) and j < run_end
                      and not core(j + 1).endswith("s"))
        if (opener and _seam(text, core(j - 1), word) and _names(text, words, j + 1, run_end)
                and not _PIECE.match(text, words[j][1])):
            return j
    # a person's name of two words or more after a word the page writes in lower case
    # elsewhere, which the page names again (its last word said again): only words the page
    # never writes in lower case from the seam on, so no name is cut inside
    for j in range(max(k, _MIN_NAME_HEAD_WORDS), run_end):
        if (_seam(text, core(j - 1), core(j)) and _is_common(text, core(j - 1))
                and _names(text, words, j, run_end) and not core(j)[:1].isdigit()
                and text.count(core(run_end).split("’")[0].split("'")[0]) >= 2):
            return j
    # a name of two words or more that the page says again, where the headline's last word
    # before it is never said with it ("... Confidence Morgan Stanley chief executive", "...
    # Bonuses Federal Reserve officials knew"): the longest such name
    for j in range(max(k, _MIN_NAME_HEAD_WORDS), run_end):
        name = " ".join(_bare(core(i)) for i in range(j, run_end + 1))
        before = core(j - 1)
        if (_seam(text, before, core(j)) and not core(j)[:1].isdigit()
                and text.count(name) >= 2 and text.count(before + " " + name) < 2):
            return j
    return None


def _bare(word: str) -> str:
    """A word without its possessive ("Motor's": "Motor")."""
    for mark in ("'s", "’s"):
        if word.endswith(mark):
            return word[:-2]
    return word


def _in_name(word: str) -> bool:
    return bool(word) and (word[0].isupper() or word[0].isdigit() or word in ("and", "&"))


def _seam(text: str, before: str, word: str) -> bool:
    """Whether a headline's last word may stand before `word`: a content word of its own
    (not a small word, a rank or a figure), and the pair not said together again on the
    page, as a name's words are."""
    if (not before or not before[0].isupper() or before.lower() in _SMALL
            or before.lower() in _PREPOSITIONS or before in _RANKS
            or before.endswith(("'s", "’s"))):  # "Italy's Finance Minister"
        return False
    return text.count(before + " " + word) < 2


def _names(text: str, words: list[tuple[int, int]], lo: int, hi: int) -> bool:
    """Whether the words lo..hi are a name's (capitalised words the page never writes in
    lower case, initials, figures, and the small words inside names)."""
    for k in range(lo, hi + 1):
        a, b = words[k]
        word = text[a:b].strip(_STRIP)
        if word in _SMALL or word in ("and", "&") or word[:1].isdigit() or word in _RANKS:
            continue
        if len(word) <= 3 and word.rstrip(".").isupper():
            continue  # "R.", "U.S.", "CBO"
        if not word[:1].isupper() or _is_common(text, word):
            return False
    return True


def _is_common(text: str, word: str) -> bool:
    """Whether the page writes `word` in lower case somewhere (a name it never does)."""
    low = word.lower()
    if low == word:
        return True
    stem = low.split("’")[0].split("'")[0]  # ("Obama's": "obama")
    return stands_alone(text, stem)
