"""Whose words a sentence is, when the speaker is named before it, outside the sentence.

A quotation often runs over several sentences or paragraphs: 'Gordon Brown said: "The last
24 hours have been truly horrific ... ', then paragraphs that each open with a quotation
mark and close only at the end of the last ('... we will be there," he said.'). A sentence
in the middle names no one, and its title read alone is the page's own claim ("The decision
to proceed with this concert disrespects opinions ..."). Its speaker is in the text around
it: before the quotation opened ('X said: "', 'He added: "', a heading "STATEMENT BY X"), or
after it closed ('," X said.'). A title of such a sentence says whose words they are, as a
headline does: 'X said: "..."'.

Only the article's text has that context: the title step sees one sentence, so this runs
on the drafts of an article once they are made (store/ingest.py).
"""

from __future__ import annotations

import re

from . import recache
from .speaker import NAME_FIRST, PRONOUNS, named_person, short_speaker, speaker_alone
from .title_trim import shorten

WINDOW = 1500      # characters looked back (or on) for the quotation's speaker
MAX_PARAGRAPHS = 8  # paragraphs of one quotation walked back over

_QUOTE = "\"“”"
# 'X said: "', 'He added in a statement: "': the speaker and the saying that opens a quotation
_OPENS = recache.compile(
    r"(?P<who>[^.!?:;\n\"“”]{2,120}?)\s+(?P<verb>said|says|added|adds|told\s+[^:;\n\"“”]{1,40}?|"
    r"wrote|writes|explained|explains|continued|continues|went\s+on)"
    r"(?:\s+(?:in|on)\s+an?\s+[a-z]+(?:\s+[a-z]+)?)?\s*:\s*[\"“]\s*\Z")
# "STATEMENT BY JERMAINE AND RANDY JACKSON", "Statement from the family:": a heading that says
# whose words the quoted paragraphs under it are
_HEADING = recache.compile(r"(?:^|[.!?]\s+)(?:(?:A|The|THE)\s+)?(?:STATEMENT|Statement|statement)\s+"
                           r"(?:BY|FROM|by|from|of|OF)\s+(?P<who>[^.!?\n\"“”]{3,60}?)\s*:?\s*(?:[\"“]\s*)?\Z")
# '... we will be there," he said.': the quotation closes, and its speaker follows
_CLOSING_VERBS = r"said|says|added|adds"  # (before or after the speaker)
_CLOSES = recache.compile(r"[,.?!]\s*[\"”]\s*,?\s*(?:(?P<who1>[^.!?,\n\"“”]{2,60}?)\s+"
                          r"(?P<verb1>" + _CLOSING_VERBS + r")|(?P<verb2>" + _CLOSING_VERBS + r")\s+"
                          r"(?P<who2>[^.!?,\n\"“”]{2,60}?))\s*[.,]")
# a paragraph that opens by naming who speaks, after a live entry's stamp at most: "1404 Jan
# Egeland, the former relief co-ordinator, tells the BBC he believes ..."
_INTRODUCED = recache.compile(r"\s*(?:\d{3,4}\s+)?(?P<who>[A-Z][^,.;:!?\"“”]{1,60}?)(?:,[^;:\"“”]{2,100}?,)?\s+"
                              r"(?P<verb>said|says|told|tells|added|adds|explained|explains)\b")
# a proper name in a speaker's words (not "The coastguard", "officials"): the paragraph before a
# quotation names a person, or the guess is not made
_PROPER = recache.compile(r"(?<=\s)[A-Z][a-z]|^(?!(?:The|A|An|And|But|So|Then)\b)[A-Z][a-z]")
# a sentence that is one quotation, opened and closed, and nothing else
_WHOLE_QUOTE = recache.compile(r"[\"“][^\"“”]{12,}[\"”]\s*[.!?]?\s*")
_SAYING_IN = recache.compile(r"\b(?:said|says|told|tells|added|adds|according\s+to|wrote|writes|"
                             r"explained|asked)\b")
_LEADS_IN = recache.compile(r"(?:But|And|So|Yet|Then|Later|Meanwhile|Now),?\s+")


