"""Whether a date phrase stays in its title: the words around it need it (it is the clause's
subject, the noun an attributive date describes, one end of a pair, what a preposition or a
determiner is left wanting), so taking it out would leave a title that no longer reads.
What goes with a date that does go is store/date_cut.py."""

from __future__ import annotations

import re

from . import recache
from .date_clause import PREPOSITION_START
from .date_cut import _COORDINATED, _OR_NEXT, _RANGE_HEAD, cut_preposition, cut_tail
from .run_on_words import MONTHS, WEEKDAY
from .title_reads import _FINITE, reads_as_happening

_DATE_SUBJECT = recache.compile(r",?\s*(?:(?:\w+ly|also|never|not|still|just)\s+){0,2}(?:saw|sees|see|marks?|marked|"
                                r"brought|brings|was|were|is|are|has|have|had|will|would|could|may|"
                                r"might|began|begins|ended|ends|happened|seemed|proved|became|"
                                # "And then [this autumn] came the meltdown": an inversion, whose
                                # date stays, or the title opens on its verb
                                r"(?:came|comes|come)(?=\s+(?:the|a|an)\s))\b")
_PREPOSITION_BEFORE = recache.compile(r"\b(?:in|on|at|during|since|from|by|of|for|until|till|through|"
                                      r"between|before|after|around|than|to|that|and|or|since|ago|"
                                      r"about|last|this|next|the|a|an)\s*$", re.IGNORECASE)


# what a date removed from between them leaves ungrammatical (`left_ungrammatical`)
# (or a determiner's adjective that was waiting for the date: "in the coming [this week]")
_DETERMINER_ADJECTIVE_END = recache.compile(r"(?<![\w’'-])(?:the|a|an)\s+(?:coming|next|past|last|"
                                            r"following|previous|same|very|early|late)\s*$",
                                            re.IGNORECASE)
_DETERMINER_END = recache.compile(r"(?<![\w’'-])(?:the|a|an|its|their|our|my|your|every|each)\s*$",
                                  re.IGNORECASE)
# a preposition the date was the object of, which `cut_preposition` leaves ("with", "below")
_PREPOSITION_END = recache.compile(r"(?<=\w)\s+(?:to|with|without|below|above|under|beyond|toward|"
                                   r"towards|against|like|near|via|versus|despite|amid|among|into|onto|"
                                   r"upon|of|in|on|at|for|by|from|since|until|till|before|after|"
                                   r"during|through|between|over|within|around|than)\s*$",
                                   re.IGNORECASE)
# a preposition the date was the object of, at the end of the words before it (not opening a
# clause: "In [2008] prices rose" is no "in 2008 prices")
_MID_PREPOSITION = recache.compile(r"[a-z]\s+(?:below|above|under|beyond|to|with|in|for|of|at|from|"
                                   r"over|than)\s*$")
_MID_PREPOSITION_ANY = recache.compile(r"[a-z,]\s+(?:in|on|at|for|of|to|with|from|by|during|since|"
                                       r"until|before|after|over|than)\s*$")
# "and" or "or", then a noun phrase of a few words with no verb, up to the clause's end
_AND_NOUNS = recache.compile(r"\s+(?:and|or)\s+(?P<rest>(?:[^,;:!?()\"“”]|:(?=\d)){2,60}?)\s*"
                             r"(?:[,.;:!?)](?!\d)|$)")
# what opens a noun phrase (not a bare verb: "close [on Friday] and reopen in June")
_NOUN_PHRASE_OPENS = recache.compile(r"(?!.*\b(?:that|when|if|because|while|who|which|where)\b)"
                                     r"(?:the|a|an|his|her|its|their|our|my|your|this|these|those|"
                                     r"other|another|even|also|then|less|more|most|some|many|all|any|"
                                     r"both|each|every|no|on|in|at|by|for|to|of|with|from|until|early|late|next|last|"
                                     r"one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|"
                                     r"spring|summer|autumn|fall|winter|"
                                     r"[a-z]+(?:er|ly|est|[^s’'us]s))\b|[A-Z0-9$£€]")
# a word alone after its comma, whose phrase the date completed ("mild in its spring wave,
# devastating [in the fall]"); not an adverb of manner or time that reads alone
_LONE_AFTER_COMMA = recache.compile(r"[a-z],\s+(?P<word>[a-z]{4,}(?<!ly))\s*$")
_LONE_WORDS_READ = frozenset("""live again instead too also still though however then now there
here alone together first later earlier meanwhile anyway nonetheless nevertheless regardless
respectively perhaps maybe possibly probably likely even""".split())
_CONJUNCTION_LEFT = recache.compile(r"(?<=\w)\s+(?:and|or|nor)\s*$", re.IGNORECASE)
# what follows a noun phrase's determiner, never: a link word, a verb, a stop
_NO_NOUN_NEXT = recache.compile(r"\s*(?:(?:and|or|but|nor|than|is|are|was|were|will|would|"
                                r"could|can|may|might|must|should|has|have|had|did|does)\b)")
# a lowercase word that reads as a noun described by the date ("[2004] levels"), and is no
# clause's subject: no verb follows it
_BARE_NOUN_NEXT = recache.compile(r"\s+(?!(?:is|was|has|does|this|his|its|us|as|less|across|unless|"
                                  r"always|perhaps|besides|towards|afterwards|sometimes)\b)"
                                  r"(?:[a-z][a-z-]*[a-z](?<![su])s|[a-z][a-z-]+ing(?=\s*[,.;:]))"
                                  r"(?![\w’'-])(?!\s+(?:[a-z]+ed|the|a|an|his|her|their|its|it|them|everything|is|are|was|were|has|have|had|will|would|"
                                  r"could|can|may|might|must|should|rose|fell|grew|went|came|did|do|does)\b)")
