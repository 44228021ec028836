"""A title a reader can scan: who did what, not the fragment the date phrase sat in.

mention_titles.title_and_terms cuts a sentence down to the clause that holds the date;
on real pages that clause is often no headline: an adverbial fronted before the
main clause ("After meeting with G-7 ministers yesterday, President Bush
called ..."), a predicate whose subject sits in an earlier segment ("..., were
hunted down by the army"), a clock stamp, or two words ("That was"). `readable`
repairs those from the sentence itself with English word order, not with any
one site's words: the main clause comes first and the adverbial after it, a
lost subject is taken from the sentence's first segment, and when nothing reads
as a happening the whole sentence is used (cut later) rather than a fragment. Whether
words read as a happening, or dangle, is store/title_reads.py.
"""

from __future__ import annotations

import re

from . import recache
from .speaker import with_reporter
from .title_reads import (
    _A_WORD,
    _CLOSERS,
    _FINITE,
    _IRREGULAR_PAST,
    _SEPARATORS,
    DANGLING,
    _find,
    capitalised,
    dangles,
    reads_as_happening,
    undangle,
)
from .title_words import SO_CONNECTIVE, one_space

_WORDS = recache.compile(r"[\w’'-]+")
# "2:00 PM Global financial ...", "At 04:45 am, ...", "10:14 GMT - ..."
_CLOCK_OPEN = recache.compile(
    r"^(?:at\s+)?\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?(?:\s+(?:gmt|bst|utc|et|est|edt|uk|local)"
    r"(?:\s+time)?)?\b[\s,:;–—-]*", re.IGNORECASE)
# "that" opening a reported clause, not the determiner ("That decision was ...")
_THAT_OPEN = recache.compile(r"[Tt]hat\s+(?=(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*\s+[a-z]|"
                             r"(?:he|she|they|it|we|i|you)\s|"
                             # ("That the economy expanded at a steady clip": a determiner after
                             # "that" makes it the reported clause's, not a demonstrative)
                             r"(?:the|a|an|his|her|their|its|our)\s+(?:[\w’'-]+\s+){0,3}?"
                             r"(?:[a-z]{3,}ed|is|was|are|were|has|had|have|will|would|could)\b))")
# "... we share that goal," said Mr Chernoff in a statement": a quotation that opened in an
# earlier sentence, closed by its attribution; "..., "said Art Hogan, chief analyst at X"
# the verbs of a quotation's attribution, before or after its speaker (and the words `_quote_said`
# looks for before trying the pattern)
_QUOTE_SAID_VERBS = ("said", "says", "added", "adds", "told", "wrote", "writes")
_QUOTE_VERBS = "|".join(_QUOTE_SAID_VERBS)
_QUOTE_SAID = recache.compile(
    r"^[\"“‘']?\s*(?P<quote>[^\"“”]{12,}?)[,.!?]?\s*[\"”’]\s*,?\s*(?:(?P<verb>" + _QUOTE_VERBS + r")"
    r"\s+(?P<who>(?:Mr|Mrs|Ms|Dr)?\.?\s*"
    # (or after its role: "said the BBC's business editor Robert Peston")
    r"(?:the\s+(?:[A-Z][\w’'.-]*\s+)?(?:[a-z][\w’'-]*\s+){1,3}(?=[A-Z]))?"
    r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,5})|"
    r"(?P<who2>(?:the\s+)?[A-Z]?[\w’'.-]+(?:\s+[A-Z][\w’'.-]*){0,5}|"
    r"the\s+[\w’'.-]+(?:\s+[a-z][\w’'-]*){0,2},\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},)"
    r"(?:,\s[^,\"”]{1,60},)?\s+(?P<verb2>" + _QUOTE_VERBS + r"))"
    r"(?P<rest>\s+[^,]{1,60}?)?(?:,.*)?$")
# "SMITH: I'm going to ...", "SEN. JANE DOE (D-OHIO): We ...": a transcript's speaker, in
# capitals, before what they said (its last name is kept)
_SPEAKER_LABEL = recache.compile(r"(?:[A-Z][A-Z.'’-]*\s+){0,3}(?P<who>[A-Z][A-Z'’-]{2,})"
                                 r"(?:\s*\([^()]{1,20}\))?:\s+(?P<words>\S.*)$")
# "In Canada, where President Obama visited yesterday, ...": the relative clause is the
# happening, and the place it refers back to says where
_WHERE = recache.compile(r"[Ww]here\s+(?=\S+\s+\S+)")
_PLACE_BEFORE = recache.compile(r"(?:^|[,;]\s*)(?P<prep>in|at|to|from|near)\s+(?P<place>[A-Z][\w’'.-]*"
                                r"(?:\s+(?:of\s+)?[A-Z][\w’'.-]*){0,3}),\s*$", re.IGNORECASE)
