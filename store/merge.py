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
(The keys, how they are stored and read: store/mergekeys.py.)

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
transaction with its mentions. A writer that batches articles may pass a
`fts.Held`: the title and body of events joined in its transaction are then held
there and written (re-indexed) once at its commit, not once per article.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import sqlite3
from dataclasses import dataclass
from functools import lru_cache

from . import anchors, article_text, counts, fts, mergekeys, recache, salience
from .mention_titles import title_and_terms
from .mergekeys import MAX_TERMS, ArticleKeys, buckets, candidates, days, probes_of, read_buckets
from .model import MentionDraft
from .quote_speaker import said_title
from .rows import insert as insert_rows
from .similarity import STOPWORDS, overlap
from .title_context import context_title

__all__ = ["MAX_TERMS", "add_article", "buckets", "rebuild_event", "remove_article"]

_WORD = recache.compile(r"[A-Za-z]{3,}|\d+")
MAX_PROBE_TERMS = 24  # a mention's terms that look for events (its clause's come first)
FULL = 6.0           # shared weight that proves a same-span match however long the sentence
MAX_CANDIDATES = 8    # events scored per mention, the most promising first
# (shared terms, weighted overlap) either of which admits a merge on the same span
SAME_RULES = ((2, 0.5), (3, 0.3))
NESTED_RULES = ((3, 0.6), (4, 0.45))


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
    bks: list[str] | None = None  # the buckets and terms it is filed under (keys: their
    tms: list[str] | None = None  # product), once it is joined
    body: str = ""                # events.body: its distinct sentences, what search reads
    new: bool = False             # made by this article (inserted by flush, once, whole)
    more_mentions: int = 0
    more_sources: int = 0
    refiled: bool = False         # its buckets or terms grew: flush saves them
    told: bool = False            # the article in hand reports it (salience counts it once)
    told_early: bool = False      # ... in its lead
    told_later: bool = False      # ... in a sentence of its own, not its lead news
    # (an event the article told is the one whose row flush writes)


def _compat(a_start: str, a_end: str, b_start: str, b_end: str) -> str | None:
    if (a_start, a_end) == (b_start, b_end):
        return "same"
    if (a_start >= b_start and a_end <= b_end) or (b_start >= a_start and b_end <= a_end):
        return "nested"
    return None


