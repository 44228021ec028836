"""Who said it: the attribution a title drops ("..., the Observatory said", "according to
...") and the speaker it keeps, as a view, a claim or a quotation needs its speaker to read
as a happening ("X says ..."), where a report of what happened does not."""

from __future__ import annotations

import re

from . import recache
from .holder_claims import points_back, present_claim
from .title_words import _APPOSITIVE, _WORDS, MARK, TITLE_MAX, lacks, segments

# sayings that are a view by their verb: what they report is the speaker's reckoning
_VIEW_VERBS = (r"warned|warns|predicted|predicts|cautioned|cautions|argued|argues|insisted|"
               r"insists|estimated|estimates|forecast|forecasts")
_TRAILING_SAY = recache.compile(
    r"^[^,;]{0,90}?\b(?:said|says|say|reported|reports|report|announced|added|adds|stated|"
    r"confirmed|claimed|wrote|tweeted|posted|told(?:\s+[\w’'.-]+){1,5}|" + _VIEW_VERBS + r"|"
    r"quoted(?:\s+[\w’'.-]+){1,5})(?:\s+" + MARK + r")?\s*\W*$",
    re.IGNORECASE,
)
_LEADING_SAY = recache.compile(
    r"^(?:[^,;]{0,70}?|(?i:in|at) an? [^,;]{0,60},\s*[^,;]{0,60}?)\b"
    r"(?<!\bis )(?<!\bwas )(?<!\bare )(?<!\bwere )(?<!\bbeen )(?<!\bbe )"  # "is said to be"
    r"(?:said|says|say|added|stated|told\b[^,;]{0,40}?(?=\s+that\b)|"
    r"(?:reported|announced|confirmed|claimed|warned|insisted)(?=\s+that\b))"
    r"(?:\s+(?:earlier|later)(?=\s+(?:on\s+)?" + MARK + r"))?"  # ("said later [on Thursday]")
    r"(?:\s+" + MARK + r")?(?:\s+(?:early\s+|late\s+)?on\s+\w+(?:\.?\s+\d{1,2}\b(?:,?\s+\d{4}\b)?)?)?"
    r"(?:\s+(?:(?:last|this|earlier|late)\s+(?:week|month|year|night|weekend)|yesterday|today))?"
    r"(?:\s+in\s+an?\s+(?:interview|statement|speech|letter|e-?mail|briefing)"
    r"(?:\s+with\s+[^,;]{1,40}?)?(?:\s+" + MARK + r"|\s+on\s+[A-Z][a-z]+day)?(?=\s+that\b))?"
    r"[ ,:]+(?:that\s+)?"
)
_SAY_FIRST = recache.compile(  # "..., said al-Khatib" / "..., say state media and a monitoring group"
    # (not what was said: "..., said the blaze could be contained")
    r"^(?:said|says|say|reported|reports|told|added|adds)(?!(?:\s+[\w’'.-]+){0,4}\s+(?:could|would|"
    r"will|was|were|is|are|had|has|have|may|might|must|should|can)\b)(?:\s+[\w’'.-]+){1,6}$",
    re.IGNORECASE)
_TRAILING_PARTICIPLE = recache.compile(r"^\s*(?:speaking|citing|adding|saying|quoting|referring)\b",
                                       re.IGNORECASE)
_ACCORDING = recache.compile(r"^\s*(?:,\s*)?according to\b", re.IGNORECASE)
_LEADING_ACCORDING = recache.compile(r"^according to [^,;]{1,90},\s*", re.IGNORECASE)


# where an "according to" holder's head ends: a clause or participle about it, the date
_HOLDER_END = recache.compile(r"\s(?:released|published|conducted|led|issued|prepared|compiled|"
                              r"based|seen|obtained|sent|given|written|drawn|made|[a-z]{3,}ed|who|that|which|under|to\s+be|familiar|close\s+to|with\s+(?:direct\s+)?knowledge)\b|" + MARK)


