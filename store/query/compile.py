"""Turning a `Query` into SQL over alias `e` (events) plus FTS5 MATCH strings.

User text never reaches SQL or FTS5 syntax: every value is a parameter, and
the MATCH string is built here from tokens, each one double-quoted with its
quotes doubled, so "*", "^", ":", "NEAR" or "AND" in a search are just words.

The date filters follow the DATE RULE written in filters.py: `after:X` is
start >= first day of X, `before:X` is start < first day of X, `on:X` is
"the spans overlap".
"""

from __future__ import annotations

from datetime import date

from ..record import field, record
from . import dates
from .errors import QueryError
from .filters import FILTERS, LONGEST_EVENT_DAYS
from .parse import Query


@record
class Compiled:
    where: str                        # conditions on e other than full text ("1" when none)
    params: list
    match: str | None                 # FTS5 MATCH every event must satisfy, or None
    exclude: str | None               # FTS5 MATCH no event may satisfy, or None
    terms: list[str]                  # words and phrases to highlight
    start_lo: str | None = None       # e.start >= start_lo is implied by the filters
    start_hi: str | None = None       # e.start < start_hi is implied by the filters
    # narrower id sets the planner may start from: (SELECT of event ids, params)
    id_sets: list[tuple[str, list]] = field(default_factory=list)
    set_names: list[str] = field(default_factory=list)      # the filter behind each id set
    filter_names: list[str] = field(default_factory=list)   # every filter used, in order
    on_span: tuple[str, str] | None = None   # the first on: filter's span, for on: walks
    # each filter's own condition: (filter word, SQL over e, its parameters)
    conditions: list[tuple[str, str, list]] = field(default_factory=list)

    def where_without(self, names: set[str]) -> tuple[str, list]:
        """The filter conditions (no full text) except those of the named filters."""
        kept = [(sql, p) for name, sql, p in self.conditions if name not in names]
        return (" AND ".join(sql for sql, _ in kept) or "1",
                [x for _, p in kept for x in p])

    @property
    def has_filters(self) -> bool:
        return bool(self.match or self.exclude or self.where != "1")

    def full_where(self) -> tuple[str, list]:
        """Every condition as one SQL fragment over e, full text as per-row probes."""
        return self._where(with_match=True)

    def full_where_without_match(self) -> tuple[str, list]:
        """As full_where, for rows already known to satisfy `match`."""
        return self._where(with_match=False)

    def _where(self, with_match: bool) -> tuple[str, list]:
        parts, params = [self.where], list(self.params)
        if self.match and with_match:
            parts.append("EXISTS (SELECT 1 FROM events_fts WHERE events_fts MATCH ? "
                         "AND events_fts.rowid = e.id)")
            params.append(self.match)
        if self.exclude:
            parts.append("NOT EXISTS (SELECT 1 FROM events_fts WHERE events_fts MATCH ? "
                         "AND events_fts.rowid = e.id)")
            params.append(self.exclude)
        return " AND ".join(parts), params


def fts_string(text: str) -> str:
    """One FTS5 string token: the text in double quotes, its own quotes doubled.

    NUL ends an FTS5 query string early ("unterminated string"), so it becomes a space.
    """
    return '"' + text.replace("\x00", " ").replace('"', '""') + '"'


def terms_to_highlight(q: Query) -> list[str]:
    """The words and phrases a result was found by, for the panes to highlight."""
    seen: dict[str, str] = {}
    for t in (*q.words, *q.phrases):
        seen.setdefault(t.casefold(), t)
    return list(seen.values())


def compile_query(q: Query, today: date, longest_event_days: int = LONGEST_EVENT_DAYS
                  ) -> Compiled:
    """SQL and MATCH strings for `q`; raise QueryError if a filter value is bad.

    `longest_event_days` is how long the longest stored event may be (a decade
    unless the store holds centuries): `on:` walks the date index from that far
    before the span, since no overlapping event can start earlier.
    """
    positive = [fts_string(t) for t in (*q.words, *q.phrases)]
    negative = [fts_string(t) for t in q.excluded]
    parts: list[str] = []
    params: list = []
    lo: str | None = None
    hi: str | None = None
    id_sets: list[tuple[str, list]] = []
    set_names: list[str] = []
    conditions: list[tuple[str, str, list]] = []
    on_span = None
    for f in q.filters:
        spec = FILTERS[f.name]
        try:
            p = spec.parse(f.value, today)
            if f.name == "on":
                p = (p[0], p[1], dates.shift_days(p[1], -longest_event_days))
                on_span = on_span or (p[1], p[0])
        except ValueError as e:
            raise QueryError(str(e), f.position) from None
        parts.append(f"({spec.sql})")
        params.extend(p)
        conditions.append((f.name, f"({spec.sql})", list(p)))
        if spec.bounds:
            b_lo, b_hi = spec.bounds(p)
            if b_lo is not None and (lo is None or b_lo > lo):
                lo = b_lo
            if b_hi is not None and (hi is None or b_hi < hi):
                hi = b_hi
        if spec.ids_sql:
            id_sets.append((spec.ids_sql, list(p)))
            set_names.append(f.name)
    return Compiled(
        where=" AND ".join(parts) or "1",
        params=params,
        match=" AND ".join(positive) or None,
        exclude=" OR ".join(negative) or None,
        terms=terms_to_highlight(q),
        start_lo=lo,
        start_hi=hi,
        id_sets=id_sets,
        set_names=set_names,
        filter_names=[f.name for f in q.filters],
        on_span=on_span,
        conditions=conditions,
    )