_END_NEXT = recache.compile(r"\s*(?:[,.;:!?)\"”]|$|[-–—]{1,2}\s)")  # (a dash opening an aside too)
# "in the run-up to [Christmas]": a noun whose "to" or "of" led to the date
_NOUN_TO_END = recache.compile(r"\b(?:the|a|an)\s+[a-z][\w-]*(?:\s+up)?\s+to\s*$", re.IGNORECASE)


def left_ungrammatical(sentence: str, rel_start: int, rel_end: int, before: str,
                        after: str) -> bool:
    """Whether the words left either side of a removed date no longer read: a determiner or
    a preposition with no noun ("the or beyond", "the problem with is"), an attributive date's
    noun left after its preposition ("fell below levels"), a conjunction with no second
    half ("in July and, we")."""
    if _DETERMINER_END.search(before[-8:]) and _NO_NOUN_NEXT.match(after):
        return True
    if _DETERMINER_ADJECTIVE_END.search(before[-24:]) and (_END_NEXT.match(after)
                                                           or _NO_NOUN_NEXT.match(after)):
        return True  # "in place in the coming [this week].": "the coming" with no noun
    if (_PREPOSITION_DEMONSTRATIVE.search(sentence, max(0, rel_start - 14), rel_start)
            and _END_NEXT.match(after)):
        return True  # "In that [same period], 81 deaths": "In that," reads as a pronoun
    if (_A_ADJECTIVES_BEFORE.search(sentence, max(0, rel_start - 30), rel_start)
            and _YEAR.fullmatch(sentence, rel_start, rel_end) and _END_NEXT.match(after)):
        return True  # "heading toward a very difficult [2009].": the year is the noun
    if _PREPOSITION_END.search(before[-12:]):
        if _NO_NOUN_NEXT.match(after):
            return True  # "compared to [October] and jobless claims rose": "to and"
        if _BARE_NOUN_NEXT.match(after):
            return True
        if _END_NEXT.match(after) and _NOUN_TO_END.search(before[-40:]):
            return True
    if (_MID_PREPOSITION.search(sentence, max(0, rel_start - 14), rel_start)
            and "," not in sentence[rel_start:rel_end] and _BARE_NOUN_NEXT.match(sentence, rel_end)):
        return True  # "fell below [2004] levels": "below levels"
    if _CONJUNCTION_LEFT.search(before[-6:]) and _END_NEXT.match(after) and after.strip():
        return True
    if ((lone := _LONE_AFTER_COMMA.search(before[-24:])) and _END_NEXT.match(after)
            and lone["word"] not in _LONE_WORDS_READ and lone["word"] not in _FINITE
            and not lone["word"].endswith("ed")):  # (a verb after its subject's aside)
        return True  # "mild in the spring, devastating [in the fall].": "..., devastating"
    if (_MID_PREPOSITION_ANY.search(sentence, max(0, rel_start - 14), rel_start)
            and (pair := _AND_NOUNS.match(sentence, rel_end))
            # ("or early next": a date, which goes with it; not "and spring seasons")
            and (not (alt := _OR_NEXT.match(sentence, rel_end))
                 or _BARE_NOUN_NEXT.match(sentence, alt.end()))
            and _NOUN_PHRASE_OPENS.match(pair["rest"])
            and not reads_as_happening("a b " + pair["rest"])):
        return True  # "parties for [Halloween] and home games": "parties and home games"
    return False


# "The letter was dated [11 June]": the date is what the verb says, and stays
_DATED_AS = recache.compile(r"\b(?:dated|datelined)\s+$")
# "The release date is [7 February], with ...": the date completes "is", and stays
_COPULA_BEFORE = recache.compile(r"\b(?:is|was|are|were|be)(?:n[’']t|\s+not)?\s+"
                                 r"(?:(?:on|in|at|until|due|set\s+for|scheduled\s+for)\s+)?$")
_DASH_AFTER = recache.compile(r"\s+(?:-{1,2}|[—–])\s")
_CLAUSE_END = recache.compile(r"\s*[\"”’']?\s*(?:[,.;:!?]|$)")
# "It was at [6am] so most people were asleep": the date completed "was" before a link word
# (or "it will be [Wednesday] before it tries ...": the date is when, and what waits for it)
_LINK_AFTER = recache.compile(r"\s+(?:so|and|but|or|because|when|while|before|until|till)\s")
# "between the crisis and [the 1930s]": the date is one end of a pair, and the other end
# does not say it ("between the crisis and are looking")
_PAIR_END = recache.compile(r"\bbetween\s+[^,;:()]{1,60}?\s+and\s+$", re.IGNORECASE)
# "from [January 2008] to when he joined": a range whose other end is no date
_FROM_BEFORE = recache.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_RANGE_TO_CLAUSE = recache.compile(r"\s+(?:to|until|till|through|and)\s+(?:when|where|while|now|"
                                   r"today|the\s+time|the\s+day|his|her|their|its)\b", re.IGNORECASE)
# "The period from [1934], when deposit insurance was enacted, until the current crisis": the
# range's other end after an aside
_ASIDE_THEN_RANGE_END = recache.compile(r",[^,;:()]{1,90},\s+(?:to|until|till|through)\s")
# "could be [a year from now] or two years from now": the date is one of two choices
_OR_SPAN = recache.compile(r"\s+or\s+(?:[\w-]+\s+){1,2}(?:years?|months?|weeks?|days?|decades?|"
                           r"hours?)\b", re.IGNORECASE)


