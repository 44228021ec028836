"""Sentence boundaries by regular expression.

Mentions link back to "the sentence it came from", so every dated phrase must
fall inside exactly one span. A statistical splitter would be more accurate on
odd prose but is slow and heavy; news text is regular enough that a period,
question or exclamation mark followed by space and a capital ends a sentence,
unless the word before it is a known abbreviation ("Sept.", "Gen.", "U.S.") or
an initial ("John F. Kennedy"). Newlines always end a sentence, because text
copied from web pages puts headlines, captions and menu items on lines of
their own without final punctuation. A copy that lost those newlines runs a
headline or caption into the next sentence ("... unrest in Syria The Syrian
unrest began ..."); a capitalised determiner or pronoun after a content word,
where English prose never capitalises one, starts a sentence there too.
"""

from __future__ import annotations

import bisect
import re

# Words that end with a period without ending the sentence (lowercased, no dot).
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen lt col maj capt cpt sgt cpl pvt adm cmdr gov sen rep rev fr
    st ste mt ft jr sr messrs mme mlle hon pres supt insp det
    inc ltd co corp bros dept univ assn est approx vs etc al fig no nos vol pp
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss
    mo mont neb nev okla ore pa tenn tex va vt wash wis wyo
    """.split()
)
# "etc." and "no." end sentences too often to be trusted as abbreviations there.
_SOMETIMES_FINAL = frozenset({"etc", "no", "nos", "fig", "vol", "pp", "al", "co", "inc", "ltd"})

# A candidate end: terminal punctuation, closing quotes/brackets, then spaces.
_END = re.compile(r"[.!?…]+[\"'”’»)\]]*[ \t\u00a0]+")
_LINE = re.compile(r"[^\r\n]+")
_WORD_BEFORE = re.compile(r"(?<![A-Za-z.\-'])([A-Za-z][A-Za-z.\-']*)\.$")
_STARTS_SENTENCE = re.compile(r"[\"'“‘«(\[]*[A-Z0-9\u00c0-\u024f]")
# "... in Syria The Syrian unrest began": a sentence opener capitalised in mid-line after a
# word that is not one a title or name follows ("of The Times", "told The Guardian"); the
# word before is checked in Python, as lookbehinds at every position cost 10 ms an article
_RUN_ON = re.compile(r" (?P<opener>The|This|These|Those|It|He|She|They|There|His|Her|Their|Its)"
                     r" (?P<next>\w)")
_RUN_ON_AFTER = re.compile(r"[A-Za-z0-9%’')]")
_NOT_BEFORE_RUN_ON = frozenset("""of in to at on by the and or for from with said says say told
see read called named titled via about watch like than as into onto upon""".split())
_RUN_ON_MIN_WORDS = 3  # a headline of fewer words is more likely a name ("Lord Of The ...")
_WORD_RE = re.compile(r"\w+")


def _is_abbreviation(before: str, after: str) -> bool:
    """True when the period closing `before` belongs to an abbreviation."""
    m = _WORD_BEFORE.search(before)
    if not m:
        return False
    word = m.group(1)
    if "." in word.strip("."):  # dotted acronym: U.S. U.N. e.g. a.m.
        return True
    if len(word) == 1 and word.isupper():  # an initial: John F. Kennedy
        return True
    low = word.lower()
    if low not in ABBREVIATIONS:
        return False
    if low in _SOMETIMES_FINAL:
        # "No. 5" continues; "etc. The" and "Apple Inc. The" end.
        return after[:1].isdigit()
    return True


def _split_line(text: str, start: int, end: int, out: list[tuple[int, int]],
                runons: list[re.Match]) -> None:
    pos = start
    for m in _END.finditer(text, start, end):
        cut = m.end()
        if cut >= end:
            break
        if not _STARTS_SENTENCE.match(text, cut, end):
            continue
        before = text[max(pos, m.start() - 40):m.start() + 1]  # the word before the stop
        if text[m.start()] == "." and _is_abbreviation(before, text[cut:cut + 3]):
            continue
        _append(text, pos, cut, out, runons)
        pos = cut
    _append(text, pos, end, out, runons)


def _match_start(m: re.Match) -> int:
    return m.start()


def _append(text: str, start: int, end: int, out: list[tuple[int, int]],
            runons: list[re.Match]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return
    i = bisect.bisect_left(runons, start, key=_match_start) if runons else 0
    for m in runons[i:]:
        space, opener = m.start(), m.start("opener")
        if space >= end:
            break
        if space <= start or not _RUN_ON_AFTER.match(text, space - 1):
            continue
        prev = max(text.rfind(" ", start, space) + 1, start)
        if text[prev:space].lower() in _NOT_BEFORE_RUN_ON:
            continue
        if m.group("next").isupper() and text[prev].isupper() and out:
            continue  # "Syria The Syrian": after a name, only where a headline sits, first
        if len(_WORD_RE.findall(text, start, space)) >= _RUN_ON_MIN_WORDS \
                and len(_WORD_RE.findall(text, opener, end)) >= _RUN_ON_MIN_WORDS:
            out.append((start, space))
            start = opener
    out.append((start, end))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets in `text`, in order, trimmed of surrounding space.

    Every non-space character of `text` lies in exactly one span.
    """
    out: list[tuple[int, int]] = []
    runons = list(_RUN_ON.finditer(text))  # rare in prose: one scan, then only these
    for line in _LINE.finditer(text):
        _split_line(text, line.start(), line.end(), out, runons)
    return out
