"""Whether a title's words still read where words of its sentence were taken out between them.

Each step of a title's cutting (the date phrase and the words that went with it, an aside, a
relative's "who", a fronted phrase) decides on its own; the words it leaves side by side were
never side by side in the sentence, and some pairs cannot be in any sentence: a noun whose
determiner went with the date ("were seen [in the 1918] virus"), a noun and the clause its
"that" opened ("a widening sense [that] some of ... were"), a head and a relative's verb
followed by the main verb ("regulators [who] oversee drilling have granted"), a relative left
with its verb alone ("the boss that appeared [on 16 July]"). The seams are found from the
title and its sentence alone, after the title is built, and where one fails the title keeps
more of its sentence (store/mention_titles.py asks `mended`).
"""

from __future__ import annotations

import re

from . import recache
from .date_cut import cut_preposition
from .title_reads import _IRREGULAR_PAST, undangle
from .title_tidy import tidy
from .title_trim import _trim, shorten, without_empty_tail
from .title_words import MARK, TITLE_MAX
from .titles import readable

# what a word's edges may carry that is no part of it
_EDGES = "\"'“”‘’()[],.;:!?…*#"
_STOP_ENDS = (",", ";", ":")
_DASHES = recache.compile(r"\s(?:-{1,2}|[—–])\s|[—–]")

# words that open a noun phrase and nothing else: a seam that lost one while its noun stayed
# reads wrong ("were seen virus")
_DETERMINERS = frozenset("the a an its their his her our my your this these those".split())
# what opens a clause and is no verb: a determiner, a pronoun, a quantifier, a figure, a link
# word; a "that" or "which" before one joined a clause, or an object relative, to the noun
_CLAUSE_OPENS = frozenset("""the a an his her its their our my your this these those he she they
it we i you there some many most more much all no none each every several few both any one two
three four five six seven eight nine ten up about nearly almost only just when if because
while although though before after as once""".split())
_RELATIVES = frozenset("who which that".split())
_BARE_DETERMINERS = frozenset("the a an my your our their its".split())  # never a pronoun
_PRONOUNS = frozenset("he she they we i you it there".split())
_FINITE_AUX = frozenset("""is are was were has have had will would can could may might must shall
should does did""".split())
# what ends a clause's run of words: after one, a finite verb may be its own clause's
_LINKS = frozenset("""and or but nor that which who whom whose when while where because if
although though as than since after before until unless whether so""".split())
# prepositions a seam's noun can follow bare, and which never are its verb
_PREPOSITIONS = frozenset("""in on at of for to from by with into onto over under about after
before during since until through between against among across around without within despite
amid than like per via toward towards outside inside behind beyond below above beside along
alongside past throughout upon near beneath underneath aboard""".split())
# words that follow a verb's date and are no noun ("spotted [on Monday] near the lake")
_ADVERBS = frozenset("""not near ahead aboard off out up down back away again also still even
too then now here there alone together instead""".split())
# verbs whose "for" opens an infinitive's subject ("hoped for the summit to end ...")
_WAIT_FOR = frozenset("""hope hopes hoped hoping wait waits waited waiting ask asks asked asking
push pushes pushed pushing press presses pressed pressing long longs longed longing""".split())
# words that open a clause, and end no title ("who" ends one: "the WHO")
_WH = frozenset("how why what whether where which whose whom".split())
# prepositions that open a figure ("[said] about five gallons were found", "up to 60")
_BEFORE_FIGURES = frozenset("about around over under up nearly between".split())
# words that stand alone before a comma ("However, the firm ...")
_CONNECTIVES = frozenset("""however meanwhile but and so still yet also instead indeed nevertheless
moreover furthermore separately similarly again then now though finally""".split())
# words that narrow what follows them, and end no title ("especially [in 2004]")
_FOCUS = frozenset("""especially particularly notably mainly mostly chiefly largely primarily
including""".split())
# verbs whose "that" may go ("said [that] the firm ...": a title drops it on purpose)
_SAYING = frozenset("""say says said tell tells told believe believes believed think thinks
thought expect expects expected hope hopes hoped fear fears feared know knows knew show shows
showed shown find finds found estimate estimates warn warns argue argues claim claims suggest
suggests report reports predict predicts indicate indicates note notes add adds insist insists
state states announce announces confirm confirms admit admits acknowledge acknowledges conclude
concludes decide decides agree agrees learn learns reveal reveals rule rules write writes wrote
mean means reiterate reiterates assume assumes insisted indicated estimated reported announced
confirmed suggested warned argued claimed predicted noted added stated concluded decided agreed
revealed admitted acknowledged learned ruled assumed meant reiterated""".split())
# words that tell a date phrase's own words (what a removed date took with it)
_DATE_WORDS = frozenset("""january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday
thursday friday saturday sunday spring summer autumn fall winter early mid late""".split())
_SENTENCE_WORDS: dict[str, tuple] = {}


