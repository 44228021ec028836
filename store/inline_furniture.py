"""Page furniture that sits inside a line of prose rather than on a line of its own.

Copies of web pages that lost their layout run a page's furniture into its
sentences: a reader's comment thread ("... Posted by: Teddy | 1:36 PM | Report
abuse ...", "At 08:36 on 5 May 2009, copperDolomite wrote: ..."), a byline with
its time stamp ("By Jane Doe | March 2, 2009; 1:40 PM ET"), a broadcast
schedule ("This Prom will be repeated at 2.40 pm"), a subscribe line, and the
time stamp opening each entry of a live page ("1132 The UN says ..."). Each is
found by its shape (a handle next to a time stamp, a programme slot with a
clock time, a stamp at the start of an entry) rather than by one site's words.
A comment thread runs to the end of the page, where threads sit; the others
cover their own sentence, or only the stamp. Sentences in their writer's own
voice and questions are added from store/voice.py, a page presenting its media (a
clip's blurb, a programme's greeting, a credited caption) from store/media_furniture.py.
"""

from __future__ import annotations

import re

from . import recache
from .audience_calls import audience_calls
from .furniture_words import IRREGULAR_VERB, SAYING, furniture_sentence, lowered
from .media_furniture import (
    credited_captions,
    greetings,
    own_reporters,
    reporter_blurbs,
    title_case_sentences,
)
from .opinion import views_carried_on
from .run_on_words import WEEKDAY
from .sentences import sentence_spans
from .voice import own_voice

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
_CLOCK = r"\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?"
_DAY_DATE = (rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
             rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})")
# "At 11:45 pm on 13 Jan 2010, SheffTim wrote:", "At 22:11 26th Apr 2009, Ann Lee wrote:",
# "On 05 May 2009, Ikarus wrote:": a handle after its time stamp, then what it wrote
_HANDLE_WROTE = recache.compile(
    rf"(?i)(?:\b(?:at|on)\s+)?(?:{_CLOCK}\s*(?:on\s+)?)?{_DAY_DATE},?\s*"
    rf"(?:{_CLOCK},?\s*)?[^\s,:|]+(?:\s+[^\s,:|]+){{0,3}}\s+wrote\s*:")
# "Friday, December 19, 2008; 10:02 AM -- Text of ...", "Friday, February 20, 2009; Page D01
# NEW YORK ...": a page's date line, with its time or page, run into the first sentence
_PAGE_STAMP = recache.compile(
    rf"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,\s*)?{_DAY_DATE}"
    rf"(?:\s*;\s*(?:{_CLOCK}(?:\s*(?:et|est|edt|gmt|bst))?|page\s+[a-z]?\d+))+(?:\s*--)?", re.I)
_WEEKDAY_LINE = recache.compile(r"\n(?=" + WEEKDAY + ", )")
# "8th November 2011 - 17:42 This comment ...": a line opening with a date and a time, as
# a comment (or a post of a thread) does
_DATED_LINE = recache.compile(rf"(?i)(?:\A|\n)(?P<stamp>{_DAY_DATE}\s*[-–—,|]?\s*{_CLOCK})\s*[-–—:|]?\s+\S")
# "Posted by: Teddy | September 24, 2008 1:36 PM | Report abuse": a handle after what it wrote
_POSTED = recache.compile(r"(?i)\bposted\s+by\s*:?\s*[^|\n]{1,80}?\|[^|\n]{0,40}?\d[^|\n]{0,30}\||"
                          r"\|\s*report\s+abuse\b|\bcomplain\s+about\s+this\s+(?:comment|post)\b")
# "By Dan Froomkin | February 2, 2009; 1:40 PM ET", "Susan Watts | 18:00 UK time, Saturday,
# 25 April 2009": a name, a bar, then only date and time words
_NAME_WORD = r"(?:[A-Z][\w’'-]*|[A-Z]\.)"
_BYLINE_NAME = recache.compile(rf"(?:\bBy[ \t]+)?(?<![\w’'.-]){_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,4}}"
                               r"[ \t]*\Z")
_BYLINE_STAMP = recache.compile(
    r"\|\s*(?=[^|\n]{0,30}\d)(?P<stamp>[^|\n]{4,70}?\b(?:19|20)\d\d\b"
    r"(?:[;,]?\s*\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?)?"
    r"(?:\s*(?:ET|EST|EDT|PT|GMT|BST|UTC|UK\s+time)\b)?)")
# "Page last updated at 14:59 GMT, Friday, 25 June 2010": the page's stamp run into the text,
# with the date before it and the link that follows it ("13 July 2010 Last updated at 09:43
# GMT Help BP has installed ...")
_UPDATED = recache.compile(
    rf"(?i)(?:{_DAY_DATE}\s+)?\b(?:page\s+)?last\s+updated(?:\s+(?:at|on)|\s*:\s*-?)\s+(?:{_CLOCK}\s*(?:gmt|bst|utc|et)?,?\s*)?"
    rf"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?(?:{_DAY_DATE})?"
    rf"(?:\s*[-–,]\s*{_CLOCK}\s*(?:gmt|bst|utc|et)?)?(?-i:\s*Help\b)?")
_STAMP_TOKEN = recache.compile(
    rf"(?i)(?:{_MONTH}|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d{{1,4}}(?:st|nd|rd|th)?|"
    r"\d{1,2}[:.]\d\d|[ap]\.?m\.?|et|est|edt|pt|gmt|bst|utc|uk|time|local|on|at|[,;:.-]+)")
# a live page's entries each open with their time: "1132 The UN says", "15:54 - Rescuers ..."
_ENTRY_HHMM = recache.compile(r"(?P<stamp>(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d))\s+(?=[A-Z\"“‘'])")
_ENTRY_CLOCK = recache.compile(
    r"(?P<stamp>\d{1,2}[:.][0-5]\d(?:\s*[ap]\.?m\.?)?(?:\s+(?:GMT|BST|UTC|ET|UK|local))?"
    r"(?:\s*[:–—-])?)\s+(?=[A-Z\"“‘'])", re.I)
