"""Article text made safe to store and show, and the page furniture inside it.

clean_text removes what could drive a terminal (escape sequences, control
characters) and nothing else: Rich markup such as "[bold red]" is ordinary
text here and is escaped where it is shown. Mention offsets point into the
cleaned text, which is what gets stored.

furniture_spans finds the parts of a web copy that are not the article (video
player text, "ADVERTISEMENT", cookie notices, share menus, photo credits,
other stories' teasers and captions with their own dates), so no event comes
from them while the text is still stored whole. It works line by line, on
patterns and on shape, and errs towards keeping text: a normal news sentence
is never furniture. Some furniture sits inside a line, as copies that lost
their layout run it into the prose: a reader-comment thread (from its first
handle with a time stamp to the end of the page, where threads sit), a
programme schedule's sentence, a subscribe line, a byline's stamp, and the
time stamp that opens each entry of a live page. Text that tells no happening
is kept out of events the same way (store/voice.py): readers' posts and other
first-person writing, views, calls on "we" and questions.
"""

from __future__ import annotations

import re

from . import recache
from .inline_furniture import inline_furniture
from .terminal_safe import clean_text  # noqa: F401 - its home before; callers import it here

# ---------------------------------------------------------------- furniture

# Whole lines that are site chrome: menus, players, consent banners, share bars.
_UI_LINE = recache.compile(
    r"""^[\W_]*(?:
        skip\ to\ (?:main\ )?(?:content|navigation|search)
      | fb-pixel.* | accessibility\ links? | breaking\ news | advertisement | advertising
      | ad | sponsored(?:\ content)? | promoted | paid\ content | story\ continues\ below.*
      | (?:share|tweet|email|print|comment|comments|save|copy\ link|facebook|twitter|x
         |whatsapp|linkedin|reddit|pinterest|telegram|messenger)
        (?:\ (?:this|on\ \w+|story|article|link))?
      | (?:sign\ (?:up|in)|log\ ?in|log\ out|subscribe|register|menu|search|close
         |home|back\ to\ top|next|previous|watch|listen|play|pause|mute|unmute
         |show\ more|load\ more|see\ more|view\ comments|x|ok|got\ it|accept(?:\ all)?
         |reject(?:\ all)?|manage\ (?:cookies|preferences|settings)|cookie\ settings)
      | (?:privacy|cookie|cookies)(?:\ &|\ and)?\ (?:policy|notice|overview|settings|preferences)?
      | privacy\ &\ cookies\ policy
      | terms\ (?:of\ (?:use|service)|&\ conditions)
      | all\ rights\ reserved\.?
      | \d+\ seconds?\ of\ \d+\ seconds?.* | volume\ \d+% .*
      | press\ shift\ question\ mark.* | keyboard\ shortcuts.*
      | \d{1,2}:\d{2}(?::\d{2})?(?:\ /\ \d{1,2}:\d{2}(?::\d{2})?)?
      | \d+x\d+\ image | image\ \d+\ of\ \d+ | \d+\ of\ \d+
      | (?:photo|image|video|gallery|audio)s?
    )[\W_]*$""",
    re.X | re.I,
)

# Lines that start like chrome and carry a short payload after it.
_UI_PREFIX = recache.compile(
    r"""^\W*(?:
        (?:read|see|watch|listen)\ (?:more|also|next|now)\b
      | related(?:\ (?:stories|articles|coverage|content|news|video|reading))?\s*:
      | also\ read\b | see\ also\b | more\ on\ this\ story\b | recommended\s*:
      | (?:photo|image|picture|video|graphic|media)s?\s*
        (?::|credit\b|copyright\b|caption\b)
      | media\ playback\b | story\ highlights\b | reuse\ this\ content\b
      | (?:view|show)\ (?:more\ )?sharing\ options\b | share\ via\b
      | (?:credit|caption|source\ of\ image)\s*:
      | ap\ photo\b | \(ap\ photo\b
      | copyright\s*(?:©|\(c\))?\s*\d{4} | copyright\s*(?:©|\(c\)) | ©\s*\d{4} | \(c\)\ \d{4}
      | source\s*:\s*\S.{0,60}$
      | (?:we\ use\ cookies|this\ (?:web)?site\ uses\ cookies|by\ (?:continuing|using)\ (?:to\ )?
         (?:use\ |browse\ )?(?:this|our)\ (?:site|website))
      | (?:sign\ up|subscribe)\ (?:for|to)\b | get\ (?:our|the)\ \w+\ newsletter
      | click\ here\b | tap\ here\b
      | follow\ us\b | share\ (?:this|on)\b
    )""",
    re.X | re.I,
)

# "Photo by Jane Doe/Reuters", "Image courtesy of the museum": short credit lines.
_CREDIT_BY = recache.compile(r"^\W*(?:photo|image|picture|video|graphic)s?\s+(?:by|courtesy)\b", re.I)

