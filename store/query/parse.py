"""Reading the text of a search into a `Query`: words, phrases, exclusions, filters.

The parser is total: any string either becomes a Query or raises QueryError
with one line naming the bad part. It never builds SQL or FTS syntax; that is
compile.py's job, from the tokens kept here.
"""

from __future__ import annotations

from datetime import date

from ..record import field, record
from .errors import QueryError
from .filters import FILTERS, PRECISIONS


@record(frozen=True)
class Filter:
    name: str                 # a key of FILTERS
    value: str                # as typed, quotes removed
    position: int = field(default=0, compare=False)

    def __str__(self) -> str:
        return f"{self.name}:{_quote_if_needed(self.value)}"


@record(frozen=True)
class Query:
    words: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    excluded: tuple[str, ...] = ()     # words and phrases to leave out
    filters: tuple[Filter, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.words or self.phrases or self.excluded or self.filters)

    def __str__(self) -> str:
        parts = list(self.words) + [_quote(p) for p in self.phrases]
        parts += ["-" + _quote_if_needed(x) for x in self.excluded]
        parts += [str(f) for f in self.filters]
        return " ".join(parts)


def _quote(s: str) -> str:
    return '"' + s + '"'


def _quote_if_needed(s: str) -> str:
    return _quote(s) if (not s or any(c.isspace() for c in s)) else s


def _has_token_char(s: str) -> bool:
    """Whether full-text search would see a word in `s` (punctuation alone is not one)."""
    return any(c.isalnum() for c in s)


def parse(text: str, today: date | None = None) -> Query:
    """Read a search; raise QueryError for anything that cannot be run.

    Filter values are checked here too (a bad date is reported while typing);
    `today` only matters for relative dates like "last May".
    """
    today = today or date.today()
    words: list[str] = []
    phrases: list[str] = []
    excluded: list[str] = []
    filters: list[Filter] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
            continue
        start = i
        negate = c == "-"
        if negate:
            i += 1
            if i >= n or text[i].isspace():
                continue  # a lone "-" excludes nothing
        if text[i] == '"':
            value, i = _quoted(text, i)
            if _has_token_char(value):
                (excluded if negate else phrases).append(" ".join(value.split()))
            continue
        j = i
        while j < n and not text[j].isspace() and text[j] != '"':
            j += 1
        word = text[i:j]
        colon = word.find(":")
        if not negate and colon > 0 and word[:colon].isascii() and word[:colon].isalpha():
            name = word[:colon].lower()
            _check_filter_name(name, start)
            vstart = i + colon + 1
            if vstart < n and text[vstart] == '"':
                value, j = _quoted(text, vstart)
            else:
                value = word[colon + 1:]
            if not value.strip():
                raise QueryError(f"{name}: wants {_wants(name)}", vstart)
            try:
                FILTERS[name].parse(value, today)
            except ValueError as e:
                raise QueryError(str(e), vstart) from None
            filters.append(Filter(name, value, start))
            i = j
            continue
        i = j
        if _has_token_char(word):
            (excluded if negate else words).append(word)
    return Query(tuple(words), tuple(phrases), tuple(excluded), tuple(filters))


def _quoted(text: str, i: int) -> tuple[str, int]:
    """The text between the quote at `i` and the next one, and where parsing resumes."""
    close = text.find('"', i + 1)
    if close < 0:
        raise QueryError(f"unbalanced quote at column {i + 1}", i)
    return text[i + 1:close], close + 1


def _check_filter_name(name: str, position: int) -> None:
    if name in FILTERS:
        return
    import difflib  # only for a misspelt filter's suggestion

    close = difflib.get_close_matches(name, list(FILTERS), n=1, cutoff=0.6)
    hint = f"; did you mean '{close[0]}:'?" if close else (
        "; filters are " + ", ".join(f"{f}:" for f in FILTERS))
    raise QueryError(f"unknown filter '{name}:'{hint}", position)


def _wants(name: str) -> str:
    return {"DATE": "a date", "TEXT": "some text", "N": "a number",
            "ID": "an article id (a number)",
            "LEVEL": "one of " + ", ".join(PRECISIONS)}.get(
                FILTERS[name].arg, FILTERS[name].arg.replace("|", " or "))
