"""The finder's speed gates must never change what a rule or head matches: a gated
regex finds the same spans with the same groups as the plain one, on any text,
including words cut mid-way, odd capitals and the letters IGNORECASE folds to ASCII
(Kelvin sign, long s, dotted/dotless i)."""

from __future__ import annotations

import random
import re
from datetime import date

from store.timex import finder, gates, patterns, tag
from store.timex.gates import RULE_GATES, RULE_WORDS, absent_heads, lowered

_WORDS = (
    "the these those past last next first coming previous following final latest remaining "
    "initial ensuing same better part of entire whole full preceding more less fewer than "
    "nearly almost around approximately roughly at least most up to no well over close some "
    "about a an one two three twenty-five 12 1,500 2.5 3 1/2 and half couple dozen few several "
    "many number numerous dozens second minute hour day days week weekend month months "
    "quarter year years decade century centuries ago earlier later from now hence old long "
    "early late mid middle beginning start end turn this that current in Monday Tues. Fri "
    "January Sept. March May MAY 1998 2016 '98 26th 26 fiscal FY calendar model post- pre- "
    "mid- period year-end every daily once twice times now recently lately future soon "
    "spring winter today tonight morning noon midnight 10 p.m. 7:15 Q3 2015-Q3 2016-03-26 "
    "for took lasted long-running day-long for ago ago earlier later "
    "03/26/2016 1990s '90s nineties nineteen thousand Christmas New Year Easter Election "
    "latter financial overnight afternoon evening yesterday tomorrow twenties yearly this "
    "Wednesdays year-earlier year-ago comparable nine"
).split()
_ODD = ["\u017fome", "\u212aelvin", "\u0130n", "\u0131nitial", "bathe", "none", "pizza",
        "THE", "Past", "ago-", "-", ",", ".", "\n", "  ", "'s", "\u0660\u0661"]


def _texts(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        toks = []
        for _ in range(rng.randint(20, 80)):
            w = rng.choice(_WORDS) if rng.random() < 0.85 else rng.choice(_ODD)
            if rng.random() < 0.1:
                w = w.upper() if rng.random() < 0.5 else w.capitalize()
            toks.append(w)
        seps = [rng.choice([" ", " ", " ", "", "-", ", ", "\n"]) for _ in toks]
        out.append("".join(t + s for t, s in zip(toks, seps, strict=True)))
    return out


def _matches(rx, text, a=0, b=None):
    b = len(text) if b is None else b
    return [(m.span(), m.groupdict(), m.groups()) for m in rx.finditer(text, a, b)]


def _gated_rules() -> dict:
    return {name: gates.gated(name, rx, RULE_GATES) for name, rx in patterns.RULES}


def test_gated_rules_match_exactly_as_the_plain_rules():
    plain = dict(patterns.RULES)
    gated = [(name, rx) for name, rx in _gated_rules().items() if rx is not plain[name]]
    assert gated, "no rule is gated"
    for text in _texts(300) + _phrases(200):
        for name, rx in gated:
            for a in (0, 3):
                assert _matches(rx, text, a) == _matches(plain[name], text, a), (name, text)


def _at_word_starts(rx: re.Pattern) -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + rx.pattern + ")", rx.flags)


def test_rule_scanners_find_what_finditer_finds_at_word_starts():
    # the candidate-position scan must yield finditer's matches that open a word (the
    # finder drops the others), windows cut anywhere
    plain = {name: _at_word_starts(rx) for name, rx in patterns.RULES}
    gated = {name: _at_word_starts(rx) for name, rx in _gated_rules().items()}
    for i, text in enumerate(_texts(120, seed=13) + _phrases(80, seed=17)):
        for name in RULE_GATES:
            scan = finder.SCANS[name]
            for a, b in ((0, len(text)), (3, len(text) - 5), (i % 7, 40 + i % 11)):
                got = [(m.span(), m.groups()) for m in scan(text, a, b)]
                assert got == [(m.span(), m.groups()) for m in gated[name].finditer(text, a, b)]
                assert got == [(m.span(), m.groups()) for m in plain[name].finditer(text, a, b)]


def test_gated_heads_match_exactly_as_the_plain_heads():
    for text in _texts(300, seed=11):
        for key, rx in finder.HEADS.items():
            assert _matches(rx, text) == _matches(patterns.HEADS[key], text), (key, text)


