"""Sentence boundaries by regular expression.

Mentions link back to "the sentence it came from", so every dated phrase must
fall inside exactly one span. A statistical splitter would be more accurate on
odd prose but is slow and heavy; news text is regular enough that a period,
question or exclamation mark followed by space and a capital ends a sentence,
unless the word before it is a known abbreviation ("Sept.", "Gen.", "U.S.") or
an initial ("John F. Kennedy"). Newlines always end a sentence, because text
copied from web pages puts headlines, captions and menu items on lines of
their own without final punctuation. A copy that lost those newlines runs a
headline or caption into the next sentence ("... unrest in Syria The Syrian
unrest began ..."); a capitalised determiner or pronoun after a content word,
where English prose never capitalises one, starts a sentence there too. On a
page's first line, where headline and photo caption sit, so does a capitalised
common word after a lowercase one ("... to stop flow Forecasters predict ..."):
common, because the page writes it in lower case elsewhere, which a name never is.
"""

from __future__ import annotations

import bisect
import re
import string
from typing import NamedTuple

from .caption_seams import seams
from .similarity import STOPWORDS
from .title_case_head import title_case_head

# Words that end with a period without ending the sentence (lowercased, no dot).
ABBREVIATIONS = frozenset(
    """
    mr mrs ms dr prof gen lt col maj capt cpt sgt cpl pvt adm cmdr gov sen rep rev fr
    st ste mt ft jr sr messrs mme mlle hon pres supt insp det
    inc ltd co corp bros dept univ assn est approx vs etc al fig no nos vol pp
    jan feb mar apr jun jul aug sep sept oct nov dec
    mon tue tues wed thu thur thurs fri sat sun
    ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss
    mo mont neb nev okla ore pa tenn tex va vt wash wis wyo
    """.split()
)
# "etc." and "no." end sentences too often to be trusted as abbreviations there.
_SOMETIMES_FINAL = frozenset({"etc", "no", "nos", "fig", "vol", "pp", "al", "co", "inc", "ltd"})

# A candidate end: terminal punctuation, closing quotes/brackets, then spaces.
_END = re.compile(r"[.!?…]+[\"'”’»)\]]*[ \t\u00a0]+")  # _stops finds its opening stops by name
_LINE = re.compile(r"[^\r\n]+")
_WORD_BEFORE = re.compile(r"(?<![A-Za-z.\-'])([A-Za-z][A-Za-z.\-']*)\.$")
_STARTS_SENTENCE = re.compile(r"[\"'“‘«(\[]*[A-Z0-9\u00c0-\u024f]")
# where a sentence of a page's own words may start, lower case too (readers' posts and the
# writer's asides often open lower case): the voice and opinion checks walk pages by it
LOOSE_START = re.compile(r"[.!?][\"”’')]*\s+(?=[\"“‘'(]*[A-Za-z0-9])")
# "... in Syria The Syrian unrest began": a sentence opener capitalised in mid-line after a
# word that is not one a title or name follows ("of The Times", "told The Guardian"); the
# word before is checked in Python, as lookbehinds at every position cost 10 ms an article
_RUN_ON = re.compile(r" (?=[A-Z])(?P<opener>The|This|These|Those|It|He|She|They|There|His|Her|Their|Its|"
                     r"A|An|At|By|In|On|For|After|Before|During|When|While|Despite|With|Every|Each|"
                     r"Many|Most|Several|Following|Hundreds|Thousands|Dozens|Two|Three|Four|Five|"
                     r"Six|Seven|Eight|Nine|Ten|Eleven|Twelve|(?:Thir|Four|Fif|Six|Seven|Eigh|Nine)teen|"
                     r"(?:Twenty|Thirty|Forty|Fifty|Sixty|"
                     r"Seventy|Eighty|Ninety)(?:-[a-z]+)?|Speaking|Talking|Writing|Asked|"
                     r"Responding|Commenting)"
                     r"(?= (?P<next>\w))")
# "... in Washington It's all about ...": the same openers shortened, after a word (not after
# the quotation mark a reported speech opens with: 'said: " It's ...'), before a lowercase word
# (the word before is checked in Python: a lookbehind at every space costs 0.1 ms an article)
_RUN_ON_SHORT = re.compile(r" (?=[ITHS])(?P<opener>It|He|She|There|They)"
                           r"(?=[’'](?:s|re) (?P<next>[a-z]))")
_RUN_ON_AFTER = re.compile(r"[A-Za-z0-9%’')\"”]")
# "... in need of food But despite knowing ...", "... the next day However, the teams ...": a
# contrast that opens a sentence, run on after a lowercase word (a name never follows one)
_RUN_ON_CONTRAST = re.compile(r" (?P<opener>But|However|Meanwhile|Which|What|Who|Why|How|"
                              r"Then(?=,)|Also(?= on | in | at |, ))(?P<next>[ ,])")