# A programme schedule: a slot with a clock time, a repeat, live commentary, a listings line
_SCHEDULE = recache.compile(
    r"""(?ix)
      \b(?:will\s+be|is|are|was)\s+(?:repeated|broadcast|shown|screened|aired|simulcast|
         available)\b[^.!?\n]{0,80}?\b(?:at|from)\s+(?:\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\b|noon)|
         \d{4}\s*(?:gmt|bst|h\b|utc)|noon|midnight)
    | \brepeated,?\s+(?:(?:at|on)\s+)?(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day)
    | \b(?:live|full|uninterrupted|ball-by-ball)\s+(?:\w+\s+)?commentary\b
    | \bcommentary\s+(?:of|on|from)\b[^.!?\n]{0,80}\b(?:v|vs|versus)\b
    | \b(?:listen|watch)\s+(?:again|live|online)\b
    | \byou\s+can\s+(?:listen\s+to|watch|hear)\b[^.!?\n]{0,100}\bon\s+(?-i:(?!(?:Mon|Tues|Wednes|
      Thurs|Fri|Satur|Sun)day|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[A-Z])
    | \b\d{1,2}(?:[.:]\d\d)?\s*[ap]m\b[^.!?\n]{0,60}\bcommentary\b
    | \b(?:is|are|will\s+be)\s+(?:broadcast|shown|aired|streamed)\s+live\b
    | \b(?:phone\s+)?lines\s+(?:are|will\s+be)\s+open\s+(?:from|between)\s+\d
    | \brunning\s+order\s+is\s+subject\s+to\s+change\b
    | [’']s\s+guests?\s+(?:today|tonight|this\s+(?:week|morning|evening))\s+(?:is|are)\b
    | \b(?:first\s+)?broadcast\s+(?:on\s+)?(?-i:[A-Z])[^.!?\n]{0,40}?,\s+\d{1,2}[:.]\d\d
    | \bavailable\s+until\s+\d{1,2}[:.]\d\d
    | \bat\s+\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?\s+)?on\s+(?:(?-i:[A-Z]{2,4})\s+)?
      (?-i:Radio|Channel|One|Two|Three|Four)\b
    | \b(?:daily|nightly|weekdays|every\s+(?:day|night|weekday|morning|evening))\s+at\s+\d{1,2}
      (?:[:.]?\d\d)?\s*(?:[ap]\.?m\b|local|gmt|bst|utc|et\b|\(|h\b)
    """)
# the page describing itself: "This is part of a series on The Hearing called ...", "This
# clip is published as part of BBC News Online": what the page is, not what happened
_SELF_NOTE = recache.compile(
    r"This(?:\s+[\w’'-]+){0,3}\s+(?:is|was)\s+"
    r"(?:part\s+of\s+(?:a|an|our)\s+(?:\w+\s+)?series\s+(?:on|about|called|looking|examining)\b|"
    r"published\s+as\s+part\s+of\b)")
# the words one of those needs, looked for first in the lowered text (a scan of the
# whole pattern at every word costs 2 ms on an 8,000-character page)
_SCHEDULE_CUES = ("lines are open", "lines will be open", "repeated", "broadcast", "shown", "screened", "aired", "simulcast",
                  "available", "commentary", "listen", "watch", "you can", "streamed",
                  "running order", "guest", "daily at", "nightly at", "weekdays at", "every day at",
                  "every night at", "every weekday at", "every morning at", "every evening at",
                  " on radio", " on channel", " on bbc", " on itv")
# a programme slot: "BP - In Deep Water, BBC One, Monday, 21 June at 2030BST"
_SLOT = recache.compile(r"day, \d{1,2} [A-Z][a-z]+ at \d{3,4}")
# a listings line: "7.00-11.00 pm BBC RADIO 1XTRA ..."
_LISTING = recache.compile(r"\d{1,2}[.:]\d\d\s*(?:[ap]m)?\s*[-–]\s*\d{1,2}[.:]\d\d\s*[ap]\.?m\b")
_SUBSCRIBE = recache.compile(
    r"(?i)\bsubscribe\s+to\b|\bstay\s+up\s+to\s+date\s+with\b[^.!?\n]{0,80}\bvia\b|"
    r"\bfollow\s+(?:us|the\s+\w+|\w+)\s+on\s+(?:twitter|facebook|instagram)\b|"
    r"\b(?:share|e-?mail|print)\s+this\s+(?:story|article|page|post)\b|"
    r"\bdelivered\s+to\s+your\s+(?:inbox|e-?mail)\b|\bsign\s+up\s+for\s+(?:our|the)\s+[^.!?\n]{0,40}"
    r"newsletter\b|\byou\s+(?:must|need\s+to)\s+have\s+(?:adobe\s+)?flash\b|"
    r"\bjavascript\s+(?:must|needs\s+to)\s+be\s+enabled\b|"
    r"\byour\s+browser(?:[’']s)?\s+settings\s+may\b|\bupgrade\s+your\s+browser\b|"
    r"\bnot\s+responsible\s+for\s+the\s+content\s+of\s+external\b|"
    r"(?:\A|(?<=\n)|(?<=[.!?] ))please\s+note\s*:|"
    r"\bcopy\s+the\s+(?:url|link)\b|\b(?:can\s?not|unable\s+to)\s+play\s+(?:this\s+)?"
    r"(?:media|video|audio|clip)\b|\bmedia\s+playback\s+is\s+(?:not\s+)?(?:un)?supported\b|"
    r"\bthis\s+(?:media|video|clip|content)\s+is\s+not\s+available\s+in\s+your\b|\b(?:one|a\s+single)\s+click\s+(?:to|and|away)\b|(?:\A|(?<=\n)|(?<=[.!?] ))(?:browse|click|tap)\s+(?:on\s+)?"
    r"(?:this|these|the|here|our|through)\b")
