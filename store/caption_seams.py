"""Seams where a page's caption, label or timeline row runs into the next sentence.

Each is a shape that no sentence in prose takes, so a split there splits no name:
- a label in capitals opening a line, then a sentence ("HOW THE OUTBREAK EMERGED Flu
  viruses mutate ..."): prose puts no run of three words in capitals before a sentence;
- a photo credit in brackets that closes a caption ("... by his grandparents (photo:
  Houston Chronicle) Michael Jackson's physician ..."): a credit ends what it credits;
- a timeline's row label, a date and a dash, after a lowercase word ("... killing 11 men
  April 21 - 22 - The BOP failed ..."): prose writes no dash between a date and its clause;
- a table's label and its signed figure ("Average: +64.59 A $14 billion bailout ..."), and a
  wire dateline in capitals after a byline ("By A and B NEW YORK -- The ..."): each opens
  what follows it.
Each returns (space, opener) pairs: where the run-on is cut and where the next sentence opens.
"""

from __future__ import annotations

from . import recache
from .run_on_words import MONTHS, NOT_BEFORE_RUN_ON

_CAPS_WORD = r"[A-Z][A-Z’'-]+"
# a label in capitals, three words or more joined by spaces or " - ", then a capitalised word
# and a lowercase one: at a line's start here, after a timeline row's date in mention_titles.py
CAPS_LABEL = recache.compile(_CAPS_WORD + r"(?:(?: [-–])? " + _CAPS_WORD + r"){2,}"
                             r"(?= [A-Z][a-z]+ [a-z])")
# a credit in brackets, then a capitalised word
_CREDIT = recache.compile(r"\((?:[Pp]hoto(?:graph)?|[Pp]icture|[Ii]mage|[Cc]redit|[Pp]ic)s?"
                          r"(?: by)?:? [^()\n]{2,60}\)(?= [\"“]?[A-Z])")
# a label's signed figure ("Dow Jones Industrial Average: +64.59 A $14 billion bailout ..."):
# a table's row run into the next entry
_SIGNED = recache.compile(r": [+\-−–]\d[\d,.]*(?= [\"“]?[A-Z])")
# a wire dateline run on after a byline or a credit ("... Robert Barnes NEW YORK -- The ..."):
# a place in capitals (four letters or more, or with its state or date), then a double dash
_DATELINE = recache.compile(r"(?<=[a-z0-9.)]) (?:[A-Z][A-Z'’]+(?: [A-Z][A-Z'’]+)*(?:, [A-Z][\w.]*(?: [A-Z][\w.]*)*)?"
                            r"(?:, [A-Z][a-z]{2,4}\.? \d{1,2})?) -- (?=[A-Z\"“])")
# a row's date (a day and month either way round, or a year), a range's other end, a dash
_ROW_LABEL = recache.compile(r" (?P<opener>(?:(?:\d{1,2} ?[-–] ?)?\d{1,2} (?:" + MONTHS + r")|(?:" + MONTHS
                             + r") \d{1,2}|(?:1[89]|20)\d\d)(?: ?[-–] ?\d{1,4})?) [-–] "
                             r"(?=[A-Z`'‘“\"])")
# words a date follows inside a sentence ("fell in April - ...", "the 1998 - 99 season")
_NOT_BEFORE_ROW = frozenset("""on in by since until till from of before after between through
to and or at during around about than the a an this that last next early late mid""".split())


def caps_leads(text: str, line_starts: list[int]) -> list[tuple[int, int]]:
    """After a label in capitals that opens a line and runs into a sentence."""
    out = []
    for ls in line_starts:
        if text[ls:ls + 2].isupper() and (m := CAPS_LABEL.match(text, ls)):
            out.append((m.end(), m.end() + 1))
    return out


def credits(text: str) -> list[tuple[int, int]]:
    """After a photo credit in brackets that ends a caption run into a sentence."""
    if "(" not in text:
        return []
    return [(m.end(), m.end() + 1) for m in _CREDIT.finditer(text)]


def row_labels(text: str) -> list[tuple[int, int]]:
    """Before each timeline row's date and dash that follows a lowercase word, looked for
    back from each dash (a scan from every space would cost more)."""
    out = []
    i = text.find(" - ")
    while i >= 0:
        m = next((m for m in _ROW_LABEL.finditer(text, max(0, i - 30), i + 5)
                  if m.end() == i + 3), None)  # the label of this dash, not an earlier one
        if m and m.start() > 0:
            word = text[text.rfind(" ", 0, m.start()) + 1:m.start()]
            # (a row's last word, a figure, or a name in capitals: "... kill 800 2010 - Quake
            # hits ...", "according to BP 19 April - Bad cement ...")
            if ((word[:1].islower() or word[-1:].isdigit() or (word.isupper() and len(word) > 1))
                    and word not in _NOT_BEFORE_ROW):
                out.append((m.start(), m.start("opener")))
        i = text.find(" - ", i + 3)
    return out