_QUESTION_OPENERS = frozenset("Which What Who Why How".split())
# "... killing 11 people 28 April: Coastguard fears ...": a timeline's dated entries run
# together; a date and a colon after a lowercase word open the next entry
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December")
_DATE_LABEL = re.compile(r" (?P<opener>\d{1,2} (?:" + _MONTHS + r")(?: \d{4})?|(?:"
                         + _MONTHS + r") \d{1,2}(?:, \d{4})?|(?:1[89]|20)\d\d):$")


def _date_labels(text: str) -> list[_Cut]:
    """Cuts before each dated entry label ("28 April:") after a lowercase word, looked for
    back from each colon, as a scan of the whole text from every space costs more."""
    out = []
    i = text.find(": ")
    while i >= 0:
        lo = max(0, i - 24)
        m = _DATE_LABEL.search(text, lo, i + 1)
        if m and m.start() > 0 and (text[m.start() - 1].islower() or text[m.start() - 1] == ")"):
            out.append(_Cut(m.start(), m.start("opener"), m.group("opener"), "", "run_on"))
        i = text.find(": ", i + 2)
    return out
# "... when he died 25 June 2009 Dr Murray finds Jackson ...": a timeline's entries run
# together, each opening with its day; a full date after a lowercase word and before a
# capitalised one opens the next entry (not after a preposition: "on 25 June 2009 Dr X")
_DATED_ENTRY = re.compile(r"(?:" + _MONTHS + r") \d{4}(?= [A-Z][a-z])")  # its day: in Python
_DAY_BEFORE = re.compile(r"\d{1,2} $")
_NOT_BEFORE_DATED_ENTRY = frozenset("""on in by since until till from of before after between
through to and or at during around about than""".split())


def _dated_entries(text: str) -> list[_Cut]:
    out = []
    for m in _DATED_ENTRY.finditer(text):
        day = _DAY_BEFORE.search(text, max(0, m.start() - 3), m.start())
        if day is None:
            continue
        i = day.start()
        if i < 2 or text[i - 1] != " " or not text[i - 2].islower():
            continue
        word = text[text.rfind(" ", 0, i - 1) + 1:i - 1]
        if word not in _NOT_BEFORE_DATED_ENTRY:
            out.append(_Cut(i - 1, i, text[i:m.end()], "", "run_on"))
    return out


_NOT_BEFORE_RUN_ON = frozenset("""of in to at on by the and or for from with said says say told
see read called named titled via about watch like than as into onto upon""".split())
# words a capitalised letter or title follows as a name ("vitamin A", "the album In Rainbows")
_NAMING_NOUNS = frozenset("""vitamin type grade class plan category group section phase level
option exhibit schedule tier article appendix chapter part title album film movie book song
novel show play programme program series single magazine paper poem track opera topic poems
songs albums films books collection named entitled influenza hepatitis point""".split())
# a participle that opens a sentence and is no name: "... ' Speaking to reporters, he said"
_PARTICIPLE_OPENERS = frozenset("Speaking Talking Writing Asked Responding Commenting".split())
_QUOTE_CLOSES = frozenset(("'", '"', "’", "”"))
_OLD_OPENERS = frozenset("The This These Those It He She They There His Her Their Its".split())
# openers that also open a name or a title ("A Scattering", "In Rainbows", "Most Wanted")
_TITLE_OPENERS = frozenset("""A An At By In On For After Before During When While Despite With Every
Each Many Most Several""".split())
_RUN_ON_MIN_WORDS = 3  # a headline of fewer words is more likely a name ("Lord Of The ...")
# on the first line only: "... quake Almost two weeks ...", "... oil spill Eleven people ..."
_HEAD_RUN_ON = re.compile(r"(?<=[a-z0-9’')]) (?P<opener>[A-Z][a-z]+|[A-Z]{2,5}|A)(?P<next> [a-z0-9])")
_NUMBER_WORDS = frozenset("""two three four five six seven eight nine ten eleven twelve twenty
thirty forty fifty hundred hundreds thousand thousands million millions dozens scores""".split())
# quantifiers that open a sentence even after a name ("... quake-hit Haiti Hundreds of ...");
# other capitalised small words follow a name in title-case headlines ("Hand In the Economy")
_AFTER_A_NAME = frozenset("""almost more many some most several another nearly hundreds
thousands millions dozens""".split())
# dates and times are capitalised words a sentence runs on into ("last September stood")
_TIME_WORDS = frozenset("""january february march april may june july august september october
november december monday tuesday wednesday thursday friday saturday sunday today yesterday
tomorrow tonight day days week weeks weekend month months year years spring summer autumn
fall winter""".split())
# ... of which these are common nouns no headline capitalises mid-line ("... swine flu Year
# seven pupils have ..."): months and days stay names
_TIME_NOUNS = frozenset("day days week weeks weekend month months year years".split())
# a month or day ends a caption as a lowercase word does ("... capped in July BP has made
# ..."), unless a saying before it reports what follows ("said on Monday BP had ...")
_DATE_NAMES = _TIME_WORDS - _TIME_NOUNS
_SAID_BEFORE = re.compile(r"\b(?:said|says|say|told|announced|reported|added|warned)\b")
# after a name, a common word opens a clause only with "who" after it ("... in Haiti
# Children who have ..."), not in a name of several words ("BBC World Service has", "the
# Gulf of Mexico Oil Spill Commission", "New York City Council meetings")
_CLAUSE_AFTER = re.compile(r" who\b")
# a name and a plural noun before a verb ("... 30 volunteers UK airlines have begun ...")
_NOUN_THEN_VERB = re.compile(r" [a-z]{3,}s (?:have|are|were|had|will)\b")
# "... since the singer's death Pop star Michael Jackson's father has filed ...": a noun, a
# name and a possessive before the verb
_NAME_POSSESSIVE_VERB = re.compile(r"(?: [a-z]+)?(?: [A-Z][\w.-]*){1,4}[’']s(?: [a-z]+){1,2} "
                                   r"(?:has|have|had|is|are|was|were|will)\b")
