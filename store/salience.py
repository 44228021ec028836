"""How much an event matters, from what the store knows, kept current at ingest.

Journalists who write timelines pick the happenings that many reports tell,
that later reports keep referring back to, and that reports open with. So an
event's salience is built from its own counters, each changed only when an
article joins or leaves the event (one article never recounts the store):

- n_sources: distinct articles that report it;
- n_outlets: distinct outlets among them (one outlet's ten rewrites weigh less
  than three outlets);
- n_later:   sources published after the event's day (the story kept referring
  back to it, rather than announcing it once);
- n_early:   sources that tell it in their lead (the first LEAD_CHARS
  characters), not deep in a background paragraph.

Key dates are days, and a day is also judged by the articles around it:
`day_refs` counts, for each day, the distinct articles with a day-precise
phrase on it (or their own lead news that day), those published later, and the
articles published on it. An article adds to or takes from the rows of its own
days only.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

LEAD_CHARS = 400   # a mention whose sentence starts this early is in the article's lead
W_LATER = 0.5      # a later article referring back counts half again
W_OUTLET = 1.0     # each outlet beyond the first
W_EARLY = 0.5      # each source that tells it in its lead


def score(n_sources: int, n_outlets: int, n_later: int, n_early: int) -> float:
    return round(n_sources + W_OUTLET * max(n_outlets - 1, 0) + W_LATER * n_later
                 + W_EARLY * n_early, 3)


# the same formula over an events row, for UPDATE statements and migrations
SCORE_SQL = (f"round(n_sources + {W_OUTLET} * max(n_outlets - 1, 0) + {W_LATER} * n_later "
             f"+ {W_EARLY} * n_early, 3)")

# counters of one event recomputed from its mentions (a rebuild, a migration)
RECOUNT_SQL = f"""
UPDATE events SET
  n_outlets = (SELECT count(DISTINCT coalesce(a.outlet, '')) FROM mentions m
               JOIN articles a ON a.id = m.article_id WHERE m.event_id = events.id),
  n_later = (SELECT count(DISTINCT m.article_id) FROM mentions m
             JOIN articles a ON a.id = m.article_id
             WHERE m.event_id = events.id AND m.lead = 0 AND a.published > events.start),
  n_early = (SELECT count(DISTINCT m.article_id) FROM mentions m
             WHERE m.event_id = events.id AND (m.lead = 1 OR m.sentence_start < {LEAD_CHARS}))
"""


def recount(conn: sqlite3.Connection, event_id: int | None = None) -> None:
    """Recompute the counters and salience of one event, or of all (a migration)."""
    where, params = (" WHERE id = ?", (event_id,)) if event_id is not None else ("", ())
    conn.execute(RECOUNT_SQL + where, params)
    conn.execute(f"UPDATE events SET salience = {SCORE_SQL}" + where, params)


def is_early(sentence_start: int, lead: bool) -> bool:
    return lead or sentence_start < LEAD_CHARS


def is_later(published: str | None, start: str) -> bool:
    """Published after the day it tells of (the caller leaves out an article's lead news)."""
    return bool(published) and published[:10] > start[:10]


# --- days -----------------------------------------------------------------------------

def article_days(rows: Iterable[tuple[str, str]]) -> set[str]:
    """The days an article's mentions put on the timeline: (granularity, start_date) rows."""
    return {start[:10] for gran, start in rows if gran == "day" and start}


def count_article(conn: sqlite3.Connection, published: str | None, days: set[str],
                  delta: int) -> None:
    """Add (+1) or take away (-1) one article's days and publication day in `day_refs`."""
    pub = (published or "")[:10]
    rows = [(d, delta, delta if pub and pub > d else 0, 0) for d in sorted(days)]
    if pub:
        rows.append((pub, 0, 0, delta))
    conn.executemany(
        "INSERT INTO day_refs (day, articles, later, published) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(day) DO UPDATE SET articles = articles + excluded.articles, "
        "later = later + excluded.later, published = published + excluded.published", rows)
    if delta < 0:
        conn.executemany("DELETE FROM day_refs WHERE day = ? AND articles <= 0 AND published <= 0",
                         [(r[0],) for r in rows])


# rebuilding day_refs from the mentions (the migration that adds it)
FILL_DAY_REFS = [
    """INSERT INTO day_refs (day, articles, later, published)
       SELECT substr(m.start_date, 1, 10), count(DISTINCT m.article_id),
              count(DISTINCT CASE WHEN substr(a.published, 1, 10) > substr(m.start_date, 1, 10)
                                  THEN m.article_id END), 0
       FROM mentions m JOIN articles a ON a.id = m.article_id
       WHERE m.granularity = 'day' AND m.start_date IS NOT NULL GROUP BY 1""",
    """INSERT INTO day_refs (day, articles, later, published)
       SELECT substr(published, 1, 10), 0, 0, count(*) FROM articles
       WHERE published IS NOT NULL GROUP BY 1
       ON CONFLICT(day) DO UPDATE SET published = excluded.published""",
]


def rebuild(conn: sqlite3.Connection) -> None:
    """Every event's salience and every day's counts from the mentions (bulk builds)."""
    recount(conn)
    conn.execute("DELETE FROM day_refs")
    for sql in FILL_DAY_REFS:
        conn.execute(sql)


# --- in words -------------------------------------------------------------------------

def _n(k: int, one: str, many: str | None = None) -> str:
    return f"{k:,} {one if k == 1 else (many or one + 's')}"


def reason(conn: sqlite3.Connection, event_id: int, ranks: dict | None = None) -> str:
    """Why an event ranks where it does, in words for the details pane.

    `ranks` remembers, for a caller that explains many events of an unchanged store, how
    many events outrank each salience: the count walks the index past every higher event
    (76 ms for a typical event of 10,000,000, up to 0.6 s), and the events share a few
    dozen salience values."""
    r = conn.execute(
        "SELECT salience, n_sources, n_outlets, n_later, n_early, start, granularity "
        "FROM events WHERE id = ?", (event_id,)).fetchone()
    if r is None:
        return ""
    sal, ns, no, nl, ne, start, gran = r
    # an index range count: cheap for the salient events people look at
    higher = ranks.get(sal) if ranks is not None else None
    if higher is None:
        higher = conn.execute("SELECT count(*) FROM events WHERE salience > ?",
                              (sal,)).fetchone()[0]
        if ranks is not None:
            ranks[sal] = higher
    parts = [f"reported by {_n(ns, 'article')}" + (f" from {_n(no, 'outlet')}" if no > 1 else "")]
    if nl:
        parts.append(f"{_n(nl, 'later article')} refer{'s' if nl == 1 else ''} back to it")
    if ne:
        parts.append(f"{_n(ne, 'article')} tell{'s' if ne == 1 else ''} it in the lead")
    if gran == "day":
        day = conn.execute("SELECT articles, published FROM day_refs WHERE day = ?",
                           (start[:10],)).fetchone()
        if day and day[0] > ns:
            parts.append(f"{_n(day[0], 'article')} date news to this day")
        if day and day[1]:
            parts.append(f"{_n(day[1], 'article')} published that day")
    return f"salience {sal:g}, rank {higher + 1:,}: " + "; ".join(parts)
