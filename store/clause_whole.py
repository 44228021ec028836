"""A clause cut from its sentence, made whole again where the cut lost what it needs.

store/date_clause.py picks the clause a date belongs to, by its commas, colons and link
words; some of those marks are no clause's end, and the picked clause then lacks its noun
("remembered for another[, altogether unexpected death]"), its subject ('The lack of
regulation, he added, "was a folly ...'; "Among the pictures ..., one claiming ..."), what
its saying said ('told AFP news agency[: "We expect ..."]'), or it holds a first clause cut
before the date's own ("... pledged assistance and a contingent…"). Each repair here looks at
the clause and the whole sentence (attribution gone) and gives back the clause with what it
lacked, or the part that is the date's; store/title_trim.py calls `made_whole` once, after
the clause cut.
"""

from __future__ import annotations

import re

from . import recache
from .conjuncts import dated_conjunct
from .title_reads import _FINITE, reads_as_happening
from .title_said import colon_said, without_first_predicate
from .title_words import MARK, TITLE_MAX

# an aside between commas right after a "that", then the clause it opened, up to its comma
_ASIDE_THEN_CLAUSE = recache.compile(r"\s*,\s*[^,;:\"“”]{2,60},\s*(?P<clause>[a-z][^,;:\"“”]{10,}?)\s*(?:[,;:.]|$)")
# an aside with no verb (a prepositional phrase), its comma, then a word that opens a predicate
_ASIDE_THEN_VERB = recache.compile(r"(?P<aside>(?:from|of|in|on|at|for|with|by|like|unlike|among|"
                                   r"including|under|after|before|during)\s[^,;:\"“”]{2,120}?)"
                                   r"\s*(?:" + MARK + r"\s*)?,\s+(?P<verb>[a-z][\w’'-]*)\b")
# a sentence's opening noun phrase, with no comma: "The accounts", "Two rescue teams"
_NOUN_PHRASE = recache.compile(r"[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,6}")
# what opens no predicate after an aside: a new subject, a link word, a preposition
_NOT_PREDICATE = frozenset("""the a an this that these those his her its their our my your he she
it they we i you there here and but or so as if when while because although though which who
whom whose where what in on at of for from with by to into over under after before during since
until according including""".split())


# a name, its aside between commas (no verb), right where the predicate begins
# (after a link word that opens a clause, so the name is its subject; the aside in lower case,
# a role: not "replace Mr Hayward, BP Managing Director Bob Dudley," where the aside names)
_NAME_ASIDE_END = recache.compile(r"(?:^|\b(?:when|while|as|after|before|because|and|but|that|where|since|if|"
                                  r"until|though|although)\s+)(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)"
                                  r"{1,3}),\s+(?P<aside>[a-z][^,;:\"“”]{2,80}),\s+$")


def _verb_first(s: str) -> bool:
    """Whether `s` opens on a finite verb: an irregular past, an auxiliary, a past in -ed."""
    word = s.split(None, 1)[0] if s.strip() else ""
    return word in _FINITE or (len(word) > 4 and word.endswith("ed"))


def _opens_predicate(word: str) -> bool:
    """Whether a word after an aside's comma can open its subject's predicate: a verb (or an
    adverb before one), not a new subject or a link word."""
    return word in _FINITE or word not in _NOT_PREDICATE and not word.endswith("ing")


# a clause that opens on its verb, with no subject
_BARE_VERB = recache.compile(r"(?:was|were|is|are|has|have|had|will|would)\s")
# what opens a noun phrase and cannot end one: a clause cut after it at a comma was cut inside
# the phrase ("for another, altogether unexpected death")
_NOUN_OPENERS = frozenset("a an the another its their his her our your my such every".split())
# a subject, a saying's aside between commas, then its verb: "The lack of regulation, he
# added, was a folly"
_SAID_ASIDE = recache.compile(r"(?P<head>[A-Z][^,;:\"“”]{8,120}),\s+(?P<who>he|she|they|we|[A-Z][\w.’'-]+"
                              r"(?:\s+[A-Z][\w.’'-]+){0,2})\s+(?P<verb>said|added|says|adds|argued|"
                              r"noted|wrote|insisted),\s+(?P<rest>.+)$")
_OPENING_DETERMINERS = frozenset("The A An This That These Those Its Their His Her Our".split())
# a subject that is a part of something named elsewhere: "one", "some", "two of them"
_QUANTIFIER = recache.compile(r"(?:one|some|another|two|three|several|many|most|half|none|all|others)\s",
                              re.IGNORECASE)
