"""A mention's title: its sentence cut down to the happening the date phrase belongs to.

A timeline row must say what happened, not repeat the sentence it came from, so each
dated phrase gets a short title: its sentence without the date phrase, without who said
it ("..., the Observatory said", "according to ..."), and, when still long, cut down to
the clause that holds the date, with its subject recovered.

The cutting itself is store/title_trim.py; this module finds where the date phrase
sits in its sentence and which clause and subject the title takes.

`title_and_terms` is a pure function of the stored mention row, so merging can
recompute titles and merge terms when an article is removed.
"""

from __future__ import annotations

import re

from .similarity import terms as salient_terms
from .title_trim import (  # noqa: F401  (TITLE_MAX: the titles' length, for callers)
    _CAP,
    _NOT_NAMES,
    _OPENS_ADVERBIAL,
    _PREPOSITION_START,
    MARK,
    TITLE_MAX,
    _trim,
    shorten,
    tidy,
    without_empty_tail,
)
from .titles import capitalised, quotation_named, readable, reads_as_happening

WINDOW = 600  # characters either side of a phrase that can hold its happening
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
_OR_NEXT = re.compile(r"\s+(?:or|and)\s+(?:the\s+)?(?:(?:early\s+|late\s+)?next|following|the\s+year\s+after|"
                      r"(?:early\s+|late\s+)?(?:spring|summer|autumn|fall|winter)|"
                      r"[’']?\d0s)"  # "in [the 1960s] and 70s"
                      r"(?:\s+(?:year|month|week|one))?\b(?![\w’'-])", re.IGNORECASE)
# a clock time's zone and its time elsewhere, which go with it
_ZONE_AFTER = re.compile(r"\s+(?:local\s+time|(?:GMT|BST|UTC|ET|EST|EDT|PT|PST|CET)\b)"
                         r"(?:\s*\(\s*\d{1,2}[:.]?\d\d\s*(?:[ap]\.?m\.?\s*)?(?:GMT|BST|UTC|ET)?\s*\))?")
_CLOCK_PHRASE = re.compile(r"\d{3,4}|\d[:.]\d\d|[ap]\.?m\b")
_PART_OF = re.compile(r"\b(?:on|in|at|by|during|until)\s+the\s+(?:evening|morning|afternoon|night|"
                      r"eve|day|weekend|week|end|start|beginning|middle)\s+of\s*$", re.IGNORECASE)
