"""Who speaks: the noun phrase before a saying that names a speaker (a name or a body, not a
pronoun, nor a headline run into the sentence), the person it names, and whether what they
said needs them kept (a view, a prediction, a report, a clause pointing back to them)."""

from __future__ import annotations

import re

from . import recache
from .holder_claims import (
    COMPARED,
    MODAL,
    PREDICTION,
    STATE_CLAIM,
    SUBJECT_BACK,
    points_back,
    present_claim,
)
from .saying import LEADING_SAY, PLAIN_SAY, PRESENT_SAY, SAY_CUES, SAY_START, SAY_VERB, may_say
from .title_words import _WORDS, MARK

# a name, with its rank ("US Secretary of State Hillary Clinton") or before "of the ..."
NAME_FIRST = recache.compile(r"[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*){1,5}"
                              r"(?=\s+(?:of|from|at)\s+the\s|$)")

PREPOSITION_OPEN = recache.compile(r"(?:in|on|at|for|with|by|from|to|during|after|before)\b",
                                    re.IGNORECASE)


def keeps_speaker(s: str, end: int, views: bool = False) -> bool:
    """Whether an attribution opening `s` (up to `end`) names who speaks and says what may
    be or quotes them: a view or a claim needs its speaker. An attribution that is only
    its verb ("said it would ...") names no one, and goes. With `views`, on a whole
    sentence, a prediction ("will") or a saying in the present ("X says ...") keeps a
    speaker that is a noun phrase alone, too; a segment cut from a longer sentence does
    not, as what it reports is often cut there too; nor does a reported clause with an
    aside near its start ("X said Bob Dudley, head of ..., will"), which the cut of
    appositives needs to find at the sentence's start."""
    return (not SAY_START.match(s) and (_quotes_words(s, end) or bool(MODAL.search(s, end))
                                         or (bool(COMPARED.search(s, end))
                                             and not PREPOSITION_OPEN.match(s))
                                         or (views and _reported_by(s, end))
                                         or bool(_PRONOUN_BACK.match(s, end))
                                         or ((bool(_IT_BACK.match(s, end)) or points_back(s, end))
                                             and "," not in s[:end]
                                             and not _OPENS_CLAUSE.match(s)
                                             and speaker_alone(s, end))
                                         or (views and (bool(PREDICTION.search(s, end))
                                                        or bool(STATE_CLAIM.match(s, end))
                                                        or present_claim(s[end:])
                                              or bool(PRESENT_SAY.search(s, 0, end)))
                                             and no_aside_near(s, end)
                                             and speaker_alone(s, end))))


def speaker_said(s: str) -> str:
    """"X said" when `s` opens with a plain speaker (a noun phrase alone, no pronoun) and
    their saying, else "": whose a later clause of what they said is."""
    m = LEADING_SAY.match(s) if may_say(s) else None
    if m is None:
        return ""
    verb = SAY_VERB.search(s, 0, m.end())
    if verb is None or not speaker_alone(s, m.end(), verb) or "," in s[:verb.start()]:
        return ""
    return s[:verb.end()]


# what opens a clause after a comma: the reported clause has ended there, no aside follows
_CLAUSE_AFTER_COMMA = recache.compile(r",\s+(?:which|who|whom|whose|where|when|while|as|after|before|"
                                      r"because|although|though|but|and|or|so|since|until|amid)\b")


def no_aside_near(s: str, end: int) -> bool:
    """No comma in the reported clause's first 50 characters, or one that ends its clause
    ("the substance was molasses, which had not ..."): an aside there ("X said Bob Dudley,
    head of ..., will") is what the cut of appositives looks for at the sentence's start."""
    comma = s.find(",", end, end + 50)
    return comma < 0 or bool(_CLAUSE_AFTER_COMMA.match(s, comma))


# "Portfolio magazine reported that ...", "Industry firm X reports that ...": a report's claim is
# its own, the source as much the news as what it found
_REPORTED = recache.compile(r"(?:(?:has|have)\s+)?report(?:ed|s)\b")


