"""A sentence trimmed to what a title keeps: the attribution ("..., the Observatory said",
"according to ..."), appositives, ages, asides and empty tails go, and a long one is cut
to the clause that holds the date phrase (which clause: store/date_clause.py; spacing and
stray stops after each cut: store/title_tidy.py; store/mention_titles.py places the phrase
and recovers the subject; this module only cuts)."""

from __future__ import annotations

import re

from . import recache
from .attribution import (
    _drop_attribution,
    said_as_colon,
    said_aside_first,
    short_speaker,
)
from .clause_whole import made_whole
from .date_clause import _NAME_ONLY, _RELATIVE_OPEN, _clause
from .title_fit import compress, phrase_cut
from .title_reads import reads_as_happening as _reads_as_happening
from .title_reads import undangle
from .title_tidy import tidy
from .title_words import (
    _APPOSITIVE,
    _SEGMENT,
    _WORDS,
    MARK,
    SO_CONNECTIVE,
    TITLE_MAX,
    lacks,
    segments,
)

_DATELINE = recache.compile(r"^(?:\([^()]{1,60}\)\s*)?(?:[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][\w.]{1,15},?)?"
                            r"(?:,?\s*(?:" + MARK + r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2}))?(?:\s*\([^)]{1,20}\))?"
                            r"\s*[—–-]{1,2}\s*)?")
# "News From Around The Web WASHINGTON -- ...": a link's words in title case before a dateline
_TITLE_CASE_BEFORE_DATELINE = recache.compile(r"^(?:[A-Z][\w’'&-]*\s+){2,8}(?=[A-Z]{3,}[A-Z .'’-]*"
                                              r"(?:,\s*[A-Z][\w.]{1,15},?)?\s*(?:—|–|--)\s)")
_CONNECTIVE = recache.compile(
    r"^(?:and|but|" + SO_CONNECTIVE + r"|also|however|meanwhile|separately|moreover|still|then|yet|"
    r"in addition|in other news|since then|by then|at the time|elsewhere|earlier|later)"
    r"(?:\b[,\s]+|\s*,\s*)(?=\S)",
    re.IGNORECASE,
)


# "Cox, 56, a former congressman, became ...", "The mayor, 56, resigned": an age
_AGE = recache.compile(r"(?<=[A-Za-z]),\s+\d{1,3},(?=\s)(?P<appositive>\s+(?:a|an|the|who|now)\b)?")


def _without_age(m: re.Match) -> str:
    return "," + m.group("appositive") if m.group("appositive") else ""


# a finite verb outside a relative clause: "the council paid 40 invoices" is no appositive
_CLAUSE_VERB = recache.compile(r"^(?:(?!\b(?:that|which|who|whose)\b).)*?\b(?:is|are|was|were|has|have|"
                               r"had|will|would|paid|said|made|took|\w+ed|"
                               # "the backlog stood at 40,000 homes -- roughly what ...": an
                               # irregular past that no appositive's participle reads as
                               r"stood|rose|fell|grew|sank|came|went|began|became|saw|"
                               r"gave|told|sold|bought|brought|spoke|wrote|drew|swung|shrank|"
                               # "the new plan needs to be flexible": a present verb, a modal
                               r"could|might|must|should|(?:needs|seems|appears)(?=\s+to\b))(?:\s|$)",
                               re.IGNORECASE)


def _drop_appositives(s: str) -> str:
    """ "Palmyra, home to famed Roman ruins, has been ..." -> "Palmyra has been ..." """
    parts = segments(s)
    if len(parts) < 3:
        return s
    seps = _SEGMENT.findall(s)
    keep = [parts[0]]
    for i in range(1, len(parts) - 1):
        nxt = parts[i + 1]
        if (MARK not in parts[i] and seps[i - 1].strip() not in (":", ";")
                # (after a colon it is what the clause announced, which ends there: "another
                # crisis: a meltdown that saw banks fail, be forced into mergers ...")
                and (_APPOSITIVE.match(parts[i])
                                      or _role_after_name(keep[-1], parts[i]))
                and not _CLAUSE_VERB.search(parts[i])  # "the council paid ...": a clause
                and nxt.lstrip(MARK + " ")[:1].islower()
                # (not a list's next item: "survivors, who lack food, water, shelter and care")
                and not (_LIST_ITEM.fullmatch(nxt.strip(MARK + " ")) and i + 2 < len(parts)
                         and _LIST_END.match(parts[i + 2]))
                and not _APPOSITIVE.match(nxt)):
            if i + 2 < len(parts) and _aside_list_end(nxt, parts, i):
                # "The trio, which toured with a brass section, two drummers and a choir,
                # split up": the aside's list ends on its "and"; the predicate comes after it
                keep[-1] = keep[-1] + " " + parts[i + 2]
                parts[i + 1] = parts[i + 2] = ""
                continue
            keep[-1] = keep[-1] + " " + nxt
            parts[i + 1] = ""
            continue
        if parts[i]:
            keep.append(parts[i])
    if parts[-1]:
        keep.append(parts[-1])
    return s if len(keep) == len(parts) else ", ".join(keep)


