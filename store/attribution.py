"""Who said it: the attribution a title drops ("..., the Observatory said", "according to
...") and the speaker it keeps, as a view, a claim or a quotation needs its speaker to read
as a happening ("X says ..."), where a report of what happened does not."""

from __future__ import annotations

import re

from .title_words import _APPOSITIVE, _SEGMENT, _WORDS, MARK

_TRAILING_SAY = re.compile(
    r"^[^,;]{0,90}?\b(?:said|says|say|reported|reports|report|announced|added|adds|stated|"
    r"confirmed|claimed|wrote|tweeted|posted|told(?:\s+[\w’'.-]+){1,5}|"
    r"quoted(?:\s+[\w’'.-]+){1,5})(?:\s+" + MARK + r")?\s*\W*$",
    re.IGNORECASE,
)
_LEADING_SAY = re.compile(
    r"^(?:[^,;]{0,70}?|(?i:in|at) an? [^,;]{0,60},\s*[^,;]{0,60}?)\b"
    r"(?<!\bis )(?<!\bwas )(?<!\bare )(?<!\bwere )(?<!\bbeen )(?<!\bbe )"  # "is said to be"
    r"(?:said|says|say|added|stated|told\b[^,;]{0,40}?(?=\s+that\b)|"
    r"(?:reported|announced|confirmed|claimed|warned|insisted)(?=\s+that\b))"
    r"(?:\s+" + MARK + r")?(?:\s+on\s+\w+(?:\.?\s+\d{1,2}\b(?:,?\s+\d{4}\b)?)?)?"
    r"(?:\s+(?:(?:last|this|earlier|late)\s+(?:week|month|year|night|weekend)|yesterday|today))?"
    r"(?:\s+in\s+an?\s+(?:interview|statement|speech|letter|e-?mail|briefing)"
    r"(?:\s+with\s+[^,;]{1,40}?)?(?:\s+" + MARK + r"|\s+on\s+[A-Z][a-z]+day)?(?=\s+that\b))?"
    r"[ ,:]+(?:that\s+)?"
)
_SAY_FIRST = re.compile(  # "..., said al-Khatib" / "..., say state media and a monitoring group"
    # (not what was said: "..., said the blaze could be contained")
    r"^(?:said|says|say|reported|reports|told|added|adds)(?!(?:\s+[\w’'.-]+){0,4}\s+(?:could|would|"
    r"will|was|were|is|are|had|has|have|may|might|must|should|can)\b)(?:\s+[\w’'.-]+){1,6}$",
    re.IGNORECASE)
_TRAILING_PARTICIPLE = re.compile(r"^\s*(?:speaking|citing|adding|saying|quoting|referring)\b",
                                  re.IGNORECASE)
_ACCORDING = re.compile(r"^\s*(?:,\s*)?according to\b", re.IGNORECASE)
_LEADING_ACCORDING = re.compile(r"^according to [^,;]{1,90},\s*", re.IGNORECASE)


def _drop_attribution(s: str) -> str:
    parts = _SEGMENT.split(s)
    # "..., according to the Observatory, a Britain-based group." -> cut there
    for i in range(1, len(parts)):
        if _ACCORDING.match(parts[i]):
            cut = _find_segment_start(s, parts, i)
            if i + 1 < len(parts) and not _APPOSITIVE.match(parts[i + 1]):
                # "But, according to the government, there were 7,000 spills": an aside
                rest = _find_segment_start(s, parts, i + 1)
                s = s[:cut] + s[rest:]
                parts = parts[:i] + parts[i + 1:]
            else:
                s = s[:cut]
                parts = parts[:i]
            break
    # "..., state media reported Saturday." -> cut the trailing clause
    while len(parts) > 1 and _TRAILING_PARTICIPLE.match(parts[-1]):
        # "..., speaking on condition of anonymity." says how, not what
        s = s[: _find_segment_start(s, parts, len(parts) - 1)]
        parts = parts[:-1]
    last = parts[-1].replace(MARK, "").strip(" .")
    if len(parts) > 1 and (_TRAILING_SAY.match(last) or _SAY_FIRST.match(last)):
        cut = _find_segment_start(s, parts, len(parts) - 1)
        # "... could lead to layoffs, he wrote": a claim; '"There was a mild wave in [May],
        # ..." says Professor X': a quotation, titled with who said it
        if not (_MODAL.search(s, 0, cut) or _QUOTED_WHOLE.match(s, 0, cut + 3)):
            s = s[:cut]
    s = _LEADING_ACCORDING.sub("", s)
    m = _LEADING_SAY.match(s)
    if m and len(_WORDS.findall(s[m.end():])) >= 4 and not _keeps_speaker(s, m.end()):
        s = s[m.end():]
    return s