def _needs_holder(claim: str) -> bool:
    """Whether a claim is someone's view, reckoning or words rather than a happening: what
    may or will be, a state, a comparison, a quoted phrase."""
    return bool(_MODAL.search(claim) or _PREDICTION.search(claim) or _COMPARED.search(claim)
                or _QUOTED_PHRASE.search(claim)
                or (_STATE_CLAIM.match(claim) and not _PASSIVE.search(claim)))


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
    if not _needs_holder(claim):
        return ""
    m = _ACCORDING.match(tail)
    holder = tail[m.end():].strip()
    holder = holder[:end.start()] if (end := _HOLDER_END.search(holder)) else holder
    holder = holder.split(",")[0].strip(" .;")
    if not 1 <= len(holder.split()) <= 8 or holder.lower() in _PRONOUNS:
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
    last = parts[-1].replace(MARK, "").strip(" .")
    if len(parts) > 1 and (trailing_say(last) or _SAY_FIRST.match(last)):
        cut = _find_segment_start(s, parts, len(parts) - 1)
        # "... could lead to layoffs, he wrote": a claim; '"There was a mild wave in [May],
        # ..." says Professor X': a quotation, titled with who said it
        if (_CLOSED_ONLY.search(s, 0, cut + 3) and not _QUOTE_OPEN.search(parts[-1])
                and (named := _quote_said_by(s[:cut], parts[-1]))):
            # 'One is another way to do containment ...," BP's Doug Suttles told Reuters': a
            # quotation opened in the sentence before, the speaker's words only with the speaker
            s = named
        elif not (_MODAL.search(s, 0, cut) or _QUOTED_WHOLE.match(s, 0, cut + 3)
                # "Those funds will keep the lights [on], Mason said": a prediction keeps its
                # speaker when the title still ends on it
                or (_PREDICTION.search(s, 0, cut) and len(s.replace(MARK, "")) <= TITLE_MAX)):
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
        if ((said := _LEADING_SAY.match(rest)) and _speaker_alone(rest, said.end())
                and _keeps_speaker(rest, said.end(), views=True)):
            s = rest[:1].upper() + rest[1:]
    m = _LEADING_SAY.match(s) if may_say(s) and not fronted else None
    if m and len(_WORDS.findall(s[m.end():])) >= 4:
        if (comma := s.rfind(", ", 0, m.end())) > 0 and (said := _after_fronted(s, comma)):
            # "In a 90-minute conversation [last week], Cox said the SEC's emphasis ... is as
            # strong as ever": the fronted phrase only said where and when the speaker spoke
            s = said
        elif not (_keeps_speaker(s, m.end(), views=True) or _pronoun_holds_view(s, m.end())):
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
    m = _LEADING_SAY.match(rest) if may_say(rest) else None
    if m is None or not _keeps_speaker(rest, m.end(), views=True):
        return ""
    verb = _SAY_VERB.search(rest, 0, m.end())
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
            and (bool(_STATE_CLAIM.match(s, end)) or present_claim(s[end:])
                 or _needs_holder(s[end:]))
            and _no_aside_near(s, end))


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
# a name, with its rank ("US Secretary of State Hillary Clinton") or before "of the ..."
_NAME_FIRST = recache.compile(r"[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*){1,5}"
                              r"(?=\s+(?:of|from|at)\s+the\s|$)")


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
        if name := _NAME_FIRST.match(part.strip()):  # (not "of the agency" after the name)
            return name.group(0) + " " + s[m.end():]
    return s


_LOWER_FIRST = frozenset("""the a an it its his her their this that these those there some many most all
no one only perhaps even more much such another other each every both few several""".split())


_PREPOSITION_OPEN = recache.compile(r"(?:in|on|at|for|with|by|from|to|during|after|before)\b",
                                    re.IGNORECASE)
# "... genetic material Preliminary analysis of ...": a sentence run into the next, whose
# trailing attribution is the last one's
_RUN_ON_WORDS = recache.compile(r"\b([a-z]+)\s+[A-Z][\w’'-]*\s")
_BEFORE_A_NAME = frozenset("""the of in at on to by from and for with a an since than until
after before during over about into near between against under like as""".split())