def _words(s: str) -> list[str]:
    return [c for w in s.lower().split() if (c := w.strip(_EDGES))]


def _sentence_words(s: str) -> tuple[list[str], list[str], str, set[str]]:
    """The words of `s` in lower case, as written (a stop after one ends the phrase it
    closes), joined by single spaces between two more (where a pair is looked up), and as a
    set; cached, as the mentions of one sentence ask it of the same sentence. (`str.split`
    and a substring test, not a pattern and a set of pairs: a fifth of the cost.)"""
    got = _SENTENCE_WORDS.get(s)
    if got is None:
        if len(_SENTENCE_WORDS) >= 2048:
            _SENTENCE_WORDS.clear()
        raw = (_DASHES.sub(", ", s) if (" -" in s or "—" in s or "–" in s) else s).split()
        words = [w.strip(_EDGES).lower() for w in raw]
        got = _SENTENCE_WORDS[s] = (words, raw, " " + " ".join(words) + " ", set(words))
    return got


def _stop_after(word: str) -> bool:
    return word.rstrip("\"'”’)]").endswith(_STOP_ENDS)


def _datelike(word: str) -> bool:
    return word[:1].isdigit() or word in _DATE_WORDS or word.endswith("quarter")


def _verb_like(word: str) -> bool:
    return word in _FINITE_AUX or word in _IRREGULAR_PAST or word.endswith(("ed", "ing"))


def _broken(title: str, sentence: str) -> list[tuple[str, str, str, str]]:
    """Each seam of `title` (words side by side that were not so in `sentence`) that cannot
    read: its kind, the word left of it, the first word it lost, the word right of it; or a
    title's end or opening that cannot (its kind and three empty strings)."""
    plain = title.rstrip("…")
    tw = _words(plain)
    if len(tw) < 2:
        return []
    # (a title that is a run of its sentence as written has no seam inside: most titles cut
    # at the sentence's end or at a clause's, and the sentence's words are not needed)
    inside = plain.lower() not in sentence.lower()
    ends = title.endswith("…") or not (
        tw[-1] in _FOCUS or tw[-1] in _WH or tw[-2] == "the" or " that " in title[-90:]
        or _bare_relative_end(title) or ": " in title or title.startswith("That, "))
    if (not inside and ends and tw[0] not in _PREPOSITIONS and tw[0] not in _SUBORDINATORS
            and tw[0] not in ("even", "then", "two", "a", "an", "some", "just", "only")):
        return []
    sw, raw, joined, known = _sentence_words(sentence)
    found = _whole_title_faults(title, sentence, tw, sw, raw)
    if inside:
        found += _seam_faults(title, tw, sw, raw, joined, known)
    return found