_SUBSCRIBE_CUES = ("please note", "subscribe", "up to date", "follow", "share this", "mail this", "print this",
                   "your inbox", "newsletter", "flash", "javascript", "your browser",
                   "not responsible", "copy the", "browse", "click", "tap ", "play media",
                   "play this", "play video", "playback", "is not available in your")
# a list of links with their age: "Haiti begs for more aid - 11 hrs ago IAfrica.com West urged
# to ... - 17 hrs ago": two age stamps make the line a list of other sites' headlines
_AGE_STAMP = recache.compile(r"\s[-–—|]\s*(?:\d{1,2}\s*(?:hrs?|hours?|mins?|minutes?|days?)\s+ago\b|"
                             r"\d{1,2}:\d\d\s+(?:UK\s+time|GMT|BST|ET|EST|EDT)?,?\s+"
                             r"(?:[A-Z][a-z]+day,\s+)?\d{1,2}\s+[A-Z][a-z]+\s+\d{4})")
# a programme page's credits: "Presenter\/Ken Bruce, Producer\/Gary Bones for ...", three of
# them make the page a programme listing, whose every line describes a broadcast
_CREDIT = recache.compile(r"\b(?:Presenters?|Producers?|Readers?|Editors?|Directors?)\s*(?:\\?/|:)\s*"
                          r"[A-Z]")
_CREDIT_CUES = ("Presenter", "Producer")
_WROTE = recache.compile(r"\bwrote\s*:")
# "1336 Annalie Maning, Philippines, e-mails: My husband ...", "Tiina from Helsinki, Finland,
# writes: ...": a reader's post on a live page, opening its line with the writer and a place
_READER_POST = recache.compile(
    r"(?m)^(?:\d{3,4}:?\s+|\d{1,2}[:.]\d\d:?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2},?\s+"
    r"(?:(?:in|from)\s+)?[A-Z][\w’'.-]*(?:(?:[ ,]+|\s+in\s+)[A-Z][\w’'.-]*){0,3},?\s+"
    r"(?:e-?mails|writes|texts|tweets)\s*:")
_POST_CUES = ("mails:", "mails :", "writes:", "texts:", "tweets:")
MAX_POST_LINES = 6  # a quoted post runs over lines until its quotation closes
# "Added: Tuesday, 19 January, 2010, 16:20 GMT 16:20 UK We really appreciate ...": each
# reader's comment under its stamp; two of them make a thread
_ADDED = recache.compile(rf"(?i)\badded:\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?"
                         rf"{_DAY_DATE},?\s+{_CLOCK}")
_WROTE_HANDLE = recache.compile(_HANDLE_WROTE.pattern + r"\Z")
LISTINGS_PAGE = 3  # programme slots ("7.00-9.00 pm ...") that make a page a listings page
_DIGIT_LINE = recache.compile(r"\n(?=\d)")
_HAS_DIGIT_LINE_START = recache.compile(r"\n\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]")
_WEEKDAYS = tuple(f"{d}day, " for d in ("Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun"))
_TOKEN_SPLIT = recache.compile(r"[\s,;]+")


def inline_furniture(text: str) -> list[tuple[int, int]]:
    """[start, end) ranges of furniture inside lines, unsorted, possibly overlapping."""
    spans: list[tuple[int, int]] = []
    if any(c in text for c in _CREDIT_CUES) and len(_CREDIT.findall(text)) >= LISTINGS_PAGE:
        return [(0, len(text))]  # a programme listing
    low = lowered(text)  # (its cues are ASCII)
    thread = _thread_start(text, low)
    if thread is not None:
        spans.append((thread, len(text)))
    end = thread if thread is not None else len(text)
    if "|" in text:
        spans += _byline_stamps(text, end)
    spans += _line_stamps(text, end)
    starts = [0] if text.startswith(_WEEKDAYS) else []
    for pos in starts + [m.end() for m in _WEEKDAY_LINE.finditer(text, 0, end)]:
        if m := _PAGE_STAMP.match(text, pos):
            spans.append((pos, m.end()))
    if "updated" in low:
        spans += [(m.start(), m.end()) for m in _UPDATED.finditer(text, 0, end)
                  if len(m.group()) > 20]
    spans += _sentences_with(text, low, end, _SCHEDULE_GROUPS, _SCHEDULE)
    spans += [furniture_sentence(text, m.start(), m.end()) for m in _SLOT.finditer(text, 0, end)]
    subscribe = _sentences_with(text, low, end, _SUBSCRIBE_GROUPS, _SUBSCRIBE)
    spans += subscribe
    spans += _self_notes(text, end)
    if "day, " in text:
        spans += _photo_captions(text, end)
    if " online " in text:
        spans += _chat_intros(text, end)
    if "posted by" in low:
        spans += _posted_lists(text, end)
    if ("version" in low and " of this" in low) or "this article" in low or "this story" in low \
            or "this report" in low:
        spans += _page_credits(text, low, end)
    if " ago" in low or " time, " in low or "gmt, " in low:
        spans += _age_stamped(text, end)
    if any(c in low for c in _POST_CUES):
        spans += _reader_posts(text, end)
    if ".: " in text:
        spans += _chat_questions(text, end)
    if subscribe:
        spans += _pitch_after(text, subscribe, end)
    if "(19" in text or "(20" in text or " to " in text:
        spans += _career_lists(text, end)
    if ", 19" in text or ", 20" in text:
        spans += _profile_boxes(text, end)
    if ", 19" in text or ", 20" in text:
        spans += _works_lists(text, end)
    if ": " in text:
        spans += _dated_links(text, end)
        spans += _stamp_rolls(text, end)
    if "Live " in text:
        spans += _blurbs(text, end)
    spans += reporter_blurbs(text, end) + audience_calls(text, end, low)
    if "’s " in text or "'s " in text:
        spans += own_reporters(text, end)
    spans += title_case_sentences(text, end) + greetings(text, end)
    if "(By " in text or "(Photo" in text:
        spans += credited_captions(text, end)
    if ',"' in text or ",”" in text:
        spans += _source_lists(text, end)
    if " is a" in text or " is the " in text:
        spans += _bios(text, end)
    if any(q in text[:PULL_WITHIN] for q in "\"“`"):
        spans += _pull_quotes(text, end)
    voice = own_voice(text, end, low)
    spans += voice + views_carried_on(text, voice, end)
    return spans


