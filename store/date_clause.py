"""Which clause of a sentence too long for a title holds the date: its segments read as a
subject, an aside, a relative or a subordinate clause, and the one the date phrase sits in is
kept with what it needs to read (its subject, its speaker). store/title_trim.py calls it once
the attribution, appositives and asides are gone and the sentence is still too long."""

from __future__ import annotations

import re

from . import recache
from .holder_claims import MODAL, claims_view
from .saying import LEADING_SAY, SAY_START, may_say, trailing_say
from .speaker import keeps_speaker, speaker_said
from .title_reads import capitalised
from .title_reads import reads_as_happening as _reads_as_happening
from .title_tidy import tidy
from .title_words import _APPOSITIVE, _WORDS, MARK, TITLE_MAX, segments
from .title_words import one_space as _one_space

_LEADING_PREPOSITION = recache.compile(
    r"^\s*(?:following|after|before|during|since|despite|amid|in|on|at|with|without|by|from|"
    r"for|over|under|through|until)\s+(?=(?:the|a|an|this|that|his|her|its|their)\b)",
    re.IGNORECASE)
PREPOSITION_START = recache.compile(r"(?:in|on|at|during|since|from|by|of|for|until|till|through|"
                                    r"between|before|after|around|over|within)\b", re.IGNORECASE)
_RELATIVE = recache.compile(r"\b(?:that|which|who)\s+")
_ARTICLE = recache.compile(r"\b(?:a|an|the)\s")
CAPITALISED_WORD = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w’'-]*)"  # "U.S." is one word, not "U" and "S"
# (a name's lower-case particle inside it: "Osama bin Laden", "Ludwig van Beethoven")
_NAME = recache.compile(CAPITALISED_WORD + r"(?:\s+(?:(?:of|bin|ibn|al|van|von|der|de|da|del|di|du|dos|la|le|au|aux|des|do|das)\s+)?"
                        + CAPITALISED_WORD + r")*")
