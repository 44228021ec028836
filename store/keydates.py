"""Key dates: the days a story turns on, each told in a few of its sources' sentences.

A journalist's timeline of a story picks 10 to 60 days. The days that matter
are the ones many articles date news to: the day itself is reported, and
later articles keep referring back to it. So a day's score is the number of
distinct articles whose day-precise phrases (or own lead news) fall on it,
plus half an article for each article published on it or the two days after:
a happening sets off a burst of coverage, and a report filed the next morning
often names no day at all ("officials said", "residents are still clearing
mud"). Measured on the Timeline17 development stories, weighting later
references, lead position, outlets, month-precise phrases, distance, local
coverage or the diversity of picked days lost dates or gained none that held
across nearby weights (bench/README.md has the figures); those signals rank the
events within a day instead (store/salience.py).

Days are taken in score order, but no more than STRETCH_MAX of any STRETCH_DAYS
consecutive days (class Stretch): in a busy stretch every day scores high, and
a timeline spends its seats on the stretch's turning points and on the quieter
months around it. Measured, this held over a wide range of caps and lost no
story; a soft penalty for nearby picks, tried before, lost as much as it won.

Each key day is told by K sentences from its events' sources: the ones that
share the most words with the day's other sentences (what most reports say),
skipping any that repeat one already chosen.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json

from .browse import Browser
from .query.plan import all_ids
from .record import field, record
from .similarity import terms as salient_terms

BURST_DAYS = 3        # the day and the two after it
W_BURST = 0.5         # an article published in that window, against one dating news to the day
STRETCH_MAX, STRETCH_DAYS = 10, 14   # at most 10 key days in any two weeks (class Stretch)
MIN_DEFAULT, MAX_DEFAULT = 10, 60   # the default number of dates, as journalists pick
DEFAULT_MIN_ARTICLES = 3            # ... counting the days at least this many articles date
MAX_SENTENCE = 300    # longer "sentences" are page text without stops, or too much for a line
W_ORDER = 0.2         # each event further down the day's salience order counts a little less
REPEAT = 0.5          # a sentence sharing this share of its terms with a chosen one repeats it
MAX_SOURCES = 25      # sources listed for one date
TOLD_BY = 20          # the day's most salient events whose sentences tell it
# The days' mentions and articles are a few thousand pages scattered over the file
# (1M events, one month: ~2,500): read through a memory map, each costs no read call
# and no copy (10 ms of 37 there). Only while telling: the connection is the caller's.
MAP_BYTES = 1 << 31   # SQLite's own limit (a bigger store maps its first 2 GB)


@record
class KeyDate:
    date: str
    score: float
    summary: list[str] = field(default_factory=list)
    events: list[int] = field(default_factory=list)
    sources: list[dict] = field(default_factory=list)

    def as_json(self) -> dict:
        return {"date": self.date, "score": self.score, "summary": self.summary,
                "events": self.events, "sources": self.sources}


def default_count(day_scores: dict[str, float], articles: dict[str, int]) -> int:
    """How many dates to show when not told: the days that at least DEFAULT_MIN_ARTICLES
    articles date news to, kept between MIN_DEFAULT and MAX_DEFAULT."""
    strong = sum(1 for d in day_scores if articles.get(d, 0) >= DEFAULT_MIN_ARTICLES)
    return max(MIN_DEFAULT, min(MAX_DEFAULT, strong))


def key_dates(browser: Browser, n: int | None = None, k: int = 1) -> list[KeyDate]:
    """The `n` key days of what the browser's query selects, in date order."""
    conn = browser.conn
    plan = browser.plan
    lo, hi = plan.start_lo, plan.start_hi
    if plan.dates_only or not browser.compiled.has_filters:
        articles = _day_refs(conn, lo, hi)
        events_of = None
    else:
        ids = all_ids(conn, plan, "e.granularity = 'day'")
        articles, events_of = _articles_by_day(conn, ids)
    if not articles:
        return []
    burst = _bursts(_published(conn, min(articles), max(articles)))
    scores = {d: a + W_BURST * burst(d) for d, a in articles.items()}
    n = n or default_count(scores, articles)
    hidden = browser.hidden_ids  # the analyst's hidden events tell no date
    ranked = sorted(scores, key=lambda d: (-scores[d], d))
    told: list[tuple[str, list[int]]] = []
    crowded: list[tuple[str, list[int]]] = []   # passed over for a busy stretch, in rank order
    stretch = Stretch()
    at = 0
    while len(told) < n and at < len(ranked):
        # the days still wanted, read together (a day whose events are all hidden or
        # coarser is passed over, and the next one is read in the following round)
        days = ranked[at:at + n - len(told)]
        at += len(days)
        by_day = _by_salience(conn, days, events_of, hidden)
        for d in days:
            if not by_day.get(d):
                continue
            if stretch.room(d):  # (a round reads no more days than are still wanted)
                stretch.add(d)
                told.append((d, by_day[d]))
            else:
                crowded.append((d, by_day[d]))
    told += crowded[:n - len(told)]   # fewer days than asked otherwise: the stretch gives way
    mapped = conn.execute("PRAGMA mmap_size").fetchone()[0]
    conn.execute(f"PRAGMA mmap_size = {MAP_BYTES}")
    try:
        out = _tell(conn, [(d, round(scores[d], 2), ids) for d, ids in told], k)
    finally:
        conn.execute(f"PRAGMA mmap_size = {mapped}")
    return sorted(out, key=lambda kd: kd.date)