class _ArticleWrites:
    """What an article changes, held until its last mention is merged.

    Later mentions of the article see the events as the earlier ones left them
    (`events`, `keys`, `mentions`); `flush` then writes each table in one batch.
    An event the article makes gets the next id SQLite would give it (the
    writer is alone in its transaction) and is inserted by `flush` whole: its
    row, its full-text entry and its indexes are written once instead of
    inserted and then updated.
    """

    def __init__(self, conn: sqlite3.Connection, keys: ArticleKeys, article_id: int,
                 held: fts.Held | None = None, pending=None):
        self.conn = conn
        self.keys = keys
        self.held = held
        self.pending = pending  # the writer's article rows not inserted yet (store.ingest)
        meta = pending.meta(article_id) if pending is not None else None
        (self.published, self.outlet), (self.last_id,) = meta or conn.execute(
            "SELECT published, outlet FROM articles WHERE id = ?", (article_id,)).fetchone() or (
            None, None), conn.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()
        self.events: dict[int, _Event] = {}   # those it joins or makes
        self.seen: dict[int, _Event] = {}     # candidates read, unchanged
        self.key_rows: list[tuple[str, int]] = []
        self.mentions: list[tuple] = []
        self.moved: dict[str, int] = {}

    def file_keys(self, ev: _Event, bks: list[str], terms: list[str]) -> None:
        """File the event under `bks` x `terms` besides what it had (new buckets, new terms)."""
        assert ev.bks is not None and ev.tms is not None
        new_b = [b for b in bks if b not in ev.bks]
        new_t = [t for t in terms if t not in ev.tms]
        if not new_b and not new_t:
            return
        rows = mergekeys.product(new_b, ev.tms + new_t, ev.id)
        rows += mergekeys.product(ev.bks, new_t, ev.id)
        ev.bks += new_b
        ev.tms += new_t
        ev.refiled = True
        self.key_rows += rows
        self.keys.filed(rows)

    def move(self, start: str, delta: int) -> None:
        self.moved[start] = self.moved.get(start, 0) + delta

    def told(self, ev: _Event, d: MentionDraft) -> None:
        ev.told = True
        ev.told_early = ev.told_early or salience.is_early(d.sentence_start, d.lead)
        ev.told_later = ev.told_later or not d.lead

    def _outlet_known(self, joined: list[_Event]) -> set[int]:
        """The joined events some other source from this article's outlet already reports."""
        ids = json.dumps([e.id for e in joined])
        known = {e for (e,) in self.conn.execute(
            "SELECT DISTINCT m.event_id FROM json_each(?) j "
            "CROSS JOIN mentions m ON m.event_id = j.value JOIN articles a ON a.id = m.article_id WHERE a.outlet IS ?",
            (ids, self.outlet))}
        mine = self.pending.ids_of_outlet(self.outlet) if self.pending is not None else None
        if mine:  # this outlet's articles whose rows wait for the commit
            known.update(e for (e,) in self.conn.execute(
                "SELECT DISTINCT m.event_id FROM json_each(?) j CROSS JOIN mentions m "
                "ON m.event_id = j.value WHERE m.article_id IN (SELECT value FROM json_each(?))",
                (ids, json.dumps(mine))))
        return known

    def _later(self, e: _Event) -> int:
        return int(e.told_later and salience.is_later(self.published, e.start))

    def flush(self) -> None:
        # raw executemany, not sqlite-utils' insert_all/upsert_all: for an article's 10 mentions
        # insert_all took 2.3 ms against 0.44 ms (bench/README.md), a fifth of the 10 ms budget
        conn = self.conn
        told = [e for e in self.events.values() if e.told]
        made = [e for e in told if e.new]
        joined = [e for e in told if not e.new]
        if made:  # the events_ai trigger indexes each once, as it ends up
            conn.execute(_INSERT_EVENTS, (json.dumps([
                (e.id, e.value, e.start, e.end, e.granularity, e.title, e.body,
                 1 + e.more_sources, 1 + e.more_mentions, self._later(e), int(e.told_early))
                for e in made]),))
        if joined and self.held is None:  # events_au re-indexes the rows whose text changed
            known = self._outlet_known(joined)
            conn.executemany(
                'UPDATE events SET value = ?1, start = ?2, "end" = ?3, granularity = ?4, '
                f"title = ?5, body = ?6, {_GROWN}",
                [(e.value, e.start, e.end, e.granularity, e.title, e.body, e.more_mentions,
                  e.more_sources, int(e.id not in known), self._later(e), int(e.told_early),
                  e.id)
                 for e in joined])
        elif joined:  # title and body wait in `held` for the transaction's end (no trigger)
            known = self._outlet_known(joined)
            conn.executemany(
                'UPDATE events SET value = ?1, start = ?2, "end" = ?3, granularity = ?4, '
                f"{_GROWN}",
                [(e.value, e.start, e.end, e.granularity, None, None, e.more_mentions,
                  e.more_sources, int(e.id not in known), self._later(e), int(e.told_early),
                  e.id)
                 for e in joined])
            self.held.hold((e.id, e.title, e.body) for e in joined)
        mergekeys.write(conn, self.key_rows, [(e.id, e.bks, e.tms) for e in self.events.values()
                                              if e.refiled])
        insert_rows(conn, _INSERT_MENTION, self.mentions)  # one statement, not one a row
        counts.adjust_many(conn, self.moved)


def _score_of(values: dict[str, str]) -> str:
    """salience.SCORE_SQL over the given SQL for each counter instead of the row's own: an
    event's score written by the statement that writes its counters (a second UPDATE of
    each told event, rewriting its row and index entries again, was one an article)."""
    return re.sub(r"\bn_(sources|outlets|later|early)\b", lambda m: values[m.group(0)],
                  salience.SCORE_SQL)


# the article's new events, whole, with their scores, in one statement: SQLite has the
# full-text index write out its pending terms at the start of each statement that writes it
# (a new segment, merged again later), so one statement an event was one segment an event
_NEW_EVENT_COLUMNS = ("id", "value", "start", '"end"', "granularity", "title", "body",
                      "n_sources", "n_mentions", "n_later", "n_early")
