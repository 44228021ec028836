"""Claims that cannot stand without their holder, by their shape alone.

A reported clause whose subject holds a pronoun ("BP said the cost of its response had
reached ...", "Sirleaf said her country was feeling ...") points back to the speaker: with
the saying trimmed, "its" and "her" point to nothing. A claim in the present simple under a
past saying ("The size of the gain reflects bargain hunting, analysts said") was not
shifted back to the saying's time: the speaker holds it as still true, a view or a reading
of events, not a report of what happened. Both keep their holder (store/attribution.py).
So does a claim of what may or will be, a state, a comparison or the speaker's quoted words:
a view, which without who holds it reads as the page's own.
"""

from __future__ import annotations

import re

from . import recache
from .title_reads import _FINITE
from .title_words import MARK

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


# What follows reads a claim by its shape: a claim that says what may be, will be or is, a
# comparison or the speaker's quoted words is a view, which needs its holder.

def needs_holder(claim: str) -> bool:
    """Whether a claim is someone's view, reckoning or words rather than a happening: what
    may or will be, a state, a comparison, a quoted phrase."""
    return bool(MODAL.search(claim) or PREDICTION.search(claim) or COMPARED.search(claim)
                or _QUOTED_PHRASE.search(claim)
                or (STATE_CLAIM.match(claim) and not _PASSIVE.search(claim)))


# "The results were known later": a passive with an irregular participle tells a happening
_PASSIVE = recache.compile(r"\b(?:is|are|was|were)\s+(?:[a-z]+ly\s+)?(?:known|shown|done|gone|grown|"
                           r"thrown|drawn|born|begun|run|won|hurt|cut|hit|shut|struck|stuck|hung|led|"
                           r"fed|met|read|heard|told|sold|held|bought|brought|caught|taught|sent|spent|"
                           r"built|lent|lost|paid|laid|left|kept|found|made|put|set|shot)\b")

# a speaker's own words quoted inside the claim, three words or more (not a name in quotes,
# '"top kill"'): '... has "held back the worst of the water"'
_QUOTED_PHRASE = recache.compile(r"[\"“][^\"“”\s]+(?:\s+[^\"“”\s]+){2,}[\"”]")


def claims_view(clause: str) -> bool:
    """Whether a reported clause needs its speaker: a view, a prediction, a present claim,
    or a subject pointing back to them ("it is in touch with ...")."""
    return (needs_holder(clause) or present_claim(clause) or points_back(clause, 0)
            or bool(SUBJECT_BACK.match(clause)))


# "X said the disaster will have ...", "X says the aid industry has become ...": what will be,
# and what someone says now, is a prediction or a view, which without its speaker reads as
# the page's own
PREDICTION = recache.compile(r"\b(?:will|won[’']t|(?:is|are|was|were)\s+(?:not\s+)?(?:likely|unlikely|"
                             r"expected|forecast|projected|predicted)\s+to)\b|\w[’']ll\b")
# participles that name a state of mind or of load, not a happening done to someone ("was
# overwhelmed with work", "were worried about"): a state claim like an adjective's (qs19)
_FEELING = (r"(?:overwhelmed|exhausted|frustrated|worried|concerned|disappointed|pleased|"
            r"satisfied|convinced|determined|surprised|troubled|alarmed|angered|annoyed|"
            r"delighted|embarrassed|distracted|preoccupied|unprepared|unqualified|"
            r"overstretched|isolated|reluctant|committed)\b")
# "X said the bridge was safe", "BP said much investigation remained to be done": what was
# said is a state or a judgement, not a happening, and without who says so it is a bare claim
# (not "Police said two men were arrested": a passive is a happening)
STATE_CLAIM = recache.compile(r"(?:that\s+)?(?:(?:[\w’'-]+|" + MARK + r")\s+){1,6}?(?:is|are|was|were|remains?|remained|"
                               r"seems?|seemed|appears?|appeared|looks?|looked)\s+"
                               r"(?!(?:(?!" + _FEELING + r")[a-z]+ed|[a-z]+en|[a-z]+ing|been|made|held|found|hit|shot|sent|"
                               r"killed|set|put|taken|given|told|seen|built|brought|caught|kept|left|"
                               r"lost|paid|sold|also|still|now|due|expected|set|about|"
                               r"not\s+(?:[a-z]+ed|[a-z]+en|[a-z]+ing|been|yet|known|clear))\b)")

# what a reported clause opens with when it points back to its speaker ("X said he ...")
# (a possessive after the colon reads as the speaker's, "Sirleaf: her country was ...", a
# subject pronoun does not, "Obama: he will ...")
SUBJECT_BACK = recache.compile(r"\W*(?:he|she|they|it|we|i|you|our|my)\b", re.IGNORECASE)

# "X said there have been more thefts ... compared with last year": a comparison is someone's
# reckoning, which without who reckons it reads as the page's own
# (not an amount, "more than 40 doctors"; not "rather than", "other than")
COMPARED = recache.compile(r"\b(?!(?:rather|other|whether|under|after|over|never|ever|either|neither|"
                            r"number|water|order|later|member|officer|quarter)\b)"
                            # ("more than a month ago", "less than two weeks": an amount)
                            r"(?!(?:more|fewer|less)\s+than\s+(?:an?|one|two|three|four|five|six|"
                            r"seven|eight|nine|ten|a\s+few|several)\b)"
                            r"(?:more|fewer|less|higher|lower|larger|smaller|bigger|worse|better|"
                            r"[a-z]{3,}er)\b(?!\s+than\s+(?:about\s+|some\s+|an?\s+|one\s+)?[\d$#£€])"
                            r"[^,;:\"“”]{0,80}?\b(?:than|compared\s+(?:with|to))\b")
# a clause that says what may be, not what was: without who says so it is a bare view
MODAL = recache.compile(r"\b(?:could|would|may|might|should|must|can)\b")