# "The results were known later": a passive with an irregular participle tells a happening
_PASSIVE = recache.compile(r"\b(?:is|are|was|were)\s+(?:[a-z]+ly\s+)?(?:known|shown|done|gone|grown|"
                           r"thrown|drawn|born|begun|run|won|hurt|cut|hit|shut|struck|stuck|hung|led|"
                           r"fed|met|read|heard|told|sold|held|bought|brought|caught|taught|sent|spent|"
                           r"built|lent|lost|paid|laid|left|kept|found|made|put|set|shot)\b")


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
    verb = _SAY_VERB.search(att) or _VIEW_VERB.search(att)
    if verb is None or _NOT_ATTRIBUTION.match(att):
        return ""
    if verb.start() == 0:  # "..., said the Observatory": who comes after the verb
        said = verb.group(0)
        who = att[verb.end():].strip()
        rest = ""
        if _PREPOSITION_OPEN.match(who):  # ("..., said in a research note")
            return ""
    else:
        who, said, rest = att[:verb.start()].strip(), verb.group(0), att[verb.end():]
    claim = _LINK_OPEN.sub("", claim.strip(" ,"), 1)  # ("But the size of the gain ...")
    # ("..., analysts said": those who only ever hold views, never witness a happening)
    view = bool(_VIEW_VERB.fullmatch(said) or _VIEW_HOLDERS.search(who))
    if not (view or _needs_holder(claim) or points_back(claim, 0) or present_claim(claim)
            or (said in ("says", "say") and not _PAST_HAPPENING.search(claim))):
        return ""  # a reported happening reads as one without its source
    if (date := _FRONTED_DATE.match(claim)) and MARK not in date.group(0):
        # "In September, there were more layoffs than ..., the Labor Department said": a
        # date fronted before the claim, which would read as the saying's once the speaker
        # is put first; it goes, as the title's other fronted dates do (store/titles.py)
        claim = claim[date.end():]
    body = claim.lstrip(MARK + " ")  # ("[Last month]'s collapse": the date went before it)
    lead = claim[:len(claim) - len(body)]
    head = body.split(" ", 1)[0]
    after = head in ("That", "This")  # ("X said that exceeds ...": "that" would read as the saying's)
    if after:
        pass
    elif head.lower() in _LOWER_FIRST and (head[1:].islower() or len(head) == 1):
        claim = lead + head.lower() + body[len(head):]
    elif not head.isupper():
        # a name or a capitalised noun ("Higher rents are likely ..."), whose case a fronted
        # speaker would need to know: the speaker stays after the claim, when all of it fits
        after = True
    if who.count(" ") >= 3 and (person := _person(who)):
        who = person  # "US disaster coordinator Admiral Thad Allen" -> "Thad Allen"
    fronted = f"{who[:1].upper()}{who[1:]} {said}{rest} {claim}"
    end = len(who) + 1 + len(said) + len(rest) + 1
    if view:  # ("Ken Salazar warned it could take ...": a warning is a view by its verb)
        if not _speaker_alone(fronted, end, _SAY_VERB.search(fronted, 0, end)
                              or _VIEW_VERB.search(fronted, 0, end)):
            return ""
    elif not _speaker_alone(fronted, end) or not _keeps_speaker(fronted, end, views=True):
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
# a speaker's own words quoted inside the claim, three words or more (not a name in quotes,
# '"top kill"'): '... has "held back the worst of the water"'
_QUOTED_PHRASE = recache.compile(r"[\"“][^\"“”\s]+(?:\s+[^\"“”\s]+){2,}[\"”]")
# a past happening: what a present "says" may report without being a view ("The fire started
# in a kitchen, the brigade says"; not a participle's "a virus suspected of ...")
_PAST_HAPPENING = recache.compile(r"\b(?:[a-z]{3,}ed(?!\s+(?:of|by)\b)|began|came|went|fell|rose|took|gave|made|struck|"
                                  r"hit|won|lost|left|sent|told|found|broke|ran|sold|bought|paid|"
                                  r"built|shot|met|held|led|fled|did|got|saw|drove|flew|wrote|"
                                  r"spoke|chose|stole|threw|grew|knew)\b")


_SAY_START = recache.compile(r"(?:(?:has|have|had)\s+)?(?:said|says|say|added|stated|told|reported|"
                             r"announced|confirmed|claimed|warned|insisted)\b", re.IGNORECASE)


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