# words that open a capitalised run without naming anyone: "The", "May 1932", "Monday"
NOT_NAMES = frozenset(
    "The A An This That These Those It Its Their His Her Our In On At No Some Many "
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
_NOT_SUBJECT_REL = recache.compile(r"(?:he|she|they|it|we|i|you|the|a|an|his|her|their|its|my|our|"
                                   r"your|this|these|those)\b",
                                   re.IGNORECASE)
_CONJ = recache.compile(r"\b(?:and|or|but|nor)\b")
_PREP_BEFORE = recache.compile(r"\b(?:in|on|at|of|to|for|by|with|from)\s+$")  # "in that way"
_CONJ_BEFORE = recache.compile(r"\b(?:and|or|but|so)\s+$")
_SUBJECT = recache.compile(r"(?:the|a|an)\s|(?!(?:The|A|An|It|He|She|They|We)\b)[A-Z]")
_SUBORDINATE = recache.compile(r"\b(?:since|after|when|before|until|once)\s+")
# "the first time since the explosion [on 20 April] that the leak has stopped": a noun phrase
# with no verb, then the "that" of the words before it: a preposition's object, no clause
_NOUN_THEN_THAT = recache.compile(r"(?:the|a|an)\s+(?:(?!(?:is|are|was|were|has|have|had|will|would|"
                                  r"could|can|may|might|must|should|did|does|\w+ed)\b)[\w’'-]+\s+){1,12}?"
                                  r"(?:\x00\s+)?that\s")
_NAME_ONLY = recache.compile(r"\s*(?!(?:The|A|An|In|On|At|It|He|She|They|We)\b)"
                             r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,4}\s*")

# a sentence that opens with an adverbial ("And in the midst of the bubble, [in 2006], only
# ...", "By the time she was rescued, [on 19 January], she ..."): its commas are its own
OPENS_ADVERBIAL = recache.compile(r"\s*(?:(?:and|but|so|yet|or)\s+)?(?:in|on|at|by|after|before|when|"
                                  r"while|as|since|until|once|if|although|though|during|with|"
                                  r"without|despite|following|amid|for|from|over|under)\b",
                                  re.IGNORECASE)


# a relative clause of two or three words ("that really matters", "that I know") then the
# main clause's verb
_MAIN_VERB_AFTER_RELATIVE = recache.compile(
    r"(?P<relative>(?:[a-z]+ly\s+)?[a-z]+s|(?:he|she|they|we|I|you)\s+[a-z]+)\s+"
    r"(?=(?:is|are|was|were|has|have|had|will|would|could|may|might|must|should|"
    r"takes|took|comes|came|goes|went|begins|began|starts|started|ends|ended|"
    r"remains|remained|seems|seemed)\b)")


# "about what", "roughly what", "what": a noun phrase of a free relative, in apposition to
# the figure or thing before it
_WHAT_RESTATES = recache.compile(r"(?:(?:about|roughly|nearly|almost|exactly|just|precisely|"
                                 r"close\s+to|more\s+than|less\s+than|twice|double|half)\s+)?"
                                 r"what\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?[\w’'-]+\s+"
                                 r"(?:[\w’'-]+\s+)?(?:has|have|had|is|was|were|are|did|does|"
                                 r"[a-z]+ed)\b")


def _clause(s: str) -> str:
    """The clause that holds the date, when the whole sentence is too long."""
    parts = [p for p in segments(s) if p.strip()]
    if not parts:
        return s
    idx = next((i for i, p in enumerate(parts) if MARK in p), None)
    if idx is None:
        return _past_short_aside(parts[0], parts, 0)
    part = parts[idx]
    if idx > 0 and trailing_say(part.replace(MARK, "").strip(" .")):
        return parts[0]  # the date only says when someone spoke
    if idx > 0 and _WHAT_RESTATES.match(part) and (main := next(
            (p for p in reversed(parts[:idx]) if _reads_as_happening(p)), "")):
        # "... stood at $5.8 trillion -- about what the ratio has averaged since [1956]": a
        # free relative that only restates the figure before it, with no clause of its own;
        # the clause whose figure it restates is the title
        return main
    if (idx > 0 and idx == len(parts) - 1
            and _NAMED_VERB_END.fullmatch(part.replace(MARK, "").strip(" ."))):
        # '"... helpful" to the company, GE chief executive X acknowledged [in December].':
        # the date says when the name spoke; what it said is the clause before
        said = ", ".join(parts[:idx]) + ", " + part.replace(MARK, "").strip(" .")
        return said if len(tidy(said)) <= TITLE_MAX else ", ".join(parts[:idx])
    if idx and (link := _LINK_CLAUSE.match(part)) and (said := speaker_said(parts[0])) and (
            claims_view(rest := part[link.end():])):
        # "X says more than 30 Britons are safe, and it is in touch with ...", "X wrote the
        # test produced results, but these might not have been ...": the speaker's second
        # clause, a view or pointing back to them, keeps who said it (hd18)
        return f"{said} {rest}"
    if part[:1] in "\"“" and idx > 0 and (said := _quoted_by(parts, idx)):
        # 'Mr Ban, who visited the city on Sunday, added: "The things I saw [yesterday] ...':
        # a quotation keeps who said it
        return f"{said} {part}"
    if (idx == 1 and len(parts) > 2 and _PARTICIPLE_ASIDE.match(part)
            and _FINITE_OPEN.match(parts[2]) and parts[0][:1].isupper()
            and len(_WORDS.findall(parts[0])) <= 6):
        # "The clip, already aired in [last week's] statements, was played in full": an aside
        # between a subject and its verb, whose clause the title is
        return parts[idx - 1] + " " + parts[idx + 1]
    if (0 < idx < len(parts) - 1 and _PREPOSITION_ASIDE.match(part)
            and not _FINITE_IN.search(part)
            and (_FINITE_OPEN.match(parts[idx + 1]) or _PAST_OPEN.match(parts[idx + 1]))
            and _SUBJECT_ONLY.fullmatch(parts[idx - 1])
            and not _reads_as_happening(parts[idx - 1])):
        # "but the group's meetings, notwithstanding the session scheduled for [this week],
        # have not included ...": a phrase with no verb between a subject and its verb, which
        # a title of the phrase alone would move after the clause, cut
        return parts[idx - 1] + " " + parts[idx + 1]
    if (idx == 1 and len(parts) > 2 and _ING_ASIDE.match(part) and _PAST_OPEN.match(parts[2])
            and _NAME_WORDS.fullmatch(parts[0]) and parts[0].split()[0] not in NOT_NAMES):
        # "McCain, speaking [Thursday] at the forum before returning to Washington, called
        # for ...": what the name did while the aside went on
        return parts[0] + " " + parts[2]
    if (not part.replace(MARK, "").strip() and idx + 1 < len(parts)
            and not _NO_SUBJECT_OPEN.match(parts[idx + 1])):
        # "It is new, but familiar - [12 years ago], a new strain emerged": the date opened
        # the clause after it
        return MARK + " " + parts[idx + 1]
    if (idx + 1 < len(parts) and not _reads_as_happening(part.replace(MARK, " "))
            and (_CONJUNCTION_OPEN.match(part) or PREPOSITION_START.match(part))
            and _reads_as_happening(parts[idx + 1])
            and not _NO_SUBJECT_OPEN.match(parts[idx + 1])
            and not _CONJUNCTION_OPEN.match(parts[idx + 1])):
        # "...; and another in Jamaica in [1907], a quake killed 1,000", "in Leeward Islands
        # in [1843], a quake killed 5,000": a phrase with no verb, opened by a conjunction
        # or a preposition, opens the clause after it, which is what the date dates
        return part + ", " + parts[idx + 1]
    if (0 < idx < len(parts) - 1 and _RELATIVE_OPEN.match(part)
            and len(_WORDS.findall(part)) <= 3 and parts[idx + 1][:1].islower()
            and not _RELATIVE_OPEN.match(parts[idx + 1])
            and not _CONJUNCTION_OPEN.match(parts[idx + 1])  # "which began, and was ..."
            # (not a fronted phrase's, "Following the hearing, which could end [then], a
            # judge ...", nor a short subject's, "The procedure, which began [then]")
            and not OPENS_ADVERBIAL.match(parts[idx - 1])
            and (idx > 1 or len(_WORDS.findall(parts[0])) > 5)):
        # "Allen said the procedure, which began [on Wednesday], has pumped ...": a relative
        # aside too thin to read alone; the clause it interrupts, without it, is the title
        return parts[idx - 1] + " " + ", ".join(parts[idx + 1:])
    if (idx > 0 and not _reads_as_happening(part.replace(MARK, " "))
            and _reads_as_happening(parts[idx - 1])
            and not _SUBORDINATOR_OPEN.match(parts[idx - 1])
            and not _NO_SUBJECT_OPEN.match(parts[idx - 1])
            and len(parts[idx - 1]) + len(part) < 2 * TITLE_MAX):
        # "oil fell below $75 yesterday, down from a peak of $147 [in July]": a phrase with
        # no verb of its own adds to the clause before it
        return parts[idx - 1] + ", " + part
    if (idx > 0 and SAY_START.match(part) and MODAL.search(part)
            and _NAME_ONLY.fullmatch(parts[idx - 1])):
        # "..., Adm Thad Allen, said the flow could be contained by [Monday]": a claim of what
        # may be keeps the name that claims it
        return parts[idx - 1].strip() + " " + part
    if idx and idx == len(parts) - 1 and (link := _LINK_THEN_SAY.match(part)) and (
            said := LEADING_SAY.match(rest := part[link.end():])) and keeps_speaker(
            rest, said.end(), views=True):
        # "..., but officials say crude oil is not expected to reach ...": the last clause's
        # own speaker, after its link word, holds its view as a sentence's would (hd18)
        return capitalised(rest)
    m = LEADING_SAY.match(part) if may_say(part) else None
    # (the first segment's speaker is the sentence's: a view keeps it there as on a whole
    # sentence, "Paul Ting[, an independent oil analyst,] says preliminary estimates ...")
    if m and len(_WORDS.findall(part[m.end():])) >= 4 and not keeps_speaker(
            part, m.end(), views=(idx == 0 and s.startswith(part[:20])
                                  and not _NO_SUBJECT_OPEN.match(part, m.end())
                                  and _reads_as_happening(part[m.end():].replace(MARK, " ")))):
        part = part[m.end():]
        m = None
    if (m and MARK in part[:m.end()] and idx + 1 < len(parts)
            and not _reads_as_happening(part[m.end():]) and (at := s.find(part)) >= 0):
        # "Sirleaf said in an interview [yesterday] that her country, and others in Africa,
        # were ...": the date is the kept saying's, and what it reports runs on past the
        # segment to its verb (hd18)
        return s[at:]
    rel = _RELATIVE.search(part)
    if rel and m and m.end() >= rel.end():
        rel = None  # "said in an interview on Thursday that ...": the saying's own "that"
    if rel and (rel.start() > part.find(MARK) or _NOT_SUBJECT_REL.match(part, rel.end())
                # (a segment opening on "that" after a saying: "has noted, that epochal
                # conclave took ...": a determiner or what was said, no relative)
                or (rel.start() == 0 and idx > 0 and part.startswith("that ")
                    and _SAYING_END.search(parts[idx - 1]))
                or _VERB_BEFORE_THAT.search(part, max(0, rel.start() - 14), rel.start())
                or _NOUN_BEFORE_THAT.search(part, max(0, rel.start() - 16), rel.start())
                # ("to stave off the kind of crisis that shook both nations": no "the kind of
                # crisis shook", a kind being what the relative clause says)
                or _KIND_OF_BEFORE.search(part, max(0, rel.start() - 30), rel.start())
                or _CONJ_BEFORE.search(part, 0, rel.start())
                or _PREP_BEFORE.search(part, 0, rel.start())):
        # no mark left, the relative clause comes after the date, "which he described as",
        # or "and that" (a second reported clause)
        rel = None
    if rel and idx > 0 and rel.start() == 0 and (why := _WHICH_IS_WHY.match(part)):
        # "Haiti is one of the poorest countries in the world, which is why it's struggling to
        # cope with [last week's] earthquake": "which" is the whole clause before, no noun;
        # what it explains is the date's clause
        return part[why.end():]
    if rel and idx > 0 and rel.start() == 0:
        # "The group, which captured the site in May, ..." -> "The group captured the site"
        prev = parts[idx - 1]
        prev = _LEADING_PREPOSITION.sub("", prev)  # "Following the hearing, which could end"
        subject = prev if len(_WORDS.findall(prev)) <= 5 else _last_name(prev)
        if (of := _OF_NAME.search(prev)) and part.startswith("who"):
            subject = of["name"]  # "Fans of Jackson, who died in June": Jackson died
        elif (of and part.startswith("which") and _PERSON_TITLE.match(of["name"])
              and (head := _last_noun_phrase(prev[:of.start()]))):
            # "the criminal trial against Dr Murray, which is expected to begin": "which" is
            # never a person, and the thing before the person's name is what it says
            subject = prev = head
        elif (part.startswith("which") and _EVENT_VERB.match(part, 5)
              and (place := _IN_NAME.search(prev))
              and (head := _event_head(prev[:place.start()]))):
            # "an unapproved tribute show to his brother in Rome, which had been scheduled for
            # [25 June]": a place is never scheduled or held; the event before "in" is
            subject = prev = head
        if (part.startswith("who") and idx >= 2 and _ROLE_OPEN.match(prev)
                and (name := _last_name(parts[idx - 2]))
                and parts[idx - 2].rstrip().endswith(name)):
            # "the case of Jane Roe, former head of the Commission, who in [1997] called for":
            # "who" is the person named before the role, not the body the role names
            return name + " " + part[rel.end():]
        if subject and subject is not prev and not prev.rstrip().endswith(subject):
            # "Headlines in Jamaica's leading newspapers, which ...": the relative clause is
            # about the words before its comma, which the name only opens
            tail = prev[prev.rfind(subject):].rstrip()
            subject = tail if len(_WORDS.findall(tail)) <= 5 else _last_noun_phrase(prev)
        if subject:
            rest = part[rel.end():]
            if (_DETERMINER_OPEN.match(subject) and _OBJECT_GAP.search(rest.replace(MARK, ""))
                    and rest[:1].isupper()):
                # "The plan, which Treasury Secretary X is set to announce [Monday], is being
                # crafted ...": an object relative, whose subject does to the head what it says
                return rest.rstrip(" " + MARK) + " " + subject[0].lower() + subject[1:]
            if (belief := _BELIEF_GAP.match(_one_space(rest.replace(MARK, " ")))) and (
                    part.startswith("which") or part.startswith("that")):
                # "Oil use in China, which most forecasters [a year ago] assumed would be the
                # engine ...": the head is the subject of what they assumed
                # (a common word capitalised as the sentence's first goes lower case: "oil
                # use in China", not "Oil use"; a name's stays: "China's", "Exxon Mobil")
                head = (subject[0].lower() + subject[1:]
                        if _DETERMINER_OPEN.match(subject) or _COMMON_FIRST.match(subject)
                        else subject)
                return (capitalised(belief["subj"]) + " " + belief["verb"] + " " + head + " "
                        + belief["rest"])
            return subject + " " + rest
    if rel and idx > 0 and _APPOSITIVE.match(part) and not OPENS_ADVERBIAL.match(parts[idx - 1]):
        # "Palmyra, a town ... that fell to IS last May" -> "Palmyra fell to IS"
        subject = _last_name(parts[idx - 1])
        if subject and not parts[idx - 1].rstrip().endswith(subject):
            subject = _last_noun_phrase(parts[idx - 1])  # "... a hurricane season, which"
        if subject:
            rest = part[rel.end():]
            if main := _MAIN_VERB_AFTER_ASIDE.search(rest):
                # 'Sarkozy, a champion who was elected [in 2007] on a pledge to "work more,"
                # has insisted ...': the relative ends where the subject's own verb comes
                rest = rest[:main.start()] + main["mark"]
            return subject + " " + rest
    if rel:
        # "... excluded from a brokered ceasefire that began on February 27" -> "A brokered
        # ceasefire began"
        # (not an article inside a name, "the Save the Children team who ...")
        arts = [a for a in _ARTICLE.finditer(part, 0, rel.start()) if not _in_name(part, a)]
        if (len(arts) > 1 and _SINGULAR_VERB.match(part, rel.end())
                and _PLURAL_BEFORE.search(part, 0, rel.start())
                and len(_WORDS.findall(part[arts[-2].start():rel.start()])) <= 10):
            arts.pop()  # "a revision to the rules that was made": the revision was made
        if (arts and arts[-1].start() == 0 and idx > 0
                and _MAIN_VERB_AFTER_RELATIVE.match(part, rel.end())):
            # "..., the meeting that really matters takes place in ...": the relative clause
            # is the subject's, and the main verb after it is what the date dates
            return part
        if (arts and len(_WORDS.findall(part[arts[-1].start():rel.start()])) <= 7
                and not _CONJ.search(part, arts[-1].start(), rel.start())
                # (not inside a condition: "If the virus mutates into a form that is ...")
                and not _CONDITION_BEFORE.search(part, 0, arts[-1].start())):
            head = arts[-1].start()
            if (part[rel.start():rel.end()].strip() == "who"
                    and (people := _PEOPLE_AT.search(part, max(0, head - 40), head))):
                # "... damages to 10 workers at a BP refinery who said ...": "who" is the
                # people the place is theirs, not the place
                head = people.start()
            if told := _anaphoric_head(part, parts, idx, head, rel):
                return told
            return part[head:rel.start()] + part[rel.end():]
    sub = [m for m in _SUBORDINATE.finditer(part, 0, max(part.find(MARK), 0))
           if _SUBJECT.match(part, m.end()) and not _NOUN_THEN_THAT.match(part, m.end())]
    if sub and len(_WORDS.findall(part[sub[-1].end():part.find(MARK)])) >= 3:
        # "... the first killed that way since the group seized the ruins in May"
        own = part[sub[-1].end():]
        thin = len(_WORDS.findall(own.replace(MARK, ""))) <= THIN_CLAUSE
        if (thin and len(tidy(part)) <= TITLE_MAX and not _RELATIVE_OPEN.match(part)
                and not _NO_SUBJECT_OPEN.match(part) and not _CONJUNCTION_OPEN.match(part)
                and _reads_as_happening(part[:sub[-1].start()])):
            # "... 27 million litres have flowed into the water since the pipe started leaking
            # [in April]": a clause that short says too little alone, its segment fits
            return part
        if (thin and idx >= 1
                and _FINITE_OPEN.match(part) and parts[0][:1].isupper()
                and len(_WORDS.findall(parts[0])) <= 6 and not _NO_SUBJECT_OPEN.match(parts[0])
                and len(tidy(whole := parts[0] + " " + part)) <= TITLE_MAX):
            # "The 59-year-old, originally from Essex, has been unaccounted for since the UN
            # headquarters collapsed [on Tuesday]": the segment's subject is the sentence's
            # first, before its asides
            return whole
        return own
    if (idx == 0 and len(parts) > 1 and part.rstrip().endswith(MARK) and part[:1].isupper()
            and _VERB_OPENS_NEXT.match(parts[1]) and not _FINITE_IN.search(part)):
        # "Filings made by X with the commission [as recently as April 1], show that ...": a
        # subject whose date's comma stood before its verb
        return part.rstrip(" " + MARK) + " " + ", ".join(parts[1:])
    if _RELATIVE.match(part) or len(_WORDS.findall(part.replace(MARK, ""))) < 4:
        return s  # a dangling "which he described as ...": the whole sentence says more
    return _past_short_aside(part, parts, idx)


# a comma (inside a quotation's close or not), then the finite verb of the clause around
# the relative
_MAIN_VERB_AFTER_ASIDE = recache.compile(r",(?P<mark>[\"”]?)\s+(?:has|have|had|is|are|was|were|will|"
                                         r"would|can|could|may|might|must|should|did|does)\s")
# a relative's head that names nothing without its clause: "the one that began", "the very
# crisis that ...", "the same studio that ..."
_ONE_HEAD = recache.compile(r"(?:the|The)\s+ones?\s*$")
_SAME_HEAD = recache.compile(r"(?:the|The)\s+(?:very|same)\s+(?P<noun>[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?)\s*$")
_COPULA_END = recache.compile(r"\s+(?:is|was|are|were|has\s+been|had\s+been)\s+$")
# the noun phrase a segment ends with, quotation marks and all: 'a brewing "lending crisis"'
_LAST_NP = recache.compile(r"\b(?:the|a|an|its|their|his|her|this|that|these|those)\s+"
                           r"(?:[\"“]?[a-z][\w’'-]*[\"”]?\s+){0,4}[\"“]?[a-z][\w’'-]*[\"”]?\s*$",
                           re.IGNORECASE)


def _anaphoric_head(part: str, parts: list[str], idx: int, head: int, rel: re.Match) -> str:
    """The relative clause told with the noun its head stands for, when the head names
    nothing alone: "X was the one that began in Japan" -> "X began in Japan"; "a brewing
    crisis -- the very crisis that contributed to ..." -> "A brewing crisis contributed to
    ..."; else "the same studio that hosted" -> "The studio hosted"; "" when the head is an
    ordinary noun phrase, or nothing says what it stands for (the segment is kept whole)."""
    np = part[head:rel.start()]
    one, same = _ONE_HEAD.match(np), _SAME_HEAD.match(np)
    if not (one or same):
        return ""
    rest = part[rel.end():]
    if head == 0 and idx > 0 and (ante := _LAST_NP.search(parts[idx - 1])):
        return capitalised(ante[0].rstrip()) + " " + rest  # an appositive: what it restates
    if one:
        cop = _COPULA_END.search(part, 0, head)
        subject = part[:cop.start()] if cop else ""
        if subject.strip() and not _RELATIVE.search(subject) and MARK not in subject:
            return subject + " " + rest  # "X was the one that began ..." -> "X began ..."
        return part
    return np[:4] + same["noun"] + " " + rest


def _in_name(part: str, article: re.Match) -> bool:
    """Whether a lower-case article sits inside a name: a capitalised word either side of
    it ("Save the Children", "Bank of the West")."""
    if not part[article.end():article.end() + 1].isupper():
        return False
    words = part[max(0, article.start() - 30):article.start()].split()
    if words and words[-1] == "of":
        words.pop()
    return bool(words) and words[-1][:1].isupper()


# people, then the place or body they are at: "10 workers at", "the staff of"
_PEOPLE_AT = recache.compile(r"(?:\b(?:the|a|an)\s|\b\d[\d,]*\s)(?:[a-z][\w’'-]*\s){0,2}?[a-z][\w’'-]*s\s"
                             r"(?:at|of|from|in|with|for)\s$")
_VERB_OPENS_NEXT = recache.compile(r"(?:(?:also|still|now)\s+)?(?:show|shows|showed|suggest|suggests|"
                                   r"suggested|reveal|reveals|revealed|indicate|indicates|indicated|"
                                   r"confirm|confirms|confirmed|is|are|was|were|has|have|had|will|"
                                   r"would|could|may|might)\s")
# a finite verb or a saying anywhere: the segment is a clause already, no bare subject
_FINITE_IN = recache.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|may|might|can|did|"
                             r"does|said|says|told)\b")