class Stretch:
    """The key days chosen so far, and whether one more fits: at most STRETCH_MAX of any
    STRETCH_DAYS consecutive days.

    A busy stretch (a hearing a day, markets falling all week) has a high score on
    every one of its days, but a timeline lists its turning points and keeps seats
    for the quieter months around it; a day passed over here is taken again only
    when the store has too few other days to fill the count asked for.
    """

    def __init__(self) -> None:
        self.picked: list[int] = []   # day numbers, sorted

    def room(self, day: str) -> bool:
        o = dt.date.fromisoformat(day).toordinal()
        near = self.picked[bisect.bisect_left(self.picked, o - STRETCH_DAYS + 1):
                           bisect.bisect_right(self.picked, o + STRETCH_DAYS - 1)]
        # every window of STRETCH_DAYS days that holds the day: its picks, plus this one
        return all(sum(1 for x in near if s <= x < s + STRETCH_DAYS) < STRETCH_MAX
                   for s in range(o - STRETCH_DAYS + 1, o + 1))

    def add(self, day: str) -> None:
        bisect.insort(self.picked, dt.date.fromisoformat(day).toordinal())


def _day_refs(conn, lo: str | None, hi: str | None) -> dict[str, int]:
    rows = conn.execute(
        "SELECT day, articles FROM day_refs WHERE articles > 0 AND (? IS NULL OR day >= ?) "
        "AND (? IS NULL OR day < ?)", (lo, lo, hi, hi))
    return {d: a for d, a in rows}


def _articles_by_day(conn, ids: list[int]) -> tuple[dict[str, int], dict[str, list[int]]]:
    """Distinct articles and events of each day, over the given day events."""
    articles: dict[str, int] = {}
    events: dict[str, list[int]] = {}
    for day, n, eids in conn.execute(
            "SELECT e.start, count(DISTINCT m.article_id), group_concat(DISTINCT e.id) "
            "FROM json_each(?) j CROSS JOIN events e ON e.id = j.value "
            "JOIN mentions m ON m.event_id = e.id GROUP BY e.start", (json.dumps(ids),)):
        articles[day[:10]] = n
        events[day[:10]] = [int(x) for x in eids.split(",")]
    return articles, events


def _published(conn, first: str, last: str) -> dict[str, int]:
    end = (dt.date.fromisoformat(last) + dt.timedelta(days=BURST_DAYS)).isoformat()
    return dict(conn.execute("SELECT day, published FROM day_refs WHERE day >= ? AND day <= ? "
                             "AND published > 0", (first, end)))


def _bursts(published: dict[str, int]):
    """day -> articles published on it and the BURST_DAYS - 1 days after (day numbers, not
    date arithmetic: a store has thousands of days to score)."""
    by_ordinal = {dt.date.fromisoformat(d).toordinal(): n for d, n in published.items()}

    def burst(day: str) -> int:
        o = dt.date.fromisoformat(day).toordinal()
        return sum(by_ordinal.get(o + i, 0) for i in range(BURST_DAYS))
    return burst