# the fronted phrase that names the whole: "Among the pictures circulating ..., "
_AMONG = recache.compile(r"^(?P<prep>Among|Of)\s+(?P<np>(?:the|these|those|its|their|his|her)\s[^,;:]{3,160}),\s*$")
_NOT_HEAD = recache.compile(r"(?:[a-z]+ing|[a-z]+ed|in|on|at|of|for|from|with|by|about|around|across|"
                            r"that|which|who|where|since|after|before|during|under|over|to)$")


def _head_words(np: str) -> str:
    """A noun phrase up to its head: "the pictures circulating around the internet" -> "the
    pictures" (up to four words, before a participle, a preposition or a relative)."""
    words = np.split()
    kept = [words[0]]
    for w in words[1:4]:
        if _NOT_HEAD.fullmatch(w) or w in _FINITE:  # ("the letters sent to ...")
            break
        kept.append(w)
    return " ".join(kept)


def made_whole(s: str, whole: str) -> str:
    """The clause `s` of the sentence `whole`, with what the clause cut lost put back."""
    if (s.replace(MARK, " ").rstrip().rsplit(" ", 1)[-1].lower() in _NOUN_OPENERS
            and (at := whole.find(s)) >= 0 and whole[at + len(s):at + len(s) + 1] == ","):
        # "will be remembered for another[, altogether unexpected death]": a comma inside
        # a noun phrase was taken for the clause's end; the sentence goes on, to be cut
        s = whole[at:]
    if (s.replace(MARK, " ").rstrip().endswith(" that") and (at := whole.find(s)) >= 0
            and (on := _ASIDE_THEN_CLAUSE.match(whole, at + len(s)))):
        # "demand was so brisk that[, for an investor,] the yield was driven below zero": a
        # clause cut at the comma of an aside right after its "that" goes on past the aside
        s = s.replace(MARK, " ").rstrip() + " " + on["clause"]
    if (s[:1].islower() and (at := whole.find(s)) > 2 and whole[at - 2:at] == ", "
            and (m := _ASIDE_THEN_VERB.match(s)) and _opens_predicate(m["verb"])
            and _NOUN_PHRASE.fullmatch(head := whole[:at - 2])
            and not reads_as_happening("a b " + head)):
        # "The accounts, from BP's own investigations into the blast [last month], describe
        # how ...": the clause cut kept the aside and the predicate, not the subject before
        # the aside; the subject and its aside go back together, without the commas
        s = f'{head} {m["aside"].rstrip()} {s[m.start("verb"):]}'
    if (s[:1].islower() and _verb_first(s) and (at := whole.find(s)) > 0
            and (named := _NAME_ASIDE_END.search(whole, 0, at))
            and not reads_as_happening("a b " + named["aside"])):
        # "... when Lawrence Summers, then a Treasury undersecretary, plucked him from
        # obscurity": the predicate after a name's aside is the name's, not the sentence's
        # first subject's
        s = f'{named["name"]} {s}'
    if _BARE_VERB.match(s.lstrip(" \"“" + MARK)) and (m := _SAID_ASIDE.match(whole)) and (
            whole.endswith(s.rstrip(" .")) or whole.endswith(s)):
        # 'The lack of regulation, he added, "was a folly ...": the clause after a saying's
        # aside lost its subject, which stood before the aside
        head = m["head"]
        if head.split(" ", 1)[0] in _OPENING_DETERMINERS:
            head = head[0].lower() + head[1:]
        s = f'{m["who"][0].upper()}{m["who"][1:]} {m["verb"]} {head} {m["rest"]}'
    if (s[:1].lower() in "oastmhn" and _QUANTIFIER.match(s)
            and (at := whole.find(s)) > 0 and (among := _AMONG.match(whole[:at]))):
        # "Among the pictures circulating ..., one claiming to be of a bridge was taken in
        # Japan": "one" is one of the fronted phrase's pictures ("One of the pictures ...")
        word, rest = s.split(None, 1)
        s = f'{word} of {_head_words(among["np"])} {rest}'
    if ":" in whole:
        s = colon_said(s, whole)  # 'X told AFP: "..."': what was said (store/title_said.py)
    if " and " in s:
        s = without_first_predicate(s)  # "X examined ... and concluded that ..."
        s = dated_conjunct(s, MARK, TITLE_MAX)  # "... and a contingent was expected to"
    return s
