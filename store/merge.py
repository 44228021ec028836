"""Mentions into events: one event per happening, however many outlets tell it.

Adding an article must cost the same in a store of ten thousand articles as in
one of a million, so a mention is compared only with the events it shares a
blocking key with, never with the whole store. A key is a date bucket and a
salient term: a day event is filed under "d:2016-03-25|soldier" and
"m:2016-03|soldier", an event on a week, month or season under each month it
touches ("M:2015-05|palmyra"), years under "y:", longer spans under their
decade. A day mention looks in its day and among the coarse events of its
month; a month mention looks among the coarse events of its month and, by its
rare terms only, the days inside it. Each key is read with a LIMIT (`KEY_CAP`):
a term carried by more events than that in one bucket tells no happening from
another and is not followed, which also keeps the cost flat as the store grows.

A term weighs more the fewer events of the same month carry it ("Palmyra" in a
month of Palmyra news weighs little, "Iskanderiyah" a lot). Two spans are
compatible when equal, or when one lies inside the other. On the same span a
mention joins an event when they share two terms holding half of the mention's
weight, or three holding 30% (`SAME_RULES`; paraphrases share little more
than who, did what, where), the weight counted up to `FULL`. A day inside a
month event (or a month mention meeting a day event) must be clearly the same
happening: three shared terms holding 60% of the whole mention, or four
holding 45% (`NESTED_RULES`). The same sentence syndicated verbatim always
joins an event on a compatible span. The best score wins, ties go to the
older event, so the result depends only on the order articles arrive in.

The event keeps the most precise span among its mentions and the most
informative title (the first one wins ties); its body (and so, by trigger,
its FTS row), keys, counters and the period counts change in the caller's
transaction with its mentions.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import math
import re
import sqlite3
from dataclasses import dataclass
from functools import lru_cache

from . import counts, salience
from .events import title_and_terms
from .model import MentionDraft
from .similarity import STOPWORDS, overlap, weight

_WORD = re.compile(r"[A-Za-z]{3,}|\d+")
KEY_CAP = 12          # events read per key; above it the term is too common to block on
DAYS_OF_MONTH_CAP = 6  # the same for the day events of a month that a month mention probes
MAX_TERMS = 16        # terms an event is filed under
MAX_PROBE_TERMS = 24  # a mention's terms that look for events (its clause's come first)
FULL = 6.0           # shared weight that proves a same-span match however long the sentence
MAX_CANDIDATES = 8    # events scored per mention, the most promising first
# (shared terms, weighted overlap) either of which admits a merge on the same span
SAME_RULES = ((2, 0.5), (3, 0.3))
NESTED_RULES = ((3, 0.6), (4, 0.45))


@lru_cache(maxsize=4096)
def _days(start: str, end: str) -> int:
    return (dt.date.fromisoformat(end[:10]) - dt.date.fromisoformat(start[:10])).days


def _months(start: str, end: str) -> list[str]:
    y, m = int(start[:4]), int(start[5:7])
    ey, em = int(end[:4]), int(end[5:7])
    out = []
    while (y, m) <= (ey, em) and len(out) < 13:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def buckets(start: str, end: str) -> list[str]:
    """The date buckets an event on a span is filed under, most precise first.

    A day goes under its day ("d:") and its month ("m:"); a span of a few
    weeks or months under each month it touches ("M:"), years under "y:",
    longer spans under their decade ("D:"). Keeping days ("m:") and coarse
    spans ("M:") apart lets a day mention look for coarse events of its month
    without reading every day event of that month.
    """
    start, end = start[:10], (end or start)[:10]
    span = _days(start, end)
    if span <= 0:
        return [f"d:{start}", f"m:{start[:7]}"]
    if span <= 100:
        return [f"M:{m}" for m in _months(start, end)]
    years = range(int(start[:4]), int(end[:4]) + 1)
    if len(years) <= 3:
        return [f"y:{y}" for y in years]
    return [f"D:{start[:3]}"]


def probes(start: str, end: str) -> list[str]:
    """The buckets to look in for events a mention on this span may merge with."""
    return _probes_of(buckets(start, end))


def _probes_of(filed: list[str]) -> list[str]:
    if filed[0].startswith("d:"):
        return [filed[0], "M" + filed[1][1:]]          # same day, coarse events of the month
    if filed[0].startswith("M:"):
        return filed + ["m" + b[1:] for b in filed]     # coarse events and the days inside
    return filed


@lru_cache(maxsize=4096)
def _title_score(title: str) -> int:
    """More distinct content words is more informative; a cut-off title loses a point."""
    words = {w.lower() for w in _WORD.findall(title)} - STOPWORDS
    return min(len(words), 8) - (1 if title.endswith("…") else 0)


@dataclass
class _Event:
    """An event as merging sees it; while an article goes in, also what it will write."""
    id: int
    value: str
    start: str
    end: str
    granularity: str
    title: str
    keys: set[str] | None = None  # its blocking keys, once it is joined
    body: str = ""                # events.body: its distinct sentences, what search reads
    new: bool = False             # made by this article
    more_mentions: int = 0
    more_sources: int = 0
    told: bool = False            # the article in hand reports it (salience counts it once)
    told_early: bool = False      # ... in its lead
    told_later: bool = False      # ... in a sentence of its own, not its lead news
    # (an event the article told is the one whose row flush updates)


def _compat(a_start: str, a_end: str, b_start: str, b_end: str) -> str | None:
    if (a_start, a_end) == (b_start, b_end):
        return "same"
    if (a_start >= b_start and a_end <= b_end) or (b_start >= a_start and b_end <= a_end):
        return "nested"
    return None


def _split_keys(keys: set[str]) -> tuple[list[str], list[str], set[str]]:
    """(buckets, terms, keys) of an event's keys."""
    bks: dict[str, None] = {}
    tms: dict[str, None] = {}
    for k in sorted(keys):
        b, _, t = k.partition("|")
        bks[b] = None
        tms[t] = None
    return list(bks), list(tms), keys


