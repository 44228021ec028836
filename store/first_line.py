"""Where a page's first line runs its headline or caption into the lead.

A copy that lost its newlines puts headline, photo caption and lead on one line with no stop
between them ("... to stop flow Forecasters predict ..."). Only there does a capitalised
word after a lowercase one open a sentence often enough to cut at it, so these rules look
at the first line alone, and only at its first HEAD_LINE characters: each finds the
capitalised word that opens the next sentence, and none splits a name (a name is
capitalised wherever the page says it, a headline's common word is not).
"""

from __future__ import annotations

import re

from . import recache
from .run_on_words import (
    COMMON,
    NAMING_NOUNS,
    NOT_BEFORE_RUN_ON,
    NUMBER_WORDS,
    OLD_OPENERS,
    TIME_NOUNS,
    TIME_WORDS,
    TITLE_OPENERS,
    WEEKDAY,
    WORD_RE,
    Cut,
    by_space,
    cut_at,
    stands_alone,
)

# on the first line only: "... quake Almost two weeks ...", "... oil spill Eleven people ..."
_HEAD_RUN_ON = recache.compile(r"(?<=[a-z0-9’')]) (?P<opener>[A-Z][a-z]+|[A-Z]{2,5}|A)(?P<next> [a-z0-9])")
# quantifiers that open a sentence even after a name ("... quake-hit Haiti Hundreds of ...");
# other capitalised small words follow a name in title-case headlines ("Hand In the Economy")
_AFTER_A_NAME = frozenset("""almost more many some most several another nearly hundreds
thousands millions dozens""".split())
# a month or day ends a caption as a lowercase word does ("... capped in July BP has made
# ..."), unless a saying before it reports what follows ("said on Monday BP had ...")
_DATE_NAMES = TIME_WORDS - TIME_NOUNS
_SAID_BEFORE = recache.compile(r"\b(?:said|says|say|told|announced|reported|added|warned)\b")
# after a name, a common word opens a clause only with "who" after it ("... in Haiti
# Children who have ..."), not in a name of several words ("BBC World Service has", "the
# Gulf of Mexico Oil Spill Commission", "New York City Council meetings")
_CLAUSE_AFTER = recache.compile(r" who\b")
# a name and a plural noun before a verb ("... 30 volunteers UK airlines have begun ...")
_NOUN_THEN_VERB = recache.compile(r" [a-z]{3,}s (?:have|are|were|had|will)\b")
# "... since the singer's death Pop star Michael Jackson's father has filed ...": a noun, a
# name and a possessive before the verb
_NAME_POSSESSIVE_VERB = recache.compile(r"(?: [a-z]+)?(?: (?!" + WEEKDAY + r"\b)"
                                        r"[A-Z][\w.-]*){1,4}[’']s(?: [a-z]+){1,2}"
                                        r"(?: [A-Z][\w.-]*){0,3} (?:has|have|had|is|are|was|were|will)\b")
# a clause after these is the sentence's own ("... warned that UK airlines have ..."), as is
# what a saying before the name reports ("told reporters BP has ...")
_CLAUSE_LINKS = frozenset("""that which who whom whose where when whenever while since after
before until because if unless though although whether so but yet nor once""".split())
# a name or title follows these ("a Committee of Three", "his Republican rival")
_NOT_BEFORE_HEAD_RUN_ON = NOT_BEFORE_RUN_ON | NUMBER_WORDS | frozenset("""a an his her its
their our my your this that these those no every each across around throughout over under near
outside inside between against among four""".split())
# nouns a name follows in apposition ("the oil firm BP", "US House speaker Nancy Pelosi")
_APPOSITION = frozenset("""company firm giant group operator contractor supplier maker producer bank agency carrier
insurer lender retailer network broadcaster newspaper minister president premier chancellor
secretary spokesman spokeswoman spokesperson chief executive chairman director leader speaker
star singer actor actress presenter correspondent editor reporter rival partner brother sister
son daughter wife husband father mother colleague charity""".split())
_POSSESSIVE_BEFORE = recache.compile(r"\b(?:his|her|their|its|my|our|your)\s+$")
# "... at a pig farm Egypt has begun ...": a name that opens a clause, after a headline or
# caption that has a verb of its own ("captured", "assesses"); "US oil giant BP has" has none
_VERB_AFTER = recache.compile(r" (?:has|have|had|is|are|was|were|will|says|said)\b")
# the same, when the name runs on ("... concerts Michael Jackson's doctor tried to ...",
# "... complacent Mr Reilly, shown at the meeting, cited ...", "... pause US Interior Secretary
# Ken Salazar said ..."): more capitalised words, a possessive and its noun, an aside in
# commas or a caption's place in brackets ("Mr Dudley (back) accompanied ..."), then a verb in
# the past or the present
_NAME_THEN_VERB = recache.compile(
    r"(?: [a-z]+(?= [A-Z]))?(?: (?:[A-Z][\w’'.-]*|of|de|al)){0,5}(?:[’']s(?: [a-z]+){1,2}|"
    r"[’']s [a-z]+(?: [A-Z][\w’'.-]*){1,3})?"
    r"(?:, (?!who\b|which\b)[^,.!?\n]{1,50},)?"
    r"(?: \((?:left|right|centre|center|back|front|pictured|above|below|top|bottom)\))? "
    r"(?:has|have|had|is|are|was|were|will|says|said|told|tells|describes|[a-z]{2,}ed)\b")
