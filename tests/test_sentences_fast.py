"""The sentence splitter's shortcuts must find what its plain regexes find: stops where
str.find sees them, lines by newline, the word before a period by rstrip, and the
capitals cue only where its middle word stands."""

from __future__ import annotations

import random

from store import sentences as S

_PIECES = ["The", "U.S.", "Gen.", "said.", "No. 5", "etc.", "Hi!", "why?", "wait…", "...",
           "“Yes.”", "(ok.)", "a.m.", "x-ray.", "'tis.", "-.", "HAITI", "HIT BY QUAKE",
           "AP", "\n", "\r\n", "\r", "  ", "\t", "\u00a0", "é.", "1.5", "Mr.", "Smith"]


def _texts(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) + rng.choice([" ", "", " ", "\n"])
                    for _ in range(rng.randint(0, 40))) for _ in range(n)]


def test_stops_found_by_find_are_the_regex_matches():
    for text in _texts(400, 3):
        starts, ends = S._stops(text)
        want = list(S._END.finditer(text))
        assert [m.span() for m in ends] == [m.span() for m in want], text
        assert starts == [m.start() for m in want]


def test_lines_found_by_find_are_the_regex_matches():
    for text in _texts(400, 5):
        assert S._lines(text) == [m.span() for m in S._LINE.finditer(text)], text


def test_the_word_before_a_period_is_the_regex_word():
    rng = random.Random(7)
    for _ in range(3000):
        before = "".join(rng.choice("aZ.-' 1é,x") for _ in range(rng.randint(0, 8))) + "."
        m = S._WORD_BEFORE.search(before)
        assert S._word_before(before) == (m.group(1) if m else None), before


def test_the_capitals_cue_needs_its_middle_word():
    for text in _texts(400, 9):
        if S._CAPS_CUE.search(text):
            assert S._CAPS_MIDDLE.search(text), text


def test_a_headline_in_capitals_still_stands_alone():
    text = "Aid arrived on Tuesday in the port HAITI HIT BY QUAKE Rescue teams searched."
    pieces = [text[s:e] for s, e in S.sentence_spans(text)]
    assert "HAITI HIT BY QUAKE" in pieces
