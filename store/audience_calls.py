"""Where a page turns to its audience instead of telling news: how to give or whom to call
("Donations can be made via the appeal's website or by telephoning 0370 60 60 900"), what its
readers have sent in ("Readers in the affected areas have been sending their accounts"), a
quiz's answer ("And the answer is: ..."), a
programme's courtesies ("Well, thank you both for being here", "thanks for tuning in") and a
bulletin's segue to its next item ("Next -- there's to be a trial ...").

Each is a shape of the page's own voice, not one site's words: a phone number with a verb
of calling or giving, readers as the subject of sending their stories, thanks for being on
the programme, a cue word and a dash opening a transcript's line. A date in any of them is
the appeal's or the programme's, never a happening; inline_furniture.py takes them out. The
segue is furniture only for its own words: what follows it is the item, and events.py starts
that sentence after it, as it does after a live entry's stamp.
"""

from __future__ import annotations

from . import recache
from .furniture_words import SAYING, furniture_sentence

# a phone number: three or more groups of digits, nine digits or more ("0370 60 60 900",
# "1-800-435-7669", "(202) 555 0142"); the digit count is checked in Python
_PHONE = recache.compile(r"(?<![\d,.])(?:\+\d{1,3}[ -])?\(?\d{3,5}\)?(?:[ -]\d{2,4}){2,3}(?![\d,.])")
# how the reader gives or calls: a donation made, a number to ring, a website to visit
_CALL = recache.compile(
    r"(?i)\b(?:donat\w*|contribut\w*|call(?:ing)?|phon(?:e|ing)|telephon\w*|ring(?:ing)?|dial(?:ling)?|"
    r"text(?:ing)?|helpline|hotline|lines?\s+(?:is|are)\s+open)\b")
_CALL_CUES = (" donat", " contribut", " call", " phon", " telephon", " ring", " dial", " text",
              "helpline", "hotline", "lines are open")
# "Donations can be made ...", "To donate, ...", "You can donate by ...": the reader told how
# to give, with no number
_GIVE = recache.compile(
    r"(?:Donations|Contributions|Gifts)\s+(?:can|may|should|could)\s+(?:also\s+)?be\s+(?:made|sent|given)\b|"
    r"To\s+(?:donate|give|make\s+a\s+donation|contribute)\b|"
    r"You\s+can\s+(?:also\s+)?(?:donate|give|make\s+a\s+donation|contribute)\b|"
    # "Calls to 03 numbers cost no more than ...": what the call costs the reader
    r"Calls\s+(?:to|from)\s[^.!?\n]{1,60}?\b(?:cost|are\s+(?:charged|free))\b")
# the first words of either (a literal start lets one scan of the page find them)
_OPENER = recache.compile(r"(?:Donations|Contributions|Gifts|To (?:donate|give|make a|contribute)|"
                          r"You can|Calls|Readers|Viewers|Listeners|Many of you|Some of you|You|"
                          r"The answer|And the answer) ")
# "And the answer is: ...": a quiz's answer, the page playing with its readers
_QUIZ = recache.compile(r"(?:And\s+the|The)\s+answer\s+(?:is|was)\b")
_RUN_ON_AFTER = recache.compile(r" [\"“]?[A-Z]")
PHONE_DIGITS = 9
PHONE_NEAR = 200  # a number this near a verb of calling may share its sentence  # the fewest digits of a phone number (fewer: a sum or a year and a count)

# "Readers in the areas affected by the outbreak have been sending their accounts to the
# BBC", "Many of you have been sharing your pictures": the page on what its audience sent in
_SENT_IN = recache.compile(
    r"(?:Readers|Viewers|Listeners|Many\s+of\s+you|Some\s+of\s+you|You)"
    r"\b[^.!?\n]{0,100}?\b(?:have\s+been\s+|have\s+|has\s+been\s+)?"
    r"(?:sending|sent|sharing|shared|e-?mailing|e-?mailed)\s+(?:in\s+)?"
    r"(?:us\s+|the\s+[A-Z][\w.]*\s+|[A-Z][\w.]*\s+)?(?:(?:in\s+)?(?:their|your)|about\s+(?:their|your))\s+"
    r"(?:own\s+)?(?:accounts|stories|experiences|views|comments|thoughts|pictures|photos|"
    r"photographs|reactions|memories|questions|images|videos)\b")

# "Well, thank you both for being here", "I'm X and thanks for tuning in", "Thanks for
# joining us": a programme thanking its guests or its audience
_THANKS = recache.compile(
    r"(?i)\bthank(?:s|\s+you)(?:\s+(?:both|all|everybody|everyone|so\s+much|very\s+much))?\s+"
    r"(?:again\s+)?for\s+(?:being\s+(?:here|with\s+us|on)|joining\s+us|coming\s+(?:in|on)|"
    r"tuning\s+in|watching|listening|reading|your\s+time|talking\s+(?:to|with)\s+us)\b")
# a transcript's line opening on its segue to the next item: "Next -- there's ...", "Now --"
_SEGUE = recache.compile(r"(?:Next|Now|Still\s+to\s+come|Coming\s+up|Up\s+next|Finally|"
                         r"And\s+finally|Elsewhere)\s*(?:--|[–—]|:)\s+")
# the page naming itself: "this live update page", "this live blog", "this page", "this feed"
_OWN_PAGE = recache.compile(r"(?i:this)\s+(?:live\s+)?(?:(?:update|updates|text|news)\s+)?"
                            r"(?:page|blog|feed)\b")