# A photo credit closing a caption: "(AP Photo/Hassan Ammar, File)",
# "(Olivia Vanni / The Herald)", "(Getty Images)".
_CREDIT_END = recache.compile(
    r"""\(\s*(?:
        [^()]{0,60}\b(?:photo|photos|photograph|getty\ images|courtesy|handout
                     |shutterstock)\b[^()]{0,60}
      | [^()/]{2,60}?\s/\s[^()]{2,60}
    )\)\s*$""",
    re.X | re.I,
)
# "Photo Getty Images", "Image: Reuters": a credit standing alone as a line.
_CREDIT_LINE = recache.compile(
    r"^(?:[Pp]hoto|[Ii]mage|[Pp]icture|PHOTO|IMAGE)s?:?\s+[A-Z][\w.&/'-]*(?:\s+[A-Z][\w.&/'-]*){0,4}$"
)
# "...in Palmyra on Sunday. Photograph: Reuters": a caption with its credit at the end.
_CREDIT_TAIL = recache.compile(
    r"""(?:^|[.!?]["”’]?\s+)(?:photograph|photo|picture|image|illustration|composite)s?
        \s*:\s*[^.!?:]{1,60}$""",
    re.X | re.I,
)
# Page stamps: a line that is only a date or time, possibly with "Updated"/"Last
# modified" and a timezone ("Last modified on Sun 27 Mar 2016 12.00 BST", "2 hours ago").
_STAMP_WORDS = recache.compile(
    r"""(?:last|first|updated?|modified|published|posted|on|at|ago|and|
        (?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?|
        jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|
        sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|
        seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|just|now|
        a\.?m\.?|p\.?m\.?|gmt|utc|bst|ist|et|pt|ct|mt|[ecmp][sd]t|cest?|eest?|aest|aedt|msk|jst|
        \d{1,4}(?:st|nd|rd|th)?(?:[:.h]\d\d)*(?:am|pm)?|[-/.,:|·•—–()]+)""",
    re.X | re.I,
)
_STAMP_CUE = recache.compile(
    r"\b(?:updated?|modified|published|posted|ago|just\ now)\b|\d[:.h]\d\d", re.I | re.X)
_STAMP_TOP = 1500      # a single bare date counts as the page's stamp only near the top
_STAMP_SPLIT = recache.compile(r"\s+|(?<=[,|·•])|(?=[,|·•])")
_HAS_DIGIT = recache.compile(r"\d")
# Markdown copies: a line that is only images or links is navigation or another story.
_MD_LINKS_ONLY = recache.compile(
    r"^(?:(?:[-*•>]\s*)*!?\[[^\]\n]*\]\([^)\s]*(?:\s+\"[^\"]*\")?\)[\s|·,]*)+$")
_ALL_RIGHTS = recache.compile(r"\ball rights reserved\b", re.I)
# "-- McCain video release, September 18, 2008.": a quotation's source under it, a dash,
# a name and a date, and no verb of its own (a date after "on" or "in" is a sentence's)
_SOURCE_LINE = recache.compile(
    r"^(?:--|[—–])\s*(?!(?:[^,]*\s)?(?:on|in|at)\s)[^.!?\s][^.!?;:]{1,80},\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|"
    r"\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{4}|\d{4})\.?$")

# Headings that open a block of other stories or of site services.
_BLOCK_HEADING = recache.compile(
    r"""^\W*(?:
        more\ (?:in|from|on|stories|news|headlines|coverage|top\ stories)\b.*
      | related(?:\ (?:stories|articles|coverage|content|news|links|topics))?
      | (?:read|see)\ (?:more|also|next)
      | recommended(?:\ (?:stories|for\ you|reading))? | you\ (?:may|might)\ (?:also\ )?like
      | most\ (?:read|popular|viewed|shared|watched) | trending(?:\ now|\ stories)?
      | (?:latest|top|other|popular|featured)\ (?:news|stories|headlines|videos)
      | editor'?s?\ (?:picks|choice) | what\ to\ read\ next | further\ reading
      | around\ the\ web | from\ around\ the\ web | elsewhere\ on\ \S+
      | talk\ to\ us | contact\ us | support\ (?:local\ )?(?:journalism|us|our\ work)
      | (?:sign\ up\ for|subscribe\ to)\ .* | newsletters? | follow\ us.*
      | topics | tags | explore\ more\b.* | more\ on\ this\ (?:story|topic)
      | in\ other\ news | don'?t\ miss | up\ next | watch\ next
    )\W*$""",
    re.X | re.I,
)

_INLINE_LINKS = recache.compile(
    r"^\W*(?:related\b|(?:read|see)\ (?:more|also|next)\b|also\ read\b|more\ on\ this)", re.I)
_SENTENCE_END = recache.compile(r"""[.!?]["'”’»)\]]*\s*$|[.!?…]\s*["”’»]?\s*$""")
_WORD = recache.compile(r"[^\W\d_]+")
_BULLET = recache.compile(r"^\s*(?:[>•·›»\-*–]|\d+[.)])\s+")


def _is_headline(line: str) -> bool:
    """Short, no sentence-final punctuation: a headline, label or menu item."""
    s = line.strip()
    if not s or len(s) > 130 or _SENTENCE_END.search(s) or s.endswith((",", ";", ":")):
        return False
    return len(_WORD.findall(s)) <= 20