# a clause after these is the sentence's own ("... warned that UK airlines have ..."), as is
# what a saying before the name reports ("told reporters BP has ...")
_CLAUSE_LINKS = frozenset("""that which who whom whose where when whenever while since after
before until because if unless though although whether so but yet nor once""".split())
_COMMON = (STOPWORDS - _TIME_WORDS) | _NUMBER_WORDS | _TIME_NOUNS
# a name or title follows these ("a Committee of Three", "his Republican rival")
_NOT_BEFORE_HEAD_RUN_ON = _NOT_BEFORE_RUN_ON | _NUMBER_WORDS | frozenset("""a an his her its
their our my your this that these those no every each across around throughout over under near
outside inside between against among four""".split())
# nouns a name follows in apposition ("the oil firm BP", "US House speaker Nancy Pelosi")
_APPOSITION = frozenset("""company firm giant group operator contractor supplier maker producer bank agency carrier
insurer lender retailer network broadcaster newspaper minister president premier chancellor
secretary spokesman spokeswoman spokesperson chief executive chairman director leader speaker
star singer actor actress presenter correspondent editor reporter rival partner brother sister
son daughter wife husband father mother colleague charity""".split())
_POSSESSIVE_BEFORE = re.compile(r"\b(?:his|her|their|its|my|our|your)\s+$")
# "... at a pig farm Egypt has begun ...": a name that opens a clause, after a headline or
# caption that has a verb of its own ("captured", "assesses"); "US oil giant BP has" has none
_VERB_AFTER = re.compile(r" (?:has|have|had|is|are|was|were|will|says|said)\b")
# the same, when the name runs on ("... concerts Michael Jackson's doctor tried to ...",
# "... complacent Mr Reilly, shown at the meeting, cited ...", "... pause US Interior Secretary
# Ken Salazar said ..."): more capitalised words, a possessive and its noun, an aside in
# commas or a caption's place in brackets ("Mr Dudley (back) accompanied ..."), then a verb in
# the past or the present
_NAME_THEN_VERB = re.compile(
    r"(?: [a-z]+(?= [A-Z]))?(?: (?:[A-Z][\w’'.-]*|of|de|al)){0,5}(?:[’']s(?: [a-z]+){1,2})?"
    r"(?:, (?!who\b|which\b)[^,.!?\n]{1,50},)?"
    r"(?: \((?:left|right|centre|center|back|front|pictured|above|below|top|bottom)\))? "
    r"(?:has|have|had|is|are|was|were|will|says|said|told|tells|describes|[a-z]{2,}ed)\b")
_HEADLINE_VERB = re.compile(r"\b(?:[a-z]{3,}(?:ed|es)|is|are|was|were|has|have|had|says|said|"
                            r"told|will|must)\b")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_SUM = re.compile(r"[$£€][\d.,]+(?:m|bn|k)?|[\d.,]+(?:%|bn)")
HEAD_LINE = 600  # characters of the first line where a headline and caption can sit
_HEAD_AFTER_MIN_WORDS = 6  # what follows a headline is a sentence of its own
_WORD_RE = re.compile(r"\w+")


_WORD_BEFORE_CHARS = string.ascii_letters + ".-'"  # _WORD_BEFORE's class


def _word_before(before: str) -> str | None:
    """_WORD_BEFORE's word in `before` (which ends with the period), without its search from
    every position: its match is the run of the class's characters that ends the text, when
    that run opens with a letter (inside the run the lookbehind fails)."""
    j = len(before.rstrip(_WORD_BEFORE_CHARS))
    if len(before) - j >= 2 and before[j] in string.ascii_letters and before[-1] == ".":
        return before[j:-1]
    return None