def _cap(bucket: str) -> int:
    """Events read per key: the days of a month are many, so only rare terms lead there."""
    return DAYS_OF_MONTH_CAP if bucket[0] == "m" else KEY_CAP


def _rarity_buckets(probe: list[str]) -> list[str]:
    """Where to count how common a term is: the whole month(s) of the span, days and coarse."""
    return list(_rarity_of(tuple(probe)))


@lru_cache(maxsize=4096)
def _rarity_of(probe: tuple[str, ...]) -> tuple[str, ...]:
    months = {b[2:] for b in probe if b[0] in "dmM"}
    out = tuple(f"{k}:{m}" for m in sorted(months) for k in "mM")
    return out or probe


class _ArticleKeys:
    """The event ids under every key an article's mentions probe, read in one statement.

    Mentions of one article merge one after another (a repeat joins the event its first
    telling made), so keys filed while the article goes in are added to what was read:
    a key's first `n` ids are then what a `LIMIT n` on the table would give. Held as
    bucket -> term -> ids, so a probe looks up its bucket once; the ids stay the text
    SQLite sent ("12,40,41") until a probe needs them, since a common key is only counted.
    """

    def __init__(self, conn: sqlite3.Connection, keys: list[str]):
        self.ids: dict[str, dict[str, list[int] | str]] = {}
        if keys:
            for key, ids in conn.execute(_READ_KEYS, (KEY_CAP + 1, json.dumps(keys))):
                if ids:
                    b, _, t = key.partition("|")
                    self.ids.setdefault(b, {})[t] = ids

    def filed(self, rows: list[tuple[str, int]]) -> None:
        for key, eid in rows:
            b, _, t = key.partition("|")
            terms = self.ids.setdefault(b, {})
            ids = terms.get(t)
            if ids is None:
                terms[t] = [eid]
            else:
                if isinstance(ids, str):
                    ids = terms[t] = _parse(ids)
                bisect.insort(ids, eid)


def _parse(ids: str) -> list[int]:
    return sorted(map(int, ids.split(",")))


