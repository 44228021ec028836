"""Build a realistic store of N events, through the project's own store code.

    python bench/synth.py --events 1000000 --db /tmp/big.db [--seed 1]

Synthetic news: outlets of very different sizes, articles of a few thousand
characters with eight or so dated sentences each, dates over five decades
(more recent ones more often) at the granularity mix of real copy (mostly
days, then months, years, weeks, seasons, quarters, decades), and a
vocabulary with a natural (Zipf) spread: a few words in nearly every event,
a long tail of rare ones. A third of happenings are reported again by other
outlets, half of those verbatim (syndication) and half paraphrased, so
merging has real work. Titles and merge terms come from store.events, rows
go in through store.merge.add_article, many articles per transaction.
Prints the rate as it goes.

`--bulk` is the fast path for big stores: merge.add_article runs at about
1,900 mentions/s here (20 minutes for a million events), so --bulk writes the
same tables directly, every happening already known to be one event: events,
mentions, articles, events (with body = the event's sentences, which the
events_fts triggers index), event_keys (merge.buckets x terms) and event_terms (the two
lists) in big executemany batches, and
period_counts through store.counts.rebuild. A million events take minutes.
"""

from __future__ import annotations

import argparse
import calendar
import random
import re
import sys
import time
from bisect import bisect, bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from store import counts, salience  # noqa: E402
from store.article_text import pack  # noqa: E402
from store.db import open_store  # noqa: E402
from store.mention_titles import title_and_terms  # noqa: E402
from store.merge import MAX_TERMS, add_article, buckets  # noqa: E402
from store.model import MentionDraft  # noqa: E402
from store.schema import merge_full_text  # noqa: E402

OUTLETS = ["Reuters", "AP", "AFP", "BBC News", "Al Jazeera", "The Guardian", "New York Times",
           "Washington Post", "Le Monde", "Der Spiegel", "El País", "NHK", "ABC News",
           "CNN", "Bloomberg", "Financial Times", "The Daily Herald", "The Times of India",
           "Haaretz", "Sydney Morning Herald"] + [f"Regional Courier {i}" for i in range(60)]
ACTORS = ["government forces", "the army", "rebels", "protesters", "the ministry", "police",
          "the central bank", "lawmakers", "the president", "the court", "voters", "workers",
          "the company", "investors", "officials", "firefighters", "the council", "scientists"]
VERBS = ["captured", "announced", "approved", "rejected", "opened", "closed", "attacked",
         "defended", "signed", "launched", "cancelled", "raised", "cut", "investigated",
         "evacuated", "rebuilt", "won", "lost", "blocked", "released"]
SEASONS = {"spring": ("SP", 3, 5), "summer": ("SU", 6, 8), "autumn": ("FA", 9, 11)}
GRANULARITIES = [("day", 60), ("month", 15), ("year", 10), ("week", 6), ("season", 3),
                 ("quarter", 3), ("decade", 3)]
GRAN_NAMES = [g for g, _ in GRANULARITIES]
GRAN_CUM = list(accumulate(w for _, w in GRANULARITIES))  # what random.choices builds each call
MONTH_NAMES = list(calendar.month_name)  # calendar.month_name runs strftime on every lookup
SEASON_ITEMS = list(SEASONS.items())
QUARTERS = ["first", "second", "third", "fourth"]
COMMON_WORD = "city"          # in nearly every event
FILLER = ("The situation remained tense as residents waited for further word from the "
          "authorities, and aid groups called for calm and for access to the worst-hit areas. ")


def make_vocabulary(rng: random.Random, n: int) -> list[str]:
    """Pronounceable made-up words, none of them English, so frequencies are ours alone."""
    cons, vows = "bcdfghjklmnprstvz", "aeiou"
    words: set[str] = set()
    while len(words) < n:
        k = rng.choice((2, 3, 3, 4))
        words.add("".join(rng.choice(cons) + rng.choice(vows) for _ in range(k)))
    return sorted(words)


@dataclass
class Happening:
    value: str
    start: str
    end: str
    granularity: str
    phrase: str
    sentence: str           # with the phrase in it
    paraphrase: str