def _is_abbreviation(before: str, after: str) -> bool:
    """True when the period closing `before` belongs to an abbreviation."""
    word = _word_before(before)
    if word is None:
        return False
    if "." in word.strip("."):  # dotted acronym: U.S. U.N. e.g. a.m.
        return True
    if len(word) == 1 and word.isupper():  # an initial: John F. Kennedy
        return True
    low = word.lower()
    if low not in ABBREVIATIONS:
        return False
    if low in _SOMETIMES_FINAL:
        # "No. 5" continues; "etc. The" and "Apple Inc. The" end.
        return after[:1].isdigit()
    return True


# a caption that ends on a place after its preposition ("... missing in Haiti"), whose own
# clause has a verb, ends there when a subject and its verb follow: the place's name is one
# word, and the page never says it together with the next word (as "Mexico City")
_PLACE_PREPOSITIONS = frozenset("in from across near inside throughout".split())  # not "to Michael Jackson"
_PLACE_BEFORE = re.compile(r"(?:^| )(?P<prep>[a-z]+) $")


def _after_place(text: str, start: int, prev: int, m: re.Match) -> bool:
    place = text[prev:m.start()]
    if not place.isalpha() or not place[0].isupper() or place.lower() in _TIME_WORDS:
        return False
    prep = _PLACE_BEFORE.search(text, max(start, prev - 12), prev)
    return bool(prep and prep["prep"] in _PLACE_PREPOSITIONS
                and text.count(place + " " + m.group("opener")) < 2
                and _HEADLINE_VERB.search(text, start, prep.start()))


# a noun phrase's lowercase words and a finite verb soon after them
_PHRASE_THEN_VERB = re.compile(r"(?: (?!(?:that|which|who|whom|whose|while|when|where|if|as|"
                               r"because|after|before|since|until|and|but|or)\b)[a-z][\w’'-]*){1,4}? "
                               r"(?:is|are|was|were|has|have|had|will|would|could|can|may|might|"
                               r"must|says|say|said|[a-z]{3,}ed)\b")
_FINITE_NEXT = re.compile(r" (?:is|are|was|were|has|have|had|will|would|could|can|may|says|say|"
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
_FIRST_WORD = re.compile(r"[\"'`‘“]?(?P<word>[A-Z][\w’'-]+) ")
_VERB_NEAR = re.compile(r"(?: [a-z][\w-]*){0,2}? (?:is|are|was|were|has|have|had|will|"
                        r"would|could|can|may|says|say|said|[a-z]{3,}ed)\b")


def _first_word_again(text: str, start: int, end: int) -> list[_Cut]:
    """Where the line's first word comes again after a caption's lowercase word (a month or
    a closing quotation mark too), a finite verb two words on at most: not after "the", a
    preposition, an apposition's noun ("oil company BP"), a clause link or a saying, not as
    an object ("has accused BP of": no verb follows it), and after a caption with no comma
    (", a deadline StatesWest had set": a relative clause with no "that")."""
    first = _FIRST_WORD.match(text, start)
    if not first or first["word"] in _OLD_OPENERS or first["word"] in _TITLE_OPENERS:
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
                and "," not in text[out[-1].opener if out else start:prev]
                and _VERB_NEAR.match(text, j)
                and len(_WORD_RE.findall(text, i, end)) >= _HEAD_AFTER_MIN_WORDS):
            out.append(_Cut(i, i + 1, word, "", "head"))
        i = text.find(" " + word, j, min(end, start + HEAD_LINE))
    return out