_HEADLINE_VERB = recache.compile(r"\b(?:[a-z]{3,}(?:ed|es)|is|are|was|were|has|have|had|says|said|"
                                 r"told|will|must)\b")
# a headline's future, a name and "to" and a verb ("La Toya to perform in Cardiff", "BP to pay")
_HEADLINE_FUTURE = recache.compile(r"[A-Z][\w’'-]* to [a-z]{3,}\b")
_YEAR = recache.compile(r"(?:1[89]|20)\d\d")
_SUM = recache.compile(r"[$£€][\d.,]+(?:m|bn|k)?|[\d.,]+(?:%|bn)")
HEAD_LINE = 600  # characters of the first line where a headline and caption can sit
_HEAD_AFTER_MIN_WORDS = 6  # what follows a headline is a sentence of its own
# a caption that ends on a place after its preposition ("... missing in Haiti"), whose own
# clause has a verb, ends there when a subject and its verb follow: the place's name is one
# word, and the page never says it together with the next word (as "Mexico City")
_PLACE_PREPOSITIONS = frozenset("in from across near inside throughout".split())  # not "to Michael Jackson"
_PLACE_BEFORE = recache.compile(r"(?:^| )(?P<prep>[a-z]+) $")


def _after_place(text: str, start: int, prev: int, m: re.Match, future: bool = False) -> bool:
    """(`future`: a headline's "X to do" counts as its verb, for a ranked name and its verb
    after the place: "La Toya to perform in Cardiff Ms Jackson attended ...")"""
    place = text[prev:m.start()]
    if not place.isalpha() or not place[0].isupper() or place.lower() in TIME_WORDS:
        return False
    prep = _PLACE_BEFORE.search(text, max(start, prev - 12), prev)
    return bool(prep and prep["prep"] in _PLACE_PREPOSITIONS
                and text.count(place + " " + m.group("opener")) < 2
                and (_HEADLINE_VERB.search(text, start, prep.start())
                     or (future and _HEADLINE_FUTURE.search(text, start, prep.start()))))


# a noun phrase's lowercase words and a finite verb soon after them
_PHRASE_THEN_VERB = recache.compile(r"(?: (?!(?:that|which|who|whom|whose|while|when|where|if|as|"
                                    r"because|after|before|since|until|and|but|or)\b)[a-z][\w’'-]*){1,4}? "
                                    r"(?:is|are|was|were|has|have|had|will|would|could|can|may|might|"
                                    r"must|says|say|said|[a-z]{3,}ed)\b")
_FINITE_NEXT = recache.compile(r" (?:is|are|was|were|has|have|had|will|would|could|can|may|says|say|"
                               r"said|[a-z]+ed)\b")


