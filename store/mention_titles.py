"""A mention's title: its sentence cut down to the happening the date phrase belongs to.

A timeline row must say what happened, not repeat the sentence it came from, so each
dated phrase gets a short title: its sentence without the date phrase, without who said
it ("..., the Observatory said", "according to ..."), and, when still long, cut down to
the clause that holds the date, with its subject recovered.

`title_and_terms` is a pure function of the stored mention row, so merging can
recompute titles and merge terms when an article is removed.
"""

from __future__ import annotations

import re

from .similarity import terms as salient_terms
from .titles import capitalised, quotation_named, readable, undangle
from .titles import reads_as_happening as _reads_as_happening

TITLE_MAX = 100
WINDOW = 600  # characters either side of a phrase that can hold its happening
MARK = "\x00"  # where the date phrase stood, while the title is trimmed

_TRAILING_SAY = re.compile(
    r"^[^,;]{0,90}?\b(?:said|says|say|reported|reports|report|announced|added|adds|stated|"
    r"confirmed|claimed|wrote|tweeted|posted|told(?:\s+[\w’'.-]+){1,5}|"
    r"quoted(?:\s+[\w’'.-]+){1,5})(?:\s+" + MARK + r")?\s*\W*$",
    re.IGNORECASE,
)
_LEADING_SAY = re.compile(
    r"^(?:[^,;]{0,70}?|(?i:in|at) an? [^,;]{0,60},\s*[^,;]{0,60}?)\b"
    r"(?<!\bis )(?<!\bwas )(?<!\bare )(?<!\bwere )(?<!\bbeen )(?<!\bbe )"  # "is said to be"
    r"(?:said|says|say|added|stated|told\b[^,;]{0,40}?(?=\s+that\b)|"
    r"(?:reported|announced|confirmed|claimed|warned|insisted)(?=\s+that\b))"
    r"(?:\s+" + MARK + r")?(?:\s+on\s+\w+(?:\.?\s+\d{1,2}\b(?:,?\s+\d{4}\b)?)?)?"
    r"(?:\s+(?:(?:last|this|earlier|late)\s+(?:week|month|year|night|weekend)|yesterday|today))?"
    r"(?:\s+in\s+an?\s+(?:interview|statement|speech|letter|e-?mail|briefing)"
    r"(?:\s+with\s+[^,;]{1,40}?)?(?:\s+" + MARK + r"|\s+on\s+[A-Z][a-z]+day)?(?=\s+that\b))?"
    r"[ ,:]+(?:that\s+)?"
)
_SAY_FIRST = re.compile(  # "..., said al-Khatib" / "..., say state media and a monitoring group"
    r"^(?:said|says|say|reported|reports|told|added|adds)(?:\s+[\w’'.-]+){1,6}$", re.IGNORECASE)
_TRAILING_PARTICIPLE = re.compile(r"^\s*(?:speaking|citing|adding|saying|quoting|referring)\b",
                                  re.IGNORECASE)
_ACCORDING = re.compile(r"^\s*(?:,\s*)?according to\b", re.IGNORECASE)
_LEADING_ACCORDING = re.compile(r"^according to [^,;]{1,90},\s*", re.IGNORECASE)
_DATELINE = re.compile(r"^(?:\([^()]{1,60}\)\s*)?(?:[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][\w.]{1,15},?)?"
                       r"(?:,?\s*(?:" + MARK + r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2}))?(?:\s*\([^)]{1,20}\))?"
                       r"\s*[—–-]{1,2}\s*)?")
# "News From Around The Web WASHINGTON -- ...": a link's words in title case before a dateline
_TITLE_CASE_BEFORE_DATELINE = re.compile(r"^(?:[A-Z][\w’'&-]*\s+){2,8}(?=[A-Z]{3,}[A-Z .'’-]*"
                                         r"(?:,\s*[A-Z][\w.]{1,15},?)?\s*(?:—|–|--)\s)")
_CONNECTIVE = re.compile(
    r"^(?:and|but|so|also|however|meanwhile|separately|moreover|still|then|yet|"
    r"in addition|in other news|since then|by then|at the time|elsewhere|earlier|later)"
    r"(?:\b[,\s]+|\s*,\s*)(?=\S)",
    re.IGNORECASE,
)
_COORDINATED = re.compile(
    r"\b(?:(?:the|this|last|next)\s+)?(?:\d{1,4}(?:st|nd|rd|th|s)?|first|second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
    r"(?:\s+\d{1,2})?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|"
    r"autumn|fall|winter)\s*(?:and|or|to|through|until|till|[-–—])\s*(?:the\s+)?$",
    re.IGNORECASE)
_PREPOSITION = re.compile(r"\b(?:in|on|at|during|since|from|by|of|for|until|till|through|between|"
                          r"over|throughout|within|"
                          r"before|after|around|than|as\s+of|prior\s+to|ahead\s+of|(?:well\s+)?into)"
                          r"(?:\s+the)?\s*$", re.IGNORECASE)
# rarer endings, tried only when the text ends the way they need (each alternative of a
# $-anchored pattern is tried at every position of the tail)
_OR_NEXT = re.compile(r"\s+(?:or|and)\s+(?:the\s+)?(?:next|following|the\s+year\s+after|"
                      r"(?:early\s+|late\s+)?(?:spring|summer|autumn|fall|winter))"
                      r"(?:\s+(?:year|month|week|one))?\b(?![\w’'-])", re.IGNORECASE)
_PART_OF = re.compile(r"\b(?:on|in|at|by|during|until)\s+the\s+(?:evening|morning|afternoon|night|"
                      r"eve|day|weekend|week|end|start|beginning|middle)\s+of\s*$", re.IGNORECASE)
_RANGE_START = re.compile(r"\b(?:early|mid|late)-(?:to-)?$", re.IGNORECASE)  # "the mid-to-[late 90s]"
_PERIOD_ENDED = re.compile(r"(?<=months )ended\s*$|(?<=weeks )ended\s*$|(?<=quarter )ended\s*$")
_DATE_SUBJECT = re.compile(r",?\s*(?:(?:\w+ly|also|never|not|still|just)\s+){0,2}(?:saw|sees|see|marks?|marked|"
                           r"brought|brings|was|were|is|are|has|had|will|would|could|may|"
                           r"might|began|begins|ended|ends|happened|seemed|proved|became)\b")
_LEADING_PREPOSITION = re.compile(
    r"^\s*(?:following|after|before|during|since|despite|amid|in|on|at|with|without|by|from|"
    r"for|over|under|through|until)\s+(?=(?:the|a|an|this|that|his|her|its|their)\b)",
    re.IGNORECASE)
_PREPOSITION_START = re.compile(r"(?:in|on|at|during|since|from|by|of|for|until|till|through|"
                                r"between|before|after|around|over|within)\b", re.IGNORECASE)
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|on|at|during|since|from|by|of|for|until|till|through|"
                                 r"between|before|after|around|than|to|that|and|or|since|ago|"
                                 r"about|last|this|next|the|a|an)\s*$", re.IGNORECASE)
