"""What the run-on scans share: the cut they propose, and the words that tell a sentence's
opener from a name's or a title's first word.

The scans over the whole page (sentences.py) and over its first line (first_line.py) judge
the word before a capitalised opener by the same lists, so a rule that learns a new naming
noun or time word learns it for both.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from . import recache
from .similarity import STOPWORDS

# words a title or name follows with its capital ("of The Times", "told The Guardian",
# "the film In Rainbows"): no sentence opens after them
NOT_BEFORE_RUN_ON = frozenset("""of in to at on by the and or for from with said says say told
see read called named titled via about watch like than as into onto upon""".split())
# words a capitalised letter or title follows as a name ("vitamin A", "the album In Rainbows")
NAMING_NOUNS = frozenset("""vitamin type grade class plan category group section phase level
option exhibit schedule tier article appendix chapter part title album film movie book song
novel show play programme program series single magazine paper poem track opera topic poems
songs albums films books collection named entitled influenza hepatitis point""".split())
# determiners and pronouns no name or title opens with: a sentence opens at them after any word
OLD_OPENERS = frozenset("The This These Those It He She They There His Her Their Its".split())
# openers that also open a name or a title ("A Scattering", "In Rainbows", "Most Wanted")
TITLE_OPENERS = frozenset("""A An At By In On For After Before During When While Despite With Every
Each Many Most Several""".split())
NUMBER_WORDS = frozenset("""two three four five six seven eight nine ten eleven twelve twenty
thirty forty fifty hundred hundreds thousand thousands million millions dozens scores""".split())
# dates and times are capitalised words a sentence runs on into ("last September stood")
TIME_WORDS = frozenset("""january february march april may june july august september october
november december monday tuesday wednesday thursday friday saturday sunday today yesterday
tomorrow tonight day days week weeks weekend month months year years spring summer autumn
fall winter""".split())
# ... of which these are common nouns no headline capitalises mid-line ("... swine flu Year
# seven pupils have ..."): months and days stay names
TIME_NOUNS = frozenset("day days week weeks weekend month months year years".split())
# words a page writes in lower case: capitalised after a lowercase word, a sentence opens there
COMMON = (STOPWORDS - TIME_WORDS) | NUMBER_WORDS | TIME_NOUNS
WORD_RE = recache.compile(r"\w+")
# the months a timeline's row or entry label names in full ("28 April:", "April 21 - ")
MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
          "December")
# a weekday's name, whole ("Tuesday")
WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"


class Cut(NamedTuple):
    """Where a run-on may be split: before `space`, the next sentence opening at `opener`
    with `word` ("The", "At"; None for a headline in capitals) and `next`, the letter after
    it. `kind` says which scan found it, since the word-before tests suit some only: "run_on"
    (anywhere), "head" (the page's first line), "caps" (a headline in capitals between two
    sentences), "title" (a headline in title case) or "seam" (a caption's, label's or row's
    seam, caption_seams.py)."""
    space: int
    opener: int
    word: str | None
    next: str
    kind: str


def cut_at(m: re.Match, kind: str) -> Cut:
    return Cut(m.start(), m.start("opener"), m.group("opener"), m.group("next"), kind)


def by_space(c: Cut) -> int:
    """The sort key that keeps cuts in text order, which the split walks with bisect."""
    return c.space


def stands_alone(text: str, word: str, joined_before: str = "", joined_after: str = "") -> bool:
    """Whether `word` stands in `text` as a word of its own: not inside another, nor joined
    to one by a character of `joined_before` before it or of `joined_after` after it (an
    apostrophe or a hyphen, for a caller that counts "O'Neill" or "post-" as one word)."""
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in joined_before)) and (
                j == len(text) or not (text[j].isalnum() or text[j] in joined_after)):
            return True
        i = text.find(word, i + 1)
    return False