_SAYING_END = recache.compile(r"\b(?:noted|said|says|argued|argues|wrote|writes|added|adds|warned|"
                              r"pointed\s+out|observed|conceded)\s*$")
_CONDITION_BEFORE = recache.compile(r"\b(?:[Ii]f|[Uu]nless|[Ww]hether)\s")
_DETERMINER_OPEN = recache.compile(r"(?:The|A|An|This|That|These|Those|Its|His|Her|Their)\s")
# an object relative's end: a name then a verb with nothing after it ("X is set to announce")
_OBJECT_GAP = recache.compile(r"^(?:[A-Z][\w’'.-]*\s+){1,5}(?:[a-z]+\s+){0,4}?(?:to\s+[a-z]+|[a-z]+ed|"
                              r"signed|made|won|sold|bought|built|wrote|gave)\s*$")
THIN_CLAUSE = 5  # words: a subordinate clause this short gives way to the segment it ends
# a segment that is a relative clause: "which was released ...", "some of which was ..."
_RELATIVE_OPEN = recache.compile(r"\W*(?:(?:[\w’'-]+\s+){0,3}of\s+)?(?:which|who|whom|whose|that|where)\b",
                                 re.IGNORECASE)


_SAY_END = recache.compile(r"\b(?P<verb>said|says|added|adds|told\s+[\w’'.-]+|wrote|writes|tweeted|"
                           r"declared|insisted|warned|stated)\s*$")


