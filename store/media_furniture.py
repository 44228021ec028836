"""Where a page presents its media rather than telling news: a clip's or programme's blurb
("Christian Fraser reports from the port"), a programme's greeting or sign-off ("We're back
tomorrow!"), a photo's caption closed by its credit, a headline set in title case standing
as a sentence. Each says what a clip, a photo or the page shows; a date in it is the clip's
topic or the programme's schedule, not a happening, so inline_furniture.py takes them out.
"""

from __future__ import annotations

from . import recache
from .furniture_words import IRREGULAR_VERB, SAYING, furniture_sentence
from .sentences import sentence_spans

# "Christian Fraser reports from the port, as criticism of the rescue grows.", "The BBC's Ann
# Lee describes the scene at a hospital.", "Commentators discuss the report": a video's or a
# programme's blurb, a line of its own: its reporter (a name, not a newsmaker's title) and a
# present verb of reporting, not a saying ("explains that ..." is what someone said)
_REPORTER = recache.compile(
    r"(?:The\s+BBC[’']s\s+|BBC\s+|Our\s+[a-z]+\s+(?:[a-z]+\s+)?correspondent\s+)?"
    r"(?!(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|President|The|This|That|It|He|She|They|We|I)\b)"
    r"(?:(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]+(?:\s+and\s+(?:guests|[A-Z][\w’'-]+"
    r"(?:\s+[A-Z][\w’'-]+){0,2}))?\s+(?:reports?\s+(?:from|on|as)|describes?|assess(?:es)?|"
    r"examines?|explores?|discuss(?:es)?|looks?\s+at|presents?|asks?\s+(?:if|whether)|considers?)"
    r"|[A-Z][a-z]+s(?:\s+and\s+[a-z]+)?\s+(?:report\s+(?:from|on)|describe|assess|examine|"
    r"explore|discuss|look\s+at|consider))\s(?!that\b)")
_REPORTER_CUES = (" reports ", " describe", " assess", " examine", " explore", " discuss",
                  " look at", " looks at", " presents ", " asks ", " consider", " report ")
REPORTER_WITHIN = 80  # the verb sits this near its line's start
BLURB_LINE = 250  # a blurb is one short line


def reporter_blurbs(text: str, end: int) -> list[tuple[int, int]]:
    """A line that is a video's or a programme's blurb ("X reports from Y, as ..."): it says
    what a clip shows, not what happened, and whatever it dates is the clip's topic."""
    out: list[tuple[int, int]] = []
    for cue in _REPORTER_CUES:
        i = text.find(cue, 0, end)
        while i >= 0:
            lo = text.rfind("\n", 0, i) + 1
            if i - lo <= REPORTER_WITHIN and _REPORTER.match(text, lo):
                # (its own sentence: "X reports from Mexico A child has died ..." is split there
                # by the sentences' own rules, and the news after it stays)
                line_end = text.find("\n", lo, lo + BLURB_LINE + 1)
                line = text[lo:line_end if line_end >= 0 else lo + BLURB_LINE + 1]
                hi = lo + sentence_spans(line)[0][1]
                if hi > i and hi - lo <= BLURB_LINE and (lo, hi) not in out:
                    out.append((lo, hi))
            i = text.find(cue, i + len(cue), end)
    return out