def _once_before_verb(text: str, start: int, prev: int, m: re.Match) -> bool:
    """Whether a capitalised word after a caption's lowercase word opens the next sentence:
    the page says it nowhere else (a name comes back, capitalised: "the moment Haiti was"),
    lowercase words and a finite verb follow it with no link word between ("... way of life Bad
    weather hampered ..."; not "gentle Mediterranean breezes that have"), and the caption
    before it is a clause with a verb of its own and no comma, not what was said."""
    word = m.group("opener")
    if (len(word) < 3 or text[prev:m.start()] in _CLAUSE_LINKS
            or text[prev:m.start()] in _APPOSITION or _FINITE_NEXT.match(text, m.end("opener"))
            or not _PHRASE_THEN_VERB.match(text, m.end("opener"))):
        return False
    if text.count(word) > 1 or word.lower() in text:
        return False
    seg = max(start, text.rfind(",", start, prev) + 1)  # a caption has no comma: "If ..., X"
    return bool(seg == start and _HEADLINE_VERB.search(text, start, prev)
                and not _SAID_BEFORE.search(" ".join(text[start:prev].split()[-3:])))


# the line's first word, said again: "BP began drilling two relief wells in May BP says its
# operation ...", "Aerial view of quake in Haiti capital Port-au-Prince Aerial footage reveals
# ...": a headline or caption and the sentence after it, both about the same subject
# nouns a clause with no "when" or "that" follows ("the moment Haiti was shaken")
_WHEN_HEADS = frozenset("""moment day time night morning evening week year way reason place
minute hour""".split())
_FIRST_WORD = recache.compile(r"[\"'`‘“]?(?P<word>[A-Z][\w’'-]+) ")
_VERB_NEAR = recache.compile(r"(?: [a-z][\w-]*){0,2}? (?:is|are|was|were|has|have|had|will|"
                             r"would|could|can|may|says|say|said|[a-z]{3,}ed)\b")


# "... Mexico's usual May Day celebrations have been ...": the word again as a possessive, its
# noun phrase of four words at most, then a finite verb
_POSSESSIVE_VERB_NEAR = recache.compile(r"[’']s(?: [\w-]+){1,4}? (?:is|are|was|were|has|have|"
                                        r"had|will)\b(?! (?:he|she|it|they|we|I|you)\b)")
# a page's stamp before its headline on the first line: "Last updated: 1 May, 2009 - 17:54
# GMT Mexico shuts down ...", its clock time with its zone
_LEAD_STAMP = recache.compile(r"[^\n]{0,60}?\b\d{1,2}[:.]\d\d\s*(?:GMT|BST|UTC|ET|UK)\s+(?=[A-Z])")


def _first_word_again(text: str, start: int, end: int) -> list[Cut]:
    """Where the line's first word comes again after a caption's lowercase word (a month or
    a closing quotation mark too), a finite verb two words on at most: not after "the", a
    preposition, an apposition's noun ("oil company BP"), a clause link or a saying, not as
    an object ("has accused BP of": no verb follows it), and after a caption with no comma
    (", a deadline StatesWest had set": a relative clause with no "that")."""
    first = _FIRST_WORD.match(text, start)
    head = start
    if stamp := _LEAD_STAMP.match(text, start, min(end, start + HEAD_LINE)):
        head = stamp.end()  # the headline after the page's stamp
        first = _FIRST_WORD.match(text, head)
    if not first or first["word"] in OLD_OPENERS or first["word"] in TITLE_OPENERS:
        return []
    word = first["word"]
    out = []
    i = text.find(" " + word, first.end(), min(end, start + HEAD_LINE))
    while i >= 0:
        j = i + 1 + len(word)
        prev = text.rfind(" ", start, i) + 1
        before = text[prev:i]
        if (j < end and not (text[j].isalnum() or text[j] == "-")
                and (before[:1].islower() or before[-1:] in "'’\"”"
                     or before.lower() in _DATE_NAMES)
                and before.lower() not in _NOT_BEFORE_HEAD_RUN_ON
                and before.lower() not in _APPOSITION and before.lower() not in _CLAUSE_LINKS
                and before.lower() not in _WHEN_HEADS
                and not _SAID_BEFORE.search(" ".join(text[start:prev].split()[-3:]))
                and "," not in text[out[-1].opener if out else head:prev]
                and (_VERB_NEAR.match(text, j) or _POSSESSIVE_VERB_NEAR.match(text, j))
                and len(WORD_RE.findall(text, i, end)) >= _HEAD_AFTER_MIN_WORDS):
            out.append(Cut(i, i + 1, word, "", "head"))
        i = text.find(" " + word, j, min(end, start + HEAD_LINE))
    return out