def signed_figures(text: str) -> list[tuple[int, int]]:
    """After a label's signed figure, before the capitalised entry that follows it."""
    out = []
    for sign in "+-−–":
        i = text.find(": " + sign)
        while i >= 0:
            if m := _SIGNED.match(text, i):
                out.append((m.end(), m.end() + 1))
            i = text.find(": " + sign, i + 3)
    return out


def datelines(text: str) -> list[tuple[int, int]]:
    """Before a wire dateline in capitals that follows a byline or a credit on its line,
    looked for back from each double dash."""
    out = []
    i = text.find(" -- ")
    while i >= 0:
        for m in _DATELINE.finditer(text, max(0, i - 50), i + 5):
            if m.end() != i + 4:
                continue
            place = m.group().split(",")[0].split(" -- ")[0].strip()
            if len(place.replace(" ", "")) >= 4 or "," in m.group():
                out.append((m.start(), m.start() + 1))
            break
        i = text.find(" -- ", i + 4)
    return out


# "Michael Jackson's parents have both filed lawsuits Dr Murray has pleaded not guilty ...": a
# photo's caption set at the start of a paragraph, then a person by rank and name and a finite
# verb with what follows it (a relative with no "that" leaves a gap after its verb: "the
# bracelet Mr Gibbs is wearing.", "the sum Mr Hayward had pledged to ...")
_RANKED_LEAD = recache.compile(
    r" (?P<opener>(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof)\.? [A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)"
    r" (?:(?:has|have|had|is|was|were|will|would|could|can|did|does)(?: not| been| also| already| now)?"
    r" [a-z]{3,}|says|said|told|tells|denies|denied|insists|insisted|[a-z]{3,}ed)"
    r" (?P<after>[a-z]+|[A-Z0-9\"“$£])")
_RANK_CUE = recache.compile(r"(?:Mrs?|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof)\.? ")  # (one scan)
_RANKED_CUES = (" Mr ", " Mrs ", " Ms ", " Miss ", " Dr ", " Sir ", " Dame ", " Lord ", " Lady ",
                " Prof ", " Mr. ", " Mrs. ", " Ms. ", " Dr. ")
# a relative's gap (the verb's object is its head) leaves a preposition or a link after the verb
_GAP_AFTER = frozenset("""to for with at in on by from of about into onto as over under after
before during and or but than up down out off back away""".split())
# words a clause with no "that" follows ("believes Dr X has ...", "the day Dr X was ..."), and
# words a name follows
_NO_CAPTION_END = frozenset("""believe believes believed think thinks thought say says said
claim claims claimed allege alleges alleged argue argues argued insist insists insisted know
knows knew suggest suggests show shows found find finds hope hopes fear fears feel feels felt
told warn warns accept accepts deny denies confirm confirms report reports reveal reveals
heard hear learn learned realise realised realize realized assume expect expects doubt mean
means meant ensure ensures say see sees saw add adds agree agrees understand understood
moment day time night morning evening week year way reason place minute hour when where
that which who whom whose while since after before until because if unless though although
whether so but yet nor once""".split())
# a caption opens on its subject, not on a link, a preposition or a participle ("Once X had
# ..., Dr Y applied", "Referring to the blast Mr X said", "When he was appointed chairman Mr X")
_NO_CAPTION_START = frozenset("""but and or as once when while after before since until if
though although because in on at for by with from during despite following referring speaking
asking writing unlike like of to even""".split())
# a role's noun, which a name follows in apposition ("health commissioner Dr X", "former
# mayor Mr X", "defense witness Dr X"): its ending, or one of these
_ROLE_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "ent", "ant", "ess", "ary", "ee",
                 "ate", "ive", "ing", "ed", "old", "ar", "al", "ous", "ful", "ic", "ble")
_ROLE_NOUNS = frozenset("""mayor chief head witness boss secretary minister judge envoy aide
deputy expert pathologist coroner uncle aunt brother sister son daughter wife
husband father mother cousin nephew niece friend""".split())
_SAYING_OR_LINK = frozenset("""said says say told tells that how what why whether who which
according""".split())


def _caption_before(words: list[str], caption: str) -> bool:
    """Whether the words before a ranked name read as a photo's caption that ended: a subject
    first, no saying or link word that would make the name's clause its object, its last word
    a lowercase noun that takes no name in apposition, no stop or quotation inside."""
    last = words[-1]
    return (last.isalpha() and last.islower() and last not in NOT_BEFORE_RUN_ON
            and last not in _NO_CAPTION_END and last not in _ROLE_NOUNS
            and not last.endswith(_ROLE_ENDINGS)
            and words[0].lower().strip("\"“‘'") not in _NO_CAPTION_START
            and not any(w.lower() in _SAYING_OR_LINK for w in words)
            and not any(c in caption for c in ".!?:;,\"“”()"))


CAPTION_LEAD = 160  # a caption set before a paragraph ends this near the line's start
CAPTION_WORDS = 4   # the fewest words of such a caption