def _quoted_by(parts: list[str], idx: int) -> str:
    """ "Mr Ban added:" for a quotation after a saying whose speaker is a name in the
    segment before it, or before an aside ("Mr Ban, who ..., added")."""
    say = _SAY_END.search(parts[idx - 1])
    if say is None:
        return ""
    speaker, j = parts[idx - 1][:say.start()].strip(), idx - 1
    while not speaker and j > 0:
        j -= 1
        if not _RELATIVE.match(parts[j]) and not parts[j][:1].islower():
            speaker = parts[j]
        elif not _RELATIVE.match(parts[j]):
            break
    name = _last_name(speaker) if speaker else ""
    if not name or not speaker.rstrip().endswith(name):
        return ""
    return f"{name} {say['verb']}:"


# a segment that ends on an auxiliary or modal needs the verb after it: "100,000 barrels a day
# could[, in theory, flow from the well]"
_ENDS_ON_AUX = recache.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|"
                               r"must|should|shall|did|does|do|to)\s*$")


def _past_short_aside(part: str, parts: list[str], i: int) -> str:
    """`part` (segment `i`, perhaps cut), carried past a short aside ("in theory", "he said")
    when it ends on an auxiliary or modal whose verb comes after the aside."""
    if (i + 2 < len(parts) and _ENDS_ON_AUX.search(part.replace(MARK, ""))
            and len(_WORDS.findall(parts[i + 1])) <= 3 and parts[i + 2][:1].islower()):
        return part + " " + parts[i + 2]
    if (i + 2 < len(parts) and _LIKE_ASIDE.match(parts[i + 1])
            and _FINITE_OPEN.match(parts[i + 2]) and _SAYING_WORD.search(part)):
        # "X said the move, like McCain's pick of Palin, was a political stunt": an aside of
        # comparison between what was said's subject and its verb
        return part + " " + parts[i + 2]
    return part


