"""compile_fast (store/timex/fastre.py) must find what re.compile finds, group for group."""

from __future__ import annotations

import random
import re
import sys

import pytest

from store.timex import fastre, patterns
from store.timex.fastre import case_class, compile_fast


@pytest.mark.skipif(fastre._parser is None, reason="plain re.compile on this Python")
def test_case_class_is_what_ignorecase_matches():
    """Every code point IGNORECASE matches to each ASCII letter, and no other."""
    anyletter = re.compile("[a-z]", re.I).fullmatch
    near = [c for c in range(sys.maxunicode + 1) if anyletter(chr(c))]
    for letter in "abcdefghijklmnopqrstuvwxyz":
        rx = re.compile(letter, re.I)
        want = {c for c in near if rx.fullmatch(chr(c))}
        assert set(case_class(ord(letter))) == want, letter
        assert set(case_class(ord(letter.upper()))) == want, letter
    assert case_class(ord("é")) is None
    assert case_class(ord("1")) is None


def _texts(rng: random.Random, n: int) -> list[str]:
    words = ["the", "The", "THE", "last", "Last", "next", "March", "MARCH", "march", "early",
             "yearly", "May", "may", "said", "SAID", "ſaid", "Kelvin", "\u212aing", "İt",
             "ıt", "week", "weeks", "3", "1998", "two", "Twenty-one", "days", "ago", "later",
             "fiscal", "year", "of", "in", "on", "-", ",", ".", "'", "’", "\n", "  "]
    return [" ".join(rng.choice(words) for _ in range(rng.randrange(1, 30))) for _ in range(n)]


def _same(a: re.Pattern, b: re.Pattern, text: str) -> None:
    got = [(m.span(), m.groups()) for m in b.finditer(text)]
    want = [(m.span(), m.groups()) for m in a.finditer(text)]
    assert got == want, (a.pattern[:80], text)
    for i in range(len(text)):
        ma, mb = a.match(text, i), b.match(text, i)
        assert (ma and (ma.span(), ma.groupdict())) == (mb and (mb.span(), mb.groupdict()))


def test_rules_match_as_re_compile_does():
    rng = random.Random(7)
    texts = _texts(rng, 150)
    for name, rx in patterns.RULES:
        plain = re.compile(rx.pattern, rx.flags)
        assert rx.groupindex == plain.groupindex, name
        for text in texts:
            _same(plain, rx, text)


@pytest.mark.parametrize("pattern", [
    r"(?:said|was|had)\b", r"\b(?:sa(?:id|ys)|w(?:as|ere))", r"(?P<a>kg|ks)|(?:s|x)y",
    r"(?-i:A|b)|(?i:c|D)", r"(?<=a|b)(?:ıt|it)", r"(?:[ab]c|d)", r"x(?:(?:ab|cd)|e)+",
])
def test_small_patterns(pattern):
    for text in _texts(random.Random(3), 60) + ["İT it IT ıt ab AB ſAID Said kg KG \u212ag"]:
        _same(re.compile(pattern, re.I), compile_fast(pattern, re.I), text)


def test_without_ignorecase_is_plain_compile():
    assert compile_fast("a|b", 0) is re.compile("a|b", 0)