def head_cuts(text: str, start: int, end: int) -> list[Cut]:
    """Capitalised common words after a lowercase word early in the page's first line, and
    the first name there that opens a clause after a headline with a verb."""
    out: list[Cut] = []
    for m in _HEAD_RUN_ON.finditer(text, start, min(end, start + HEAD_LINE)):
        prev = text.rfind(" ", start, m.start()) + 1
        word = m.group("opener").lower()
        if text[prev:m.start()] in _NOT_BEFORE_HEAD_RUN_ON or word in _DATE_NAMES:
            continue  # "the town of Homs", "across London", "last September"
        after_date = (word not in TIME_NOUNS  # "May Day celebrations"
                      and (text[prev:m.start()].lower() in _DATE_NAMES
                           or bool(_YEAR.fullmatch(text, prev, m.start())))  # "... in 2009 Jurors"
                      and not _SAID_BEFORE.search(text, max(start, prev - 40), prev))
        # a sum ends a headline as a lowercase word does before a name in capitals ("... bill
        # reaches $450m BP says"; not "Plans $33 Billion")
        # a headline's quotation closed on its own ("... was ` not suspicious '")
        quoted = (m.start() - prev == 1 and text[prev] in "'’\"”"
                  and text[max(start, prev - 2):prev].strip()[-1:].islower())
        lower = text[prev].islower() or quoted or (
            m.group("opener").isupper() and bool(_SUM.fullmatch(text, prev, m.start())))
        if not lower and not after_date and _after_place(text, start, prev, m):
            lower = True  # "... are dead or missing in Haiti Caricom has joined ..."
        if (not lower and word not in _AFTER_A_NAME and not after_date
                and not _CLAUSE_AFTER.match(text, m.end("opener"))):
            continue  # "Marine One", but "quake-hit Haiti Hundreds of thousands"
        if len(WORD_RE.findall(text, m.start("opener"), end)) < _HEAD_AFTER_MIN_WORDS:
            break
        acronym = word != "a" and m.group("opener").isupper()  # "US", "BP": as a subject only
        if not acronym and (word in COMMON
                            or re.search(r"(?<![\w’'-])" + word + r"(?![\w’'-])", text)):
            out.append(cut_at(m, "head"))
        elif ((text[prev].islower() or quoted) and not acronym
              and _once_before_verb(text, start, prev, m)
              and (not out or len(WORD_RE.findall(text, out[-1].opener, prev)) >= 4)):
            out.append(cut_at(m, "head"))  # "... their way of life Bad weather hampered ..."
        elif not lower and not after_date:
            continue  # after a name only a common word ("Haiti Children who")
        elif ((not out or len(WORD_RE.findall(text, out[-1].opener, prev)) >= _HEAD_AFTER_MIN_WORDS)
              and (_VERB_AFTER.match(text, m.end("opener"))
                   or _NOUN_THEN_VERB.match(text, m.end("opener"))
                   or _NAME_POSSESSIVE_VERB.match(text, m.end("opener")))
              # (after a cut, the caption between it and the name has a verb of its own: "...
              # peoples It is unclear why rates are higher in Inuit communities Canada is ...")
              and _HEADLINE_VERB.search(text, out[-1].opener if out else start, m.start())
              and text[prev:m.start()] not in _CLAUSE_LINKS
              and not _SAID_BEFORE.search(" ".join(text[start:prev].split()[-3:]))
              and text[prev:m.start()] not in _APPOSITION
              and not _POSSESSIVE_BEFORE.search(text, max(start, prev - 8), prev)):
            out.append(cut_at(m, "head"))  # not after "her brother": "... her brother Michael was ..."
    if not out:
        out = _head_quote(text, start, end)
    if first := _first_word_again(text, start, end):
        out = sorted(out + first, key=by_space)
    again = _names_again(text, start, end)
    if again:
        out = sorted(out + again, key=by_space)
    return out


