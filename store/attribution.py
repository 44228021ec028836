"""Who said it: the attribution a title drops ("..., the Observatory said", "according to
...") and the speaker it keeps, as a view, a claim or a quotation needs its speaker to read
as a happening ("X says ..."), where a report of what happened does not. The words of saying
are store/saying.py's, who speaks and whether they stay store/speaker.py's, which claims need
a holder store/holder_claims.py's; this module cuts and moves the attribution by them."""

from __future__ import annotations

import re

from . import recache
from .holder_claims import (
    MODAL,
    PREDICTION,
    STATE_CLAIM,
    needs_holder,
    points_back,
    present_claim,
)
from .saying import LEADING_SAY, SAY_FIRST, SAY_VERB, VIEW_VERB, may_say, trailing_say
from .speaker import (
    NAME_FIRST,
    NOT_SPEAKER,
    PREPOSITION_OPEN,
    PRONOUNS,
    QUOTE_OPEN,
    SPEAKER_WORDS,
    keeps_speaker,
    named_person,
    no_aside_near,
    speaker_alone,
)

# (store/title_fit.py and store/title_trim.py take these from here)
from .speaker import named_person as _person  # noqa: F401
from .speaker import said_as_colon as said_as_colon
from .speaker import short_speaker as short_speaker
from .title_words import _APPOSITIVE, _WORDS, MARK, TITLE_MAX, segments

_TRAILING_PARTICIPLE = recache.compile(r"^\s*(?:speaking|citing|adding|saying|quoting|referring)\b",
                                       re.IGNORECASE)
_ACCORDING = recache.compile(r"^\s*(?:,\s*)?according to\b", re.IGNORECASE)
_LEADING_ACCORDING = recache.compile(r"^according to [^,;]{1,90},\s*", re.IGNORECASE)


# where an "according to" holder's head ends: a clause or participle about it, the date
_HOLDER_END = recache.compile(r"\s(?:released|published|conducted|led|issued|prepared|compiled|"
                              r"based|seen|obtained|sent|given|written|drawn|made|[a-z]{3,}ed|who|that|which|under|to\s+be|familiar|close\s+to|with\s+(?:direct\s+)?knowledge)\b|" + MARK)


# a predicate's opening verb: what follows a subject ("cost", "has been", "will")
_SUBJECT_THEN_VERB = recache.compile(r"(?:[a-z]+ly\s+)?(?:is|are|was|were|has|have|had|will|would|could|"
                                     r"may|might|can|should|must|did|does|[a-z]+ed|cost|rose|fell|"
                                     r"grew|hit|made|took|saw|began|became)\b")
# a fronted phrase of where a speaker spoke ("In a statement released [on Wednesday], ")
_WHERE_SPOKEN = recache.compile(r"(?:In|At) an? [^,;:\"“]{0,60},\s+")
_STAMP_LABEL = recache.compile(MARK + r"\s*[:–—-]\s+(?=[A-Z])")
_LINK_OPEN = recache.compile(r"(?:But|And|Yet|So|Also|Moreover|However|Meanwhile|Instead|Still)\b,?\s+")


def _according_first(claim: str, tail: str) -> str:
    """"<claim>, according to a new poll." -> "A new poll says <claim>": a view, an estimate
    or a state keeps its source, put first as a headline puts it; "" when the claim reports a
    happening or the source is no short noun phrase."""
    claim = _LINK_OPEN.sub("", claim.strip(" ,"), 1)
    if not needs_holder(claim):
        return ""
    m = _ACCORDING.match(tail)
    holder = tail[m.end():].strip()
    holder = holder[:end.start()] if (end := _HOLDER_END.search(holder)) else holder
    holder = holder.split(",")[0].strip(" .;")
    if not 1 <= len(holder.split()) <= 8 or holder.lower() in PRONOUNS:
        return ""
    noun = holder.rsplit(" ", 1)[-1]  # "company statements say", "the agency says"
    plural = noun.islower() and noun.endswith("s") and not noun.endswith(("ss", "us", "is"))
    return _speaker_first(claim, f"{holder} {'say' if plural else 'says'}")