def conjunct(before: str, after: str) -> bool:
    """Whether the date is one end of a pair or range whose other end is no date, so that
    without it the words joined to it would be left with "and" or "or" and nothing."""
    return bool((_PAIR_END.search(before[-90:]) and not _COORDINATED.search(before[-40:]))
                or (_FROM_BEFORE.search(before[-10:]) and (_RANGE_TO_CLAUSE.match(after)
                                                          or _ASIDE_THEN_RANGE_END.match(after)))
                or _OR_SPAN.match(after))
# "had its busiest [November] ever": the date is the noun the superlative picks
_SUPERLATIVE_BEFORE = recache.compile(r"\b(?:its|their|the|his|her)\s+[a-z]{3,}est\s+$")
# "The [Sunday] Times reported": a day's name inside a name stays, or the name is cut
_THE_BEFORE = recache.compile(r"\b[Tt]he\s+$")
_ONE_CAPITAL_WORD = recache.compile(r"[A-Z][a-z]+")
_CAPITAL_AFTER = recache.compile(r"\s+[A-Z][a-z]")
_QUOTE_OPENS_DATE = recache.compile(r"[\"“](?:(?:by|on|in|at|until|before|after|from|since)\s+)?$",
                                    re.IGNORECASE)
_INFINITIVE_BEFORE = recache.compile(r"\bto\s+(?!(?:be|the|a|an|its|his|her|their)\s)[a-z]{3,}\s+$")
_A_ADJECTIVES_BEFORE = recache.compile(r"\b(?:a|an)\s+(?:(?:very|more|most|really|far|much|truly)\s+)?"
                                       r"(?!(?:lot|few|little|bit|number|couple)\s)[a-z]+\s+$")
_YEAR = recache.compile(r"(?:1[89]|20)\d\d")
_A_BEFORE = recache.compile(r"\b(?:a|an)\s+$")
_NAME_AFTER = recache.compile(r"\s+[A-Z]")
# "History may regard [this weekend] as the beginning of ...": the date is the verb's object
_AS_VERB_BEFORE = recache.compile(r"\b(?:regard|regards|regarded|see|sees|saw|seen|view|views|viewed|"
                                  r"remember|remembers|remembered|describe|describes|described|"
                                  r"consider|considers|considered|treat|treats|treated|hail|hails|"
                                  r"hailed|cite|cites|cited|label|labels|labelled|labeled|designate|"
                                  r"designates|designated|declare|declares|declared)\s+$")
_AS_AFTER = recache.compile(r"\s+as\s")
# "the [1960]-era planned community", "a [2008]-style crash": the date is a compound's first
# half, and without it the rest reads "-era"
_COMPOUND_AFTER = recache.compile(r"-[a-z]")
_NOT_YET_BEFORE = recache.compile(r"\b[Nn]ot\s+yet\s+$")
# "won't be ready until [September]", "it's not until [May] before ...": a negation said of
# the date, which without it says the opposite or nothing
_NOT_UNTIL_BEFORE = recache.compile(r"(?<!although )(?<!though )(?<!but )(?<!if )(?<!perhaps )"
                                    r"(?:\b(?:not|never)|n[’']t)(?:\s+[\w’'-]+){0,6}\s+(?:until|till)\s+$",
                                    re.IGNORECASE)
_SUBJECT_OF = recache.compile(r"[\"“'‘\s]*(?:The|the)\s+(?:[a-z][\w’'-]*\s+){1,2}of\s+$")
_LOWER_NEXT = recache.compile(r",?\s+[a-z]")
_FALL_NOUN_AFTER = recache.compile(r"\s+(?:in\s+(?:[A-Z][\w’'.-]*[’']s\b|(?:the\s+|its\s+|their\s+)?[a-z]+"
                                   r"(?:[’']s|s|ing|ue|ment)\b)|of\s+(?!\d)\S)")
_SENTENCE_END = recache.compile(r"\s*[\"”’']?\s*(?:[.!?]|$)")
_NOUN_OF = recache.compile(r"\b(?:the|a|an)\s+(?:[a-z][\w’'-]*\s+)?[a-z][\w’'-]*\s+of\s+$")
_DAY_NAME = recache.compile(WEEKDAY)
# a capitalised word right before, that no preposition or determiner is ("On Black")
_CAPITAL_WORD_BEFORE = recache.compile(r"(?<![.!?:]\s)(?<!^)\b(?!(?:On|In|At|By|Since|Until|From|"
                                       r"Last|Next|This|That|The|Every|Each|Of|For|And|Or|But|"
                                       r"Before|After|During|Through|To|Till)\b)[A-Z][a-z]+\s$")
_NAME_REST_AFTER = recache.compile(r"\s+[A-Z][a-z]+(?:\s+(?:and|or|program|programme|show|edition)\b|"
                                   r"[,.;])")
_LOWER_WORD_AFTER = recache.compile(r"\s+[a-z]|\s*[.!?]?\s*$")
_DATE_ITEM_BEFORE = recache.compile(r"\d[\w’']*,\s+(?:and\s+|or\s+)?$")
_DATE_ITEM_AFTER = recache.compile(r",\s+(?:and\s+|or\s+)?\d|\s+(?:and|or)\s+\d")
_IT_IS_BEFORE = recache.compile(r"(?:^|[,;:(]\s*|\b(?:and|but|so)\s+)[\"“‘']?[Ii]t(?:[’']s|\s+is|\s+was)\s+$")
_FROM_FIGURE_BEFORE = recache.compile(r"\bfrom\s+(?:a\s+(?:high|low|peak|record)\s+of\s+)?[$#£€]?\s?"
                                      r"\d[\d.,]*\s*(?:%|percent|per\s+cent|(?:b|m|tr)illion|bn|m|"
                                      r"pence|cents|points)?\s+(?:(?:in|on|at|during)\s+)?$",
                                      re.IGNORECASE)
