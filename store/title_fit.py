"""A title too long for a line made to fit by losing what a reader can lose, before
store/title_trim.shorten cuts it at its end.

A cut at the hundredth character keeps the subject and loses the rest, so a long subject
("State regulators trying to help life insurers cope with the crisis have ...") leaves
the title before its verb's content. A reader keeps who did what without a bracketed aside,
an aside between dashes or commas, a rank before a name, or a participle phrase or "who"
clause after the subject's noun, so those go first, in the middle of the title; the words at
its end then still show what happened. Then a trailing subordinate clause goes whole; and
where a cut is still needed, it does not fall inside a name (`phrase_cut`).

What is removed in the middle loses no words at the title's end, so a title that fits
after it carries no ellipsis: the ellipsis tells a reader that the sentence went on. A
trailing clause dropped whole leaves the title ending where a clause ends, as the clause cut
of store/title_trim does, so it carries none either.
"""

from __future__ import annotations

import re

from . import recache
from .attribution import _person
from .title_reads import _FINITE, DANGLING, reads_as_happening
from .title_said import without_reported_opener
from .title_words import TITLE_MAX

# "(RILA)", "(# 315m)", "(56km/h)": a bracketed aside; a quotation inside one is kept
_PARENTHESIS = recache.compile(r"\s*\((?P<aside>[^()\"“”]{1,160})\)(?=[\s,.;:!?]|$)")
# "GE's ability -- capitalizing on the safety net -- existed": an aside between paired dashes
_DASH_ASIDE = recache.compile(r"\s+(?P<dash>--|—|–)\s+(?P<aside>[^\"“”—–]{3,120}?)\s+(?P=dash)\s+(?=\S)")
# "State regulators trying to help life insurers cope with the crisis have granted ...": a
# participle phrase after the subject's noun, up to the main verb, which agrees with the noun
_MAIN_VERB = (r"\s+(?P<verb>is|are|was|were|has|have|had|will|would|can|could|may|might|must|"
              r"should|says|said|say)\s+(?![A-Z][a-z])(?=\S)")
_SUBJECT_PARTICIPLE = recache.compile(
    r"(?P<subject>(?:[A-Za-z][\w’'.$-]*)(?:\s+[\w’'.$-]+){1,4}?)"
    r"\s+(?P<modifier>(?P<opener>[a-z]{3,}ing|[a-z]{3,}ed(?=\s+(?:in|on|at|by|for|from|with|into|"
    r"under|over|after|during)\s))\s+(?P<next>[\w$’'.-]+)[^,;:\"“”()]{0,160}?)" + _MAIN_VERB)
# "US scientists who have analyzed videos of the well say ...": a relative clause after the
# subject's noun, with a verb of its own ("own") before the main verb
_SUBJECT_WHO = recache.compile(
    r"(?P<subject>(?:[A-Za-z][\w’'.$-]*)(?:\s+[\w’'.$-]+){0,4}?)"
    r"\s+(?P<modifier>who\s+(?P<own>[a-z][\w’'-]*)\s+(?P<next>[\w$’'.-]+)[^,;:\"“”()]{0,120}?)"
    + _MAIN_VERB)
# "Anyone who thinks ...", "Those who lost ...": the relative clause is who they are
_WHO_NEEDED = recache.compile(r"(?:(?:.*\s)?(?:those|anyone|anybody|everyone|everybody|someone|somebody|"
                              r"people|many|some|few|all|none|others|one)$|(?:no|any|every|each|some|"
                              r"many|most|few|all|none|those)\s)", re.IGNORECASE)
# "told the BBC that", "said on Monday": a saying, after which the reported clause's subject
# may carry a modifier of its own
_SAYING = recache.compile(r"\b(?:said|says|say|warned|believes?|thinks?|told\s+[\w’'.-]+)"
                          r"(?:\s+that)?\s+(?=[a-zA-Z])")