def _whole_title_faults(title: str, sentence: str, tw: list[str], sw: list[str],
                        raw: list[str]) -> list[tuple[str, str, str, str]]:
    """The faults of the title as a whole, not of one seam: an end that leaves a clause
    open, an opening that lost its verb or its main clause. Asked of a title that is a run
    of its sentence as written too: a run has no seam inside, but can end or open so."""
    found = []
    if not title.endswith("…") and _bare_relative_end(title):
        found.append(("relative end", "", "", ""))
    if not title.endswith("…") and (m := _OPEN_SUBORDINATE.search(title[-90:])) and (
            _goes_on(sentence, title[-90:][m.start():].split()[-2:])):
        # "disclosed that if its rating were cut[, the firm would need ...]": what was
        # disclosed went, and the title ends on its condition
        found.append(("open subordinate", "", "", ""))
    if (not title.endswith("…") and tw[-2] == "the" and _superlative(tw[-1])
            and _continues(sw, tw[-2:])):
        # "a 6.1 quake - the strongest [since last week's]": a superlative left measuring
        # nothing
        found.append(("superlative end", "", "", ""))
    if not title.endswith("…") and ": " in title and _moved_after_colon(title, sentence):
        # "The trio's message was clear: Back off, Born at the meeting": a fronted phrase
        # moved after its clause, where the clause ended on someone's words
        found.append(("moved after a colon", "", "", ""))
    opens = _opening_word(tw)
    if (not title.endswith("…") and (opens in _PREPOSITIONS or opens in _SUBORDINATORS)
            and opens not in _BEFORE_FIGURES and _no_main_clause(title)):
        if _goes_on(sentence, title.split()[-2:]):
            # "From 1996 to 1999, when Born was the chairman[, the economy was roaring
            # ...]": a fronted phrase and its clause, the main clause after them gone
            found.append(("no main clause", "", "", ""))
        elif opens in _SUBORDINATORS and f", {title[:20].lower()}" in sentence.lower():
            # "[Motorists traveled less than a year ago], even though prices are lower": a
            # subordinate clause that ended the sentence, without the clause it hung on
            found.append(("subordinate tail", "", "", ""))
    if title.startswith("That, ") and _said_that(sentence):
        # "[Correspondents say] that, as the fall-out grew, the tone hardened": the speaker
        # went, and the "that" it led to was left opening the title
        found.append(("that left", "", "", ""))
    if tw[-1] in _FOCUS and not title.endswith("…"):
        found.append(("focus end", "", "", ""))  # "... meetings, especially [in 2004]"
    if tw[-1] in _WH and not title.endswith("…") and title[-1:].isalpha():
        found.append(("wh end", "", "", ""))  # "about what caused it and how[, whatever ...]"
    if (tw[0] in _PREPOSITIONS and tw[0] not in _BEFORE_FIGURES and tw[1] not in ("least", "most")
            and (at := _opening(tw, sw)) and _verb_like(sw[at - 1])
            and not _stop_after(raw[at - 1])):
        # "[Staff reductions last year added] to the humiliation": the verb and its subject
        # went, and the title opens on what completed the verb
        found.append(("verb lost", "", "", ""))
    return found


def _seam_faults(title: str, tw: list[str], sw: list[str], raw: list[str], joined: str,
                 known: set[str]) -> list[tuple[str, str, str, str]]:
    """The seams inside the title that cannot read: each pair of its words side by side
    that the sentence never wrote so, judged by the words taken out between them."""
    found = []
    for k in range(1, len(tw)):
        left, right = tw[k - 1], tw[k]
        if left not in known or right not in known or f" {left} {right} " in joined:
            continue
        if k <= 8 and left in _SAYING and k < len(tw) - 3 and _FRONTED_SAY.match(title):
            # "Many analysts argue the big need ...": a speaker the attribution rules put
            # before what they said, from an aside or the sentence's end (hd18)
            continue
        gap = _gap([i for i, w in enumerate(sw) if w == left],
                   [i for i, w in enumerate(sw) if w == right])
        if gap is None or any(w in tw[k:k + (4 if gap[1] - gap[0] <= 13 else 2)]
                              for w in sw[gap[0] + 1:gap[1]] if len(w) > 3):
            # (words of the gap again just after it: a word put in their place, "the" for
            # "tomorrow's", not words taken out)
            continue
        if gap[1] - gap[0] > 13:  # a wide gap: a clause's subject given to another's verb?
            if _subject_from_afar(right, sw[gap[0] + 1:gap[1]], raw[gap[0] + 1:gap[1]]):
                found.append(("subject from afar", left, sw[gap[0] + 1], right))
            continue
        kind = _kind(tw, k, sw[gap[0] + 1:gap[1]], raw[gap[0]:gap[1] + 1],
                     gap[0] > 0 and _stop_after(raw[gap[0] - 1]),
                     f", {left}," in title.lower())
        if kind:
            found.append((kind, left, sw[gap[0] + 1], right))
    return found