_OF_WHICH = recache.compile(r"^([A-Z][a-z]*(?: [a-z]+){1,2}) of (?:which|whom) ")  # not "Most of which"
# words that open an adverbial put before the main clause
# participles that do not end in -ed, opening a fronted phrase ("Held in the run-up to ...")
_IRREGULAR_PARTICIPLE = (r"held|made|built|known|set|taken|given|written|seen|shown|brought|kept|"
                         r"sold|found|paid|led|run|begun|chosen|drawn|grown|thrown|worn|"
                         # "Stung by the credit crunch ..., Mexico is set to ..."
                         r"stung|struck|hit|caught|hurt|beaten|shaken|driven|swept|torn|spurred|"
                         r"left|bound|fed|won|lost|spent|sent|told")
_OPENER = recache.compile(
    # (after an adverb of its own: "Shortly after joining ...", "Normally held in ...")
    r"(?:(?:[a-z]+ly|soon|just|even|right|long|only)\s+(?!(?:some|no|any|every)thing\b))?"
    # ("A week after the quake hit, ...", "Two days before the vote, ...": a span before
    # "after" or "before" measures it)
    r"(?:(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|some|\d+)\s+"
    r"(?:hours?|days?|weeks?|months?|years?|decades?)\s+(?=(?:after|before|since)\b))?"
    r"(?:(?:" + _IRREGULAR_PARTICIPLE + r")\s+(?:by|with|on|in|at|for|as)\b|"
    r"after|although|as|because|before|despite|following|if|once|since|though|unless|"
    r"until|when|whenever|whereas|while|whilst|with|without|amid|amidst|among|during|in|on|"
    r"at|by|for|from|under|over|through|throughout|within|upon|across|against|like|unlike|"
    r"given|having|being|to|of|[a-z]{3,}ing|[a-z]{3,}ed|(?:together|along)\s+with|born)\b",
    re.IGNORECASE)
# fronted phrases that only add to or describe the subject ("Together with 61 cases confirmed
# [on Sunday], a total of ...", "Born [in 1957], Mr X gained ...", "Pressed by reporters
# [on Monday], the minister said ..."): moved after the main clause they would read as its
# object's, so they go
_ADDS_TO_SUBJECT = recache.compile(r"(?:together|along)\s+with\b|born\b|"
                                   # "Speaking [this morning] on 5 Live, he speculated ...": how the
                                   # speaker spoke, which moved after the clause reads as its object's
                                   r"(?i:speaking|writing|appearing|testifying|talking)\b|"
                                   r"(?:[A-Za-z][a-z]+ly\s+)?"
                                   r"(?:[A-Za-z][a-z]{2,}ed|(?i:" + _IRREGULAR_PARTICIPLE + r"))\s+"
                                   r"(?:by|with|on|in|at|for|about|over|from|to|as)\b")
# short adverbials that say nothing once moved: dropped rather than moved
_DISCOURSE = recache.compile(
    r"(?:in\s+(?:total|fact|addition|short|particular|response|turn|contrast|general|the\s+end)|"
    r"of\s+course|as\s+a\s+result|for\s+example|for\s+instance|at\s+least|by\s+contrast|"
    r"on\s+the\s+other\s+hand|at\s+the\s+same\s+time|in\s+the\s+meantime|"
    r"[a-z]+ly)$", re.IGNORECASE)
# what a main clause cannot open with: a conjunction, a relative, a verb or a preposition
_NOT_MAIN = recache.compile(
    r"(?:and|but|or|nor|so|which|who|whom|whose|that|where|when|while|as|if|because|even|"
    r"although|though|unless|whereas|whether|despite|since|once|until|"
    r"is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|shall|should|"
    r"did|does|do|said|says|told|[a-z]{2,}ed|[a-z]{2,}ing|in|on|at|of|to|for|by|from|with|"
    r"into|after|before|since|until|during|including|according)\b")
# what a subject opens with: a name, a number, a quotation, a determiner or pronoun
_SUBJECT_START = recache.compile(
    r"(?:[A-Z0-9\"“‘']|(?:the|a|an|he|she|they|it|we|i|you|there|this|these|those|its|his|"
    r"her|their|our|my|some|many|most|all|both|each|one|two|three|several|more|officials|"
    r"police|people)\b)")
_SUBORDINATOR = recache.compile(
    r"(?:after|although|as|because|before|despite|following|if|once|since|though|unless|until|"
    r"when|whenever|where|whereas|while|whilst|without|amid|around\s+whom|during|in|at|for|"
    r"by|with|on|including|to)\b", re.IGNORECASE)
_AUX = frozenset("""is are was were be been has have had will would shall should can could may
might must did does do""".split())
# the first verb of a segment: what comes before it is the segment's subject
_VERB = recache.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|"
                        r"shall|should|did|does|do|said|says|told|[a-z]{3,}ed)\b")
# "+298.76 President Bush ...": a market figure run into the sentence it stood before
_TICKER_OPEN = recache.compile(r"^[+−-]\d[\d,.]*%?\s+(?=[A-Z])")