def _head_runons(text: str, start: int, end: int) -> list[_Cut]:
    """Capitalised common words after a lowercase word early in the page's first line, and
    the first name there that opens a clause after a headline with a verb."""
    out: list[_Cut] = []
    for m in _HEAD_RUN_ON.finditer(text, start, min(end, start + HEAD_LINE)):
        prev = text.rfind(" ", start, m.start()) + 1
        word = m.group("opener").lower()
        if text[prev:m.start()] in _NOT_BEFORE_HEAD_RUN_ON or word in _DATE_NAMES:
            continue  # "the town of Homs", "across London", "last September"
        after_date = (word not in _TIME_NOUNS  # "May Day celebrations"
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
        if len(_WORD_RE.findall(text, m.start("opener"), end)) < _HEAD_AFTER_MIN_WORDS:
            break
        acronym = word != "a" and m.group("opener").isupper()  # "US", "BP": as a subject only
        if not acronym and (word in _COMMON
                            or re.search(r"(?<![\w’'-])" + word + r"(?![\w’'-])", text)):
            out.append(_cut(m, "head"))
        elif ((text[prev].islower() or quoted) and not acronym
              and _once_before_verb(text, start, prev, m)
              and (not out or len(_WORD_RE.findall(text, out[-1].opener, prev)) >= 4)):
            out.append(_cut(m, "head"))  # "... their way of life Bad weather hampered ..."
        elif not lower and not after_date:
            continue  # after a name only a common word ("Haiti Children who")
        elif ((not out or len(_WORD_RE.findall(text, out[-1].opener, prev)) >= _HEAD_AFTER_MIN_WORDS)
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
            out.append(_cut(m, "head"))  # not after "her brother": "... her brother Michael was ..."
    if not out:
        out = _head_quote(text, start, end)
    if first := _first_word_again(text, start, end):
        out = sorted(out + first, key=_space)
    again = _names_again(text, start, end)
    if again:
        out = sorted(out + again, key=_space)
    return out


# '... devastated by earthquake "All of a sudden ...': a quotation opening a sentence after
# a headline; a quoted title ('the film "Gone With the Wind"') capitalises its second word
_HEAD_QUOTE = re.compile(r'(?<=[a-z]) (?P<opener>["“](?P<next>[A-Z][a-z’\']*)(?: [a-z][\w’\'-]*){3})')
# words a quotation follows without a stop that is none of a headline's ("he warned "We ...")
_QUOTE_AFTER = frozenset("""added warned insisted explained stated declared wrote asked
replied urged noted argued claimed commented tweeted admitted shouted cried as""".split())


def _head_quote(text: str, start: int, end: int) -> list[_Cut]:
    """The first quotation on the page's first line that opens after a lowercase word,
    when a headline with a verb stands before it and four lowercase words follow its
    first: a headline run into the quotation its lead opens with."""
    m = _HEAD_QUOTE.search(text, start, min(end, start + HEAD_LINE))
    if m is None:
        return []
    prev = text.rfind(" ", start, m.start()) + 1
    word = text[prev:m.start()].lower()
    if (word in _NOT_BEFORE_HEAD_RUN_ON or word in _QUOTE_AFTER or word in _NAMING_NOUNS
            or not _HEADLINE_VERB.search(text, start, m.start())):
        return []
    return [_Cut(m.start(), m.start("opener"), m.group("next"), " ", "head")]


# a name of several words after a lowercase word, a figure or a closing quotation mark
# (what follows in a lookahead: "the Jackson clan Randy Jackson, ..." holds two candidates)
_HEAD_NAME = re.compile(r"(?<=[a-z0-9’'\")”]) (?P<opener>[A-Z][a-z]+|[A-Z]{2,5})"
                        r"(?=(?P<next> (?:[a-z]+ )?[A-Z]))")
# "... complacent Mr Reilly, shown at the meeting, cited ...": a title and a name, then a verb,
# opens a clause even when the headline did not name them
_HONORIFIC = frozenset("Mr Mrs Ms Dr".split())


# "... businesses in Mexico Mexico has begun a shutdown ...": a name that ends a caption and
# opens the sentence after it, twice in a row
_NAME_TWICE = re.compile(r"(?<=[a-z] )(?P<first>[A-Z][a-z]+) (?P<opener>(?P=first))(?P<next>) ")


def _names_again(text: str, start: int, end: int) -> list[_Cut]:
    """A caption or lead run on after its headline, opening with a name the headline gave
    (" ... pause US Interior Secretary Ken Salazar said ..."), and a verb after the name."""
    out = [_Cut(m.start("opener") - 1, m.start("opener"), m.group("opener"), "", "head")
           for m in _NAME_TWICE.finditer(text, start, min(end, start + HEAD_LINE))
           if _NAME_THEN_VERB.match(text, m.end("opener"))]
    for m in _HEAD_NAME.finditer(text, start, min(end, start + HEAD_LINE)):
        prev = text.rfind(" ", start, m.start()) + 1
        word = text[prev:m.start()]
        if (not (word[:1].islower() or word[:1].isdigit() or word[-1:] in "'’\"”"
                 or _after_place(text, start, prev, m))  # "... to perform in Cardiff Ms X"
                or word in _NOT_BEFORE_HEAD_RUN_ON or word in _APPOSITION
                or m.group("opener").lower() in _TIME_WORDS
                or _POSSESSIVE_BEFORE.search(text, max(start, prev - 8), prev)):
            continue
        # a headline's quotation closed on its own, then a name and its verb ("... to be sealed
        # ` by Sunday ' Adm Thad Allen says ...")
        quoted = (word in ("'", "’", '"', "”")
                  and text[max(start, prev - 2):prev].strip()[-1:].islower()
                  and bool(_NAME_THEN_VERB.match(text, m.end("opener"))))
        if (len(_WORD_RE.findall(text, m.start("opener"), end)) >= _HEAD_AFTER_MIN_WORDS
                and (quoted or _named_again(text, start, m))):
            if (out and out[-1].word.isupper() and out[-1].kind == "head"
                    and text.count(" ", out[-1].opener, m.start()) < 3):
                out.pop()  # "... gives TV interview Dr Murray was ...": the later name opens
            nxt = _TWO_NAMES.match(text, m.end("opener"))
            if (nxt and nxt.group(1).split()[0] not in _NOT_NAMES_AGAIN  # "US President X"
                    and _has_word(text[start:m.start()], nxt.group(1))
                    and not _has_word(text[start:m.start()], m.group("opener") + " "
                                      + nxt.group(1).split()[0])):
                # "... to help Haiti Roger Federer was delighted": the caption ended on a name
                # it had said, and the name after it, said before whole, opens the sentence
                out.append(_Cut(nxt.start(1) - 1, nxt.start(1), nxt.group(1).split()[0], "",
                                "head"))
                continue
            out.append(_cut(m, "head"))
    return out


_TWO_NAMES = re.compile(r" ([A-Z][a-z]+ [A-Z][a-z]+)\b")


def _named_again(text: str, start: int, m: re.Match) -> bool:
    """Whether the name opening at `m` goes on to a verb and was named before it on the
    line: a caption or a lead that names again whom its headline named ("Salazar reassures
    ... US Interior Secretary Ken Salazar said"); a name said once may be prose."""
    run = _NAME_THEN_VERB.match(text, m.end("opener"))
    if run is None or (run.group().endswith((" are", " have", " were"))
                       and not m.group("opener").endswith("s")):
        return False  # a name takes no plural verb: "... and Motown veteran X are set to ..."
    if m.group("opener") in _HONORIFIC and m.group("next")[1:2].isupper():
        return True
    before = text[start:m.start()]
    for word in _CAPITALISED.findall(text, m.start("opener"), run.end()):
        if len(word) > 2 and word not in _NOT_NAMES_AGAIN and _has_word(before, word):
            return True
    return False


def _has_word(text: str, word: str) -> bool:
    """Whether `word` stands in `text` as a word of its own (not inside another)."""
    i = text.find(word)
    while i >= 0:
        j = i + len(word)
        if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "’'-")) and (
                j == len(text) or not (text[j].isalnum() or text[j] == "-")):
            return True
        i = text.find(word, i + 1)
    return False


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+")
# small words a title in title case capitalises ("This Is It", "Gone With the Wind"), which no
# sentence's second word is
_TITLE_CASE_SMALL = frozenset("""is are was were be it its of the and a an to in on for with at
by not this that or as from""".split())
# a page that lost an accented letter splits a name's word in two ("Luiz In cio Lula",
# "C sar Ch vez"): after a name, an opener, a short piece that is no word, then a name
_NAME_PIECE = re.compile(r" ([a-z]{1,3}) [A-Z][a-z]")
_NOT_NAMES_AGAIN = frozenset("""The This That These Those And But Its His Her Their Our Mr Mrs
Ms Dr Sir President Minister Secretary Chief Prime General""".split())


