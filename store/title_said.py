"""What a saying said, kept on a title's line.

A title that ends on its saying ("X told AFP news agency", "the panel examined ... and
concluded that…") tells a reader that someone spoke and not what: the clause cut stopped at
the colon before the quotation, or the length cut fell before the reported clause's verb.
These steps give the line to what was said: the quotation after a saying's colon joins the
clause, and in a title too long for its line a first predicate before "and said" or a
phrase that opens the reported clause ("that despite a jump in revenue, ...") gives way.
"""

from __future__ import annotations

from . import recache
from .title_reads import reads_as_happening
from .title_words import MARK, TITLE_MAX

# a clause that ends on a saying and whom it was said to: "X told AFP news agency", "he added"
_ENDS_ON_SAYING = recache.compile(r"(?:\b(?:told|tells)(?:\s+[\w’'.-]+){1,4}|\b(?:said|says|added|adds|"
                                  r"wrote|writes|declared|announced|stated|insisted|warned))\s*$")
# what follows it in the sentence: the date's place, a colon, and an opening quotation mark
_COLON_QUOTE = recache.compile(r"\s*(?:" + MARK + r"\s*)?:\s*(?P<quote>[\"“][^\"“”]{8,}[\"”]?)")


def colon_said(clause: str, whole: str) -> str:
    """`clause` with the quotation its saying announced after a colon, when the clause ended on
    the saying ("BP spokesman David Nicholas told AFP news agency" + ': "We expect ..."')."""
    words = clause.replace(MARK, " ").rstrip()
    if (":" not in whole or len(words) > TITLE_MAX - 35  # (room for some of the words said)
            or not _ENDS_ON_SAYING.search(words[-60:])):
        return clause
    at = whole.find(clause)
    if at < 0:
        return clause
    m = _COLON_QUOTE.match(whole, at + len(clause))
    if m is None:
        return clause
    return words + ": " + m["quote"]


# "VMware told analysts that despite a 32 percent jump in revenue, a hiring pause ...": a phrase
# that opens the reported clause, up to its comma (not a condition: "that if ..., the match
# is off" says something else without it), or an -ing phrase before a pronoun subject ("said
# that by leading off with the economy he was ...")
_REPORTED_OPENER = recache.compile(
    r"\b(?:said|says|say|told(?:\s+[\w’'.-]+){1,6}?|tells(?:\s+[\w’'.-]+){1,6}?|warned|warns|reported|"
    r"reports|announced|concluded|found|argued|insisted|believes|noted|added|testified|"
    r"acknowledged|admitted|confirmed|revealed)\s+that\s+(?P<opener>(?:despite|although|though|while|"
    r"because\s+of|after|before|since|with|without|given|unlike|like|in|on|at|by|over|during|"
    r"amid|following|for)\s+(?:[^,;:\"“”()]{3,90}?,\s+(?=[\w\"“])|[a-z]+ing\b[^,;:\"“”()]{0,80}?\s+"
    r"(?=(?:he|she|they|we|it|I)\s)))")


def without_reported_opener(s: str) -> str:
    """`s` without the phrase that opens its reported clause, when `s` is too long for its
    line and what was said then reads as a happening of its own."""
    if len(s) <= TITLE_MAX or " that " not in s:
        return s
    m = _REPORTED_OPENER.search(s)
    if m is None or not reads_as_happening(s[m.end():m.end() + 80]) or (
            s.count('"', 0, m.start("opener")) % 2):  # (not inside someone's words)
        return s
    opener, rest = m["opener"].split(), s[m.end():].split(" ", 1)
    if len(opener) > 1 and opener[1].lower() == rest[0].lower():
        # ("that despite a jump in revenue, a pause ...": the seam check of the final title,
        # store/title_seams.py, aligns the two "a" and reads the gap as a lost preposition)
        return s
    return s[:m.start("opener")] + s[m.end():]


# "The budget office examined $356 billion in proposals and concluded that only 7 percent
# ...": a second predicate that reports, after a first joined to it by "and"
_AND_SAYING = recache.compile(r"\s+and\s+(?P<say>(?:has\s+|have\s+|had\s+)?(?:said|says|concluded|concludes|"
                              r"warned|warns|added|announced|announces|argued|insisted|claimed|"
                              r"found|reported|predicted|estimated|testified|noted|acknowledged|"
                              r"admitted|confirmed|revealed|told)\b)")


def without_first_predicate(s: str) -> str:
    """`s` with its subject and second predicate only, when the second reports something
    ("... and said that ...") and `s` is too long for what was said to show: the saying's
    content is what a reader needs, the first predicate a detail of it. Not when the date's
    place (MARK) is in the first predicate: that is the happening the date dates."""
    if len(s.replace(MARK, "")) <= TITLE_MAX or " and " not in s:
        return s
    words = s.split(" ")
    verb = next((i for i, w in enumerate(words[1:12], 1) if _verb(w)), 0)
    subject = " ".join(words[:verb])
    if (not verb or ", " in subject or '"' in subject or MARK in subject
            or _PRONOUN.intersection(subject.lower().split())
            or reads_as_happening("a b " + subject)):
        return s
    m = _AND_SAYING.search(s, len(subject) + 1)
    if m is None or m.start() > TITLE_MAX or s.count('"', 0, m.start()) % 2 or (
            ", " in s[len(subject):m.start()] or MARK in s[len(subject):m.start()]
            or not reads_as_happening(s[m.start("say"):])):
        return s
    return subject + " " + s[m.start("say"):]


_PRONOUN = frozenset("he she it they we i you".split())
_FINITE_WORDS = frozenset("""is are was were has have had will would can could may might must
did does said told made took went began became came saw left fell hit met found gave got held
kept led lost paid put ran rose sent set spent stood struck won""".split())


def _verb(word: str) -> bool:
    """Whether a word can open a predicate: a finite verb, or a past in -ed."""
    return word in _FINITE_WORDS or (len(word) > 4 and word.endswith("ed") and word.islower())