# what ends in -ing and opens no participle phrase, or cannot end a subject's noun phrase
_NOT_PARTICIPLE = frozenset("""during morning evening thing nothing something anything everything
king spring string ring wing ceiling building bring sibling according including""".split())
_NOT_NOUN_END = recache.compile(r"\b(?:the|a|an|this|that|these|those|its|their|his|her|our|of|in|on|at|"
                                r"for|to|by|with|from|and|or|but|is|are|was|were|has|have|had|who|which|"
                                r"he|she|they|it|we|i|you|there|[a-z]+ly|[a-z]+ing)$", re.IGNORECASE)
# a clause inside the phrase, or a verb of its own: the verb taken for the main one may be its
_CLAUSE_INSIDE = recache.compile(r"\b(?:that|which|who|whom|whose|where|when|because|if|is|are|was|"
                                 r"were|has|have|had|will|would|can|could|may|might|must|should|"
                                 r"says|said|say)\b")
# what follows a participle that opens a phrase ("running the fund", "living abroad",
# "trying to help"); a noun after it makes it an adjective ("developing countries")
_PHRASE_NEXT = recache.compile(r"(?:the|a|an|to|in|on|at|of|for|from|with|about|abroad|how|its|their|"
                               r"his|her|our|this|these|those|into|through|across|over|under|up|out|"
                               r"down|off|[A-Z$\d].*)$")
# a subject that opens a clause of its own or no noun phrase: "There", "What's been so ..."
_NOT_SUBJECT = recache.compile(r"(?:there|what|it|this|that|here|i|we|you|he|she|they|one|and|but|"
                               r"as|if|when|while|in|on|at|for|from|with|by|after|before|of|to)\b",
                               re.IGNORECASE)
# "announced on Thursday it would ...": a pronoun before the verb is a clause's subject
_PRONOUN_LAST = recache.compile(r"\b(?:it|he|she|they|we|i|you|this|that)$", re.IGNORECASE)
# "... unaccounted for The United Nations has held ...": a sentence run into the phrase
_SENTENCE_INSIDE = recache.compile(r"\s(?:The|A|An|This|These|Those|It|He|She|They|We)\s")
# a second participle inside the phrase ("dealing with X face problems in ensuring aid is"):
# the phrase may hold a verb of the sentence, so the verb found after it may be a clause's
_SECOND_ING = recache.compile(r"\b[a-z]{3,}ing\b")


def compress(s: str) -> str:
    """`s` without the asides and subject modifiers a reader can lose, each removed only
    while `s` is still longer than a title line."""
    for step in (_without_parentheses, _without_dash_asides, _without_phrase_before_that,
                 _without_roles,
                 without_reported_opener, _without_comma_asides, _without_subject_participle,
                 _without_trailing_clause):
        if len(s) <= TITLE_MAX:
            break
        s = step(s)
    return s


def _without_parentheses(s: str) -> str:
    if "(" not in s:
        return s
    return _squeeze(_PARENTHESIS.sub(lambda m: _kept_or_gone(m, s), s))


def _in_quotation(s: str, at: int) -> bool:
    return bool(s.count('"', 0, at) % 2 or s.count("“", 0, at) > s.count("”", 0, at))


def _kept_or_gone(m: re.Match, s: str) -> str:
    """A bracketed aside goes, unless it is inside someone's words (an editor's "(output)"
    stands for words of theirs) or a lone link word the sentence reads through ("(but)")."""
    if _in_quotation(s, m.start()) or m["aside"].strip().lower() in DANGLING:
        return m.group(0)
    return ""


def _without_dash_asides(s: str) -> str:
    if s.count("--") + s.count("—") + s.count("–") < 2:
        return s
    return _squeeze(_DASH_ASIDE.sub(_aside_or_clause, s))


def _aside_or_clause(m: re.Match) -> str:
    """An aside between dashes goes, unless it opens with a verb: then it is the clause's
    own predicate ("people -- are gonna see that -- we're ...")."""
    first = m["aside"].split()[0].lower()
    return m.group(0) if first in _FINITE_OPENERS else " "