_LINK_CLAUSE = recache.compile(r"(?:but|and|yet)\s+(?=(?:it|they|he|she|these|those|the|a|an|[A-Z])\b)")
_LINK_THEN_SAY = recache.compile(r"(?:but|and|yet)\s+(?=[^,;]{1,60}?\b(?:say|says|said)\s)")
_LIKE_ASIDE = recache.compile(r"(?:like|unlike|as\s+with|much\s+like|just\s+like)\s")
_SAYING_WORD = recache.compile(r"\b(?:said|says|say|argued|argues|believes|believed|thinks|thought|"
                               r"warned|warns|insisted|insists)\b")


# an aside that opens on a preposition of concession or company, with no verb of its own
_PREPOSITION_ASIDE = recache.compile(r"(?:notwithstanding|despite|in\s+spite\s+of|along\s+with|together\s+with|"
                                     r"like|unlike|as\s+with|including|excluding|apart\s+from|"
                                     r"aside\s+from|besides)\s")
# a subject with nothing after it: a noun phrase of up to eight words (after "and" or "but"),
# no verb, no comma
_SUBJECT_ONLY = recache.compile(r"(?:(?:and|but|yet|so)\s+)?(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hese|[Tt]hose|[Ii]ts|"
                                r"[Tt]heir|[Hh]is|[Hh]er|[A-Z][\w’'.-]*)(?:\s+[\w’'.-]+){0,7}")