_RANGE_START = re.compile(r"\b(?:early|mid|late)-(?:to-)?$", re.IGNORECASE)  # "the mid-to-[late 90s]"
_PERIOD_ENDED = re.compile(r"(?<=months )ended\s*$|(?<=weeks )ended\s*$|(?<=quarter )ended\s*$")
_DATE_SUBJECT = re.compile(r",?\s*(?:(?:\w+ly|also|never|not|still|just)\s+){0,2}(?:saw|sees|see|marks?|marked|"
                           r"brought|brings|was|were|is|are|has|had|will|would|could|may|"
                           r"might|began|begins|ended|ends|happened|seemed|proved|became|"
                           # "And then [this autumn] came the meltdown": an inversion, whose
                           # date stays, or the title opens on its verb
                           r"(?:came|comes|come)(?=\s+(?:the|a|an)\s))\b")
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|on|at|during|since|from|by|of|for|until|till|through|"
                                 r"between|before|after|around|than|to|that|and|or|since|ago|"
                                 r"about|last|this|next|the|a|an)\s*$", re.IGNORECASE)


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
        keep = quoted_complement or _left_ungrammatical(
            sentence, rel_start, rel_end, _cut_preposition(sentence[:rel_start]), after)
        named = quotation_named(tidy(sentence if keep else _cut_tail(
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
                and _EVER_AFTER.match(after))
            or (_NOUN_PARTICIPLE_BEFORE.search(sentence, max(0, rel_start - 40), rel_start)
                and _RELATIVE_AFTER.match(after))
            or (_THE_BEFORE.search(sentence, max(0, rel_start - 5), rel_start)
                and _ONE_CAPITAL_WORD.fullmatch(sentence, rel_start, rel_end)
                and _CAPITAL_AFTER.match(after))
            or (_AS_VERB_BEFORE.search(sentence, max(0, rel_start - 16), rel_start)
                and _AS_AFTER.match(after))
            or _COMPOUND_AFTER.match(after)
            # "lost 18 soldiers [Friday] alone": "alone" narrows the date, and is left
            # narrowing nothing without it
            or _ALONE_AFTER.match(after)
            # "killed in action [since Sept. 30], when Moscow began its campaign": the
            # relative "when" has the date for its antecedent
            or (_WHEN_AFTER.match(after)
                and _WORD_END.search(_cut_preposition(sentence[:rel_start]).strip() + " "))
            # "to be a [21st-century] FDR": without it, "a" before a name reads "a FDR"
            or (_A_BEFORE.search(sentence, max(0, rel_start - 4), rel_start)
                and _NAME_AFTER.match(after)
                and _attributive(sentence, rel_start, rel_end, after))):
        # (or "spent most of last year in Haiti": the date is what is measured, and stays)
        # "Wednesday saw crews set fire to the slick", "the year 1989 never happened": the
        # date is the clause's subject, and the title keeps it
        title, whole = _trim(sentence[:rel_start] + MARK + sentence[rel_start:])
    else:
        before = _cut_tail(sentence[:rel_start], _COORDINATED)  # "the 1st and [2nd Century]"
        if after[:4] in (" or ", " and") and (alt := _OR_NEXT.match(after)):
            after = after[alt.end():]  # "[later this year] or next": the other end goes too
        elif (zone := _ZONE_AFTER.match(after)) and _CLOCK_PHRASE.search(sentence, rel_start,
                                                                         rel_end):
            after = after[zone.end():]  # "at [1653] local time (2153 GMT)": the clock's zone
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
            if (_DEMONSTRATIVE_END.search(before[-6:]) and _VERB_NEXT.match(after)
                    and not _PREPOSITION_START.match(sentence, rel_start, rel_end)):
                # "the people who this [past weekend] were ...": the date's own "this"
                before = before.rstrip()[:-4].rstrip() + " "
            if (after.lstrip()[:1] == "," and _THAT_END.search(before[-12:])
                    and not _RELATIVE_NEXT.match(after)):
                # "pledging that by [2020], the country will ...": the date's comma went with
                # it, and the clause after it is what "that" says
                after = after.lstrip()[1:]
            elif after.lstrip()[:1] == "," and _CONJUNCTION_END.search(before[-6:]):
                # "That role ended in the 1970s, and in [the 1980s], it emerged as ...": the
                # date's comma went with it, and the conjunction joins the next clause
                after = after.lstrip()[1:]
            elif (after.lstrip()[:1] == "," and before.rstrip()[-1:] == ","
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
        if (_left_ungrammatical(sentence, rel_start, rel_end, before, after)
                or (_POSSESSIVE_ALONE.match(sentence, rel_end)
                    and before.rstrip() == sentence[:rel_start].rstrip())):
            # (or "could be nearly double [last year]'s.": a possessive standing for its noun,
            # with no preposition that went with it, is the verb's object)
            # "fell below [2004] levels", "the problem with [October] is", "may be the [late
            # autumn] or beyond": the words around the date need it, so it stays
            title, whole = _trim(sentence[:rel_start] + MARK + sentence[rel_start:])
        else:
            if (before[-3:] in (" a ", " A ") or before in ("a ", "A ")) and _VOWEL_NEXT.match(after):
                before = before[:-2] + before[-2] + "n "  # "a [2008] internal inquiry": "an internal"
            elif before[-4:] in (" an ", " An ") and _CONSONANT_NEXT.match(after):
                before = before[:-2] + " "  # "an [Oct. 22] speech": "a speech"
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
_CONSONANT_NEXT = re.compile(r"\s*(?!(?:hour|honest|honou?r|heir)|[aeiouAEIOU]|[A-Z]{2,}\b)[a-zA-Z]")

# what a date removed from between them leaves ungrammatical (`_left_ungrammatical`)
_DETERMINER_END = re.compile(r"(?<![\w’'-])(?:the|a|an|its|their|our|my|your|every|each)\s*$",
                             re.IGNORECASE)
# a preposition the date was the object of, which `_cut_preposition` leaves ("with", "below")
_PREPOSITION_END = re.compile(r"(?<=\w)\s+(?:to|with|without|below|above|under|beyond|toward|"
                              r"towards|against|like|near|via|versus|despite|amid|among|into|onto|"
                              r"upon|of|in|on|at|for|by|from|since|until|till|before|after|"
                              r"during|through|between|over|within|around|than)\s*$",
                              re.IGNORECASE)
# a preposition the date was the object of, at the end of the words before it (not opening a
# clause: "In [2008] prices rose" is no "in 2008 prices")
_MID_PREPOSITION = re.compile(r"[a-z]\s+(?:below|above|under|beyond|to|with|in|for|of|at|from|"
                              r"over|than)\s*$")
_MID_PREPOSITION_ANY = re.compile(r"[a-z,]\s+(?:in|on|at|for|of|to|with|from|by|during|since|"
                                  r"until|before|after|over|than)\s*$")
# "and" or "or", then a noun phrase of a few words with no verb, up to the clause's end
_AND_NOUNS = re.compile(r"\s+(?:and|or)\s+(?P<rest>(?:[^,;:!?()\"“”]|:(?=\d)){2,60}?)\s*"
                        r"(?:[,.;:!?)](?!\d)|$)")
# what opens a noun phrase (not a bare verb: "close [on Friday] and reopen in June")
_NOUN_PHRASE_OPENS = re.compile(r"(?!.*\b(?:that|when|if|because|while|who|which|where)\b)"
                                r"(?:the|a|an|his|her|its|their|our|my|your|this|these|those|"
                                r"other|another|even|also|then|less|more|most|some|many|all|any|"
                                r"both|each|every|no|on|in|at|by|for|to|of|with|from|until|early|late|next|last|"
                                r"one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|"
                                r"spring|summer|autumn|fall|winter|"
                                r"[a-z]+(?:er|ly|est|[^s’'us]s))\b|[A-Z0-9$£€]")
_CONJUNCTION_LEFT = re.compile(r"(?<=\w)\s+(?:and|or|nor)\s*$", re.IGNORECASE)
# what follows a noun phrase's determiner, never: a link word, a verb, a stop
_NO_NOUN_NEXT = re.compile(r"\s*(?:(?:and|or|but|nor|than|is|are|was|were|will|would|"
                           r"could|can|may|might|must|should|has|have|had|did|does)\b)")
# a lowercase word that reads as a noun described by the date ("[2004] levels"), and is no
# clause's subject: no verb follows it
_BARE_NOUN_NEXT = re.compile(r"\s+(?!(?:is|was|has|does|this|his|its|us|as|less|across|unless|"
                             r"always|perhaps|besides|towards|afterwards|sometimes)\b)"
                             r"(?:[a-z][a-z-]*[a-z](?<![su])s|[a-z][a-z-]+ing(?=\s*[,.;:]))"
                             r"(?![\w’'-])(?!\s+(?:[a-z]+ed|the|a|an|his|her|their|its|it|them|everything|is|are|was|were|has|have|had|will|would|"
                             r"could|can|may|might|must|should|rose|fell|grew|went|came|did|do|does)\b)")
_END_NEXT = re.compile(r"\s*(?:[,.;:!?)\"”]|$)")
# "in the run-up to [Christmas]": a noun whose "to" or "of" led to the date
_NOUN_TO_END = re.compile(r"\b(?:the|a|an)\s+[a-z][\w-]*(?:\s+up)?\s+to\s*$", re.IGNORECASE)


def _left_ungrammatical(sentence: str, rel_start: int, rel_end: int, before: str,
                        after: str) -> bool:
    """Whether the words left either side of a removed date no longer read: a determiner or
    a preposition with no noun ("the or beyond", "the problem with is"), an attributive date's
    noun left after its preposition ("fell below levels"), a conjunction with no second
    half ("in July and, we")."""
    if _DETERMINER_END.search(before[-8:]) and _NO_NOUN_NEXT.match(after):
        return True
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
    if (_MID_PREPOSITION_ANY.search(sentence, max(0, rel_start - 14), rel_start)
            and (pair := _AND_NOUNS.match(sentence, rel_end))
            # ("or early next": a date, which goes with it; not "and spring seasons")
            and (not (alt := _OR_NEXT.match(sentence, rel_end))
                 or _BARE_NOUN_NEXT.match(sentence, alt.end()))
            and _NOUN_PHRASE_OPENS.match(pair["rest"])
            and not reads_as_happening("a b " + pair["rest"])):
        return True  # "parties for [Halloween] and home games": "parties and home games"
    return False


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
                                r"or|than|before|after|during|about|around|circa|c|a|an|his|"
                                r"her|its|their|our|my|this|that|every|each)\s)"
                                r"[a-z][a-z,]*[\"”]?\s+$")
_RANGE_HEAD = re.compile(r"(?<=\s)\d{2,4}\s*[-–/]\s*$")
# "The letter was dated [11 June]": the date is what the verb says, and stays
_DATED_AS = re.compile(r"\b(?:dated|datelined)\s+$")
# "The release date is [7 February], with ...": the date completes "is", and stays
_COPULA_BEFORE = re.compile(r"\b(?:is|was|are|were|be)(?:n[’']t|\s+not)?\s+"
                            r"(?:(?:on|in|at|until|due|set\s+for|scheduled\s+for)\s+)?$")
_CLAUSE_END = re.compile(r"\s*[\"”’']?\s*(?:[,.;:!?]|$)")
# "It was at [6am] so most people were asleep": the date completed "was" before a link word
_LINK_AFTER = re.compile(r"\s+(?:so|and|but|or|because|when|while)\s")
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
# "The [Sunday] Times reported": a day's name inside a name stays, or the name is cut
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_ONE_CAPITAL_WORD = re.compile(r"[A-Z][a-z]+")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z][a-z]")
_A_BEFORE = re.compile(r"\b(?:a|an)\s+$")
_NAME_AFTER = re.compile(r"\s+[A-Z]")
# "History may regard [this weekend] as the beginning of ...": the date is the verb's object
_AS_VERB_BEFORE = re.compile(r"\b(?:regard|regards|regarded|see|sees|saw|seen|view|views|viewed|"
                             r"remember|remembers|remembered|describe|describes|described|"
                             r"consider|considers|considered|treat|treats|treated|hail|hails|"
                             r"hailed|cite|cites|cited|label|labels|labelled|labeled|designate|"
                             r"designates|designated|declare|declares|declared)\s+$")