def _split_line(text: str, start: int, end: int, out: list[tuple[int, int]],
                runons: list[_Cut], spaces: list[int], stops: tuple[list[int], list[re.Match]],
                first_line: bool = False) -> None:
    """(spaces: the runons' `space` positions, in their order, for bisect; stops: the text's
    _END matches and where each starts, see _stops)"""
    pos = start
    starts, ends = stops
    for k in range(bisect.bisect_left(starts, start), len(ends)):
        m = ends[k]
        if m.start() >= end:
            break
        cut = m.end()
        if cut >= end:
            break
        if not _STARTS_SENTENCE.match(text, cut, end):
            continue
        before = text[max(pos, m.start() - 40):m.start() + 1]  # the word before the stop
        if text[m.start()] == "." and _is_abbreviation(before, text[cut:cut + 3]):
            continue
        _append(text, pos, cut, out, runons, spaces, first_line)
        pos = cut
    _append(text, pos, end, out, runons, spaces, first_line)


class _Cut(NamedTuple):
    """Where a run-on may be split: before `space`, the next sentence opening at `opener`
    with `word` ("The", "At"; None for a headline in capitals) and `next`, the letter after
    it. `kind` says which scan found it: "run_on" (anywhere), "head" (the page's first
    line) or "caps" (a headline in capitals between two sentences)."""
    space: int
    opener: int
    word: str | None
    next: str
    kind: str


def _cut(m: re.Match, kind: str) -> _Cut:
    return _Cut(m.start(), m.start("opener"), m.group("opener"), m.group("next"), kind)


def _space(c: _Cut) -> int:
    return c.space