class Corpus:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        # The generator's hot path calls these directly: the same draws, in the same order,
        # as rng.choice / randint / randrange / choices make (Python 3.11's random.py), so a
        # seed gives the same store, without four layers of Python calls a draw.
        self.random = self.rng.random
        self.below = self.rng._randbelow
        self.vocab = make_vocabulary(self.rng, 40_000)
        # Zipf weights: rank r has weight 1/r
        self.cum = []
        total = 0.0
        for r in range(1, len(self.vocab) + 1):
            total += 1.0 / r
            self.cum.append(total)
        self.total = total
        self.outlet_cum = []
        t = 0.0
        for r in range(1, len(OUTLETS) + 1):
            t += 1.0 / r
            self.outlet_cum.append(t)

    def word(self) -> str:
        return self.vocab[bisect_left(self.cum, self.random() * self.total)]

    def outlet(self) -> str:
        return OUTLETS[bisect_left(self.outlet_cum, self.random() * self.outlet_cum[-1])]

    def when(self) -> tuple[str, str, str, str, str]:
        """(value, start, end, granularity, phrase) for a date over 1975-2025, recent ones
        more often."""
        rng, below = self.rng, self.below
        year = 2025 - int(abs(rng.gauss(0, 14))) % 51
        gran = GRAN_NAMES[bisect(GRAN_CUM, self.random() * (GRAN_CUM[-1] + 0.0), 0,
                                 len(GRAN_NAMES) - 1)]   # rng.choices(names, weights)[0]
        month = 1 + below(12)                             # rng.randint(1, 12)
        if gran == "day":
            d = date(year, month, 1 + below(calendar.monthrange(year, month)[1]))
            iso = d.isoformat()
            return iso, iso, iso, gran, f"on {d.day} {MONTH_NAMES[d.month]} {year}"
        if gran == "week":
            w = 1 + below(52)
            mon = date.fromisocalendar(year, w, 1)
            return f"{year}-W{w:02d}", mon.isoformat(), (mon + timedelta(6)).isoformat(), \
                gran, f"in the week of {mon.day} {MONTH_NAMES[mon.month]} {mon.year}"
        if gran == "month":
            last = calendar.monthrange(year, month)[1]
            return f"{year}-{month:02d}", f"{year}-{month:02d}-01", \
                f"{year}-{month:02d}-{last}", gran, f"in {MONTH_NAMES[month]} {year}"
        if gran == "season":
            name, (code, m1, m2) = SEASON_ITEMS[below(len(SEASON_ITEMS))]
            last = calendar.monthrange(year, m2)[1]
            return f"{year}-{code}", f"{year}-{m1:02d}-01", f"{year}-{m2:02d}-{last}", gran, \
                f"in the {name} of {year}"
        if gran == "quarter":
            q = 1 + below(4)
            m2 = q * 3
            last = calendar.monthrange(year, m2)[1]
            return f"{year}-Q{q}", f"{year}-{m2 - 2:02d}-01", f"{year}-{m2:02d}-{last}", gran, \
                f"in the {QUARTERS[q - 1]} quarter of {year}"
        if gran == "year":
            return str(year), f"{year}-01-01", f"{year}-12-31", gran, f"in {year}"
        dec = year // 10
        return f"{dec}X", f"{dec}0-01-01", f"{dec}9-12-31", gran, f"in the {dec}0s"

    def happening(self) -> Happening:
        rng, below, word = self.rng, self.below, self.word
        value, start, end, gran, phrase = self.when()
        topic = [word() for _ in range(3 + below(4))]
        place = word().capitalize()
        where = f"the {COMMON_WORD} of {place}" if self.random() < 0.95 else place
        actor, verb = ACTORS[below(len(ACTORS))], VERBS[below(len(VERBS))]
        body = f"{actor.capitalize()} {verb} the {' '.join(topic)} in {where}"
        sentence = f"{body} {phrase}."
        shuffled = topic[:]
        rng.shuffle(shuffled)
        para = (f"{phrase[0].upper()}{phrase[1:]}, {actor} {verb} the {' '.join(shuffled[:-1])} "
                f"near {where}, witnesses said.")
        return Happening(value, start, end, gran, phrase, sentence, para)