def _speaker(m: re.Match) -> tuple[str, str]:
    """Who spoke and the verb, from a _QUOTE_SAID match (either order of the two)."""
    return (m["who"], m["verb"]) if m["who"] else (m["who2"].rstrip(","), m["verb2"])


# what follows a speaker's first capitalised words and still names them: a role then a name
# ("said BP spokesman David Nicholas"; not where: "said at the White House"), a party's
# letters ("said Gov. Jane Roe (D)")
_ROLE_NAME_REST = recache.compile(r"\s+(?!(?:at|on|in|from|to|with|after|before|during|by|for|when|"
                                  r"as|while)\s)(?:[a-z][\w’'-]*\s+){1,2}[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}"
                                  r"\s*$")
_PARTY = recache.compile(r"\s*\([A-Z][\w.]{0,3}(?:-[A-Z][\w.]{0,12})?\)")


def _said_first(m: re.Match, who: str, verb: str) -> str:
    """'X said: "..."': who spoke first, then what; the speaking is the happening."""
    # ('"[Today], they are worthless," he said': the date opened the quotation, and its
    # comma stays behind it)
    quote = capitalised(m['quote'].strip().lstrip(",;: ").rstrip(",;"))
    rest = _PARTY.sub("", m['rest'] or "")
    if _ROLE_NAME_REST.fullmatch(rest):  # not "BP said spokesman David Nicholas: ..."
        who, rest = who + rest.rstrip(), ""
    return undangle(f"{capitalised(who)} {verb}{rest}: \"{quote}\"")


def _quote_said(s: str) -> re.Match | None:
    """`_QUOTE_SAID.match(s)`, asked only when a closing quotation mark and one of its verbs
    (matched by case) are in `s`."""
    if ('"' in s or "”" in s or "’" in s) and any(v in s for v in _QUOTE_SAID_VERBS):
        return _QUOTE_SAID.match(s)
    return None


def quotation_named(sentence: str) -> str | None:
    """ '"Lewis should have been aware ...," the Fed's general counsel, Scott Alvarez,
    wrote' (its date already taken out): when the date belongs to the attribution, the
    writing or saying is what happened, so the title names who, then what."""
    m = _quote_said(sentence)
    if m is None:
        return None
    who, verb = _speaker(m)
    # "the Fed's general counsel, Scott Alvarez," before its verb
    return _said_first(m, who.replace(", ", " "), verb)


def readable(title: str, whole: str, sentence: str) -> str:
    """`title` (the date's clause, trimmed) made to say who did what, from `whole` (the
    sentence without attribution or date) and the raw `sentence`."""
    if title[:3] in ('", ', '“, '):
        # '"[Yesterday], the pumps were restarted," the engineer said': the date opened the
        # quotation and went, its comma with it
        title = title[0] + capitalised(title[3:])
    m = _quote_said(title)
    if m:
        return _said_first(m, *_speaker(m))
    m = _SPEAKER_LABEL.match(title)
    if m and len(_WORDS.findall(m["words"])) >= 3:
        # "SMITH: I'm going to set out the plan today": a transcript's speaker said it
        return undangle(f"{m['who'].title()} said: \"{capitalised(m['words'])}\"")
    m = _THAT_OPEN.match(title)  # "That Dr Murray was giving ...": a reported clause's own
    if m and len(title) - m.end() > 20:
        title = capitalised(title[m.end():])
    title = _TICKER_OPEN.sub("", title, 1)
    if " of wh" in title:  # (the pattern's own words)
        title = _OF_WHICH.sub(r"\1 ", title, 1)  # "Some doses of which could be available"
    if m := _SHARE_OF_WHICH.match(title):
        title = _share_of_head(m, title, whole)
    if m := _WHERE.match(title):
        title = _where_clause(title[m.end():], whole)
    m = _CLOCK_OPEN.match(title)
    if m and len(_WORDS.findall(title[m.end():])) >= 3:
        title = capitalised(title[m.end():])
    if not reads_as_happening(title) and (main := _main_after(title, whole)):
        # "Days before Election Day[, FDR blasts ...]": a verbless phrase fronted before
        # the clause it dates
        title = main
    if not reads_as_happening(title):
        if whole != title and reads_as_happening(whole):
            title = whole
        elif len(_WORDS.findall(title)) <= 3 and not _after_date_label(title, sentence):
            title = _tidy(sentence)
    title = _main_clause_first(title, whole)
    title = _with_subject(title, whole)
    title = _with_main_clause(title, whole)
    title = with_reporter(title, sentence)
    if len(title) > 100 and (m := _LONG_SUBJECT.match(title)) and _verbless(m["subject"]):
        # "The SEC's failure to detect X before it was revealed has prompted ...": a clause
        # inside a long subject goes, so the cut does not fall before the main verb
        title = f"{m['subject']} {m['rest']}"
    if len(title) > 100 and (m := _NAME_ROLE.match(title)) and _verb_opens(m["rest"]):
        # "Congressman Edward Markey, chairman of the House energy sub-committee, wrote
        # that ...": a role between a name and its verb, which a cut would end on
        title = f"{m['name']} {m['rest']}"
    long = len(title) > 100
    if long and (m := _LEADING_DATE.match(title)) and _DATE_ADVERBIAL.fullmatch(m["date"]):
        title = capitalised(title[m.end():])
    if (long and (m := _ROLE_THEN_NAME.match(title))
            and _ROLE_CLAUSE.search(m["role"])):
        title = f"{m['name']} {m['rest']}"
    if len(title) > 100 and (m := _RELATIVE_ASIDE.search(title)):
        # "the United States, which has gone from creditor to debtor, can no longer ...": an
        # aside between a subject and its verb, which a cut would end on
        title = title[:m.start()] + " " + title[m.end():]
    if len(title) > 100 and " in a" in title:
        # "said in an interview with the Journal on Thursday that ...": where it was said
        # goes before what was said does
        title = _SAID_IN.sub(r"\g<verb> ", title, 1)
    title = _place_completed(title, whole)
    return undangle(_extended(title, whole))


