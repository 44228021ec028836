"""THE filter table: every `word:` a query understands, its SQL and its help.

One entry per filter word holds the parameterised SQL over alias `e` (the
events table), the parser that turns the typed value into the SQL's
parameters, and the help line. The app's help screen and
`dateline events --help` print `help_lines()`, so the SQL and what users are
told cannot drift apart (the habit of datasette's filters.py).

DATE RULE (after:, before:, on:). A typed date is a span of days [fs, fe]:
"2016" is 2016-01-01..2016-12-31, "2016-W12" is its Monday..Sunday, a day is
itself. An event is a span [start, end] too, and the timeline is sorted by
start. Then:

- `after:X`  keeps events that start on or after the first day of X
             (start >= fs): the timeline from X on, X included.
- `before:X` keeps events that start before the first day of X
             (start < fs): the timeline up to X, X excluded.
- `on:X`     keeps events whose span overlaps X (start <= fe and end >= fs).

So `after:2015-08 before:2015-10` is August and September 2015; `after:X`
and `before:X` split the timeline in two at the same place; and a month-long
event (2016-03) is `on:2016-03-15` but not `after:2016-03-15`. Both after and
before look only at the start, which is why they run on the (start, id) index.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, timedelta

from ..record import record
from ..schema import squashed
from . import dates

PRECISIONS = ("day", "week", "month", "season", "quarter", "half", "year", "decade", "century")

# on: walks the (start, id) index from this far before the span: no event
# up to a decade long that overlaps it can start earlier. A store that holds
# longer events (centuries) passes a longer reach to compile_query.
LONGEST_EVENT_DAYS = 3700
LONG_GRANULARITIES = {"century": 36_600, "millennium": 366_000}
# the most days from an event's start to its end (its span less one day) for each
# granularity: an on: walk goes down one stream per granularity from this far back,
# instead of ten years of everything. Calendar maxima: a 31-day month, a 92-day quarter
# or season (June-August), 184 days of a half, a leap year's 366, a decade with three
# leap days 3,653. One day more walks the whole period that ends the day before the
# span (at 10M events, on:2010 read 56,000 decade events of 2000-2009 that cannot match).
GRANULARITY_REACH = {"day": 0, "week": 6, "month": 30, "season": 91, "quarter": 91,
                     "half": 183, "year": 365, "decade": 3652, **LONG_GRANULARITIES}
# a span of these granularities ends before the same day that many months after its start
# (a month 2016-02-01..2016-02-29 before 2016-03-01, a winter 2015-12-01..2016-02-29 before
# 2016-03-01): one that starts on or before that day in the months before the span ends
# before it. Tighter than the reach in days by the period's own length: on:2010's year
# stream no longer reads the 2009 events (a 365-day 2009 cannot reach 2010).
GRANULARITY_MONTHS = {"month": 1, "quarter": 3, "season": 3, "half": 6, "year": 12,
                      "decade": 120}


def stream_start(granularity: str, first_day: str, reach_days: int) -> str:
    """The earliest start an event of `granularity` that reaches `first_day` can have."""
    months = GRANULARITY_MONTHS.get(granularity)
    if months is None:
        return dates.shift_days(first_day, -reach_days)
    d = date.fromisoformat(first_day)
    y, m = divmod(d.year * 12 + d.month - 1 - months, 12)
    if y < 1:
        return dates.shift_days(first_day, -reach_days)
    # the same day `months` earlier, or that month's last day (clamped, so adding the
    # months back never passes first_day); the day after it is the first that can reach
    back = date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))
    return (back + timedelta(days=1)).isoformat()


@record(frozen=True)
class FilterSpec:
    name: str                 # the word before the colon
    arg: str                  # what it takes, shown in help
    help: str                 # one line for the help screen
    sql: str                  # condition over alias e, with ? for each parameter
    parse: Callable[[str, date], tuple]   # typed value -> parameters; ValueError(message)
    # events that can match, as a SELECT of event ids (for the set plan), or ""
    ids_sql: str = ""
    # bounds this filter puts on e.start: parameters -> (lowest inclusive, highest exclusive)
    bounds: Callable[[tuple], tuple[str | None, str | None]] | None = None


def _date(name: str) -> Callable[[str, date], tuple]:
    def parse(value: str, today: date) -> tuple:
        found = dates.span(value, today)
        if found is None:
            raise ValueError(f"{name}: '{value}' is not a date")
        return found
    return parse


def _after(value: str, today: date) -> tuple:
    return (_date("after")(value, today)[0],)


def _before(value: str, today: date) -> tuple:
    return (_date("before")(value, today)[0],)


def _on(value: str, today: date) -> tuple:
    fs, fe = _date("on")(value, today)
    return (fe, fs, dates.shift_days(fs, -LONGEST_EVENT_DAYS))


def _text(name: str) -> Callable[[str, date], tuple]:
    def parse(value: str, today: date) -> tuple:
        if not value.strip():
            raise ValueError(f"{name}: wants some text")
        pattern = "%" + _escape_like(value.strip()) + "%"
        return (pattern,) * 5
    return parse


def _escape_like(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _number(name: str, what: str = "a number") -> Callable[[str, date], tuple]:
    def parse(value: str, today: date) -> tuple:
        v = value.strip()
        if not v.isascii() or not v.isdigit() or len(v) > 12 or (name == "key" and int(v) < 1):
            raise ValueError(f"{name}: wants {what}")
        return (int(v),)
    return parse


def _precision(value: str, today: date) -> tuple:
    v = value.strip().lower()
    if v not in PRECISIONS:
        raise ValueError(f"precision: wants one of {', '.join(PRECISIONS)}")
    return (v,)


_SOURCE_MATCH = (
    "(a.outlet LIKE ? ESCAPE '\\' OR a.title LIKE ? ESCAPE '\\' "
    "OR a.path LIKE ? ESCAPE '\\' OR a.url LIKE ? ESCAPE '\\' "
    f"OR {squashed('a.outlet')} LIKE ? ESCAPE '\\')"
)

LAYER_STATES = ("marked", "hidden", "edited")


def _state(value: str, today: date) -> tuple:
    v = value.strip().lower()
    if v not in LAYER_STATES:
        raise ValueError(f"is: wants one of {', '.join(LAYER_STATES)}")
    return (v,)


def _has(value: str, today: date) -> tuple:
    if value.strip().lower() != "note":
        raise ValueError("has: wants note")
    return ()


def _note_text(value: str, today: date) -> tuple:
    if not value.strip():
        raise ValueError("note: wants some text")
    return ("%" + _escape_like(value.strip()) + "%",)


# the analyst's layer (store/annotations.py): a few hundred rows at most, so each is an
# id set the planner fetches whole
_IS_IDS = ("SELECT event_id FROM event_layer WHERE CASE ? WHEN 'marked' THEN marked "
           "WHEN 'hidden' THEN hidden ELSE edited IS NOT NULL END")
_HAS_NOTE_IDS = "SELECT event_id FROM event_layer WHERE note IS NOT NULL"
_NOTE_IDS = "SELECT event_id FROM event_layer WHERE note LIKE ? ESCAPE '\\'"

FILTERS: dict[str, FilterSpec] = {f.name: f for f in [
    FilterSpec(
        "after", "DATE", "events that start on or after the first day of DATE (DATE included)",
        "e.start >= ?", _after, bounds=lambda p: (p[0], None)),
    FilterSpec(
        "before", "DATE", "events that start before the first day of DATE (DATE excluded)",
        "e.start < ?", _before, bounds=lambda p: (None, p[0])),
    FilterSpec(
        "on", "DATE", "events whose span overlaps DATE",
        'e.start <= ? AND e."end" >= ? AND e.start >= ?', _on,
        bounds=lambda p: (p[2], dates.shift_days(p[0], 1))),
    FilterSpec(
        "source", "TEXT", "reported by an article whose outlet (also run together: aljazeera), title, path or url "
        "contains TEXT",
        # the article list is computed once per statement (not per event), then each
        # event is a lookup in mentions_event
        "EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id AND m.article_id IN "
        f"(SELECT a.id FROM articles a WHERE {_SOURCE_MATCH}))",
        _text("source"),
        ids_sql="SELECT event_id FROM mentions WHERE article_id IN "
                f"(SELECT a.id FROM articles a WHERE {_SOURCE_MATCH})"),
    FilterSpec(
        "precision", "LEVEL", "events dated to that precision: " + ", ".join(PRECISIONS),
        "e.granularity = ?", _precision,
        ids_sql="SELECT id FROM events WHERE granularity = ?"),
    FilterSpec(
        "sources", "N", "events reported by at least N distinct articles",
        "e.n_sources >= ?", _number("sources"),
        ids_sql="SELECT id FROM events WHERE n_sources >= ?"),
    FilterSpec(
        # ranks rather than tests a row: the planner takes the N most salient of what the
        # rest selects (key.py); as a row condition it holds for every event
        "key", "N", "the N most salient events among what the rest of the query selects "
        "(reports, outlets, later references, leads)",
        "? > 0", _number("key", "a number from 1")),
    FilterSpec(
        "article", "ID", "events mentioned in the article with that id",
        "EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id AND m.article_id = ?)",
        _number("article", "an article id (a number)"),
        ids_sql="SELECT event_id FROM mentions WHERE article_id = ?"),
    FilterSpec(
        "is", "marked|hidden|edited", "events the analyst marked, hid (only shown when asked "
        "for) or edited (title or date)",
        f"e.id IN ({_IS_IDS})", _state, ids_sql=_IS_IDS),
    FilterSpec(
        "has", "note", "events with an analyst's note",
        f"e.id IN ({_HAS_NOTE_IDS})", _has, ids_sql=_HAS_NOTE_IDS),
    FilterSpec(
        "note", "TEXT", "events whose analyst's note contains TEXT",
        f"e.id IN ({_NOTE_IDS})", _note_text, ids_sql=_NOTE_IDS),
]}

WORD_HELP: list[tuple[str, str]] = [
    ("word", "events whose title or sentences contain the word (stemmed: captured finds capture)"),
    ('"a phrase"', "the words next to each other, in that order"),
    ("-word  -\"a phrase\"", "leave out events that contain it"),
]


def help_lines() -> list[tuple[str, str]]:
    """(syntax, meaning) pairs for the help screen and `dateline events --help`."""
    lines = list(WORD_HELP)
    lines += [(f"{f.name}:{f.arg}", f.help) for f in FILTERS.values()]
    lines.append(("", "all words and filters must hold (AND); DATE may be 2016, 2016-03, "
                      "2016-03-15, 2016-W12, \"March 2016\" or \"last May\""))
    return lines