# a speaker's noun phrase and a saying opening a title (store/attribution.py put it there)
_FRONTED_SAY = recache.compile(r"(?:[A-Z][\w’'.-]*|many|some|most|several)(?:\s+[\w’'.-]+){0,6}?\s+"
                               r"(?:said|says|say|argue|argues|argued|warned|warns|believe|believes|"
                               r"insist|insists|suggest|suggests|added)\s")


def _gap(lefts: list[int], rights: list[int]) -> tuple[int, int] | None:
    """The nearest occurrence of a left word and a right word after it, with words between."""
    best = None
    for i in lefts:
        for j in rights:
            if j > i + 1 and (best is None or j - i < best[1] - best[0]):
                best = (i, j)
    return best


def _subject_from_afar(right: str, gap: list[str], written: list[str]) -> bool:
    """Whether a verb's subject in the title was another clause's: "No president [... will
    unveil plans ... the way Bush, eager to woo voters,] did with his initiative" (the gap
    has a finite verb of its own, outside a relative, a reported clause or a list, and does
    not end on the "and" that joined a second verb to the same subject)."""
    if right not in _FINITE_AUX and right not in ("did", "does", "do") or gap[-1] in _LINKS:
        return False
    for x, w in enumerate(gap):
        if (w in _FINITE_AUX and written[x][:1].islower()
                and not any(g in _RELATIVES or g.endswith("ing") for g in gap[max(0, x - 3):x])):
            return True
    return False