# "The BBC's International Development Correspondent David Loyn, who reported from both
# towns, looks at the differences ...", "The BBC's Ann Lee is travelling from X to Y": the
# outlet's own reporter, a role and an aside allowed before the verb, presenting what the page
# shows (a saying, "says ...", is the reporter's news and stays); "Jane Doe's been talking to
# 1Xtra News about ...": a guest talking to the outlet. Matched at a line's start, or after
# the page's stamp that ends on its year ("... 29 January 2010 Jane Doe's been talking ...")
_NAME = r"(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'-]+"
_OWN_REPORTER = recache.compile(
    r"(?P<stamp>[^\n]{0,80}?\b(?:19|20)\d\d\s+)?"
    r"(?:(?:The\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?[’']s\s+(?:[A-Z][\w-]*\s+){0,4}?" + _NAME
    + r"(?:,\s+(?:who|whose)\s[^,\n]{1,100},)?\s+(?:reports?\s+(?:from|on|as)|describes?|"
    r"assess(?:es)?|examines?|explores?|looks?\s+at|considers?|is\s+(?:travel+ing|heading|"
    r"journeying|touring|spending)|has\s+been\s+(?:travel+ing|talking|speaking|meeting)|meets|"
    r"visits|keeps\s+a\s+diary|hears\s+from|finds\s+out|reflects\s+on|gauges)"
    r"|(?!(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|President|The|This|That|It|He|She|They|We|I)\b)"
    + _NAME + r"(?:[’']s|\s+has|\s+have)\s+been\s+(?:talking|speaking)\s+(?:to|with)\s+(?:the\s+)?"
    r"(?:[A-Z0-9][\w-]*\s+){1,3}(?:about|of)\b)\s(?!that\b)")
_OWN_CUES = ("’s ", "'s ")
OWN_REPORTER_WITHIN = 140  # the possessive sits this near its line's start (after a stamp)


def own_reporters(text: str, end: int) -> list[tuple[int, int]]:
    """A line's first sentence that presents the outlet's own reporter at work, or a guest
    talking to the outlet: the blurb of a clip, a diary or an interview, not a happening."""
    out: list[tuple[int, int]] = []
    done = -1  # (each line tried once)
    for cue in _OWN_CUES:
        i = text.find(cue, 0, end)
        while i >= 0:
            lo = text.rfind("\n", 0, i) + 1
            if lo != done and i - lo <= OWN_REPORTER_WITHIN:
                done = lo
                if (m := _OWN_REPORTER.match(text, lo, end)) and not SAYING.search(text, lo, m.end()):
                    start = m.end("stamp") if m.group("stamp") else lo
                    line_end = text.find("\n", start, start + BLURB_LINE + 1)
                    line = text[start:line_end if line_end >= 0 else start + BLURB_LINE + 1]
                    hi = start + next((e for _s, e in sentence_spans(line) if start + e >= m.end() - 1),
                                      len(line))
                    if hi - start <= BLURB_LINE and (start, hi) not in out:
                        out.append((start, hi))
            i = text.find(cue, i + len(cue), end)
    return out


# "A Government Hand In the Economy Is as Old as the Republic": a headline in title case, its
# verbs capitalised too, standing as a sentence (or left of one when the sentences split it)
_HEAD_AUX = recache.compile(r"(?:Is|Are|Was|Were|Has|Have|Had|Will|Can|Could|May|Might|Should|Would|"
                            r"Do|Does|Did)\s+(?=[A-Za-z])")
_LONG_WORD = recache.compile(r"[A-Za-z][\w’'-]{3,}")
_LOWER_WORD = recache.compile(r"\b[a-z]+\b")


def title_case_sentences(text: str, end: int) -> list[tuple[int, int]]:
    """Sentences set in title case, their verbs capitalised ("... Economy Is as Old as the
    Republic."): a headline, not a happening told."""
    out: list[tuple[int, int]] = []
    for m in _HEAD_AUX.finditer(text, 0, end):
        if m.start() < 2 or text[m.start() - 1] != " " or not text[m.start() - 2].isalpha():
            continue  # (after a word, inside the sentence)
        lo = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end(), end)
        line_end = end if line_end < 0 else line_end
        for s, e in sentence_spans(text[lo:line_end]):
            if s <= m.start() - lo < e:
                words = _LONG_WORD.findall(text, lo + s, lo + e)
                if (len(words) >= 2 and all(w[0].isupper() for w in words)
                        and _LOWER_WORD.search(text, lo + s, lo + e)):
                    out.append((lo + s, lo + e))
                break
    return out