_FINITE_OPENERS = frozenset("""is are was were be been has have had will would can could may might
must shall should did does do am""".split())


# "It was his decision, along with those of his two deputies, to ...": an aside that adds
# others to what the clause names, between commas, after which the clause goes on
# ("including" and "such as" open lists, whose commas are no aside's end)
_ADDING_ASIDE = recache.compile(r",\s+(?:along with|together with|as well as|alongside|like|unlike)\s+"
                                r"[^,;:\"“”()]{3,120},\s+(?=[a-z])")
# "Journalist Tom Bower, who wrote a book called ..., said ...": a relative aside after the
# subject, which may hold commas of its own, up to the main verb after its last comma
_WHO_ASIDE = recache.compile(r"(?P<subject>[A-Z][^,;:\"“”()]{0,60}?),\s+who\s+[^;\"“”()]{5,160}?,\s+"
                             r"(?=(?:said|says|has|have|had|is|are|was|were|will|would|told|added)\s)")


def _without_comma_asides(s: str) -> str:
    if ", " not in s:
        return s
    m = _ADDING_ASIDE.search(s)
    if m and not _in_quotation(s, m.start()):  # (someone's words are not edited)
        s = _squeeze(s[:m.start()] + " " + s[m.end():])
    if len(s) > TITLE_MAX and (m := _WHO_ASIDE.match(s)):
        s = m["subject"] + " " + s[m.end():]
    if len(s) > TITLE_MAX and (m := _NAMES_ASIDE.search(s)) and not _in_quotation(s, m.start()):
        # "At least two schools, Ash Grove Academy and Elm Park, have fallen short": the
        # names say which; who did what stays without them
        s = s[:m.start()] + " " + s[m.end():]
    if len(s) > TITLE_MAX and (m := _BEFORE_VERB_ASIDE.search(s)):
        if not (reads_as_happening("a b " + m["aside"]) or _in_quotation(s, m.start())
                or _LIST_WORD.search(m["aside"])):
            s = s[:m.start()] + " " + s[m.end():]
    return s


# "found that New York and London, often neck-and-neck in such rankings, were still at the
# top": an aside with no verb between a subject and its verb, which follows the second comma
_BEFORE_VERB_ASIDE = recache.compile(r",\s+(?P<aside>[a-z][^,;:\"“”()]{3,80}),\s+(?=(?:is|are|was|were|"
                                     r"has|have|had|will|would|can|could|may|might)\s)")
# a list of names between commas after a subject in lower case, before its verb
_NAMES_ASIDE = recache.compile(r"(?<=[a-z]),\s+(?:[A-Z][\w.’'-]*\s+){1,5}(?:and|&)\s+(?:[A-Z][\w.’'-]*\s*){1,5},\s+"
                               r"(?=(?:is|are|was|were|has|have|had|will|would|can|could|may|might)\s)")
# a list's last item or a clause of its own: "London and Paris", "as they had"
_LIST_WORD = recache.compile(r"(?:^|\s)(?:and|or|nor|but|as|which|who|that|if|when|while|because)\s")


# "Federal Reserve Chairman Ben S. Bernanke and Treasury Secretary Henry M. Paulson Jr.
# persuaded ...": a subject of capitalised words (names with their ranks), up to its verb
_NAMED_SUBJECT = recache.compile(r"(?P<subject>[A-Z][\w.’'-]*(?:\s+(?:and\s+)?[A-Z][\w.’'-]*)+)"
                                 r"(?=\s+[a-z])")


# words that end a role of more than one capitalised word ("Chief Executive")
_ROLE_ENDS = frozenset("""Executive Officer General Secretary Minister Director Chairman Chair
President Governor Manager Editor Counsel Commissioner Administrator""".split())