# "to appoint a Grand Island": "a" before a name is a place or maker used as a modifier,
# and the noun it modifies lies past the place's comma ("a Grand Island, NE banker")
_A_NAME_END = recache.compile(r"\b(?:a|an)\s+(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*$")
# (a region as a state's letters or set off by its own comma: "a Dallas, Texas, firm"; not
# "an American, Smith took charge")
_REGION_THEN_NOUN = recache.compile(r",\s+(?:[A-Z]{2}|[A-Z]\.[A-Z]\.|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,)"
                                    r"\s+[a-z][\w-]*[^,;:]*")


def _place_completed(title: str, whole: str) -> str:
    """A title cut at the comma after "a Place", carried on to the noun the place names."""
    if not _A_NAME_END.search(title[-60:]):
        return title
    pos = _find(whole, title)
    if pos < 0:
        return title
    m = _REGION_THEN_NOUN.match(whole, pos + len(title))
    return title + m[0] if m else title


# "The site, most of which dates back to ...": a share of what the clause before named
_SHARE_OF_WHICH = recache.compile(r"(?P<share>[Mm]ost|[Ss]ome|[Aa]ll|[Mm]any|[Mm]uch|[Pp]art|[Nn]one|"
                                  r"[Hh]alf|[Ss]everal|[Bb]oth|[Ff]ew|[Oo]ne|[Tt]wo|[Tt]hree)"
                                  r" of (?:which|whom) (?=\S)")
_HEAD_START = recache.compile(r"(?:the|a|an|its|his|her|their|our|these|those|this)\s+\S|[A-Z]")


def _share_of_head(m: re.Match, title: str, whole: str) -> str:
    """ "most of which dates back" -> "Most of the site dates back", the head noun taken
    from the words before its comma when they are a short noun phrase."""
    pos = whole.lower().find(", " + m[0].lower())
    if pos <= 0:
        return title
    head = re.split(r"[,;:]\s*", whole[:pos])[-1].strip()
    if not (_HEAD_START.match(head) and len(_WORDS.findall(head)) <= 5
            and not any(w.lower() in _FINITE for w in head.split())):
        return title
    head = head[0].lower() + head[1:] if head.split()[0] in ("The", "A", "An", "Its", "His", "Her",
                                                             "Their", "Our", "These", "Those",
                                                             "This") else head
    return f"{capitalised(m['share'])} of {head} {title[m.end():]}"


# a name of up to six capitalised words, then a role set off by commas, then the rest
_NAME_ROLE = recache.compile(r"(?P<name>[A-Z][\w’'.-]*\s+(?:(?:[A-Z][\w’'.-]*|[a-z]+(?=\s+[A-Z]))\s+){0,4}"
                             r"[A-Z][\w’'.-]*), "
                             r"(?P<role>(?!(?:and|or|but|who|which|whose|where|when|as|if)\b)"
                             r"[^,;:\"“”]{3,90}), (?P<rest>[a-z].*)$", re.DOTALL)


_RELATIVE_ASIDE = recache.compile(r", (?:which|who|including|such as|along with|together with|as well as|"
                                  r"alongside) [^;:\"“”]{3,120}?, (?=(?:has|have|had|"
                                  r"is|are|was|were|will|would|can|could|may|might|must|should|did|"
                                  r"does|[a-z]{3,}ed)\s)")
# "On Friday, the Coast Guard commander overseeing the response, Adm Thad Allen, said ...": a
# role before a name, which a long title drops for the name
_ROLE_THEN_NAME = recache.compile(r"(?P<role>[Tt]he\s[^,;:\"“”]{3,90}), (?P<name>(?:[A-Z][\w’'.-]*\s+){1,4}"
                                  r"[A-Z][\w’'.-]*), (?P<rest>(?:said|says|told|added|warned|announced|"
                                  r"insisted|has|have|had|is|was|will|would)\s.*)$", re.DOTALL)