_PARTICIPLE_ASIDE = recache.compile(r"(?:(?:already|first|originally|previously|recently|once|also)\s+)?"
                                    r"(?:[a-z]{3,}ed|due\s+to|made|held|sold|built|set|taken|given|written|"
                                    r"shown|seen|known)\s")
# a name (with its rank) and a past verb with nothing after it: "GE chief executive X admitted"
_NAMED_VERB_END = recache.compile(r"(?:[\w’'.-]+\s+){0,5}[A-Z][\w’'.-]*\s+(?:[a-z]{3,}ed|wrote|told)")
# a present participle opening an aside, not a preposition in -ing form
_ING_ASIDE = recache.compile(r"(?!(?:including|according|during|following|regarding|concerning|"
                             r"notwithstanding|excluding|pending|beginning|starting)\b)[a-z]{3,}ing\s")
_NAME_WORDS = recache.compile(r"\s*(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*\s*")
# a past verb opening a predicate: "called for", "told", "said"
_PREDICATE_ADVERB = r"(?:(?:also|later|then|now|still)\s+)?"
_PAST_OPEN = recache.compile(_PREDICATE_ADVERB + r"(?:[a-z]{3,}ed|said|told|made|took|gave|went|came|"
                             r"left|met|won|lost|held|sent|wrote|spoke|urged)\s")