def _without_roles(s: str) -> str:
    """The subject's people named as a headline names them, without the rank or role before
    each name ("Treasury Secretary Henry M. Paulson Jr." -> "Henry M. Paulson Jr.")."""
    m = _NAMED_SUBJECT.match(s)
    if m is None or m["subject"].count(" ") < 3:
        return _without_worded_role(s)
    people = []
    for part in m["subject"].split(" and "):
        if " " not in part:
            return s  # "Securities and Exchange Commission ...": one name with an "and"
        person = _person(part) if part.count(" ") >= 2 else ""
        if person.split(" ")[0] in _ROLE_ENDS:
            return s  # "BP Chief Executive Tony Hayward": the role's last word is no name
        people.append(person or part)
    short = " and ".join(people)
    return short + s[m.end("subject"):] if short != m["subject"] else s


# "BP spokesman David Nicholas told ...", "Republican presidential nominee Sen. John McCain
# charged ...", 'Even the "..." presidential candidate John McCain saw ...': a role in words of
# its own (lower case, an adjective, a quotation) before the name that opens the title, the
# name then its verb, with no comma
_WORDED_SUBJECT = recache.compile(r"(?P<subject>(?:[^\s,;:()]+\s+){1,12}?(?:[A-Z][\w’'.-]+\s+){1,3}"
                                  r"[A-Z][\w’'-]*[\w-])\s+(?P<verb>[a-z][\w’'-]*)")
# what makes the words before a name no role: a link word, a preposition (the name is then
# another's: "Claims by BNP leader Nick Griffin that", "The probe into Fannie Mae widened")
_NOT_IN_ROLE = frozenset("""of for at to with from in on by into onto off up about against over
under after before during including like as than and or but nor that which who whom whose when
while where if because since until say says said tell tells told think thinks thought believe
believes expect expects hope hopes report reports""".split())  # (and a saying: "Officials say")
# a noun for a person, as a role before a name ends: "spokesman", "editor", "chief executive",
# "nominee", "star" (not "the purple bracelet Mr Gibbs is wearing")
_PERSON_ENDS = ("man", "woman", "person", "er", "or", "ist", "ian", "ant", "ent", "ee", "ive", "ief",
                "ate", "al", "ge", "oy", "de", "ey", "ero", "ar", "ary", "star", "boss", "head")


def _without_worded_role(s: str) -> str:
    """The title's subject without a role in lower-case words before the person's name, which
    the shorter pattern of capitalised ranks does not take ("BP spokesman David Nicholas" ->
    "David Nicholas"); not when the words before the name hold a verb or a link word (a
    clause, or another's name), nor when no verb follows the name. Then a speaker named
    after a quotation the same way ('..." Federal Reserve Chairman Ben S. Bernanke told ...')."""
    m = _WORDED_SUBJECT.match(s)
    if m and _verb_like(m["verb"]) and (person := _named(m["subject"])):
        s = person + s[m.end("subject"):]
    if len(s) > TITLE_MAX and (m := _SPEAKER_AFTER_QUOTE.search(s)) and (
            person := _named(m["subject"])):
        s = s[:m.start("subject")] + person + s[m.end("subject"):]
    return s


# '..." Federal Reserve Chairman Ben S. Bernanke told students ...': a speaker with a role,
# after the quotation that is what was said
_SPEAKER_AFTER_QUOTE = recache.compile(r"[,!?][\"”]\s+(?P<subject>(?:[^\s,;:()\"“”]+\s+){1,10}?(?:[A-Z][\w’'.-]+\s+)"
                                       r"{1,3}[A-Z][\w’'-]*[\w-])\s+(?:said|says|told|tells|added|"
                                       r"adds|wrote|writes|warned|insisted|explained)\b")


def _named(subject: str) -> str:
    """The person `subject` names, when what is before the name is a role that can go: words
    for a person or a rank, no link word, preposition, saying or verb; else ""."""
    person = _person(subject)
    role = subject[:len(subject) - len(person)] if person else ""
    words = role.lower().replace('"', " ").split()
    if (not person or not subject.endswith(person) or not words
            or person.rsplit(" ", 1)[-1] in _ROLE_ENDS or _NOT_IN_ROLE.intersection(words)
            or not (words[-1].endswith(_PERSON_ENDS) or role.rstrip()[-1:] == "."
                    or role.split()[-1][:1].isupper())  # (a rank: "Sen.", "Secretary")
            or reads_as_happening("a b " + role.replace('"', " "))
            or role.count('"') % 2 or role.count("“") != role.count("”")):
        return ""
    return person