def speaker_of(text: str, ss: int, se: int) -> tuple[str, str] | None:
    """(speaker, verb) of the quotation the sentence [ss, se) continues, or None: the
    sentence is not quoted speech, says its speaker itself, or the speaker is not named
    near it."""
    sentence = text[ss:se]
    if _SAYING_IN.search(sentence):
        return None
    line = text.rfind("\n", 0, ss) + 1
    before = text[line:ss]
    body = sentence.lstrip()
    if _open_at(before) is not None:
        # the quotation opened earlier on the same line ('X said: "The first sentence. This
        # one ...'): who said it stands before its mark, or after it closes
        if any(q in body for q in "\"”"):
            return _opener(before, _open_at(before)) or _forward(text, ss)
        return _opener(before, _open_at(before)) or _forward(text, se)
    if before.strip():
        return None  # a sentence of a paragraph, no quotation open: its own words
    if body[:1] not in "\"“":
        # 'Gordon Brown said: "' ending the line before, the quotation's first sentence on a
        # line of its own
        prev = text[max(0, line - 200):max(0, line - 1)].rstrip()
        if prev[-1:] in ("\"", "“") and (found := _OPENS.search(prev)):
            return _named(found["who"], found["verb"])
        # ('" The biggest capacity is theirs.\nThe military will come, ...'): a paragraph of a
        # quotation that lost its opening mark, the one before it opening and leaving it open
        above = text.rfind("\n", 0, max(0, line - 1)) + 1
        prev_line = text[above:max(above, line - 1)].lstrip()
        if prev_line[:1] in ("\"", "“") and _open_at(prev_line[1:]) is None:
            return _back(text, line) or _forward(text, ss) or _back(text, line, loose=True)
        return None
    if any(q in body[1:] for q in _QUOTE):
        # a quotation of one sentence, with no speaker in it: the paragraph before may name
        # who speaks ('X said the crisis would deepen.' then '"The worst is ahead."')
        return _back(text, line, loose=True) if _WHOLE_QUOTE.fullmatch(body) else None
    return _back(text, line) or _forward(text, se) or _back(text, line, loose=True)


def _open_at(part: str) -> int | None:
    """Where a quotation left open in `part` opened, or None."""
    if part.count("\"") % 2 == 1:
        return part.rfind("\"")
    if part.rfind("“") > part.rfind("”"):
        return part.rfind("“")
    return None


def _opener(para: str, mark: int) -> tuple[str, str] | None:
    """Who speaks in the quotation opened at `mark` of a paragraph: 'X said: "' before it, or
    a heading ("STATEMENT BY X") run into it."""
    if (found := _OPENS.search(para, 0, mark + 1)) is not None:
        return _named(found["who"], found["verb"])
    if (heading := _HEADING.search(para, 0, mark)) is not None:
        return _named(_cased(heading["who"]), "said")
    return None


def _back(text: str, line: int, loose: bool = False) -> tuple[str, str] | None:
    """The speaker named where the quotation the line continues opened: on the first
    paragraph of the run (before its quotation mark), or in a heading above it; `loose`:
    also a person named saying something in the paragraph before it."""
    floor = max(0, line - WINDOW)
    for _ in range(MAX_PARAGRAPHS):
        if line <= floor:
            return None
        prev = text.rfind("\n", floor, line - 1) + 1
        para = text[prev:line - 1].rstrip()
        if para.lstrip()[:1] in ("\"", "“") and _open_at(para[para.find(para.lstrip()[:1]) + 1:]) is None:
            line = prev  # another paragraph of the same quotation, opened and left open
            continue
        if (mark := _open_at(para)) is not None:
            return _opener(para, mark)
        if (heading := _HEADING.search(para)) is not None:
            return _named(_cased(heading["who"]), "said")
        if loose and (said := _closed_by(text, prev, para)) is not None:
            # '"Yesterday we learned ...," he said.' then '"The final steps will be taken
            # ..."': a quoted paragraph with no saying of its own goes on with the words of
            # the speaker the quotation before it closed on, as a report writes them (qs19)
            return said
        if loose and (intro := _INTRODUCED.match(para)) is not None \
                and _PROPER.search(intro["who"]):
            # "Jan Egeland, a former UN official, tells the BBC he believes ...", then the
            # quotation: the paragraph before it names who speaks, as a report does
            return _named(intro["who"], intro["verb"])
        return None
    return None