def _drop_attribution(s: str) -> str:
    fronted = ""  # (a speaker `_speaker_first` put before the claim, which stays there)
    if s[:1] == MARK and (stamp := _STAMP_LABEL.match(s)):
        # "[2056]: Mr Gibbs says that ...": a live page's entry stamp, which the title drops
        # anyway, hid the speaker from the saying's pattern
        s = s[stamp.end():]
    holds = False  # (a speaker whose aside went, and whose claim stays theirs)
    if ", wh" in s[:70] and (plain := _without_who_aside(s)) != s:
        holds = _AS_SOURCE.search(s, 0, len(s) - len(plain) + 60) is not None or bool(
            _THEIRS_ANY.search(plain, 0, 120))
        s = plain
    if (MARK in s and len(s) > TITLE_MAX and s[:1] in "\"“" and (q := _LONG_QUOTE_SAID.match(s))
            and trailing_say(q["att"].replace(MARK, "").strip(" .")) and MARK not in q["quote"]
            and (named := _quote_said_by(q["quote"], q["att"]))):
        # '"The refuge closure is important to keep the public safe, to ..., and to ...," the
        # Fish and Wildlife Service said [on Friday]': the date is the saying's, and a
        # quotation too long for a line is cut after who said it, not at its own commas,
        # where the cut lost the speaker (qs19)
        return named
    parts = segments(s)
    # "..., according to the Observatory, a Britain-based group." -> cut there
    for i in range(1, len(parts)):
        if _ACCORDING.match(parts[i]):
            cut = _find_segment_start(s, parts, i)
            if i + 1 < len(parts) and not _APPOSITIVE.match(parts[i + 1]):
                # "But, according to the government, there were 7,000 spills": an aside
                rest = _find_segment_start(s, parts, i + 1)
                if s[rest:rest + 2] == ", " and parts[i + 1][:1].islower() and (
                        _SUBJECT_THEN_VERB.match(parts[i + 1])):
                    # "The outbreak, according to the bank, cost ...": the aside stood between
                    # a subject and its verb, and both its commas go with it
                    s = s[:cut] + " " + s[rest + 2:]
                    parts = parts[:i - 1] + [parts[i - 1] + " " + parts[i + 1]] + parts[i + 2:]
                    break
                s = s[:cut] + s[rest:]
                parts = parts[:i] + parts[i + 1:]
            else:
                holder = _according_first(s[:cut], s[cut:])
                s = holder or s[:cut]
                parts = segments(s) if holder else parts[:i]
            break
    # "..., state media reported Saturday." -> cut the trailing clause
    while len(parts) > 1 and _TRAILING_PARTICIPLE.match(parts[-1]):
        # "..., speaking on condition of anonymity." says how, not what
        s = s[: _find_segment_start(s, parts, len(parts) - 1)]
        parts = parts[:-1]
    if len(parts) > 2 and (role := _trailing_role(s, parts)):
        # "..., said Gregory Lee, chief executive of Acme, which tracks the industry.": the
        # holder's role after their name went on past the saying, which then was not the last
        # segment; the role goes, the saying and who said it stay for the rules below (qs19)
        s, parts = s[:role], parts[:len(segments(s[:role]))]
    last = parts[-1].replace(MARK, "").strip(" .")
    if len(parts) > 1 and (trailing_say(last) or SAY_FIRST.match(last)):
        cut = _find_segment_start(s, parts, len(parts) - 1)
        # "... could lead to layoffs, he wrote": a claim; '"There was a mild wave in [May],
        # ..." says Professor X': a quotation, titled with who said it
        if (_CLOSED_ONLY.search(s, 0, cut + 3) and not QUOTE_OPEN.search(parts[-1])
                and (named := _quote_said_by(s[:cut], parts[-1]))):
            # 'One is another way to do containment ...," BP's Doug Suttles told Reuters': a
            # quotation opened in the sentence before, the speaker's words only with the speaker
            s = named
        elif not (MODAL.search(s, 0, cut) or _QUOTED_WHOLE.match(s, 0, cut + 3)
                # "Those funds will keep the lights [on], Mason said": a prediction keeps its
                # speaker when the title still ends on it
                or (PREDICTION.search(s, 0, cut) and len(s.replace(MARK, "")) <= TITLE_MAX)):
            s = (fronted := _speaker_first(s[:cut], parts[-1])) or s[:cut]
        elif len(s.replace(MARK, "")) > TITLE_MAX:
            # "A work stoppage [beyond October] could lead to ..., a named analyst wrote": too
            # long for its end to show, the claim says whose it is first
            s = (fronted := _speaker_first(s[:cut], parts[-1])) or s
    else:
        s = _without_speakers_aside(s)
        if (s[:3] in ("In ", "At ") and (where := _WHERE_SPOKEN.match(s))
                and (plain := _without_speakers_aside(s[where.end():])) != s[where.end():]):
            # "In a statement [on Wednesday], Bob Graham, a co-chairman of the commission,
            # said ...": where the speaker spoke, then their aside (hd18)
            s = s[:where.end()] + plain
    s = _LEADING_ACCORDING.sub("", s)
    if (link := _LINK_OPEN.match(s)) and may_say(s):
        # "Instead, analysts said that perhaps the deal will ...": the link word, not the
        # speaker, goes (it hid the speaker from the saying's pattern)
        rest = s[link.end():]
        if ((said := LEADING_SAY.match(rest)) and speaker_alone(rest, said.end())
                and keeps_speaker(rest, said.end(), views=True)):
            s = rest[:1].upper() + rest[1:]
    m = LEADING_SAY.match(s) if may_say(s) and not fronted else None
    if m and len(_WORDS.findall(s[m.end():])) >= 4:
        if (comma := s.rfind(", ", 0, m.end())) > 0 and (said := _after_fronted(s, comma)):
            # "In a 90-minute conversation [last week], Cox said the SEC's emphasis ... is as
            # strong as ever": the fronted phrase only said where and when the speaker spoke
            s = said
        elif not (keeps_speaker(s, m.end(), views=True) or _pronoun_holds_view(s, m.end())
                  or holds):
            s = s[m.end():]
        elif MARK in s[:m.end()] and (plain := _PLAIN_VERB.search(s, 0, m.end())):
            # "BP said later [on Thursday] that it had cut ...": the saying's date goes, and
            # with it the words that only said when or where ("later", "in an interview")
            that = "that " if _THAT_END.search(s, 0, m.end()) else ""
            s = f"{s[:plain.end()]} {MARK} {that}{s[m.end():]}"
    return s