_FINITE_OPEN = recache.compile(_PREDICATE_ADVERB + r"(?:was|were|is|are|has|have|had|will|would|can|"
                               r"could|may|might)\s")
# "The decision to remove the cap meant that oil was flowing": "that" after a verb opens
# what was meant or said, no relative clause about the noun before the verb
_VERB_BEFORE_THAT = recache.compile(r"\b(?:meant|means|said|says|thought|thinks|felt|feels|found|finds|"
                                    r"knew|knows|showed|shows|suggested|suggests|believed|believes|"
                                    r"argued|argues|warned|warns|hoped|hopes|claimed|claims)\s+$")
_KIND_OF_BEFORE = recache.compile(r"\b(?:kind|sort|type|kinds|sorts|types)\s+of\s+(?:[a-z]+\s+){1,2}$")
# "There is also a chance that BP will end up ...": "that" after a noun of saying, hoping or
# chance opens what the noun holds, no relative clause about it
_NOUN_BEFORE_THAT = recache.compile(r"\b(?:chance|chances|possibility|likelihood|risk|fear|fears|hope|"
                                    r"hopes|fact|belief|sign|signs|evidence|news|claim|claims|"
                                    r"suggestion|warning|warnings|concern|concerns|idea|assumption|"
                                    r"expectation|expectations|prospect|danger|assurance|assurances|"
                                    r"promise|speculation|rumou?rs?|indication|indications|doubt|"
                                    r"doubts|confidence|proof|notion|view)\s+$")
# a segment that opens with no subject of its own: a predicate ("have helped ..."), an
# infinitive or a prepositional phrase ("near Perote ... had been sick")
_NO_SUBJECT_OPEN = recache.compile(r"(?:is|are|was|were|has|have|had|will|would|can|could|said|says|"
                                   r"[a-z]+ed|to|near|in|on|at|of|for|from|by|with|into|after|before|"
                                   r"during|under|over|across|around|among|between|through|since|"
                                   r"until|despite|without|which|who|that)\b")
_CONJUNCTION_OPEN = recache.compile(r"(?:and|but|or|then)\s", re.IGNORECASE)
_SUBORDINATOR_OPEN = recache.compile(r"(?:after|although|as|because|before|if|once|since|though|"
                                     r"unless|until|when|whenever|while|whilst|with)\b", re.I)
_SINGULAR_VERB = recache.compile(r"(?:was|is|has)\b")
_PLURAL_BEFORE = recache.compile(r"[a-z]{2}[^s’'\s]s\s*$")
_LAST_DETERMINER = recache.compile(r"\b(?:the|a|an|its|their|his|her|this|that|these|those)\s",
                                   re.IGNORECASE)