_OWN_PAGE_CUES = ("this page", "this live", "this blog", "this feed", "this update", "this text",
                  "this news")
_LINE_SEGUE = recache.compile("\n" + _SEGUE.pattern)  # (a literal first: one fast scan)
# two groups of digits with a space or a dash between, which any phone number holds
_DIGIT_GAP = recache.compile(r"\d[ -]\d")
_DIGITS_AS_ZERO = bytes.maketrans(b"0123456789", b"0" * 10)


def _digit_gap(text: str, low: str, end: int) -> bool:
    """Whether `_DIGIT_GAP` matches before `end`: on an ASCII lowered copy with the text's
    offsets (its digits the text's, all ASCII), as bytes with every digit written 0 and two
    finds, since the regex tests each character for a Unicode digit."""
    if not (low.isascii() and len(low) == len(text)):
        return _DIGIT_GAP.search(text, 0, end) is not None
    folded = low.encode("ascii")[:end].translate(_DIGITS_AS_ZERO)
    return b"0 0" in folded or b"0-0" in folded


def audience_calls(text: str, end: int, low: str | None = None) -> list[tuple[int, int]]:
    """The spans of `text` before `end` where the page speaks to or of its audience; `low`,
    the text lowered, when the caller has it (lowering a page twice costs a scan)."""
    low = text.lower() if low is None else low
    out = _phone_calls(text, low, end) if _digit_gap(text, low, end) else []
    out += _openers(text, end)
    out += _thanks(text, low, end)
    if "this " in low:
        out += _own_page(text, low, end)
    if m := _SEGUE.match(text, 0, end):
        out.append((m.start(), m.end()))
    out += [(m.start() + 1, m.end()) for m in _LINE_SEGUE.finditer(text, 0, end)]
    return out


def _phone_calls(text: str, low: str, end: int) -> list[tuple[int, int]]:
    """Sentences giving a phone number with a verb of calling or giving, looked for in the
    sentences around each such verb (a scan of the page for numbers costs more)."""
    out: list[tuple[int, int]] = []
    for cue in _CALL_CUES:
        i = low.find(cue, 0, end)
        while i >= 0:
            if not _PHONE.search(text, max(0, i - PHONE_NEAR), i + PHONE_NEAR):
                i = low.find(cue, i + len(cue), end)
                continue  # (no number near the verb: its sentence is not worked out)
            lo, hi = furniture_sentence(text, i, i + len(cue))
            for m in _PHONE.finditer(text, lo, hi):  # (its first number of nine digits)
                if sum(ch.isdigit() for ch in m.group()) < PHONE_DIGITS:
                    continue
                top = m.end() if _RUN_ON_AFTER.match(text, m.end(), hi) else hi
                # ("... telephoning 0370 60 60 900 She said: ...": a box run on)
                if (lo, top) not in out and _CALL.search(text, lo, top):
                    out.append((lo, top))
                break
            i = low.find(cue, max(hi, i + len(cue)), end)
    return out


def _openers(text: str, end: int) -> list[tuple[int, int]]:
    """Sentences that open on how to give or on what the audience sent in (their first
    words found in one scan of the page); not a speaker's words."""
    out: list[tuple[int, int]] = []
    for m in _OPENER.finditer(text, 0, end):
        i = m.start()
        if not (_GIVE.match(text, i, end) or _SENT_IN.match(text, i, end)
                or _QUIZ.match(text, i, end)):
            continue  # (the patterns first: working out a sentence costs more)
        lo, hi = furniture_sentence(text, i, i + 3)
        start = lo + len(text[lo:hi]) - len(text[lo:hi].lstrip(" \"“'‘"))
        if (i == start and (_GIVE.match(text, i, hi) or _SENT_IN.match(text, i, hi)
                            or _QUIZ.match(text, i, hi))
                and not SAYING.search(text, lo, hi) and (lo, hi) not in out):
            out.append((lo, hi))
    return out


def _own_page(text: str, low: str, end: int) -> list[tuple[int, int]]:
    """Sentences that name the page itself as a live page or blog ("The BBC is discontinuing
    this live update page for the night", "Keep refreshing this page"): about the page, not
    a happening; not a speaker's."""
    out: list[tuple[int, int]] = []
    for cue in _OWN_PAGE_CUES:
        i = low.find(cue, 0, end)
        while i >= 0:
            if _OWN_PAGE.match(text, i, end):
                lo, hi = furniture_sentence(text, i, i + len(cue))
                if not SAYING.search(text, lo, hi) and (lo, hi) not in out:
                    out.append((lo, hi))
                i = low.find(cue, max(hi, i + len(cue)), end)
            else:
                i = low.find(cue, i + len(cue), end)
    return out


def _thanks(text: str, low: str, end: int) -> list[tuple[int, int]]:
    """Sentences in which a programme thanks its guests or audience (a host's words, so a
    speaker's label may open them: "ROBINSON: Well, thank you both for being here")."""
    out: list[tuple[int, int]] = []
    i = low.find("thank", 0, end)
    while i >= 0:
        if not _THANKS.match(text, i, end):
            i = low.find("thank", i + 5, end)
            continue
        lo, hi = furniture_sentence(text, i, i + 5)
        if _THANKS.match(text, i, hi) and not SAYING.search(text, lo, hi) and (lo, hi) not in out:
            out.append((lo, hi))
        i = low.find("thank", max(hi, i + 5), end)
    return out