_PLAIN_VERB = recache.compile(r"\b(?:said|says|say|added|stated)\b")
_THAT_END = recache.compile(r"\bthat\s+$")


def _after_fronted(s: str, comma: int) -> str:
    """The speaker's saying and their view after a fronted phrase of where they spoke, with
    the phrase's date kept after the saying's verb; "" when what they said needs no one."""
    rest = s[comma + 2:]
    m = LEADING_SAY.match(rest) if may_say(rest) else None
    if m is None or not keeps_speaker(rest, m.end(), views=True):
        return ""
    verb = SAY_VERB.search(rest, 0, m.end())
    if verb is None:
        return ""
    date = " " + MARK if MARK in s[:comma] else ""
    return f"{rest[:verb.end()]}{date} {rest[m.end():]}"


_PRONOUN_SPEAKER = recache.compile(r"(?:He|She|They)\s+(?:also\s+)?(?:has\s+|have\s+|had\s+)?"
                                   r"(?:said|says|say)\b")


def _pronoun_holds_view(s: str, end: int) -> bool:
    """"He said [yesterday] that overhauling regulation is one of his priorities": a view
    whose clause points back to a speaker named only by a pronoun keeps "He said", which
    says whose view it is as a pronoun subject says who acted; without it "his" points to
    nothing and the view reads as the page's own."""
    who = _PRONOUN_SPEAKER.match(s)
    return (who is not None and bool(_THEIRS[who.group(0)[:2]].search(s, end))
            and (bool(STATE_CLAIM.match(s, end)) or present_claim(s[end:])
                 or needs_holder(s[end:]))
            and no_aside_near(s, end))


# the pronouns that point back to a speaker named "He", "She" or "They" (by their first letters)
_THEIRS = {"He": recache.compile(r"\b(?:his|him|himself)\b"),
           "Sh": recache.compile(r"\b(?:her|hers|herself)\b"),
           "Th": recache.compile(r"\b(?:their|them|themselves)\b")}


