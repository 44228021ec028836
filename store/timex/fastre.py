"""Case-insensitive regexes compiled so that the engine rejects a failing alternative by
one test.

Python's engine tries the alternatives of a group in turn. One that opens with a plain
letter or a character class it rejects by a single comparison where the text differs
("(?:said|was|had)" at "the" costs three comparisons). Under IGNORECASE a letter is
compiled to a case-folding test the alternation does not look at first, so every
alternative is entered (a stack frame pushed and popped) only to fail at its first
letter: at ~100 instructions each, the gate lookbehinds of the rule scanners
(gates.scanner), which list some fifty words at each of the ~2,400 letters an
article where they are asked, were a fifth of tag()'s instructions.

`compile_fast(pattern, flags)` parses the pattern as `re.compile` does and, in every
alternation, writes an alternative's opening letter as the case-sensitive class of the
characters IGNORECASE matches to it ("s" becomes [sSſ]); the alternation tests that
class first. That class matches exactly the characters the folding test matches
(tests/test_timex_fastre.py checks every code point for each ASCII letter), nothing else
changes (no group is added or moved), so the compiled regex finds the same matches with
the same groups. Letters outside ASCII and patterns this Python's parser does not
support are compiled by `re.compile` as they are.
"""

from __future__ import annotations

import re

try:  # the parser and code generator behind re.compile (Python 3.11 and later)
    import _sre
    from re import _compiler, _parser
    from re._constants import (
        ASSERT,
        ASSERT_NOT,
        ATOMIC_GROUP,
        BRANCH,
        GROUPREF_EXISTS,
        IN,
        LITERAL,
        MAX_REPEAT,
        MIN_REPEAT,
        POSSESSIVE_REPEAT,
        SUBPATTERN,
    )
except ImportError:  # pragma: no cover - an older Python: plain re.compile
    _parser = None

# the non-ASCII characters IGNORECASE matches to an ASCII letter (Python 3.11; checked
# over every code point by the tests)
FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def case_class(c: int) -> list[int] | None:
    """The code points IGNORECASE matches to the ASCII letter c (either case), or None
    for any other character."""
    low = chr(c).lower()
    if len(low) != 1 or not ("a" <= low <= "z"):
        return None
    return [ord(x) for x in dict.fromkeys(low + low.upper() + FOLDS.get(low, ""))]


def compile_fast(pattern: str, flags: int = 0) -> re.Pattern:
    """re.compile(pattern, flags), its alternatives opening with case-sensitive classes."""
    flags = int(flags)
    if _parser is None or not flags & re.IGNORECASE:
        return re.compile(pattern, flags)
    try:
        p = _parser.parse(pattern, flags)
        _walk(p, p.state.flags)
        code = _compiler._code(p, flags)
        index = [None] * p.state.groups
        for name, i in p.state.groupdict.items():
            index[i] = name
        return _sre.compile(pattern, flags | p.state.flags, code, p.state.groups - 1,
                            p.state.groupdict, tuple(index))
    except Exception:  # pragma: no cover - a Python whose internals differ: plain compile
        return re.compile(pattern, flags)


def _flags(flags: int, add: int, delete: int) -> int:
    return (flags | add) & ~delete


def _walk(p, flags: int) -> None:
    for op, av in p.data:
        if op is BRANCH:
            for alt in av[1]:
                _walk(alt, flags)
                _open(alt, flags)
        elif op is SUBPATTERN:
            _walk(av[3], _flags(flags, av[1], av[2]))
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
            _walk(av[2], flags)
        elif op in (ASSERT, ASSERT_NOT):
            _walk(av[1], flags)
        elif op is ATOMIC_GROUP:
            _walk(av, flags)
        elif op is GROUPREF_EXISTS:
            _walk(av[1], flags)
            if av[2] is not None:
                _walk(av[2], flags)


def _open(alt, flags: int) -> None:
    """Rewrite the letter an alternative opens with (through non-capturing groups, which
    compile to no instruction of their own) as its case-sensitive class."""
    if not alt.data:
        return
    op, av = alt.data[0]
    if op is LITERAL and flags & re.IGNORECASE:
        chars = case_class(av)
        if chars is not None:
            cls = _parser.SubPattern(alt.state, [(IN, [(LITERAL, c) for c in chars])])
            alt.data[0] = (SUBPATTERN, (None, 0, re.IGNORECASE, cls))
    elif op is SUBPATTERN and av[0] is None:
        _open(av[3], _flags(flags, av[1], av[2]))