def _kind(tw: list[str], k: int, gap: list[str], written: list[str], opened: bool,
          aside: bool) -> str:
    """What a seam lost that its words needed, or "" when it reads. `written` is the seam's
    left word, the words it lost and its right word as the sentence writes them; `opened`
    whether a stop stood before the left word in the sentence, `aside` whether the title
    has it between commas."""
    stops = [_stop_after(w) for w in written[:-1]]
    left, right = tw[k - 1], tw[k]
    if (stops[-1] and (k == 1 or (opened and aside)) and left not in _CONNECTIVES
            and not left[:1].isdigit() and not left.endswith("ly")  # ("Suddenly, ...")
            and not (len(gap) == 1 and gap[0].isdigit())  # (an age: "Kellermann, 41, was")
            and all(_datelike(w) or w in _PREPOSITIONS or w in _DETERMINERS for w in gap)):
        # "Going [into the weekend], most people ...", "Dr Murray, shown [in 2010], has",
        # "Sometime [this summer], Obama will", "have, as [in the 1920s], distorted": a word
        # whose phrase was the date, left alone before its comma
        return "lone word"
    if (stops[0] and len(gap) >= 3 and gap[-1] in ("that", "which") and not stops[-1]
            and "of" in gap[1:-2] and gap[-2] not in _PREPOSITIONS):
        # "Thomas Ewald[, the leader of a rescue unit that] arrived": the relative's head
        # was the noun of an "of" inside the aside, not the name before it (not "most of
        # which": that is the name's; not "Palmyra, a town with ruins that fell": "with")
        return "relative head"
    if (right in ("and", "or") and _datelike(gap[-1]) and tw[k + 1:k + 2]
            and _YEARS.fullmatch(tw[k + 1]) and not stops[-1]):
        # "parties [in the 1960s] and 70s": a pair of dates, one end gone
        return "pair end"
    if len(gap) == 1 and gap[0] in ("and", "but", "or") and stops[0] and _verb_like(right):
        # "lost 40 staff in the quake[, and] confirmed": a second predicate run into the first
        return "conjunction lost"
    if gap[1:3] == ["the", "one"] or gap[1:3] == ["the", "ones"]:
        if len(gap) == 4 and gap[0] in _FINITE_AUX and gap[3] in _RELATIVES:
            return ""  # "X [was the one that] began": the copula's subject did it
    if (gap[0] in _FINITE_AUX and gap[-1] not in ("and", "but", "or", "nor")
            and not any(w in _SAYING for w in gap)):
        # "These [are national standards,] adopted in ...": the clause's verb went
        return "verb removed"
    det = max((i for i, w in enumerate(gap) if w in _DETERMINERS), default=-1)
    if (det < 0 and gap[0] in _PREPOSITIONS and left not in _PREPOSITIONS
            and written[-1][:1].islower() and not right.endswith(("s", "ly"))
            and right not in _ADVERBS):
        det = 0  # "a drop [in third-quarter] net income": the noun's preposition went
    if (det >= 0 and gap[det + 1:] and all(_datelike(w) for w in gap[det + 1:])
            and not any(stops) and left not in _DETERMINERS and left not in _LINKS
            and right.isalpha() and right not in _CLAUSE_OPENS and right not in _PREPOSITIONS
            and right not in _LINKS and not _verb_like(right)):
        # "were seen [in the 1918] virus": the noun's determiner went with the date before it
        return "determiner"
    if (len(gap) <= 3 and gap[-1] in _PREPOSITIONS and gap[-1] != "to" and not any(stops)
            and not written[-2].startswith("(")
            and right not in _PREPOSITIONS and left not in _PREPOSITIONS):
        # "was announced [on] the same day the company said": what follows was the object
        # of a preposition that went
        return "preposition lost"
    if (gap[0] == "for" and right == "to" and len(gap) <= 4
            and left in _WAIT_FOR):
        # "hoping [for tonight] to be": the infinitive's subject went
        return "infinitive subject"
    if (left in _PREPOSITIONS and right in _PREPOSITIONS and left not in ("up", "out")
            and gap and all(_datelike(w) or w in _PREPOSITIONS or w in _DETERMINERS for w in gap)
            and not any(stops)):
        # "only until [around October] in the same year": a preposition left with no object
        return "preposition left"
    if (left in _PREPOSITIONS and left not in _BEFORE_FIGURES and right in _LINKS
            and not any(w in _PREPOSITIONS or w in _DETERMINERS for w in gap)):
        # "from 1996 to [1999], when": a preposition left with no object
        return "preposition left"
    if (left in _BARE_DETERMINERS and (right in _PRONOUNS or right in _FINITE_AUX
                                       or right in _LINKS or right in _PREPOSITIONS)):
        # "on the [Tuesday night] she was": a determiner left with no noun
        return "determiner left"
    if (stops[0] and right in _PRONOUNS and tw[k + 1:k + 2] and _verb_like(tw[k + 1])
            and all(_datelike(w) or w in _PREPOSITIONS or w in _DETERMINERS for w in gap)
            and left.isalpha() and left not in _SAYING and not _verb_like(left)
            and left not in _PRONOUNS):
        # "after the last global crisis, [in 1997-98], there was": a phrase's noun, then
        # another clause's subject, where only the date's aside stood between them
        return "two subjects"
    if (len(gap) == 1 and written[1] in ("that", "this", "these", "those") and right.isalpha()
            and right not in _CLAUSE_OPENS and right not in _PREPOSITIONS and right not in _LINKS
            and not _verb_like(right) and not right.endswith("s") and left not in _SAYING
            and (k + 1 == len(tw) or tw[k + 1] in _PREPOSITIONS)):
        # "has not used [that] name": a demonstrative lost before its noun, which ends the
        # title or a phrase
        return "demonstrative lost"
    if (len(gap) == 1 and written[1] in _RELATIVES and not stops[0] and left.isalpha()
            and left not in _LINKS and left not in _FINITE_AUX
            # (a saying's noun after its determiner is no verb: "a fair estimate [that]")
            and (left not in _SAYING or (k > 1 and tw[k - 2] in _DETERMINERS)
                 or (k > 2 and tw[k - 3] in ("a", "an")))
            and not left.endswith("ed")):
        return _relative_kind(tw, k)
    return ""