def test_heads_narrowed_to_a_text_match_as_the_full_heads():
    texts = _texts(150, seed=19) + ["New Year and Christmas", "at noon", "12:30 p.m.", "AT NOON",
                                    "\u017fpring and \u212aelvin at no\u0130on", ""]
    for text in texts:
        low = lowered(text)
        for key, head in finder.NARROW.items():
            rx = head.regex(text, low)
            got = _matches(rx, text) if rx is not None else []
            assert got == _matches(patterns.HEADS[key], text), (key, text)
        assert [m.span() for m in finder._head("clock", text, low).finditer(text)] == \
            [m.span() for m in patterns.HEADS["clock"].finditer(text)], text


def test_clause_start_in_first_character_form_matches_the_plain_one():
    from store.timex import tense

    plain = re.compile(tense._CLAUSE_START_SRC)
    extra = ["but", "rebut", "while, and", "awhile", "who\u2014 x", "a \u2014\u2013 b", "x.\n\ny",
             "after", "thereafter", ",\n and", "which", "whom", "é but", "_but"]
    rng = random.Random(23)
    for text in _texts(120, seed=21) + extra:
        text = text + " " + " ".join(rng.choice(extra) for _ in range(4))
        for a in (0, 1, 5):
            assert [m.span() for m in tense._CLAUSE_START.finditer(text, a)] == \
                [m.span() for m in plain.finditer(text, a)], text


def test_a_head_said_absent_has_no_match():
    for text in _texts(400, seed=3) + ["", "\u017fpring \u212aelvin", "Every 1990s SOON"]:
        for key in absent_heads(lowered(text)):
            assert patterns.HEADS[key].search(text) is None, (key, text)


def test_fold_letters_still_find_their_phrase():
    # "ſeveral" is "several" to IGNORECASE: the finder must not lose it to a gate
    plain = dict(patterns.RULES)["duration"]
    text = "It took \u017feveral days and \u212aeen two weeks."
    gated = _gated_rules()["duration"]
    assert _matches(gated, text) == _matches(plain, text)
    assert len(_matches(plain, text)) == 2
    assert [m.span() for m in finder.SCANS["duration"](text, 0, len(text))] == \
        [m.span() for m in plain.finditer(text)]


def _phrases(n: int, seed: int = 9) -> list[str]:
    """Texts dense in 'N units ago', 'for years', 'day-long', 'the past few weeks'."""
    rng = random.Random(seed)
    pick = rng.choice
    out = []
    for _ in range(n):
        parts = [pick(["", "about ", "nearly ", "the past ", "for ", "took ", "lasted ", "x"]),
                 pick(["", "two ", "a few ", "several ", "12 ", "an ", "Three-"]),
                 pick(["day", "week", "month", "year", "decade", "centurie", "hour"]),
                 pick(["", "s", "S"]),
                 pick([" ago", " earlier", " later", " from now", " hence", "-long", " long",
                       " old", "", " AGO"]),
                 pick([".", " the", ", then", " when"])]
        out.append(" ".join("".join(parts) for _ in range(3)))
    return out


def test_a_match_holds_one_of_its_rule_words():
    rules = dict(patterns.RULES)
    for text in _texts(300, seed=5) + _phrases(300):
        low = lowered(text)
        for name, words in RULE_WORDS.items():
            for m in rules[name].finditer(text):
                if low is not None:
                    assert any(w in low[m.start():m.end()] for w in words), (name, m[0])


def test_no_word_shortcut_on_text_with_fold_letters():
    assert lowered("in \u017fpring") is None
    assert lowered("\u0130stanbul") is None
    assert absent_heads(None) == set()