# a figure in the date's own clause before its "since" (no comma, stop or dash between)
_FIGURE_SINCE = recache.compile(r"(?:\d|\b(?:half|percent|per\s+cent)\b)[^,;:()–—\"“”]{0,70}?"
                                r"(?<!\bfirst\stime\s)\bsince\s+$")
# "is still off 70 percent for [the year]", "gained 12% for [the week]": a change measured
# over the date, which without it is measured over nothing
_FIGURE_FOR = recache.compile(r"(?:\d\s*%|\d\s+(?:percent|per\s+cent|points?)|\d)\s+for\s+$", re.IGNORECASE)
_BARE_NOUN_COMPARED = recache.compile(r"(?:\d|percent|%)[^,;:()]{0,20}?\b(?:from|than|below|above)\s+"
                                      r"[a-z]{3,}s\s+$")
_POSSESSIVE_COMPARED = recache.compile(r"\b(?:of|from|below|above|than|to|over|with)\s+(?:their|its|his|her|"
                                       r"our|your)\s+$")
_INSTEAD_AFTER = recache.compile(r",?\s+(?:instead\s+of|rather\s+than)\s+(?:(?:on|in|at|by|the|this|next|"
                                 r"last)\s+)?(?:\d|" + WEEKDAY + r"\b|(?:" + MONTHS + r")\b|"
                                 r"(?:today|tomorrow|yesterday|"
                                 r"tonight|week|month|year|spring|summer|autumn|fall|winter)\b)")
_BACK_TO_BEFORE = recache.compile(r"\bback\s+(?:to|until|till)\s+$")
_PRONOUN_OF = recache.compile(r"\b(?:those|that)\s+of\s+$")
_MAKE_IT_BEFORE = recache.compile(r"\b(?:make|makes|made|making)\s+it\s+(?:to|until|till|through|into|past)\s+$")
_SINCE_SUPERLATIVE = recache.compile(r"\b(?:[a-z]{3,}est|worst|best|most|least|first|lowest|highest)\b"
                                     r"(?:\s+[\w’'-]+){0,6}?\s+since\s+$")
_AT_LEAST_END = recache.compile(r"\bat\s+(?:the\s+)?(?:least|earliest)\s+$")
_TAKE_UNTIL_BEFORE = recache.compile(r"\b(?:take|takes|took|taken|taking)(?:\s+[\w’'-]+){0,2}?\s+"
                                     r"(?:until|till)\s+$", re.IGNORECASE)
# "have used it since [1979] when it replaced ...": the "when" is the date's
_SINCE_BEFORE = recache.compile(r"\bsince\s+$")
_WHEN_NEXT = recache.compile(r"\s+when\s")
# "In that [same period], 81 deaths": a preposition's demonstrative the date phrase left out
_PREPOSITION_DEMONSTRATIVE = recache.compile(r"\b(?:in|on|at|for|during|over|by|from|since|until|of)\s+"
                                             r"(?:that|this|these|those)\s+$", re.IGNORECASE)
_ALONE_AFTER = recache.compile(r"\s+alone\b")
# "died on [25 June] that year": a day whose year another phrase says; without it the title
# keeps only "that year", and the day it happened is lost
_YEAR_OF_DAY_AFTER = recache.compile(r",?\s+(?:of\s+)?(?:that|the\s+same|the\s+following|the\s+previous|"
                                     r"this|last|next)\s+year\b")
_WHEN_AFTER = recache.compile(r",\s+when\s+(?!asked\b)\w")
_WORD_END = recache.compile(r"[a-z]\s+$")  # the date sits inside a clause, after its words
# "a credit line created [last fall] that had no takers": a participle after its noun, then
# a relative clause; without the date the participle runs into the relative ("created that")
_NOUN_PARTICIPLE_BEFORE = recache.compile(r"\b(?!(?:is|are|was|were|be|been|being|has|have|had|he|she|"
                                          r"they|it|we|i|you|who|which|that|also|and|not)\s)[a-z]{2,}\s+"
                                          r"(?:[a-z]{3,}ed|made|held|sold|built|set|taken|given|written|"
                                          r"signed|found|begun|drawn|shown)\s+$")
# (a relative's verb follows, not a reported clause's subject: "decided [Monday] that the ...")
_RELATIVE_AFTER = recache.compile(r"\s+(?:that|which|who)\s+(?!(?:the|a|an|he|she|they|it|we|i|you|"
                                  r"his|her|its|their|this|these|those|there)\b)[a-z]")
_EVER_AFTER = recache.compile(r"\s+(?:ever|on\s+record|in\s+(?:history|decades|years))\b")
_QUANTIFIER_OF = recache.compile(r"\b(?:most|much|part|parts|half|all|some|the\s+rest|the\s+bulk|"
                                 r"the\s+remainder)\s+of\s+$", re.IGNORECASE)
_DETERMINER_BEFORE = recache.compile(r"\b(?:the|a|an|its|his|her|their|this|our)\s+$", re.IGNORECASE)
_NOT_NOUN_AFTER = recache.compile(
    r"\s+(?:and|or|but|nor|to|of|in|on|at|for|by|with|from|as|than|when|while|where|which|who|"
    r"that|is|are|was|were|has|have|had|will|would|saw|sees|said|says|began|ended|after|before|"
    r"until|since)\b", re.IGNORECASE)


_CENTURY_ADJECTIVE = recache.compile(r"(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?)-century",
                                     re.IGNORECASE)