_AS_AFTER = re.compile(r"\s+as\s")
# "the [1960]-era planned community", "a [2008]-style crash": the date is a compound's first
# half, and without it the rest reads "-era"
_COMPOUND_AFTER = re.compile(r"-[a-z]")
_ALONE_AFTER = re.compile(r"\s+alone\b")
_WHEN_AFTER = re.compile(r",\s+when\s+(?!asked\b)\w")
_WORD_END = re.compile(r"[a-z]\s+$")  # the date sits inside a clause, after its words
_CONJUNCTION_END = re.compile(r",\s*(?:and|but|or|so|yet)\s+$")
# "a credit line created [last fall] that had no takers": a participle after its noun, then
# a relative clause; without the date the participle runs into the relative ("created that")
_NOUN_PARTICIPLE_BEFORE = re.compile(r"\b(?!(?:is|are|was|were|be|been|being|has|have|had|he|she|"
                                     r"they|it|we|i|you|who|which|that|also|and|not)\s)[a-z]{2,}\s+"
                                     r"(?:[a-z]{3,}ed|made|held|sold|built|set|taken|given|written|"
                                     r"signed|found|begun|drawn|shown)\s+$")
# (a relative's verb follows, not a reported clause's subject: "decided [Monday] that the ...")
_RELATIVE_AFTER = re.compile(r"\s+(?:that|which|who)\s+(?!(?:the|a|an|he|she|they|it|we|i|you|"
                             r"his|her|its|their|this|these|those|there)\b)[a-z]")
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


