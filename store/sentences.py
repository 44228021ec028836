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
where English prose never capitalises one, starts a sentence there too. On a
page's first line, where headline and photo caption sit, so does a capitalised
common word after a lowercase one ("... to stop flow Forecasters predict ..."):
common, because the page writes it in lower case elsewhere, which a name never is.
Those first-line rules are first_line.py's; captions', labels' and rows' seams are
caption_seams.py's, a headline in title case title_case_head.py's: this module gathers
their cuts with its own and splits each line once.
"""

from __future__ import annotations

import bisect
import re
import string

from . import recache
from .caption_seams import seams
from .first_line import head_cuts
from .run_on_words import (
    COMMON,
    MONTHS,
    NAMING_NOUNS,
    NOT_BEFORE_RUN_ON,
    OLD_OPENERS,
    TIME_WORDS,
    TITLE_OPENERS,
    WORD_RE,
    Cut,
    by_space,
    cut_at,
)
from .title_case_head import title_case_head

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
_END = recache.compile(r"[.!?…]+[\"'”’»)\]]*[ \t\u00a0]+")  # _stops finds its opening stops by name
_LINE = recache.compile(r"[^\r\n]+")
_WORD_BEFORE = recache.compile(r"(?<![A-Za-z.\-'])([A-Za-z][A-Za-z.\-']*)\.$")
_STARTS_SENTENCE = recache.compile(r"[\"'“‘«(\[]*[A-Z0-9\u00c0-\u024f]")
# where a sentence of a page's own words may start, lower case too (readers' posts and the
# writer's asides often open lower case): the voice and opinion checks walk pages by it
LOOSE_START = recache.compile(r"[.!?][\"”’')]*\s+(?=[\"“‘'(]*[A-Za-z0-9])")
# "... in Syria The Syrian unrest began": a sentence opener capitalised in mid-line after a
# word that is not one a title or name follows ("of The Times", "told The Guardian"); the
# word before is checked in Python, as lookbehinds at every position cost 10 ms an article
_RUN_ON = recache.compile(r" (?=[A-Z])(?P<opener>The|This|These|Those|It|He|She|They|There|His|Her|Their|Its|"
                          r"A|An|At|By|In|On|For|After|Before|During|When|While|Despite|With|Every|Each|"
                          r"Many|Most|Several|Following|Hundreds|Thousands|Dozens|Two|Three|Four|Five|"
                          r"Six|Seven|Eight|Nine|Ten|Eleven|Twelve|(?:Thir|Four|Fif|Six|Seven|Eigh|Nine)teen|"
                          r"(?:Twenty|Thirty|Forty|Fifty|Sixty|"
                          r"Seventy|Eighty|Ninety)(?:-[a-z]+)?|Speaking|Talking|Writing|Asked|"
                          r"Responding|Commenting)"
                          r"(?= (?P<next>\w))")
# "... in Washington It's all about ...": the same openers shortened, after a word (not after
# the quotation mark a reported speech opens with: 'said: " It's ...'), before a lowercase word
# (the word before is checked in Python: a lookbehind at every space costs 0.1 ms an article)
_RUN_ON_SHORT = recache.compile(r" (?=[ITHS])(?P<opener>It|He|She|There|They)"
                                r"(?=[’'](?:s|re) (?P<next>[a-z]))")
_RUN_ON_AFTER = recache.compile(r"[A-Za-z0-9%’')\"”]")
# "... in need of food But despite knowing ...", "... the next day However, the teams ...": a
# contrast that opens a sentence, run on after a lowercase word (a name never follows one);
# so do a capitalised "And", "Or", "If" (a slideshow's rows: "... 50,000 barrels a day And BP
# say ...", "... 48 hours If pressure drops ...")
_RUN_ON_CONTRAST = recache.compile(r" (?P<opener>But|However|Meanwhile|Which|What|Who|Why|How|And|Or|If|"
                                   r"Then(?=,)|Also(?= on | in | at |, ))(?P<next>[ ,])")
_QUESTION_OPENERS = frozenset("Which What Who Why How".split())
_LINK_OPENERS = frozenset("And Or If".split())  # inside a title after its capitalised word
# "... killing 11 people 28 April: Coastguard fears ...": a timeline's dated entries run
# together; a date and a colon after a lowercase word open the next entry
_DATE_LABEL = recache.compile(r" (?P<opener>\d{1,2} (?:" + MONTHS + r")(?: \d{4})?|(?:"
                              + MONTHS + r") \d{1,2}(?:, \d{4})?|(?:1[89]|20)\d\d):$")


def _date_labels(text: str) -> list[Cut]:
    """Cuts before each dated entry label ("28 April:") after a lowercase word, looked for
    back from each colon, as a scan of the whole text from every space costs more."""
    out = []
    i = text.find(": ")
    while i >= 0:
        lo = max(0, i - 24)
        m = _DATE_LABEL.search(text, lo, i + 1)
        if m and m.start() > 0 and (text[m.start() - 1].islower() or text[m.start() - 1] == ")"):
            out.append(Cut(m.start(), m.start("opener"), m.group("opener"), "", "run_on"))
        i = text.find(": ", i + 2)
    return out


# "... when he died 25 June 2009 Dr Murray finds Jackson ...": a timeline's entries run
# together, each opening with its day; a full date after a lowercase word and before a
# capitalised one opens the next entry (not after a preposition: "on 25 June 2009 Dr X")
_DATED_ENTRY = recache.compile(r"(?:" + MONTHS + r") \d{4}(?= [A-Z][a-z])")  # its day: in Python
_DAY_BEFORE = recache.compile(r"\d{1,2} $")
_NOT_BEFORE_DATED_ENTRY = frozenset("""on in by since until till from of before after between
through to and or at during around about than""".split())


def _dated_entries(text: str) -> list[Cut]:
    out = []
    for m in _DATED_ENTRY.finditer(text):
        day = _DAY_BEFORE.search(text, max(0, m.start() - 3), m.start())
        if day is None:
            continue
        i = day.start()
        if i < 2 or text[i - 1] != " " or not text[i - 2].islower():
            continue
        word = text[text.rfind(" ", 0, i - 1) + 1:i - 1]
        if word not in _NOT_BEFORE_DATED_ENTRY:
            out.append(Cut(i - 1, i, text[i:m.end()], "", "run_on"))
    return out


# a participle that opens a sentence and is no name: "... ' Speaking to reporters, he said"
_PARTICIPLE_OPENERS = frozenset("Speaking Talking Writing Asked Responding Commenting".split())
_QUOTE_CLOSES = frozenset(("'", '"', "’", "”"))
_RUN_ON_MIN_WORDS = 3  # a headline of fewer words is more likely a name ("Lord Of The ...")
_WORD_BEFORE_CHARS = string.ascii_letters + ".-'"  # _WORD_BEFORE's class


def _word_before(before: str) -> str | None:
    """_WORD_BEFORE's word in `before` (which ends with the period), without its search from
    every position: its match is the run of the class's characters that ends the text, when
    that run opens with a letter (inside the run the lookbehind fails)."""
    j = len(before.rstrip(_WORD_BEFORE_CHARS))
    if len(before) - j >= 2 and before[j] in string.ascii_letters and before[-1] == ".":
        return before[j:-1]
    return None


def _is_abbreviation(before: str, after: str) -> bool:
    """True when the period closing `before` belongs to an abbreviation."""
    word = _word_before(before)
    if word is None:
        return False
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




# small words a title in title case capitalises ("This Is It", "Gone With the Wind"), which no
# sentence's second word is
_TITLE_CASE_SMALL = frozenset("""is are was were be it its of the and a an to in on for with at
by not this that or as from""".split())
# a page that lost an accented letter splits a name's word in two ("Luiz In cio Lula",
# "C sar Ch vez"): after a name, an opener, a short piece that is no word, then a name
_NAME_PIECE = recache.compile(r" ([a-z]{1,3}) [A-Z][a-z]")


def _split_line(text: str, start: int, end: int, out: list[tuple[int, int]],
                runons: list[Cut], spaces: list[int], stops: tuple[list[int], list[re.Match]],
                first_line: bool = False) -> None:
    """(spaces: the runons' `space` positions, in their order, for bisect; stops: the text's
    _END matches and where each starts, see _stops)"""
    pos = start
    starts, ends = stops
    for k in range(bisect.bisect_left(starts, start), len(ends)):
        m = ends[k]
        if m.start() >= end:
            break
        cut = m.end()
        if cut >= end:
            break
        if not _STARTS_SENTENCE.match(text, cut, end):
            continue
        before = text[max(pos, m.start() - 40):m.start() + 1]  # the word before the stop
        if text[m.start()] == "." and _is_abbreviation(before, text[cut:cut + 3]):
            continue
        _append(text, pos, cut, out, runons, spaces, first_line)
        pos = cut
    _append(text, pos, end, out, runons, spaces, first_line)




def _append(text: str, start: int, end: int, out: list[tuple[int, int]],
            runons: list[Cut], spaces: list[int], first_line: bool = False) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return
    for j in range(bisect.bisect_left(spaces, start), len(runons)):
        c = runons[j]
        space, opener = c.space, c.opener
        if space >= end:
            break
        if space <= start or not _RUN_ON_AFTER.match(text, space - 1):
            continue
        prev = max(text.rfind(" ", start, space) + 1, start)
        word = text[prev:space].lower()
        if word in NOT_BEFORE_RUN_ON:
            continue
        if c.kind not in ("caps", "title", "seam"):  # a headline in capitals or title case stands
            # alone after any word
            if ((c.word in TITLE_OPENERS or c.word in _QUESTION_OPENERS)
                    and (word in NAMING_NOUNS or word.isdigit())):
                continue  # "vitamin A", "Class A shares", "the FBI's 10 Most Wanted"
            # a day or month ends a sentence as a lowercase word does ("ill on Wednesday
            # Ninety-five new cases"): no name goes on after it
            after_name = not text[prev].islower() and word not in TIME_WORDS
            if c.word in _LINK_OPENERS and not text[prev].islower():
                continue  # "The Fall And Rise Of ...": a title in title case
            if c.word in _PARTICIPLE_OPENERS and word in _QUOTE_CLOSES:
                after_name = False  # "... was a 'nightmare' Speaking to X, he ...": a caption
            if (c.kind == "run_on" and c.word not in OLD_OPENERS
                    and c.word not in TITLE_OPENERS and after_name):
                continue  # a number after a name ("Formula One racing", "Channel Four news")
            if c.next.isupper() and after_name and out and not first_line:
                continue  # "Syria The Syrian": after a name, only where a headline sits, first
            if c.next.isupper() and (nxt := WORD_RE.match(text, opener + len(c.word) + 1)) \
                    and nxt[0].lower() in _TITLE_CASE_SMALL and nxt[0][1:].islower():
                continue  # "the movie This Is It": a title in title case ("Is" capitalised)
            if (word in _TITLE_CASE_SMALL and text[prev].isupper() and text[prev + 1:space].islower()
                    and c.kind == "run_on"):
                continue  # "Jackson's This Is It tour": inside a title in title case
            if c.word == "With" and (c.next.isupper() or word in _QUOTE_CLOSES
                                     or text.count('"', start, space) % 2
                                     or text.count("“", start, space) > text.count("”", start,
                                                                                  space)):
                continue  # "Will Meet With McCain", 'the film "Gone With the Wind"': a title's
            piece = _NAME_PIECE.match(text, opener + len(c.word)) if after_name else None
            if piece and piece[1] not in COMMON:
                continue  # "President Luiz In cio Lula": a name whose lost letter left "In"
        if len(WORD_RE.findall(text, start, space)) >= _RUN_ON_MIN_WORDS \
                and len(WORD_RE.findall(text, opener, end)) >= _RUN_ON_MIN_WORDS:
            out.append((start, space))
            start = opener
    out.append((start, end))


# "... horsemeat recipes HAITI CRIPPLED BY DEVASTATING EARTHQUAKE Haiti was hit ...": a
# headline in capitals run in between two sentences; it stands on its own
_CAPS_RUN = recache.compile(r" (?<=[a-z0-9,;’')] )(?P<opener>[A-Z][A-Z’'-]++(?: [A-Z][A-Z’'-]++){2,}+)"
                       r"(?= [A-Z][a-z]|[?!:]?[ \t]*(?:\n|$))")  # possessive: no backtracking
_CAPS_CUE = recache.compile(r"[A-Z]{2,} [A-Z]{2,} [A-Z]{2,}")
# its middle word and the third's opening, which every _CAPS_CUE match holds: opening with a
# space, the engine skips to candidates in C (10 us an article against 45 for _CAPS_CUE)
_CAPS_MIDDLE = recache.compile(r" [A-Z][A-Z]+ [A-Z][A-Z]")


def _caps_runons(text: str) -> list[Cut]:
    """Splits before and after a run of three or more words in capitals that follows a
    lowercase word and is followed by a capitalised word."""
    out = []
    for m in _CAPS_RUN.finditer(text):
        out.append(Cut(m.start(), m.start("opener"), None, "", "caps"))
        if text[m.end("opener"):m.end("opener") + 1] == " ":  # else it ends its line
            out.append(Cut(m.end("opener"), m.end("opener") + 1, None, "", "caps"))
    return out


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets in `text`, in order, trimmed of surrounding space.

    Every non-space character of `text` lies in exactly one span.
    """
    out: list[tuple[int, int]] = []
    runons = [cut_at(m, "run_on") for m in _RUN_ON.finditer(text)]  # rare in prose: one scan
    if "s " in text and (short := [cut_at(m, "run_on") for m in _RUN_ON_SHORT.finditer(text)
                                   if m.start() and (text[m.start() - 1].isalnum()
                                                     or text[m.start() - 1] in "%)")]):
        runons = sorted(runons + short, key=by_space)
    if ": " in text and (labels := _date_labels(text)):
        runons = sorted(runons + labels, key=by_space)
    if entries := _dated_entries(text):
        runons = sorted(runons + entries, key=by_space)
    if (" But" in text or " However" in text or " Wh" in text or " How" in text
            or " And " in text or " Or " in text or " If " in text
            or " Meanwhile" in text or " Then," in text or " Also" in text):
        runons = sorted(runons + [cut_at(m, "run_on") for m in _RUN_ON_CONTRAST.finditer(text)],
                        key=by_space)
    capitals = bool(_CAPS_MIDDLE.search(text))
    if capitals and _CAPS_CUE.search(text):
        runons = sorted(runons + _caps_runons(text), key=by_space)
    lines = _lines(text)
    if more := [Cut(space, opener, None, "", "seam")
                for space, opener in seams(text, [ls for ls, _ in lines], capitals)]:
        runons = sorted(runons + more, key=by_space)  # captions, labels and rows run on
    spaces = [c.space for c in runons]
    stops = _stops(text)
    first = True
    for n, (ls, le) in enumerate(lines):
        if first and text[ls:le].strip():
            head = head_cuts(text, ls, le)
            if _TITLE_CASE_START.match(text, ls) and (tc := title_case_head(text, ls, le)):
                # "Justice Department Putting New Focus on Fraud Ten years ago, ..."
                head = sorted(head + [Cut(tc[0], tc[1], None, "", "title")], key=by_space)
            both = sorted(runons + head, key=by_space) if head else runons
            _split_line(text, ls, le, out, both, [c.space for c in both], stops, True)
            first = False
            continue
        if (n < _HEAD_LINES and _TITLE_CASE_START.match(text, ls)
                and (tc := title_case_head(text, ls, le))):
            # a headline in title case opening one of the page's next lines (after its stamp
            # or byline); further down, lines that open in title case are names' more often
            both = sorted(runons + [Cut(tc[0], tc[1], None, "", "title")], key=by_space)
            _split_line(text, ls, le, out, both, [c.space for c in both], stops)
            continue
        _split_line(text, ls, le, out, runons, spaces, stops)
    return out