# '... devastated by earthquake "All of a sudden ...': a quotation opening a sentence after
# a headline; a quoted title ('the film "Gone With the Wind"') capitalises its second word
_HEAD_QUOTE = recache.compile(r'(?<=[a-z]) (?P<opener>["“](?P<next>[A-Z][a-z’\']*)(?: [a-z][\w’\'-]*){3})')
# words a quotation follows without a stop that is none of a headline's ("he warned "We ...")
_QUOTE_AFTER = frozenset("""added warned insisted explained stated declared wrote asked
replied urged noted argued claimed commented tweeted admitted shouted cried as""".split())


def _head_quote(text: str, start: int, end: int) -> list[Cut]:
    """The first quotation on the page's first line that opens after a lowercase word,
    when a headline with a verb stands before it and four lowercase words follow its
    first: a headline run into the quotation its lead opens with."""
    m = _HEAD_QUOTE.search(text, start, min(end, start + HEAD_LINE))
    if m is None:
        return []
    prev = text.rfind(" ", start, m.start()) + 1
    word = text[prev:m.start()].lower()
    if (word in _NOT_BEFORE_HEAD_RUN_ON or word in _QUOTE_AFTER or word in NAMING_NOUNS
            or not _HEADLINE_VERB.search(text, start, m.start())):
        return []
    return [Cut(m.start(), m.start("opener"), m.group("next"), " ", "head")]


# a name of several words after a lowercase word, a figure or a closing quotation mark
# (what follows in a lookahead: "the Jackson clan Randy Jackson, ..." holds two candidates)
_HEAD_NAME = recache.compile(r"(?<=[a-z0-9’'\")”]) (?P<opener>[A-Z][a-z]+|[A-Z]{2,5})"
                        r"(?=(?P<next> (?:[a-z]+ )?[A-Z]))")
# "... complacent Mr Reilly, shown at the meeting, cited ...": a title and a name, then a verb,
# opens a clause even when the headline did not name them
_HONORIFIC = frozenset("Mr Mrs Ms Dr".split())


# "... businesses in Mexico Mexico has begun a shutdown ...": a name that ends a caption and
# opens the sentence after it, twice in a row
_NAME_TWICE = recache.compile(r"(?<=[a-z] )(?P<first>[A-Z][a-z]+) (?P<opener>(?P=first))(?P<next>) ")


def _names_again(text: str, start: int, end: int) -> list[Cut]:
    """A caption or lead run on after its headline, opening with a name the headline gave
    (" ... pause US Interior Secretary Ken Salazar said ..."), and a verb after the name."""
    out = [Cut(m.start("opener") - 1, m.start("opener"), m.group("opener"), "", "head")
           for m in _NAME_TWICE.finditer(text, start, min(end, start + HEAD_LINE))
           if _NAME_THEN_VERB.match(text, m.end("opener"))]
    for m in _HEAD_NAME.finditer(text, start, min(end, start + HEAD_LINE)):
        prev = text.rfind(" ", start, m.start()) + 1
        word = text[prev:m.start()]
        if (not (word[:1].islower() or word[:1].isdigit() or word[-1:] in "'’\"”"
                 or (word.lower() in _DATE_NAMES  # "... on Thursday Michael Jackson's sister"
                     and not _SAID_BEFORE.search(text, max(start, prev - 40), prev))
                 or _after_place(text, start, prev, m, m.group("opener") in _HONORIFIC))
                # ("... to perform in Cardiff Ms X")
                or word in _NOT_BEFORE_HEAD_RUN_ON or word in _APPOSITION
                or m.group("opener").lower() in TIME_WORDS
                or _POSSESSIVE_BEFORE.search(text, max(start, prev - 8), prev)):
            continue
        # a headline's quotation closed on its own, then a name and its verb ("... to be sealed
        # ` by Sunday ' Adm Thad Allen says ...")
        quoted = (word in ("'", "’", '"', "”")
                  and text[max(start, prev - 2):prev].strip()[-1:].islower()
                  and bool(_NAME_THEN_VERB.match(text, m.end("opener"))))
        if (len(WORD_RE.findall(text, m.start("opener"), end)) >= _HEAD_AFTER_MIN_WORDS
                and (quoted or _named_again(text, start, m))):
            if (out and out[-1].word.isupper() and out[-1].kind == "head"
                    and text.count(" ", out[-1].opener, m.start()) < 3):
                out.pop()  # "... gives TV interview Dr Murray was ...": the later name opens
            nxt = _TWO_NAMES.match(text, m.end("opener"))
            if (nxt and nxt.group(1).split()[0] not in _NOT_NAMES_AGAIN  # "US President X"
                    and m.group("opener") not in _NOT_NAMES_AGAIN  # "Dr Conrad Murray's"
                    and word.lower() not in _DATE_NAMES  # "on Tuesday Singer Michael X was"
                    and _has_word(text[start:m.start()], nxt.group(1))
                    and not _has_word(text[start:m.start()], m.group("opener") + " "
                                      + nxt.group(1).split()[0])):
                # "... to help Haiti Roger Federer was delighted": the caption ended on a name
                # it had said, and the name after it, said before whole, opens the sentence
                out.append(Cut(nxt.start(1) - 1, nxt.start(1), nxt.group(1).split()[0], "",
                                "head"))
                continue
            out.append(cut_at(m, "head"))
    return out