# "Professor at the University of Michigan Law School (2001 to 2008); Deputy Assistant
# Secretary at the Treasury (1997 to 2001)": a career box's roles, each with its years
_YEARS_HELD = recache.compile(r"\((?:[A-Z][a-z]{2,8}\.?\s+)?(?:19|20)\d\d\s*(?:to|-|–)\s*"
                              r"(?:(?:[A-Z][a-z]{2,8}\.?\s+)?(?:19|20)\d\d|present|now)\)")
CAREER_ROLES = 2  # years held in brackets, in one sentence, that make it a career box


def _career_lists(text: str, end: int) -> list[tuple[int, int]]:
    """The sentences of a line that lists two or more roles each with the years it was held
    (an abbreviated month may split it in sentences): a profile's career box, whose years
    are no happenings of the story."""
    out: list[tuple[int, int]] = []
    by_line: dict[int, list[re.Match]] = {}
    for m in _YEARS_HELD.finditer(text, 0, end):
        by_line.setdefault(text.rfind("\n", 0, m.start()), []).append(m)
    for found in by_line.values():
        if len(found) >= CAREER_ROLES:
            lo = furniture_sentence(text, found[0].start(), found[0].end())[0]
            hi = furniture_sentence(text, found[-1].start(), found[-1].end())[1]
            out.append((lo, hi))
    return out


# "Sets salary limits at ... Oversaw funds after ... Assistant to Senator X, 1977-1979": a
# profile box's items joined into one sentence, which ends on a role's years and tells no
# happening in a finite verb of its own (its items open on a capitalised verb with no subject)
_ROLE_YEARS_END = recache.compile(r", (?:19|20)\d\d ?[-–] ?(?:19|20)?\d\d(?=\s*$| [\"“]?[A-Z][a-z])", re.M)
_FINITE = recache.compile(r"\b(?:is|are|was|were|has|have|had|will|would|said|says|told|could|"
                          r"can|did|does)\b")


def _profile_boxes(text: str, end: int) -> list[tuple[int, int]]:
    """From a sentence's start to a role's years that end it (or that a capitalised sentence
    follows, run on), when no finite verb stands between."""
    out: list[tuple[int, int]] = []
    for lead in (", 19", ", 20"):
        i = text.find(lead, 0, end)
        while i >= 0:
            if m := _ROLE_YEARS_END.match(text, i, end):
                lo = furniture_sentence(text, i, i + 4)[0]
                if not _FINITE.search(text, lo, m.end()):
                    out.append((lo, m.end()))
            i = text.find(lead, i + 4, end)
    return out


# "Green Christianity (Fortress, 2009), and has written Finding God (Fortress, 2005)": a
# writer's works, each with its publisher and year in brackets
_PUBLISHED = recache.compile(r"\([A-Z][\w&.’'-]*(?:\s+[\w&.’'-]+){0,4},\s*(?:19|20)\d\d"
                             r"(?:;\s*[A-Z][\w&.’'-]*(?:\s+[\w&.’'-]+){0,4},\s*(?:19|20)\d\d)*\)")
WORKS = 2  # works with their publisher and year, in one line, that make it an author's list


def _works_lists(text: str, end: int) -> list[tuple[int, int]]:
    """The sentences of a line that cites two or more works with publisher and year: an
    author's note ("He is the author of ... (Fortress, 2009), and has written ..."), whose
    years date books, not happenings of the story."""
    out: list[tuple[int, int]] = []
    by_line: dict[int, list[re.Match]] = {}
    for m in _PUBLISHED.finditer(text, 0, end):
        by_line.setdefault(text.rfind("\n", 0, m.start()), []).append(m)
    for found in by_line.values():
        if len(found) >= WORKS:
            lo = furniture_sentence(text, found[0].start(), found[0].end())[0]
            hi = furniture_sentence(text, found[-1].start(), found[-1].end())[1]
            out.append((lo, hi))
    return out


# "Haiti earthquake: Your stories Friday 15 January", "As it happened: Haiti earthquake 15 Jan
# Live coverage following ...": a link or a page's heading, its label, title and date
_DATED_LINK = recache.compile(
    rf"(?m)^[ \t]*(?:[A-Z][\w’'-]*)(?:\s+[\w’'-]+){{0,3}}:\s+(?:[\w’'-]+\s+){{1,5}}?"
    rf"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?"
    r"(?=[ \t]*$|\s+[A-Z][a-z]+\s+[a-z])", re.IGNORECASE)


def _dated_links(text: str, end: int) -> list[tuple[int, int]]:
    """A line that opens with a link or heading: a label, a title of a few words and its
    date ("Haiti earthquake: Your stories Friday 15 January"), then nothing, the link's blurb or
    the page's first sentence run into it: the heading and its date are the page's furniture,
    and what follows is read as it stands."""
    out: list[tuple[int, int]] = []
    for m in _DATED_LINK.finditer(text, 0, end):
        if _VERB_IN_TITLE.search(m.group(0), m.group(0).find(":")):
            continue  # ("Update: BP shares rose 5% on 15 Jan ..."): a live entry, which tells
        out.append((m.start(), m.end()))
    return out


# a finite verb in a link's words would make it a sentence
_VERB_IN_TITLE = recache.compile(r"\b(?:is|are|was|were|has|have|had|will|said|says|[a-z]{3,}ed)\b")


# "Hugh Pym Chief economics correspondent, BBC News 1633: Danny Shaw Home affairs correspondent
# ... 1642: Chris Boatman, who lives next to the base 1649: ...": a live page's roll of who
# wrote in at what time, its entries run into one line
_ROLL_STAMP = recache.compile(r"(?<![\d:.])(?:[01]\d|2[0-3])[0-5]\d:\s")
# (a plural noun of a role, "Home affairs correspondent", is no verb: only these are tested)
_ROLL_VERB = recache.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|said|says|told|"
                             r"[a-z]{3,}ed)\b")