_INSERT_EVENTS = (
    "INSERT INTO events (" + ", ".join(_NEW_EVENT_COLUMNS) + ", n_outlets, salience) SELECT "
    + ", ".join(_NEW_EVENT_COLUMNS) + ", n_outlets, " + salience.SCORE_SQL + " FROM (SELECT "
    + ", ".join(f"json_extract(j.value, '$[{i}]') AS {c}" for i, c in enumerate(_NEW_EVENT_COLUMNS))
    + ", 1 AS n_outlets FROM json_each(?) j ORDER BY j.key)")
# a joined event's counters grown and its score from them (SET's right sides read the row
# as it was; ?5 and ?6, title and body, are only used by the statement that writes them)
_GROWN = (
    "n_mentions = n_mentions + ?7, n_sources = n_sources + ?8, n_outlets = n_outlets + ?9, "
    "n_later = n_later + ?10, n_early = n_early + ?11, salience = "
    + _score_of({c: f"({c} + ?{i})" for c, i in (
        ("n_sources", 8), ("n_outlets", 9), ("n_later", 10), ("n_early", 11))})
    + " WHERE id = ?12")


def _choose(w: _ArticleWrites, d: MentionDraft, words: list[str],
            found: dict[int, set[str]], weights: dict[str, float]) -> _Event | None:
    # one shared term never passes the rules; a one-word sentence may still be verbatim
    least = 1 if len(words) <= 1 else 2
    ranked = sorted((e for e in found if len(found[e]) >= least),
                    key=lambda e: (-sum(weights[t] for t in found[e]), e))[:MAX_CANDIDATES]
    if not ranked:
        return None
    rows = {e: w.events.get(e) or w.seen.get(e) for e in ranked}
    unread = [e for e, ev in rows.items() if ev is None]
    if unread:  # candidates not joined stay as read for the article's later mentions
        marks = ",".join("?" * len(unread))
        for r in w.conn.execute(f'SELECT id, value, start, "end", granularity, title '
                                f"FROM events WHERE id IN ({marks})", unread):
            rows[r[0]] = w.seen[r[0]] = ev = _Event(*r)
            if w.held is not None and ev.id in w.held.text:
                ev.title = w.held.text[ev.id][0]
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
    if ev.bks is None:  # first joined by this article: its body, buckets and terms
        if w.held is not None and ev.id in w.held.text:
            ev.body = w.held.text[ev.id][1]
        else:
            ev.body = w.conn.execute("SELECT body FROM events WHERE id = ?",
                                     (ev.id,)).fetchone()[0]
        ev.bks, ev.tms = mergekeys.read_lists(w.conn, ev.id)
        w.events[ev.id] = ev
    return ev


def _mention_row(event_id: int, article_id: int, d: MentionDraft) -> tuple:
    """A mentions row (the sentence is its 11th value, looked at by the verbatim check;
    the anchor as store/anchors.py keeps it)."""
    return (event_id, article_id, d.start, d.end, d.phrase, d.type, d.value, d.start_date,
            d.end_date, d.granularity, d.sentence, d.sentence_start, d.sentence_end,
            anchors.pack(d.anchor, d.phrase, d.anchor_date), d.anchor_date, int(d.lead))


_INSERT_MENTION = (
    'INSERT INTO mentions (event_id, article_id, start, "end", phrase, type, value, '
    "start_date, end_date, granularity, sentence, sentence_start, sentence_end, anchor, "
    "anchor_date, lead)")


def _new_event(w: _ArticleWrites, d: MentionDraft, bks: list[str], words: list[str]) -> int:
    w.last_id += 1
    ev = _Event(w.last_id, d.value, d.start_date, d.end_date, d.granularity, d.title,
                bks=[], tms=[], body=d.sentence, new=True)
    w.events[ev.id] = ev
    w.told(ev, d)
    w.move(d.start_date, +1)
    w.file_keys(ev, bks, words[:MAX_TERMS])
    return ev.id