_ROLE_ENDINGS = ("er", "or", "ist", "ian", "man", "woman")  # a role's noun before a name
_ROLE_THEN_NAME = recache.compile(r" [a-z]{3,} ([A-Z][a-z]+ [A-Z][a-z]+)\b")
_WEEKDAY = recache.compile(" " + WEEKDAY + r"\b")
_TWO_NAMES = recache.compile(r" ([A-Z][a-z]+ [A-Z][a-z]+)\b")


def _named_again(text: str, start: int, m: re.Match) -> bool:
    """Whether the name opening at `m` goes on to a verb and was named before it on the
    line: a caption or a lead that names again whom its headline named ("Salazar reassures
    ... US Interior Secretary Ken Salazar said"); a name said once may be prose."""
    run = _NAME_THEN_VERB.match(text, m.end("opener"))
    if run is None or (run.group().endswith((" are", " have", " were"))
                       and not m.group("opener").endswith("s")):
        return False  # a name takes no plural verb: "... and Motown veteran X are set to ..."
    if _WEEKDAY.search(run.group().split(",")[0]):
        return False  # "... in Los Angeles on Thursday Michael Jackson's sister ...": two clauses
    if m.group("opener") in _HONORIFIC and m.group("next")[1:2].isupper():
        return True
    before = text[start:m.start()]
    for word in _CAPITALISED.findall(text, m.start("opener"), run.end()):
        if len(word) > 2 and word not in _NOT_NAMES_AGAIN and _has_word(before, word):
            return True
    # a place or people, a role in lower case and a person's name of two words that the page
    # says again further on (or, after a caption with a verb, any name of two words said
    # again), after a headline of six words or more that ends on a lowercase word (not a
    # role's noun: "Aid worker Chris Webster") ("... after flying home Welsh fireman William Howells
    # pulled ...", the page later "Fireman William Howells said")
    last = before.split()[-1].lower() if before.split() else ""
    if (len(WORD_RE.findall(before)) >= _HEAD_AFTER_MIN_WORDS and before[-2:-1].islower()
            and last not in _APPOSITION and not last.endswith(_ROLE_ENDINGS)):  # "Aid worker X"
        pair = _ROLE_THEN_NAME.match(text, m.end("opener"))
        if (pair and pair.group(1).split()[0] not in _NOT_NAMES_AGAIN
                and text.count(pair.group(1), run.end()) >= 1):
            return True
        if _HEADLINE_VERB.search(before):  # (or any name of two words, after a verb's caption)
            for pair in _TWO_NAMES.finditer(text, m.start("opener") - 1, run.end()):
                if (pair.group(1).split()[0] not in _NOT_NAMES_AGAIN
                        and text.count(pair.group(1), run.end()) >= 1):
                    return True
    return False


def _has_word(text: str, word: str) -> bool:
    """Whether `word` stands in `text` as a word of its own (not inside another, nor after an
    apostrophe or a hyphen, nor before a hyphen)."""
    return stands_alone(text, word, "’'-", "-")


_CAPITALISED = recache.compile(r"\b[A-Z][a-z]+")
_NOT_NAMES_AGAIN = frozenset("""The This That These Those And But Its His Her Their Our Mr Mrs
Ms Dr Sir President Minister Secretary Chief Prime General""".split())