ROLL_STAMPS = 3       # stamps on one line that make a roll
ROLL_WORDS = 15       # the most words a name with its role or place takes
ROLL_LAST_WORDS = 6   # words kept after the last stamp (a sentence may run on after it)


def _stamp_rolls(text: str, end: int) -> list[tuple[int, int]]:
    """A line of three or more entry stamps, each before a short name and role, most with no
    verb of their own, and no sentence between them: the roll's names and times date no
    happening."""
    out: list[tuple[int, int]] = []
    i = text.find(": ", 0, end)
    while i >= 0:
        lo = text.rfind("\n", 0, i) + 1
        hi = text.find("\n", i, end)
        hi = end if hi < 0 else hi
        stamps = list(_ROLL_STAMP.finditer(text, lo, hi)) if hi - lo > 40 else []
        if len(stamps) >= ROLL_STAMPS:
            segments = [text[a.end():b.start()] for a, b in zip(stamps, stamps[1:], strict=False)]
            if (all(len(seg.split()) <= ROLL_WORDS and ". " not in seg for seg in segments)
                    and 2 * sum(not _ROLL_VERB.search(seg) for seg in segments) >= len(segments)):
                last = stamps[-1].end()
                for _ in range(ROLL_LAST_WORDS):
                    nxt = text.find(" ", last + 1, hi)
                    last = hi if nxt < 0 else nxt
                out.append((lo, last))
        i = text.find(": ", hi, end)
    return out


# "Live coverage of the trial of ..., who is charged with ...", "Live coverage following
# Tuesday's earthquake in Haiti, in which ...": a live page's blurb, a noun phrase with no verb
# of its own before its first clause
_BLURB = recache.compile(r"\bLive\s+(?:coverage|updates|reporting|reports|text|blog)\s+"
                         r"(?:of|following|from|on|as)\s")
_BLURB_CLAUSE = recache.compile(r",|\b(?:who|which|that|where|when)\b|[.!?;:]")
BLURB_WITHIN = 400  # a blurb sits under the page's heading, in its first characters


def _blurbs(text: str, end: int) -> list[tuple[int, int]]:
    """From a blurb's opening to its sentence's end: it says what the page covers, and a
    date in it ("following Tuesday's earthquake") is the page's topic, not a new happening."""
    out: list[tuple[int, int]] = []
    for m in _BLURB.finditer(text, 0, min(end, BLURB_WITHIN)):
        hi = furniture_sentence(text, m.start(), m.end())[1]
        clause = _BLURB_CLAUSE.search(text, m.end(), hi)
        upto = clause.start() if clause else hi
        if _ROLL_VERB.search(text, m.end(), upto) or IRREGULAR_VERB.search(text, m.end(), upto):
            continue  # ("Live coverage of the match was watched by ..."): a sentence
        out.append((m.start(), hi))
    return out


# '"X Holds a Hearing on Y," Political Transcripts by CQ, Nov. 14, 2008': a cited work, its
# title closed by ',"', its source and its date (matched from each ',"', not at every position)
_CITED_TAIL = recache.compile(rf",[\"”]\s+[A-Z][^\"“”\n]{{1,80}}?,\s+(?i:{_MONTH})\s+\d{{1,2}},\s+(?:19|20)\d\d")
CITATIONS = 2  # cited works on one line that make it a list of sources
CITED_TITLE = 200  # the most characters of a cited title


def _source_lists(text: str, end: int) -> list[tuple[int, int]]:
    """A line that cites two or more works with source and date: a list of sources, whose
    dates date the documents, not happenings (the story tells those with its own words)."""
    out: list[tuple[int, int]] = []
    by_line: dict[int, list[tuple[int, int]]] = {}
    for close in (",\"", ",”"):
        i = text.find(close, 0, end)
        while i >= 0:
            if (m := _CITED_TAIL.match(text, i, end)) is not None:
                line = text.rfind("\n", 0, i)
                opened = max(text.rfind("\"", max(line + 1, i - CITED_TITLE), i),
                             text.rfind("“", max(line + 1, i - CITED_TITLE), i))
                if opened >= 0:
                    by_line.setdefault(line, []).append((opened, m.end()))
            i = text.find(close, i + 2, end)
    for found in by_line.values():
        if len(found) >= CITATIONS:
            found.sort()
            lo = furniture_sentence(text, found[0][0], found[0][0] + 1)[0]
            out.append((min(lo, found[0][0]), found[-1][1]))
    return out


# "Kansas is an experienced financial journalist who has covered ...", "Paul M. Barrett is an
# assistant managing editor of BusinessWeek.": a paragraph that opens by saying who the writer
# (or a contributor) is, as a page's note on its author does
_BIO = recache.compile(r"(?m)^[ \t]*(?!(?:He|She|It|They|This|That|There|The|A|An|If|When)\b)"
                       r"(?:[A-Z][\w.’'-]*[ \t]+){0,3}[A-Z][\w’'-]+[ \t]+is[ \t]+(?:an?|the)[ \t]+"
                       r"(?:[\w-]+[ \t]+){0,4}?(?:journalist|writer|reporter|correspondent|columnist|"
                       r"editor|author|blogger|novelist)\b")


def _bios(text: str, end: int) -> list[tuple[int, int]]:
    """The sentence of an author's note: who writes, not what happened."""
    # (tried at each line's start, where its "^" holds, as it never crosses a line: a scan
    # of every character for "^" costs more than the lines)
    out = []
    pos = 0
    while True:
        if m := _BIO.match(text, pos, end):
            out.append(furniture_sentence(text, m.end() - 1, m.end()))
        nl = text.find("\n", pos, end)
        if nl < 0:
            return out
        pos = nl + 1