# "Ms Willmott, Labor MEP for the East Midlands, said: ...", "A US health official, Dr Jane Roe of
# the CDC, said on Tuesday: ...": a speaker and an aside naming them or their role, then the
# saying
_ASIDE_BEFORE_SAY = recache.compile(
    r"(?P<first>[^,;:\"“”]{2,60}),\s+(?P<second>[^,;:\"“”]{2,80}),\s+"
    # (a plain reported clause after it: not a quotation, a colon or a further aside, which the
    # quotation rules title with its speaker already)
    r"(?=(?:said|says)(?:\s+" + MARK + r")?\s+(?:that\s+)?(?!(?:in|on|at|for|to|with)\b)"
    r"[\w’'-]+(?:\s+[\w’'-]+){2}[^,:\"“]*$)")
# what a speaker or their role never holds: a verb, a clause's link word
_ASIDE_VERB = recache.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|"
                              r"might|must|should|do|does|did|who|whom|which|that|when|if|but|as|"
                              r"[a-z]+ed|[a-z]+ing)\b")


# a role after a trailing saying's name: a noun phrase with no verb of its own, or a relative
# clause about the holder ("chief executive of Acme", "which tracks the industry")
_ROLE_CLAUSE = recache.compile(r"\s*(?:which|who|whose)\b")
_NOT_ROLE = recache.compile(r"\s*(?:and|but|or|so|while|as|because|if|when|after|before|since|"
                            r"although|though|adding|saying)\b|.*\b(?:is|are|was|were|has|have|had|"
                            r"will|would|can|could|may|might|must|should|do|does|did)\b")


def _trailing_role(s: str, parts: list[str]) -> int:
    """Where the role after a trailing saying's name begins ("..., said X, head of Y, which
    ..."), when the saying is one or two segments before the last; 0 when it is not."""
    if trailing_say(parts[-1].replace(MARK, "").strip(" .")) or SAY_FIRST.match(
            parts[-1].replace(MARK, "").strip(" .")):
        return 0
    for k in (2, 3):
        if len(parts) <= k:
            return 0
        said = parts[-k].replace(MARK, "").strip(" .")
        roles = parts[-k + 1:]
        if any(MARK in r or (_NOT_ROLE.match(r) and not _ROLE_CLAUSE.match(r)) for r in roles):
            return 0
        if SAY_FIRST.match(said) and said[:1].islower():
            return _find_segment_start(s, parts, len(parts) - k + 1)
    return 0


# "A city official, who asked not to be named, said ...": a relative aside about the speaker
# between them and their saying
_WHO_ASIDE_BEFORE_SAY = recache.compile(
    r"(?P<first>[^,;:\"“”]{2,60}),\s+(?:who|whose)\s[^,;:\"“”]{2,80},\s+"
    r"(?=(?:said|says)(?:\s+" + MARK + r")?\s+(?:that\s+)?(?!(?:in|on|at|for|to|with)\b)"
    r"[\w’'-]+(?:\s+[\w’'-]+){2}[^:\"“]*$)")


# an aside that says the speaker spoke as a source ("who spoke on condition of anonymity", "who
# asked not to be named", "who was not authorized to speak"): what they said is their account
_AS_SOURCE = recache.compile(r",\s+who\s+(?:[a-z]+\s+){0,3}?(?:spoke|speaks|asked|requested|declined|"
                             r"authori[sz]ed|insisted\s+on)\b")
# a possessive of the speaker's in what they said ("... validated his strategy")
_THEIRS_ANY = recache.compile(r"\b(?:his|her|their)\b")


# a sentence that is a quotation and then who said it ('"...," the agency said [on Friday].')
_LONG_QUOTE_SAID = recache.compile(r"[\"“](?P<quote>[^\"“”]{12,}?)[,.!?]?\s*[\"”]\s*,?\s*"
                                   r"(?P<att>[^\"“”]{3,80})\Z")


