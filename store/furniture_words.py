"""The words and the sentence bounds that the furniture rules of a page's prose share.

Furniture is taken out whole sentences at a time, so every rule widens what it found to
the same sentence (a stop and a capital open one: readers' lowercase posts are not split);
and several rules tell a line with a verb of its own from a label by the same verbs.
"""

from __future__ import annotations

import codecs
import re

from . import recache
from .sentences import sentence_around

# irregular verbs in the past or the present, which the "-ed" tests of a line's verb miss
IRREGULAR_VERB = recache.compile(r"\b(?:drew|draws|ran|runs|began|begins|went|goes|got|gets|made|makes|took|"
                                 r"takes|won|wins|lost|loses|fell|falls|rose|rises|hit|hits|cost|costs|"
                                 r"brought|brings|gave|gives|kept|keeps|left|leaves|saw|sees|came|"
                                 r"comes|showed|shows|reached|reaches)\b")
# someone's words reported: what they hold is a speaker's, not the page's
SAYING = recache.compile(r"\b(?:said|says|say|told|tells|according|added|adds|asked|explained|"
                         r"writes|wrote)\b")
_SENTENCE_START = recache.compile(r"[.!?][\"”’')]*\s+(?=[\"“‘'(]*[A-Z0-9])")


def furniture_sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) holding [start, end): furniture stays whole sentences."""
    return sentence_around(text, start, end, _SENTENCE_START)


# the punctuation of most news text that no furniture cue holds: curly quotes, the em dash,
# the ellipsis (each written DEL in a narrow copy of the page, one character for one)
INERT = "\u201c\u201d\u2018\u2019\u2014\u2026"
_INERT_ERRORS = "dateline-furniture-inert"


def _inert_as_del(exc: UnicodeError) -> tuple[str, int]:
    if isinstance(exc, UnicodeEncodeError):
        run = exc.object[exc.start:exc.end]
        if not run.strip(INERT):
            return "\x7f" * len(run), exc.end
    raise exc


codecs.register_error(_INERT_ERRORS, _inert_as_del)


def lowered(text: str) -> str:
    """text.lower() for finding the (ASCII) furniture cues in, with the same offsets: a page
    whose only non-ASCII characters are INERT is lowered as ASCII with DEL for them, as
    lowering a string of two-byte characters costs more (24 against 34 us a bench page),
    and a one-byte copy lets the byte finds of `audience_calls._digit_gap` run on it."""
    if not text.isascii():
        try:
            return text.encode("ascii", _INERT_ERRORS).decode("ascii").lower()
        except UnicodeEncodeError:
            pass
    return text.lower()


def cue_pattern(cues: tuple[str, ...]) -> str:
    """One regex for literal `cues`, their shared beginnings factored out ("we (?:must|
    should)"): the engine then tries one branch at a text position, not one a cue, and finds
    the same matches, as no cue begins another (checked: the plain alternation would prefer
    the one listed first)."""
    if any(a != b and b.startswith(a) for a in cues for b in cues):
        raise ValueError("a cue begins another")
    trie: dict = {}
    for cue in cues:
        node = trie
        for ch in cue:
            node = node.setdefault(ch, {})

    def branches(node: dict) -> str:
        alts = [re.escape(ch) + branches(node[ch]) for ch in sorted(node)]
        if len(alts) <= 1:
            return "".join(alts)
        return "(?:" + "|".join(alts) + ")"
    return branches(trie)
