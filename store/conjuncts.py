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