def _aside_list_end(nxt: str, parts: list[str], i: int) -> bool:
    """Whether `nxt`, after the aside `parts[i]`, is the last item of a list the aside began
    (a noun phrase with "and" or "or", no verb), with a predicate in lower case after it."""
    after = parts[i + 2].lstrip(MARK + " ")
    return bool((" and " in nxt or " or " in nxt) and MARK not in nxt and after[:1].islower()
                and _RELATIVE_OPEN.match(parts[i]) and not _APPOSITIVE.match(after)
                and not _CLAUSE_VERB.search(nxt) and not _LIST_NOT_NOUN.match(nxt))


# what opens no list item: a pronoun, a link word ("he said, and then ..."), a participle
# ("referring to X and Y")
_LIST_NOT_NOUN = recache.compile(r"(?:he|she|they|it|we|i|you|and|or|but|then|so|as|if|when|while|"
                                 r"because|although|though|[a-z]+ing)\b")
_LIST_ITEM = recache.compile(r"(?!(?:said|says|say|added|adds|told|sank|fell|rose|[a-z]+ed)\b)"
                             r"[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?")
_LIST_END = recache.compile(r"[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2}\s+(?:and|or)\s")
# "Lael Brainard, deputy economic adviser under Clinton who ..., is expected": a role after
# a name, in lower case and with no article; what cannot open one: a verb, a preposition,
# a conjunction or a pronoun
_NOT_ROLE = recache.compile(r"(?:is|are|was|were|has|have|had|will|would|can|could|may|might|said|"
                            r"says|[a-z]+ed|[a-z]+ing|[a-z]+ly|to|in|on|at|of|for|from|by|with|into|"
                            r"and|or|but|so|nor|yet|then|which|who|whose|that|where|when|while|as|if|"
                            r"he|she|they|it|we|i|you|there|not|also|both|all|only|even)\b")


def _role_after_name(before: str, segment: str) -> bool:
    """Whether `segment` is a role set after a clause's subject that is a name and nothing
    else (a name at the end of a longer segment may be an object, its role one of a list)."""
    return (segment[:1].islower() and not _NOT_ROLE.match(segment)
            and bool(_NAME_ONLY.fullmatch(before)))


# "GE's ability to live in both worlds -- capitalizing on the safety net -- existed ...": an
# aside between paired dashes, which a title reads better without
_DASH_ASIDE = recache.compile(r"\s+(?P<dash>--|—|–|-)\s+(?P<aside>(?:(?!\s(?:--|—|–)\s)[^\n]){2,160}?)"
                              r"\s+(?P=dash)\s+(?=\S)")


_PARENTHESIS = recache.compile(r"\s*\((?P<aside>[^()\n]{1,80})\)(?=[\s,.;:])")


def _without_aside(m: re.Match) -> str:
    if _SOURCE_ASIDE.match(m.group("aside")):
        # "Summers, it turns out -- according to statements released late on [Friday] --
        # was paid ...": the aside's date is when the source spoke, and the aside only says
        # where the news came from; without it the subject keeps its verb
        return ", " if m.string[:m.start()].rstrip()[-1:].isalpha() and "," in m.string[
            max(0, m.start() - 30):m.start()] else " "
    if MARK in m.group("aside") or _CLAUSE_ASIDE.match(m.group("aside")):
        return m.group(0)
    return " "


_HEDGE_ASIDE = recache.compile(r"(?<=[\w.’'])\s*,\s+it\s+(?:turns\s+out|turned\s+out|seems|seemed|appears|"
                               r"appeared|emerged|emerges|transpires|transpired)\s*,\s+(?=[a-z])")
_SOURCE_ASIDE = recache.compile(r"(?:according\s+to|as\s+(?:reported|revealed|disclosed)\s+(?:by|in))\s",
                                re.IGNORECASE)


# "was an addict - and he had told me so - addicts may ...": a clause of its own between
# dashes, after which the sentence starts again; without it the two halves run together
_CLAUSE_ASIDE = recache.compile(r"(?:and|but)\s+(?:he|she|they|we|I|you|it)\s")


