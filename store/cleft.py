"""A cleft sentence said plainly: "It was X that did Y" is "X did Y", and "It was when X
happened that Y did Z" is "Y did Z when X happened".

A cleft puts one part of its clause up front, after "it was", and the rest after "that";
taken apart by the title's cuts it reads as garble: the relative's head becomes a name in
an aside ("It was a wave of measures, emulated by most Europeans, that converted ..." ->
"Europeans converted ..."), a "when" clause runs into the "that" ("Mr X was elected ... that
the situation began to slip"), the date that was the focus leaves "It was, after ..." or "It
was that ...". The sentence said plainly is what the title is cut from."""

from __future__ import annotations

import re

from . import recache
from .title_reads import _FINITE
from .title_words import quoted

# "it was", "It is only", "it was actually": the cleft's opening, at a clause's start
_OPENING = recache.compile(r"(?:^|(?<=[(,;:]\s)|(?<=\b(?:and|but|yet)\s))[\"“(]?(?P<it>[Ii]t\s+"
                           r"(?:is|was|has\s+been|had\s+been)\s+)(?P<adverb>(?:(?:only|not|just|"
                           r"actually|precisely|really|also|even|perhaps|probably|then)\s+){0,2})")
# a focus that says when or why: a time clause or a preposition's phrase
_ADVERBIAL_FOCUS = recache.compile(r"(?:not\s+)?(?:when|after|before|because|once|since|until|till|"
                                   r"in|on|at|during|by|through|around|about)\s", re.IGNORECASE)
_CLAUSE_FOCUS = recache.compile(r"(?:when|after|before|because|once|since|until|till)\s")
# a focus that names who or what did it
_NOUN_FOCUS = recache.compile(r"(?:the|this|these|those|his|her|their|its|our|a|an)\s|"
                              r"(?!(?:It|He|She|They|We|There|That|What|How|Why|If)\b)[A-Z]")
_INDEFINITE = recache.compile(r"(?:a|an)\s")
_THAT = recache.compile(r"(?P<comma>,\s+)?\b(?P<word>that|who|which)\s+")
# what opens a clause with its own subject (no gap where the focus was)
_SUBJECT_OPENS = recache.compile(r"(?:the|a|an|this|these|those|he|she|they|we|i|you|it|there|his|"
                                 r"her|their|its|our|my|many|some|most|all|few|several|no|each|"
                                 r"every|both|one|two|three|[A-Z0-9$£€])", re.IGNORECASE)
_ADVERB = recache.compile(r"(?:[a-z]+ly|first|then|also|later|still|never|once|now|only|just)\s+")
_WORD = recache.compile(r"[a-z][\w’'-]*")


def _gap_verb(rest: str) -> bool:
    """Whether the words after the cleft's "that" open on a verb, the focus being its subject
    ("that converted ...", "who had first been put ...")."""
    at = 0
    for _ in range(2):
        m = _ADVERB.match(rest, at)
        if not m:
            break
        at = m.end()
    w = _WORD.match(rest, at)
    if not w:
        return False
    word = w[0]
    return (word in _FINITE or word.endswith("ed")
            or (word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3))


def _finite_in(words: str) -> bool:
    return any(w in _FINITE or w.endswith("ed") for w in _WORD.findall(words))


def uncleft(sentence: str, rel_start: int, rel_end: int) -> tuple[str, int, int] | None:
    """The sentence with its cleft said plainly, and the date's offsets in it (equal, where
    the date was the focus and goes with it); None when no cleft holds the date."""
    if "t " not in sentence or "it" not in sentence.lower():
        return None
    for m in _OPENING.finditer(sentence, 0, rel_end):
        if m.end() > rel_start + 1:
            break
        if quoted(sentence, m.start("it")):
            continue
        found = _plain(sentence, m, rel_start, rel_end)
        if found:
            return found
    return None


def _plain(sentence: str, m: re.Match, rel_start: int, rel_end: int) -> tuple[str, int, int] | None:
    start, focus = m.start("it"), m.end()
    lead = sentence[:start]
    adverbial = _ADVERBIAL_FOCUS.match(sentence, focus) or focus >= rel_start
    for t in _THAT.finditer(sentence, focus, min(len(sentence), focus + 320)):
        if t.start() <= focus:
            continue
        rest_at = t.end()
        rest = sentence[rest_at:]
        core = sentence[focus:t.start()].rstrip()
        aside = bool(t["comma"])
        if aside and ", " not in core:
            continue  # "the first tribute to Jackson, who died": a relative about the noun
        if adverbial and t["word"] == "that" and _SUBJECT_OPENS.match(rest):
            if focus >= rel_start or (rel_end <= t.start() and not _CLAUSE_FOCUS.match(core)
                                      and (aside or _date_only(sentence, focus, rel_start,
                                                               rel_end, t.start()))):
                # "It was only [on Monday], after ..., that the firm admitted": the date was
                # the focus, and the clause after "that" is what it dates
                new = lead + rest
                at = len(lead)
                return new, at, at
            if _CLAUSE_FOCUS.match(core):
                # "It was when X was elected [in 2001] that the situation began to slip":
                # the clause, then the time clause it happened in
                body = rest.rstrip()
                stop = body[-1:] if body[-1:] in ".!?" else ""
                body = body[:len(body) - len(stop)]
                new = lead + _capital(body) + " " + core + stop
                shift = (len(lead) + len(body) + 1 - focus if rel_start < t.start()
                         else len(lead) - rest_at)
                return new, rel_start + shift, rel_end + shift
        if adverbial:
            continue  # ("in May of that year that ...": a "that" inside the focus)
        if (not adverbial and _NOUN_FOCUS.match(sentence, focus) and _gap_verb(rest)
                and not _finite_in(core.split(", ", 1)[0])
                and (aside or m["adverb"] or not _INDEFINITE.match(sentence, focus))):
            # "It was a wave of protectionist measures, triggered by ..., that converted the
            # depression ...": the focus is the subject of what follows "that"
            if t.start() < rel_end and rel_start < rest_at:
                return None  # (the date in the cleft's own words)
            join = ", " if aside else " "  # (the aside's closing comma stays)
            new = lead + _capital(core) + join + rest
            shift = (len(lead) - focus if rel_end <= t.start()
                     else len(lead) + len(core) + len(join) - rest_at)
            return new, rel_start + shift, rel_end + shift
        if not aside:
            return None  # the first plain "that" decides
    return None


def _date_only(sentence: str, focus: int, rel_start: int, rel_end: int, that: int) -> bool:
    """Whether the focus is the date with at most its preposition and "the" before it."""
    head = sentence[focus:rel_start].strip().lower()
    return (head in ("", "in", "on", "at", "since", "until", "till", "on the", "in the",
                     "not until", "only in", "only on", "during", "during the", "by", "by the")
            and not sentence[rel_end:that].strip(" ,"))


def _capital(s: str) -> str:
    return s[:1].upper() + s[1:] if s[:1].islower() and not s.startswith(("iP", "eB")) else s