def _keeps_speaker(s: str, end: int, views: bool = False) -> bool:
    """Whether an attribution opening `s` (up to `end`) names who speaks and says what may
    be or quotes them: a view or a claim needs its speaker. An attribution that is only
    its verb ("said it would ...") names no one, and goes. With `views`, on a whole
    sentence, a prediction ("will") or a saying in the present ("X says ...") keeps a
    speaker that is a noun phrase alone, too; a segment cut from a longer sentence does
    not, as what it reports is often cut there too; nor does a reported clause with an
    aside near its start ("X said Bob Dudley, head of ..., will"), which the cut of
    appositives needs to find at the sentence's start."""
    return (not _SAY_START.match(s) and (_quotes_words(s, end) or bool(_MODAL.search(s, end))
                                         or (bool(_COMPARED.search(s, end))
                                             and not _PREPOSITION_OPEN.match(s))
                                         or (views and _reported_by(s, end))
                                         or bool(_PRONOUN_BACK.match(s, end))
                                         or ((bool(_IT_BACK.match(s, end)) or points_back(s, end))
                                             and "," not in s[:end]
                                             and not _OPENS_CLAUSE.match(s)
                                             and _speaker_alone(s, end))
                                         or (views and (bool(_PREDICTION.search(s, end))
                                                        or bool(_STATE_CLAIM.match(s, end))
                                                        or present_claim(s[end:])
                                              or bool(_PRESENT_SAY.search(s, 0, end)))
                                             and _no_aside_near(s, end)
                                             and _speaker_alone(s, end))))


def speaker_said(s: str) -> str:
    """"X said" when `s` opens with a plain speaker (a noun phrase alone, no pronoun) and
    their saying, else "": whose a later clause of what they said is."""
    m = _LEADING_SAY.match(s) if may_say(s) else None
    if m is None:
        return ""
    verb = _SAY_VERB.search(s, 0, m.end())
    if verb is None or not _speaker_alone(s, m.end(), verb) or "," in s[:verb.start()]:
        return ""
    return s[:verb.end()]


def claims_view(clause: str) -> bool:
    """Whether a reported clause needs its speaker: a view, a prediction, a present claim,
    or a subject pointing back to them ("it is in touch with ...")."""
    return (_needs_holder(clause) or present_claim(clause) or points_back(clause, 0)
            or bool(_SUBJECT_BACK.match(clause)))


# what opens a clause after a comma: the reported clause has ended there, no aside follows
_CLAUSE_AFTER_COMMA = recache.compile(r",\s+(?:which|who|whom|whose|where|when|while|as|after|before|"
                                      r"because|although|though|but|and|or|so|since|until|amid)\b")


def _no_aside_near(s: str, end: int) -> bool:
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
    if not who or not _speaker_alone(said + title, len(said)):
        return title
    return said + whole[at] + title[1:]


def _reported_by(s: str, end: int) -> bool:
    """Whether the attribution opening `s` is a named source's report (a noun phrase alone,
    then "reported"): what it reports is its claim, kept with it."""
    verb = _SAY_VERB.search(s, 0, end)
    return bool(verb and _REPORTED.match(s, verb.start()) and _speaker_alone(s, end, verb))


# "X said the disaster will have ...", "X says the aid industry has become ...": what will be,
# and what someone says now, is a prediction or a view, which without its speaker reads as
# the page's own
_PREDICTION = recache.compile(r"\b(?:will|won[’']t|(?:is|are|was|were)\s+(?:not\s+)?(?:likely|unlikely|"
                             r"expected|forecast|projected|predicted)\s+to)\b|\w[’']ll\b")
# "X said the bridge was safe", "BP said much investigation remained to be done": what was
# said is a state or a judgement, not a happening, and without who says so it is a bare claim
# (not "Police said two men were arrested": a passive is a happening)
_STATE_CLAIM = recache.compile(r"(?:that\s+)?(?:(?:[\w’'-]+|" + MARK + r")\s+){1,6}?(?:is|are|was|were|remains?|remained|"
                               r"seems?|seemed|appears?|appeared|looks?|looked)\s+"
                               r"(?!(?:[a-z]+ed|[a-z]+en|[a-z]+ing|been|made|held|found|hit|shot|sent|"
                               r"killed|set|put|taken|given|told|seen|built|brought|caught|kept|left|"
                               r"lost|paid|sold|also|still|now|due|expected|set|about|"
                               r"not\s+(?:[a-z]+ed|[a-z]+en|[a-z]+ing|been|yet|known|clear))\b)")
_PRESENT_SAY = recache.compile(r"(?<!\byour )(?<!\bto )\b(?:says|say)\b")
# what a speaker's noun phrase before its saying never holds: a verb, a clause's link word, a
# quotation, a stop ("... came tumbling down Experts say", "what Mr X said he would do")
_NOT_SPEAKER = recache.compile(r"[\"“”:;!?]|\b(?:is|are|was|were|be|been|has|have|had|will|would|can|"
                               r"could|may|might|must|should|do|does|did|what|who|whom|which|that|"
                               r"and|but|or|if|when|as|about|[a-z]+ed|[a-z]{3,}s)\s+\S*$|"
                               r"\b(?:is|are|was|were|been|being|what|who|whom|whose|which|that|"
                               r"and|but|when|where|while|if)\b")
