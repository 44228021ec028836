"""Which sentence near the top of an article says its news: the lead event's sentence.

Every article gives one event on its publication day, titled from its lead. The first
sentence of a copied page is often not the news: a credit line ("This article was
reported jointly with ..."), a correction ("The article incorrectly described ..."), the
headline or a photo's caption on a line of its own ("Summers file photo."), a headline or
caption run into the first sentence with no stop between them, a question or a word to
the reader ("Your eyes may glaze over ..."), or a column's opening remark, a state with no
happening in it ("THERE ARE many metrics for judging a president's budget proposal.").
A reader expects the lead to be the first sentence that tells a happening: someone did
something. So the first few sentences are read in order, each judged by its shape and its
place, never by its topic (news_judge.py: news, no news or furniture), and:

- a notice about the page goes on into its next sentence when that one names its subject
  again; a column that opens in its writer's voice is not searched further for news;
- after a first sentence, one that opens by pointing back to it ("But ...", "He ...") is
  no news: the opening it points back to stays the lead;
- on a line's first sentence, a headline or caption run into it gives way to the sentence
  that follows it (lead_run_on.py);
- when none of the first few sentences tells a happening there is no lead sentence: the
  headline is the lead when the reader gave one that reads as a happening, and otherwise
  the article gives no event on its publication day (a column's remark, a blurb or a page
  of furniture is no news: 32 such leads of 1,151 development articles, 31 of them junk).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import recache
from .lead_run_on import CAPITALISED, past_run_on
from .mention_titles import shorten, tidy
from .news_judge import (
    FURNITURE,
    MIN_WORDS,
    NEWS,
    NO_NEWS,
    PAGE_ITSELF,
    QUOTED,
    in_own_voice,
    judge,
)

LOOK = 5  # sentences read from the top for one that tells a happening ...
TOP = 8   # ... among the page's first sentences, furniture counted
_NON_WORDS = recache.compile(r"\W+")
_WORDS = recache.compile(r"\w+")


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
            if 0 < read < LOOK and in_own_voice(QUOTED.sub(" ", text[s:e])):
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
        if len(_WORDS.findall(piece)) < MIN_WORDS:
            continue
        read += 1
        if notice and _names_again(piece, notice):
            notice = ""  # "ProPublica is supported entirely by ...": the notice goes on
            continue
        if _line_start(text, s):
            s = past_run_on(text, s, e)
            piece = text[s:e]
        kind = judge(piece)
        notice = piece if kind == FURNITURE and PAGE_ITSELF.search(piece) else ""
        if kind == NEWS and (_CONNECTIVE.match(piece) or told and _BACK.match(piece)):
            kind = NO_NEWS  # "But the blame starts ...", "He went to prison": the page's
            # opening said what it points back to, so that opening stays the lead
        elif kind == FURNITURE and read <= 2 and in_own_voice(QUOTED.sub(" ", piece)):
            read = LOOK  # a column or a letter: its writer's words open it, no news follows
        told = told or piece[-1] in ".!\"”’'"
        if kind == NEWS:
            if not norm:
                return s, e
            news, read = (s, e), LOOK  # still looking for the title's own sentence
    return news


# a sentence that opens by pointing back to the one before it
_CONNECTIVE = recache.compile(r"\W*(?:But|And|So|Yet|Still|Now|Then|However|Also|Instead|Indeed|Well|"
                              r"Meanwhile|In\s+fact|Even\s+so|As\s+such|For\s+example|"
                              r"For\s+instance)\b")
_BACK = recache.compile(r"\W*(?:He|She|They|It|Its|His|Her|Their|This|That|These|Those|Such|Not|"
                        r"Others|"
                        r"The\s+(?:former|latter)|One)\b")


def _names_again(sentence: str, notice: str) -> bool:
    """Whether `sentence` opens with a name the notice before it named (or its initials):
    a correction or a credit line that goes on ("The FDIC's funds come from ...")."""
    m = CAPITALISED.search(sentence, 0, 40)
    if m and m.group() in ("The", "A", "An", "This", "That") and m.start() == 0:
        m = CAPITALISED.search(sentence, m.end(), 40)
    if not m or m.start() > 4 + sentence.find(" ") + 1:
        return False
    name = re.sub(r"[’']s$", "", m.group()).rstrip(".")
    if len(name) < 2:
        return False
    words = CAPITALISED.findall(notice)
    initials = "".join(w[0] for w in words)
    return name in words or (name.isupper() and name in initials)


def _line_start(text: str, s: int) -> bool:
    """Whether only a stamp or nothing stands before `s` on its line: where headlines and
    captions sit, and run into the first sentence when the page lost its layout."""
    ls = text.rfind("\n", 0, s) + 1
    before = text[ls:s]
    return not before.strip() or not any(c in before for c in ".!?")


# a lead that opens with its claim's holder: "BP has said more oil ... is flowing", "The agency
# has warned that ...": a name or noun phrase (no verb, no comma) and a verb of saying
_HOLDER = recache.compile(r"(?P<who>(?:[A-Z][\w’'.&-]*|[Tt]he)(?:\s+(?:[A-Z][\w’'.&-]*|[a-z]+(?:[’']s)?))"
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
