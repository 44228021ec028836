"""The part of a sentence that one date phrase dates when another date shares the sentence:
each conjunct is its own date's happening ("... since last week and on Tuesday captured Hill
900")."""

from __future__ import annotations

from . import recache

_AND = recache.compile(r",?\s+and\s+")
_RANGE_JOINT = recache.compile(r"\s*[-–—]\s*|\s+(?:to|through|until)\s+")  # "In 1946 - [1973]"
_LEAD_IN = recache.compile(r"(?:(?:on|in|at|by|during|since|until|then|later|earlier)\s+)?")
_PREDICATE = recache.compile(r"\b(?:has|have|had|is|are|was|were|will|would|can|could|did|does|"
                             r"do|may|might|must|should|\w+ed)\b")


_OWN_SUBJECT = recache.compile(r",?\s+(?:[A-Z][\w’'.-]+|the|a|an|his|her|their|its)\s")


def own_conjunct(sentence: str, rel_start: int, rel_end: int,
                 others: list[tuple[int, int]]) -> tuple[str, int, int]:
    """The part of a sentence that a phrase dates, when another date shares the sentence.

    "Troops have been on the offensive since last week and on Tuesday captured
    Hill 900": 'last week' dates the offensive, 'on Tuesday' the capture, and
    each event's title should say its own. Conjuncts are cut at the "and"
    between the two phrases; a later conjunct keeps the shared subject (the
    words before the first predicate). Offsets are relative to `sentence`.
    """
    def joint_before(phrase_start: int, lo: int):
        """The "and" right before a phrase ("... and on Tuesday captured"), if any."""
        for m in _AND.finditer(sentence, lo, phrase_start):
            if _LEAD_IN.fullmatch(sentence, m.end(), phrase_start):
                return m
        return None

    for o_start, o_end in sorted(others):
        if o_start >= rel_end:  # the other date comes later: stop before its conjunct
            if _RANGE_JOINT.fullmatch(sentence, rel_end, o_start) or (
                    (joint := joint_before(o_start, rel_end))
                    and not (sentence[rel_end:joint.start()].strip(" ,")
                             or sentence[joint.end():o_start].strip())):
                # "In [1946] - 1973 we had ...", "July [and August] will be": the range's
                # other end, or the date joined to it, goes with the date (one span)
                # (the phrase spans the range, so that a title that keeps its date keeps
                # both ends: "served as director from 1999 to 2001")
                return own_conjunct(sentence, rel_start, o_end, [(a, b) for a, b in others
                                                                 if a >= o_end])
            if joint:
                sentence = sentence[:joint.start()]
        elif o_end <= rel_start and _RANGE_JOINT.fullmatch(sentence, o_end, rel_start):
            # "locations 22 April - [15 May] Efforts ...": the range's other end goes with it
            # (the phrase now spans the range, and is taken out whole)
            return own_conjunct(sentence, o_start, rel_end, [(a, b) for a, b in others
                                                             if (a, b) != (o_start, o_end)])
        elif o_end <= rel_start:  # it came earlier: drop its predicate, keep the subject
            joint = joint_before(rel_start, o_end)
            verb = _PREDICATE.search(sentence, 0, o_start)
            # "... and in [May], a woman of 90 was rescued": the conjunct has its own subject
            own = _OWN_SUBJECT.match(sentence, rel_end)
            # (nor "for 2003 and [2004]": the "and" joins the date to another date, which is
            # no earlier conjunct's)
            paired = bool(joint) and not sentence[joint.end():rel_start].strip() and any(
                not sentence[b:joint.start()].strip(" ,") for _a, b in others
                if b <= joint.start())
            if joint and (verb or own) and not paired and (
                    sentence[o_end:joint.start()].strip(" ,")
                    or sentence[joint.end():rel_start].strip()):
                # (not "between 1970 and [2000]": two dates joined, one span of time)
                cut_from, cut_to = (0 if own else verb.start()), joint.end()
                sentence = sentence[:cut_from] + sentence[cut_to:]
                rel_start -= cut_to - cut_from
                rel_end -= cut_to - cut_from
                others = [(a - (cut_to - cut_from), b - (cut_to - cut_from))
                          for a, b in others if a >= cut_to]
                return own_conjunct(sentence, rel_start, rel_end, others)
    return sentence, rel_start, rel_end


# "Regional leaders pledged assistance and a contingent from the agency was expected to
# arrive [on Wednesday]": a clause joined by a bare "and", with a subject of its own (a noun
# phrase with no verb) and a finite verb before the date
_AND_CLAUSE = recache.compile(r"\s+and\s+(?=(?:the|a|an|its|their|his|her|some|many|several|two|three|"
                              r"[A-Z][\w’'.-]*)\s)")
_OWN_VERB = recache.compile(r"\s(?:was|were|is|are|has|have|had|will|would|could|can|may|might|must|"
                            r"should)\s")


_NOT_IN_SUBJECT = frozenset("that which who whom where when to".split())
_SAID_BEFORE = recache.compile(r"\b(?:that|said|says|say|told|tells|shows|showed|found|reported|reports|"
                               r"warned|believes|thinks|expects|estimates)\b")


def dated_conjunct(s: str, mark: str, limit: int) -> str:
    """The clause of `s` that holds the date's place (`mark`), when `s` is longer than `limit`
    and joins two clauses, each with its own subject, by a bare "and": the title is the date's
    own clause, not the first one cut before the second's verb."""
    at = s.find(mark)
    if at < 0 or len(s) <= limit or " and " not in s[:at]:
        return s
    for m in reversed(list(_AND_CLAUSE.finditer(s, 0, at))):
        verb = _OWN_VERB.search(s, m.end(), at)
        if verb is None or verb.start() - m.end() > 90:
            continue
        subject = s[m.end():verb.start()]
        if (not _reads(s[:m.start()]) or _reads("a b " + subject)
                or any(c in subject for c in ",;:\"“”()")
                or _NOT_IN_SUBJECT.intersection(subject.lower().split())
                # (not inside what someone said: "said that 7 percent were ... and 3 percent
                # were ...", "said warm weather and a lack of wind can ...": the holder goes)
                or _SAID_BEFORE.search(s, 0, m.start())):
            continue
        rest = s[m.end():]
        return rest[:1].upper() + rest[1:]
    return s


def _reads(words: str) -> bool:
    # (title_reads imports nothing of this module; imported here to keep the import order)
    from .title_reads import reads_as_happening
    return reads_as_happening(words)
