"""A mention's title: its sentence cut down to the happening the date phrase belongs to.

A timeline row must say what happened, not repeat the sentence it came from, so each
dated phrase gets a short title: its sentence without the date phrase, without who said
it ("..., the Observatory said", "according to ..."), and, when still long, cut down to
the clause that holds the date, with its subject recovered.

The cutting itself is store/title_trim.py (the clause it keeps: store/date_clause.py);
whether the date phrase stays is store/date_stays.py, and the words that go with it when it
does not are store/date_cut.py; store/conjuncts.py gives each of two dates in a sentence its
own conjunct, and store/relative_told.py a relative clause's happening under a view. This
module finds where the date phrase sits in its sentence and which clause and subject the
title takes.

`title_and_terms` is a pure function of the stored mention row, so merging can
recompute titles and merge terms when an article is removed.
"""

from __future__ import annotations

import re

from . import recache
from .caption_seams import CAPS_LABEL
from .cleft import uncleft
from .conjuncts import own_conjunct  # noqa: F401  (callers take it from here)
from .date_clause import CAPITALISED_WORD, NOT_NAMES, OPENS_ADVERBIAL, PREPOSITION_START
from .date_cut import (
    _CLOCK_PHRASE,
    _COORDINATED,
    _DATE_ADVERB,
    _DATE_LEAD,
    _OR_NEXT,
    _RANGE_HEAD,
    _ZONE_AFTER,
    cut_left_lead,
    cut_preposition,
    cut_tail,
)
from .date_stays import (
    _CAPITAL_AFTER,
    _POSSESSIVE_ALONE,
    attributive,
    bare_without_date,
    conjunct,
    date_needed,
    left_ungrammatical,
    thin_told,
    thin_without_date,
)
from .relative_told import _VIEW_VERB, relative_told
from .run_on_words import MONTHS
from .similarity import terms as salient_terms
from .title_reads import reads_as_happening
from .title_seams import mended
from .title_trim import (  # noqa: F401  (TITLE_MAX: the titles' length, for callers)
    MARK,
    TITLE_MAX,
    _trim,
    open_quote,
    shorten,
    tidy,
    without_empty_tail,
)
from .title_words import quoted
from .titles import quotation_named, readable

WINDOW = 600  # characters either side of a phrase that can hold its happening

def title_and_terms(sentence: str, rel_start: int, rel_end: int, lead: bool = False,
                    headline: str | None = None) -> tuple[str, list[str]]:
    """The happening a phrase dates in its sentence, and its merge terms.

    `rel_start`/`rel_end` are the phrase offsets inside `sentence`. Leads take
    the headline when there is one; their terms add the lead sentence's.
    """
    title, terms = _title_and_terms(sentence, rel_start, rel_end, lead, headline)
    if not lead and len(sentence) <= 2 * WINDOW and (
            seamless := mended(title, sentence, rel_start, rel_end)):
        return seamless, _terms_of(seamless, tidy(sentence))  # (store/title_seams.py)
    if (not lead and open_quote(title.rstrip("…")) and not open_quote(sentence)
            and quoted(sentence, rel_start) and sentence[:1] not in "\"“"):
        # 'says he is "ready to leave [today], tomorrow, ..."' titled 'He is "ready to leave':
        # the date was someone's words, cut out of their quotation; the quotation is kept
        # whole, after the title's words that led to it (who said it)
        mark = max(title.rfind('"'), title.rfind("“"))
        opened = max(sentence.rfind('"', 0, rel_start), sentence.rfind("“", 0, rel_start))
        closed = [i for i in (sentence.find('"', rel_end), sentence.find("”", rel_end)) if i >= 0]
        if mark >= 0 and closed:
            whole = tidy(title[:mark + 1] + sentence[opened + 1:min(closed) + 1])
            return shorten(whole), _terms_of(whole, tidy(sentence))
    return title, terms