def _without_naming_aside(m: re.Match) -> str:
    aside = m.group("aside")
    if MARK not in aside or _reads_as_happening(aside.replace(MARK, " ")):
        return m.group(0)
    return " " + MARK + " "


# a clause that opens on its verb, with no subject
_BARE_VERB = recache.compile(r"(?:was|were|is|are|has|have|had|will|would)\s")


def _trim(s: str) -> tuple[str, str]:
    """(the happening's clause, the whole sentence without attribution), both clean."""
    s = _DATELINE.sub("", _TITLE_CASE_BEFORE_DATELINE.sub("", s.strip(), 1))
    if s.count(" -") + s.count("—") + s.count("–") >= 2:  # a pair, or no aside
        s = _DASH_ASIDE.sub(_without_aside, s)
        if MARK in s and len(tidy(s)) > TITLE_MAX:
            # "The two worst floods -- the flood of 1952 and the [1987] surge -- came in ...":
            # an aside that only names, with no verb, gives way to the clause around it
            s = _DASH_ASIDE.sub(_without_naming_aside, s)
    if " and that " in s and MARK in s:
        s = _own_reported_clause(s)
    kept, s = s, _drop_attribution(s)
    if s != kept and _BARE_VERB.match(s.lstrip(" ,;:" + MARK)):
        # "police carried out what they said was an interview": what went was no one's
        # saying of the sentence but its subject and verb, which a bare "Was ..." lacks
        s = kept
    if ", " in s and any(map(str.isdigit, s)):  # (map: no generator step a character)
        s = _AGE.sub(_without_age, s)
    for _ in range(3):
        s2 = _CONNECTIVE.sub("", s.lstrip(" ,;:" + MARK))
        if s2 == s:
            break
        s = s2
    s = said_aside_first(s)
    if len(tidy(s)) > TITLE_MAX and len(tidy(colon := said_as_colon(s))) <= TITLE_MAX:
        s = colon  # "Obama: the oil disaster will have ...": its end now shows
    else:
        s = short_speaker(s)  # "US President Barack Obama said" -> "Barack Obama said"
    if "(" in s and len(tidy(s)) > TITLE_MAX:
        s = _PARENTHESIS.sub(_without_aside, s)  # "(RILA)", "(# 315m)": asides, when long
    if len(tidy(s)) > TITLE_MAX and ", it " in s:
        # "Summers, it turns out, was paid ...": a hedge between a subject and its verb, which
        # the clause cut would take for the end of a clause ("Summers")
        s = _HEDGE_ASIDE.sub(" ", s)
    whole = s
    if len(tidy(s)) > TITLE_MAX:
        s = _drop_appositives(s)
    if len(tidy(s)) > TITLE_MAX:
        s = _clause(s)
        dated = MARK in s  # the date's own clause (not a lead's first)
        for _ in range(2):  # "and later when he became chairman": both go
            s = _CONNECTIVE.sub("", s.lstrip(" ,;:" + MARK))
        if (dated and len(_WORDS.findall(s.replace(MARK, " "))) <= 5
                and (at := whole.find(s)) >= 0):
            s = _with_adjunct(s, whole[at + len(s):])
        s = made_whole(s, whole)  # a subject, a noun, what was said (store/clause_whole.py)
        if s.count('"') % 2 and (at := whole.find(s)) >= 0:
            # 'warned against being of "faint heart, fearful of change, ..."': a clause cut
            # at a comma inside its quotation runs on to where the quotation closes
            close = whole.find('"', at + len(s))
            if 0 < close - at - len(s) < TITLE_MAX:
                s = whole[at:close + 1]
    return tidy(s), tidy(whole)


def _with_adjunct(s: str, rest: str) -> str:
    """A thin clause and the verbless phrase after its comma ("Minerva saw it coming, far
    earlier and with far more acuity than the government"), which says what it adds."""
    m = _ADJUNCT.match(rest)
    if (m is None or _reads_as_happening(m["adjunct"]) or _ADJUNCT_NOT.match(m["adjunct"])
            or len(s) + len(m["adjunct"]) > TITLE_MAX or m["adjunct"].count(" ") < 2
            or not _reads_as_happening(s.replace(MARK, " "))
            # (not an aside inside the clause: "made a profit, on a cost basis, of $5bn")
            or _CLAUSE_GOES_ON.match(rest, m.end("adjunct"))):
        return s
    return s.rstrip(" " + MARK) + ", " + m["adjunct"]


