"""Salient terms of a clause, and how alike two bags of terms are.

Merging asks "do these two sentences report the same happening?" cheaply and
without a model: reduce each clause to lowercased, lightly stemmed content
words (names, numbers, verbs of the happening), fold the handful of aliases
news copy uses for the same actor or act ("ISIL", "IS", "Islamic State";
"seized", "captured", "overran"), and compare bags with an overlap weighted
by how rare each term is among the events it could merge with.
"""

from __future__ import annotations

import math
import re

from . import places

STOPWORDS = frozenset(
    """
    a about above after again against all almost along already also although am among an and
    another any are around as at away back be became because become been before being below
    between both but by can could did do does doing done down during each either else even ever
    every few for from further get got had has have having he her here hers herself him himself
    his how however i if in including into is it its itself just least less like many may me
    might more most much must my myself near nearly neither no nor not now of off on once one
    only or other others our ours out over own per perhaps rather same several she should since
    so some still such than that the their theirs them themselves then there these they this
    those though through thus to too toward towards under until up upon us very via was we
    were what whatever when where whether which while who whom whose why will with within
    without would yet you your yours
    said says say saying told tells according reported reports report reportedly added
    adding stated statement statements claimed claims announced quoted quoting confirmed
    spokesman spokeswoman spokesperson official officials source sources media news agency
    mr mrs ms dr
    today yesterday tomorrow tonight morning afternoon evening night day days week weeks weekend
    month months year years decade century ago earlier later last next previous past recent
    recently early late latest current currently ahead time times
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday
    spring summer autumn fall winter
    first second third fourth fifth new old least least more than least
    """.split()
)

# Surface forms folded to one term before stemming; extend as corpora need.
ALIASES = {
    "isil": "isis", "daesh": "isis", "islamic state": "isis", "is": "isis",
    "us": "usa", "u.s": "usa", "u.s.": "usa", "united states": "usa", "america": "usa",
    "un": "un", "u.n": "un", "u.n.": "un", "united nations": "un",
    "uk": "uk", "u.k": "uk", "u.k.": "uk", "britain": "uk", "british": "uk",
    "russia": "russia", "russian": "russia", "russians": "russia", "moscow": "russia",
    "kremlin": "russia", "china": "china", "chinese": "china", "beijing": "china",
    "syria": "syria", "syrian": "syria", "syrians": "syria",
    # verbs of taking a place
    "seize": "capture", "seized": "capture", "seizes": "capture", "seizing": "capture",
    "captured": "capture", "captures": "capture", "capturing": "capture",
    "took": "capture", "taken": "capture", "overran": "capture", "overrun": "capture",
    "overrunning": "capture", "overruns": "capture", "fell": "capture",
    "recaptured": "recapture", "recaptures": "recapture", "retook": "recapture",
    "retaken": "recapture", "retake": "recapture", "retakes": "recapture",
    "re-captured": "recapture", "re-capture": "recapture", "retaking": "recapture",
    # verbs of dying and killing
    "killed": "kill", "kills": "kill", "killing": "kill", "died": "kill", "dead": "kill",
    "die": "kill", "deaths": "kill", "death": "kill",
    "troops": "soldier", "troop": "soldier", "soldiers": "soldier",
    "bombing": "bomb", "bombings": "bomb", "bombed": "bomb", "blast": "bomb", "blasts": "bomb",
    "explosion": "bomb",
    "airstrikes": "airstrike", "air strikes": "airstrike", "air strike": "airstrike",
    "strikes": "strike", "fall of": "capture of",
    # verbs and nouns of one act that reports word differently
    "quake": "earthquake", "quakes": "earthquake", "earthquakes": "earthquake",
    "tremor": "earthquake", "tremors": "earthquake",
    "struck": "hit", "rocked": "hit", "jolted": "hit",
    "vetoed": "veto", "vetoes": "veto", "vetoing": "veto", "blocked": "veto",
    "blocking": "veto",
    "detained": "arrest", "detains": "arrest", "detaining": "arrest", "arrested": "arrest",
    "arrests": "arrest", "arresting": "arrest",
    "injured": "injure", "injuring": "injure", "injuries": "injure", "injury": "injure",
    "wounded": "injure", "wounding": "injure", "hurt": "injure",
}
# capitals, seats of power and demonyms fold to their country (store/places.py)
ALIASES = {**places.NAMES, **ALIASES}
# Multi-word aliases (and dotted acronyms) replaced in the text before tokenising.
_PHRASES = re.compile(
    r"\b(islamic state(?: of iraq and (?:the levant|syria|al-sham))?|united states|"
    r"united nations|air strikes?|fall of|"
    + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in places.PHRASES)
    + r")\b|(?<![\w.])(u\.s\.?|u\.n\.?|u\.k\.?)(?![\w])",
    re.IGNORECASE,
)
# Text _PHRASES can match holds one of these, lowercased; or one of the four non-ASCII
# letters that match an ASCII one under re.IGNORECASE (İ ı ſ K, which lower() keeps apart).
# Testing for them is ~20x cheaper than the case-blind search, which most sentences fail.
_PHRASE_HINTS = ("u.", "islamic state", "air strike", "fall of") + places.HINTS
_CASE_BLIND_ODD = frozenset("\u0130\u0131\u017f\u212a")
_ACRONYMS = {"IS": "isis", "US": "usa", "UN": "un", "UK": "uk"}
_CANONICAL = frozenset(ALIASES.values())
_TOKEN = re.compile(r"[A-Za-z\u00c0-\u024f]+(?:['’][a-z]+)?|\d+(?:[.,]\d+)*")
_REPREFIX = re.compile(r"\b[Rr]e-([a-z])")
_YEARISH = re.compile(r"(1[89]|20)\d\d")