def _site_texts(n: int, seed: int = 29) -> list[str]:
    """Texts dense in what the window tests look at: a word, spaces or hyphens, a unit;
    numbers before 'and'; parts of day; holidays; year ranges."""
    rng = random.Random(seed)
    pick = rng.choice
    words = ["the", "that", "same", "following", "previous", "preceding", "next", "this",
             "last", "past", "coming", "current", "entire", "whole", "fiscal", "calendar",
             "recent", "ensuing", "early", "few", "several", "couple of", "a", "an", "two",
             "twenty-one", "12", "1,500", "3 1/2", "half", "dozens of", "some", "more",
             "straight", "long", "x", "bathe", "pizza", "Seven", "ONE", "\u017fome", "of"]
    units = ["day", "days", "week", "weekend", "month", "months", "quarter", "years",
             "decade", "century", "centuries", "hour", "second", "morning", "night",
             "evening", "Year", "DAY"]
    tails = [" ago", " earlier", "-long", " long", "s-long", "", " and", " of April",
             ",", ".", "\n", " before yesterday", " after tomorrow"]
    extras = ["April 4 and 5", "4th & 5th", "the week of March 6", "26th of May", "26 May",
              "1961-62", "2014/15", "1939 \u2013 1945", "mid-morning", "midday",
              "4 in the morning", "10 at night", "last night", "this evening",
              "yesterday  afternoon", "the day before yesterday", "Christmas Eve",
              "New Year's Day", "Labor Day", "Easter", "election day", "Election  Day"]
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(4, 12)):
            if rng.random() < 0.25:
                parts.append(pick(extras))
            else:
                parts.append(pick(words) + pick([" ", "  ", "-", " - ", "\n", ""])
                             + pick(units) + pick(tails))
        out.append(" ".join(parts))
    return out


def test_a_match_lies_on_a_unit_site_or_holds_its_core():
    # the window tests of sites.py are necessary conditions: every match passes them
    from store.timex.sites import RULE_CORES, SITE_AFTER, SITE_BEFORE, TEXT_CORES, unit_sites

    rules = dict(patterns.RULES)
    head = patterns.HEADS["unit"]
    checked = dict.fromkeys(list(SITE_BEFORE) + list(SITE_AFTER) + list(RULE_CORES)
                            + list(TEXT_CORES), 0)
    for text in _site_texts(400) + _texts(200, seed=31) + _phrases(200, seed=37):
        low = lowered(text)
        if low is None:
            continue
        sites = unit_sites(text, low, [m.span() for m in head.finditer(text)])
        for name, starts in sites.items():
            for m in rules[name].finditer(text):
                assert any(m.start() <= p < m.end() for p in starts), (name, m[0], text)
                checked[name] += 1
        for name, core in RULE_CORES.items():
            for m in rules[name].finditer(text):
                assert core.search(low, m.start(), m.end()), (name, m[0])
                checked[name] += 1
        for name, core in TEXT_CORES.items():
            for m in rules[name].finditer(text):
                assert core.search(text, m.start(), m.end()), (name, m[0])
                checked[name] += 1
    assert all(checked.values()), checked  # each test met matches of its rule


def test_head_spans_found_at_their_words_are_finditers():
    # heads tried only where one of their words stands find what finditer finds
    texts = _texts(200, seed=41) + _site_texts(100, seed=43) + [
        "", "New Year", "the period", "year-end", "Year's", "centuries", "\u017fpring",
        "the 1990s and '80s", "a midmorning and midafternoon", "as soon as", "reached"]
    for text in texts:
        low = lowered(text)
        for key in finder.SPANS:
            assert finder._spans(key, text, low) == \
                [m.span() for m in patterns.HEADS[key].finditer(text)], (key, text)


def test_site_windows_keep_the_windows_holding_a_site_and_their_last():
    from store.timex.sites import site_windows

    wins = [(0, 10), (20, 30), (40, 50), (60, 70)]
    assert site_windows(wins, [3, 5, 41, 49, 50, 65]) == ([(0, 10), (40, 50), (60, 70)],
                                                          [5, 49, 65])
    assert site_windows(wins, []) == ([], [])
    assert site_windows(wins, [15, 35, 75]) == ([], [])