_ROLE_CLAUSE = recache.compile(r"\b[a-z]{3,}ing\b|\b(?:who|which|that)\b")
# "4 January 2011 Preliminary hearings begin": a timeline's date label before its entry
_DATE_LABEL = recache.compile(r"\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},?\s+\d{4}|\d{4}")


_LOWER_WORD = recache.compile(r"\b[a-z]{3,}\b")


def _after_date_label(title: str, sentence: str) -> bool:
    """Whether `title` is all of its sentence but a timeline's date label before it: the
    entry itself, however short, not the label run into it."""
    whole = _tidy(sentence)
    return (bool(_LOWER_WORD.search(title)) and whole.lower().endswith(title.lower())
            and bool(_DATE_LABEL.fullmatch(whole[:len(whole) - len(title)].strip(" :-–—"))))


# a fronted date before the clause ("On Friday, ..."): the row already shows a date
_LEADING_DATE = recache.compile(r"(?P<date>(?:On|In|By|Since|Until|From|During)\s[^,]{1,25}), (?=\S)")
_SAID_IN = recache.compile(r"\b(?P<verb>said|says|wrote|writes|added|told\s+[^,;]{1,30}?)\s+in\s+an?\s+"
                           r"(?:interview|statement|speech|letter|e-?mail|briefing|blog\s+post)"
                           r"(?:\s+(?:with|to|on)\s+[^,;]{1,50}?)?(?:\s+on\s+[A-Z][a-z]+day)?"
                           r"\s+(?=that\b)")


def _verb_opens(rest: str) -> bool:
    """Whether `rest` opens with a finite verb (perhaps after one adverb)."""
    words = rest.split(None, 2)
    for w in words[:2]:
        w = w.rstrip(_CLOSERS)
        if w in _FINITE or (w.endswith("ed") and len(w) > 4):
            return True
        if not w.endswith("ly") and w not in ("also", "instead", "then", "now", "later"):
            return False
    return False


# a name and nothing else: before a comma it is a subject with its role after it, not a
# phrase fronted before the clause
_NAME_ALONE = recache.compile(r"(?:[A-Z][\w’'.-]*\s+){1,3}[A-Z][\w’'.-]*")


_SAYS_END = recache.compile(r"\b(?:said|says|added|adds|told|wrote|writes|asked|replied)$")


def _main_after(title: str, whole: str) -> str:
    """The main clause right after `title` in `whole`, with `title` moved after it."""
    pos = _find(whole, title)
    if (pos == 0 and whole[len(title):len(title) + 2] == ": " and len(title) < 60
            and (said := whole[len(title) + 2:]).count(" ") >= 4 and said[:1].isupper()):
        # "A final piece of the power puzzle: People who suddenly gain power ... seem ...": a
        # label before its colon, and what it announces
        return capitalised(said)
    if (pos < 0 or whole[pos + len(title):pos + len(title) + 2] != ", "
            or reads_as_happening(whole[:pos])  # "Obama agreed after [a call], the finale"
            or _NAME_ALONE.fullmatch(title)  # "Guido Mantega, Brazil's minister, said"
            or _SAYS_END.search(title)):  # 'He said, "it was ...': who said what follows
        return ""
    main = whole[pos + len(title) + 2:]
    first = main.split(", ", 1)[0]  # "The Director General, Margaret Chan, has ...": a name
    if _list_ends(main):  # the main clause is after the list
        title, main = f"{title}, {first}", main[len(first) + 2:]
        first = main.split(", ", 1)[0]
    if (_NOT_MAIN.match(main) or not _SUBJECT_START.match(main) or main.count(" ") < 3
            or ", " in title
            or not (reads_as_happening(first) or _present_clause(first))):
        return ""
    if _ADDS_TO_SUBJECT.match(title):  # "Speaking ahead of the awards, Clooney said ...":
        return capitalised(main)  # moved after the clause it would read as its object's
    return capitalised(main) + _moved(title)


# "..., disappointing some who had expected it": a participle after a comma, whose
# subject is the clause before it; not a preposition in -ing form
_PARTICIPLE = recache.compile(r"(?!(?:according|during|including|regarding|concerning|following|"
                              r"notwithstanding|excluding|considering|pending|beginning|starting)\b)"
                              r"[a-z]{3,}ing\b")


def _with_main_clause(title: str, whole: str) -> str:
    """ "Disappointing some who had expected it" -> "It was promised for the first
    quarter, disappointing some who ...": a participle clause says nothing without the
    clause it hangs on, which comes first."""
    lowered = title[:1].lower() + title[1:]
    if not _PARTICIPLE.match(lowered):
        return title
    pos = whole.find(", " + lowered)
    if pos <= 0:
        return title
    main = whole[:pos]
    if (_SUBORDINATOR.match(main) or not _SUBJECT_START.match(main)
            or not reads_as_happening(main.split(", ")[-1] if ", " in main else main)):
        return title
    return capitalised(main) + ", " + lowered