def _verb_like(word: str) -> bool:
    """Whether a word after a name can be its verb: a finite one, a past, a present in -s."""
    return word in _FINITE or word.endswith("ed") or (word.endswith("s") and not word.endswith("ss"))


def _without_subject_participle(s: str) -> str:
    """The title's subject, then a reported clause's, without its participle phrase or
    relative clause; the first that can go goes."""
    starts = [0] + [m.end() for m in _SAYING.finditer(s, 0, 80)]
    for at in starts:
        short = _without_participle_at(s, at)
        if short == s:
            short = _without_who_at(s, at)
        if short != s:
            return short
    return s


def _subject_ok(m: re.Match) -> bool:
    return not (_NOT_NOUN_END.search(m["subject"]) or _NOT_SUBJECT.match(m["subject"])
                or m["subject"].endswith(("'s", "’s")) or reads_as_happening("a b " + m["subject"])
                or re.search(r"\band\b", m["modifier"]) or _PRONOUN_LAST.search(m["modifier"])
                or _SENTENCE_INSIDE.search(m["modifier"]))


def _without_who_at(s: str, at: int) -> str:
    m = _SUBJECT_WHO.match(s, at)
    if (m is None or not _subject_ok(m) or _WHO_NEEDED.match(m["subject"])
            or _CLAUSE_INSIDE.search(s, m.end("own"), m.end("modifier"))
            or m["own"] in _NOT_OWN_VERB):
        return s
    return s[:m.end("subject")] + s[m.start("verb") - 1:]


# what after "who" is no verb of the clause's own: the clause would go on past the main verb
_NOT_OWN_VERB = frozenset("""also still then now not never only just""".split())


def _without_participle_at(s: str, at: int) -> str:
    m = _SUBJECT_PARTICIPLE.match(s, at)
    if (m is None or m["opener"] in _NOT_PARTICIPLE or _NOT_NOUN_END.search(m["subject"])
            or _NOT_SUBJECT.match(m["subject"]) or m["subject"].endswith(("'s", "’s"))
            or reads_as_happening("a b " + m["subject"]) or not _PHRASE_NEXT.match(m["next"])
            or _CLAUSE_INSIDE.search(s, m.end("opener"), m.end("modifier"))
            or re.search(r"\band\b", m["modifier"]) or _PRONOUN_LAST.search(m["modifier"])
            or _SECOND_ING.search(s, m.end("opener"), m.end("modifier"))
            or _SENTENCE_INSIDE.search(m["modifier"])):
        return s
    return s[:m.end("subject")] + s[m.start("verb") - 1:]


# ", which ...", ", while ...", ", as ...": a clause after the main one, set off by its comma
_TRAILING_CLAUSE = recache.compile(r",\s+(?:which|while|whereas|as|although|though|because|after|"
                                   r"before|when|even as|even though|but)\s")


# "But as one historian noted, ...", "At one stage ...": a title that opens on a fronted
# phrase, whose main clause may not be the one before the trailing clause
_FRONTED = recache.compile(r"(?:(?:but|and|yet|so)\s+)?(?:as|when|while|after|before|if|although|though|"
                           r"because|since|despite|with|at|in|on|for|by|during|until|once|whatever|"
                           r"whenever)\b", re.IGNORECASE)


# "noted in a letter to the company's chief that ...", "the first time since the explosion
# aboard the rig that ...": a phrase between a saying (or "the first time") and what its
# "that" says, which pushes what was said off the line
_PHRASE_BEFORE_THAT = recache.compile(
    r"\b(?:said|says|noted|notes|told\s+[\w’'-]+|reported|reports|confirmed|confirms|announced|"
    r"announces|warned|warns|argued|argues|wrote|writes|acknowledged|admitted|agreed|insisted|"
    r"(?:first|second|third|last|only)\s+time)(?P<phrase>\s+(?:since|in|on|at|during|after|"
    r"before|aboard|from|by)\s+[^,;:\"“”()]{3,90}?)\s+that\s")