def _without_who_aside(s: str) -> str:
    """"An official, who spoke on condition of anonymity, said ..." -> "An official said
    ...": the aside says how or who the speaker is, and its commas made the saying read as
    a clause of its own (or the cut end the title on the aside); the speaker and the saying
    stay, for the rules that keep them with what was said or not (qs19)."""
    if (who := _WHO_ASIDE_BEFORE_SAY.match(s)) and MARK not in who.group(0) \
            and speaker_alone(said := f"{who['first']} {s[who.end():]}", len(who["first"]) + 6):
        return said
    return s


def _without_speakers_aside(s: str) -> str:
    """"Ms Willmott, Labor MEP for the East Midlands, said: ..." -> "Ms Willmott said: ...":
    the aside between a speaker and their saying, which a title's cut takes for the end of a
    clause and so loses the speaker; the person's name stays (whichever of the two holds it),
    and what was said is left for the attribution rules to keep with it or not."""
    if ", " not in s[:150]:
        return s
    m = _ASIDE_BEFORE_SAY.match(s)
    if m is None or MARK in m.group(0) or _ASIDE_VERB.search(m.group(0)):
        return s
    for part in (m["first"], m["second"]):
        if name := NAME_FIRST.match(part.strip()):  # (not "of the agency" after the name)
            return name.group(0) + " " + s[m.end():]
    return s


_LOWER_FIRST = frozenset("""the a an it its his her their this that these those there some many most all
no one only perhaps even more much such another other each every both few several""".split())


# "... genetic material Preliminary analysis of ...": a sentence run into the next, whose
# trailing attribution is the last one's
_RUN_ON_WORDS = recache.compile(r"\b([a-z]+)\s+[A-Z][\w’'-]*\s")
_BEFORE_A_NAME = frozenset("""the of in at on to by from and for with a an since than until
after before during over about into near between against under like as""".split())


def _claims_run_on(claim: str) -> bool:
    return any(m.group(1) not in _BEFORE_A_NAME for m in _RUN_ON_WORDS.finditer(claim))


def _speaker_first(claim: str, attribution: str) -> str:
    """"<claim>, the World Health Organization says." -> "The World Health Organization says
    <claim>": a claim that needs its speaker (a view, a prediction, a state), put after who
    holds it as a headline puts it, or "" when the speaker is a pronoun or no plain noun
    phrase, or the date is the saying's."""
    if ":" in claim or _claims_run_on(claim):
        return ""
    if MARK in attribution:
        # "..., engineers said [yesterday]": the date is the saying's, and goes with it; who
        # said it stays, before what they said
        attribution = _SAYING_DATE.sub("", attribution, 1)
        if MARK in attribution:
            return ""
    att = attribution.strip(" .,")
    verb = SAY_VERB.search(att) or VIEW_VERB.search(att)
    if verb is None or _NOT_ATTRIBUTION.match(att):
        return ""
    if verb.start() == 0:  # "..., said the Observatory": who comes after the verb
        said = verb.group(0)
        who = att[verb.end():].strip()
        rest = ""
        if PREPOSITION_OPEN.match(who):  # ("..., said in a research note")
            return ""
    else:
        who, said, rest = att[:verb.start()].strip(), verb.group(0), att[verb.end():]
    claim = _LINK_OPEN.sub("", claim.strip(" ,"), 1)  # ("But the size of the gain ...")
    # ("..., analysts said": those who only ever hold views, never witness a happening)
    view = bool(VIEW_VERB.fullmatch(said) or _VIEW_HOLDERS.search(who))
    if not (view or needs_holder(claim) or points_back(claim, 0) or present_claim(claim)
            or (said in ("says", "say") and not _PAST_HAPPENING.search(claim))):
        return ""  # a reported happening reads as one without its source
    if (date := _FRONTED_DATE.match(claim)) and MARK not in date.group(0):
        # "In September, there were more layoffs than ..., the Labor Department said": a
        # date fronted before the claim, which would read as the saying's once the speaker
        # is put first; it goes, as the title's other fronted dates do (store/titles.py)
        claim = claim[date.end():]
    # ("[Last month]'s collapse": the date went before it; "[By the end of 2011], $1.2
    # trillion ...": a fronted date and its comma)
    body = claim.lstrip(MARK + " ,")
    lead = claim[:len(claim) - len(body)].replace(",", "")
    claim = lead + body
    head = body.split(" ", 1)[0]
    after = head in ("That", "This")  # ("X said that exceeds ...": "that" would read as the saying's)
    if after:
        pass
    elif head.lower() in _LOWER_FIRST and (head[1:].islower() or len(head) == 1):
        claim = lead + head.lower() + body[len(head):]
    elif not head.isupper() and not (head[:1].isdigit() or head[:1] in "$£€"):
        # ("$1.2 trillion", "40 percent": no case to know)
        # a name or a capitalised noun ("Higher rents are likely ..."), whose case a fronted
        # speaker would need to know: the speaker stays after the claim, when all of it fits
        after = True
    if who.count(" ") >= 3 and (person := named_person(who)):
        who = person  # "US disaster coordinator Admiral Thad Allen" -> "Thad Allen"
    fronted = f"{who[:1].upper()}{who[1:]} {said}{rest} {claim}"
    end = len(who) + 1 + len(said) + len(rest) + 1
    if view:  # ("Ken Salazar warned it could take ...": a warning is a view by its verb)
        if not speaker_alone(fronted, end, SAY_VERB.search(fronted, 0, end)
                              or VIEW_VERB.search(fronted, 0, end)):
            return ""
    elif not speaker_alone(fronted, end) or not keeps_speaker(fronted, end, views=True):
        return ""
    if after:
        trailing = f"{claim}, {att}"
        return trailing if len(trailing.replace(MARK, "")) <= TITLE_MAX else ""
    return fronted


