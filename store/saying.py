"""The words of saying: the verbs a sentence reports speech with, and the patterns that find
a saying after what was said ("..., the agency said") or before it ("X said that ..."). One
home for them, so the rules that drop an attribution (store/attribution.py) and the rules
that keep a speaker (store/speaker.py) read the same sayings."""

from __future__ import annotations

import re

from . import recache
from .title_words import MARK, lacks

# sayings that are a view by their verb: what they report is the speaker's reckoning
_VIEW_VERBS = (r"warned|warns|predicted|predicts|cautioned|cautions|argued|argues|insisted|"
               r"insists|estimated|estimates|forecast|forecasts")
_TRAILING_SAY = recache.compile(
    r"^[^,;]{0,90}?\b(?:said|says|say|reported|reports|report|announced|added|adds|stated|"
    r"confirmed|claimed|wrote|tweeted|posted|told(?:\s+[\w’'.-]+){1,5}|" + _VIEW_VERBS + r"|"
    r"quoted(?:\s+[\w’'.-]+){1,5})(?:\s+" + MARK + r")?\s*\W*$",
    re.IGNORECASE,
)
LEADING_SAY = recache.compile(
    r"^(?:[^,;]{0,70}?|(?i:in|at) an? [^,;]{0,60},\s*[^,;]{0,60}?)\b"
    r"(?<!\bis )(?<!\bwas )(?<!\bare )(?<!\bwere )(?<!\bbeen )(?<!\bbe )"  # "is said to be"
    r"(?:said|says|say|added|stated|told\b[^,;]{0,40}?(?=\s+that\b)|"
    r"(?:reported|announced|confirmed|claimed|warned|insisted)(?=\s+that\b))"
    r"(?:\s+(?:earlier|later)(?=\s+(?:on\s+)?" + MARK + r"))?"  # ("said later [on Thursday]")
    r"(?:\s+" + MARK + r")?(?:\s+(?:early\s+|late\s+)?on\s+\w+(?:\.?\s+\d{1,2}\b(?:,?\s+\d{4}\b)?)?)?"
    r"(?:\s+(?:(?:last|this|earlier|late)\s+(?:week|month|year|night|weekend)|yesterday|today))?"
    r"(?:\s+in\s+an?\s+(?:interview|statement|speech|letter|e-?mail|briefing)"
    r"(?:\s+with\s+[^,;]{1,40}?)?(?:\s+" + MARK + r"|\s+on\s+[A-Z][a-z]+day)?(?=\s+that\b))?"
    r"[ ,:]+(?:that\s+)?"
)
SAY_FIRST = recache.compile(  # "..., said al-Khatib" / "..., say state media and a monitoring group"
    # (not what was said: "..., said the blaze could be contained")
    r"^(?:said|says|say|reported|reports|told|added|adds)(?!(?:\s+[\w’'.-]+){0,4}\s+(?:could|would|"
    r"will|was|were|is|are|had|has|have|may|might|must|should|can)\b)(?:\s+[\w’'.-]+){1,6}$",
    re.IGNORECASE)

# the verbs an attribution is said with, the saying's verb a speaker's noun phrase stands before
_SAY_VERBS = r"said|says|say|added|stated|told|reported|announced|confirmed|claimed|warned|insisted"
SAY_START = recache.compile(r"(?:(?:has|have|had)\s+)?(?:" + _SAY_VERBS + r")\b", re.IGNORECASE)

PRESENT_SAY = recache.compile(r"(?<!\byour )(?<!\bto )\b(?:says|say)\b")

SAY_VERB = recache.compile(r"\b(?:(?:has|have|had)\s+)?(?:" + _SAY_VERBS + r")\b")

VIEW_VERB = recache.compile(r"\b(?:(?:has|have|had)\s+)?(?:" + _VIEW_VERBS + r")\b")

# every verb `_TRAILING_SAY` can end on holds one of these
_TRAILING_SAY_WORDS = ("said", "say", "report", "announced", "added", "adds", "stated",
                       "confirmed", "claimed", "wrote", "tweeted", "posted", "told", "quoted",
                       "warn", "predict", "caution", "argue", "insist", "estimate", "forecast")


def trailing_say(s: str) -> re.Match | None:
    """`_TRAILING_SAY.match(s)`, asked only when one of its verbs is in `s`."""
    return None if lacks(s, _TRAILING_SAY_WORDS) else _TRAILING_SAY.match(s)


# every verb `LEADING_SAY` can end on holds one of these (its verbs are matched by case)
_LEADING_SAY_WORDS = ("sai", "say", "added", "stated", "told", "reported", "announced",
                      "confirmed", "claimed", "warned", "insisted")


def may_say(s: str) -> bool:
    """Whether `LEADING_SAY` can match `s`: a few substring scans, where the pattern tries
    its lazy run at every start (~4 us a text)."""
    return any(w in s for w in _LEADING_SAY_WORDS)


SAY_CUES = (" sa", " told", " added", " stated", " reported", " announced", " confirmed",
             " claimed", " warned", " insisted", "Sa", "Told", "Added", "Stated", "Reported",
             "Announced", "Confirmed", "Claimed", "Warned", "Insisted")

# "said", "has said" and "said that", with nothing else: what a colon can stand for
PLAIN_SAY = recache.compile(r"(?:(?:has|have)\s+)?(?:said|says|say)(?:\s+" + MARK + r")?[ ,:]+"
                             r"(?:that\s+)?")