def article(corpus: Corpus, happenings: list[tuple[Happening, bool]], chars: int,
            titles: bool = True) -> tuple[str, list[MentionDraft]]:
    """An article's text and the drafts ingest would have found in it."""
    parts: list[str] = []
    drafts: list[MentionDraft] = []
    pos = 0
    filler_every = max(1, chars // max(1, len(happenings)) // len(FILLER))
    for h, verbatim in happenings:
        sentence = h.sentence if verbatim else h.paraphrase
        at = sentence.index(h.phrase[1:]) - 1 if not verbatim and sentence[0] != h.phrase[0] \
            else sentence.find(h.phrase)
        if at < 0:
            at = sentence.lower().find(h.phrase.lower())
        title, terms = title_and_terms(sentence, at, at + len(h.phrase)) if titles else ("", [])
        drafts.append(MentionDraft(
            start=pos + at, end=pos + at + len(h.phrase), phrase=sentence[at:at + len(h.phrase)],
            type="DATE", value=h.value, start_date=h.start, end_date=h.end,
            granularity=h.granularity, sentence=sentence, sentence_start=pos,
            sentence_end=pos + len(sentence), title=title or sentence[:80],
            anchor=f"'{h.phrase}' (absolute)", terms=terms))
        parts.append(sentence + " ")
        pos += len(sentence) + 1
        for _ in range(filler_every):
            parts.append(FILLER)
            pos += len(FILLER)
    return "".join(parts), drafts


def build(path: str, n_events: int, seed: int, batch: int, chars: int) -> None:
    store = open_store(path)
    conn = store.conn
    corpus = Corpus(seed)
    rng = corpus.rng
    pending: list[Happening] = []      # happenings other outlets will report again
    have = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    t0 = time.perf_counter()
    n_articles = n_mentions = n_chars = 0
    article_no = conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0]
    while have < n_events:
        with store.write():
            for _ in range(batch):
                article_no += 1
                items: list[tuple[Happening, bool]] = []
                for _ in range(rng.randint(5, 11)):
                    if pending and rng.random() < 0.3:
                        h = pending.pop(rng.randrange(len(pending)))
                        items.append((h, rng.random() < 0.5))
                    else:
                        h = corpus.happening()
                        items.append((h, True))
                        if rng.random() < 0.35:
                            pending.append(h)
                if len(pending) > 5000:
                    del pending[: len(pending) - 5000]
                outlet = corpus.outlet()
                text, drafts = article(corpus, items, chars)
                latest = max(d.end_date for d in drafts)
                published = min(date.fromisoformat(latest) + timedelta(days=rng.randint(0, 30)),
                                date(2026, 1, 1)).isoformat()
                headline = drafts[0].title[:70]
                slug = "-".join(headline.lower().split()[:6])
                cur = conn.execute(
                    "INSERT INTO articles (source, hash, outlet, title, url, path, published, "
                    "published_from, text, added) VALUES (?, ?, ?, ?, ?, ?, ?, 'metadata', ?, ?)",
                    (f"synth:{article_no}", f"synth-{seed}-{article_no}", outlet, headline,
                     f"https://{outlet.lower().replace(' ', '')}.example/{published[:4]}/{slug}",
                     None, published, pack(text), "2026-01-01T00:00:00+00:00"))
                add_article(conn, cur.lastrowid, drafts)
                n_articles += 1
                n_mentions += len(drafts)
                n_chars += len(text)
        have = conn.execute("SELECT max(id) FROM events").fetchone()[0] or 0
        dt = time.perf_counter() - t0
        print(f"{have:>9,} events  {n_articles:>8,} articles  {n_mentions / dt:8.0f} mentions/s "
              f"{n_articles / dt:7.0f} articles/s  {dt:7.1f} s", flush=True)
    n = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    dt = time.perf_counter() - t0
    print(f"done: {n:,} events from {n_articles:,} articles, {n_mentions:,} mentions, "
          f"{n_chars / 1e6:.0f} MB of text in {dt:.0f} s "
          f"({n_mentions / dt:.0f} mentions/s, {n_articles / dt:.0f} articles/s)")
    store.close()