_SEGMENT = re.compile(r"\s*(?:[,;:]|\s[—–-]{1,2})\s+")
_RELATIVE = re.compile(r"\b(?:that|which|who)\s+")
_ARTICLE = re.compile(r"\b(?:a|an|the)\s")
_APPOSITIVE = re.compile(r"(?:a|an|the|home to|one of|known as|once|now|which|who)\b")
_CAP = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w’'-]*)"  # "U.S." is one word, not "U" and "S"
_NAME = re.compile(_CAP + r"(?:\s+(?:of\s+)?" + _CAP + r")*")
# words that open a capitalised run without naming anyone: "The", "May 1932", "Monday"
_NOT_NAMES = frozenset(
    "The A An This That These Those It Its Their His Her Our In On At No Some Many "
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
_NOT_SUBJECT_REL = re.compile(r"(?:he|she|they|it|we|i|you|the|a|an|his|her|their|its|my|our|"
                              r"your|this|these|those)\b",
                              re.IGNORECASE)
_CONJ = re.compile(r"\b(?:and|or|but|nor)\b")
_PREP_BEFORE = re.compile(r"\b(?:in|on|at|of|to|for|by|with|from)\s+$")  # "in that way"
_CONJ_BEFORE = re.compile(r"\b(?:and|or|but|so)\s+$")
_SUBJECT = re.compile(r"(?:the|a|an)\s|(?!(?:The|A|An|It|He|She|They|We)\b)[A-Z]")
_SUBORDINATE = re.compile(r"\b(?:since|after|when|before|until|once)\s+")
_WORDS = re.compile(r"\w+")


_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_CLOSE = re.compile(r"\s+([,.;:!?)’”])")
_SPACE_AFTER_OPEN = re.compile(r"([(“‘])\s+")
_EMPTY_PARENS = re.compile(r"\(\s*\)")
_OPEN_COMMA = re.compile(r"\(\s*[,;]\s*")
_REPEATED_STOPS = re.compile(r"([,;:])(?:\s*[,;:])+")
_DASH_BEFORE_STOP = re.compile(r"\s+[-–—]{1,2}\s*(?=[,;:])")
_TRAILING_STOPS = re.compile(r"[,;:—–-]+\s*([.!?]?)$")
_CLEAN_CACHE: dict[str, str] = {}
_CLOSED_FIRST = re.compile(r"[^()\s]+(?: [^()\s]+){0,2}\)\s+(?=[A-Z])")


def tidy(s: str) -> str:
    """Tidy spacing and stray punctuation; cached, as `_trim` asks the same string up to
    four times and the mentions of one sentence share most of it."""
    out = _CLEAN_CACHE.get(s)
    if out is None:
        if len(_CLEAN_CACHE) >= 4096:
            _CLEAN_CACHE.clear()
        out = _CLEAN_CACHE[s] = _clean_uncached(s)
    return out


def _clean_uncached(s: str) -> str:
    s = _SPACES.sub(" ", s.replace(MARK, " "))
    s = _SPACE_BEFORE_CLOSE.sub(r"\1", s)
    if "(" in s or "“" in s or "‘" in s:
        s = _SPACE_AFTER_OPEN.sub(r"\1", s)
        if "(" in s:
            s = _EMPTY_PARENS.sub("", s)
            # "crashes ([1929], 1987, 2008)": a list in brackets loses the date's comma too
            s = _OPEN_COMMA.sub("(", s)
    s = _REPEATED_STOPS.sub(r"\1", s)
    if " -" in s or "—" in s or "–" in s:
        s = _DASH_BEFORE_STOP.sub("", s)  # "familiar - [12 years ago], a new ..."
    s = s.strip(" ,;:—–-")
    if s[:1] in "\"”" and s[1:2] == " " and s.count('"') % 2:
        s = s[2:]  # '" Home Depot said ...': the close of a quotation an earlier cut opened
    if s and s[0] in ")]" and s.count(s[0]) > s.count("(" if s[0] == ")" else "["):
        s = s[1:].lstrip(" ,;:")  # "(2200 GMT, [Friday]) the center ...": its bracket went too
    elif ")" in s[:30] and (m := _CLOSED_FIRST.match(s)):
        s = s[m.end():]  # "AP) Economists ...": the end of a credit cut in two
    s = _TRAILING_STOPS.sub(r"\1", s)
    if s.endswith(")") and s.count(")") > s.count("("):
        s = s[:-1].rstrip()  # "... was in a recession[), the album ...]": its opening went
    if s.endswith("."):
        s = s[:-1].strip()
    else:
        s = s.strip()
    if s.endswith(' "') and s.count('"') % 2 == 0:
        s = s[:-2] + '"'  # 'pay "a lot of money [this year]"': the quotation's close
    if s and s[0].islower():
        s = s[0].upper() + s[1:]
    return s


def _drop_attribution(s: str) -> str:
    parts = _SEGMENT.split(s)
    # "..., according to the Observatory, a Britain-based group." -> cut there
    for i in range(1, len(parts)):
        if _ACCORDING.match(parts[i]):
            cut = _find_segment_start(s, parts, i)
            if i + 1 < len(parts) and not _APPOSITIVE.match(parts[i + 1]):
                # "But, according to the government, there were 7,000 spills": an aside
                rest = _find_segment_start(s, parts, i + 1)
                s = s[:cut] + s[rest:]
                parts = parts[:i] + parts[i + 1:]
            else:
                s = s[:cut]
                parts = parts[:i]
            break
    # "..., state media reported Saturday." -> cut the trailing clause
    while len(parts) > 1 and _TRAILING_PARTICIPLE.match(parts[-1]):
        # "..., speaking on condition of anonymity." says how, not what
        s = s[: _find_segment_start(s, parts, len(parts) - 1)]
        parts = parts[:-1]
    last = parts[-1].replace(MARK, "").strip(" .")
    if len(parts) > 1 and (_TRAILING_SAY.match(last) or _SAY_FIRST.match(last)):
        cut = _find_segment_start(s, parts, len(parts) - 1)
        # "... could lead to layoffs, he wrote": a claim; '"There was a mild wave in [May],
        # ..." says Professor X': a quotation, titled with who said it
        if not (_MODAL.search(s, 0, cut) or _QUOTED_WHOLE.match(s, 0, cut + 3)):
            s = s[:cut]
    s = _LEADING_ACCORDING.sub("", s)
    m = _LEADING_SAY.match(s)
    if m and len(_WORDS.findall(s[m.end():])) >= 4 and not _keeps_speaker(s, m.end()):
        s = s[m.end():]
    return s


_SAY_START = re.compile(r"(?:(?:has|have|had)\s+)?(?:said|says|say|added|stated|told|reported|"
                        r"announced|confirmed|claimed|warned|insisted)\b", re.IGNORECASE)


# ", he said," between a clause's opening and the rest of it
_SAID_ASIDE = re.compile(r",\s+(?P<who>he|she|they|(?:the\s+)?[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3}|"
                         r"the\s+[a-z][\w’'-]+(?:\s+[a-z][\w’'-]+)?)\s+"
                         r"(?P<verb>said|says|argued|argues|warned|warns|insisted|insists|added|"
                         r"believes|believed|suggested|suggests),\s+")
_OPENING_WORDS = frozenset("""The A An This That These Those In On At For With By From Beyond
Under Over After Before Despite Without If When Once Unless Until""".split())


def _keeps_speaker(s: str, end: int) -> bool:
    """Whether an attribution opening `s` (up to `end`) names who speaks and says what may
    be or quotes them: a view or a claim needs its speaker. An attribution that is only
    its verb ("said it would ...") names no one, and goes."""
    return (not _SAY_START.match(s) and (_quotes_words(s, end) or bool(_MODAL.search(s, end))
                                         or bool(_PRONOUN_BACK.match(s, end))))


# "President Obama said he believed ...": a reported clause whose subject points back to the
# speaker, which without the speaker would name no one
_PRONOUN_BACK = re.compile(r"(?:that\s+)?(?:he|she|they)\s")


_QUOTED_WHOLE = re.compile(r"\s*[\"“][^\"“”]{12,}[,.!?]?\s*[\"”]\s*,?\s*$")
# a clause that says what may be, not what was: without who says so it is a bare view
_MODAL = re.compile(r"\b(?:could|would|may|might|should|must)\b")


_QUOTE_OPEN = re.compile(r"(?:^|\s)[\"“]\w")


def _quotes_words(s: str, pos: int) -> bool:
    """Whether what follows an attribution quotes the speaker's words ("said that the leak
    "may prove to be ...""): a quoted view needs who said it, and keeps the attribution."""
    return ('"' in s or "“" in s) and bool(_QUOTE_OPEN.search(s, pos))


def _find_segment_start(s: str, parts: list[str], i: int) -> int:
    """Offset in `s` where the separator before segment `i` begins."""
    pos = 0
    for j in range(i):
        pos = s.index(parts[j], pos) + len(parts[j])
    return pos


# "Cox, 56, a former congressman, became ...", "The mayor, 56, resigned": an age
_AGE = re.compile(r"(?<=[A-Za-z]),\s+\d{1,3},(?=\s)(?P<appositive>\s+(?:a|an|the|who|now)\b)?")


def _without_age(m: re.Match) -> str:
    return "," + m.group("appositive") if m.group("appositive") else ""
# a finite verb outside a relative clause: "the council paid 40 invoices" is no appositive
_CLAUSE_VERB = re.compile(r"^(?:(?!\b(?:that|which|who|whose)\b).)*?\b(?:is|are|was|were|has|have|"
                          r"had|will|would|paid|said|made|took|\w+ed)\s", re.IGNORECASE)


def _drop_appositives(s: str) -> str:
    """ "Palmyra, home to famed Roman ruins, has been ..." -> "Palmyra has been ..." """
    parts = _SEGMENT.split(s)
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
                and not _APPOSITIVE.match(nxt)):
            keep[-1] = keep[-1] + " " + nxt
            parts[i + 1] = ""
            continue
        if parts[i]:
            keep.append(parts[i])
    if parts[-1]:
        keep.append(parts[-1])
    return s if len(keep) == len(parts) else ", ".join(keep)


