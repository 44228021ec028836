"""A title for a sentence that only says when: "This was at 10.15 am.", "It was Aug. 9,
1989.", "This was completed at 1930 CDT on 1 June."

Such a sentence dates the happening the sentence before it tells; alone, its title points
at nothing ("This was at 10.15 am"). Its title is the sentence before it, trimmed as a
title is. Only the article's text has that sentence, so this runs on an article's drafts
once they are made (store/ingest.py), and again when a stored event is rebuilt
(store/merge.py), as the speaker of a quotation does (store/quote_speaker.py).
"""

from __future__ import annotations

from . import recache
from .run_on_words import MONTHS, WEEKDAY
from .title_reads import _FINITE, reads_as_happening

# a demonstrative or "it", a verb that only says it happened (and a participle that says it
# was done), then nothing but when: the rest is `_WHEN_WORDS`
_ONLY_WHEN = recache.compile(r"(?:(?:But|And|So)\s+)?(?:This|That|It)\s+(?:was|is|happened|came|occurred|"
                             r"took\s+place)(?:\s+(?:completed|done|finished|achieved|carried\s+out|"
                             r"announced|confirmed|enacted|signed|passed|approved|made|reported|"
                             r"agreed|launched|introduced|published))?\b(?P<rest>[^\"“”;:!?]{0,80})$")
_WHEN_WORD = recache.compile(r"(?:\d[\d:.,/]*(?:am|pm|st|nd|rd|th|s)?|a\.?m\.?|p\.?m\.?|[A-Z]{2,4}|local|time|on|"
                             r"at|in|of|the|and|or|ago|years?|months?|weeks?|days?|hours?|minutes?|"
                             r"nearly|about|around|some|almost|over|just|only|shortly|exactly|early|"
                             r"late|mid|mid-\w+|morning|afternoon|evening|night|noon|midnight|"
                             r"yesterday|today|tonight|last|this|next|before|after|then|two|three|"
                             r"four|five|six|seven|eight|nine|ten|twenty|a|an|"
                             r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?|" + MONTHS + "|"
                             + WEEKDAY + ")")
_SENTENCE_END = (". ", ".\n", "? ", "! ", "\n")


def only_when(sentence: str) -> bool:
    """Whether `sentence` says only when the happening it points back to was."""
    m = _ONLY_WHEN.match(sentence.strip().rstrip(".").rstrip())
    if m is None:
        return False
    words = m["rest"].replace("(", " ").replace(")", " ").replace(",", " ").split()
    return bool(words) and all(_WHEN_WORD.fullmatch(w) for w in words)


def context_title(text: str, title: str, ss: int, se: int, start: int = -1,
                  end: int = -1) -> str:
    """The title of the sentence `text[ss:se]` (its date phrase at `start`-`end`): the
    sentence before it, as a title, when this one says only when; the title of the sentence
    with its opening line put back, when a line break split it before its verb; else
    `title` unchanged."""
    if text[ss:ss + 1].islower() and start >= ss:
        return _rejoined(text, title, ss, se, start, end)
    if not only_when(text[ss:se]):
        return title
    before = _sentence_before(text, ss)
    if (len(before.split()) < 5 or not before[:1].isupper() or only_when(before)
            or before[:1] in "\"“" or not reads_as_happening(before)
            or before.rstrip().endswith("?")):
        return title
    from .mention_titles import title_and_terms  # (it imports this module's neighbours)
    told = title_and_terms(before, 0, 0, lead=True)[0]
    return told if reads_as_happening(told) else title


def with_context(text: str, drafts) -> None:
    """Titles of the article's drafts whose sentence says only when take the sentence before;
    those of a sentence split before its verb take the sentence whole."""
    for d in drafts:
        if not d.lead and d.title and (len(d.sentence) < 120 or d.sentence[:1].islower()):
            d.title = context_title(text, d.title, d.sentence_start, d.sentence_end, d.start,
                                    d.end)


# a line that ends on a name or its party in brackets ("Sen. Max Baucus (D-Mont.)"), and a
# sentence after its break that opens on a verb in lower case ("said yesterday that ..."):
# one sentence that a line break split before its verb
_NAME_LINE_END = recache.compile(r"(?:[A-Z][\w’'.-]*|\([A-Z][\w.-]{0,12}\))$")
_VERB_OPENING = recache.compile(r"(?:said|says|told|tells|added|[a-z]{3,}ed|[a-z]{3,}s|"
                                r"is|was|has|had|will|would|could)\b")


def _verb_opens(text: str, at: int) -> bool:
    """Whether the text at `at` opens on a verb in lower case ("said", "took", "joined")."""
    word = text[at:at + 16].split(" ", 1)[0]
    return word in _FINITE or bool(_VERB_OPENING.match(text, at))


def _rejoined(text: str, title: str, ss: int, se: int, start: int, end: int) -> str:
    """The title of a sentence whose opening line a line break cut off before its verb:
    "Sen. Paul Simon (D-Ill.)" / "tried to get Dodd into the race 20 years ago." is one."""
    head = text[:ss].rstrip(" ")
    if not head.endswith("\n") or not _verb_opens(text, ss):
        return title
    line_start = text.rfind("\n", max(0, len(head) - 400), len(head) - 1) + 1
    line = text[line_start:len(head)].strip()
    if not line or not _NAME_LINE_END.search(line) or not line[:1].isupper() and line[:1] not in "\"“":
        return title
    sentence = line + " " + text[ss:se]
    shift = len(line) + 1 - ss
    from .mention_titles import title_and_terms
    joined = title_and_terms(sentence, start + shift, end + shift)[0]
    return joined if reads_as_happening(joined) else title


def _sentence_before(text: str, ss: int) -> str:
    """The sentence that ends where `ss` begins (up to 400 characters back)."""
    end = len(text[:ss].rstrip())
    lo = max(0, end - 400)
    start = max((at + len(p) if (at := text.rfind(p, lo, end - 1)) >= 0 else -1)
                for p in _SENTENCE_END)
    if start < 0 and lo > 0:
        return ""  # (no sentence's end within reach: a run of text with no stops)
    start = max(start, 0)
    return text[start:end].strip()