_SPEAKER_WORDS = 7
_SAY_VERB = recache.compile(r"\b(?:(?:has|have|had)\s+)?(?:said|says|say|added|stated|told|reported|"
                            r"announced|confirmed|claimed|warned|insisted)\b")
_VIEW_HOLDERS = recache.compile(r"\b(?:analysts|economists|experts|observers|critics|commentators|"
                                r"strategists|correspondents|historians|pundits)$", re.IGNORECASE)
_VIEW_VERB = recache.compile(r"\b(?:(?:has|have|had)\s+)?(?:" + _VIEW_VERBS + r")\b")
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


def _speaker_alone(s: str, end: int, verb: re.Match | None = None) -> bool:
    """Whether the words before an opening saying are a speaker and nothing else: a short
    noun phrase with no verb, link word or quotation (not a headline run into the sentence,
    not "That is what X said"). `verb`: the saying's verb, when the caller found it."""
    verb = verb or _SAY_VERB.search(s, 0, end)
    if verb is None:
        return False
    subject = s[:verb.start()].strip()
    words = _WORDS.findall(subject)
    return (0 < len(words) <= _SPEAKER_WORDS
            # ("He said ...", "[Last week] it said": a pronoun names no one)
            and subject.lower() not in _PRONOUNS
            and not (MARK in subject and words[-1].lower() in _PRONOUNS)
            and not _NOT_SPEAKER.search(subject)
            and not _PREPOSITION_BEFORE_NAME.search(subject + " "))


# every verb `_TRAILING_SAY` can end on holds one of these
_TRAILING_SAY_WORDS = ("said", "say", "report", "announced", "added", "adds", "stated",
                       "confirmed", "claimed", "wrote", "tweeted", "posted", "told", "quoted",
                       "warn", "predict", "caution", "argue", "insist", "estimate", "forecast")


def trailing_say(s: str) -> re.Match | None:
    """`_TRAILING_SAY.match(s)`, asked only when one of its verbs is in `s`."""
    return None if lacks(s, _TRAILING_SAY_WORDS) else _TRAILING_SAY.match(s)


# every verb `_LEADING_SAY` can end on holds one of these (its verbs are matched by case)
_LEADING_SAY_WORDS = ("sai", "say", "added", "stated", "told", "reported", "announced",
                      "confirmed", "claimed", "warned", "insisted")


def may_say(s: str) -> bool:
    """Whether `_LEADING_SAY` can match `s`: a few substring scans, where the pattern tries
    its lazy run at every start (~4 us a text)."""
    return any(w in s for w in _LEADING_SAY_WORDS)


_SAY_CUES = (" sa", " told", " added", " stated", " reported", " announced", " confirmed",
             " claimed", " warned", " insisted", "Sa", "Told", "Added", "Stated", "Reported",
             "Announced", "Confirmed", "Claimed", "Warned", "Insisted")


def short_speaker(s: str) -> str:
    """`s` with a speaker kept before its saying cut to the person's name, as a headline
    names them: "Lead defence lawyer Ed Chernoff said ..." -> "Ed Chernoff said ...". A name
    after a preposition ("a spokesman for Acme Corp") is not the speaker, and stays whole."""
    head = s[:160]
    if not any(cue in head for cue in _SAY_CUES):  # (a cheap test before the pattern)
        return s
    m = _LEADING_SAY.match(s)
    if m is None:
        return s
    end = m.end()
    verb = _SAY_VERB.search(s, 0, end)
    if verb is None or not _speaker_alone(s, end, verb):
        return s
    subject = s[:verb.start()].rstrip()
    person = _person(subject) if subject.count(" ") >= 3 else ""
    return person + " " + s[verb.start():] if person else s


# "said", "has said" and "said that", with nothing else: what a colon can stand for
_PLAIN_SAY = recache.compile(r"(?:(?:has|have)\s+)?(?:said|says|say)(?:\s+" + MARK + r")?[ ,:]+"
                             r"(?:that\s+)?")
