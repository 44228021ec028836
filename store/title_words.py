"""The few words every part of a title's cutting shares: its length, the mark where the date
phrase stood while it is trimmed, and how a sentence splits into segments and words."""

from __future__ import annotations

from . import recache

TITLE_MAX = 100
MARK = "\x00"  # where the date phrase stood, while the title is trimmed
# r"\s*(?:[,;:]|\s[—–-]{1,2})\s+" written to open on one character class, which the engine
# scans for, where a leading \s* costs a try at every character (the same splits and
# separators, checked on 300,000 random strings of spaces, stops and dashes)
_SEGMENT = recache.compile(r"[\s,;:](?:(?<=[,;:])|(?<=\s)(?:\s*(?:[,;:]|\s[—–-]{1,2})|[—–-]{1,2}))\s+")
_WORDS = recache.compile(r"\w+")
# "so" as a connective a title drops ("So the index fell"), not the opening of a fixed
# adverbial phrase kept whole ("So far, the index is down" would read "Far, the index ...")
SO_CONNECTIVE = r"so(?!\s+(?:far|much|many|long|few|little|too|often)\b)"
_APPOSITIVE = recache.compile(r"(?:a|an|the|home to|one of|known as|once|now|which|who)\b")
_SEGMENTS_OF: dict[str, tuple[str, ...]] = {}


def segments(s: str) -> list[str]:
    """`_SEGMENT.split(s)`, cached: the trim asks it up to three times of one text, and the
    mentions of one sentence share half of them. A new list each time, as callers change
    theirs."""
    parts = _SEGMENTS_OF.get(s)
    if parts is None:
        if len(_SEGMENTS_OF) >= 4096:
            _SEGMENTS_OF.clear()
        parts = _SEGMENTS_OF[s] = tuple(_SEGMENT.split(s))
    return list(parts)


# the characters other than a letter's two ASCII cases that IGNORECASE matches to an ASCII
# letter ("ı" and "İ" to i, "ſ" to s; the Kelvin sign lowers to k), where `lower` does not
_FOLD_ODD = ("\u0130", "\u0131", "\u017f")


def lacks(s: str, words: tuple[str, ...]) -> bool:
    """Whether none of `words` (lower case) is in `s`, read case-blind as IGNORECASE reads it:
    a cheap test before a pattern that needs one of them."""
    low = s.lower()
    return (not any(w in low for w in words)
            and (s.isascii() or not any(c in s for c in _FOLD_ODD)))


def one_space(s: str) -> str:
    """`re.sub(r"\\s+", " ", s)` by `str.split`, which splits at the same whitespace (about a
    fifth of the pattern's cost on a sentence)."""
    inner = " ".join(s.split())
    if not inner:
        return " " if s else ""
    return ((" " if s[0].isspace() else "") + inner
            + (" " if s[-1].isspace() else ""))


def quoted(sentence: str, pos: int) -> bool:
    """Whether `pos` sits inside a quotation: an odd count of straight quotation marks
    before it, or a curly one opened and not closed."""
    if '"' not in sentence and "“" not in sentence:
        return False
    return bool(sentence.count('"', 0, pos) % 2
                or sentence.rfind("“", 0, pos) > sentence.rfind("”", 0, pos))