def bulk_batches(n_events: int, seed: int, batch: int, chars: int, next_event: int,
                 next_article: int, stop_at: int, part: int = 0,
                 parts: int = 1) -> Iterator[tuple]:
    """The rows of `batch` articles at a time: (events, keys, key lists, articles, mentions,
    counts); with `parts` > 1 only batches part, part + parts, ... (the random draws of every
    batch are made all the same, so each part is the rows one generator would give)."""
    corpus = Corpus(seed)
    rand, below = corpus.random, corpus.below
    pending: list[tuple[int, Happening, bool]] = []   # (event id, happening, verbatim) to report
    batch_no = -1
    while next_event <= stop_at or pending:
        batch_no += 1
        own = batch_no % parts == part
        events, keys, lists, arts, ments = [], [], [], [], []
        n_articles = n_mentions = n_chars = 0
        for _ in range(batch):
            if next_event > stop_at and not pending:
                break
            items: list[tuple[int, Happening, bool]] = []
            seen: set[int] = set()
            for _ in range(5 + below(7)):
                if pending and (rand() < 0.4 or next_event > stop_at):
                    eid, h, verbatim = pending.pop(below(len(pending)))
                    if eid in seen:
                        pending.append((eid, h, verbatim))
                        continue
                    items.append((eid, h, verbatim))
                elif next_event <= stop_at:
                    h = corpus.happening()
                    eid = next_event
                    next_event += 1
                    repeats = [rand() < 0.5 for _ in range((1, 1, 2)[below(3)])] \
                        if rand() < 0.35 else []
                    pending += [(eid, h, v) for v in repeats]
                    items.append((eid, h, True))
                    if own:  # the rest is formatting, no draws
                        sentences = [h.sentence] + ([h.paraphrase] if False in repeats else [])
                        title = h.sentence[: h.sentence.find(h.phrase)].strip()
                        events.append((eid, h.value, h.start, h.end, h.granularity, title,
                                       "\n".join(sentences), 1 + len(repeats), 1 + len(repeats)))
                        terms = [w.lower().strip(".,") for w in title.split()[3:]]
                        terms = [t for t in dict.fromkeys(terms) if len(t) > 3][:MAX_TERMS]
                        bks = buckets(h.start, h.end)
                        keys += [(f"{b}|{t}", eid) for b in bks for t in terms]
                        lists.append((eid, "\n".join(bks), "\n".join(terms)))
                seen.add(items[-1][0]) if items else None
            if not items:
                continue
            latest = max(h.end for _, h, _ in items)   # the drafts' latest end_date
            published = min(date.fromisoformat(latest) + timedelta(days=below(31)),
                            date(2026, 1, 1)).isoformat()
            outlet = corpus.outlet()
            aid = next_article
            next_article += 1
            if not own:
                continue
            text, drafts = article(corpus, [(h, v) for _, h, v in items], chars, titles=False)
            headline = drafts[0].sentence[:70]
            slug = "-".join(headline.lower().split()[:6])
            arts.append((aid, f"synth:{aid}", f"synth-{seed}-{aid}", outlet, headline,
                         f"https://{outlet.lower().replace(' ', '')}.example/{published[:4]}/"
                         f"{slug}", published, pack(text)))
            for (eid, _, _), d in zip(items, drafts, strict=True):
                ments.append((eid, aid, d.start, d.end, d.phrase, d.value, d.start_date,
                              d.end_date, d.granularity, d.sentence, d.sentence_start,
                              d.sentence_end, d.anchor))
            n_articles += 1
            n_mentions += len(drafts)
            n_chars += len(text)
        if own:
            yield events, keys, lists, arts, ments, (next_event - 1, n_articles, n_mentions,
                                                     n_chars)


def _produce(args: tuple, out) -> None:
    """The child process: generate batches, hand them over (None at the end)."""
    for b in bulk_batches(*args):
        out.put(b)
    out.put(None)