def _join_event(w: _ArticleWrites, ev: _Event, d: MentionDraft, bks: list[str],
                words: list[str], new_source: bool) -> None:
    value, start, end, gran = ev.value, ev.start, ev.end, ev.granularity
    if days(d.start_date, d.end_date) < days(ev.start, ev.end):
        value, start, end, gran = d.value, d.start_date, d.end_date, d.granularity
        if start != ev.start:
            w.move(ev.start, -1)
            w.move(start, +1)
    title = d.title if _title_score(d.title) > _title_score(ev.title) else ev.title
    body = ev.body or ""  # NULL for an event a user wrote without one
    # (a sentence that is no substring of the body is none of its lines: the body of an
    # event many articles tell grows long, and splitting it at each joining was the cost)
    if d.sentence not in body or d.sentence not in body.split("\n"):
        ev.body = f"{body}\n{d.sentence}" if body else d.sentence
    ev.value, ev.start, ev.end, ev.granularity, ev.title = value, start, end, gran, title
    ev.more_mentions += 1
    ev.more_sources += int(new_source)
    w.told(ev, d)
    assert ev.tms is not None
    room = max(MAX_TERMS - len(ev.tms), 0)
    w.file_keys(ev, bks, [t for t in words if t not in ev.tms][:room])


def _valid_span(d: MentionDraft) -> bool:
    """A draft without a readable calendar span cannot be placed on the timeline."""
    try:
        dt.date.fromisoformat(d.start_date[:10])
        if d.end_date:
            dt.date.fromisoformat(d.end_date[:10])
    except (TypeError, ValueError):
        return False
    return True


def add_article(conn: sqlite3.Connection, article_id: int, drafts: list[MentionDraft],
                held: fts.Held | None = None, pending=None) -> None:
    """Insert an article's mentions, each into the event of its happening (inside the
    caller's transaction).

    The keys all mentions probe are read in one statement; each event joined is read
    once, and every table is written once, in a batch, after the last mention. When
    the writer holds text for its transaction (`held`), joined events' titles and
    bodies go there instead of to their rows (it writes them before it commits); when
    it inserts its article rows at the commit (`pending`, store.ingest), this article's
    date and outlet, and the outlets of the others waiting, are read there.
    """
    todo = []
    for d in drafts:
        if not _valid_span(d):
            continue
        if not d.end_date or d.end_date < d.start_date:
            d.end_date = d.start_date
        words = list(dict.fromkeys(d.terms))[:MAX_PROBE_TERMS]
        bks = buckets(d.start_date, d.end_date)
        todo.append((d, words, bks, tuple(probes_of(bks))))
    wanted: dict[str, set[str]] = {}  # bucket -> terms: the keys all its mentions read
    for _d, words, _b, probe in todo:
        for b in read_buckets(probe):
            got = wanted.get(b)
            if got is None:
                wanted[b] = set(words)
            else:
                got.update(words)
    keys = ArticleKeys(conn, [(b, t) for b, terms in wanted.items() for t in terms])
    w = _ArticleWrites(conn, keys, article_id, held, pending)
    touched: set[int] = set()
    for d, words, bks, probe in todo:
        found, weights = candidates(keys, probe, words)
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


def _text_of(conn: sqlite3.Connection, article_id: int) -> str:
    row = conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
    return (article_text.unpack(row[0]) if row else None) or ""


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
    if not rows:  # events_ad unindexes it, events_keys_ad drops its keys
        conn.execute("DELETE FROM events WHERE id = ?", (event_id,))
        counts.adjust(conn, old[0], -1)
        return
    best_span = None
    texts: dict[int, str] = {}
    title, title_score = "", -10
    bks: list[str] = []
    words: list[str] = []
    sentences: list[str] = []
    for (_aid, m_start, value, sd, ed, gran, sentence, ss, lead, headline, m_end) in rows:
        ed = ed or sd
        if best_span is None or days(sd, ed) < days(best_span[1], best_span[2]):
            best_span = (value, sd, ed, gran)
        t, w = title_and_terms(sentence, m_start - ss, m_end - ss, bool(lead),
                               headline if lead else None)
        if not lead:
            if _aid not in texts:
                texts[_aid] = _text_of(conn, _aid)
            t = said_title(texts[_aid], t, ss, ss + len(sentence))
            t = context_title(texts[_aid], t, ss, ss + len(sentence), m_start, m_end)
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
    mergekeys.refile(conn, event_id, bks, words)
    salience.recount(conn, event_id)
    if start != old[0]:
        counts.adjust(conn, old[0], -1)
        counts.adjust(conn, start, +1)