def _append(text: str, start: int, end: int, out: list[tuple[int, int]],
            runons: list[_Cut], spaces: list[int], first_line: bool = False) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return
    for j in range(bisect.bisect_left(spaces, start), len(runons)):
        c = runons[j]
        space, opener = c.space, c.opener
        if space >= end:
            break
        if space <= start or not _RUN_ON_AFTER.match(text, space - 1):
            continue
        prev = max(text.rfind(" ", start, space) + 1, start)
        word = text[prev:space].lower()
        if word in _NOT_BEFORE_RUN_ON:
            continue
        if c.kind not in ("caps", "title", "seam"):  # a headline in capitals or title case stands
            # alone after any word
            if ((c.word in _TITLE_OPENERS or c.word in _QUESTION_OPENERS)
                    and (word in _NAMING_NOUNS or word.isdigit())):
                continue  # "vitamin A", "Class A shares", "the FBI's 10 Most Wanted"
            # a day or month ends a sentence as a lowercase word does ("ill on Wednesday
            # Ninety-five new cases"): no name goes on after it
            after_name = not text[prev].islower() and word not in _TIME_WORDS
            if c.word in _PARTICIPLE_OPENERS and word in _QUOTE_CLOSES:
                after_name = False  # "... was a 'nightmare' Speaking to X, he ...": a caption
            if (c.kind == "run_on" and c.word not in _OLD_OPENERS
                    and c.word not in _TITLE_OPENERS and after_name):
                continue  # a number after a name ("Formula One racing", "Channel Four news")
            if c.next.isupper() and after_name and out and not first_line:
                continue  # "Syria The Syrian": after a name, only where a headline sits, first
            if c.next.isupper() and (nxt := _WORD_RE.match(text, opener + len(c.word) + 1)) \
                    and nxt[0].lower() in _TITLE_CASE_SMALL and nxt[0][1:].islower():
                continue  # "the movie This Is It": a title in title case ("Is" capitalised)
            if (word in _TITLE_CASE_SMALL and text[prev].isupper() and text[prev + 1:space].islower()
                    and c.kind == "run_on"):
                continue  # "Jackson's This Is It tour": inside a title in title case
            if c.word == "With" and (c.next.isupper() or word in _QUOTE_CLOSES
                                     or text.count('"', start, space) % 2
                                     or text.count("“", start, space) > text.count("”", start,
                                                                                  space)):
                continue  # "Will Meet With McCain", 'the film "Gone With the Wind"': a title's
            piece = _NAME_PIECE.match(text, opener + len(c.word)) if after_name else None
            if piece and piece[1] not in _COMMON:
                continue  # "President Luiz In cio Lula": a name whose lost letter left "In"
        if len(_WORD_RE.findall(text, start, space)) >= _RUN_ON_MIN_WORDS \
                and len(_WORD_RE.findall(text, opener, end)) >= _RUN_ON_MIN_WORDS:
            out.append((start, space))
            start = opener
    out.append((start, end))


# "... horsemeat recipes HAITI CRIPPLED BY DEVASTATING EARTHQUAKE Haiti was hit ...": a
# headline in capitals run in between two sentences; it stands on its own
_CAPS_RUN = re.compile(r" (?<=[a-z0-9,;’')] )(?P<opener>[A-Z][A-Z’'-]++(?: [A-Z][A-Z’'-]++){2,}+)"
                       r"(?= [A-Z][a-z]|[?!:]?[ \t]*(?:\n|$))")  # possessive: no backtracking
_CAPS_CUE = re.compile(r"[A-Z]{2,} [A-Z]{2,} [A-Z]{2,}")
# its middle word and the third's opening, which every _CAPS_CUE match holds: opening with a
# space, the engine skips to candidates in C (10 us an article against 45 for _CAPS_CUE)
_CAPS_MIDDLE = re.compile(r" [A-Z][A-Z]+ [A-Z][A-Z]")