# (then the clause's end: not a run-on's next sentence, "by China [in 2002] Afghanistan's only")
_NAME_THEN_NOUN = recache.compile(r"\s+[A-Z][a-z]+\s+[a-z]{3,}\s*(?:[,.;:!?)]|$)")
_PREPOSITION_JUST_BEFORE = recache.compile(r"\b(?:by|of|in|from|since|after|before|with)\s+$")
_DECADE_END = recache.compile(r"(?:\d0s|\d0[’']s|[’']\d0s)$")
_LOWER_NOUN_NEXT = recache.compile(r"\s(?!(?:and|or|but|to|of|in|on|at|for|with|when|while|that|which|"
                                   r"who|as|than|was|were|is|are|had|has|have|saw|brought|into|onto|"
                                   r"from|by|up|out|over|along|about|after|before|through|during|"
                                   r"[a-z]+ed|[a-z]+ing|[a-z]+ly)\b)[a-z][\w-]*\s+[a-z]")
_CENTURY = recache.compile(r"\d(?:st|nd|rd|th)[\s-]+[Cc]entury$")
_SEASON_OR_MONTH = recache.compile(r"the\s+(?:spring|summer|autumn|fall|winter|january|february|march|"
                                   r"april|may|june|july|august|september|october|november|december)",
                                   re.IGNORECASE)
_INSIDE_PREPOSITION = recache.compile(r"[a-z]\s+(?:before|after|in|during|for|by|until|through|of|"
                                      r"since|over|ahead\s+of)\s+$")


def attributive(sentence: str, rel_start: int, rel_end: int, after: str) -> bool:
    """ "the [2010] Atlantic hurricane season", "the demands of [the 21st-century] economy":
    a date between a determiner and the noun it describes."""
    if not after[:1] == " " or not after[1:2].isalpha() or _NOT_NOUN_AFTER.match(after):
        return False
    phrase = sentence[rel_start:rel_end]
    head = _RANGE_HEAD.sub("", sentence[max(0, rel_start - 16):rel_start])
    return bool(_DETERMINER_BEFORE.search(head)
                or (phrase[:4].lower() == "the " and "-" in phrase)
                # "boosterism after [the late 1990s] tech boom": a decade as an adjective
                or (phrase[:4].lower() == "the " and _DECADE_END.search(phrase)
                    and _LOWER_NOUN_NEXT.match(after) and after.split(None, 1)[0] not in _FINITE)
                # "founded by [9th-century] Vikings": a century as an adjective
                or _CENTURY_ADJECTIVE.fullmatch(phrase)
                # "still haunted by [1979] Ixtoc spill": a year before a name and its noun
                or (_YEAR.fullmatch(phrase) and _NAME_THEN_NOUN.match(after)
                    and _PREPOSITION_JUST_BEFORE.search(head))
                # "offered in [late 18th Century] France": a century before the place it dates
                # (not "of [the 21st century] Dr Chan said": a name run on after it)
                or (_CENTURY.search(phrase) and phrase[:4].lower() != "the "
                    and after[1:2].isupper())
                # "support before [the spring] planting season begins": a season or month
                # after a preposition inside a clause, before the noun it names
                or (_SEASON_OR_MONTH.fullmatch(phrase) and _INSIDE_PREPOSITION.search(head)
                    and not _NO_NOUN_NEXT.match(after)))

_RELATIVE_BEFORE = recache.compile(r"\b(?:which|who|that)(?:\s+(?:only|just|even|\w+ly))?\s*$",
                                   re.IGNORECASE)


# words after which a clause, and its subject, can open
_CLAUSE_OPENERS = frozenset("""and or but so yet while when because if although though whereas
then as that said says say believe believes think thinks expect expects hope hopes""".split())


_POSSESSIVE_ALONE = recache.compile(r"[’']s?(?:\s*[.,;:!?)]|[\"”](?!\w)|\s*$)")
_TIME_CONJUNCTION = recache.compile(r"\b(?:by|until|till|at|from)\s+the\s+time\s*$|"
                                    r"\b(?:every|each|the\s+first|the\s+last)\s+time\s*$",
                                    re.IGNORECASE)


def date_is_subject(sentence: str, rel_start: int, rel_end: int, after: str) -> bool:
    """ "Wednesday saw ...", "July and [August] will be ...", "Friday, December 19, 2008, was
    ...": a verb follows the date, and neither the phrase nor what precedes it is a
    preposition's ("from government forces in May, has destroyed" is not)."""
    m = _DATE_SUBJECT.match(after)
    if not m or PREPOSITION_START.match(sentence, rel_start, rel_end):
        return False
    head = cut_tail(sentence[:rel_start], _COORDINATED)
    if after.lstrip()[:1] == "," and head.strip():
        return False  # a comma after the date: only a sentence's opening date is its subject
    last = head.rstrip()[-12:].rsplit(" ", 1)[-1]
    if _TIME_CONJUNCTION.search(head[-20:]):
        return True  # "by the time [the weekend] is over": "the time" opens a clause
    if last[-1:].isalpha() and last.lower() not in _CLAUSE_OPENERS:
        return False  # "the changes announced [yesterday] are": the date ends a phrase
    if last == "that":  # "officials said that [Tuesday] was the worst day"
        return True
    # "newspapers, which only [a year ago] were full of ...": the relative is the subject
    return not (_PREPOSITION_BEFORE.search(head[-40:]) or _RELATIVE_BEFORE.search(head[-40:]))


# "Ghana last experienced a major earthquake [70 years ago].": "last" or "first" before a
# verb asks when, and the date that ends the clause is the answer (not "the last big crisis")
_LAST_VERB_BEFORE = recache.compile(r"(?<![\w’'-])(?<!\bthe )(?<!\bThe )(?<!\bits )(?<!\btheir )"
                                    r"(?<!\bhis )(?<!\bher )(?<!\ba )(?<!\bour )(?:last|first)\s+"
                                    r"(?:[a-z]{2,}ed|was|were|had|did|saw|met|won|took|came|went|hit|"
                                    r"struck|rose|fell|made|held|left|spoke|wrote|ran|led|saw|shook|"
                                    r"seen|found|known|used|built|made)\b[^,;:()]{0,60}$")
