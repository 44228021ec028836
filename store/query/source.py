"""How a search finds the events of `source:TEXT`, by how many articles TEXT names.

Measured on a 1,000,000-event store (204,089 articles, 1.47M mentions):

- listing the articles costs ~30 ms for a big outlet through the trigram
  index (40,856 for "reuters") and ~70-400 ms for a 2-character text, which
  the trigram index cannot answer (a scan of every article's names: ~70 ms
  over article_names' content, ~400 ms over articles with their text);
- testing one event instead costs ~3 us: its mentions through mentions_event,
  then each mention's article names (one row of article_names' content, not
  the article's text) against the LIKE pattern.

So a text naming few articles (a small outlet) is listed and its events are
pulled into memory, and a text naming many is never listed: each event the
walk reaches is tested, and a page of 100 needs 100 / share tests (~400 for
an outlet in a quarter of the events). The trigram index tells which case
holds by counting up to FEW_ARTICLES (~1-7 ms); for a 2-character text, a
sample of SHORT_SAMPLE random events does (~2 ms).

The LIKE test folds ASCII case only, as the filter's own SQL does; the
trigram index folds all of Unicode. A text with non-ASCII characters is
therefore always answered from the trigram index's article list, so one
search gives the same events whichever way it is planned.

At 10,000,000 events (2,041,710 articles) a small outlet names ~5,000-6,000
articles, and the sizes move: a page of it walks ~30,000 events (~7 us a test,
200+ ms), while its articles' ~37,000 events come from mentions_article
(article_id, event_id) in ~8 us an article. Which is cheaper depends on the
store (the walk grows with it, the list does not): a text is listed up to
`list_limit` articles, the break-even of the two. And the trigram index's
answer to a long text is slow when its matches are sparse (a phrase of eight
trigrams: 40-60 ms for "courier 59", even capped at 2,000): an ASCII text is
listed from the posting list of its rarest trigram instead, each candidate
checked by the filter's LIKE over its names (~1 ms and ~2.5 us a candidate).
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
from collections.abc import Callable

FEW_ARTICLES = 2_000   # a text naming fewer articles pulls their events into memory (0: none)
PAGE_ROWS = 150        # rows a search's first screen reads (a page and half the one before)
LIST_US = 8.0          # listing one article's events through mentions_article (10M store)
TEST_US = 6.0          # testing one walked event's article names (~3 us at 1M, ~7 at 10M)
SHORT_SAMPLE = 500     # random events tested to size a 2-character text
SHORT_SAMPLE_HITS = 2  # this many hits in the sample (>= ~0.4% of events): walk and test

NAMES_LIKE = "SELECT rowid FROM article_names WHERE article_names MATCH ?"
NAMES_SCAN = "SELECT id FROM article_names_content WHERE c0 LIKE ? ESCAPE '\\'"
# one trigram's articles, each checked by the LIKE pattern over its names
NAMES_CHECKED = ("SELECT n.id FROM (SELECT rowid AS id FROM article_names WHERE article_names "
                 "MATCH ?) t CROSS JOIN article_names_content n ON n.id = t.id "
                 "WHERE n.c0 LIKE ? ESCAPE '\\'")
# as one JSON array (a row per id through the sqlite3 module costs ~1 us in Python)
# (duplicates go in the set: DISTINCT in SQL costs a third more, 41 -> 30 ms for 36,000)
EVENTS_OF = ("SELECT json_group_array(m.event_id) FROM json_each(?) j CROSS JOIN mentions m "
             "ON m.article_id = j.value")
# one event against a LIKE pattern over its articles' names (~3 us); {idx} is the
# index on mentions(event_id ...) to go through, {event} the event id
_NAMED = ("FROM mentions m INDEXED BY {idx} CROSS JOIN article_names_content n "
          "ON n.id = m.article_id WHERE m.event_id = {event} AND n.c0 LIKE ? ESCAPE '\\'")
PROBE_NAMES = "EXISTS (SELECT 1 " + _NAMED.replace("{event}", "e.id") + ")"
# a batch of events (a JSON list) at once: one statement instead of one per event
CHECK_NAMES = ("SELECT m.event_id FROM json_each(?) j CROSS JOIN "
               + _NAMED[5:].replace("{event}", "j.value"))
# one event against a list of articles (built once per statement from the JSON)
PROBE_LIST = ("EXISTS (SELECT 1 FROM mentions m INDEXED BY {idx} WHERE m.event_id = e.id "
              "AND m.article_id IN (SELECT value FROM json_each(?)))")
CHECK_LIST = ("SELECT m.event_id, m.article_id FROM json_each(?) j CROSS JOIN mentions m "
              "INDEXED BY {idx} ON m.event_id = j.value")

# a check takes event ids and returns those that pass
Check = Callable[[list[int]], set[int]]


class SourcePlan:
    """One source: filter, resolved: `events` when few, else how to test one event."""

    def __init__(self, events: set[int] | None = None, probe: tuple[str, list] | None = None,
                 check: Check | None = None, why: str = ""):
        self.events = events    # every event of the named articles, or None when many
        self.probe = probe      # (SQL condition over e, params) for walks and samples
        self.check = check      # the same test for a batch of event ids, from Python
        self.why = why


def _rng(seed: int):
    """A seeded sampler; `random` is imported here, off the start path (it loads hashlib)."""
    import random

    return random.Random(seed)


def plan_source(conn: sqlite3.Connection, pattern: str) -> SourcePlan:
    """How to find the events of one source: filter (`pattern` is its LIKE value)."""
    text = like_text(pattern)
    limit = list_limit(conn)
    listed = None
    if len(text) >= 3 and text.isascii() and limit > 0:
        listed = checked_articles(conn, text, pattern, 2 * limit)
    if listed is not None:
        many = len(listed) >= limit
    elif len(text) >= 3:
        many = capped(conn, NAMES_LIKE, [_fts_phrase(text)], FEW_ARTICLES) >= FEW_ARTICLES
    else:
        many = _sample_hits(conn, pattern) >= SHORT_SAMPLE_HITS
    idx = event_index(conn)
    if many and text.isascii():
        def by_name(event_ids: list[int]) -> set[int]:
            return {i for (i,) in conn.execute(CHECK_NAMES.format(idx=idx),
                                               (json.dumps(event_ids), pattern))}
        return SourcePlan(probe=(PROBE_NAMES.format(idx=idx), [pattern]), check=by_name,
                          why="each event's article names tested")
    articles = listed if listed is not None else source_articles(conn, pattern)
    if listed is None and (many or len(articles) >= FEW_ARTICLES):  # non-ASCII, naming many
        in_list = set(articles)

        def in_articles(event_ids: list[int]) -> set[int]:
            return {i for i, a in conn.execute(CHECK_LIST.format(idx=idx), (json.dumps(event_ids),))
                    if a in in_list}
        return SourcePlan(probe=(PROBE_LIST.format(idx=idx), [json.dumps(articles)]),
                          check=in_articles,
                          why=f"each event tested against {len(articles)} articles")
    (found,) = conn.execute(EVENTS_OF, [json.dumps(articles)]).fetchone()
    events = set(json.loads(found))
    return SourcePlan(events=events, why=f"{len(articles)} articles' events in memory")


def list_limit(conn: sqlite3.Connection) -> int:
    """The most articles a text may name and still be listed: where listing them (their
    events through mentions_article, LIST_US an article) costs what a page of tests
    would (PAGE_ROWS over the share of events they report, TEST_US each). The share is
    articles x events an article / events, so the break-even is the square root below;
    at least FEW_ARTICLES (2,000 at 1,000,000 events, ~13,000 at 10,000,000); 0 when
    FEW_ARTICLES is 0 (never listed)."""
    if FEW_ARTICLES <= 0:
        return 0
    events, mentions, articles = conn.execute(
        "SELECT (SELECT max(id) FROM events), (SELECT max(id) FROM mentions), "
        "(SELECT max(id) FROM articles)").fetchone()
    if not events or not mentions or not articles:
        return FEW_ARTICLES
    per_article = max(1.0, mentions / articles)  # an article's events, at most its mentions
    return max(FEW_ARTICLES, int(math.sqrt(PAGE_ROWS * events * TEST_US / (per_article * LIST_US))))


def checked_articles(conn: sqlite3.Connection, text: str, pattern: str,
                     cap: int) -> list[int] | None:
    """The articles whose names match `pattern` (an ASCII text of 3+ characters), from the
    posting list of its rarest trigram, each checked by the LIKE; None when every trigram
    of the text is in `cap` articles or more (a big outlet: not worth listing)."""
    trigrams = list(dict.fromkeys(text[i:i + 3].lower() for i in range(len(text) - 2)))
    best, fewest = None, 0
    # counted under a cap raised 8-fold at a time (1,024, 8,192, ... `cap`): a count costs
    # its cap, so the common trigrams of a text cost little before a rare one is found
    bound = min(1024, cap)
    while best is None:
        fewest = bound
        for trigram in trigrams:
            n = capped(conn, NAMES_LIKE, [_fts_phrase(trigram)], fewest)
            if n < fewest:
                best, fewest = trigram, n
        if bound >= cap:
            break
        bound = min(bound * 8, cap)
    if best is None:
        return None
    return [i for (i,) in conn.execute(NAMES_CHECKED, (_fts_phrase(best), pattern))]


_SOURCE_CACHE: dict[tuple, tuple[sqlite3.Connection, tuple[int, int], list[int]]] = {}
SOURCE_CACHE_SIZE = 16


def source_articles(conn: sqlite3.Connection, pattern: str) -> list[int]:
    """Articles whose outlet, title, path or url match a LIKE pattern; cached.

    A search refined word by word ("source:bbc", "source:bbc palmyra", ...)
    reuses the list until the store changes (PRAGMA data_version for other
    connections, total_changes for this one).
    """
    version = (conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes)
    key = (id(conn), pattern)
    hit = _SOURCE_CACHE.get(key)
    if hit is not None and hit[0] is conn and hit[1] == version:
        return hit[2]
    text = like_text(pattern)
    if len(text) >= 3:  # the trigram index answers substrings of 3 characters or more
        articles = [i for (i,) in conn.execute(NAMES_LIKE, (_fts_phrase(text),))]
    else:  # a scan of the names alone (~70 ms on 200,000 articles), not of the articles
        articles = [i for (i,) in conn.execute(NAMES_SCAN, (pattern,))]
    if len(_SOURCE_CACHE) >= SOURCE_CACHE_SIZE:
        _SOURCE_CACHE.pop(next(iter(_SOURCE_CACHE)))
    _SOURCE_CACHE[key] = (conn, version, articles)  # holding conn keeps id(conn) unique
    return articles


def like_text(pattern: str) -> str:
    """The user's text back from the filter's LIKE value "%...%"."""
    return re.sub(r"\\(.)", r"\1", pattern[1:-1])


def _fts_phrase(text: str) -> str:
    return '"' + text.replace("\x00", " ").replace('"', '""') + '"'


def capped(conn: sqlite3.Connection, sql: str, params: list, cap: int) -> int:
    """How many rows `sql` gives, counting no further than `cap`."""
    return conn.execute(f"SELECT count(*) FROM ({sql} LIMIT ?)", [*params, cap]).fetchone()[0]


def _sample_hits(conn: sqlite3.Connection, pattern: str, seed: int = 0) -> int:
    """How many of SHORT_SAMPLE random events an article named by `pattern` reports."""
    top = conn.execute("SELECT max(id) FROM events").fetchone()[0] or 0
    if not top or SHORT_SAMPLE <= 0:
        return 0
    rng = _rng(seed)
    sample = json.dumps([rng.randint(1, top) for _ in range(SHORT_SAMPLE)])
    return conn.execute(
        "SELECT count(*) FROM json_each(?) j WHERE EXISTS (SELECT 1 "
        + _NAMED.format(idx=event_index(conn), event="j.value") + ")",
        (sample, pattern)).fetchone()[0]


def event_index(conn: sqlite3.Connection) -> str:
    """The index that finds an event's mentions: one on (event_id, article_id) (it answers
    a probe without reading the mention's row, which holds its sentence), else any that
    opens on event_id (mentions_event, which the compact_store migration dropped)."""
    fallback = "mentions_event"
    for _seq, name, *_ in conn.execute("PRAGMA index_list(mentions)"):
        cols = [c for _, _, c in conn.execute("SELECT * FROM pragma_index_info(?)", (name,))]
        if cols[:2] == ["event_id", "article_id"]:
            return name
        if cols[:1] == ["event_id"]:
            fallback = name
    return fallback
