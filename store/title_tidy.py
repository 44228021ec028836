"""A title's spacing and stray punctuation put right after its words were cut: every step of
the cutting leaves its own (a comma before a removed date, an emptied bracket, a quotation
closed by nothing)."""

from __future__ import annotations

from . import recache
from .title_words import MARK, one_space

_SPACE_AFTER_OPEN = recache.compile(r"([(“‘])\s+")
_EMPTY_PARENS = recache.compile(r"\(\s*\)")
_OPEN_COMMA = recache.compile(r"\(\s*[,;]\s*")
_REPEATED_STOPS = recache.compile(r"([,;:])(?:\s*[,;:])+")
_DASH_BEFORE_STOP = recache.compile(r"\s+[-–—]{1,2}\s*(?=[,;:])")
_TRAILING_STOPS = recache.compile(r"[,;:—–-]+\s*([.!?]?)$")
_STOPS = frozenset(",;:—–-")
_SPACE_CLOSER = recache.compile(r" (?=[,.;:!?)’”])")
_CLEAN_CACHE: dict[str, str] = {}
_CLOSED_FIRST = recache.compile(r"[^()\s]+(?: [^()\s]+){0,2}\)\s+(?=[A-Z])")


def tidy(s: str) -> str:
    """Tidy spacing and stray punctuation; cached, as `_trim` asks the same string up to
    four times and the mentions of one sentence share most of it."""
    out = _CLEAN_CACHE.get(s)
    if out is None:
        if len(_CLEAN_CACHE) >= 4096:
            _CLEAN_CACHE.clear()
        out = _CLEAN_CACHE[s] = _clean_uncached(s)
    return out


def _clean_uncached(s: str) -> str:
    s = s.replace(MARK, " ")
    if "  " in s or not s.isprintable():  # (printable: its only whitespace is " ")
        s = one_space(s)
    # every whitespace is now one " ": r"\s+([,.;:!?)’”])" -> r"\1" is a lone " " dropped
    s = _SPACE_CLOSER.sub("", s)
    if "(" in s or "“" in s or "‘" in s:
        s = _SPACE_AFTER_OPEN.sub(r"\1", s)
        if "(" in s:
            s = _EMPTY_PARENS.sub("", s).replace("  ", " ")
            # "crashes ([1929], 1987, 2008)": a list in brackets loses the date's comma too
            s = _OPEN_COMMA.sub("(", s)
    if _REPEATED_STOPS.search(s):  # (a bare search: `sub` with "\1" calls re._subx each time)
        s = _REPEATED_STOPS.sub(r"\1", s)
    if " -" in s or "—" in s or "–" in s:
        s = _DASH_BEFORE_STOP.sub("", s)  # "familiar - [12 years ago], a new ..."
    s = s.strip(" ,;:—–-")
    if s[:1] in "\"”" and s[1:2] == " " and s.count('"') % 2:
        s = s[2:]  # '" Home Depot said ...': the close of a quotation an earlier cut opened
    if s and s[0] in ")]" and s.count(s[0]) > s.count("(" if s[0] == ")" else "["):
        s = s[1:].lstrip(" ,;:")  # "(2200 GMT, [Friday]) the center ...": its bracket went too
    elif ")" in s[:30] and (m := _CLOSED_FIRST.match(s)):
        s = s[m.end():]  # "AP) Economists ...": the end of a credit cut in two
    end = s.rstrip()
    if end[-1:] in (".", "!", "?"):
        end = end[:-1].rstrip()
    if end[-1:] in _STOPS:  # the pattern ends on a stop, spaces and one optional [.!?]
        s = _TRAILING_STOPS.sub(r"\1", s)
    if s.endswith(")") and s.count(")") > s.count("("):
        s = s[:-1].rstrip()  # "... was in a recession[), the album ...]": its opening went
    if s.endswith("."):
        s = s[:-1].strip()
    else:
        s = s.strip()
    if s.endswith(' "') and s.count('"') % 2 == 0:
        s = s[:-2] + '"'  # 'pay "a lot of money [this year]"': the quotation's close
    if s and s[0].islower():
        s = s[0].upper() + s[1:]
    return s