def _by_salience(conn, days: list[str], events_of: dict[str, list[int]] | None,
                 hidden: set[int]) -> dict[str, list[int]]:
    """Each day's day-precise events (those of `events_of` when the query filters them),
    most salient first, in one query for all the days: the index holds the order, so no
    event row is read."""
    keep = None if events_of is None else {i for d in days for i in events_of.get(d) or ()}
    out: dict[str, list[int]] = {}
    for start, i in conn.execute(
            "SELECT start, id FROM events INDEXED BY events_day_salience "
            "WHERE granularity = 'day' AND start IN (SELECT value FROM json_each(?)) "
            "ORDER BY start, salience DESC, id", (json.dumps(days),)):
        if i not in hidden and (keep is None or i in keep):
            out.setdefault(start, []).append(i)
    return out


def _tell(conn, days: list[tuple[str, float, list[int]]], k: int) -> list[KeyDate]:
    """Each day's summary sentences and source articles, from its TOLD_BY most salient
    events: on a big store a day holds hundreds of events, and the rest add nothing a
    reader of K sentences would see. All the days' mentions come in one query, and only
    the articles listed as sources are read (a day's mentions cite many more)."""
    tellers = [i for _d, _s, ids in days for i in ids[:TOLD_BY]]
    mentions: dict[int, list[tuple[str, int]]] = {}
    for eid, sentence, article in conn.execute(
            "SELECT m.event_id, m.sentence, m.article_id FROM json_each(?) j "
            "CROSS JOIN mentions m ON m.event_id = j.value ORDER BY j.key, m.id",
            (json.dumps(tellers),)):
        mentions.setdefault(eid, []).append((sentence, article))
    told = []
    for day, score, ids in days:
        rows = [r for i in ids[:TOLD_BY] for r in mentions.get(i, ())]
        cited = list(dict.fromkeys(a for _s, a in rows))[:MAX_SOURCES]
        sentences = list(dict.fromkeys(" ".join(s.split()) for s, _a in rows))
        told.append((day, score, ids, sentences, cited))
    articles = {r[0]: r for r in conn.execute(
        "SELECT a.id, a.outlet, a.title, a.url, a.path, a.published FROM articles a "
        "WHERE a.id IN (SELECT value FROM json_each(?))",
        (json.dumps([a for t in told for a in t[4]]),))}
    return [KeyDate(day, score, summarise(sentences, k), ids,
                    [_source(articles[a]) for a in cited])
            for day, score, ids, sentences, cited in told]


def _source(r: tuple) -> dict:
    return {"article": r[0], "outlet": r[1], "title": r[2], "url": r[3], "path": r[4],
            "published": r[5]}


def summarise(sentences: list[str], k: int) -> list[str]:
    """The `k` sentences most typical of the day, none repeating another.

    A sentence scores the mean, over its terms, of how many of the day's
    sentences hold that term: what several reports say outweighs one report's
    detail, and a long sentence does not win on length alone. Sentences come
    in the order of their events' salience, and a later one counts a little
    less (W_ORDER), so ties go to the day's main event.
    """
    # a question reports nothing ("What happened in the quake?")
    usable = [s for s in sentences if 20 <= len(s) <= MAX_SENTENCE
              and not s.rstrip(" \"'”’").endswith("?")] or sentences[:1]
    bags = [set(salient_terms(s)) for s in usable]
    df: dict[str, int] = {}
    for bag in bags:
        for t in bag:
            df[t] = df.get(t, 0) + 1

    def centrality(i: int) -> float:
        bag = bags[i]
        return sum(df[t] for t in bag) / (len(bag) + 1) / (1 + W_ORDER * i)

    order = sorted(range(len(usable)), key=lambda i: (-centrality(i), i))
    chosen: list[int] = []
    for i in order:
        if len(chosen) >= k:
            break
        if any(_repeats(bags[i], bags[j]) for j in chosen):
            continue
        chosen.append(i)
    return [usable[i] for i in chosen]


def _repeats(a: set[str], b: set[str]) -> bool:
    return bool(a) and len(a & b) >= REPEAT * min(len(a), len(b) or 1)