# a long subject holding a short clause of its own (a pronoun or "the" noun, its verb), then
# the main verb; not "Seven weeks after the Treasury announced that it was ousting"
_LONG_SUBJECT = recache.compile(
    r"(?P<subject>(?:The|A|An|[A-Z][\w’'.-]+)\s[^,;:\"“]{10,90}?)\s+"
    r"(?:before|after|when|since|until|while|because|once)\s+"
    r"(?:it|he|she|they|this|(?:the|a|an|its|his|her|their)\s+[a-z]+)\s+"
    r"(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do|[a-z]{3,}ed)"
    r"(?:\s+[a-z]+){0,2}?\s+(?P<rest>(?:has|have|had|is|are|was|were|will|would|can|could|may|might|"
    r"must|should)\s.*)$", re.DOTALL)


def _verbless(subject: str) -> bool:
    """No finite verb among the words, an "-ed" word only after a possessive or determiner
    ("Madoff's alleged scheme", not "The firm reported profits")."""
    words = subject.lower().split()
    for i, w in enumerate(words):
        if w in _FINITE:
            return False
        if w.endswith("ed") and not (i and (words[i - 1].endswith(("'s", "’s"))
                                            or words[i - 1] in _DETERMINERS)):
            return False
    return True


_DETERMINERS = frozenset("the a an its his her their our this that these those".split())


def _where_clause(clause: str, whole: str) -> str:
    """ "where President Obama visited" -> "President Obama visited in Canada"."""
    pos = whole.find("where " + clause)
    place = _PLACE_BEFORE.search(whole, max(0, pos - 80), pos) if pos > 0 else None
    clause = capitalised(clause)
    if place is None and pos > 0 and (level := _LEVEL_BEFORE.search(whole, max(0, pos - 40), pos)):
        # "will remain at 2 percent, where it landed [in April] after ...": "where" is a
        # level, which the clause's verb reached
        if m := _PRONOUN_VERB.match(clause):
            return f"{m.group(0)} {level['prep']} {level['level']}{clause[m.end():]}"
        return f"{clause} {level['prep']} {level['level']}"
    return f"{clause} {place['prep'].lower()} {place['place']}" if place else clause


_LEVEL_BEFORE = recache.compile(r"\s(?P<prep>at|to|from|near|around|below|above)\s+(?P<level>[$£€]?\d[\d.,]*"
                                r"(?:\s*(?:%|percent|per\s+cent|points?|[mb]n|million|billion|"
                                r"trillion))?),\s*$")
_PRONOUN_VERB = recache.compile(r"(?:It|They|He|She|We)\s+[a-z]+(?=\s)")


def _extended(title: str, whole: str) -> str:
    """A title that dangles, carried on with the words that follow it in the sentence (cut
    later to length): "issued a statement by Raines insisting, "I am not an advisor ..."."""
    if not dangles(title):
        return title
    pos = _find(whole, title)
    rest = whole[pos + len(title):] if pos >= 0 else ""
    if len(_WORDS.findall(rest)) < 2:
        return title
    if rest.lstrip(" ")[:1] in ",;:" and title[title.rfind(" ") + 1:].lower() in DANGLING:
        return title  # "as soon as[ August 2010], three months later": the date was its object
    if _A_WORD.search(title[-30:]) and not rest.startswith(", "):
        return title  # "a town" ending a clause: whole
    return capitalised(whole[pos:])


def _main_clause_first(title: str, whole: str) -> str:
    """ "After meeting G-7 ministers, President Bush called ..." -> "President Bush called
    ... after meeting G-7 ministers": the happening first, the adverbial after it."""
    if not _OPENER.match(title) or _GERUND_NOUN.match(title):
        return title
    text = title
    if ", " not in title:  # the clause alone: its main clause is in the sentence
        pos = _find(whole, title)
        if pos < 0:
            return title
        text = whole[pos:]
    comma = text.find(", ")
    for _ in range(3):  # an adverbial may hold a comma or two of its own
        if comma < 0 or comma > 160:
            break
        main, adverbial = text[comma + 2:], text[:comma]
        if _list_ends(main):  # the main clause is after the list
            comma = text.find(", ", comma + 2)
            continue
        if (not _NOT_MAIN.match(main) and main.count(" ") >= 3
                and (reads_as_happening(main) or _present_clause(main))):
            if m := _AS_SAID.match(adverbial):
                # "As the president acknowledged [yesterday], the country can no longer ...":
                # the saying is what the date dates, and what was said is its object
                return capitalised(f"{m['who']} {m['verb']} {main[0].lower()}{main[1:]}")
            if main.count('"') % 2:
                # 'he said of the single: "We made a decision': the quotation runs to the
                # end, and an adverbial moved after it would read as its words
                return capitalised(_QUOTE_SPACE.sub(': "', main.rstrip())) + '"'
            if undangle(main) != main.rstrip(_SEPARATORS):
                # "drove less than [in 2007]" after "In 2008,": the moved adverbial would
                # read as the comparison's other end
                return capitalised(main)
            if _ADDS_TO_SUBJECT.match(adverbial):
                return capitalised(main)
            return capitalised(main) + _moved(adverbial)
        if _VERB.match(main):
            # "[the office,] in a complaint to the WTO, alleged that ...": the adverbial
            # stood between a subject and its verb
            subject = _subject_before(whole, title, adverbial=True)
            if subject:
                return subject + " " + main + _moved(adverbial)
        comma = text.find(", ", comma + 2)
    # a subordinate clause with no main clause of its own is no happening: the sentence is
    if _SUBORDINATOR.match(title) and _find(whole, title) > 0 and reads_as_happening(whole):
        # (its own fronted phrase after the main clause too: "Stung by the credit crunch ...,
        # Mexico is set to suffer ...")
        return _main_clause_first(whole, whole)
    return title