# "the [1918] influenza pandemic", "The [2008] crisis": a year right after "the" names which
# one, and without it the noun reads as the only one
_THE_YEAR_BEFORE = recache.compile(r"(?<![\w’'-])[Tt]he\s$")
_YEAR_NOUN_AFTER = recache.compile(r"\s(?!(?:and|or|but|to|of|in|on|at|for|by|with|from|as|than|"
                                   r"was|were|is|are|has|had|have|will|would|saw|when|that)\b)"
                                   r"[a-z][\w-]*")
# "All shipments received [after 21 April] will be": a participle whose date limits its noun,
# the subject of the verb that follows
_LIMITING_PARTICIPLE = recache.compile(r"\b(?!(?:is|are|was|were|be|been|being|has|have|had|he|she|"
                                       r"they|it|we|i|you|who|which|that|also|and|not)\s)[A-Za-z][a-z]+\s+"
                                       r"(?:[a-z]{3,}ed|made|held|sold|built|sent|taken|given|"
                                       r"written|signed|found|paid|bought|filed)\s+"
                                       r"(?:after|before|since|until|till|by)\s+$")
_LIMIT_PREPOSITION = recache.compile(r"(?:after|before|since|until|till|by)\s+")
_MAIN_VERB_AFTER = recache.compile(r"\s+(?:will|would|could|can|may|might|must|should|shall|is|are|"
                                   r"was|were|has|have|had)\b")


def _limits_or_answers(sentence: str, rel_start: int, rel_end: int, after: str) -> bool:
    """Whether the date answers "last"/"first" before its verb, names which of a noun after
    "the", or limits the noun of a participle that is its clause's subject: all three lose
    their meaning, not only a detail, without it."""
    head = sentence[max(0, rel_start - 100):rel_start]
    if _CLAUSE_END.match(after) and _LAST_VERB_BEFORE.search(head):
        return True
    if (_YEAR.fullmatch(sentence, rel_start, rel_end) and _THE_YEAR_BEFORE.search(head[-5:])
            and _YEAR_NOUN_AFTER.match(after)):
        return True
    # (the phrase may hold its preposition: "received [after 21 April]")
    prep = _LIMIT_PREPOSITION.match(sentence, rel_start, rel_end)
    return bool(_MAIN_VERB_AFTER.match(after)
                and _LIMITING_PARTICIPLE.search(head[-60:] + (prep[0] if prep else "")))