# a paragraph that opens with a quotation and ends with who spoke it ('"...," he said.')
_QUOTE_THEN_SPEAKER = recache.compile(r"\s*[\"“][^\"“”]{12,}[,.?!]\s*[\"”]\s*,?\s*(?:(?P<who1>[^.!?,\n\"“”]{2,60}?)\s+"
                                      r"(?P<verb1>" + _CLOSING_VERBS + r")|(?P<verb2>" + _CLOSING_VERBS
                                      + r")\s+(?P<who2>[^.!?,\n\"“”]{2,60}?))(?:,[^\"“”\n]{2,120}?)?\s*\.\s*\Z")
# a name opening a paragraph ("President Barack Obama on Monday welcomed ...")
_NAME_OPENS = recache.compile(r"\s*(?P<name>(?:[A-Z][\w’'.-]+\s+){0,3}[A-Z][\w’'-]+)\s+(?=[a-z])")


_TITLED = recache.compile(r"(?:Dr|Mr|Mrs|Ms|Miss|Professor|Prof|Sir|Dame|Madame|Monsieur)\.?\s+[A-Z]")


def _closed_by(text: str, start: int, para: str) -> tuple[str, str] | None:
    """Who spoke the quoted paragraph `para` (at `start`), named after its close; a pronoun
    ("he said") by the person a rank names opening the paragraph before it, when there is
    one (not any capital: "Argentina's ...")."""
    m = _QUOTE_THEN_SPEAKER.match(para)
    if m is None:
        return None
    who, verb = m["who1"] or m["who2"], m["verb1"] or m["verb2"]
    if who.lower() in ("he", "she") and start > 0:
        above = text.rfind("\n", 0, start - 1) + 1
        name = _NAME_OPENS.match(text, above, start)
        person = named_person(name["name"]) if name is not None else ""
        if name is not None and not person and _TITLED.match(name["name"]):
            person = name["name"]  # ("Dr Morens, of the NIH, says ...": a surname by its title)
        if person and (found := _named(person, verb)) is not None:
            return found  # ("President Barack Obama on Monday welcomed ...": a person by rank)
    return _named(who, verb)


def _forward(text: str, se: int) -> tuple[str, str] | None:
    """The speaker named where the quotation closes, within the next few paragraphs."""
    end = min(len(text), se + WINDOW)
    pos = se
    for _ in range(MAX_PARAGRAPHS):
        nl = text.find("\n", pos, end)
        para = text[pos:nl if nl >= 0 else end]
        skip = 1 if pos > se and para.lstrip()[:1] in ("\"", "“") else 0  # (its own opening)
        close = next((i for i, c in enumerate(para) if c in "\"”" and i >= skip + len(para)
                      - len(para.lstrip())), -1)
        if close >= 0:
            m = _CLOSES.search(para, max(0, close - 2))
            if m is None or m.start() > close:
                return None
            return _named(m["who1"] or m["who2"], m["verb1"] or m["verb2"])
        nxt = text[nl + 1:nl + 3].lstrip()[:1] if nl >= 0 else ""
        if not nxt or nxt not in "\"“":
            return None  # the next paragraph is no part of the quotation
        pos = nl + 1
    return None


def _cased(who: str) -> str:
    """A heading's capitals as a name: "JERMAINE AND RANDY JACKSON" -> "Jermaine and Randy
    Jackson"."""
    if not who.isupper():
        return who
    return " ".join(w.lower() if w in ("AND", "OF", "THE") else w.capitalize() for w in who.split())


def _named(who: str, verb: str) -> tuple[str, str] | None:
    who = _LEADS_IN.sub("", who.strip(" ,"), count=1)
    if "," in who:  # "The mayor, Anna Berg": the name, without its role
        names = [n.group(0) for part in who.split(",") if (n := NAME_FIRST.match(part.strip()))]
        who = names[0] if names else ""
    if not who:
        return None
    verb = verb.split(" ", 1)[0]
    if who.lower() in PRONOUNS:
        return (who[0].upper() + who[1:], verb) if who.lower() in ("he", "she", "they") else None
    plain = who.replace(" and ", " ")  # ("Jermaine and Randy Jackson": two speakers)
    if not speaker_alone(f"{plain} said", len(plain) + 6):
        return None
    return who[0].upper() + who[1:], verb