_PHRASE_HEAD = recache.compile(r"\s+since\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?[\w’'-]+"
                              r"(?=\s+(?:at|in|on|aboard|of|near|off|inside|outside|by)\s)")


def _without_phrase_before_that(s: str) -> str:
    """`s` without a phrase between a saying and its "that", when the title then fits its
    line: a cut before what was said names nothing that happened."""
    m = _PHRASE_BEFORE_THAT.search(s)
    if m is None or _in_quotation(s, m.start()):
        return s
    cut = m.start("phrase")
    if (s[m.start():m.start("phrase")].endswith("time")
            and (head := _PHRASE_HEAD.match(s, m.start("phrase")))):
        # "the first time since the flood at the old mill that ...": "since the flood" says
        # what the first time is counted from; its own place goes
        cut = head.end()
    shorter = s[:cut] + s[m.end("phrase"):]
    return shorter if len(shorter) <= TITLE_MAX else s


def _without_trailing_clause(s: str) -> str:
    """`s` up to the last subordinate clause that begins on the line, when the main clause
    before it says what happened: the title then ends where a clause ends, as a clause cut
    does, and needs no ellipsis."""
    ends = [m.start() for m in _TRAILING_CLAUSE.finditer(s, 50, TITLE_MAX + 1)]
    if (not ends or not reads_as_happening(s[:ends[-1]]) or s.count('"', 0, ends[-1]) % 2
            or _FRONTED.match(s)):
        return s
    return s[:ends[-1]]


def _squeeze(s: str) -> str:
    return re.sub(r"\s+([,.;:!?])", r"\1", re.sub(r"\s{2,}", " ", s)).strip()


# a capitalised word: a name's, or a name-like phrase's ("the White House", "Gulf of Mexico")
_CAPITAL = recache.compile(r"[A-Z][\w’'.&-]*")
# what a phrase opens with: the end of the title before it is whole ("... the Oval Office|
# inside the White House")
_PHRASE_OPENER = frozenset("""in inside on at of for from with by into onto near outside over under
after before during across through between against toward towards to and or but while as""".split())
_NAME_LINKS = frozenset("of the and for de da du von van".split())
# a verb whose phrase the opener begins ("morphed into", "to blame for"): without it the verb
# would lose its object, which a cut inside a name at least begins to show
_VERB_BEFORE = recache.compile(r"(?:[a-z]+ed|is|are|was|were|be|been|has|have|had)$")


def phrase_cut(s: str, limit: int) -> int:
    """Where to cut `s` to at most `limit` characters: at the last word boundary, or, when
    that falls inside a name ("inside the White…"), before the phrase the name is in, so
    the title ends on a whole phrase; -1 when there is no space."""
    cut = s.rfind(" ", 0, limit)
    if cut <= 0:
        return cut
    after = s[cut + 1:].split(" ", 1)[0]
    words = s[:cut].split(" ")
    if not (_CAPITAL.fullmatch(after) and _CAPITAL.fullmatch(words[-1])):
        return cut
    i = len(words) - 1  # back to the name's first word, through "of", "the", "de"
    while i > 0 and (_CAPITAL.fullmatch(words[i - 1]) or words[i - 1] in _NAME_LINKS):
        i -= 1
    while i > 0 and words[i - 1].lower() in ("the", "a", "an"):
        i -= 1
    if i == 0 or words[i - 1].lower() not in _PHRASE_OPENER:
        return cut  # no phrase before the name to cut at: the name's own cut it is
    if i >= 2 and (_VERB_BEFORE.match(words[i - 2]) or words[i - 2] in _FINITE
                   or (i >= 3 and words[i - 3] == "to")):
        return cut
    at = len(" ".join(words[:i - 1]))
    return at if at > 60 else cut