_REPORTED_BEFORE = recache.compile(r"(?P<who>[^,;:()\"“”]{2,80}?)\s+(?P<verb>(?:has\s+|had\s+)?reported|"
                                   r"reports)\s+(?:that\s+)?\Z")
# what opens a clause before its subject ("... took a hit when Portfolio magazine reported ...")
_CLAUSE_OPENER = recache.compile(r".*\b(?:when|after|as|because|while|since|before|until|and|but|"
                                 r"that|if|then)\s+", re.IGNORECASE | re.DOTALL)


def with_reporter(title: str, whole: str) -> str:
    """A title that is the clause a named source reported ("Portfolio magazine reported that
    Dodd had received loans ..."), with the source put back before it: the report is whose
    claim it is, and without it the claim reads as the page's own."""
    # (its first three words: a date may sit further in, "sales of bicycles [in April] had")
    at = whole.lower().find(" ".join(title.split(" ", 3)[:3]).lower())
    if at <= 0 or "report" not in whole[max(0, at - 30):at]:
        return title
    m = _REPORTED_BEFORE.search(whole, max(0, at - 120), at)
    if m is None:
        return title
    who = m["who"]
    if opener := _CLAUSE_OPENER.match(who):
        who = who[opener.end():]
    who = who.strip()
    said = f"{who[:1].upper()}{who[1:]} {m['verb']} that "
    if not who or not speaker_alone(said + title, len(said)):
        return title
    return said + whole[at] + title[1:]


def _reported_by(s: str, end: int) -> bool:
    """Whether the attribution opening `s` is a named source's report (a noun phrase alone,
    then "reported"): what it reports is its claim, kept with it."""
    verb = SAY_VERB.search(s, 0, end)
    return bool(verb and _REPORTED.match(s, verb.start()) and speaker_alone(s, end, verb))


# what a speaker's noun phrase before its saying never holds: a verb, a clause's link word, a
# quotation, a stop ("... came tumbling down Experts say", "what Mr X said he would do")
NOT_SPEAKER = recache.compile(r"[\"“”:;!?]|\b(?:is|are|was|were|be|been|has|have|had|will|would|can|"
                               r"could|may|might|must|should|do|does|did|what|who|whom|which|that|"
                               r"and|but|or|if|when|as|about|[a-z]+ed|[a-z]{3,}s)\s+\S*$|"
                               r"\b(?:is|are|was|were|been|being|what|who|whom|whose|which|that|"
                               r"and|but|when|where|while|if)\b")
SPEAKER_WORDS = 7

# a title or rank before a person's name: "US President Barack Obama" -> "Barack Obama"
_RANK = recache.compile(r"(?:.*\s)?(?:President|Secretary|Minister|Governor|Senator|Sen\.|Rep\.|Judge|"
                        r"Chairman|Chairwoman|Director|Commissioner|Chancellor|Mayor|General|Gen\.|"
                        r"Admiral|Adm\.?|Dr\.?|Professor|Prof\.|Chief|Ambassador|Spokesman|"
                        r"Spokeswoman|Spokesperson|Correspondent|Editor|Analyst|Economist)\s+"
                        r"(?=[A-Z])")
_NAME_RUN = recache.compile(r"(?<![\w’'.-])(?:[A-Z][\w’'.-]+\s+){1,3}[A-Z][\w’'-]+$")
_PREPOSITION_BEFORE_NAME = recache.compile(r"\b(?:of|for|at|to|with|from|in|on|by|and|or)\s+"
                                           r"(?:(?:the|a|an)\s+)?$",
                                           re.IGNORECASE)


def speaker_alone(s: str, end: int, verb: re.Match | None = None) -> bool:
    """Whether the words before an opening saying are a speaker and nothing else: a short
    noun phrase with no verb, link word or quotation (not a headline run into the sentence,
    not "That is what X said"). `verb`: the saying's verb, when the caller found it."""
    verb = verb or SAY_VERB.search(s, 0, end)
    if verb is None:
        return False
    subject = s[:verb.start()].strip()
    words = _WORDS.findall(subject)
    return (0 < len(words) <= SPEAKER_WORDS
            # ("He said ...", "[Last week] it said": a pronoun names no one)
            and subject.lower() not in PRONOUNS
            and not (MARK in subject and words[-1].lower() in PRONOUNS)
            and not NOT_SPEAKER.search(subject)
            and not _PREPOSITION_BEFORE_NAME.search(subject + " "))