# '"All of a sudden everything was falling apart"', "` Despite the headlines it wasn't as bad as
# you'd think '.": a sentence that is one quotation, no one named saying it
_PULL_QUOTE = recache.compile(r"(?:[\"“][^\"“”\n]{12,}[\"”]|`\s(?:[^`'\n]|'(?=\w))+')\s*[.!?]?\s*")
PULL_WORDS = 5  # the fewest words of a pull quote (fewer: a quoted term in a headline)
PULL_WITHIN = 400  # a pull quote sits under the page's heading, before its first sentence


def _pull_quotes(text: str, end: int) -> list[tuple[int, int]]:
    """A page's pull quote: a quotation that is a sentence of its page's first line, under the
    heading, or opens one run into the next, and names no speaker, in it or just after it. It
    is the page's display, not its news: the lead is the sentence after it (its speaker, when
    the page names one, comes later and in other words)."""
    nl = text.find("\n", 0, end)
    hi = min(end if nl < 0 else nl, PULL_WITHIN)
    for s, e in sentence_spans(text[:hi + 200]):
        if s >= hi:
            break
        s += len(text[s:e]) - len(text[s:e].lstrip())
        m = _PULL_QUOTE.match(text, s, e)
        if m is None or (m.end() < e and not text[m.end()].isupper()):
            continue  # (a quotation that opens a sentence of its own words)
        quoted = m.group().rstrip(" .!?")
        if quoted[-2:-1] == "," or len(quoted.split()) < PULL_WORDS:
            continue  # ('"...," X declared': its speaker follows; "` Top kill '": a term)
        if not SAYING.search(m.group()) and not SAYING.search(text, m.end(), m.end() + 40):
            return [(s, m.end())]  # (a sentence run in after it stays: the page's first)
    return []


def _byline_stamps(text: str, end: int, start: int = 0) -> list[tuple[int, int]]:
    """ "Name | date; time" found from each bar, as a scan from every capital costs more."""
    out = []
    bar = text.find("|", start, end)
    while bar >= 0:
        m = _BYLINE_STAMP.match(text, bar)
        name = m and _BYLINE_NAME.search(text, max(0, bar - 80), bar)
        if name and all(_STAMP_TOKEN.fullmatch(t)
                        for t in _TOKEN_SPLIT.split(m.group("stamp")) if t):
            out.append((name.start(), m.end()))
        bar = text.find("|", bar + 1, end)
    return out


# cues sharing a word are looked for only when the page holds the word: one scan instead of
# one a cue on the many pages without it
_CUE_GATES = ("lines ", "every ", "ly at", "play")


def _gated(cues: tuple[str, ...]) -> tuple[tuple[str | None, tuple[str, ...]], ...]:
    """`cues` in groups, each with the word all of its cues hold (None: a cue alone)."""
    groups = [(g, tuple(c for c in cues if g in c)) for g in _CUE_GATES]
    rest = [(None, (c,)) for c in cues if not any(g in c for g in _CUE_GATES)]
    return tuple((g, group) for g, group in groups if len(group) > 1) + tuple(rest) + tuple(
        (None, group) for g, group in groups if len(group) == 1)


_SCHEDULE_GROUPS = _gated(_SCHEDULE_CUES)
_SUBSCRIBE_GROUPS = _gated(_SUBSCRIBE_CUES)


def _sentences_with(text: str, low: str, end: int,
                    cues: tuple[tuple[str | None, tuple[str, ...]], ...],
                    pattern: re.Pattern) -> list[tuple[int, int]]:
    """The sentences before `end` in which `pattern` matches, tried only around its cues
    (in the groups of `_gated`)."""
    return [span for gate, group in cues if gate is None or low.find(gate, 0, end) >= 0
            for span in _sentences_with_cues(text, low, end, group, pattern)]


def _sentences_with_cues(text: str, low: str, end: int, cues: tuple[str, ...],
                         pattern: re.Pattern) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for cue in cues:
        i = low.find(cue, 0, end)
        while i >= 0:
            lo, hi = furniture_sentence(text, i, i + len(cue))
            if not (out and out[-1] == (lo, hi)) and pattern.search(text, lo, hi):
                out.append((lo, hi))
            i = low.find(cue, max(hi, i + 1), end)
    return out


def _lines_with_two(stamp: re.Pattern, text: str, end: int) -> list[tuple[int, int]]:
    """The lines holding two or more matches of `stamp`: a list of links or posts, each
    with its own stamp, where one stamp alone may open a real sentence."""
    out: list[tuple[int, int]] = []
    for m in stamp.finditer(text, 0, end):
        lo = text.rfind("\n", 0, m.start()) + 1
        if out and out[-1][0] == lo:
            continue
        hi = text.find("\n", m.end(), end)
        hi = end if hi < 0 else hi
        if len(stamp.findall(text, lo, hi)) >= 2:
            out.append((lo, hi))
    return out


def _age_stamped(text: str, end: int) -> list[tuple[int, int]]:
    """The lines holding two or more links with their age or time ("... - 7 hrs ago",
    "... - 16:10 UK time, Wednesday, 8 July 2009")."""
    return _lines_with_two(_AGE_STAMP, text, end)


def _reader_posts(text: str, end: int) -> list[tuple[int, int]]:
    """Each reader's post: its line, and the lines after it while a quotation it opened
    stays open."""
    out = []
    for m in _READER_POST.finditer(text, 0, end):
        hi = text.find("\n", m.end(), end)
        hi = end if hi < 0 else hi
        if text.count('"', m.end(), hi) % 2 or text.count("“", m.end(), hi) > text.count(
                "”", m.end(), hi):
            for _ in range(MAX_POST_LINES):
                nxt = text.find("\n", hi + 1, end)
                nxt = end if nxt < 0 else nxt
                if hi >= end or _READER_POST.match(text, hi + 1, nxt):
                    break
                closes = text.count('"', hi + 1, nxt) + text.count("”", hi + 1, nxt)
                hi = nxt
                if closes:
                    break
        out.append((m.start(), hi))
    return out


# "Charlotte, N.C.: Wells Fargo is ...": a reader's place, which opens each question on a live
# chat page; a region in short ("Va.", "N.C.", "OH") marks one, and three make the page a chat
_PLACE_LABEL = recache.compile(r"(?m)^(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*,\s+"
                               r"(?P<region>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?):\s")