# a date fronted before a claim, with its comma ("In September, ...", "Last year, ...")
_FRONTED_DATE = recache.compile(
    r"(?:(?:In|On|At|By|Since|Until|During|Through|For|Over)\s+(?:the\s+)?(?:(?:first|second|third|"
    r"fourth|last|past|same|early|late|mid-?)\s+)?|(?:Last|This|Earlier|Later|Next)\s+)"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{4}|\d{4}s|week|month|year|"
    r"quarter|spring|summer|autumn|fall|winter|weekend)(?:\s+\d{4})?,\s+(?=[a-z])")


# a segment that opens a clause of its own, no attribution of the claim before it ("..., where
# confirmed cases have been reported", "..., but analysts said ...")
_NOT_ATTRIBUTION = recache.compile(r"(?:where|which|who|whom|whose|that|while|when|whereas|as|after|"
                                   r"before|because|although|though|if|since|but|and|or|so)\s",
                                   re.IGNORECASE)


# the date a trailing saying carries ("said on [Monday]", "said [yesterday]")
_SAYING_DATE = recache.compile(r"(?:\s+(?:early|late|on|in|at|last|this|earlier))*\s*" + MARK + r"(?=\W*$)")
# a past happening: what a present "says" may report without being a view ("The fire started
# in a kitchen, the brigade says"; not a participle's "a virus suspected of ...")
_PAST_HAPPENING = recache.compile(r"\b(?:[a-z]{3,}ed(?!\s+(?:of|by)\b)|began|came|went|fell|rose|took|gave|made|struck|"
                                  r"hit|won|lost|left|sent|told|found|broke|ran|sold|bought|paid|"
                                  r"built|shot|met|held|led|fled|did|got|saw|drove|flew|wrote|"
                                  r"spoke|chose|stole|threw|grew|knew)\b")


# ", he said," between a clause's opening and the rest of it
_SAID_ASIDE = recache.compile(r",\s+(?P<who>he|she|they|(?:the\s+)?[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3}|"
                              r"the\s+[a-z][\w’'-]+(?:\s+[a-z][\w’'-]+)?|"
                              # ("..., many analysts argue, is ...")
                              r"(?:many|some|most|several|other)\s+[a-z]+s)\s+"
                              r"(?P<verb>said|says|say|argued|argues|argue|warned|warns|warn|insisted|"
                              r"insists|insist|added|believes|believed|believe|suggested|suggests|"
                              r"suggest),\s+")
_OPENING_WORDS = frozenset("""The A An This That These Those In On At For With By From Beyond
Under Over After Before Despite Without If When Once Unless Until""".split())