def short_speaker(s: str) -> str:
    """`s` with a speaker kept before its saying cut to the person's name, as a headline
    names them: "Lead defence lawyer Ed Chernoff said ..." -> "Ed Chernoff said ...". A name
    after a preposition ("a spokesman for Acme Corp") is not the speaker, and stays whole."""
    head = s[:160]
    if not any(cue in head for cue in SAY_CUES):  # (a cheap test before the pattern)
        return s
    m = LEADING_SAY.match(s)
    if m is None:
        return s
    end = m.end()
    verb = SAY_VERB.search(s, 0, end)
    if verb is None or not speaker_alone(s, end, verb):
        return s
    subject = s[:verb.start()].rstrip()
    person = named_person(subject) if subject.count(" ") >= 3 else ""
    return person + " " + s[verb.start():] if person else s


def said_as_colon(s: str) -> str:
    """A title too long for its end to show, opening with a speaker and a plain "said", with
    a headline's colon for the saying: "Barack Obama has said the disaster will ..." ->
    "Obama: the disaster will ..." (a person by their surname, a body whole). Not when what
    was said points back to its speaker ("Her son said he had heard ...")."""
    head = s[:160]
    if not any(cue in head for cue in SAY_CUES[:3]):  # ("said", "says", "say", "told")
        return s
    m = LEADING_SAY.match(s)
    if m is None or SUBJECT_BACK.match(s, m.end()):
        return s
    verb = SAY_VERB.search(s, 0, m.end())
    if (verb is None or not PLAIN_SAY.fullmatch(s, verb.start(), m.end())
            or not speaker_alone(s, m.end(), verb)):  # (no pronoun either)
        return s
    subject = s[:verb.start()].rstrip()
    person = named_person(subject) if " " in subject else ""
    return (person.rsplit(" ", 1)[-1] if person else subject) + ": " + s[m.end():]


PRONOUNS = frozenset("he she they it we i you this that these those".split())


def named_person(subject: str) -> str:
    """The person a speaker's noun phrase names, without the rank or role before the name
    ("US President Barack Obama" -> "Barack Obama"), or "" when it names no one person."""
    run = _NAME_RUN.search(subject)
    if run is None or _PREPOSITION_BEFORE_NAME.search(subject, 0, run.start()):
        return ""
    name = run.group(0)
    if rank := _RANK.match(name):
        name = name[rank.end():]
    elif (not (role := subject[:run.start()].rstrip().split(" ")[-1])[:1].islower()
          or role in ("the", "a", "an")):
        return ""  # "The World Health Organization": no role before a name, the whole is one
    if name.count(" ") < 1:
        return ""  # a bare surname after its rank could be anyone's: keep the rank
    return name


# "President Obama said he believed ...": a reported clause whose subject points back to the
# speaker, which without the speaker would name no one
_PRONOUN_BACK = recache.compile(r"(?:that\s+)?(?:he|she|they)\s")
# "BP said it had siphoned ...", "The firm said its profit was ...": a body's clause pointing
# back to it, a bare "It had siphoned ..." without it
_IT_BACK = recache.compile(r"(?:that\s+)?(?:it|its)\s")
# (not a subordinate clause's speaker, "while a rival said it needed ...": the clause's own
# subject is what a title keeps there)
_OPENS_CLAUSE = recache.compile(r"(?:while|when|whereas|as|after|before|because|although|though|if|"
                                r"since|but|and|or|so)\s", re.IGNORECASE)

QUOTE_OPEN = recache.compile(r"(?:^|\s)[\"“]\w")


def _quotes_words(s: str, pos: int) -> bool:
    """Whether what follows an attribution quotes the speaker's words ("said that the leak
    "may prove to be ...""): a quoted view needs who said it, and keeps the attribution."""
    # (from the space before: 'said: "Some ...' opens its quotation right at `pos`)
    return ('"' in s or "“" in s) and bool(QUOTE_OPEN.search(s, max(0, pos - 1)))