# "A campaign rally during the election in December. (By Jane Doe -- Associated Press)": a
# photo's credit, and the caption (or a headline and its deck) it closes
_PHOTO_CREDIT = recache.compile(r"\((?:By|Photo\s+by|Photo\s+By)\s+[^()\n]{3,60}?\s+--\s+[^()\n]{2,40}\)")
CAPTION = 400  # the most characters of a caption before its credit
HEAD_CAPTION = 300  # a caption opening before this is the page's head: a headline, a deck, a photo
_MAYBE_VERB = recache.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|"
                              r"must|should|said|says|[a-z]{3,}ed|[a-z]+[^s’'\W]s)\b")


def credited_captions(text: str, end: int) -> list[tuple[int, int]]:
    """What a photo's credit closes: at the page's head its caption, headline and deck (the
    article starts after the credit); further in a caption with no verb ("A campaign rally
    during the election in December."), which names what a photo shows, not a happening."""
    out: list[tuple[int, int]] = []
    for m in _PHOTO_CREDIT.finditer(text, 0, end):
        hi = m.start()
        line = text.rfind("\n", 0, hi) + 1
        if not text[line:hi].strip():  # (a credit opening its line closes the line before)
            hi = max(0, line - 1)
            line = text.rfind("\n", 0, hi) + 1
        lo = max(line, text.rfind(")", 0, hi) + 1)  # (or the credit before it on the line)
        while lo < hi and text[lo].isspace():
            lo += 1
        if 0 < hi - lo <= CAPTION and (lo < HEAD_CAPTION
                                       or not (_MAYBE_VERB.search(text, lo, hi)
                                               or IRREGULAR_VERB.search(text, lo, hi))):
            out.append((lo, m.end()))
    return out


# a programme's or a live page's greeting and sign-off, opening a sentence: "Hi there, I'm Leah
# from the ... team", "We're back tomorrow!", "That's all from the team for today"
_HELLO_BYE = recache.compile(
    r"(?:(?:Hi|Hello)(?:\s+(?:there|everyone|again))?,?\s+(?:and\s+welcome\b|I[’']m\s+|"
    r"this\s+is\s+)|(?:OK,?\s+|Well,?\s+|So,?\s+)?[Tt]hat(?:[’']s|\s+is)\s+(?:all|it)\s+"
    r"(?:from|for)\b|(?:We|I)(?:[’']re|[’']ll\s+be|\s+will\s+be|\s+are|[’']m|\s+am)\s+back\s+"
    r"(?:tomorrow|again|next|on|at|soon|later|with|after|in)\b)")
_QUOTE_IN = recache.compile(r"[\"“”]")
_HELLO_BYE_CUES = ("Hi ", "Hello", "hat's all", "hat’s all", "hat is all", "hat's it",
                   "hat’s it", " back ")


def greetings(text: str, end: int) -> list[tuple[int, int]]:
    """A programme's greeting or sign-off: the page speaking to its audience, whatever day it
    names ("We're back tomorrow!")."""
    out: list[tuple[int, int]] = []
    for cue in _HELLO_BYE_CUES:
        i = text.find(cue, 0, end)
        while i >= 0:
            lo, hi = furniture_sentence(text, i, i + len(cue))
            # (at the sentence's start, or after a programme's label: "World News for
            # Schools: 12 January Hi there, ...")
            if (i - lo <= 60 and (m := _HELLO_BYE.search(text, max(lo, i - 12), min(hi, i + 40)))
                    and (not text[lo:m.start()].strip(" ,.!?-–—\"“”'") or ":" in text[lo:m.start()])
                    and not SAYING.search(text, lo, hi) and not _QUOTE_IN.search(text, lo, hi)
                    and (lo, hi) not in out):  # (not a speaker's: '"We're back on track," X said')
                out.append((lo, hi))
            i = text.find(cue, max(hi, i + len(cue)), end)
    return out