def date_needed(sentence: str, rel_start: int, rel_end: int, after: str) -> bool:
    """Whether the words around a date phrase need it whatever goes with it: it is the
    clause's subject, what a verb or a superlative picks, one end of a pair, a name's or a
    compound's part, or what "alone" or a relative "when" points back to. `after` is the
    sentence after the phrase (the phrase itself may have shifted it)."""
    # (or "spent most of last year in Haiti": the date is what is measured, and stays)
    tail = sentence[max(0, rel_start - 12):rel_start]  # cheap tests before the patterns
    until, since = "til" in tail, tail.endswith("since ")
    return bool(date_is_subject(sentence, rel_start, rel_end, after)
            or _limits_or_answers(sentence, rel_start, rel_end, after)
            or _QUANTIFIER_OF.search(sentence, max(0, rel_start - 30), rel_start)
            or _DATED_AS.search(sentence, max(0, rel_start - 12), rel_start)
            or (_COPULA_BEFORE.search(sentence, max(0, rel_start - 24), rel_start)
                and (_CLAUSE_END.match(after) or _LINK_AFTER.match(after)
                     # ("despite the fact that this was [the middle of summer] - and")
                     or _DASH_AFTER.match(after)))
            or conjunct(sentence[:rel_start], after)
            or (_SUPERLATIVE_BEFORE.search(sentence, max(0, rel_start - 20), rel_start)
                and _EVER_AFTER.match(after))
            or (_NOUN_PARTICIPLE_BEFORE.search(sentence, max(0, rel_start - 40), rel_start)
                and _RELATIVE_AFTER.match(after))
            or (_THE_BEFORE.search(sentence, max(0, rel_start - 5), rel_start)
                and _ONE_CAPITAL_WORD.fullmatch(sentence, rel_start, rel_end)
                and _CAPITAL_AFTER.match(after))
            or (_AS_VERB_BEFORE.search(sentence, max(0, rel_start - 16), rel_start)
                and _AS_AFTER.match(after))
            or _COMPOUND_AFTER.match(after)
            # 'hopes to connect ["by the end of the week"] a third tanker': a quotation of
            # the date alone, whose marks are left with nothing between them
            or (after[:1] in ('"', "”")
                and _QUOTE_OPENS_DATE.search(sentence, max(0, rel_start - 12), rel_start))
            # "lost 18 soldiers [Friday] alone": "alone" narrows the date, and is left
            # narrowing nothing without it
            or _ALONE_AFTER.match(after)
            or _YEAR_OF_DAY_AFTER.match(after)
            # "Not yet [5pm], you would still ...": "not yet" is said of the date
            or _NOT_YET_BEFORE.search(sentence, max(0, rel_start - 10), rel_start)
            # ("will not be able to occupy the building until [next fall]": a few words
            # between them)
            or (until and _NOT_UNTIL_BEFORE.search(sentence, max(0, rel_start - 70), rel_start))
            # "will not turn around until at least [the second half of 2009]"
            or (tail.endswith(("least ", "earliest ")) and _NOT_UNTIL_BEFORE.search(
                cut_tail(sentence[max(0, rel_start - 60):rel_start], _AT_LEAST_END)))
            # "it would take until [the middle of August] to stop the oil": how long it takes
            or (until and _TAKE_UNTIL_BEFORE.search(sentence, max(0, rel_start - 30), rel_start))
            # "The world of [2006] looked much like ...": the date says which world the
            # sentence is about; without it the subject names nothing
            or (rel_start < 40 and tail.endswith("of ") and _SUBJECT_OF.match(sentence[:rel_start])
                and _LOWER_NEXT.match(after))
            # "like this: 1985, [1986], 1987, ...": an item of a list of dates, which
            # without it runs its neighbours together ("1985, 1987")
            or ("," in tail and _DATE_ITEM_BEFORE.search(sentence, max(0, rel_start - 16), rel_start)
                and (_DATE_ITEM_AFTER.match(after) or _CLAUSE_END.match(after)))
            # "Sheffield [Wednesday]-Nottingham Forest", "On Black [Friday], ...": a day's
            # name that is a name's last word (not "Obama [Tuesday] said ...")
            or (_DAY_NAME.fullmatch(sentence, rel_start, rel_end)
                and ((_CAPITAL_WORD_BEFORE.search(sentence, max(0, rel_start - 20), rel_start)
                      and not _LOWER_WORD_AFTER.match(after))
                     # "a guest a few times on [Sunday] Sequence and ...": a programme's
                     # name whose first word is the day
                     or _NAME_REST_AFTER.match(after)))
            # "what happened in the recession of [the 1980s].": the date that ends the
            # sentence says which one the noun before "of" is
            or (tail.endswith("of ") and _SENTENCE_END.match(after)
                and _NOUN_OF.search(sentence, max(0, rel_start - 40), rel_start))
            # "[The fall] in BP's shares", "[the fall] of Lehman": a drop, no season
            or (rel_end - rel_start == 8 and sentence[rel_start:rel_end].lower() == "the fall"
                and _FALL_NOUN_AFTER.match(after))
            # "up from 5 percent [in April]", "from $806m [a year earlier]": the date says
            # when the figure compared with was, and without it the comparison is empty
            or ("from" in sentence[max(0, rel_start - 50):rel_start]
                and _FROM_FIGURE_BEFORE.search(sentence, max(0, rel_start - 50), rel_start))
            # "has lost 70 percent of its value since [July 31]", "have totaled more than $800
            # billion since [2001]": a figure counted from the date, which without it counts
            # from nothing
            or (since and _CLAUSE_OVER.match(after)
                and _FIGURE_SINCE.search(sentence, max(0, rel_start - 90), rel_start))
            or (tail.endswith("for ") and _CLAUSE_OVER.match(after)
                and _FIGURE_FOR.search(sentence, max(0, rel_start - 24), rel_start))
            # "were down 36 percent from levels [a year earlier]": a bare noun the date says
            # which of, the base of a comparison
            or (_BARE_NOUN_COMPARED.search(sentence, max(0, rel_start - 30), rel_start)
                and not PREPOSITION_START.match(sentence, rel_start, rel_end)
                and _CLAUSE_OVER.match(after))
            # "might be lucky to make it [to March]": where "make it" reaches is the date
            or ("it " in tail and _MAKE_IT_BEFORE.search(sentence, max(0, rel_start - 30),
                                                         rel_start))
            # "let's go back to [1999]", "bear markets going back to [1976]": where "back"
            # goes is the date; "resembled those of [the late 19th century]": what the
            # pronoun stands for is the date's
            or ((" to " in tail or "til " in tail) and _BACK_TO_BEFORE.search(tail))
            or (tail.endswith("of ") and _PRONOUN_OF.search(tail))
            # "will attempt it [next week], instead of Sunday as hoped": the date is set
            # against another, which without it stands against nothing
            or _INSTEAD_AFTER.match(after)
            # "or 17 percent of their [2007] levels": the year says which levels a figure is
            # measured against
            or (_YEAR.fullmatch(sentence, rel_start, rel_end)
                and _POSSESSIVE_COMPARED.search(sentence, max(0, rel_start - 24), rel_start)
                and _YEAR_NOUN_AFTER.match(after))
            # "It's [midday] in Port-au-Prince": the date is what "it" is
            or _IT_IS_BEFORE.search(sentence, max(0, rel_start - 12), rel_start)
            # "its largest one-day loss since [1987]", "the strongest since [last week's]":
            # a superlative's measure, without which it says "ever"
            or (since and (sup := _SINCE_SUPERLATIVE.search(sentence, max(0, rel_start - 60),
                                                            rel_start))
                and _clause_before(sentence[:sup.start()]))
            or (since and _SINCE_BEFORE.search(sentence, max(0, rel_start - 7), rel_start)
                and _WHEN_NEXT.match(after))
            # "killed in action [since Sept. 30], when Moscow began its campaign": the
            # relative "when" has the date for its antecedent
            or (_WHEN_AFTER.match(after)
                and _WORD_END.search(cut_preposition(sentence[:rel_start]).strip() + " "))
            # "to be a [21st-century] FDR": without it, "a" before a name reads "a FDR"
            # "responses that have proven insufficient to halt [the fall].": the date is
            # the infinitive's object
            or (_INFINITIVE_BEFORE.search(sentence, max(0, rel_start - 20), rel_start)
                and sentence[rel_start:rel_start + 4].lower() == "the "
                and _CLAUSE_END.match(after))
            or (_A_BEFORE.search(sentence, max(0, rel_start - 4), rel_start)
                and _NAME_AFTER.match(after)
                and attributive(sentence, rel_start, rel_end, after)))