# "Lael Brainard, deputy economic adviser under Clinton who ..., is expected": a role after
# a name, in lower case and with no article; what cannot open one: a verb, a preposition,
# a conjunction or a pronoun
_NOT_ROLE = re.compile(r"(?:is|are|was|were|has|have|had|will|would|can|could|may|might|said|"
                       r"says|[a-z]+ed|[a-z]+ing|[a-z]+ly|to|in|on|at|of|for|from|by|with|into|"
                       r"and|or|but|so|nor|yet|then|which|who|whose|that|where|when|while|as|if|"
                       r"he|she|they|it|we|i|you|there|not|also|both|all|only|even)\b")
_NAME_ONLY = re.compile(r"\s*(?!(?:The|A|An|In|On|At|It|He|She|They|We)\b)"
                        r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,4}\s*")


def _role_after_name(before: str, segment: str) -> bool:
    """Whether `segment` is a role set after a clause's subject that is a name and nothing
    else (a name at the end of a longer segment may be an object, its role one of a list)."""
    return (segment[:1].islower() and not _NOT_ROLE.match(segment)
            and bool(_NAME_ONLY.fullmatch(before)))


def _clause(s: str) -> str:
    """The clause that holds the date, when the whole sentence is too long."""
    parts = [p for p in _SEGMENT.split(s) if p.strip()]
    if not parts:
        return s
    idx = next((i for i, p in enumerate(parts) if MARK in p), None)
    if idx is None:
        return parts[0]
    part = parts[idx]
    if idx > 0 and _TRAILING_SAY.match(part.replace(MARK, "").strip(" .")):
        return parts[0]  # the date only says when someone spoke
    if (not part.replace(MARK, "").strip() and idx + 1 < len(parts)
            and not _NO_SUBJECT_OPEN.match(parts[idx + 1])):
        # "It is new, but familiar - [12 years ago], a new strain emerged": the date opened
        # the clause after it
        return MARK + " " + parts[idx + 1]
    if (idx + 1 < len(parts) and not _reads_as_happening(part.replace(MARK, " "))
            and (_CONJUNCTION_OPEN.match(part) or _PREPOSITION_START.match(part))
            and _reads_as_happening(parts[idx + 1])
            and not _NO_SUBJECT_OPEN.match(parts[idx + 1])
            and not _CONJUNCTION_OPEN.match(parts[idx + 1])):
        # "...; and another in Jamaica in [1907], a quake killed 1,000", "in Leeward Islands
        # in [1843], a quake killed 5,000": a phrase with no verb, opened by a conjunction
        # or a preposition, opens the clause after it, which is what the date dates
        return part + ", " + parts[idx + 1]
    if (idx > 0 and not _reads_as_happening(part.replace(MARK, " "))
            and _reads_as_happening(parts[idx - 1])
            and not _SUBORDINATOR_OPEN.match(parts[idx - 1])
            and not _NO_SUBJECT_OPEN.match(parts[idx - 1])
            and len(parts[idx - 1]) + len(part) < 2 * TITLE_MAX):
        # "oil fell below $75 yesterday, down from a peak of $147 [in July]": a phrase with
        # no verb of its own adds to the clause before it
        return parts[idx - 1] + ", " + part
    m = _LEADING_SAY.match(part)
    if m and len(_WORDS.findall(part[m.end():])) >= 4 and not _keeps_speaker(part, m.end()):
        part = part[m.end():]
        m = None
    rel = _RELATIVE.search(part)
    if rel and m and m.end() >= rel.end():
        rel = None  # "said in an interview on Thursday that ...": the saying's own "that"
    if rel and (rel.start() > part.find(MARK) or _NOT_SUBJECT_REL.match(part, rel.end())
                or _CONJ_BEFORE.search(part, 0, rel.start())
                or _PREP_BEFORE.search(part, 0, rel.start())):
        # no mark left, the relative clause comes after the date, "which he described as",
        # or "and that" (a second reported clause)
        rel = None
    if rel and idx > 0 and rel.start() == 0:
        # "The group, which captured the site in May, ..." -> "The group captured the site"
        prev = parts[idx - 1]
        prev = _LEADING_PREPOSITION.sub("", prev)  # "Following the hearing, which could end"
        subject = prev if len(_WORDS.findall(prev)) <= 5 else _last_name(prev)
        if (of := _OF_NAME.search(prev)) and part.startswith("who"):
            subject = of["name"]  # "Fans of Jackson, who died in June": Jackson died
        if subject and subject is not prev and not prev.rstrip().endswith(subject):
            # "Headlines in Jamaica's leading newspapers, which ...": the relative clause is
            # about the words before its comma, which the name only opens
            tail = prev[prev.rfind(subject):].rstrip()
            subject = tail if len(_WORDS.findall(tail)) <= 5 else _last_noun_phrase(prev)
        if subject:
            return subject + " " + part[rel.end():]
    if rel and idx > 0 and _APPOSITIVE.match(part) and not _OPENS_ADVERBIAL.match(parts[idx - 1]):
        # "Palmyra, a town ... that fell to IS last May" -> "Palmyra fell to IS"
        subject = _last_name(parts[idx - 1])
        if subject and not parts[idx - 1].rstrip().endswith(subject):
            subject = _last_noun_phrase(parts[idx - 1])  # "... a hurricane season, which"
        if subject:
            return subject + " " + part[rel.end():]
    if rel:
        # "... excluded from a brokered ceasefire that began on February 27" -> "A brokered
        # ceasefire began"
        arts = list(_ARTICLE.finditer(part, 0, rel.start()))
        if (len(arts) > 1 and _SINGULAR_VERB.match(part, rel.end())
                and _PLURAL_BEFORE.search(part, 0, rel.start())
                and len(_WORDS.findall(part[arts[-2].start():rel.start()])) <= 10):
            arts.pop()  # "a revision to the rules that was made": the revision was made
        if (arts and len(_WORDS.findall(part[arts[-1].start():rel.start()])) <= 7
                and not _CONJ.search(part, arts[-1].start(), rel.start())):
            return part[arts[-1].start():rel.start()] + part[rel.end():]
    sub = [m for m in _SUBORDINATE.finditer(part, 0, max(part.find(MARK), 0))
           if _SUBJECT.match(part, m.end())]
    if sub and len(_WORDS.findall(part[sub[-1].end():part.find(MARK)])) >= 3:
        # "... the first killed that way since the group seized the ruins in May"
        return part[sub[-1].end():]
    if _RELATIVE.match(part) or len(_WORDS.findall(part.replace(MARK, ""))) < 4:
        return s  # a dangling "which he described as ...": the whole sentence says more
    return part