def _is_stamp(line: str) -> bool:
    """A line that is nothing but a date/time stamp of the page or of a live update."""
    if len(line) > 70 or not _HAS_DIGIT.search(line):
        return False
    tokens = [t for t in _STAMP_SPLIT.split(line) if t]
    return bool(tokens) and all(_STAMP_WORDS.fullmatch(t) for t in tokens)


def _is_block_heading(line: str) -> bool:
    return _is_headline(line) and bool(_BLOCK_HEADING.match(line.strip()))


def _credit_tail_may_match(s: str) -> bool:
    """Whether _CREDIT_TAIL can match the stripped line s: its colon is the line's last and
    no stop follows it. (The unanchored searches ran on every line of prose; these tests and
    the closing bracket _CREDIT_END needs, and the "ght" of "rights", which no other letter
    matches under IGNORECASE, rule most lines out first.)"""
    i = s.rfind(":")
    return i >= 0 and "." not in s[i:] and "!" not in s[i:] and "?" not in s[i:]


def _is_marked(line: str) -> bool:
    """Furniture on its own, whatever surrounds it."""
    s = line.strip()
    if not s:
        return False
    if len(s) <= 200 and (_UI_LINE.match(s) or _is_block_heading(s)):
        return True
    if len(s) <= 400 and _UI_PREFIX.match(s):
        return True
    if _CREDIT_LINE.match(s) or (len(s) <= 100 and _CREDIT_BY.match(s)):
        return True
    if len(s) <= 400 and ((s[-1] == ")" and _CREDIT_END.search(s))
                          or (_credit_tail_may_match(s) and _CREDIT_TAIL.search(s))):
        return True
    if len(s) <= 600 and _MD_LINKS_ONLY.match(s):
        return True
    if len(s) <= 200 and "ght" in s.lower() and _ALL_RIGHTS.search(s):
        return True
    if len(s) <= 120 and s[0] in "-—–" and _SOURCE_LINE.match(s):
        return True
    # a line entirely in parentheses, short: "(City of Everett)", a credit
    return len(s) <= 80 and s.startswith("(") and s.endswith(")")


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) character ranges of page furniture in text, merged and sorted."""
    lines = []
    pos = 0
    for raw in text.split("\n"):
        lines.append((pos, pos + len(raw), raw))
        pos += len(raw) + 1

    marked = [_is_marked(line) for _, _, line in lines]
    _mark_stamps(lines, marked)
    _mark_story_blocks(lines, marked)

    spans: list[tuple[int, int]] = []
    for (start, _end, line), is_furniture in zip(lines, marked, strict=True):
        if not is_furniture or not line.strip():
            continue
        lead = len(line) - len(line.lstrip())
        s, e = start + lead, start + len(line.rstrip())
        if spans and text[spans[-1][1]:s].strip() == "":
            spans[-1] = (spans[-1][0], e)
        else:
            spans.append((s, e))
    inline = inline_furniture(text)
    return _merge(spans + inline) if inline else spans


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _mark_stamps(lines: list[tuple[int, int, str]], marked: list[bool]) -> None:
    """Date-only lines that stamp the page ("Updated 10:02 AM ET, Sat March 26, 2016",
    "2 hours ago", one lone date under the headline). Several bare dates on their
    own lines are a chronology's headings, which are the story, so they stay."""
    bare = []
    for i, (start, _, line) in enumerate(lines):
        s = line.strip()
        if not _is_stamp(s):
            continue
        if _STAMP_CUE.search(s):
            marked[i] = True
        else:
            bare.append((i, start))
    if len(bare) == 1 and bare[0][1] < _STAMP_TOP:
        marked[bare[0][0]] = True


def _mark_story_blocks(lines: list[tuple[int, int, str]], marked: list[bool]) -> None:
    """After a block heading ("More in Local News", "Related stories"), mark what
    follows while it has the shape of other stories: headlines, captions, menu
    items, and teaser sentences each under its own headline. A block's shape is
    set by its first entries: headline + teaser pairs, or a bare list of
    headlines; in a bare list, the first sentence is the article resuming.
    """
    in_block = False
    prev = "heading"          # previous non-blank line in the block: heading|headline|teaser|other
    style = None              # "pairs" | "list", once the block shows which
    for i, (_, _, line) in enumerate(lines):
        s = line.strip()
        if not s:
            continue
        if _is_block_heading(s):
            # links inside an article ("Related", "See also") come without teasers
            in_block, prev = True, "heading"
            style = "list" if _INLINE_LINKS.match(s) else None
            marked[i] = True
            continue
        if not in_block:
            continue
        if marked[i]:
            prev = "other"
        elif _is_headline(s) or (_BULLET.match(s) and len(s) <= 120):
            if prev == "headline" and style is None:
                style = "list"
            marked[i], prev = True, "headline"
        elif prev == "headline" and style != "list" and len(s) <= 320:
            marked[i], prev, style = True, "teaser", "pairs"
        else:
            in_block = False