def _clause_before(head: str) -> bool:
    """Whether the words before a superlative are a clause it belongs to: no comma between
    them, or a happening before the comma ("tumbled 900 points to 8,276, its lowest since
    ..."; not "prices fall to $1.82, the cheapest since", whose verb the title would lose)."""
    comma = head.rfind(", ")
    return comma < 0 or reads_as_happening(head[:comma])


# "The tributes will continue [throughout the weekend]", "Closing statements are due to begin
# [on Thursday]": a plan's or a schedule's verb with nothing after it but the date
_SCHEDULED_BARE = recache.compile(r"(?:\b(?:will|would|could|can|may|might|must|should|shall)|"
                                  r"\b(?:[a-z]+ed|due|set|going|likely|ready|able|about)\s+to)\s+"
                                  r"(?:be\s+)?(?:[a-z]+ly\s+)?[a-z]{2,}(?:\s+(?:back|up|down|off|out|"
                                  r"over))?\s*$")
# "..., beginning [on 13 July].": a participle whose only complement was the date
_PARTICIPLE_LEFT = recache.compile(r",\s+[a-z]{3,}ing\s*$")
_THIN = 8  # words: a title this short says too little without the date its verb waited for


def bare_without_date(before: str, title: str) -> bool:
    """Whether what is left before a date that ends its sentence is a verb waiting for it:
    a participle after a comma ("..., beginning"), or, in a short title, a plan's verb
    ("The trial is due to start"), which without its when says too little to scan."""
    return bool(_PARTICIPLE_LEFT.search(before[-30:])
                or (title.count(" ") < _THIN and _SCHEDULED_BARE.search(before[-60:])))


# "the oil leak that began [on 20 April].", "the sale - which is expected to be completed [in
# early 2011] - ", "have been waiting [since the weekend].": a verb that only says that
# something began, ended, went on or took effect, whose one complement was the date; without
# it the clause says nothing a reader can scan (not "the end [of May]": a noun)
_THIN_VERB_END = recache.compile(r"(?<!\bthe )(?<!\ba )(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )"
                                 r"\b(?:(?:already|only|just|still|finally|officially)\s+)?"
                                 r"(?:began|begun|begins?|started|starts?|ended|ends?|continued|"
                                 r"continues?|resumed|completed|finished|expired|lasted|lasts|"
                                 r"(?<=\bto )last|(?:take|takes|took|taken|taking)\s+place|"
                                 r"(?:take|takes|took|taken|taking)\s+effect|"
                                 r"(?:been|be|is|are|was|were)\s+(?:going(?:\s+on)?|waiting|under\s+way))"
                                 r"\s*$", re.IGNORECASE)
# where the date's clause ended: the sentence's end, a comma, a dash closing an aside, a
# conjunction opening the next clause
_CLAUSE_OVER = recache.compile(r"\s*[\"”’']?\s*(?:[.!?;,]|$|[-–—]{1,2}\s|(?:but|and)\s)")


# "Jack Lew served as OMB director [from 1999 to 2001]": a post held, whose dates are all the
# clause says beyond its subject (often the same post: "the OMB director served as OMB director")
_HELD_AS_END = recache.compile(r"\b(?:served|serves|serving|worked|works|lived|ran|runs|acted|sat|"
                               r"stayed|remained|reigned|ruled)\s+(?:briefly\s+)?as\s+"
                               r"(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w’'&.-]+\s+){0,4}[\w’'&.-]+\s*$")
# the other end of a range whose first end is the date: "[1999] to 2001"
_RANGE_REST = recache.compile(r"\s*(?:(?:to|until|till|through|and)\s+|[-–]\s*)(?:[\w.’']+\s+){0,2}\d{4}\b")
# "The changes were announced": a passive verb of telling or making that says nothing of what
# was told or made, once its date (all it had) is gone
# (not an aside's infinitive, "its report, to be published [next week], said": no clause of
# its own to read)
_BARE_PASSIVE_END = recache.compile(r"(?<!,\sto\s)\b(?:was|were|is|are|been|be|being)\s+(?:(?:first|only|officially|"
                                    r"formally|publicly)\s+)?(?:announced|unveiled|released|published|"
                                    r"disclosed|revealed|reported|issued|made\s+public|held|born|"
                                    r"founded|established|formed|set\s+up)\s*$", re.IGNORECASE)


# "a broad overhaul expected [next year].", "the vote, scheduled [for Friday],": a plan's
# participle whose only complement was the date; without it, "An overhaul was expected"
_SCHEDULED_END = recache.compile(r"(?<!\bthan )\b(?:expected|scheduled|planned|slated|due)\s*$",
                                 re.IGNORECASE)


def thin_without_date(before: str, after: str) -> bool:
    """Whether a date was the only complement of a verb that says no more than that something
    began, ended, went on or took effect (or that someone held a post, or that a thing was
    announced), so that the clause left without it (an aside's above all, which the title
    takes as the date's clause) reads "The oil leak began"."""
    tail = before[-80:]
    if _HELD_AS_END.search(tail):
        rest = _RANGE_REST.match(after)
        return bool(_CLAUSE_OVER.match(after[rest.end():] if rest else after))
    return bool((_THIN_VERB_END.search(tail[-50:]) or _BARE_PASSIVE_END.search(tail[-50:])
                 or _SCHEDULED_END.search(tail[-30:]))
                and _CLAUSE_OVER.match(after))


def thin_told(told: str) -> bool:
    """Whether a relative clause told as its own happening ("the changes announced [yesterday]
    are ..." -> "The changes were announced") says nothing but that the thing was announced or
    begun: then the sentence's main clause, which says what the thing is, reads better."""
    return bool(_BARE_PASSIVE_END.search(told) or _THIN_VERB_END.search(told))