# a segment that opens with no subject of its own: a predicate ("have helped ..."), an
# infinitive or a prepositional phrase ("near Perote ... had been sick")
_NO_SUBJECT_OPEN = re.compile(r"(?:is|are|was|were|has|have|had|will|would|can|could|said|says|"
                              r"[a-z]+ed|to|near|in|on|at|of|for|from|by|with|into|after|before|"
                              r"during|under|over|across|around|among|between|through|since|"
                              r"until|despite|without|which|who|that)\b")
_CONJUNCTION_OPEN = re.compile(r"(?:and|but|or|then)\s", re.IGNORECASE)
_SUBORDINATOR_OPEN = re.compile(r"(?:after|although|as|because|before|if|once|since|though|"
                                r"unless|until|when|whenever|while|whilst|with)\b", re.I)
_SINGULAR_VERB = re.compile(r"(?:was|is|has)\b")
_PLURAL_BEFORE = re.compile(r"[a-z]{2}[^s’'\s]s\s*$")
_LAST_DETERMINER = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that|these|those)\s",
                              re.IGNORECASE)


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


_OF_NAME = re.compile(r"\b(?:of|for|to|with|against|from|representing)\s+(?P<name>" + _CAP + r"(?:\s+" + _CAP + r"){0,3})\s*$")


def _last_name(segment: str) -> str:
    """The last run of capitalised words in a segment, not counting a leading "The"."""
    names = [m.group(0) for m in _NAME.finditer(segment)
             if m.group(0).split()[0] not in _NOT_NAMES]
    return names[-1] if names else ""


# "GE's ability to live in both worlds -- capitalizing on the safety net -- existed ...": an
# aside between paired dashes, which a title reads better without
_DASH_ASIDE = re.compile(r"\s+(?P<dash>--|—|–|-)\s+(?P<aside>(?:(?!\s(?:--|—|–)\s)[^\n]){2,160}?)"
                         r"\s+(?P=dash)\s+(?=\S)")


_PARENTHESIS = re.compile(r"\s*\((?P<aside>[^()\n]{1,80})\)(?=[\s,.;:])")


def _without_aside(m: re.Match) -> str:
    return m.group(0) if MARK in m.group("aside") else " "


def _without_naming_aside(m: re.Match) -> str:
    aside = m.group("aside")
    if MARK not in aside or _reads_as_happening(aside.replace(MARK, " ")):
        return m.group(0)
    return " " + MARK + " "


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
    s = _drop_attribution(s)
    if ", " in s and any(c.isdigit() for c in s):
        s = _AGE.sub(_without_age, s)
    for _ in range(3):
        s2 = _CONNECTIVE.sub("", s.lstrip(" ,;:" + MARK))
        if s2 == s:
            break
        s = s2
    if ", " in s and (aside := _SAID_ASIDE.search(s)) and _MODAL.search(s, aside.end()):
        # "Beyond Europe, he said, the leaders should gather ...": a view says whose it is
        who = aside["who"][0].upper() + aside["who"][1:]
        head = s[:aside.start()]
        head = head[0].lower() + head[1:] if head[:1].isupper() and head.split(" ", 1)[0] \
            in _OPENING_WORDS else head
        s = f"{who} {aside['verb']} {head} {s[aside.end():]}"
    if "(" in s and len(tidy(s)) > TITLE_MAX:
        s = _PARENTHESIS.sub(_without_aside, s)  # "(RILA)", "(# 315m)": asides, when long
    whole = s
    if len(tidy(s)) > TITLE_MAX:
        s = _drop_appositives(s)
    if len(tidy(s)) > TITLE_MAX:
        s = _clause(s)
        for _ in range(2):  # "and later when he became chairman": both go
            s = _CONNECTIVE.sub("", s.lstrip(" ,;:" + MARK))
    return tidy(s), tidy(whole)