_SUFFIXES = (("ies", "y", 3), ("sses", "ss", 3), ("ing", "", 4), ("ed", "", 4), ("es", "e", 4),
             ("s", "", 3))


def _stem(word: str) -> str:
    """A light suffix stripper: plural and tense endings only, never below 3 letters."""
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    if len(word) <= 3 or word.isdigit():
        return word
    if word[-1] not in "sdg":  # no suffix below can match
        return word[:-1] if len(word) > 4 and word.endswith("e") else word
    for suffix, repl, keep in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= keep:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                return word
            word = word[: len(word) - len(suffix)] + repl
            if suffix in ("ing", "ed") and word[-1] == word[-2] and word[-1] not in "lsz":
                word = word[:-1]  # hitting -> hit, stunned -> stun
            break
    return word[:-1] if len(word) > 4 and word.endswith("e") else word


def _fold(m: re.Match) -> str:
    low = " ".join(m.group(0).lower().rstrip(".").split())
    if low.startswith("islamic state"):
        return " isis "
    return " " + ALIASES.get(low, low).replace(" ", "_") + " "


_SKIP = ""  # a token that is no term (a stopword, a year, a single digit)
_TERM_OF: dict[str, str] = {}


def _term(raw: str) -> str:
    """The term a token stands for, or _SKIP: a pure function of the token, so cached."""
    low = raw.lower()
    if raw in _ACRONYMS:  # "IS" and "US", not the verb and the pronoun
        low = _ACRONYMS[raw]
    elif low in STOPWORDS:
        return _SKIP
    if raw.isdigit() and (len(raw) == 1 or (len(raw) == 4 and _YEARISH.fullmatch(raw))):
        return _SKIP  # single digits and years say little about the happening
    term = ALIASES.get(low) or (low if low in _CANONICAL else None)
    if term is None:
        term = _stem(low.replace("’", "'"))
        term = ALIASES.get(term, term)
    if len(term) < 2 or term in STOPWORDS:
        return _SKIP
    return term


def _folded(text: str) -> str:
    """The text with re- prefixes joined and multi-word aliases folded to one token."""
    if "e-" in text:
        text = _REPREFIX.sub(r"re\1", text)
    low = text.lower()
    if any(h in low for h in _PHRASE_HINTS) or (
            not text.isascii() and not _CASE_BLIND_ODD.isdisjoint(text)):
        text = _PHRASES.sub(_fold, text)
    return text


_SEEN_TEXTS: dict[str, tuple[str, ...]] = {}  # this article's texts and their terms


def new_article() -> None:
    """Forget the texts seen so far. The terms of one text are asked for more than once
    within an article (each mention of a sentence gives its trimmed sentence), so they are
    kept until the next article: never longer, where they would reward a corpus for
    repeating its sentences across articles."""
    _SEEN_TEXTS.clear()


def terms(text: str) -> list[str]:
    """Distinct salient terms of `text`, in order of first appearance (a new list: callers
    extend it)."""
    got = _SEEN_TEXTS.get(text)
    if got is None:
        if len(_SEEN_TEXTS) >= 512:  # a caller that never starts an article
            _SEEN_TEXTS.clear()
        got = _SEEN_TEXTS[text] = tuple(_terms(text))
    return list(got)


def _terms(text: str) -> list[str]:
    text = _folded(text)
    out: list[str] = []
    seen: set[str] = set()
    cache = _TERM_OF
    for raw in _TOKEN.findall(text):
        term = cache.get(raw)
        if term is None:
            if len(cache) >= 100_000:
                cache.clear()
            term = cache[raw] = _term(raw)
        if term and term not in seen:
            seen.add(term)
            out.append(term)
    return out


def weight(df: int) -> float:
    """How much a shared term counts, from how many candidate events carry it."""
    return 1.0 / (1.0 + math.log1p(max(df, 0)))


def overlap(mine: dict[str, float], shared: set[str], full: float = 6.0) -> tuple[float, int]:
    """(weighted share of a mention's terms that an event also has, how many).

    The share is of the mention's weight, but never of more than `full`: a
    long sentence sharing that much weight of rare terms with an event is
    about the same happening however much else it says. A short paraphrase
    ("Palmyra fell to IS") needs most of its few words found.
    """
    common = [t for t in mine if t in shared]
    if not common:
        return 0.0, 0
    w_shared = sum(mine[t] for t in common)
    return min(1.0, w_shared / min(sum(mine.values()), full)), len(common)