# the lowest KEY_CAP + 1 event ids of each key (the most any probe or rarity count reads)
_READ_KEYS = (
    "SELECT j.value, (SELECT group_concat(event_id) FROM (SELECT event_id FROM event_keys "
    "WHERE key = j.value ORDER BY event_id LIMIT ?)) FROM json_each(?) AS j")


def _probe_keys(probe: list[str], words: list[str]) -> list[str]:
    """Every key `_candidates` reads for a mention: its probes and the rarity counts."""
    rarity = [b for b in _rarity_buckets(probe) if b not in probe]
    return [f"{b}|{t}" for b in probe + rarity for t in words]


@lru_cache(maxsize=1024)
def _weight(df: int) -> float:
    return weight(df)


def _candidates(keys: _ArticleKeys, probe: list[str], words: list[str]
                ) -> tuple[dict[int, set[str]], dict[str, float]]:
    """Events sharing a probe key with the mention, and each term's weight by its rarity.

    A term's rarity is counted over the month around the span (capped at KEY_CAP
    events a key), so "Palmyra" in a month of Palmyra news weighs little and the
    name of a stadium a lot.
    """
    if not words:
        return {}, {}
    df = dict.fromkeys(words, 0)
    counted = _rarity_of(tuple(probe))
    for b in counted:
        if b not in probe and b in keys.ids:
            get = keys.ids[b].get
            for t in words:
                ids = get(t)
                if ids:
                    n = ids.count(",") + 1 if type(ids) is str else len(ids)
                    df[t] += n if n <= KEY_CAP else KEY_CAP + 1
    found: dict[int, set[str]] = {}
    for b in probe:
        if b not in keys.ids:
            continue
        by_term = keys.ids[b]
        cap = _cap(b)
        count = b in counted
        for t in words:
            ids = by_term.get(t)
            if not ids:
                continue
            n = ids.count(",") + 1 if type(ids) is str else len(ids)  # inline: hot
            if count:
                df[t] += min(n, cap + 1)
            if n <= cap:
                if isinstance(ids, str):
                    ids = by_term[t] = _parse(ids)
                for eid in ids:
                    if eid in found:
                        found[eid].add(t)
                    else:
                        found[eid] = {t}
    weights = {t: _weight(max(n - 1, 0)) for t, n in df.items()}
    return found, weights


class _ArticleWrites:
    """What an article changes, held until its last mention is merged.

    Later mentions of the article see the events as the earlier ones left them
    (`events`, `keys`, `mentions`); `flush` then writes each table in one batch.
    """

    def __init__(self, conn: sqlite3.Connection, keys: _ArticleKeys, article_id: int):
        self.conn = conn
        self.keys = keys
        self.published, self.outlet = conn.execute(
            "SELECT published, outlet FROM articles WHERE id = ?", (article_id,)).fetchone() or (
            None, None)
        self.events: dict[int, _Event] = {}
        self.key_rows: list[tuple[str, int]] = []
        self.mentions: list[tuple] = []
        self.moved: dict[str, int] = {}

    def file_keys(self, ev: _Event, bks: list[str], words: list[str]) -> None:
        assert ev.keys is not None
        rows = [(k, ev.id) for b in bks for t in words if (k := f"{b}|{t}") not in ev.keys]
        ev.keys.update(k for k, _ in rows)
        self.key_rows += rows
        self.keys.filed(rows)

    def move(self, start: str, delta: int) -> None:
        self.moved[start] = self.moved.get(start, 0) + delta

    def told(self, ev: _Event, d: MentionDraft) -> None:
        ev.told = True
        ev.told_early = ev.told_early or salience.is_early(d.sentence_start, d.lead)
        ev.told_later = ev.told_later or not d.lead

    def _new_outlet(self, ev: _Event) -> int:
        """1 when no other source of a joined event comes from this article's outlet."""
        if ev.new:
            return 1
        return 0 if self.conn.execute(
            "SELECT 1 FROM mentions m JOIN articles a ON a.id = m.article_id "
            "WHERE m.event_id = ? AND a.outlet IS ? LIMIT 1", (ev.id, self.outlet)).fetchone() else 1

    def flush(self) -> None:
        # raw executemany, not sqlite-utils' insert_all/upsert_all: for an article's 10 mentions
        # insert_all took 2.3 ms against 0.44 ms (bench/README.md), a fifth of the 10 ms budget
        conn = _SkipEmpty(self.conn)
        told = [e for e in self.events.values() if e.told]
        # the events_au trigger re-indexes the rows whose title or body changed (store/fts.py)
        conn.executemany(
            'UPDATE events SET value = ?, start = ?, "end" = ?, granularity = ?, title = ?, '
            "body = ?, n_mentions = n_mentions + ?, n_sources = n_sources + ?, "
            "n_outlets = n_outlets + ?, n_later = n_later + ?, n_early = n_early + ? WHERE id = ?",
            [(e.value, e.start, e.end, e.granularity, e.title, e.body, e.more_mentions,
              e.more_sources, self._new_outlet(e),
              int(e.told_later and salience.is_later(self.published, e.start)),
              int(e.told_early), e.id) for e in told])
        conn.executemany(f"UPDATE events SET salience = {salience.SCORE_SQL} WHERE id = ?",
                         [(e.id,) for e in told])
        conn.executemany("INSERT OR IGNORE INTO event_keys (key, event_id) VALUES (?, ?)",
                         self.key_rows)
        conn.executemany(_INSERT_MENTION, self.mentions)
        counts.adjust_many(self.conn, self.moved)