_POSSESSIVE_ALONE = re.compile(r"[’']s?(?:\s*[.,;:!?)]|[\"”](?!\w)|\s*$)")
_TIME_CONJUNCTION = re.compile(r"\b(?:by|until|till|at|from)\s+the\s+time\s*$|"
                               r"\b(?:every|each|the\s+first|the\s+last)\s+time\s*$",
                               re.IGNORECASE)
_DEMONSTRATIVE_END = re.compile(r"(?<![\w’'-])(?:this|that)\s*$")
_VERB_NEXT = re.compile(r"\s+(?:is|are|was|were|will|would|could|can|may|might|must|should|"
                        r"has|have|had|[a-z]{3,}ed)\b")
# (not a pronoun's "that": "similar to that of [1918], which ...")
_THAT_END = re.compile(r"(?<!\bto)(?<!\bof)(?<!\bas)(?<!\bthan)(?<!\blike)(?<!\bat)(?<!\bin)"
                       r"(?<!\bon)(?<!\bfor)(?<!\bwith)(?<!\bby)\s+that\s*$")
_RELATIVE_NEXT = re.compile(r"\s*,\s*(?:which|who|whom|whose|where)\b")


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
    if _TIME_CONJUNCTION.search(head[-20:]):
        return True  # "by the time [the weekend] is over": "the time" opens a clause
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