_SHORT_REGION = recache.compile(r"[A-Z][a-z]{1,4}\.|[A-Z]\.\s?[A-Z]\.|[A-Z]{2}")
# the host answering, inside a line or opening one: "... clearinghouse??? Jill Drew: Thanks."
_HOST_LABEL = recache.compile(r"(?:^|(?<=[\s?.!]))(?!(?:The|A|An|In|On|At|This|That)\s)[A-Z][a-z’'-]+"
                              r"(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z’'-]+){1,2}:\s", re.MULTILINE)
CHAT_PAGE = 3  # readers' place labels that make a page a live chat


def _chat_questions(text: str, end: int) -> list[tuple[int, int]]:
    """On a live chat page, each reader's question or comment: from its place label to the
    host's answer (a name and a colon) or the next reader."""
    labels = list(_PLACE_LABEL.finditer(text, 0, end))
    if sum(1 for m in labels if _SHORT_REGION.fullmatch(m["region"])) < CHAT_PAGE:
        return []
    out = []
    for k, m in enumerate(labels):
        stop = labels[k + 1].start() if k + 1 < len(labels) else end
        host = _HOST_LABEL.search(text, m.end(), stop)
        out.append((m.start(), host.start() if host else stop))
    return out


# "Get X delivered to your inbox. It's like reading it on the blog, only ...": what follows a
# subscribe line and points back at it, or speaks to the reader, goes on with the pitch
_PITCH_GOES_ON = recache.compile(r"\s*(?:It[’']s|It\s+is|It\s+will|This\s+is|Your|You[’']ll|"
                                 r"You\s+(?:can|will|get))\s")
PITCH_SENTENCES = 2


def _pitch_after(text: str, spans: list[tuple[int, int]], end: int) -> list[tuple[int, int]]:
    """The sentences that go on with a subscribe line's pitch, after each such line."""
    out = []
    for _lo, hi in spans:
        for _ in range(PITCH_SENTENCES):
            if hi >= end or not _PITCH_GOES_ON.match(text, hi):
                break
            start = hi + len(text[hi:hi + 4]) - len(text[hi:hi + 4].lstrip())
            lo2, hi = furniture_sentence(text, start, start + 2)
            out.append((lo2, hi))
    return out


# the page's own credit or correction: "This article was reported jointly with X", "A previous
# version of this story misstated ...": about the page, not a happening
_PAGE_CREDIT = recache.compile(
    r"[\"“]?(?:This\s+(?:article|story|report|piece|post|page|transcript)\s+(?:was|has\s+been|is)\s+"
    r"(?:jointly\s+)?(?:reported|written|produced|compiled|prepared|updated|amended|corrected|"
    r"edited|published|co-?published)\b|(?:(?:A|An)\s+(?:previous|earlier)|Previous|Earlier)\s+"
    r"versions?\s+of\s+this\b|"
    # "This article referred to the Commodity Futures Trading Commission as ...": a correction
    r"This\s+(?:article|story|report|piece|post)\s+(?:(?:incorrectly|mistakenly|wrongly|"
    r"erroneously|originally|previously)\s+)?(?:referred\s+to|misstated|misidentified|"
    r"misspelled|misquoted|misattributed|misnamed|gave\s+an?\s+(?:incorrect|wrong))\b|"
    # "This article incorrectly said that ...": what it said is what was wrong
    r"This\s+(?:article|story|report|piece|post)\s+(?:incorrectly|mistakenly|wrongly|erroneously)\s+"
    r"(?:said|stated|reported|described|identified|listed|attributed|gave|put)\b)")
_NOTE_GOES_ON = recache.compile(r"(?:The|This)\s+(?:article|story|piece|post|report|column)\s+"
                                r"(?:was|is|has)\b[^\n]{0,200}")
CREDIT_TAIL = 300  # a page's note runs on to its line's end within this many characters
_CREDIT_CUES_LOW = ("version of this", "versions of this", "this article", "this story", "this report")


def _page_credits(text: str, low: str, end: int) -> list[tuple[int, int]]:
    """The sentences that open with the page's own credit or correction."""
    out: list[tuple[int, int]] = []
    for cue in _CREDIT_CUES_LOW:
        i = low.find(cue, 0, end)
        while i >= 0:
            lo, hi = furniture_sentence(text, i, i + len(cue))
            if _PAGE_CREDIT.match(text, lo, hi) and (lo, hi) not in out:
                # (to its line's end: "This article misstated the name of James B. Lockhart
                # III, the head of ...": an initial's stop does not end the note)
                line_end = text.find("\n", hi, hi + CREDIT_TAIL)
                out.append((lo, line_end if line_end >= 0 else hi))
                if line_end >= 0 and (note := _NOTE_GOES_ON.match(text, line_end + 1)):
                    # ("Earlier versions of this article carried the wrong dateline.\nThe
                    # article was written Oct. 12."): the note's next line, on the page itself
                    out.append((note.start(), note.end()))
            i = low.find(cue, max(hi, i + 1), end)
    return out


# "X was online Wednesday, Oct. 15 at 11 a.m. ET to answer questions about ...": a live
# chat's announcement of itself
_CHAT_INTRO = recache.compile(r"\b(?:was|were|will\s+be|is|are)\s+online\b[^!?\n]{0,200}?"
                              r"\b(?:questions|to\s+chat|to\s+discuss)\b")


# "Posted by X on March 3, 2009 5:27 AM Posted by Y, on March 9, 2009 7:13 AM ...": a blog's
# list of posts, each a byline with its stamp; two on a line make the line a list
_POSTED_STAMP = recache.compile(rf"(?i)\bposted\s+by\s+[^\n]{{1,80}}?,?\s+on\s+{_DAY_DATE},?\s+{_CLOCK}")


def _posted_lists(text: str, end: int) -> list[tuple[int, int]]:
    return _lines_with_two(_POSTED_STAMP, text, end)