class _SkipEmpty:
    """executemany that does nothing for no rows (an article often files no new key)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def executemany(self, sql: str, rows: list) -> None:
        if rows:
            self.conn.executemany(sql, rows)


def _choose(w: _ArticleWrites, d: MentionDraft, words: list[str],
            found: dict[int, set[str]], weights: dict[str, float]) -> _Event | None:
    # one shared term never passes the rules; a one-word sentence may still be verbatim
    least = 1 if len(words) <= 1 else 2
    ranked = sorted((e for e in found if len(found[e]) >= least),
                    key=lambda e: (-sum(weights[t] for t in found[e]), e))[:MAX_CANDIDATES]
    if not ranked:
        return None
    rows = {e: w.events[e] for e in ranked if e in w.events}
    unread = [e for e in ranked if e not in rows]
    if unread:
        marks = ",".join("?" * len(unread))
        rows.update((r[0], _Event(*r)) for r in w.conn.execute(
            f'SELECT id, value, start, "end", granularity, title FROM events '
            f"WHERE id IN ({marks})", unread))
    best: tuple[float, int, _Event] | None = None
    for eid in ranked:
        ev = rows.get(eid)
        if ev is None:
            continue
        kind = _compat(d.start_date, d.end_date, ev.start, ev.end)
        if kind is None:
            continue
        # nested spans count the whole mention: a long sentence about something else
        # on one day of that month shares many words without being the same happening
        sim, shared = overlap(weights, found[eid], FULL if kind == "same" else math.inf)
        rules = SAME_RULES if kind == "same" else NESTED_RULES
        if any(shared >= n and sim >= s for n, s in rules):
            score = sim
        elif set(words[:MAX_TERMS]) <= found[eid] and (
                any(m[0] == eid and m[10] == d.sentence for m in w.mentions)
                or w.conn.execute(
                    "SELECT 1 FROM mentions WHERE event_id = ? AND sentence = ? LIMIT 1",
                    (eid, d.sentence)).fetchone()):
            score = 2.0  # syndicated verbatim
        else:
            continue
        if best is None or (score, -eid) > (best[0], -best[1]):
            best = (score, eid, ev)
    if best is None:
        return None
    ev = best[2]
    if ev.keys is None:  # first joined by this article: its keys and body
        body, keys = w.conn.execute(
            "SELECT (SELECT body FROM events WHERE id = ?), "
            "(SELECT group_concat(key, char(10)) FROM event_keys WHERE event_id = ?)",
            (ev.id, ev.id)).fetchone()
        ev.body = body
        ev.keys = set(keys.split("\n")) if keys else set()
        w.events[ev.id] = ev
    return ev


def _file_keys(conn: sqlite3.Connection, event_id: int, bks: list[str], words: list[str],
               have: set[str]) -> None:
    rows = [(f"{b}|{t}", event_id) for b in bks for t in words if f"{b}|{t}" not in have]
    conn.executemany("INSERT OR IGNORE INTO event_keys (key, event_id) VALUES (?, ?)", rows)


def _mention_row(event_id: int, article_id: int, d: MentionDraft) -> tuple:
    """A mentions row (the sentence is its 11th value, looked at by the verbatim check)."""
    return (event_id, article_id, d.start, d.end, d.phrase, d.type, d.value, d.start_date,
            d.end_date, d.granularity, d.sentence, d.sentence_start, d.sentence_end, d.anchor,
            d.anchor_date, int(d.lead))


_INSERT_MENTION = (
    'INSERT INTO mentions (event_id, article_id, start, "end", phrase, type, value, '
    "start_date, end_date, granularity, sentence, sentence_start, sentence_end, anchor, "
    "anchor_date, lead) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")


def _new_event(w: _ArticleWrites, d: MentionDraft, bks: list[str], words: list[str]) -> int:
    cur = w.conn.execute(
        'INSERT INTO events (value, start, "end", granularity, title, body, n_sources, '
        "n_mentions, n_outlets) VALUES (?, ?, ?, ?, ?, ?, 1, 1, 0)",
        (d.value, d.start_date, d.end_date, d.granularity, d.title, d.sentence))
    ev = _Event(cur.lastrowid, d.value, d.start_date, d.end_date, d.granularity, d.title,
                keys=set(), body=d.sentence, new=True)
    w.events[ev.id] = ev
    w.told(ev, d)
    w.move(d.start_date, +1)
    w.file_keys(ev, bks, words[:MAX_TERMS])
    return ev.id


def _join_event(w: _ArticleWrites, ev: _Event, d: MentionDraft, bks: list[str],
                words: list[str], new_source: bool) -> None:
    value, start, end, gran = ev.value, ev.start, ev.end, ev.granularity
    if _days(d.start_date, d.end_date) < _days(ev.start, ev.end):
        value, start, end, gran = d.value, d.start_date, d.end_date, d.granularity
        if start != ev.start:
            w.move(ev.start, -1)
            w.move(start, +1)
    title = d.title if _title_score(d.title) > _title_score(ev.title) else ev.title
    body = ev.body or ""  # NULL for an event a user wrote without one
    if d.sentence not in body.split("\n"):
        ev.body = f"{body}\n{d.sentence}" if body else d.sentence
    ev.value, ev.start, ev.end, ev.granularity, ev.title = value, start, end, gran, title
    ev.more_mentions += 1
    ev.more_sources += int(new_source)
    w.told(ev, d)
    assert ev.keys is not None
    have_b, have_t, _have = _split_keys(ev.keys)
    all_b = have_b + [b for b in bks if b not in have_b]
    all_t = have_t + [t for t in words if t not in have_t][: max(MAX_TERMS - len(have_t), 0)]
    w.file_keys(ev, all_b, all_t)


def _valid_span(d: MentionDraft) -> bool:
    """A draft without a readable calendar span cannot be placed on the timeline."""
    try:
        dt.date.fromisoformat(d.start_date[:10])
        if d.end_date:
            dt.date.fromisoformat(d.end_date[:10])
    except (TypeError, ValueError):
        return False
    return True


def add_article(conn: sqlite3.Connection, article_id: int, drafts: list[MentionDraft]) -> None:
    """Insert an article's mentions, each into the event of its happening (inside the
    caller's transaction).

    The keys all mentions probe are read in one statement; each event joined is read
    once, and every table is written once, in a batch, after the last mention.
    """
    todo = []
    for d in drafts:
        if not _valid_span(d):
            continue
        if not d.end_date or d.end_date < d.start_date:
            d.end_date = d.start_date
        words = list(dict.fromkeys(d.terms))[:MAX_PROBE_TERMS]
        bks = buckets(d.start_date, d.end_date)
        todo.append((d, words, bks, _probes_of(bks)))
    keys = _ArticleKeys(conn, list({k for _d, words, _b, probe in todo
                                    for k in _probe_keys(probe, words)}))
    w = _ArticleWrites(conn, keys, article_id)
    touched: set[int] = set()
    for d, words, bks, probe in todo:
        found, weights = _candidates(keys, probe, words)
        ev = _choose(w, d, words, found, weights) if found else None
        if ev is None:
            eid = _new_event(w, d, bks, words)
        else:
            eid = ev.id
            _join_event(w, ev, d, bks, words, eid not in touched)
        touched.add(eid)
        w.mentions.append(_mention_row(eid, article_id, d))
    w.flush()
    salience.count_article(conn, w.published, salience.article_days(
        (d.granularity, d.start_date) for d, *_ in todo), +1)


def remove_article(conn: sqlite3.Connection, article_id: int) -> None:
    """Delete an article's mentions and shrink or drop their events (inside the caller's
    transaction; the article row itself is the caller's)."""
    eids = [e for (e,) in conn.execute(
        "SELECT DISTINCT event_id FROM mentions WHERE article_id = ? ORDER BY event_id",
        (article_id,))]
    published = conn.execute("SELECT published FROM articles WHERE id = ?",
                             (article_id,)).fetchone()
    salience.count_article(conn, published[0] if published else None, salience.article_days(
        conn.execute("SELECT granularity, start_date FROM mentions WHERE article_id = ?",
                     (article_id,))), -1)
    conn.execute("DELETE FROM mentions WHERE article_id = ?", (article_id,))
    for eid in eids:
        rebuild_event(conn, eid)


