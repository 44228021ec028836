"""How a title's words read: whether they say a happening (a verb among three words or more)
and whether they end on words that need what followed them. Every step of the title's cutting
asks both, before and after it cuts, so they stand apart from the steps."""

from __future__ import annotations

import re

from . import recache

_IRREGULAR_PAST = frozenset("""said told made took went began became came saw left fell hit met
found gave got held kept led lost paid put ran rose sent set spent stood struck won beat bought
brought built caught chose drew drove fled flew fought forgot froze grew hung heard hid knew laid
lay meant overtook rang sang sank shook shot shut slid sold sought spoke spread stole stuck swore
swept taught thought threw took tore understood undertook upheld withdrew woke wore wrote""".split())


# a finite verb or auxiliary: a title needs one to say what happened
_FINITE = frozenset("""is are was were be been has have had will would can could may might must
shall should did does do""".split()) | _IRREGULAR_PAST
_VERB_ENDINGS = ("ed", "ed,")
# "it's", "there's": a verb; "Fisher's", "the firm's": a possessive, which names no happening
_CONTRACTED_IS = frozenset(f"{w}{a}s" for w in ("it", "he", "she", "that", "there", "what", "who",
                                                 "here", "where", "let", "this")
                           for a in ("'", "’"))
_CLOSERS = ",.;:!?\"”’)"
# words a title cannot end on: they need what follows ("higher than", "the leader of the")
DANGLING = frozenset("""than of the a an and or but nor to in on at by for from with into as its
their his her our your my whose whom per versus whether if because when while such between
including during until throughout saying another about around circa approximately nearly
almost roughly compared probably possibly perhaps""".split())
_SEPARATORS = " \t\n,;:—–-"
# "as soon [as Friday]", "as early [as 2005]": a comparison whose second "as" led to the date
_AS_ADJ = recache.compile(r"\s+as\s+(?:soon|early|late|recently|long|far\s+back|much|many|little|few|"
                          r"high|low)$", re.IGNORECASE)
# "to create a new[, independent agency]": an indefinite article and an adjective, no noun
_ARTICLE_ADJ = recache.compile(r"\s+(?:a|an)\s+(?:new|further|second|third|fresh|major|full|big|large|"
                               r"small|long|short|possible|key|single|separate|special|joint|total|"
                               r"whole|final|former|formal|detailed|independent|similar)$",
                               re.IGNORECASE)
# the letters `_ARTICLE_ADJ`'s words end on (`s` ends on one: it never ends on a newline
# here; IGNORECASE matches no other character to them)
_ADJ_LAST = frozenset("wrdhlgetyWRDHLGETY")
# "issued a statement by Raines insisting[, "I am not ..."]": a reporting participle whose
# words were what followed
_REPORTING_ING = frozenset("""insisting saying claiming adding arguing warning noting stating
suggesting declaring announcing explaining telling asking urging""".split())
# "... all-time high of 14,164, reached [in October 2007]": a participle alone after a comma
# (after a figure only: "the nation's oil company, TNK-BP, unfolded" ends on its verb)
_LONE_PARTICIPLE = recache.compile(r"(?<=\d),\s+(?:[a-z]{3,}(?:ed|en)|set|hit|put|made|held|won|lost|seen)$|"
                                   r",\s+having\s+[a-z]{3,}(?:ed|en)$")  # "..., having peaked"
# "he testified that over three days[, Jackson received ...]": a reported clause that has
# only its opening phrase
_THAT_PHRASE = recache.compile(r"\bthat\s+(?:in|on|at|over|during|after|before|by|since|from|until|"
                               r"within|for)\s+(?P<rest>.*)$")


_ONE_AFTER = recache.compile(r"\bone\b.{1,60}\b(?:after|to|from|with|than)$", re.IGNORECASE)
# "when the new tariff came in", "the rains poured in", "talks dragged on": the particle of a
# phrasal verb ends its clause and leads to nothing (not "set in", "held on": those led to
# a date as often)
_PARTICLE_VERB = recache.compile(
    r"\b(?:(?:came|come|comes|coming|kick(?:s|ed|ing)?|mov(?:e|es|ed|ing)|went|"
    r"step(?:s|ped|ping)?|gave|giv(?:e|es|en|ing)|pour(?:s|ed|ing)?|roll(?:s|ed|ing)?|sank|"
    r"sunk|sink(?:s|ing)?|weigh(?:s|ed|ing)?|cav(?:e|es|ed|ing)|phas(?:e|es|ed|ing)|"
    r"rush(?:es|ed|ing)?)\s+in|(?:carr(?:y|ies|ied|ying)|mov(?:e|es|ed|ing)|"
    r"press(?:es|ed|ing)?|dragg?(?:s|ed|ing)?|soldier(?:s|ed|ing)?)\s+on|"
    # "the economy will not turn around [until 2010]"
    r"turn(?:s|ed|ing)?\s+(?:a)?round)$", re.IGNORECASE)


def undangle(s: str) -> str:
    """`s` without words at its end that need what follows them ("higher than", "the
    leader of the", "as soon", "to create a new", "insisting"), and without trailing
    separators."""
    s = s.rstrip(_SEPARATORS)
    while True:
        before = s
        cut = s.rfind(" ")
        last = s[cut + 1:].lower()
        if last == "another" and _ONE_AFTER.search(s[:cut]):
            return s  # "one crisis after another": the pair is whole
        if last in ("in", "on", "around", "round") and _PARTICLE_VERB.search(s[-24:]):
            return s
        if cut > 0 and (last in DANGLING or last in _REPORTING_ING
                        or last.endswith(("-", "–", "-to"))):
            s = s[:cut].rstrip(_SEPARATORS)
            if last == "as" and (m := _AS_ADJ.search(s)):
                s = s[:m.start()].rstrip(_SEPARATORS)
        elif m := ((s[-1:] in _ADJ_LAST and _ARTICLE_ADJ.search(s)) or ("," in s and _LONE_PARTICIPLE.search(
                s, s.rfind(",")))):  # (its match opens at the last comma: no other follows)
            s = s[:m.start()].rstrip(_SEPARATORS)
        if s == before or " " not in s:
            return s


# "gripped a vulnerable[, unprepared population]": an article and one word, which the
# sentence goes on from with a comma, may be an adjective whose noun comes later
_A_WORD = recache.compile(r"\b(?:a|an)\s+[a-z][\w’'-]*$")


def dangles(s: str) -> bool:
    """Whether `s` ends on words that need what follows them, or on a "that" with no verb
    after it ("he testified that over three days")."""
    if undangle(s) != s.rstrip(_SEPARATORS):
        return True
    if _A_WORD.search(s[-30:]):
        return True
    m = _THAT_PHRASE.search(s)
    return bool(m) and not reads_as_happening("a b " + m["rest"])


def reads_as_happening(s: str) -> bool:
    """Three words or more with a verb: a list of names or "Syria crisis" is no happening."""
    words = s.lower().split()
    if len(words) < 3:
        return False
    for w in words:  # word by word: one pattern of them all cost twice as much
        if (w in _FINITE or w.endswith(_VERB_ENDINGS) or w.rstrip(_CLOSERS) in _FINITE
                or w in _CONTRACTED_IS):
            return True
    return False


def _find(whole: str, title: str) -> int:
    pos = whole.find(title)
    if pos < 0 and title:
        pos = whole.find(title[0].lower() + title[1:])
    return pos


def capitalised(s: str) -> str:
    """`s` with its first letter capital (a title opens as a sentence does)."""
    return s[:1].upper() + s[1:] if s[:1].islower() else s