def _chat_intros(text: str, end: int) -> list[tuple[int, int]]:
    """A chat's announcement, over the sentences its clock time ("1 p.m.") cut it into."""
    out = []
    i = text.find(" online ", 0, end)
    while i >= 0:
        lo, hi = furniture_sentence(text, i, i + 8)
        line_end = text.find("\n", i, end)
        if m := _CHAT_INTRO.search(text, lo, end if line_end < 0 else line_end):
            hi = max(hi, furniture_sentence(text, m.end() - 1, m.end())[1])
            out.append((lo, hi))
        i = text.find(" online ", max(hi, i + 1), end)
    return out


# "Traders work on the floor of the exchange Wednesday, Nov. 5, 2008.": a photo caption, in
# the present, ending on the day with its weekday and year and no preposition before it
_CAPTION_DATE = recache.compile(rf"{WEEKDAY},\s+(?i:{_MONTH})\s+"
                                r"\d{1,2},\s+\d{4}\.(?=\s|$)")
_CAPTION_DAY = recache.compile(_CAPTION_DATE.pattern[_CAPTION_DATE.pattern.index("day,"):])
_WEEKDAY_STEMS = ("Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun")
_NOT_BEFORE_CAPTION_DATE = frozenset("on by until since from before after of for to and or said "
                                     "says".split())


def _photo_captions(text: str, end: int) -> list[tuple[int, int]]:
    """The sentences that end on a photo caption's full date."""
    out = []
    for tail in _CAPTION_DAY.finditer(text, 0, end):  # (from its "day,": a fast scan)
        stem = next((w for w in _WEEKDAY_STEMS if text.endswith(w, 0, tail.start())), None)
        if stem is None:
            continue
        m = _CAPTION_DATE.match(text, tail.start() - len(stem), end)  # (as the tail did)
        if m is None:
            continue
        if m.start() < 2 or text[m.start() - 1] != " " or not text[m.start() - 2].islower():
            continue  # after a word in lower case, as a caption's last word
        word = text[text.rfind(" ", 0, m.start() - 1) + 1:m.start() - 1].lower()
        if word not in _NOT_BEFORE_CAPTION_DATE:
            out.append(furniture_sentence(text, m.start(), m.end()))
    return out


def _self_notes(text: str, end: int) -> list[tuple[int, int]]:
    """Sentences opening with the page describing itself ("This is part of a series on
    ..."), found from each " part of "; a capitalised "This" inside a line opens a
    sentence run on after a headline ("... What Would Have Helped This is part of ...")."""
    out: list[tuple[int, int]] = []
    i = text.find(" part of ", 0, end)
    while i >= 0:
        lo, hi = furniture_sentence(text, i, i + 8)
        j = text.rfind("This ", lo, i)
        if j >= 0 and _SELF_NOTE.match(text, j, hi):
            out.append((j, hi))
        i = text.find(" part of ", max(hi, i + 1), end)
    return out


def _thread_start(text: str, low: str) -> int | None:
    """Where a reader-comment thread begins: its first handle, or for handles that follow
    their comment ("... Posted by: X | time"), the line after the post's own stamp."""
    wrote = None
    for m in (_WROTE.finditer(text) if "wrote" in low else ()):
        wrote = _WROTE_HANDLE.search(text, max(0, m.start() - 120), m.end())
        if wrote:
            break
    posted = None
    if "report abuse" in low or "posted by" in low or "complain about this" in low:
        posted = _POSTED.search(text)
    if wrote is None and posted is None:
        if "added:" in low:
            added = [m.start() for m in _ADDED.finditer(text)]
            if len(added) >= 2:
                return text.rfind("\n", 0, added[0]) + 1
        return _dated_thread(text, low)
    if posted is None or (wrote is not None and wrote.start() < posted.start()):
        return wrote.start()
    start = text.rfind("\n", 0, posted.start()) + 1
    for stamp_start, _ in _byline_stamps(text, start, max(0, start - 5000)):
        start = stamp_start  # the post's "By X | date; time" closes the post: comments follow
    return start


def _dated_thread(text: str, low: str) -> int | None:
    """Several lines opening with a date and a time, and a word of comments after the
    first: a thread whose handles were lost, from its first stamp to the end."""
    if not (text[:1].isdigit() or _HAS_DIGIT_LINE_START.search(text)):
        return None
    stamps = list(_DATED_LINE.finditer(text))
    if len(stamps) >= 2 and "comment" in low[stamps[0].start():]:
        return stamps[0].start("stamp")
    if len(stamps) == 1:
        # "12th August 2011 - 23:07 This comment was removed ...": one post, which says so
        line_end = low.find("\n", stamps[0].end())
        if "comment" in low[stamps[0].end("stamp"):line_end if line_end >= 0 else len(low)]:
            return stamps[0].start("stamp")
    return None


def _line_stamps(text: str, end: int) -> list[tuple[int, int]]:
    """Lines opening with a time: a listing's slot (the whole line; on a page of several,
    everything from the first), or a live page's entry (the stamp only). Four digits alone ("1132") count only when the page has several and
    one cannot be a year (2000-2059 read as years)."""
    starts = [0] if text[:1].isdigit() else []
    starts += [m.end() for m in _DIGIT_LINE.finditer(text, 0, end)]
    out, hhmm, slots = [], [], []
    for pos in starts:
        if _LISTING.match(text, pos):
            line_end = text.find("\n", pos)
            slots.append((pos, len(text) if line_end < 0 else line_end))
        elif m := _ENTRY_CLOCK.match(text, pos):
            out.append((pos, m.end("stamp")))
        elif m := _ENTRY_HHMM.match(text, pos):
            hhmm.append(m)
    if len(hhmm) >= 2 and any(not 1900 <= int(m.group("stamp")) <= 2059 for m in hhmm):
        out += [(m.start(), m.end("stamp")) for m in hhmm]
    if len(slots) >= LISTINGS_PAGE:  # a listings page: each slot's blurb follows its line
        out.append((slots[0][0], end))
    return out + slots