# a list's last items, then the clause after it: "the Fed and the SEC, leaders looked"
_LIST_END = recache.compile(r"[^,;:]{1,60}?\s(?:and|or)\s[^,;:]{1,40}?, [a-zA-Z]")
_LIST_WORDS = frozenset("the a an and or of for its his her their our other".split())


def _list_ends(main: str) -> bool:
    """Whether what follows a fronted phrase's comma still ends that phrase's list ("Emerging
    from talks with the Treasury, the Fed and the SEC, leaders looked ..."): names and their
    link words up to an "and" and a comma, not a clause ("Roosevelt praises immigrants old
    and new")."""
    return bool(_LIST_END.match(main)) and all(
        w[:1].isupper() or w in _LIST_WORDS for w in main.split(", ", 1)[0].split())


# "Opening statements, due to ..., will begin": an -ing word before a bare plural noun and
# its comma names a thing (a participle's object takes an article or a preposition)
_GERUND_NOUN = recache.compile(r"[A-Z][a-z]+ing\s+(?![a-z]+wards,|always|sometimes|perhaps|"
                               r"besides|nevertheless|regardless)[a-z]+s,\s")
_QUOTE_SPACE = recache.compile(r':\s*"\s+')
_AS_SAID = recache.compile(r"[Aa]s\s+(?P<who>(?:the\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,4}?)\s+"
                     r"(?P<verb>said|says|noted|notes|acknowledged|admitted|warned|pointed\s+out|"
                     r"argued|explained|stated|announced|wrote|reported|predicted|suggested|"
                     r"conceded|observed|told\s+[\w’'.-]+(?:\s+[\w’'.-]+)?)\b")
_DETERMINER = frozenset("""the a an its his her their our this that these those of in on at
to for by with from and or some many more most all""".split())
_NOT_VERB_S = ("ss", "us", "is", "ics", "'s", "’s")


def _present_clause(s: str) -> bool:
    """ "the attempt to contain the leak continues": a subject, then a verb in the present
    ending in -s, which the finite-verb test does not know; the word before it is no
    determiner or preposition (that would make it a plural noun: "of the talks")."""
    if not _SUBJECT_START.match(s):
        return False
    words = s.split()
    for prev, w in zip(words, words[1:], strict=False):
        w = w.rstrip(_CLOSERS)
        if (w.endswith("s") and w.islower() and len(w) > 3 and not w.endswith(_NOT_VERB_S)
                and prev.lower() not in _DETERMINER and not prev[:1].isdigit()):
            return True
    return False