def _title_and_terms(sentence: str, rel_start: int, rel_end: int, lead: bool,
                     headline: str | None) -> tuple[str, list[str]]:
    if len(sentence) > 2 * WINDOW:  # a "sentence" of a page without stops: the phrase's part
        lo = 0 if lead else max(0, rel_start - WINDOW)
        sentence, rel_start, rel_end = (sentence[lo:lo + 2 * WINDOW], rel_start - lo,
                                        rel_end - lo)
    sentence, rel_start, rel_end = _past_run_on_headline(sentence, rel_start, rel_end, lead)
    if (sentence[rel_end:rel_end + 2] in (": ", " -", " –") and (label := CAPS_LABEL.search(
            sentence, rel_end, rel_end + 160)) and _DATE_LABEL_REST.fullmatch(
            sentence, rel_end, label.start())):
        # "8 - 18 MAY: CONTAINER DOME AND TOP HAT - FAILED Plans to place ...": a timeline
        # row's label in capitals after its date; the row's sentence is what the date dates
        sentence = sentence[:label.start()] + sentence[label.end() + 1:]
    if (row := _ROW_LABEL.match(sentence)) and rel_start >= row.end():
        # "8 October 2011 Dr Murray reveals that, on the night of 25 June, he ...": a
        # timeline row's full date before its entry, with no stop or dash between; another
        # date of the entry is not the row's, so the row's label leaves its title
        sentence, rel_start, rel_end = (sentence[row.end():], rel_start - row.end(),
                                        rel_end - row.end())
    if lead:
        base, whole = _trim(sentence)
        title = (headline or "").strip() or readable(base, whole, sentence)
        return shorten(tidy(title)), _terms_of(title, whole)
    if (label := _NAMED_LABEL.match(sentence)) and rel_start >= label.end():
        # "Ellen Nakashima: Our piece was an effort to ...": a chat's answer in the first
        # person says whose words it is
        said, _ = _title_and_terms(sentence[label.end():], rel_start - label.end(),
                                  rel_end - label.end(), False, None)
        said = said.rstrip("…")
        if _FIRST_PERSON.match(said):
            named = f'{label["who"]} said: "{said}"'
            return shorten(named), _terms_of(named, tidy(sentence))
    after = sentence[rel_end:]
    if " - " in after[:8] and (row := _ROW_DASH.match(after)) and (
            (nxt := _ROW_START.search(sentence, rel_end + row.end()))
            or _ROW_START.search(sentence, 0, rel_start + 1)
            or not sentence[:rel_start].strip()):
        # "1994 - Hurricane Gordon kills hundreds 1998 - Hurricane Georges destroys ...": a
        # timeline's rows run together (or the row opens its sentence); the date's row is what
        # it dates, and a range's other end goes with the date ("March 5 - 6 - The council")
        end = nxt.start() if nxt else len(sentence)
        sentence = sentence[rel_start:rel_end] + sentence[rel_end + row.end("range"):end]
        rel_start, rel_end = 0, rel_end - rel_start
        after = sentence[rel_end:]
    if after[:1] == ":" and (rest := _CLOCK_REST.match(after)):
        # "[17]:54 GMT Mexico shuts down ...": a clock's hour taken for the date; its minutes
        # and zone go with it
        sentence, after = sentence[:rel_end] + after[rest.end():], after[rest.end():]
    # a live page's entry stamp ("... treatment 1541"): it dates what follows it
    stamp = bool(_STAMP.fullmatch(sentence, rel_start, rel_end)
                 and _WORD_BEFORE_STAMP.search(sentence, max(0, rel_start - 40), rel_start))
    if (_SENTENCE_AFTER_DATE.match(after) and ":" not in sentence[:rel_start] and not stamp
            and sentence.count(" ", 0, rel_start) >= 4
            and not _SAID_BEFORE.search(sentence, max(0, rel_start - 50), rel_start)
            and reads_as_happening(sentence[:rel_start])):
        # "Oil has been leaking into the Gulf since [20 April] Barack Obama has told ...": a
        # caption that ended on the date, run into the next sentence: the date's own ends there
        sentence, after = sentence[:rel_end], ""
    if stamp and _CAPITAL_AFTER.match(after):
        # "... 250,000 injured 2032 Gen Douglas Fraser says ...": a live page's entry stamp
        # run into the entry before it; the entry after it is what the stamp dates
        sentence, rel_start, rel_end = sentence[rel_start:], 0, rel_end - rel_start
        after = sentence[rel_end:]
    if sentence[:1] in "\"“" and _QUOTE_CLOSED.search(sentence, 1, rel_start):
        # '"...," the Fed's general counsel wrote Dec. 23.': the date says when it was written
        named = quotation_named(tidy(cut_preposition(sentence[:rel_start]) + " " + after))
        if named:
            return shorten(named), _terms_of(named, tidy(sentence))
    quoted_complement = (quoted(sentence, rel_start)
                         and _COMPLEMENT_BEFORE.search(sentence, max(0, rel_start - 12), rel_start))
    if (sentence[:1] in "\"“" and _QUOTE_CLOSED.search(sentence, rel_end)
            and not _QUOTE_CLOSED.search(sentence, 1, rel_start)):
        # '"There was a mild wave in [the spring], but ...," says Professor X': who said it
        head = cut_preposition(sentence[:rel_start])
        keep = (quoted_complement
                or left_ungrammatical(sentence, rel_start, rel_end, head, after)
                # ("The period from [1934], when ..., until the crisis": a range's end)
                or conjunct(sentence[:rel_start], after))
        if not keep and not head.strip(" \"“") and after.lstrip()[:1] == ",":
            # '"[Today], they are worthless," he said.': the date opened the quotation, and
            # its comma goes with it (not '", they are worthless"')
            after = after.lstrip()[1:].lstrip()
            after = after[:1].upper() + after[1:]
        named = quotation_named(tidy(sentence if keep else cut_tail(head, _DATE_LEAD) + " "
                                     + after))
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
    elif plain := uncleft(sentence, rel_start, rel_end):
        # "It was a wave of measures, ..., that converted ...", "It was when X was elected
        # [in 2001] that ...": the cleft said plainly (store/cleft.py)
        sentence, rel_start, rel_end = plain
        after = sentence[rel_end:]
    if date_needed(sentence, rel_start, rel_end, after):
        # "Wednesday saw crews set fire to the slick", "the year 1989 never happened": the
        # date is the clause's subject, and the title keeps it
        title, whole = _trim(sentence[:rel_start] + MARK + sentence[rel_start:])
    else:
        before = cut_tail(sentence[:rel_start], _COORDINATED)  # "the 1st and [2nd Century]"
        if after[:4] in (" or ", " and") and (alt := _OR_NEXT.match(after)):
            after = after[alt.end():]  # "[later this year] or next": the other end goes too
        elif (zone := _ZONE_AFTER.match(after)) and _CLOCK_PHRASE.search(sentence, rel_start,
                                                                         rel_end):
            after = after[zone.end():]  # "at [1653] local time (2153 GMT)": the clock's zone
        if after[:2] in ("'s", "’s") and after[2:3] == " ":  # "in Tuesday's quake": "in the quake"
            after = " the" + after[2:]
        elif attributive(sentence, rel_start, rel_end, after):
            # "the second storm of the 2010 hurricane season": the date names which season,
            # and without it the words around it still read ("of the hurricane season")
            before = _RANGE_HEAD.sub("", sentence[:rel_start])  # "the 1997-[98] crisis"
            if sentence[rel_start:rel_start + 4].lower() == "the ":
                after = " the" + after
        else:
            # "which only [a year ago] were", "arrived just in [May]": the adverb went with it
            before = cut_left_lead(cut_tail(cut_preposition(cut_tail(before, _DATE_LEAD)),
                                            _DATE_ADVERB))
            if after[:2] in ("'s", "’s"):  # "the strongest since last week's."
                after = after[2:]
            if (_DEMONSTRATIVE_END.search(before[-6:]) and _VERB_NEXT.match(after)
                    and not PREPOSITION_START.match(sentence, rel_start, rel_end)):
                # "the people who this [past weekend] were ...": the date's own "this"
                before = before.rstrip()[:-4].rstrip() + " "
            elif (due := _DUE_END.search(before[-12:])) and _VERB_NEXT.match(after):
                # "the second quarter results due [on Tuesday] are expected to ...": "due" only
                # said when, and between its noun and the verb it reads as garble
                before = before[:len(before) - len(before[-12:]) + due.start()] + " "
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
                    and before.strip(", ") and not OPENS_ADVERBIAL.match(before)):
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
        if (left_ungrammatical(sentence, rel_start, rel_end, before, after)
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
            if ("?" not in after and thin_without_date(before, after)
                    and not (after.lstrip()[:1] == "," and _RELATIVE_ASIDE.search(before[-60:])
                             and before.rstrip().rsplit(None, 1)[-1] not in title)):
                # (not where the title dropped the thin verb's aside already: "tickets for the
                # concert, which takes place [on 8 October], will go on sale")
                # "the oil leak that began [on 20 April].": the date was all the verb said, and
                # the clause, an aside's above all, reads thin or cut without it
                return _with_thin_date(sentence, rel_start, rel_end, before, title, whole)
            if ((_VIEW_VERB.match(after) or ends) and (told := relative_told(before, ends))
                    and (ends or not thin_told(told))):
                # (or "a similar operation to the procedure carried out [two months ago].": the
                # sentence ends on a relative clause about a preposition's object)
                return shorten(told), _terms_of(told, whole)
            if ends and "?" not in after and bare_without_date(before, title):
                # "The tributes will continue [throughout the weekend].": the verb waited for
                # the date, and the title reads thin or cut without it
                title, whole = _trim(sentence[:rel_start] + MARK + sentence[rel_start:])
    title = without_empty_tail(readable(title, whole, sentence))
    return shorten(title), _terms_of(title, whole)


_RELATIVE_ASIDE = recache.compile(r",\s+(?:which|who|that)\s[^,;:]*$")
# "since the strike began": a time clause, whose main clause the title keeps (not a relative's
# or a dash aside's thin verb, whose own clause with its date is the title)
_SUBORDINATE_THIN = recache.compile(r"\b(?:since|before|after|until|till|when|once)\s+[^,;:()–—-]*$")


def _with_thin_date(sentence: str, rel_start: int, rel_end: int, before: str, title: str,
                    whole: str) -> tuple[str, list[str]]:
    """The title of a date its thin verb needs: the title the date's removal gave, with the
    date's words put back after the verb it ends on ("... laid up since the strike began [on
    3 March]": the main clause stays the title), or else the date's own clause with it."""
    title = without_empty_tail(readable(title, whole, sentence))
    head = before.rstrip()
    verb = head.rsplit(None, 1)[-1]
    date = sentence[len(head):rel_end].rstrip()
    if (sentence.startswith(head) and title.endswith(" " + verb)
            and len(title) + len(date) <= TITLE_MAX and _SUBORDINATE_THIN.search(head[-60:])):
        title += date  # (whole: a cut would end inside the date, and then its own clause)
    else:
        title, whole = _trim(sentence[:rel_start] + MARK + sentence[rel_start:])
        title = without_empty_tail(readable(title, whole, sentence))
    return shorten(title), _terms_of(title, whole)


# "Ellen Nakashima: ...": a name of two or three words as a transcript's label
_NAMED_LABEL = recache.compile(r"(?P<who>(?!(?:The|A|An|In|On|At|This|That)\b)[A-Z][\w’'.-]+"
                               r"(?:\s+[A-Z][\w’'.-]+){1,2}):\s+(?=[\"“]?(?:I|We|Our|My|I’m|I'm|We’re|We're|"
                               r"I’ve|I've|We’ve|We've)\b)")
_FIRST_PERSON = recache.compile(r"[\"“]?(?:I|We|Our|My|Us|Me|I’m|I'm|We’re|We're|I’ve|I've|We’ve|"
                                r"We've)\b")


# a timeline row's dash after its date (or its range: "April 21 - 22 - The BOP ..."), and
# where another row opens
_ROW_DASH = recache.compile(r"(?P<range>(?:\s*[-–]\s*\d{1,4})?)\s+[-–—]\s+(?=[A-Z`'\"‘“])")
_ROW_START = recache.compile(r"(?:^|\s)(?:\d{4}|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]{2,8}\.?\s+\d{1,2})"
                             r"(?:\s*[-–]\s*\d{1,4})?\s+[-–—]\s+(?=[A-Z`'\"‘“])")
_CLOCK_REST = recache.compile(r":[0-5]\d(?:\s*(?:GMT|BST|UTC|ET|EST|EDT|UK|local\s+time))?\b")
_VOWEL_NEXT = recache.compile(r"\s*(?!(?:one|once|eu|One|Once|Eu))[aeioAEIO]")  # not "a one-off"
_CONSONANT_NEXT = recache.compile(r"\s*(?!(?:hour|honest|honou?r|heir)|[aeiouAEIOU]|[A-Z]{2,}\b)[a-zA-Z]")


# what may stand between a row's date and its label in capitals (caption_seams.CAPS_LABEL):
# a range's other end, a colon, a dash
_DATE_LABEL_REST = recache.compile(r"(?:\s*[-–]\s*(?:\d{1,2}\s+)?(?:[A-Z][A-Za-z]{2,8}\.?)?(?:\s+\d{1,2})?)?"
                                   r"\s*[:–-]?\s+")


# a full date opening a sentence and run straight into a capitalised word: a timeline row's label
_MONTH = r"(?:" + MONTHS + r")"
_ROW_LABEL = recache.compile(r"(?:\d{1,2}\s+" + _MONTH + r"|" + _MONTH + r"\s+\d{1,2},?)\s+\d{4}\s+(?=[A-Z])")


# "BP is likely to overshadow ... visit to the US BP is to sell assets ...": a headline whose
# subject opens the article's first sentence again, with no stop between them
_OPENING_SUBJECT = recache.compile(r"(?P<name>" + CAPITALISED_WORD + r"(?:\s+" + CAPITALISED_WORD + r"){0,2})\s+"
                                   r"(?P<verb>is|are|was|were|has|have|had|will|says|said)\s")


_COMPLEMENT_BEFORE = recache.compile(r"\b(?:like|unlike|as|than|(?:is|was|are|were|be|been)"
                                     r"(?:\s+(?:at|on|in|until))?|of)\s+$", re.IGNORECASE)


_QUOTE_CLOSED = recache.compile(r"[,.!?]\s*[\"”]\s*,?\s+\S")


def _from(sentence: str, cut: int, rel_start: int, rel_end: int) -> tuple[str, int, int]:
    """The sentence from `cut` on, with the date's offsets moved to match."""
    return sentence[cut:], max(rel_start - cut, 0), max(rel_end - cut, 0)


def _past_run_on_headline(sentence: str, rel_start: int, rel_end: int,
                          lead: bool) -> tuple[str, int, int]:
    """The sentence from where its opening subject and verb start again, when the date comes
    after that (or it is the article's lead): the words before were a headline or a caption
    run into it."""
    if _word_twice(sentence) and (
            twice := _NAME_TWICE.search(sentence, 0, rel_start if not lead else 200)) and (
            twice.start("again") <= rel_start or lead):
        # "` Top hat ' dome at oil spill site - BP BP says the new dome ...": a headline's
        # credit, then the sentence that opens on the same name
        return _from(sentence, twice.start("again"), rel_start, rel_end)
    end = rel_start if not lead else 300
    title_cased = sentence[:1].isupper() and _title_case(sentence[:30])
    if (sub := _CAPITAL_SUBORDINATOR.search(sentence, 0, end)) and _LOWER_WORD_END.search(
            sentence, max(0, sub.start() - 30), sub.start()):
        # "... after becoming friends in 2006 When Michael Jackson died on 25 June 2009, ...":
        # a subordinator in capitals after a lower-case word opens the next sentence
        return _from(sentence, sub.start() + 1, rel_start, rel_end)
    if (title_cased and (rank := _RANK_AFTER_HEADLINE.search(sentence, 0, end))
            and rank.start() > 15 and _title_case(sentence[:rank.start()])):
        # "Smoke Clears on Shotgun Merger Rep. Dennis Kucinich questions Lewis ...": a
        # headline in title case, then a sentence opening on a rank and a name
        return _from(sentence, rank.start() + 1, rel_start, rel_end)
    if (title_cased and (common := _COMMON_AFTER_HEADLINE.search(sentence, 0, end))
            and common.start() > 15 and _title_case(sentence[:common.start()])
            and sentence[:common.start()].rsplit(" ", 1)[-1][:1].isupper()):
        # "A New Set of Smart Investing Rules for the Post-Crisis Era Traders on the floor
        # ...": a headline in title case, then a sentence opening on a plural of people or an
        # -ing word, which lower-case words follow (not a name's last word and its verb:
        # "Lehman Brothers files", "Bruce Golding said")
        return _from(sentence, common.start() + 1, rel_start, rel_end)
    if _PLURAL_VERB_GATE.search(sentence, 0, end) and (
            plural := _NAME_THEN_PLURAL.search(sentence, 0, end)):
        # "... to survivors in Haiti Criminals are using online scams ...": a caption that
        # ended on a name, then a sentence opening on a plural noun and its verb
        return _from(sentence, plural.start("start"), rel_start, rel_end)
    m = _OPENING_SUBJECT.match(sentence)
    if not m or m["name"] in NOT_NAMES:
        return _past_run_on_name(sentence, rel_start, rel_end, lead)
    again = sentence.find(" " + m.group(0), m.end())
    if (again < 0 or (again + 1 > rel_start and not lead)
            or sentence[again - 1:again] in ".!?,;:"):
        # ("Emmanuel Etienne was terrified ... Emmanuel Etienne may be ...": the name comes
        # back with another verb)
        return _past_run_on_name(sentence, rel_start, rel_end, lead)
    return _from(sentence, again + 1, rel_start, rel_end)


# "SEC to Examine Boards' Role in Financial Crisis SEC chairman Mary Schapiro may ask ...":
# the opening name, then a lowercase word; its return after a content word with no stop, with
# a finite verb a few words on, opens the sentence the headline was run into
_OPENING_NAME = recache.compile(r"(?P<name>" + CAPITALISED_WORD + r"(?:\s+" + CAPITALISED_WORD + r"){0,2})\s+[\w$£€]")
_NO_RUN_ON_BEFORE = recache.compile(r"(?:^|\s)(?:said|says|say|told|tells|that|and|or|but|nor|of|in|on|"
                                    r"at|to|for|with|from|by|the|a|an|as|than|when|while|which|who|"
                                    r"whom|whose|is|are|was|were|be|been|has|have|had|will|would|"
                                    r"could|may|might|can|should|see|sees|saw|about|like|against|"
                                    r"between|after|before|over|under|into|its|his|her|their|our|"
                                    r"[a-z]+ed|[a-z]+ing)\s+$", re.IGNORECASE)
_VERB_SOON = recache.compile(r"(?:\s+[\w’'-]+){0,5}?\s+(?:says|say|said|is|are|was|were|has|have|had|"
                             r"will|may|might|could|would|can|told|tells)\b")


_PAST_SOON = recache.compile(r"(?:\s+[\w’'-]+){0,2}?\s+[a-z]{3,}ed\s")


def _past_run_on_name(sentence: str, rel_start: int, rel_end: int,
                      lead: bool) -> tuple[str, int, int]:
    """The sentence from where its opening name comes again after a content word with no stop,
    a finite verb soon after it: a headline or a caption in words of its own ran into the
    sentence, which names its subject again ("Argentine swine flu deaths hit 17 ... Argentine
    health officials say ...")."""
    if by := _BYLINE_OPEN.match(sentence):
        words = by["name"].split()
        for name in (" ".join(words[:2]), " ".join(words)):
            again = sentence.find(" " + name + " ", by.end())
            if (again > 0 and (again + 1 <= rel_start or lead)
                    and _BYLINE_VERB.match(sentence, again + len(name) + 1)):
                # "By David Shukman Environment correspondent, BBC News David Shukman looks
                # at ...": a byline run into the sentence that names its writer again
                return _from(sentence, again + 1, rel_start, rel_end)
    m = _OPENING_NAME.match(sentence)
    if not m or m["name"] in NOT_NAMES or m["name"].isupper() and len(m["name"]) < 2:
        return sentence, rel_start, rel_end
    names = [m["name"]]
    if " " in m["name"]:  # "Ferry Firm to Review ... Ferry operator Northlink will"
        first, rest = m["name"].split(" ", 1)
        # ("Mr Hayward has been with the company ... chief executive Tony Hayward has")
        names.append(rest.rsplit(" ", 1)[-1] if first in _HONORIFICS else first)
    for name in names:
        name = " " + name + " "
        again = sentence.find(name, m.end() - 1)
        while again >= 0 and (again + 1 <= rel_start or lead):
            if (sentence[again - 1:again].isalnum() and sentence[:again].count(" ") >= 3
                    and not _NO_RUN_ON_BEFORE.search(sentence, max(0, again - 14), again + 1)
                    # (after a capital, the name's return is a longer name's last word, "the
                    # death of Michael Jackson say", unless the words before are a headline's
                    # in title case, whose sentence may open on any past verb: "Obama Outlines
                    # His Plans ... President Obama offered")
                    and ((not sentence[:again].rsplit(" ", 1)[-1][:1].isupper()
                          and _VERB_SOON.match(sentence, again + len(name) - 1))
                         or (_title_case(sentence[:again])
                             and (_VERB_SOON.match(sentence, again + len(name) - 1)
                                  or _PAST_SOON.match(sentence, again + len(name) - 1))))):
                return _from(sentence, again + 1, rel_start, rel_end)
            if ((run := _NAME_BEFORE.search(sentence, max(0, again - 40), again + 1))
                    and not _NO_RUN_ON_BEFORE.search(sentence, max(0, run.start() - 14),
                                                     run.start() + 1)
                    and _VERB_SOON.match(sentence, again + len(name) - 1)
                    # (a name takes no plural verb: "relatives of the trader Maria Okafor say")
                    and not _PLURAL_VERB.match(sentence, again + len(name) - 1)):
                # "... with the company for 28 years BP's chief executive Tony Hayward has
                # been ...": the name's return is a longer name's last word, after a content
                # word with no stop: the sentence opens with the longer name
                return _from(sentence, run.start() + 1, rel_start, rel_end)
            again = sentence.find(name, again + 1)
    return sentence, rel_start, rel_end


# (a literal scan first, then the word before it: one pattern with both cost 8 us a mention)
_CAPITAL_SUBORDINATOR = recache.compile(r" (?:When|While|Although|Though|Because|Before|After|Since|"
                                        r"Once|Unless) ")
_LOWER_WORD_END = recache.compile(r"(?:^|\s)(?:[a-z][\w’'-]*|\d[\d,.]*|\S*\))$")
# a rank (or "Former") after a capitalised word, a name of up to four words, then a lower-case
# word: where a sentence opens after a headline
_RANK_AFTER_HEADLINE = recache.compile(r"(?<=[a-z]) (?:Rep|Sen|Gov|Gen|Dr|Mr|Mrs|Ms|Lt|Col|Adm|Prof)\."
                                       r"(?:\s+[A-Z][\w’'.-]*){1,4},?\s+(?:\([^()]{1,12}\)\s+)?[a-z]|"
                                       r"(?<=[a-z]) Former(?:\s+[A-Z][\w’'.-]*){2,6}\s+[a-z]")
_COMMON_AFTER_HEADLINE = recache.compile(r"(?<=[A-Za-z0-9][a-z0-9]) [A-Z][a-z]+(?:ers|ors|ists|ians|ants|ents|ees|"
                                         r"ing)\s+(?!(?:said|says|[a-z]+[^s\W]s)\b)[a-z]")
_PLURAL_FINITE = r"(?:are|were|have|had|will|could|may|can|would)"
_PLURAL_VERB_GATE = recache.compile(r"[A-Z][a-z]+s " + _PLURAL_FINITE + " ")
# a lower-case word (no "the": "the Chicago Bulls are"), a name, then a capitalised plural
# noun and a finite verb
_NAME_THEN_PLURAL = recache.compile(r"(?<=[a-z,] )(?!(?:the|a|an|of)\s)[a-z]+ [A-Z][\w'’-]+ "
                                    r"(?P<start>[A-Z][a-z]+s) " + _PLURAL_FINITE + r"\s")
_DUE_END = recache.compile(r"(?<=[a-z])\s+due\s*$")
# a name said twice in a row, then its verb: where a run-on's next sentence opens
_NAME_TWICE = recache.compile(r"(?<=\s)(?P<name>[A-Z][\w’'.-]+) (?P<again>(?P=name) (?:says|said|has|have|"
                              r"had|is|are|was|were|will|would|could|may)\b)")
_PLURAL_VERB = recache.compile(r"\s+(?:say|are|were|have|do)\b")
# a name and a finite verb right after a date, with no stop: the next sentence's opening
_SENTENCE_AFTER_DATE = recache.compile(r" (?!(?:The|A|An|In|On|At|It|This|That|These|Those|His|Her|"
                                       r"Their|Its|When|If|As)\b)(?:[A-Z][\w’'.-]+ ){1,4}"
                                       r"(?:has|have|had|is|are|was|were|will|says|said|told)\b")
_SAID_BEFORE = recache.compile(r"\b(?:said|says|say|told|announced|reported|added|stated|believes|"
                               r"thinks|thought|expects|expected|hopes|hoped)\b")
_BYLINE_OPEN = recache.compile(r"By\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\s")
_BYLINE_VERB = recache.compile(r"\s*(?:[a-z]+s|says|said|has|is|was|will|reports|writes)\b")
_HONORIFICS = frozenset("Mr Mrs Ms Miss Dr Sir Lord Lady Dame".split())
# the first names of a longer name ending where its last word comes again, after a
# lowercase word or a figure with no stop
_NAME_BEFORE = recache.compile(r"(?<=[a-z0-9]) (?:[A-Z][\w’'.-]+ ){1,2}$")


def _word_twice(sentence: str) -> bool:
    """Whether a capitalised word comes twice in a row: a cheap test before `_NAME_TWICE`."""
    words = sentence.split(" ")
    if len(set(words)) == len(words):  # no word twice at all (most sentences): no pair
        return False
    return any(a == b and a[:1].isupper() for a, b in zip(words, words[1:], strict=False))


def _title_case(words: str) -> bool:
    """Whether the longer words are all capitalised, as in a headline set in title case."""
    long = [w for w in words.split() if len(w) > 3]
    return bool(long) and all(w[:1].isupper() for w in long)


_CLEFT = recache.compile(r"\b[Ii]t\s+(?:is|was|has\s+been|had\s+been)\s+(?:(?:only|not|just|not\s+until|"
                         r"only\s+since|since|until)\s+)?(?:(?:in|on|at|since|until)\s+)?$")
_CLEFT_THAT = recache.compile(r"\s+(?:that|when)\s+")
_STAMP = recache.compile(r"(?:[01]\d|2[0-3])[:.]?[0-5]\d")
# a lowercase word that no year follows: not "in", "the", "of", nor a month's name
_WORD_BEFORE_STAMP = recache.compile(r"(?<!\S)(?!(?:in|on|at|of|the|by|from|since|until|to|and|"
                                     r"or|than|before|after|during|about|around|circa|c|a|an|his|"
                                     r"her|its|their|our|my|this|that|every|each)\s)"
                                     r"[a-z][a-z,]*[\"”]?\s+$")
_CONJUNCTION_END = recache.compile(r",\s*(?:and|but|or|so|yet)\s+$")
_EMPTY_ASIDE = recache.compile(r",\s*(?:[a-z]{3,}(?:ed|en)|made|held|set|built|done|due)"
                               r"(?:\s+(?:out|up|off|down|back|over))?\s*$")
_HOLLOW_ASIDE = recache.compile(r",\s*(?:although|though|but|if|perhaps|probably|possibly|maybe)"
                                r"(?:\s+(?:not|only|just|even|perhaps|probably|until|till|before|"
                                r"after|by|in|on|at|from|since|as\s+(?:early|late|soon)\s+as))+\s*$")
_DEMONSTRATIVE_END = recache.compile(r"(?<![\w’'-])(?:this|that)\s*$")
_VERB_NEXT = recache.compile(r"\s+(?:is|are|was|were|will|would|could|can|may|might|must|should|"
                             r"has|have|had|[a-z]{3,}ed)\b")
# (not a pronoun's "that": "similar to that of [1918], which ...")
_THAT_END = recache.compile(r"(?<!\bto)(?<!\bof)(?<!\bas)(?<!\bthan)(?<!\blike)(?<!\bat)(?<!\bin)"
                            r"(?<!\bon)(?<!\bfor)(?<!\bwith)(?<!\bby)\s+that\s*$")
_RELATIVE_NEXT = recache.compile(r"\s*,\s*(?:which|who|whom|whose|where)\b")


def _terms_of(title: str, whole: str) -> list[str]:
    """The title's terms, then the rest of the sentence's: they help tell happenings apart."""
    words = salient_terms(title)
    if whole != title:  # most titles are their whole sentence: nothing to add
        seen = set(words)
        words += [t for t in salient_terms(whole) if t not in seen]
    return words