# a role set after a name: "former head of the Commission", "a lawyer for the firm"
_ROLE_OPEN = recache.compile(r"(?:(?:a|an|the)\s+)?(?:former|then|acting|deputy|chief|senior|[a-z]+)"
                             r"(?:\s+[a-z]+){0,3}\s+(?:of|for|at|to|with)\s")


def _last_noun_phrase(segment: str) -> str:
    """The noun phrase a segment ends with, from its last determiner ("... is for an active
    hurricane season" -> "an active hurricane season"), when it ends on a common noun."""
    end = segment.rstrip()
    if not end[-1:].islower():
        return ""
    dets = list(_LAST_DETERMINER.finditer(end))
    if not dets or len(_WORDS.findall(end[dets[-1].start():])) > 7:
        return ""
    return capitalised(end[dets[-1].start():])


# a place name after "in" or "at" that ends a segment, and the verbs a place never takes:
# what is scheduled, held, put off or expected to begin is an event
_IN_NAME = recache.compile(r"\s(?:in|at)\s+(?:the\s+)?(?P<name>" + CAPITALISED_WORD + r"(?:\s+(?:of\s+)?" + CAPITALISED_WORD
                           + r"){0,3})\s*$")
# a noun phrase with an article, its words up to a preposition: "an unapproved tribute show"
_ARTICLE_PHRASE = recache.compile(r"\b(?:a|an|the)\s+(?:(?!(?:to|of|for|with|by|from|in|on|at|and|or)\b)"
                                  r"[a-z][\w’'-]*\s+){0,3}?(?!(?:to|of|for|with|by|from|in|on|at|and|or)\b)"
                                  r"[a-z][\w’'-]*(?=\s+(?:to|of|for|with|by|from|in|on|at)\b|\s*$)")


def _event_head(before_place: str) -> str:
    """The last noun phrase with an article before a place's "in" (its prepositions' objects
    aside): "stopping an unapproved tribute show to his brother Michael" -> "An unapproved
    tribute show"."""
    text = before_place[-160:]
    for m in reversed(list(_ARTICLE_PHRASE.finditer(text))):
        if not _OBJECT_OF.search(text, max(0, m.start() - 6), m.start()):
            return capitalised(m[0])  # (not "of the old town": a preposition's object)
    return ""


_OBJECT_OF = recache.compile(r"\b(?:of|to|for|with|by|from|about)\s+$")
_EVENT_VERB = recache.compile(r"\s*(?:(?:had|has|have)\s+been\s+|(?:was|were|is|are)\s+(?:originally\s+|first\s+)?)?"
                              r"(?:scheduled|planned|held|staged|postponed|cancelled|canceled|"
                              r"called\s+off|slated|due|set\s+to|expected\s+to\s+(?:begin|start|"
                              r"open|end|last|run|take\s+place)|supposed\s+to|attended)\b")
# an object relative whose verb is a belief about the head: "[which] most forecasters assumed
# would be", "[which] the bank expects will"
_BELIEF_GAP = recache.compile(r"\s*(?P<subj>(?:the|a|an|most|many|some|all|few|its|their|his|her|"
                              r"economists|analysts|experts|officials|investors|forecasters)\b"
                              r"(?:\s+[a-z][\w’'-]*){0,3}?)\s+(?:(?:had|have|has)\s+)?(?P<verb>assumed|"
                              r"thought|believed|expected|predicted|hoped|feared|said|says|"
                              r"believe|believes|think|thinks|expect|expects|predict|predicts|"
                              r"estimated|estimates|reckoned|reckons|suspected|suspects)\s+"
                              r"(?P<rest>(?:would|will|could|can|might|may|was|were|is|are|had|has|"
                              r"have)\s.*)$", re.DOTALL)
_COMMON_FIRST = recache.compile(r"[A-Z][a-z]+\s+[a-z]")
# a relative about the whole clause before it: "which is why", "which means that"
_WHICH_IS_WHY = recache.compile(r"which\s+(?:(?:is|was)\s+(?:why|how|partly\s+why|one\s+reason\s+why)|"
                                r"means|meant)\s+(?:that\s+)?")
# a name that is a person's by its title ("Dr Murray", "Mrs Clinton")
_PERSON_TITLE = recache.compile(r"(?:Dr|Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady|Prof|Professor|President|"
                                r"Senator|Judge|Justice|Rev|Father|Sister)\.?\s+[A-Z]")
_OF_NAME = recache.compile(r"\b(?:of|for|to|with|against|from|representing)\s+(?P<name>" + CAPITALISED_WORD + r"(?:\s+" + CAPITALISED_WORD + r"){0,3})\s*$")


def _last_name(segment: str) -> str:
    """The last run of capitalised words in a segment, not counting a leading "The"."""
    names = [m.group(0) for m in _NAME.finditer(segment)
             if m.group(0).split()[0] not in NOT_NAMES]
    return names[-1] if names else ""