def rebuild_event(conn: sqlite3.Connection, event_id: int) -> None:
    """Recompute an event from the mentions it has left, or delete it when none are left."""
    old = conn.execute('SELECT start FROM events WHERE id = ?', (event_id,)).fetchone()
    if old is None:
        return
    rows = conn.execute(
        'SELECT m.article_id, m.start, m.value, m.start_date, m.end_date, m.granularity, '
        "m.sentence, m.sentence_start, m.lead, a.title, m.\"end\" FROM mentions m "
        "LEFT JOIN articles a ON a.id = m.article_id WHERE m.event_id = ? ORDER BY m.id",
        (event_id,)).fetchall()
    conn.execute("DELETE FROM event_keys WHERE event_id = ?", (event_id,))
    if not rows:
        conn.execute("DELETE FROM events WHERE id = ?", (event_id,))  # events_ad unindexes it
        counts.adjust(conn, old[0], -1)
        return
    best_span = None
    title, title_score = "", -10
    bks: list[str] = []
    words: list[str] = []
    sentences: list[str] = []
    for (_aid, m_start, value, sd, ed, gran, sentence, ss, lead, headline, m_end) in rows:
        ed = ed or sd
        if best_span is None or _days(sd, ed) < _days(best_span[1], best_span[2]):
            best_span = (value, sd, ed, gran)
        t, w = title_and_terms(sentence, m_start - ss, m_end - ss, bool(lead),
                               headline if lead else None)
        if _title_score(t) > title_score:
            title, title_score = t, _title_score(t)
        bks += [b for b in buckets(sd, ed) if b not in bks]
        words += [x for x in w if x not in words][: max(MAX_TERMS - len(words), 0)]
        if sentence not in sentences:
            sentences.append(sentence)
    value, start, end, gran = best_span
    conn.execute(
        'UPDATE events SET value = ?, start = ?, "end" = ?, granularity = ?, title = ?, '
        "body = ?, n_mentions = ?, n_sources = ? WHERE id = ?",
        (value, start, end, gran, title, "\n".join(sentences), len(rows),
         len({r[0] for r in rows}), event_id))
    _file_keys(conn, event_id, bks, words, set())
    salience.recount(conn, event_id)
    if start != old[0]:
        counts.adjust(conn, old[0], -1)
        counts.adjust(conn, start, +1)