def _caps_runons(text: str) -> list[_Cut]:
    """Splits before and after a run of three or more words in capitals that follows a
    lowercase word and is followed by a capitalised word."""
    out = []
    for m in _CAPS_RUN.finditer(text):
        out.append(_Cut(m.start(), m.start("opener"), None, "", "caps"))
        if text[m.end("opener"):m.end("opener") + 1] == " ":  # else it ends its line
            out.append(_Cut(m.end("opener"), m.end("opener") + 1, None, "", "caps"))
    return out


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets in `text`, in order, trimmed of surrounding space.

    Every non-space character of `text` lies in exactly one span.
    """
    out: list[tuple[int, int]] = []
    runons = [_cut(m, "run_on") for m in _RUN_ON.finditer(text)]  # rare in prose: one scan
    if "s " in text and (short := [_cut(m, "run_on") for m in _RUN_ON_SHORT.finditer(text)
                                   if m.start() and (text[m.start() - 1].isalnum()
                                                     or text[m.start() - 1] in "%)")]):
        runons = sorted(runons + short, key=_space)
    if ": " in text and (labels := _date_labels(text)):
        runons = sorted(runons + labels, key=_space)
    if entries := _dated_entries(text):
        runons = sorted(runons + entries, key=_space)
    if (" But" in text or " However" in text or " Wh" in text or " How" in text
            or " Meanwhile" in text or " Then," in text or " Also" in text):
        runons = sorted(runons + [_cut(m, "run_on") for m in _RUN_ON_CONTRAST.finditer(text)],
                        key=_space)
    capitals = bool(_CAPS_MIDDLE.search(text))
    if capitals and _CAPS_CUE.search(text):
        runons = sorted(runons + _caps_runons(text), key=_space)
    lines = _lines(text)
    if more := [_Cut(space, opener, None, "", "seam")
                for space, opener in seams(text, [ls for ls, _ in lines], capitals)]:
        runons = sorted(runons + more, key=_space)  # captions, labels and rows run on
    spaces = [c.space for c in runons]
    stops = _stops(text)
    first = True
    for n, (ls, le) in enumerate(lines):
        if first and text[ls:le].strip():
            head = _head_runons(text, ls, le)
            if _TITLE_CASE_START.match(text, ls) and (tc := title_case_head(text, ls, le)):
                # "Justice Department Putting New Focus on Fraud Ten years ago, ..."
                head = sorted(head + [_Cut(tc[0], tc[1], None, "", "title")], key=_space)
            both = sorted(runons + head, key=_space) if head else runons
            _split_line(text, ls, le, out, both, [c.space for c in both], stops, True)
            first = False
            continue
        if (n < _HEAD_LINES and _TITLE_CASE_START.match(text, ls)
                and (tc := title_case_head(text, ls, le))):
            # a headline in title case opening one of the page's next lines (after its stamp
            # or byline); further down, lines that open in title case are names' more often
            both = sorted(runons + [_Cut(tc[0], tc[1], None, "", "title")], key=_space)
            _split_line(text, ls, le, out, both, [c.space for c in both], stops)
            continue
        _split_line(text, ls, le, out, runons, spaces, stops)
    return out


_HEAD_LINES = 3  # the page's lines where a headline may sit
# a line that opens with five words in title case: where title_case_head may find a headline
_TITLE_CASE_START = re.compile(r"[\"“'(]?[A-Z0-9][^ \n]* (?:(?:[A-Z0-9][^ \n]*|of|the|and|a|an|to|in|on|"
                               r"for|at|by|with|from|as) ){4}")


def _stops(text: str) -> tuple[list[int], list[re.Match]]:
    """_END.finditer(text)'s matches and their starts. A match opens with a stop, so _END
    is tried only where str.find sees one (the engine would step through every character);
    no match holds a line break, so each line's matches are the whole text's inside it."""
    at = []
    for stop in ".!?…":
        i = text.find(stop)
        while i >= 0:
            at.append(i)
            i = text.find(stop, i + 1)
    at.sort()
    starts: list[int] = []
    ends: list[re.Match] = []
    match = _END.match
    pos = 0
    for i in at:
        if i < pos:
            continue
        m = match(text, i)
        if m is not None:
            starts.append(i)
            ends.append(m)
            pos = m.end()
    return starts, ends


def _lines(text: str) -> list[tuple[int, int]]:
    """The spans of _LINE's matches (runs of characters other than CR and LF), found by
    str.find where the text has no CR: the regex steps through every character."""
    if "\r" in text:
        return [m.span() for m in _LINE.finditer(text)]
    out = []
    find = text.find
    n = len(text)
    pos = 0
    while pos < n:
        j = find("\n", pos)
        if j < 0:
            j = n
        if j > pos:
            out.append((pos, j))
        pos = j + 1
    return out


_STOP_OR_LINE_END = re.compile(r"[.!?]+[\"”’')]*(?=\s|$)|\n")


def sentence_around(text: str, start: int, end: int, opening: re.Pattern, *,
                    may_open_at_start: bool = False,
                    window: int | None = None) -> tuple[int, int]:
    """The sentence (or line) holding [start, end), for a furniture rule that keeps
    whole sentences: from the last `opening` (a stop and the space after it) on its line
    before `start` (or at it, with `may_open_at_start`) to the next stop or line end.
    The rules differ in what may open a sentence, so each passes its own `opening`.
    `window` bounds the search to that many characters either side, for a rule run many
    times on a page that may be one long line (it would scan the line from its start)."""
    floor = 0 if window is None else max(0, start - window)
    ceiling = len(text) if window is None else min(len(text), end + window)
    lo = text.rfind("\n", floor, start) + 1 or floor
    upto = min(start + 1, len(text)) if may_open_at_start else start
    for m in opening.finditer(text, lo, upto):
        lo = m.end()
    m = _STOP_OR_LINE_END.search(text, end, ceiling)
    hi = m.end() if m and m.group() != "\n" else (m.start() if m else ceiling)
    return lo, hi