_CAPTION_BREAK = recache.compile(r"[.,!?:;\"“”(\n]")


def caption_reach(text: str, ls: int) -> int:
    """How far from a line's start a caption may run: to CAPTION_LEAD characters, and not
    past a stop, a comma, a colon, a quotation mark or a bracket (a caption has none; most
    prose lines have one early, so the scans after it stay short)."""
    hi = min(len(text), ls + CAPTION_LEAD)
    m = _CAPTION_BREAK.search(text, ls, hi)
    return m.start() if m else hi


def ranked_leads(text: str, line_starts: list[int]) -> list[tuple[int, int]]:
    """Before a person by rank and name with a finite verb and its object or complement,
    after a caption of a few words that opens a line and ends on a lowercase word."""
    out = []
    cues = [m.start() - 1 for m in _RANK_CUE.finditer(text) if m.start() and text[m.start() - 1] == " "]
    for i in cues:
        ls = text.rfind("\n", 0, i) + 1
        if i - ls > CAPTION_LEAD or (out and out[-1][0] >= ls):
            continue
        if i + 1 > caption_reach(text, ls):
            continue
        m = _RANKED_LEAD.match(text, i)
        if m is None or m["after"] in _GAP_AFTER:
            continue
        words = text[ls:i].split()
        if len(words) < CAPTION_WORDS or not _caption_before(words, text[ls:i]):
            continue
        out.append((i, i + 1))
    return out



# "... Assistant to Senator Edward Kennedy, 1977-1979 Some of that oil is ...": a profile
# box's last role and the years it was held, then the article's sentence it was run into
ROLE_YEARS = recache.compile(r", (?:19|20)\d\d ?[-–] ?(?:19|20)?\d\d(?= [\"“]?[A-Z][a-z])")


def role_years(text: str) -> list[tuple[int, int]]:
    """After a role's years ("..., 1977-1979"), looked for from each comma and year."""
    out = []
    for lead in (", 19", ", 20"):
        i = text.find(lead)
        while i >= 0:
            if m := ROLE_YEARS.match(text, i):
                out.append((m.end(), m.end() + 1))
            i = text.find(lead, i + 4)
    return out


# '... gigs when he died in 2009 "We have the greatest respect for the fans," he said.': a
# caption run into a quotation that its speaker closes; the quotation is its own sentence
_SAID_AFTER = recache.compile(r"[,!?][\"”] (?:he|she|they|it|[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,3}) "
                              r"(?:said|says|added|told|insisted|warned|explained)\b")
# words a quotation follows inside its sentence ('said "We ...', 'the so-called "Big Four"')
_QUOTE_AFTER = frozenset("""said says say told tells added warned insisted explained stated
declared wrote asked replied urged noted argued claimed commented admitted shouted cried
as that called dubbed named the a an of his her their its our your my was is were be being
from with by and or but than like""".split())
QUOTE_MAX = 300  # the most characters of such a quotation


def quoted_leads(text: str) -> list[tuple[int, int]]:
    """Before a quotation that opens after a caption's lowercase word or figure and that its
    speaker closes (',\" he said'), looked for from each closing quotation mark."""
    out = []
    for close in (',"', ",”", '!"', '?"', "!”", "?”"):
        i = text.find(close)
        while i >= 0:
            if _SAID_AFTER.match(text, i):
                lo = max(text.rfind("\n", 0, i) + 1, i - QUOTE_MAX)
                opened = max(text.rfind(" \"", lo, i), text.rfind(" “", lo, i))
                if (opened > lo and text[opened + 2:opened + 3].isupper()
                        and text.count('"', opened + 2, i) == 0 and "”" not in text[opened + 2:i]):
                    word = text[text.rfind(" ", lo, opened) + 1:opened]
                    if ((word[-1:].islower() or word[-1:].isdigit()) and word.lower() not in _QUOTE_AFTER
                            and not word.endswith("ed")):  # ('The move reflected "X's view ..."')
                        out.append((opened, opened + 1))
            i = text.find(close, i + 2)
    return out


def seams(text: str, line_starts: list[int], capitals: bool) -> list[tuple[int, int]]:
    """All of the above, in the text's order (`capitals`: whether the text has two words in
    capitals in a row, which a label holds)."""
    out = credits(text)
    if ": +" in text or ": -" in text or ": −" in text or ": –" in text:
        out += signed_figures(text)
    if " -- " in text:
        out += datelines(text)
    if " - " in text:
        out += row_labels(text)
    if capitals:
        out += caps_leads(text, line_starts)
    if ", 19" in text or ", 20" in text:
        out += role_years(text)
    if ',"' in text or ",”" in text or '!"' in text or '?"' in text or "!”" in text or "?”" in text:
        out += quoted_leads(text)
    if any(c in text for c in _RANKED_CUES):
        out += ranked_leads(text, line_starts)
    return sorted(out)