def in_children(args: tuple, parts: int) -> Iterator[tuple]:
    """bulk_batches run in `parts` other processes, batches taken from each in turn.

    Generating the rows costs about three times the writing: with one generator the
    writer waits. Each generator makes every batch's random draws (so the rows do not
    depend on `parts`) but formats and sends only its own share; the draws are about
    half of the work.
    """
    import multiprocessing as mp

    ctx = mp.get_context("fork")
    qs = [ctx.Queue(maxsize=3) for _ in range(parts)]
    kids = [ctx.Process(target=_produce, args=((*args, k, parts), qs[k]), daemon=True)
            for k in range(parts)]
    for kid in kids:
        kid.start()
    k = 0
    while (b := qs[k].get()) is not None:
        yield b
        k = (k + 1) % parts
    for j in range(parts):  # the others end at the same batch: read their end marks
        if j != k:
            qs[j].get()
    for kid in kids:
        kid.join()


# built after the load when the store starts empty: one sort instead of a random insert per
# row (the events' date and salience indexes, the key index: minutes at 10M events)
DEFERRED = ("events", "mentions", "articles", "event_keys")
KEYS_LOAD = "synth_keys_load"
# the articles' trigram names, one row an article: one INSERT ... SELECT at the end costs a
# third of the trigger's per-batch inserts (FTS5 flushes and merges a segment every commit)
NAMES_TRIGGER = "article_names_insert"


def backfill_sql(trigger_sql: str) -> str | None:
    """The trigger's one `INSERT ... SELECT new.x ...;` run over all of `articles`, or None
    when the trigger is not of that shape (then it is left in place during the load)."""
    body = re.search(r"\bBEGIN\s+(INSERT INTO \w+ \([^)]*\) SELECT new\.[^;]*);\s*END\s*$",
                     trigger_sql, re.S)
    if body is None or " FROM " in body.group(1).upper():
        return None
    return body.group(1).replace("new.", "") + " FROM articles"


def defer_indexes(conn) -> list[tuple[bool, str]]:
    """Drop the secondary indexes and the FTS insert trigger; (an index of events?, SQL)
    of each, to run after the load."""
    rows = conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL AND "
        f"((type = 'index' AND tbl_name IN {DEFERRED}) OR "
        f"(type = 'trigger' AND name IN ('events_ai', '{NAMES_TRIGGER}')))").fetchall()
    rows = [r for r in rows if r[1] != NAMES_TRIGGER or backfill_sql(r[3])]
    for kind, name, _table, _sql in rows:
        conn.execute(f"DROP {kind.upper()} {name}")
    return [(kind == "index" and table == "events", sql) for kind, _n, table, sql in rows]