_SAY_START = re.compile(r"(?:(?:has|have|had)\s+)?(?:said|says|say|added|stated|told|reported|"
                        r"announced|confirmed|claimed|warned|insisted)\b", re.IGNORECASE)


# ", he said," between a clause's opening and the rest of it
_SAID_ASIDE = re.compile(r",\s+(?P<who>he|she|they|(?:the\s+)?[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3}|"
                         r"the\s+[a-z][\w’'-]+(?:\s+[a-z][\w’'-]+)?)\s+"
                         r"(?P<verb>said|says|argued|argues|warned|warns|insisted|insists|added|"
                         r"believes|believed|suggested|suggests),\s+")
_OPENING_WORDS = frozenset("""The A An This That These Those In On At For With By From Beyond
Under Over After Before Despite Without If When Once Unless Until""".split())


def _keeps_speaker(s: str, end: int) -> bool:
    """Whether an attribution opening `s` (up to `end`) names who speaks and says what may
    be or quotes them: a view or a claim needs its speaker. An attribution that is only
    its verb ("said it would ...") names no one, and goes."""
    return (not _SAY_START.match(s) and (_quotes_words(s, end) or bool(_MODAL.search(s, end))
                                         or bool(_PRONOUN_BACK.match(s, end))))


# "President Obama said he believed ...": a reported clause whose subject points back to the
# speaker, which without the speaker would name no one
_PRONOUN_BACK = re.compile(r"(?:that\s+)?(?:he|she|they)\s")


_QUOTED_WHOLE = re.compile(r"\s*[\"“][^\"“”]{12,}[,.!?]?\s*[\"”]\s*,?\s*$")
# a clause that says what may be, not what was: without who says so it is a bare view
_MODAL = re.compile(r"\b(?:could|would|may|might|should|must|can)\b")


_QUOTE_OPEN = re.compile(r"(?:^|\s)[\"“]\w")


def _quotes_words(s: str, pos: int) -> bool:
    """Whether what follows an attribution quotes the speaker's words ("said that the leak
    "may prove to be ...""): a quoted view needs who said it, and keeps the attribution."""
    return ('"' in s or "“" in s) and bool(_QUOTE_OPEN.search(s, pos))


def _find_segment_start(s: str, parts: list[str], i: int) -> int:
    """Offset in `s` where the separator before segment `i` begins."""
    pos = 0
    for j in range(i):
        pos = s.index(parts[j], pos) + len(parts[j])
    return pos


def said_aside_first(s: str) -> str:
    """ "Beyond Europe, he said, the leaders should gather ...": a view, an aside of who
    said it inside it, says whose it is first ("He said beyond Europe ...")."""
    if ", " not in s or not (aside := _SAID_ASIDE.search(s)) or not _MODAL.search(s, aside.end()):
        return s
    # "Beyond Europe, he said, the leaders should gather ...": a view says whose it is
    who = aside["who"][0].upper() + aside["who"][1:]
    head = s[:aside.start()]
    head = head[0].lower() + head[1:] if head[:1].isupper() and head.split(" ", 1)[0] \
        in _OPENING_WORDS else head
    s = f"{who} {aside['verb']} {head} {s[aside.end():]}"
    return s
