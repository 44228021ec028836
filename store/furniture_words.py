"""The words and the sentence bounds that the furniture rules of a page's prose share.

Furniture is taken out whole sentences at a time, so every rule widens what it found to
the same sentence (a stop and a capital open one: readers' lowercase posts are not split);
and several rules tell a line with a verb of its own from a label by the same verbs.
"""

from __future__ import annotations

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