def test_sentence_stops_in_first_character_form_match_the_plain_ones():
    from store.timex import tense

    pieces = ["Mr. Smith", "Mrs.\nJones", "vs. them", "St. Louis", "U.S. troops", "Inc.  said",
              "Co.\tLtd", "A. B", "end. Next", "end.", "why?\n", "yes!  ", "one; two", "x:\n",
              "Jr. is", "Corp.", "said:", "\n\n", "the Gen. said", "abc. def", "_Mr. x",
              "Dr.Who", "no stop", "2.5 m", "he left; ", "\u00c9. Z", ".\n", ". \n", "?\u2003x",
              "x.", ";", "!\n\n."]
    rng = random.Random(47)
    for text in _texts(80, seed=53) + [""]:
        text = text + " " + " ".join(rng.choice(pieces) for _ in range(6))
        plain = re.compile(tense._SENT_END_SRC)
        assert [m.span() for m in tense._SENT_END.finditer(text)] == \
            [m.span() for m in plain.finditer(text)], text
        assert tense._SENT_END.split(text, 1) == plain.split(text, 1)
        # the sentence before a phrase, found from the right, is the tail after the plain
        # regex's last match, wherever the text is cut
        starts = re.compile(tense._SENT_START_SRC)
        for cut in (len(text), len(text) - 1, len(text) // 2, 3):
            s = text[:cut]
            last = None
            for last in starts.finditer(s):  # noqa: B007
                pass
            tense._sentence.cache_clear()
            assert tense._sentence(s) == (s[last.end():] if last else s), s


def test_the_past_verb_right_before_check_skips_only_where_it_cannot_match():
    from store.timex import tense

    tails = ["announced ", "announced on ", "ANNOUNCED  early ", "reported late\n", "scheduled ",
             "said ", "walked", "walked on", "jumped \n", "released on\t", "the talks on ",
             "", " ", "believed early  ", "voted LATE "]
    rng = random.Random(59)
    hits = 0
    for text in _texts(150, seed=61):
        s = (text + " " + rng.choice(tails))[-40:]
        got, want = tense._ed_right_before(s), tense._ED_RIGHT_BEFORE.search(s)
        assert (got and got.span()) == (want and want.span()), s
        hits += want is not None
    assert hits > 20


def test_past_verbs_found_word_by_word_are_the_regex_matches():
    from store.timex import tense

    extra = ["said", "SAID", "\u017faid", "was", "to beat", "beat", "will spread", "spread",
             "hundred", "Ahmed", "walked", "WALKED", "bed", "fled", "fed", "is reported",
             "been announced", "told", "abc_ed", "12345ed", "naïveed", "\u212aicked",
             "previously", "ago", "have", "it's", "\u0130gnored", "United", "proceeded"]
    rng = random.Random(67)
    for text in _texts(150, seed=71) + [""]:
        text = text + " " + " ".join(rng.choice(extra) for _ in range(8))
        assert [m.span() for m in tense._past(text)] == \
            [m.span() for m in tense._PAST.finditer(text)], text


def test_strong_past_verbs_found_word_by_word_are_the_regex_matches():
    from store.timex import tense

    extra = ["said", "SAYS", "\u017faid", "were", "did", "to beat", "beat", "will spread",
             "hundred", "Ahmed", "walked on", "WALKED  late ", "posted\n", "fled", "is reported",
             "been announced", "told", "abc_ed", "12345ed", "naïveed", "\u212aicked", "has",
             "been", "ago", "proceeded in ", "rose", "was", "had"]
    rng = random.Random(73)
    hits = 0
    for text in _texts(150, seed=79) + [""]:
        text = text + " " + " ".join(rng.choice(extra) for _ in range(8))
        want = [m.span() for m in tense._STRONG_PAST.finditer(text)]
        assert [m.span() for m in tense._strong_past(text)] == want, text
        assert [m.span() for m in tense._strong_past(text, first=True)] == want[:1], text
        hits += len(want)
    assert hits > 100


def test_future_cues_found_at_their_first_words_are_the_regex_matches():
    from store.timex import tense

    cues = ["will be", "will not be quickly moved", "WON'T", "wo n't", "shall", "may be held",
            "May", "might have", "should", "must", "postponed to ", "pushed back until",
            "put off till", "brought forward to", "going to", "gonna", "expects to",
            "expected", "plans to", "planned for", "planning to", "scheduled", "slated",
            "due to", "due", "intends to", "set to", "set for", "to be held", "aims to",
            "hopes to", "next", "upcoming", "is to", "are to", "could", "could not have",
            "could be reached", "as soon as", "as early as", "decided to", "agreed to",
            "poised to", "ready to", "invited them to attend", "invites all to the",
            "deadline", "we'll", "it'LL", "'ll", "\u017fhall", "wi\u0142l", "\u0130s to",
            "re-set to", "post-deadline", "'", "x'll'll"]
    rng = random.Random(73)
    hits = 0
    for text in _texts(150, seed=79) + [""]:
        text = text + " " + " ".join(rng.choice(cues) for _ in range(8))
        for pos in (0, 5, len(text) // 2):
            want = [m.span() for m in tense._FUTURE.finditer(text, pos)]
            assert [m.span() for m in tense._future(text, pos)] == want, (pos, text)
            hits += len(want)
    assert hits > 500


def test_the_first_past_verb_after_a_comma_found_word_by_word_is_the_regex_match():
    from store.timex import tense

    extra = ["said", "\u017faid", "WAS", "had", "to beat", "beat", "hundred", "Ahmed",
             "walked", "\u212aicked", "naïveed", "fled", "went", ",", ", ", "\n", "  ", "bed"]
    rng = random.Random(83)
    hits = 0
    for text in _texts(150, seed=89) + [""]:
        text = " ".join(rng.choice(extra) for _ in range(4)) + " " + text
        for pos in [i for i, c in enumerate(text) if c in ", "][::3]:
            endpos = min(len(text), pos + rng.randint(0, 200))
            m = tense._PAST_AFTER_COMMA.match(text, pos, endpos)
            assert tense.past_after_comma(text, pos, endpos) == (m.end() if m else None), \
                (pos, endpos, text)
            hits += m is not None
    assert hits > 150


def test_digit_heads_with_ascii_digits_match_as_the_plain_heads_where_they_are_used():
    from store.timex.gates import NON_ASCII_DIGIT

    assert NON_ASCII_DIGIT.search("on \u0661\u0669 May") and NON_ASCII_DIGIT.search("\U0001fbf0")
    assert not NON_ASCII_DIGIT.search("“On 26 March” — 10:30 a.m., ²")
    heads = [(finder.HEADS[k], finder.ASCII_HEADS[k]) for k in finder.ASCII_HEADS]
    heads.append((finder._CLOCK_DIGITS, finder._CLOCK_DIGITS_ASCII))
    checked = 0
    for text in _texts(150, seed=97) + ["FY'98 Q3 2015-Q3 10 p.m. 7:15 03/26 2016-W7 noon"]:
        if NON_ASCII_DIGIT.search(text):  # (_ODD holds Arabic-Indic digits)
            continue
        checked += 1
        for plain, ascii_rx in heads:
            assert [m.span() for m in ascii_rx.finditer(text)] == \
                [m.span() for m in plain.finditer(text)], text
    assert checked > 50


def test_the_ed_word_search_from_the_last_tokens_and_the_ahead_of_test_miss_no_match():
    from store.timex import tense

    pieces = ["announced", "said", "hundred", "scheduled", "on", "early", "Late", "walked",
              '"', "“", "ahead of", "in advance of", "the run-up to", "on the eve of",
              "bu\u0131ld-up to", "countdown to", "PREPARATIONS FOR", "the", "\u017faid",
              "\n", "\t", "\u00a0", "killed", "ed", "bed"]
    rng = random.Random(101)
    hits = ahead = 0
    for _ in range(20000):
        s = "".join(rng.choice(pieces) + rng.choice([" ", "  ", "", "\t", ", "])
                    for _ in range(rng.randint(0, 7)))
        got = tense._ed_right_before(s)
        want = tense._ED_RIGHT_BEFORE.search(s)
        if not s.rstrip()[-5:].lower().endswith(("ed", "on", "early", "late")):
            want = None
        assert (got and got.span()) == (want and want.span()), repr(s)
        hits += want is not None
        tail = tense._clause(s)[-60:]
        if tense._AHEAD_OF.search(tail):
            ahead += 1
            assert any(w in tail.lower() for w in tense._AHEAD_WORDS), repr(tail)
    assert hits > 500 and ahead > 100


def test_the_word_before_a_unit_and_live_entry_stamps_found_by_hand_are_the_regex_ones():
    from store.timex.handlers_span import _PREV_WORD, _last_word
    from store.timex.reftime import _ENTRY, _entries

    rng = random.Random(103)
    chars = ["a", "B", "'", "-", " ", ".", ",", "_", "1", "é", "—", "\n", "’", "x-y", "ab'c"]
    for _ in range(20000):
        s = "".join(rng.choice(chars) for _ in range(rng.randint(0, 10)))
        m = _PREV_WORD.search(s)
        assert _last_word(s) == (m.group(1) if m else None), repr(s)
    lines = ["12:30 ", "9.15 ", "0930 ", "2350 ", "10 am ", "\n", "\n\n", " ", "Text", "GMT ",
             "- ", "\t", "“Q", "x", "7:05 pm ", "24:00 "]
    found = 0
    for _ in range(5000):
        s = "".join(rng.choice(lines) for _ in range(rng.randint(0, 12)))
        want = [m.span() for m in _ENTRY.finditer(s)]
        assert [m.span() for m in _entries(s)] == want, repr(s)
        found += len(want)
    assert found > 500


def test_names_and_decades_found_from_their_openings_match_the_plain_heads():
    # months and weekdays tried only where one of their capitalised words stands, the
    # decades where their words or "0s" stand: the spans of the plain heads' finditer
    extra = ["McMarch 3", "JANUARY", "xJan", "Mon.", "THUrsday", "TUESDAY", "May-June",
             "1990s", "'80s", "80's", "2000S", "0s", "a0s", "\u0661\u0660s", "x1990s",
             "the Twenties", "mid-1970s"]
    rng = random.Random(31)
    for text in _texts(300, seed=29) + extra:
        text = text + " " + " ".join(rng.choice(extra) for _ in range(5))
        low = lowered(text)
        for key in ("month", "weekday", "decade"):
            want = [m.span() for m in patterns.HEADS[key].finditer(text)]
            assert finder._spans(key, text, low) == want, (key, text)


def test_the_rules_that_may_match_nothing_are_listed():
    # the scanners assume a rule matches at least one character unless it is listed
    from re import _parser

    empty = {name for name, rx in patterns.RULES
             if _parser.parse(rx.pattern, rx.flags).getwidth()[0] == 0}
    assert empty == gates.MAY_MATCH_EMPTY


def test_tense_cues_in_first_character_form_match_the_plain_ones():
    from store.timex import tense

    pieces = ["talks continue", "Talks continues on", "the vote starts", "STARTS on", "they meet",
              "they meet on", "we meet in", "to meet on", "will meet on", "did not open on",
              "is held on", "Is held on", "are run from", "ARE held", "takes place on",
              "take  place on", "kicks off on", "gets under way on", "\u017ftarts on",
              "\u212aicks off on", "restarts on", "cannot meet", "_begins", "é ends on",
              "would", "Would have", "wouldn't", "would not have", "WOULD be", "shouldwould",
              "it would, on", "open: 10:30 until", "begins but", "ends, said on", "\n", "; "]
    rng = random.Random(61)
    hits = 0
    for text in _texts(80, seed=67) + [""]:
        text = text + " " + " ".join(rng.choice(pieces) for _ in range(6)) + " "
        for new, src in ((tense._PRESENT_EVENT, tense._PRESENT_EVENT_SRC),
                         (tense._WOULD, tense._WOULD_SRC),
                         (tense._WOULD_FUTURE, tense._WOULD_FUTURE_SRC)):
            plain = re.compile(src, re.I)
            for a in (0, 2, len(text) // 2):
                assert [m.span() for m in new.finditer(text, a)] == \
                    [m.span() for m in plain.finditer(text, a)], (src[:20], text)
            # the clause searched ends where the phrase would start: after each piece
            for cut in [i + 1 for i, c in enumerate(text) if c == " "][-8:]:
                got = new.search(text[:cut])
                want = plain.search(text[:cut])
                assert (got and got.span()) == (want and want.span()), (src[:20], text[:cut])
                hits += want is not None
    assert hits > 100


def test_clause_cut_with_the_branches_a_string_can_hold_is_the_plain_cut():
    from store.timex import tense

    plain = re.compile(tense._CLAUSE_START_SRC)

    def cut(s):
        last = None
        for last in plain.finditer(s):  # noqa: B007
            pass
        return s[last.end():] if last is not None else s

    pieces = ["but", "rebut", "But", "while, and", "awhile", "who\u2014 x", "a \u2014\u2013 b",
              "x.\n\ny", "after", "thereafter", ",\n and", "which", "whom", "\u00e9 but", "_but",
              "year-old", "x - y", "x -- y", "\n- y", ": - z", "where", "wh", "aft", ", and",
              "said. The", "x;y"]
    rng = random.Random(71)
    for text in _texts(60, seed=73) + [""]:
        for _ in range(4):
            s = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
            s = (text[:rng.randint(0, 40)] + " " + s) if rng.random() < 0.5 else s
            tense._clause.cache_clear()
            assert tense._clause(s) == cut(s), s


def test_other_digits_asked_of_the_non_ascii_characters_alone_as_of_the_text():
    chars = ["1", "a", " ", "\u201c", "\u0663", "\u00b2", "\u06f5", "\ud800", "\udfff",
             "\U0001fbf0", "\U0001f600", "\u0966", "\uff11", "\u00e9", "\u2014", "\n"]
    rng = random.Random(79)
    for _ in range(400):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 12)))
        assert gates.has_other_digits(text) == (gates.NON_ASCII_DIGIT.search(text) is not None)