# "On 13 January, CNN's iReport had ... over the high recorded [last year]": another date,
# fronted; moved to the end it would date the last verb, and a title's date is its row's
_DATE_ADVERBIAL = recache.compile(r"(?:on|in|at|by|since|until|from|during)\s+(?:the\s+)?"
                                  r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:\d{1,4}\b|(?:January|February|"
                                  r"March|April|May|June|July|August|September|October|November|"
                                  r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                                  r"Sunday)\b)[\w\s,.]{0,20}$", re.IGNORECASE)


def _moved(adverbial: str) -> str:
    if (_DISCOURSE.fullmatch(adverbial) or len(_WORDS.findall(adverbial)) < 2
            or _DATE_ADVERBIAL.fullmatch(adverbial)):
        return ""
    return " " + adverbial[0].lower() + adverbial[1:]


def _subject_before(whole: str, title: str, adverbial: bool = False) -> str:
    """The subject named by the sentence's first segment, when `title` comes after it; for
    an `adverbial` title set off by commas, the segment right before it."""
    pos = _find(whole, title)
    if pos <= 0:
        return ""
    prefix = whole[:pos].rstrip(" ,;:—–-")
    if "," not in whole[:pos]:
        return ""
    if adverbial and whole[:pos].rstrip().endswith(","):
        # "..., but the group's meetings, notwithstanding the session [this week], have not
        # ...": the subject is the segment right before the adverbial, not the first
        segment = _LEADING_CONJUNCTION.sub("", prefix.rsplit(",", 1)[-1].strip())
        if any(w in _FINITE for w in segment.lower().split()) or _VERB.search(segment):
            return ""
        subject = capitalised(segment)
    else:
        segment = prefix.split(",", 1)[0]
        verb = _VERB.search(segment)
        subject = segment[:verb.start()].strip() if verb else segment.strip()
        # "The Coast Guard initially estimated ..., but conceded": the adverb was the first
        # verb's, not the subject's
        subject = _TRAILING_ADVERB.sub("", subject)
    if (not subject or len(_WORDS.findall(subject)) > 12 or not _SUBJECT_START.match(subject)
            or _SUBORDINATOR.match(subject)):  # "On yesterday's show" names no one
        return ""
    return subject


# a present verb of saying or showing opening a title has lost its subject: "Show that the
# deficit hit a record" ("The latest figures, released [in February], show that ...")
_PRESENT_SAYING = frozenset("""say says show shows suggest suggests find finds warn warns claim
claims argue argues insist insists""".split())
# an adverb before a predicate's verb: "Neither endorsed nor opposed ...", "Also warned ..."
_PREDICATE_ADVERBS = frozenset("neither never also later then still only just once twice".split())
# past forms spelt as the present, kept out of _FINITE (most are nouns too: "a rate cut"): as
# a title's first word after a subject's aside, they still lost their subject ("The group,
# which featured ..., split up in [1997]")
_SAME_PAST = frozenset("split cut quit shed hurt cast burst upset spread shut".split())
_TRAILING_ADVERB = recache.compile(r"(?:\s+(?:[a-z]{3,}ly|also|then|now|later|first|still|already))+$")
_NOT_NOUN = frozenset("""it he she they we i you a an the that this these those his her their
its our my to by in on at for with from of yesterday today last on off up out down""".split())
_LEADING_CONJUNCTION = recache.compile(r"^(?:and|but|or|yet|" + SO_CONNECTIVE + r"|while)\s+",
                                       re.IGNORECASE)


# the prepositions that open a passive participle's place or time ("made during", "held in")
_ASIDE_PREPOSITIONS = frozenset("during in at on for from after before since under amid "
                                "through within throughout".split())


# irregular past participles that read the same as their past ("made", not "began")
_PARTICIPLES = frozenset("made set held built paid sold sent brought bought taken given written "
                         "seen shown known done put cut hit led won begun drawn found told kept "
                         "left lost spent struck caught run".split())


def _with_subject(title: str, whole: str) -> str:
    """ "Were traveling to Haiti" -> "A team of staff from ActionAid were traveling to
    Haiti": a predicate gets the subject that the sentence's first segment names."""
    first = title.split(" ", 1)[0].lower()
    adverb = first in _PREDICATE_ADVERBS and " " in title
    if adverb:  # the verb after it is what lost its subject
        first = title.split(" ", 2)[1].lower()
    if not (first in _AUX or first in _IRREGULAR_PAST or (first.endswith("ed") and len(first) > 4)
            or first in _PRESENT_SAYING or first in _SAME_PAST):
        return title
    words = title.lower().split()
    if (first not in _AUX and not adverb and len(words) > 3 and words[1] not in _NOT_NOUN
            and any(w in _FINITE or (w.endswith("ed") and len(w) > 4) for w in words[2:4])):
        return title  # "Strapped drivers drove less": an adjective, then its noun and verb
    lowered = title[0].lower() + title[1:]
    pos = whole.find(lowered)
    if pos <= 0:
        return title
    if "," not in whole[:pos]:
        return whole  # the predicate of the sentence's own first clause: all of it says more
    if ((first.endswith("ed") or first in _IRREGULAR_PAST or first in _SAME_PAST)
            and "by" in title.split(" ", 3)[1:3]
            and _VERB.search(whole, 0, whole.find(",", 0, pos)) and reads_as_happening(whole)):
        # "X is the Resolution Trust Corp., created by the government [in 1989] to ...": a
        # passive participle after a clause describes the noun before its comma, not the
        # clause's subject
        return whole
    if ((first.endswith("ed") or first in _PARTICIPLES)
            and not adverb and len(words) > 2 and words[1] in _ASIDE_PREPOSITIONS
            and whole.endswith(lowered) and whole[:pos].rstrip().endswith(",")
            and _VERB.search(whole, 0, pos) and reads_as_happening(whole)):
        # "The report renewed calls for new laws, made during the [November] summit": a
        # participle aside closing the sentence describes what came before its comma; its
        # clause is the sentence's, not "The report made during the summit"
        return whole
    subject = _subject_before(whole, title)
    if subject:
        return subject + " " + lowered
    # no subject to recover: the sentence, which has it somewhere, reads better than a
    # predicate alone
    return whole if reads_as_happening(whole) else title


def _tidy(sentence: str) -> str:
    s = one_space(sentence).strip()
    return capitalised(s[:-1].rstrip() if s.endswith(".") else s)
