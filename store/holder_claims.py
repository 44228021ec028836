"""Claims that cannot stand without their holder, by their shape alone.

A reported clause whose subject holds a pronoun ("BP said the cost of its response had
reached ...", "Sirleaf said her country was feeling ...") points back to the speaker: with
the saying trimmed, "its" and "her" point to nothing. A claim in the present simple under a
past saying ("The size of the gain reflects bargain hunting, analysts said") was not
shifted back to the saying's time: the speaker holds it as still true, a view or a reading
of events, not a report of what happened. Both keep their holder (store/attribution.py).
"""

from __future__ import annotations

from .title_reads import _FINITE

# third-person pronouns that name no one by themselves
_BACK = frozenset("it its his her their they them him he she".split())
# what opens a reported clause before its subject
_OPENING = frozenset("that but and so yet".split())
_SUBJECT_WORDS = 12
_SUBORDINATORS = frozenset("""as when if while after before because since although though once
until unless whether""".split())


def points_back(s: str, pos: int) -> bool:
    """Whether the reported clause at `pos` holds a pronoun in its subject, before the
    clause's first verb ("the dispersants it began to use were ...", "her country, and others
    in Africa, were ..."): its noun is outside the clause, the speaker's. A pronoun after the
    verb ("the company raised its forecast") or after a name ("a memoir by X about his
    brother") has its noun in the clause, and does not count."""
    words = s[pos:pos + 140].split()[:_SUBJECT_WORDS]
    if words and words[0].lower() in _OPENING:
        words = words[1:]
    if words and words[0].lower() in _SUBORDINATORS:
        return False  # ("said that as he had been made redundant, he ...": no subject yet)
    for i, w in enumerate(words):
        lw = w.lower().strip(_PUNCTUATION)
        if lw in _BACK:
            return True
        if i and w.lstrip(_PUNCTUATION)[:1].isupper():
            return False  # ("a memoir by Jermaine Jackson about his brother": the name's)
        if lw in _FINITE or (lw.endswith("ed") and len(lw) > 4) or _verb_s(words, i):
            return False  # ("the government needs to end its subsidies": the clause's own)
    return False


_PUNCTUATION = ",.;:\"“”()‘’'"


# nouns' endings that look like a verb's "-s"
_NOT_VERB_S = ("ss", "us", "is", "ics", "'s", "’s", "ies'", "s'")
# what comes before a plural noun, never before a verb
_BEFORE_NOUN = frozenset("""the a an its his her their our my your this that these those of in
on at to for by with from and or some many more most all any no few several such other
each every both which whose about nearly almost over under around one two three four five six
seven eight nine ten eleven twelve twenty thirty forty fifty hundred hundreds thousand
thousands million millions billion billions dozen dozens""".split())
# what follows a plural noun, seldom a verb: a relative, a conjunction, an adverb before a
# verb, a preposition ("tar balls from the leak")
_AFTER_NOUN = frozenset("""who which that whose whom where and or but then also still now
already later once of in on at to for by with from into over under about after before during
since through across against among between near""".split())
_PRESENT_CHECK = 10
_PRONOUN_SUBJECTS = frozenset("that this it".split())


def present_claim(claim: str) -> bool:
    """Whether a claim's main verb is a present in "-s" ("the size of the gain reflects
    bargain hunting"): a first verb after its subject, with no past or auxiliary before it,
    and not a plural noun (after a determiner, a preposition, a number or a possessive;
    before a verb: "oil prices rose")."""
    words = claim.split()[:_PRESENT_CHECK]
    for i, w in enumerate(words):
        lw = w.lower().strip(_PUNCTUATION)
        if lw in _FINITE or (lw.endswith("ed") and len(lw) > 4):
            return False
        if _verb_s(words, i):
            return True
    return False


def _verb_s(words: list[str], i: int) -> bool:
    """Whether `words[i]` is a verb in the present's "-s" after its subject."""
    w = words[i]
    lw = w.lower().strip(_PUNCTUATION)
    if not (i and lw.endswith("s") and w.islower() and len(lw) > 3
            and not lw.endswith(_NOT_VERB_S) and not w.endswith((",", ";", ":", ")"))):
        return False
    prev = words[i - 1].lower().lstrip("(\"“")
    if ((prev in _BEFORE_NOUN and not (i == 1 and prev in _PRONOUN_SUBJECTS))
            or prev[:1].isdigit() or prev.endswith(("'s", "’s", ","))):
        return False  # ("That beats the record": a pronoun, not a determiner, before it)
    after = words[i + 1].lower().strip(_PUNCTUATION) if i + 1 < len(words) else ""
    return bool(after) and not (after in _FINITE or after.endswith("ed") or after in _AFTER_NOUN)