_HEAD_LINES = 3  # the page's lines where a headline may sit
# a line that opens with five words in title case: where title_case_head may find a headline
_TITLE_CASE_START = recache.compile(r"[\"“'(]?[A-Z0-9][^ \n]* (?:(?:[A-Z0-9][^ \n]*|of|the|and|a|an|to|in|on|"
                                    r"for|at|by|with|from|as) ){4}")


def _stops(text: str) -> tuple[list[int], list[re.Match]]:
    """_END.finditer(text)'s matches and their starts. A match opens with a stop, so _END
    is tried only where str.find sees one (the engine would step through every character);
    no match holds a line break, so each line's matches are the whole text's inside it."""
    at = []
    for stop in ".!?…":
        i = text.find(stop)
        while i >= 0:
            at.append(i)
            i = text.find(stop, i + 1)
    at.sort()
    starts: list[int] = []
    ends: list[re.Match] = []
    match = _END.match
    pos = 0
    for i in at:
        if i < pos:
            continue
        m = match(text, i)
        if m is not None:
            starts.append(i)
            ends.append(m)
            pos = m.end()
    return starts, ends


def _lines(text: str) -> list[tuple[int, int]]:
    """The spans of _LINE's matches (runs of characters other than CR and LF), found by
    str.find where the text has no CR: the regex steps through every character."""
    if "\r" in text:
        return [m.span() for m in _LINE.finditer(text)]
    out = []
    find = text.find
    n = len(text)
    pos = 0
    while pos < n:
        j = find("\n", pos)
        if j < 0:
            j = n
        if j > pos:
            out.append((pos, j))
        pos = j + 1
    return out


_STOP_OR_LINE_END = recache.compile(r"[.!?]+[\"”’')]*(?=\s|$)|\n")


def sentence_around(text: str, start: int, end: int, opening: re.Pattern, *,
                    may_open_at_start: bool = False,
                    window: int | None = None) -> tuple[int, int]:
    """The sentence (or line) holding [start, end), for a furniture rule that keeps
    whole sentences: from the last `opening` (a stop and the space after it) on its line
    before `start` (or at it, with `may_open_at_start`) to the next stop or line end.
    The rules differ in what may open a sentence, so each passes its own `opening`.
    `window` bounds the search to that many characters either side, for a rule run many
    times on a page that may be one long line (it would scan the line from its start)."""
    floor = 0 if window is None else max(0, start - window)
    ceiling = len(text) if window is None else min(len(text), end + window)
    lo = text.rfind("\n", floor, start) + 1 or floor
    upto = min(start + 1, len(text)) if may_open_at_start else start
    for m in opening.finditer(text, lo, upto):
        lo = m.end()
    m = _STOP_OR_LINE_END.search(text, end, ceiling)
    hi = m.end() if m and m.group() != "\n" else (m.start() if m else ceiling)
    return lo, hi