def _relative_kind(tw: list[str], k: int) -> str:
    """What a seam that lost only a "that", "which" or "who" lost: the link of a clause to
    its noun ("that"), the end of a relative that the main verb now runs on from
    ("relative"), or "" when what follows still reads."""
    right = tw[k]
    if (right in _CLAUSE_OPENS or right[:1].isdigit()
            or (right not in _FINITE_AUX and tw[k + 1:k + 2] and tw[k + 1] in _FINITE_AUX)):
        # "a widening sense [that] some of ... were", "told the staff [that] safety will
        # be": the clause "that" joined to its noun (or an object relative's subject)
        return "that"
    if right in _SAYING:
        return ""  # "workers [who] said a leak had made them ill": what was said
    if _verb_like(right) and _finite_before(tw[:k - 1]):
        # "a team rescued three boys [who] had been buried": the head was the object of
        # a verb before it, and the relative's verb is read as a second one
        return "relative"
    # "regulators [who] oversee drilling have granted": the relative's verb, then the
    # main clause's, with nothing to tell where the relative ended
    rest = tw[k + 1:]
    while rest and (rest[0] in _FINITE_AUX or rest[0] in ("been", "be", "not")):
        rest = rest[1:]  # the relative's own verb ("could have accommodated")
    for w in rest[1:]:
        if w in _LINKS:
            break
        if (w in _FINITE_AUX and w != "may") or w.endswith(("n't", "n’t")):
            return "relative"
    return ""


# a reported clause that opens on a subordinate clause, and ends with it
_OPEN_SUBORDINATE = recache.compile(r"(?<!\band )\bthat\s+(?:if|when|although|though|because|while|unless|"
                                    r"once|as|before|since|until)\s[^,;:]*$")


def _goes_on(sentence: str, last: list[str]) -> bool:
    """Whether the sentence goes on past the title's last words with a comma and a clause."""
    if not last:
        return False
    at = sentence.find(" ".join(last))
    rest = sentence[at + len(" ".join(last)):] if at >= 0 else ""
    return rest[:2] == ", " and len(rest.split()) >= 3


_YEARS = recache.compile(r"(?:1[89]|20)\d\d|[’']?\d0[’']?s")  # "1968", "70s"


def _moved_after_colon(title: str, sentence: str) -> bool:
    """Whether the title's last words, after a colon, stood before the colon in the
    sentence (a phrase moved to the end)."""
    colon = sentence.find(": ")
    last = " ".join(title.rsplit(None, 3)[-3:])
    tail = _words(last)
    if colon < 0 or len(tail) < 3 or ":" in last:
        return False
    before, after = set(_words(sentence[:colon])), " ".join(_words(sentence[colon:]))
    return all(w in before for w in tail) and " ".join(tail) not in after


_SUBORDINATORS = frozenset("when while if although though because once as unless whereas".split())
_SAID_THAT = recache.compile(r"\b(?:say|says|said|believe|believes|think|thinks|report|reports|note|"
                             r"notes|noted|add|adds|added)\s+that,")


_SPANS = frozenset("""minute minutes hour hours day days week weeks month months year years
decade decades""".split())


def _opening_word(tw: list[str]) -> str:
    """The word that opens the title's first phrase, past "then", "even" and a span ("Then
    two days after ...", "even though ...")."""
    i = 1 if tw[0] in ("then", "even", "just", "only") and len(tw) > 2 else 0
    if len(tw) > i + 2 and tw[i + 1] in _SPANS:  # "two days after", "a week before"
        i += 2
    return tw[i]


def _no_main_clause(title: str) -> bool:
    """Whether after the title's fronted phrase no clause of its own follows: no comma, or
    what follows its last comma opens another subordinate or relative clause."""
    comma = title.rfind(", ")
    if comma < 0:
        return True
    rest = title[comma + 2:].split(None, 1)[0].lower()
    return rest in _SUBORDINATORS or rest in _RELATIVES or rest in ("where", "whose")


def _said_that(sentence: str) -> bool:
    return "that," in sentence and bool(_SAID_THAT.search(sentence))


def _superlative(word: str) -> bool:
    return word in ("worst", "best", "most", "least") or (
        len(word) > 5 and word.endswith("est") and not word.endswith(("interest", "quest")))


def _continues(sw: list[str], last: list[str]) -> bool:
    """Whether the sentence has words after where the title's last words stand."""
    n = len(last)
    return any(sw[i:i + n] == last for i in range(len(sw) - n))