def test_digit_heads_from_one_scan_are_each_heads_own_matches():
    pieces = ["2015", "12:30", "10 p.m.", "7:15pm", "at noon", "Midnight", "3/26/2016", "1.5",
              "2015-Q3", "Q3", "q4 ", "FY2015", "FY 15", "'98", "2016-W12", "20151", "1,500",
              "nine", "no", "\u0663\u0662", "10.30 a", "2015Q1", "x9", "mid", "12.5.2016"]
    rng = random.Random(83)
    for text in _texts(60, seed=89) + [""]:
        text = text + " " + " ".join(rng.choice(pieces) for _ in range(8))
        low = lowered(text)
        plain = not gates.has_other_digits(text)
        got = finder._digit_spans(text, low, plain)
        for key in finder.DIGIT_HEADS:
            assert got[key] == [m.span() for m in patterns.HEADS[key].finditer(text)], (key, text)


def test_punctuation_lowered_as_del_is_in_no_word_or_core_the_lowered_text_is_asked():
    from store.timex import sites

    words = [w for ws in list(gates.HEAD_WORDS.values()) + list(RULE_WORDS.values()) for w in ws]
    for head in finder.NARROW.values():
        words += list(head.keys) + [p for later in head.later for p in later]
    words += [k for keys in gates.KEYED_HEADS.values() for k in keys] + list(gates.CLOCK_WORDS)
    words += [w for ws, _, _ in sites.SITE_BEFORE.values() for w in ws]
    words += [w for w, _ in sites.SITE_AFTER.values()]
    cores = [rx.pattern for rx in sites.RULE_CORES.values()]
    for c in gates.INERT + "\x7f":
        assert not any(c in w for w in words) and not any(c in p for p in cores), repr(c)
        assert not c.isalnum() and not c.isspace() and c.lower() == c