def build_bulk(path: str, n_events: int, seed: int, batch: int, chars: int,
               workers: int = 2) -> None:
    """The same store shape without merging: each happening is one event from the start."""
    store = open_store(path)
    conn = store.conn
    next_event = (conn.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0]) + 1
    next_article = (conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0]) + 1
    stop_at = next_event + n_events - 1 - conn.execute("SELECT count(*) FROM events").fetchone()[0]
    fresh = next_event == 1
    t0 = time.perf_counter()
    n_articles = n_mentions = n_chars = 0
    conn.execute("PRAGMA cache_size = -400000")
    deferred: list[tuple[bool, str]] = []
    keys_sql = "INSERT OR IGNORE INTO event_keys (key, event_id) VALUES (?, ?)"
    if fresh:
        # A new file that nothing else reads yet: no rollback journal or WAL copy of every
        # page, no parent lookups for rows built consistent (WAL and the checks come back
        # at the end), and the sorts of the index builds on two threads.
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("PRAGMA threads = 2")
        with store.write():
            deferred = defer_indexes(conn)
        conn.execute(f"ATTACH '{path}-synth-keys' AS scratch")
        conn.execute(f"CREATE TABLE scratch.{KEYS_LOAD} (key TEXT, event_id INTEGER)")
        keys_sql = f"INSERT INTO scratch.{KEYS_LOAD} (key, event_id) VALUES (?, ?)"
    args = (n_events, seed, batch, chars, next_event, next_article, stop_at)
    for events, keys, lists, arts, ments, (last_event, na, nm, nc) in (
            in_children(args, workers) if workers else bulk_batches(*args)):
        n_articles += na
        n_mentions += nm
        n_chars += nc
        with store.write():
            conn.executemany(
                "INSERT INTO articles (id, source, hash, outlet, title, url, published, "
                "published_from, text, added) VALUES (?, ?, ?, ?, ?, ?, ?, 'metadata', ?, "
                "'2026-01-01T00:00:00+00:00')", arts)
            conn.executemany(
                'INSERT INTO events (id, value, start, "end", granularity, title, body, '
                "n_sources, n_mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", events)
            conn.executemany(keys_sql, keys)
            conn.executemany("INSERT INTO event_terms (event_id, buckets, terms) VALUES (?, ?, ?)",
                             lists)
            conn.executemany(
                'INSERT INTO mentions (event_id, article_id, start, "end", phrase, type, value, '
                "start_date, end_date, granularity, sentence, sentence_start, sentence_end, "
                "anchor, lead) VALUES (?, ?, ?, ?, ?, 'DATE', ?, ?, ?, ?, ?, ?, ?, ?, 0)", ments)
        dt = time.perf_counter() - t0
        print(f"{last_event:>9,} events  {n_articles:>8,} articles  "
              f"{n_mentions / dt:8.0f} mentions/s  {dt:7.1f} s", flush=True)
    if fresh:
        finish_deferred(store, deferred, path, t0)
    with store.write():
        counts.rebuild(conn)
        salience.rebuild(conn)
    if fresh:  # the events' indexes after the salience update: it would move them all
        with store.write():
            for of_events, sql in deferred:
                if of_events:
                    conn.execute(sql)
        print(f"events indexes built  {time.perf_counter() - t0:7.1f} s", flush=True)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
    n = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    dt = time.perf_counter() - t0
    print(f"done (bulk): {n:,} events from {n_articles:,} articles, {n_mentions:,} mentions, "
          f"{n_chars / 1e6:.0f} MB of text in {dt:.0f} s ({n_mentions / dt:.0f} mentions/s)")
    store.close()


def finish_deferred(store, deferred: list[tuple[bool, str]], path: str, t0: float) -> None:
    """The keys in key order, the full-text index in one pass, the other indexes."""
    conn = store.conn
    conn.execute("PRAGMA temp_store = FILE")  # the keys' sort spills to disk, not memory
    with store.write():
        conn.execute(f"INSERT INTO event_keys (key, event_id) SELECT key, event_id "
                     f"FROM scratch.{KEYS_LOAD} ORDER BY key, event_id")
    conn.execute("DETACH scratch")
    Path(f"{path}-synth-keys").unlink()
    print(f"keys sorted in  {time.perf_counter() - t0:7.1f} s", flush=True)
    with store.write():
        conn.execute("INSERT INTO events_fts (events_fts) VALUES ('rebuild')")
        for of_events, sql in deferred:
            if not of_events:
                if (fill := backfill_sql(sql)) and NAMES_TRIGGER in sql:
                    conn.execute(fill)
                conn.execute(sql)
        merge_full_text(conn)  # one segment each, as the schema's upgrade leaves a store
    conn.execute("PRAGMA temp_store = MEMORY")
    print(f"full text and indexes built  {time.perf_counter() - t0:7.1f} s", flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, required=True, help="stop once the store has N events")
    ap.add_argument("--db", required=True, help="the store to create or extend")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--batch", type=int, default=2000, help="articles per transaction")
    ap.add_argument("--chars", type=int, default=3000, help="about this many characters an "
                                                            "article")
    ap.add_argument("--bulk", action="store_true",
                    help="write the tables directly instead of merging (minutes for 1M events)")
    ap.add_argument("--workers", type=int, default=2,
                    help="--bulk: processes generating the rows beside the writer (default 2; "
                         "0: the writer generates them itself); the rows do not depend on it")
    args = ap.parse_args(argv)
    if args.bulk:
        build_bulk(args.db, args.events, args.seed, args.batch, args.chars, args.workers)
    else:
        build(args.db, args.events, args.seed, args.batch, args.chars)
    return 0


if __name__ == "__main__":
    sys.exit(main())