# what a reported clause opens with when it points back to its speaker ("X said he ...")
# (a possessive after the colon reads as the speaker's, "Sirleaf: her country was ...", a
# subject pronoun does not, "Obama: he will ...")
_SUBJECT_BACK = recache.compile(r"\W*(?:he|she|they|it|we|i|you|our|my)\b", re.IGNORECASE)


def said_as_colon(s: str) -> str:
    """A title too long for its end to show, opening with a speaker and a plain "said", with
    a headline's colon for the saying: "Barack Obama has said the disaster will ..." ->
    "Obama: the disaster will ..." (a person by their surname, a body whole). Not when what
    was said points back to its speaker ("Her son said he had heard ...")."""
    head = s[:160]
    if not any(cue in head for cue in _SAY_CUES[:3]):  # ("said", "says", "say", "told")
        return s
    m = _LEADING_SAY.match(s)
    if m is None or _SUBJECT_BACK.match(s, m.end()):
        return s
    verb = _SAY_VERB.search(s, 0, m.end())
    if (verb is None or not _PLAIN_SAY.fullmatch(s, verb.start(), m.end())
            or not _speaker_alone(s, m.end(), verb)):  # (no pronoun either)
        return s
    subject = s[:verb.start()].rstrip()
    person = _person(subject) if " " in subject else ""
    return (person.rsplit(" ", 1)[-1] if person else subject) + ": " + s[m.end():]


_PRONOUNS = frozenset("he she they it we i you this that these those".split())


def _person(subject: str) -> str:
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


_QUOTED_WHOLE = recache.compile(r"\s*[\"“][^\"“”]{12,}[,.!?]?\s*[\"”]\s*,?\s*$")
# "X said there have been more thefts ... compared with last year": a comparison is someone's
# reckoning, which without who reckons it reads as the page's own
# (not an amount, "more than 40 doctors"; not "rather than", "other than")
_COMPARED = recache.compile(r"\b(?!(?:rather|other|whether|under|after|over|never|ever|either|neither|"
                            r"number|water|order|later|member|officer|quarter)\b)"
                            # ("more than a month ago", "less than two weeks": an amount)
                            r"(?!(?:more|fewer|less)\s+than\s+(?:an?|one|two|three|four|five|six|"
                            r"seven|eight|nine|ten|a\s+few|several)\b)"
                            r"(?:more|fewer|less|higher|lower|larger|smaller|bigger|worse|better|"
                            r"[a-z]{3,}er)\b(?!\s+than\s+(?:about\s+|some\s+|an?\s+|one\s+)?[\d$#£€])"
                            r"[^,;:\"“”]{0,80}?\b(?:than|compared\s+(?:with|to))\b")
# a clause that says what may be, not what was: without who says so it is a bare view
_MODAL = recache.compile(r"\b(?:could|would|may|might|should|must|can)\b")


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
    verb = _SAY_VERB.search(att)
    if verb is None or MARK in words:
        return ""
    if verb.start() == 0:  # '..., " said the mayor'
        who, said = att[verb.end():].strip(), verb.group(0)
    else:
        who, said = att[:verb.start()].strip(), verb.group(0)
    said = _TOLD.sub(lambda m: "says" if m.group(0).startswith("tells") else "said", said)
    if not who or _NOT_SPEAKER.search(who) or len(_WORDS.findall(who)) > _SPEAKER_WORDS:
        return ""
    if role := _ROLE_BEFORE_NAME.search(who):
        person = role["name"]  # "BP Chief Operating Officer Doug Suttles" -> "Doug Suttles"
    else:
        person = _person(who) if who.count(" ") >= 2 else ""
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


_QUOTE_OPEN = recache.compile(r"(?:^|\s)[\"“]\w")


def _quotes_words(s: str, pos: int) -> bool:
    """Whether what follows an attribution quotes the speaker's words ("said that the leak
    "may prove to be ...""): a quoted view needs who said it, and keeps the attribution."""
    # (from the space before: 'said: "Some ...' opens its quotation right at `pos`)
    return ('"' in s or "“" in s) and bool(_QUOTE_OPEN.search(s, max(0, pos - 1)))


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
    if not (_MODAL.search(s, aside.end())
            or (aside["who"][:1].islower() and aside["who"] not in ("he", "she", "they")
                and (_needs_holder(claim := s[:aside.start()] + " " + s[aside.end():])
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