def _opening(tw: list[str], sw: list[str]) -> int:
    """Where in the sentence the title's first two words stand side by side (0 when
    nowhere, or at the sentence's start)."""
    for i in range(1, len(sw) - 1):
        if sw[i] == tw[0] and sw[i + 1] == tw[1]:
            return i
    return 0


def _finite_before(words: list[str]) -> bool:
    """Whether the words before a seam's head noun phrase, back to a link word, hold a
    finite verb (the words after the phrase's determiner are its own: "a hastily brokered
    truce")."""
    start = len(words) - 1
    for i in range(len(words) - 1, max(len(words) - 5, -1), -1):
        if words[i] in _DETERMINERS:
            start = i - 1
            break
    for i in range(start, -1, -1):
        w = words[i]
        if w in _LINKS:
            return False
        if w in _FINITE_AUX or w in _IRREGULAR_PAST or (
                # (a past, not an adjective after its determiner: "the devastated city")
                w.endswith("ed") and len(w) > 5 and not w.endswith(("eed", "dred"))
                and i > 0 and words[i - 1] not in _DETERMINERS):
            return True
    return False


# "the boss that appeared", "Jackson, who died": a relative whose verb's only complement went
_RELATIVE_END = recache.compile(r"\b(?:that|which|who)\s+(?:(?:first|later|then|[a-z]+ly)\s+)?"
                                r"(?P<verb>[a-z]+)[\"”’')]*$")


def _bare_relative_end(title: str) -> bool:
    m = _RELATIVE_END.search(title[-40:])
    return bool(m) and (m["verb"].endswith("ed") or m["verb"] in _IRREGULAR_PAST)


def mended(title: str, sentence: str, rel_start: int, rel_end: int) -> str | None:
    """A title whose seams read, in place of `title` when one of its seams cannot: the title
    with its date kept; the seam's lost "who" or "that" put back when the head it belongs to
    is the title's subject; else the whole sentence, cut, without its attribution or as
    written. None when `title` reads, or nothing does better."""
    seams = _broken(title, sentence)
    if not seams:
        return None
    if seams[0][0] == "no main clause" and (main := _main_after(title, sentence)):
        return main
    base, whole = _trim(sentence[:rel_start] + MARK + sentence[rel_start:])
    kept = shorten(without_empty_tail(readable(base, whole, sentence)))
    if kept != title and not _broken(kept, sentence):
        return kept
    if len(seams) == 1 and seams[0][0] == "relative" and (put := _put_back(title, *seams[0][1:])):
        if not _broken(put, sentence):
            return put
    # the whole sentence without its date (and the preposition that led to it), then with
    # it, then as written (where the attribution took a speaker's own words)
    after = sentence[rel_end:]
    if after[:2] in ("'s", "’s"):  # "since [Tuesday]'s quake": "since the quake"
        after = " the" + after[2:]
    bare = _trim(cut_preposition(sentence[:rel_start]) + MARK + after)[1]
    for text in (bare, whole, sentence):
        cut = shorten(tidy(text))
        if cut != title and not _broken(cut, sentence):
            return cut
    return None


def _main_after(title: str, sentence: str) -> str | None:
    """The main clause after a title that was only its fronted phrase, as a title."""
    last = " ".join(title.split()[-2:])
    at = sentence.find(last)
    rest = sentence[at + len(last):].lstrip(" ,") if at >= 0 else ""
    main = shorten(tidy(_trim(rest)[1])) if rest else ""
    return main if main.count(" ") >= 3 and not _broken(main, sentence) else None


def _put_back(title: str, left: str, lost: str, right: str) -> str | None:
    """`title` with the word its seam lost put back between `left` and `right` (still cut
    with an ellipsis where it was)."""
    text = title.rstrip("…")
    seam = re.search(r"\b" + re.escape(left) + r"(\s+)(?=" + re.escape(right) + r"\b)", text,
                     re.IGNORECASE)
    if seam is None:
        return None
    text = text[:seam.end(1)] + lost + " " + text[seam.end(1):]
    if not title.endswith("…"):
        return shorten(text)
    while len(text) + 1 > TITLE_MAX and " " in text:
        text = text[:text.rfind(" ")]
    return undangle(text) + "…"