# "said he gave both sides homework and that when talks continue [Monday], he will ...": a
# second reported clause after its own "and that"
_AND_THAT = re.compile(r",?\s+and that\s+(?!(?:of|is|was|has|had|will|would|could|may|might|"
                       r"can|should|must|does|did|seems|means|[a-z]+ed)\b)")
_SAYING_BEFORE = re.compile(r"\b(?:said|says|say|added|told|announced|insisted|argued|stated|"
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
_EMPTY_TAIL = re.compile(r",?\s+(?:although|though|but|and|as|because|when|while|after|before)\s+"
                         r"(?:they|it|he|she|we|this|that)\s+(?:had\s+|has\s+|have\s+|was\s+|"
                         r"were\s+|would\s+|will\s+)?(?:done|did|do|does|happened|happens|"
                         r"occurred|begun|began|started)(?:\s+(?:it|so|this|that|too))?\s*$",
                         re.IGNORECASE)


def without_empty_tail(title: str) -> str:
    m = _EMPTY_TAIL.search(title)
    if m is None or not _reads_as_happening(title[:m.start()]):
        return title
    return title[:m.start()]


def shorten(s: str) -> str:
    """At most TITLE_MAX characters, cut at a word with an ellipsis, never after a word that
    needs what was cut ("higher than…", "the leader of…")."""
    if len(s) <= TITLE_MAX:
        return s
    cut = s.rfind(" ", 0, TITLE_MAX - 1)
    return undangle(s[: cut if cut > 40 else TITLE_MAX - 1]) + "…"


def title_and_terms(sentence: str, rel_start: int, rel_end: int, lead: bool = False,
                    headline: str | None = None) -> tuple[str, list[str]]:
    """The happening a phrase dates in its sentence, and its merge terms.

    `rel_start`/`rel_end` are the phrase offsets inside `sentence`. Leads take
    the headline when there is one; their terms add the lead sentence's.
    """
    if len(sentence) > 2 * WINDOW:  # a "sentence" of a page without stops: the phrase's part
        lo = 0 if lead else max(0, rel_start - WINDOW)
        sentence, rel_start, rel_end = (sentence[lo:lo + 2 * WINDOW], rel_start - lo,
                                        rel_end - lo)
    sentence, rel_start, rel_end = _past_run_on_headline(sentence, rel_start, rel_end, lead)
    if lead:
        base, whole = _trim(sentence)
        title = (headline or "").strip() or readable(base, whole, sentence)
        return shorten(tidy(title)), _terms_of(title, whole)
    if (label := _NAMED_LABEL.match(sentence)) and rel_start >= label.end():
        # "Ellen Nakashima: Our piece was an effort to ...": a chat's answer in the first
        # person says whose words it is
        said, _ = title_and_terms(sentence[label.end():], rel_start - label.end(),
                                  rel_end - label.end())
        said = said.rstrip("…")
        if _FIRST_PERSON.match(said):
            named = f'{label["who"]} said: "{said}"'
            return shorten(named), _terms_of(named, tidy(sentence))
    after = sentence[rel_end:]
    if (_STAMP.fullmatch(sentence, rel_start, rel_end) and _NEXT_CAPITAL.match(after)
            and _WORD_BEFORE_STAMP.search(sentence, max(0, rel_start - 40), rel_start)):
        # "... 250,000 injured 2032 Gen Douglas Fraser says ...": a live page's entry stamp
        # run into the entry before it; the entry after it is what the stamp dates
        sentence, rel_start, rel_end = sentence[rel_start:], 0, rel_end - rel_start
        after = sentence[rel_end:]
    if sentence[:1] in "\"“" and _QUOTE_CLOSED.search(sentence, 1, rel_start):
        # '"...," the Fed's general counsel wrote Dec. 23.': the date says when it was written
        named = quotation_named(tidy(_cut_preposition(sentence[:rel_start]) + " " + after))
        if named:
            return shorten(named), _terms_of(named, tidy(sentence))
    quoted_complement = (_quoted(sentence, rel_start)
                         and _COMPLEMENT_BEFORE.search(sentence, max(0, rel_start - 12), rel_start))
    if (sentence[:1] in "\"“" and _QUOTE_CLOSED.search(sentence, rel_end)
            and not _QUOTE_CLOSED.search(sentence, 1, rel_start)):
        # '"There was a mild wave in [the spring], but ...," says Professor X': who said it
        named = quotation_named(tidy(sentence if quoted_complement else _cut_tail(
            _cut_preposition(sentence[:rel_start]), _DATE_LEAD) + " " + after))
        if named:
            return shorten(named), _terms_of(named, tidy(sentence))
    if quoted_complement:
        # '"It will be like [New Year's Eve] as everyone ..."': a date that completes the
        # words before it stays, as a speaker's words are not left with a hole
        title, whole = _trim(sentence[:rel_start] + MARK + sentence[rel_start:])
        title = readable(title, whole, sentence)
        return shorten(title), _terms_of(title, whole)
    if (cleft := _CLEFT.search(sentence, max(0, rel_start - 30), rel_start)) and (
            that := _CLEFT_THAT.match(after)):
        # "It was only on Monday that the firm admitted ...": the clause after "that" is it
        sentence = sentence[:cleft.start()] + after[that.end():]
        rel_start = rel_end = cleft.start()
        after = sentence[rel_end:]
    if (_date_is_subject(sentence, rel_start, rel_end, after)
            or _QUANTIFIER_OF.search(sentence, max(0, rel_start - 30), rel_start)
            or _DATED_AS.search(sentence, max(0, rel_start - 12), rel_start)
            or (_COPULA_BEFORE.search(sentence, max(0, rel_start - 24), rel_start)
                and (_CLAUSE_END.match(after) or _LINK_AFTER.match(after)))
            or _conjunct(sentence[:rel_start], after)
            or (_SUPERLATIVE_BEFORE.search(sentence, max(0, rel_start - 20), rel_start)
                and _EVER_AFTER.match(after))):
        # (or "spent most of last year in Haiti": the date is what is measured, and stays)
        # "Wednesday saw crews set fire to the slick", "the year 1989 never happened": the
        # date is the clause's subject, and the title keeps it
        title, whole = _trim(sentence[:rel_start] + MARK + sentence[rel_start:])
    else:
        before = _cut_tail(sentence[:rel_start], _COORDINATED)  # "the 1st and [2nd Century]"
        if after[:4] in (" or ", " and") and (alt := _OR_NEXT.match(after)):
            after = after[alt.end():]  # "[later this year] or next": the other end goes too
        if after[:2] in ("'s", "’s") and after[2:3] == " ":  # "in Tuesday's quake": "in the quake"
            after = " the" + after[2:]
        elif _attributive(sentence, rel_start, rel_end, after):
            # "the second storm of the 2010 hurricane season": the date names which season,
            # and without it the words around it still read ("of the hurricane season")
            before = _RANGE_HEAD.sub("", sentence[:rel_start])  # "the 1997-[98] crisis"
            if sentence[rel_start:rel_start + 4].lower() == "the ":
                after = " the" + after
        else:
            # "which only [a year ago] were", "arrived just in [May]": the adverb went with it
            before = _cut_tail(_cut_preposition(_cut_tail(before, _DATE_LEAD)), _DATE_ADVERB)
            if after[:2] in ("'s", "’s"):  # "the strongest since last week's."
                after = after[2:]
            if (after.lstrip()[:1] == "," and before.rstrip()[-1:] == ","
                    and before.strip(", ") and not _OPENS_ADVERBIAL.match(before)):
                # "the synod's decision, [on Saturday], to uphold ...": an aside of the date
                before, after = before.rstrip()[:-1], after.lstrip()[1:]
            elif (after.lstrip()[:1] == "," and (m := _HOLLOW_ASIDE.search(before[-40:]))
                  and before[:len(before) - 40 + m.start() if len(before) > 40 else m.start()].strip()):
                # "tax increases, although not until [next year], that target ...": an aside
                # that only hedged the date goes with it
                cut = len(before) - 40 + m.start() if len(before) > 40 else m.start()
                before, after = before[:cut], after.lstrip()[1:]
            elif after.lstrip()[:1] == "," and (m := _EMPTY_ASIDE.search(before[-40:])):
                # "The investigation, carried out [in June], shows ...": the aside only dated
                before, after = before[:len(before) - 40 + m.start()] if len(before) > 40 \
                    else before[:m.start()], after.lstrip()[1:]
        if (before[-3:] in (" a ", " A ") or before in ("a ", "A ")) and _VOWEL_NEXT.match(after):
            before = before[:-2] + before[-2] + "n "  # "a [2008] internal inquiry": "an internal"
        title, whole = _trim(before + MARK + after)
        ends = not after.strip(" .!?\"”’')")
        if ((_VIEW_VERB.match(after) or ends) and (told := _relative_told(before, ends))):
            # (or "a similar operation to the procedure carried out [two months ago].": the
            # sentence ends on a relative clause about a preposition's object)
            return shorten(told), _terms_of(told, whole)
    title = without_empty_tail(readable(title, whole, sentence))
    return shorten(title), _terms_of(title, whole)


# "Ellen Nakashima: ...": a name of two or three words as a transcript's label
_NAMED_LABEL = re.compile(r"(?P<who>(?!(?:The|A|An|In|On|At|This|That)\b)[A-Z][\w’'.-]+"
                          r"(?:\s+[A-Z][\w’'.-]+){1,2}):\s+(?=[\"“]?(?:I|We|Our|My|I’m|I'm|We’re|We're|"
                          r"I’ve|I've|We’ve|We've)\b)")
_FIRST_PERSON = re.compile(r"[\"“]?(?:I|We|Our|My|Us|Me|I’m|I'm|We’re|We're|I’ve|I've|We’ve|"
                           r"We've)\b")


_VOWEL_NEXT = re.compile(r"\s*(?!(?:one|once|eu|One|Once|Eu))[aeioAEIO]")  # not "a one-off"


# what a main clause says when it gives a view of its subject rather than a happening: "the
# bet he placed [Wednesday] may be among the biggest", "the plan unveiled [on Monday] is"
_VIEW_VERB = re.compile(r",?\s+(?:\w+ly\s+)?(?:is|are|was|were|may|might|could|would|can|should|"
                        r"must|seems?|seemed|remains?|remained|looks?|appears?)\b")
# words that end a noun phrase: "from the well since a rig" is two
_FUNCTION = (r"(?:since|when|after|before|as|and|or|but|that|which|who|a|an|the|to|of|in|on|at|"
             r"for|with|from|by|than|while|until|is|are|was|were|has|have|had)\b")
_NOUN_PHRASE = (r"(?P<np>\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)"
                r"(?:\s+(?!" + _FUNCTION + r")[\"“]?[a-z][\w’'-]*[\"”]?){0,3}?\s+"
                r"(?!(?:he|she|they|we|it|you|i)\b|" + _FUNCTION + r")(?P<noun>[a-z][\w’'-]+))")
# "the bet he placed", "the deal the two firms signed": a relative clause with no "that"
_CONTACT_RELATIVE = re.compile(
    _NOUN_PHRASE + r"\s+(?P<subj>he|she|they|we|(?:the\s+)?(?:[a-z]+\s+)?[A-Z][\w’'.-]+"
    r"(?:\s+[A-Z][\w’'.-]+){0,2}|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?P<verb>(?:had\s+|has\s+)?"
    r"[a-z]+(?:ed|ought|aught|ook|ade|ent|ave|old|aid|id|ew|ung|an|on|ote|oke))\s*$")
# "the changes announced", "a company founded": a participle after its noun
_REDUCED_PASSIVE = re.compile(_NOUN_PHRASE + r"\s+(?P<verb>(?:[a-z]{3,}ed|made|held|sold|built|set|"
                              r"taken|given|written|signed|found)(?:\s+(?:out|up|off|down|back|over))?"
                              r"(?:\s+[a-z]{3,}ly)?)\s*$")


def _relative_told(before: str, object_only: bool = False) -> str | None:
    """The happening a date dates inside a relative clause, when the main clause after it
    gives a view: "the bet he placed [Wednesday] may be the biggest of his life" -> "He
    placed the bet"; "the changes announced [yesterday] are a response to ..." -> "The
    changes were announced"."""
    tail = before[-80:]
    if object_only:
        m = _REDUCED_PASSIVE.search(tail)
        if not (m and _PREP_END.search(tail, 0, m.start())):
            return None
    elif m := _CONTACT_RELATIVE.search(tail):
        if m["subj"] in ("he", "she", "they", "we") or m["subj"][:1].isupper() or m["subj"][:4] == "the ":
            return capitalised(f"{m['subj']} {m['verb']} {m['np'][0].lower()}{m['np'][1:]}")
    if m := _REDUCED_PASSIVE.search(tail):
        noun = m["noun"]
        be = "were" if noun.endswith("s") and not noun.endswith(("ss", "us", "is")) else "was"
        return capitalised(f"{m['np']} {be} {m['verb']}")
    return None


_PREP_END = re.compile(r"\b(?:to|of|in|on|at|for|with|from|by|like|than)\s+$")


# "BP is likely to overshadow ... visit to the US BP is to sell assets ...": a headline whose
# subject opens the article's first sentence again, with no stop between them
_OPENING_SUBJECT = re.compile(r"(?P<name>" + _CAP + r"(?:\s+" + _CAP + r"){0,2})\s+"
                              r"(?P<verb>is|are|was|were|has|have|had|will|says|said)\s")


_COMPLEMENT_BEFORE = re.compile(r"\b(?:like|unlike|as|than|(?:is|was|are|were|be|been)"
                                r"(?:\s+(?:at|on|in|until))?|of)\s+$", re.IGNORECASE)


def _quoted(sentence: str, pos: int) -> bool:
    """Whether `pos` sits inside a quotation: an odd count of straight quotation marks
    before it, or a curly one opened and not closed."""
    if '"' not in sentence and "“" not in sentence:
        return False
    return bool(sentence.count('"', 0, pos) % 2
                or sentence.rfind("“", 0, pos) > sentence.rfind("”", 0, pos))


_QUOTE_CLOSED = re.compile(r"[,.!?]\s*[\"”]\s*,?\s+\S")


def _past_run_on_headline(sentence: str, rel_start: int, rel_end: int,
                          lead: bool) -> tuple[str, int, int]:
    """The sentence from where its opening subject and verb start again, when the date comes
    after that (or it is the article's lead): the words before were a headline or a caption
    run into it."""
    m = _OPENING_SUBJECT.match(sentence)
    if not m or m["name"] in _NOT_NAMES:
        return sentence, rel_start, rel_end
    again = sentence.find(" " + m.group(0), m.end())
    if (again < 0 or (again + 1 > rel_start and not lead)
            or sentence[again - 1:again] in ".!?,;:"):
        return sentence, rel_start, rel_end
    cut = again + 1
    return sentence[cut:], max(rel_start - cut, 0), max(rel_end - cut, 0)


_CLEFT = re.compile(r"\b[Ii]t\s+(?:is|was|has\s+been|had\s+been)\s+(?:(?:only|not|just|not\s+until|"
                    r"only\s+since|since|until)\s+)?(?:(?:in|on|at|since|until)\s+)?$")
_CLEFT_THAT = re.compile(r"\s+(?:that|when)\s+")
_STAMP = re.compile(r"(?:[01]\d|2[0-3])[:.]?[0-5]\d")
_NEXT_CAPITAL = re.compile(r"\s+[A-Z][a-z]")
# a lowercase word that no year follows: not "in", "the", "of", nor a month's name
_WORD_BEFORE_STAMP = re.compile(r"(?<!\S)(?!(?:in|on|at|of|the|by|from|since|until|to|and|"
                                r"or|than|before|after|during|about|around|circa|c)\s)"
                                r"[a-z][a-z,]*[\"”]?\s+$")
_RANGE_HEAD = re.compile(r"(?<=\s)\d{2,4}\s*[-–/]\s*$")
# "The letter was dated [11 June]": the date is what the verb says, and stays
_DATED_AS = re.compile(r"\b(?:dated|datelined)\s+$")
# "The release date is [7 February], with ...": the date completes "is", and stays
_COPULA_BEFORE = re.compile(r"\b(?:is|was|are|were|be)\s+"
                            r"(?:(?:on|in|at|until|due|set\s+for|scheduled\s+for)\s+)?$")
_CLAUSE_END = re.compile(r"\s*[\"”’']?\s*(?:[,.;:!?]|$)")
# "It was at [6am] so most people were asleep": the date completed "was" before a link word
_LINK_AFTER = re.compile(r"\s+(?:so|and|but|because|when|while)\s")
# "between the crisis and [the 1930s]": the date is one end of a pair, and the other end
# does not say it ("between the crisis and are looking")
_PAIR_END = re.compile(r"\bbetween\s+[^,;:()]{1,60}?\s+and\s+$", re.IGNORECASE)
# "from [January 2008] to when he joined": a range whose other end is no date
_FROM_BEFORE = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_RANGE_TO_CLAUSE = re.compile(r"\s+(?:to|until|till|through|and)\s+(?:when|where|while|now|"
                              r"today|the\s+time|the\s+day|his|her|their|its)\b", re.IGNORECASE)
# "could be [a year from now] or two years from now": the date is one of two choices
_OR_SPAN = re.compile(r"\s+or\s+(?:[\w-]+\s+){1,2}(?:years?|months?|weeks?|days?|decades?|"
                      r"hours?)\b", re.IGNORECASE)


def _conjunct(before: str, after: str) -> bool:
    """Whether the date is one end of a pair or range whose other end is no date, so that
    without it the words joined to it would be left with "and" or "or" and nothing."""
    return bool((_PAIR_END.search(before[-90:]) and not _COORDINATED.search(before[-40:]))
                or (_FROM_BEFORE.search(before[-10:]) and _RANGE_TO_CLAUSE.match(after))
                or _OR_SPAN.match(after))
# "had its busiest [November] ever": the date is the noun the superlative picks
_SUPERLATIVE_BEFORE = re.compile(r"\b(?:its|their|the|his|her)\s+[a-z]{3,}est\s+$")
_EVER_AFTER = re.compile(r"\s+(?:ever|on\s+record|in\s+(?:history|decades|years))\b")
_QUANTIFIER_OF = re.compile(r"\b(?:most|much|part|parts|half|all|some|the\s+rest|the\s+bulk|"
                            r"the\s+remainder)\s+of\s+$", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|this|our)\s+$", re.IGNORECASE)
_NOT_NOUN_AFTER = re.compile(
    r"\s+(?:and|or|but|nor|to|of|in|on|at|for|by|with|from|as|than|when|while|where|which|who|"
    r"that|is|are|was|were|has|have|had|will|would|saw|sees|said|says|began|ended|after|before|"
    r"until|since)\b", re.IGNORECASE)


def _attributive(sentence: str, rel_start: int, rel_end: int, after: str) -> bool:
    """ "the [2010] Atlantic hurricane season", "the demands of [the 21st-century] economy":
    a date between a determiner and the noun it describes."""
    if not after[:1] == " " or not after[1:2].isalpha() or _NOT_NOUN_AFTER.match(after):
        return False
    phrase = sentence[rel_start:rel_end]
    head = _RANGE_HEAD.sub("", sentence[max(0, rel_start - 16):rel_start])
    return bool(_DETERMINER_BEFORE.search(head)
                or (phrase[:4].lower() == "the " and "-" in phrase))


# a sentence that opens with an adverbial ("And in the midst of the bubble, [in 2006], only
# ...", "By the time she was rescued, [on 19 January], she ..."): its commas are its own
_OPENS_ADVERBIAL = re.compile(r"\s*(?:(?:and|but|so|yet|or)\s+)?(?:in|on|at|by|after|before|when|"
                              r"while|as|since|until|once|if|although|though|during|with|"
                              r"without|despite|following|amid|for|from|over|under)\b",
                              re.IGNORECASE)
_EMPTY_ASIDE = re.compile(r",\s*(?:[a-z]{3,}(?:ed|en)|made|held|set|built|done|due)"
                          r"(?:\s+(?:out|up|off|down|back|over))?\s*$")
_HOLLOW_ASIDE = re.compile(r",\s*(?:although|though|but|if|perhaps|probably|possibly|maybe)"
                           r"(?:\s+(?:not|only|just|even|perhaps|probably|until|till|before|"
                           r"after|by|in|on|at|from|since|as\s+(?:early|late|soon)\s+as))+\s*$")
# (or "Back in [1979], Pemex tried ...": "back" opening a clause only led to the date; not
# "came back [on Monday]")
_DATE_ADVERB = re.compile(r"(?:\b(?:only|just|even)|(?:^|(?<=[,;:—]\s))(?:way\s+)?back)\s*$",
                          re.IGNORECASE)
# words that only led to the date and dangle without it: "as early as [next week]", "until at
# least [2010]", "in late [January]", "compared with the previous [month]", "late on [Monday]"
# (else "on Mexican TV late President X": "late" would name the dead)
_DATE_LEAD = re.compile(r"(?:\bas\s+(?:early|late|soon|recently|long\s+ago|far\s+back)\s+as|"
                        r"\b(?:in\s+|during\s+)?the\s+week\s+(?:beginning|starting|commencing|"
                        r"ending)|"
                        r"\bat\s+(?:the\s+)?(?:least|earliest|latest|most)|"
                        r"\b(?:in\s+)?(?:late|early|mid)|\bthe\s+(?:previous|following)|"
                        r"\b(?:late|early)\s+(?:on|in)(?:\s+the)?)\s*$",
                        re.IGNORECASE)
_RELATIVE_BEFORE = re.compile(r"\b(?:which|who|that)(?:\s+(?:only|just|even|\w+ly))?\s*$",
                              re.IGNORECASE)


# words after which a clause, and its subject, can open
_CLAUSE_OPENERS = frozenset("""and or but so yet while when because if although though whereas
then as that said says say believe believes think thinks expect expects hope hopes""".split())


def _date_is_subject(sentence: str, rel_start: int, rel_end: int, after: str) -> bool:
    """ "Wednesday saw ...", "July and [August] will be ...", "Friday, December 19, 2008, was
    ...": a verb follows the date, and neither the phrase nor what precedes it is a
    preposition's ("from government forces in May, has destroyed" is not)."""
    m = _DATE_SUBJECT.match(after)
    if not m or _PREPOSITION_START.match(sentence, rel_start, rel_end):
        return False
    head = _cut_tail(sentence[:rel_start], _COORDINATED)
    if after.lstrip()[:1] == "," and head.strip():
        return False  # a comma after the date: only a sentence's opening date is its subject
    last = head.rstrip()[-12:].rsplit(" ", 1)[-1]
    if last[-1:].isalpha() and last.lower() not in _CLAUSE_OPENERS:
        return False  # "the changes announced [yesterday] are": the date ends a phrase
    if last == "that":  # "officials said that [Tuesday] was the worst day"
        return True
    # "newspapers, which only [a year ago] were full of ...": the relative is the subject
    return not (_PREPOSITION_BEFORE.search(head[-40:]) or _RELATIVE_BEFORE.search(head[-40:]))


def _cut_preposition(before: str) -> str:
    """`before` without the words that only led to the date ("in", "on the evening of")."""
    end = before.rstrip()
    if end.endswith("-"):
        before = _cut_tail(before, _RANGE_START)
    elif end.endswith("ended"):
        return _cut_tail(before, _PERIOD_ENDED)
    elif end.endswith(" of"):
        cut = _cut_tail(before, _PART_OF)
        if cut is not before:
            return cut
    cut = _cut_tail(before, _PREPOSITION)
    if cut.rstrip().endswith("ended"):  # "in the three months ended [in] [September]"
        return _cut_tail(cut, _PERIOD_ENDED)
    return cut


def _cut_tail(s: str, ending: re.Pattern) -> str:
    """`s` without what `ending` (a pattern anchored at $) matches at its end; searched in
    the last 60 characters only, as a $-anchored search tries every start (124 us on a
    600-character sentence, against 6)."""
    tail = s[-60:]
    if len(tail) < len(s):  # start at a word, not inside one
        tail = tail[tail.find(" ") + 1:]
    m = ending.search(tail)
    return s[: len(s) - len(tail) + m.start()] if m else s


def _terms_of(title: str, whole: str) -> list[str]:
    """The title's terms, then the rest of the sentence's: they help tell happenings apart."""
    words = salient_terms(title)
    if whole != title:  # most titles are their whole sentence: nothing to add
        seen = set(words)
        words += [t for t in salient_terms(whole) if t not in seen]
    return words


_AND = re.compile(r",?\s+and\s+")
_RANGE_JOINT = re.compile(r"\s*[-–—]\s*|\s+(?:to|through|until)\s+")  # "In 1946 - [1973]"
_LEAD_IN = re.compile(r"(?:(?:on|in|at|by|during|since|until|then|later|earlier)\s+)?")
_PREDICATE = re.compile(r"\b(?:has|have|had|is|are|was|were|will|would|can|could|did|does|"
                        r"do|may|might|must|should|\w+ed)\b")


_OWN_SUBJECT = re.compile(r",?\s+(?:[A-Z][\w’'.-]+|the|a|an|his|her|their|its)\s")


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
            if _RANGE_JOINT.fullmatch(sentence, rel_end, o_start):
                # "In [1946] - 1973 we had ...": the range's other end goes with the date
                shift = o_end - rel_end
                sentence = sentence[:rel_end] + sentence[o_end:]
                others = [(a - shift, b - shift) for a, b in others if a >= o_end]
                return own_conjunct(sentence, rel_start, rel_end, others)
            joint = joint_before(o_start, rel_end)
            if joint and not (sentence[rel_end:joint.start()].strip(" ,")
                              or sentence[joint.end():o_start].strip()):
                # "July [and August] will be": two dates joined, one span: drop the other
                shift = o_end - rel_end
                sentence = sentence[:rel_end] + sentence[o_end:]
                others = [(a - shift, b - shift) for a, b in others if a >= o_end]
                return own_conjunct(sentence, rel_start, rel_end, others)
            if joint:
                sentence = sentence[:joint.start()]
        elif o_end <= rel_start:  # it came earlier: drop its predicate, keep the subject
            joint = joint_before(rel_start, o_end)
            verb = _PREDICATE.search(sentence, 0, o_start)
            # "... and in [May], a woman of 90 was rescued": the conjunct has its own subject
            own = _OWN_SUBJECT.match(sentence, rel_end)
            if joint and (verb or own) and (sentence[o_end:joint.start()].strip(" ,")
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
