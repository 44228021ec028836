"""How a gate is built: the case-sensitive lookahead of first letters (or whole first
words) that every match of a rule must open with, put in front of the rule so the engine
fails fast where it cannot match. store/timex/gates.py says which rules get which gate and
why; this module only turns word lists into gates.

Case-insensitive matching also lets a few non-ASCII letters stand for ASCII ones
(the Kelvin sign for k, long s for s, dotted and dotless i); the gates include them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import recache

# non-ASCII letters that re.IGNORECASE matches to an ASCII letter (Python 3.11)
_FOLD = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _cls(ch: str) -> str:
    if not ch.isalpha():
        return re.escape(ch)
    low = ch.lower()
    return "[" + low + low.upper() + _FOLD.get(low, "") + "]"


@dataclass(frozen=True)
class Gate:
    """lookahead: the gate itself; firsts: a character class body holding every first
    character the lookahead accepts (its cheap C-level prefilter); literal: the same
    test as lookahead, each alternative opening with one literal character (see
    _literal_first)."""
    lookahead: str
    firsts: str
    literal: str = ""


def _literal_first(alts: list[tuple[str, str]], raw: tuple[str, ...] = ()) -> str:
    """A lookahead accepting where one of the (first letter, rest) pairs or one of the raw
    regexes starts, as the gate's own lookahead does, written with one alternative a
    character that IGNORECASE reads as the first letter ("a" and "A", "s", "S" and long
    s). The scanners try it where they tried the lookahead, and the engine's alternation rejects an
    alternative that opens with a literal by one comparison, where one that opens with a
    class ([aA]) costs a call of its class test: ~20 such calls at every letter of a
    window where the gate was asked (a fifth of tag()'s instructions). Alternatives are
    grouped by letter, so the order of a lookahead's alternatives, which cannot change
    whether it holds, is all that differs."""
    out = []
    for first, rest in alts:
        chars = _cls(first)[1:-1] if first.isalpha() else first
        # the rest under IGNORECASE, its letters bare: the same matches as _cls's classes
        # (which list what IGNORECASE reads as each letter), a fraction of the compile time
        rest = _CLS.sub(lambda m: m[1], rest)
        out += [re.escape(c) + (f"(?i:{rest})" if rest else "") for c in chars]
    return "(?=(?-i:" + "|".join(out + list(raw)) + "))"


_CLS = recache.compile("\\[([a-z])[A-Z][" + "".join(_FOLD.values()) + "]*\\]")


def _raw_first(r: str) -> str:
    if r.startswith("\\d"):
        return "\\d"
    if r.startswith("["):
        return r[1:r.index("]")]
    raise ValueError(f"no first-character class for {r!r}")


def _firsts(letters: set[str], raw: tuple[str, ...]) -> str:
    return "".join(sorted({_cls(c)[1:-1] if c.isalpha() else re.escape(c) for c in letters})
                   + [_raw_first(r) for r in raw])


def _longest_first(alt: str) -> tuple[int, str]:
    """Longest first, ties by text: the order of a lookahead's alternatives cannot change
    whether it holds, but a set's order would change the pattern's text from run to run
    (and with it the key under which recache keeps its compiled code)."""
    return -len(alt), alt


def gate(prefixes: list[str], raw: tuple[str, ...] = ()) -> Gate:
    """A lookahead accepting a position only where one of the prefixes (any case) or
    one of the raw case-sensitive regexes starts."""
    alts = sorted({"".join(_cls(c) for c in p) for p in prefixes}) + list(raw)
    pairs = sorted({(p[0].lower(), "".join(_cls(c) for c in p[1:])) for p in prefixes})
    return Gate("(?=(?-i:" + "|".join(alts) + "))", _firsts({p[0] for p in prefixes}, raw),
                _literal_first(pairs, raw))


def _wordrx(w: str) -> str:
    """A word in any case (with IGNORECASE's fold letters); a space stands for \\s+, a
    leading backslash marks a raw regex ("\\d")."""
    if w.startswith("\\"):
        return w
    sep = r"[\s\-]" if w.endswith("~") else ""  # "two~": the word, then a space or hyphen
    return "".join(r"\s+" if c == " " else _cls(c) for c in w.rstrip("~")) + sep


def prefix_gate(words: list[str | tuple[str, list[str]]], raw: tuple[str, ...] = ()) -> Gate:
    """A lookahead accepting a position only where one of the words (any case) starts,
    whatever follows it ("early" also inside "yearly": a rule may match mid-word and the
    finder drops such matches itself), or one of the raw case-sensitive regexes. A pair
    (word, nexts) stands for the word, white space, then one of nexts: "the" opens many
    rules but only before certain words ("the past", "the beginning of", "the 1990s")."""
    by_first: dict[str, list[str]] = {}
    for w in words:
        if isinstance(w, tuple):
            head, nexts = w
            rx = _wordrx(head)[len(_cls(head[0])):] + r"\s+(?:" + "|".join(
                sorted({_wordrx(n) for n in nexts}, key=_longest_first)) + ")"
            by_first.setdefault(head[0].lower(), []).append(rx)
        else:
            by_first.setdefault(w[0].lower(), []).append(_wordrx(w)[len(_cls(w[0])):])
    alts = []
    pairs = []
    for first, rests in sorted(by_first.items()):
        if "" in rests:
            alts.append(_cls(first))
            pairs.append((first, ""))
            continue
        tails = sorted(set(rests), key=_longest_first)
        alts.append(_cls(first) + "(?:" + "|".join(tails) + ")")
        pairs.append((first, "(?:" + "|".join(tails) + ")"))
    return Gate("(?=(?-i:" + "|".join(alts + list(raw)) + "))", _firsts(set(by_first), raw),
                _literal_first(pairs, raw))