def test_text_with_curly_quotes_and_dashes_dates_as_with_straight_ones():
    text = ("\u201cWe met on Tuesday\u201d, he said \u2014 the talks\u2019 second round "
            "ends in March 2016\u2026 and 2015 was \u2018the year\u2019, 10 years ago.")
    plain = text.translate(str.maketrans("\u201c\u201d\u2018\u2019\u2014\u2026\u2013",
                                         "\"\"''-.-"))
    assert "\x7f" in gates.lowered(text)  # (lowered as ASCII)
    assert [(t.start, t.end, t.value) for t in tag(text, date(2016, 2, 3))] == \
        [(t.start, t.end, t.value) for t in tag(plain, date(2016, 2, 3))]


def test_would_before_finds_the_word_in_any_case_and_only_it():
    """would_before's quick test looks for the word lowered: a reported future in
    capitals still counts, and a sentence without the word has none."""
    from store.timex.tense import would_before
    for w in ("would", "Would", "WOULD", "wOuLd"):
        text = f"The minister said the talks {w} resume on Friday"
        assert would_before(text, text.index("Friday")), w
    far = ("The minister said the talks would resume after a long pause in the spring, "
           "once the delegations of both sides agree on an agenda, with a first round on Friday")
    assert would_before(far, far.index("Friday"))
    text = "The minister said the talks resumed on Friday"
    assert not would_before(text, text.index("Friday"))