_ADJUNCT = recache.compile(r"\s*" + MARK + r"?\s*,\s+(?P<adjunct>[a-z][^,;:()\"“”]{8,90}?)\s*(?:[,;:.]|$)")
_CLAUSE_GOES_ON = recache.compile(r"\s*,\s+(?:of|to|for|with|from|by|in|on|at)\s")
# no relative, link word, pronoun or quotation's verb: those open clauses of their own
_ADJUNCT_NOT = recache.compile(r"(?:which|who|whom|whose|that|where|when|while|and|but|or|so|as|if|"
                               r"because|although|though|he|she|they|it|we|i|you|says|said|according|"
                               r"including|[a-z]+ing)\b")


# "said he gave both sides homework and that when talks continue [Monday], he will ...": a
# second reported clause after its own "and that"
_AND_THAT = recache.compile(r",?\s+and that\s+(?!(?:of|is|was|has|had|will|would|could|may|might|"
                            r"can|should|must|does|did|seems|means|[a-z]+ed)\b)")
_SAYING_BEFORE = recache.compile(r"\b(?:said|says|say|added|told|announced|insisted|argued|stated|"
                                 r"warned|claimed|reported|noted|believes?|believed|thinks?|thought)\b")


def _own_reported_clause(s: str) -> str:
    """The reported clause the date is in, when a saying reports two joined by "and
    that": a date after the "and that" dates the second, one before it the first."""
    m = _AND_THAT.search(s)
    if m is None or not _SAYING_BEFORE.search(s, 0, m.start()):
        return s
    if s.find(MARK) > m.end():
        return s[m.end():]
    return s[:m.start()]


# "ISIS had planted explosives, although they had done it [a month ago]": a clause of
# pronouns and a stand-in verb after the happening says nothing a reader can scan
_EMPTY_TAIL = recache.compile(r",?\s+(?:although|though|but|and|as|because|when|while|after|before)\s+"
                              r"(?:they|it|he|she|we|this|that)\s+(?:had\s+|has\s+|have\s+|was\s+|"
                              r"were\s+|would\s+|will\s+)?(?:done|did|do|does|happened|happens|"
                              r"occurred|begun|began|started)(?:\s+(?:it|so|this|that|too))?\s*$",
                              re.IGNORECASE)


_EMPTY_TAIL_VERBS = ("do", "did", "happen", "occurred", "begun", "began", "started")


def without_empty_tail(title: str) -> str:
    if lacks(title, _EMPTY_TAIL_VERBS):
        return title
    m = _EMPTY_TAIL.search(title)
    if m is None or not _reads_as_happening(title[:m.start()]):
        return title
    return title[:m.start()]


def shorten(s: str) -> str:
    """At most TITLE_MAX characters, cut at a word with an ellipsis, never after a word that
    needs what was cut ("higher than…", "the leader of…")."""
    if len(s) <= TITLE_MAX:
        return s
    if len(s) < TITLE_MAX + 12 and " that " in s:
        # "... say that the oil spill is a major disaster": a saying's "that" can go, and
        # the title then ends where its sentence does
        m = _SAY_THAT.search(s)
        # (what was said keeps its verb: not a clause cut before it, "found that New York
        # and London")
        if m and len(s) - 5 <= TITLE_MAX and _reads_as_happening(s[m.end():]):
            return s[:m.end("verb")] + " " + s[m.end():]
    s = compress(s)  # asides and a subject's modifier go next (store/title_fit.py)
    if len(s) <= TITLE_MAX:
        return s
    cut = phrase_cut(s, TITLE_MAX - 1)
    kept = undangle(s[: cut if cut > 40 else TITLE_MAX - 1]) + "…"
    if not open_quote(kept):
        return kept
    # a cut inside someone's words closes them, so the quotation does not run on unclosed
    cut = phrase_cut(s, TITLE_MAX - 2)
    kept = undangle(s[: cut if cut > 40 else TITLE_MAX - 2]) + "…"
    return kept + ("”" if s.count("“") > s.count("”") else '"')


def open_quote(s: str) -> bool:
    """Whether `s` opens a quotation it does not close (an odd count of straight marks, or
    more curly openings than closings)."""
    return bool(s.count('"') % 2 or s.count("“") > s.count("”"))


_SAY_THAT = recache.compile(r"\b(?P<verb>say|says|said|believe|believes|believed|think|thinks|thought|"
                            r"found|finds|show|shows|showed|warned|warns|argued|argues|claimed|"
                            r"claims|suggests|suggested|reported|reports|estimated|estimates|"
                            r"predicted|predicts|told\s+[\w’'.-]+(?:\s+[\w’'.-]+)?)\s+that\s")