# "GEITHNER: ...", "TREASURY SECRETARY TIMOTHY GEITHNER: ...": a transcript's speaker label,
# in capitals, opening a line
_LABEL = recache.compile(r"(?m)^[ \t]*(?P<label>(?:[A-Z][A-Z.’'-]+[ \t]+){0,4}[A-Z][A-Z’'-]{2,}):[ \t]")
MIN_LABELS = 3  # labels on a page that make it a transcript
# labels that name no speaker
_NOT_SPEAKER_LABEL = frozenset("""QUESTION ANSWER UPDATE NOTE SOURCE SOURCES GRAPHIC PHOTO
PHOTOS CORRECTION CLARIFICATION EDITOR AUDIENCE UNIDENTIFIED UNKNOWN VIDEO AUDIO TRANSCRIPT
BREAKING RELATED MORE""".split())


def _transcript_labels(text: str) -> list[re.Match]:
    labels = list(_LABEL.finditer(text))
    return labels if len(labels) >= MIN_LABELS else []


def _labelled(labels: list[re.Match], ss: int) -> str | None:
    """The speaker of a transcript's sentence at `ss`: the last label before it."""
    last = None
    for m in labels:
        if m.start() > ss:
            break
        last = m
    if last is None:
        return None
    word = last["label"].split()[-1]
    if word in _NOT_SPEAKER_LABEL or last["label"].split()[0] in _NOT_SPEAKER_LABEL:
        return None
    return word.capitalize()


def with_speakers(text: str, drafts: list) -> None:
    """Titles of the article's drafts whose sentence continues a quotation, or is a turn of a
    transcript, say whose words they are: 'X said: "..."'."""
    context = _context(text)
    if context is None:
        return
    for d in drafts:
        if not d.lead and d.title:
            d.title = _spoken(text, context, d.title, d.sentence_start, d.sentence_end)


def said_title(text: str, title: str, ss: int, se: int) -> str:
    """The title of a stored mention whose event is rebuilt (an article removed, an analyst's
    regrouping): the speaker its draft had at ingest, which the sentence alone cannot give."""
    context = _context(text) if title else None
    return title if context is None else _spoken(text, context, title, ss, se)


# the first sentence of a quotation, up to its stop or its closing mark
_FIRST_QUOTED = recache.compile(r"\s*([^\n\"“”]{8,}?(?:[.!?](?=\s)|(?=\s*[\"”])|(?=\n)|\Z))")


def _filled(text: str, title: str, se: int) -> str:
    """'Doug Suttles said on Friday: "' ended its sentence (the splitter stops at the mark
    that opens the quotation): what was said is the sentence after it, which the title
    takes, as it would have had the quotation been in its own sentence."""
    m = _FIRST_QUOTED.match(text, se, min(len(text), se + 400))
    if m is None:
        return title
    words = m.group(1).strip().rstrip(".")
    return shorten(f'{title}{words[:1].upper()}{words[1:]}"')


def _context(text: str) -> tuple[bool, list[re.Match]] | None:
    quoted = any(q in text for q in _QUOTE)
    labels = _transcript_labels(text) if ":" in text else []
    return (quoted, labels) if quoted or labels else None


def _spoken(text: str, context: tuple[bool, list[re.Match]], title: str, ss: int,
            se: int) -> str:
    quoted, labels = context
    if title.endswith((': "', ': “')):
        return _filled(text, title, se)
    found = speaker_of(text, ss, se) if quoted else None
    if found is None and labels and (who := _labelled(labels, ss)):
        if who.lower() in title.lower() or _SAYING_IN.search(title):
            return title  # (the title names its speaker, or reports someone else's words)
        found = who, "said"
    if found is None:
        return title
    who, verb = found
    said = "says" if verb in ("says", "adds", "writes", "explains", "continues") else "said"
    words = title.rstrip("…").strip(" \"“”").rstrip(" .,;:")
    return shorten(short_speaker(f'{who} {said}: "{words[:1].upper()}{words[1:]}"'))