_VIEW_HOLDERS = recache.compile(r"\b(?:analysts|economists|experts|observers|critics|commentators|"
                                r"strategists|correspondents|historians|pundits)$", re.IGNORECASE)


_QUOTED_WHOLE = recache.compile(r"\s*[\"“][^\"“”]{12,}[,.!?]?\s*[\"”]\s*,?\s*$")


# a quotation's close with no opening mark before it: the quotation opened a sentence before
_CLOSED_ONLY = recache.compile(r"^[^\"“”]{12,}?[,.!?]?\s*[\"”]\s*,?\s*$")
_TOLD = recache.compile(r"\b(?:told|tells)\b.*$")


# a role's noun, then a person's first and last name closing a speaker's noun phrase
_ROLE_BEFORE_NAME = recache.compile(r"\b(?:Officer|Executive|Director|Chief|President|Minister|Secretary|"
                                    r"Spokesman|Spokeswoman|Spokesperson|Commander|Manager|Chairman|"
                                    r"Chairwoman|Head|Adm|Gen|Dr|Professor|Governor|Mayor|Senator)\.?"
                                    r"\s+(?P<name>[A-Z][\w’'-]+\s+[A-Z][\w’'-]+)$")


def _quote_said_by(words: str, attribution: str) -> str:
    """'<words>," X told Reuters' -> 'X said: "<words>"': the speaker's words with who spoke
    them, a headline's colon for the saying; "" when no speaker stands before the verb."""
    att = attribution.replace(MARK, " ").strip(" .,\"”")
    verb = SAY_VERB.search(att)
    if verb is None or MARK in words:
        return ""
    if verb.start() == 0:  # '..., " said the mayor'
        who, said = att[verb.end():].strip(), verb.group(0)
    else:
        who, said = att[:verb.start()].strip(), verb.group(0)
    said = _TOLD.sub(lambda m: "says" if m.group(0).startswith("tells") else "said", said)
    if not who or NOT_SPEAKER.search(who) or len(_WORDS.findall(who)) > SPEAKER_WORDS:
        return ""
    if role := _ROLE_BEFORE_NAME.search(who):
        person = role["name"]  # "BP Chief Operating Officer Doug Suttles" -> "Doug Suttles"
    else:
        person = named_person(who) if who.count(" ") >= 2 else ""
    who = person or who
    if who.lower() in ("i", "we"):
        return ""
    text = words.strip(" ,").rstrip(" ,\"”").rstrip(" ,")
    text = text[:1].upper() + text[1:]
    head = f"{who[:1].upper()}{who[1:]} {said}: "
    if len(head) + len(text) + 2 > TITLE_MAX:  # (cut here, at a word: a cut further on would
        # take the clause and leave the speaker alone)
        text = text[:TITLE_MAX - len(head) - 3].rsplit(" ", 1)[0].rstrip(" ,;") + "…"
    return f'{head}"{text}"'


def _find_segment_start(s: str, parts: list[str], i: int) -> int:
    """Offset in `s` where the separator before segment `i` begins."""
    pos = 0
    for j in range(i):
        pos = s.index(parts[j], pos) + len(parts[j])
    return pos


def said_aside_first(s: str) -> str:
    """ "Beyond Europe, he said, the leaders should gather ...": a view, an aside of who
    said it inside it, says whose it is first ("He said beyond Europe ...")."""
    if ", " not in s or not (aside := _SAID_ASIDE.search(s)):
        return s
    if not (MODAL.search(s, aside.end())
            or (aside["who"][:1].islower() and aside["who"] not in ("he", "she", "they")
                and (needs_holder(claim := s[:aside.start()] + " " + s[aside.end():])
                     or present_claim(claim)))):
        # (a plain "he said" aside keeps a modal view; "many analysts argue" any view)
        return s
    # "Beyond Europe, he said, the leaders should gather ...": a view says whose it is
    who = aside["who"][0].upper() + aside["who"][1:]
    head = s[:aside.start()]
    head = head[0].lower() + head[1:] if head[:1].isupper() and head.split(" ", 1)[0] \
        in _OPENING_WORDS else head
    s = f"{who} {aside['verb']} {head} {s[aside.end():]}"
    return s
