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
from .run_on_words import MONTHS

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
    return sorted(out)
