"""Merge time per article at 10,000 and 100,000 stored articles: it must stay flat.

Synthetic news: three hundred outlets publish ten articles a day for decades;
each article dates one to three happenings, mostly of the last weeks, one in
ten anywhere in the years before; half the time it retells (in other words)
a happening another outlet already reported. Articles go through
`store.merge.add_article` into a file database, exactly as ingest calls it;
a batch of 500 is timed at each size, commits included (one per 50 articles):
the median transaction, so that other processes on the machine blur it less,
and the CPU time of this process.

    python bench/merge_bench.py [--small N] [--large N] [--batch N] [--history F] [--db PATH]

--quality N instead measures how right the merges are, on N articles of the same
news where every mention's happening is known and half the happenings take
place in one of a few real countries, told either "in Kenya" or with the
people's name ("Kenyan police ..."), so that several happenings share a
country on the same day: pairs of mentions of one happening put in one event
are merges right, pairs of two happenings in one event are merges wrong (worse
than a split: two stories shown as one), pairs of one happening left in two
events are splits.

    python bench/merge_bench.py --quality 5000 [--countries 8]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from store.db import open_store  # noqa: E402
from store.merge import add_article  # noqa: E402
from store.model import MentionDraft  # noqa: E402
from store.similarity import terms  # noqa: E402

SYLLABLES = "ka ro mi ta ne su lo va re di po sa tu me li ga bo ne ha zu".split()
ACTORS = ["rebels", "the army", "police", "protesters", "the government", "militants",
          "the ministry", "firefighters", "the parliament", "the court", "workers", "the mayor"]
VERBS = [("captured", "seized"), ("attacked", "struck"), ("closed", "shut"),
         ("opened", "inaugurated"), ("evacuated", "emptied"), ("banned", "outlawed"),
         ("raided", "searched"), ("flooded", "inundated"), ("bombed", "shelled"),
         ("approved", "passed")]
OBJECTS = ["the airport", "the bridge", "a market", "the border crossing", "the port",
           "a hospital", "the stadium", "the old town", "the power plant", "a school",
           "the budget", "the railway station", "a refinery", "the main road"]
FILLERS = ["after heavy fighting", "witnesses said", "in a surprise move", "late at night",
           "despite warnings", "amid protests", "for the first time", "local media reported"]
# (country, its people's adjective): real names, so that folding them is measured
COUNTRIES = [("Kenya", "Kenyan"), ("Peru", "Peruvian"), ("Egypt", "Egyptian"),
             ("Iraq", "Iraqi"), ("Nepal", "Nepalese"), ("Chile", "Chilean"),
             ("Ukraine", "Ukrainian"), ("Vietnam", "Vietnamese"), ("Ghana", "Ghanaian"),
             ("Norway", "Norwegian"), ("Mexico", "Mexican"), ("Turkey", "Turkish")]
START = dt.date(1996, 1, 1)
PER_DAY = 10  # articles a day: 100,000 articles span 27 years


def place(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()


class News:
    """A stream of synthetic articles retelling a shared pool of happenings."""

    def __init__(self, seed: int = 7, history: float = 0.1, countries: int = 0):
        self.rng = random.Random(seed)
        self.history = history
        self.countries = COUNTRIES[:countries]
        self.happenings: list[tuple] = []
        # the happening of each draft of the last article; its lead draft dates the
        # publication day, where it is the same happening only with leads of that day
        self.truth: list[tuple[int, str | None]] = []

    def happening(self, published: dt.date) -> tuple:
        rng = self.rng
        if self.happenings and rng.random() < 0.5:
            return rng.choice(self.happenings[-3000:])  # retold while it is news
        if rng.random() < self.history:  # history: anything since the start of the archive
            back = rng.randrange(max((published - START).days, 1))
        else:  # this week's and this month's news
            back = min(int(rng.expovariate(1 / 10)), 400)
        day = published - dt.timedelta(days=back)
        month = rng.random() < 0.15
        where = (rng.choice(self.countries) if self.countries and rng.random() < 0.5
                 else (place(rng), None))
        h = (day, month, rng.choice(ACTORS), rng.randrange(len(VERBS)), rng.choice(OBJECTS),
             where, rng.randrange(2, 500), len(self.happenings))
        self.happenings.append(h)
        return h

    def sentence(self, h: tuple) -> str:
        day, month, actor, verb, obj, (where, people), n, _ = h
        rng = self.rng
        when = f"in {day:%B %Y}" if month else f"on {day:%B} {day.day}, {day.year}"
        v = VERBS[verb][rng.randrange(2)]
        if people and rng.random() < 0.5:  # "Kenyan police", "the Kenyan army"
            who = (f"the {people} {actor[4:]}" if actor.startswith("the ")
                   else f"{people} {actor}")
            parts = [who[0].upper() + who[1:], v, obj, when]
        else:
            parts = [actor.capitalize(), v, obj, "in", where, when]
        if rng.random() < 0.5:
            parts += ["leaving", str(n), "people stranded"]
        if rng.random() < 0.7:
            parts.append(rng.choice(FILLERS))
        return " ".join(parts) + "."

    def article(self, k: int) -> tuple[str, str, list[MentionDraft]]:
        rng = self.rng
        published = START + dt.timedelta(days=k // PER_DAY)  # the archive grows day by day
        drafts = []
        text = ""
        self.truth = []
        for _ in range(rng.randint(1, 3)):
            h = self.happening(published)
            self.truth.append((h[-1], None))
            s = self.sentence(h)
            day, month = h[0], h[1]
            start = day.replace(day=1) if month else day
            end = ((start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
                   - dt.timedelta(days=1)) if month else day
            phrase_at = s.index(f" in {day:%B}") if month else s.index(f" on {day:%B}")
            i = len(text) + phrase_at + 1
            title = s.rstrip(".")
            drafts.append(MentionDraft(
                start=i, end=i + 12, phrase=s[phrase_at + 1:phrase_at + 13], type="DATE",
                value=start.isoformat()[:7] if month else start.isoformat(),
                start_date=start.isoformat(), end_date=end.isoformat(),
                granularity="month" if month else "day", sentence=s,
                sentence_start=len(text), sentence_end=len(text) + len(s), title=title[:100],
                anchor=f"'{s[phrase_at + 1:phrase_at + 13]}' (absolute)", terms=terms(title)))
            text += s + " "
        lead = drafts[0]
        drafts.insert(0, MentionDraft(
            start=0, end=0, phrase="", type="DATE", value=published.isoformat(),
            start_date=published.isoformat(), end_date=published.isoformat(),
            granularity="day", sentence=lead.sentence, sentence_start=0,
            sentence_end=lead.sentence_end, title=lead.title, anchor="published",
            lead=True, terms=lead.terms))
        self.truth.insert(0, (self.truth[0][0], published.isoformat()))
        return published.isoformat(), text, drafts


def add(store, news: News, first: int, count: int, per_tx: int) -> list[tuple[float, float]]:
    """Add `count` articles; return (wall, cpu) seconds per transaction spent in
    add_article and the commit."""
    spent = []
    done = 0
    while done < count:
        batch = [news.article(first + done + j) for j in range(min(per_tx, count - done))]
        with store.write() as conn:
            ids = []
            for j, (published, text, _) in enumerate(batch):
                cur = conn.execute(
                    "INSERT INTO articles (source, hash, outlet, title, published, text, added) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (f"bench:{first + done + j}", f"h{first + done + j}",
                     f"Outlet {(first + done + j) % 300}", None, published, text, "bench"))
                ids.append(cur.lastrowid)
            t0, c0 = time.perf_counter(), time.process_time()
            for aid, (_, _, drafts) in zip(ids, batch, strict=True):
                add_article(conn, aid, drafts)
        spent.append((time.perf_counter() - t0, time.process_time() - c0))
        done += len(batch)
    return spent


def quality(n: int, countries: int) -> None:
    """Merge n articles and count merges right, merges wrong and splits (pairs of mentions)."""
    store = open_store(":memory:")
    news = News(countries=countries)
    happening_of: dict[int, tuple[int, str | None]] = {}
    with store.write() as conn:
        for k in range(n):
            published, text, drafts = news.article(k)
            aid = conn.execute(
                "INSERT INTO articles (source, hash, outlet, title, published, text, added) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)", (f"q:{k}", f"q{k}", f"Outlet {k % 300}", None,
                                                 published, text, "bench")).lastrowid
            first = conn.execute("SELECT coalesce(max(id), 0) FROM mentions").fetchone()[0]
            add_article(conn, aid, drafts)
            ids = [i for (i,) in conn.execute(
                "SELECT id FROM mentions WHERE id > ? ORDER BY id", (first,))]
            assert len(ids) == len(news.truth)  # mentions are written in the drafts' order
            happening_of.update(zip(ids, news.truth, strict=True))
    by_event: dict[int, list[tuple[int, str | None]]] = {}
    for mid, eid in store.conn.execute("SELECT id, event_id FROM mentions"):
        by_event.setdefault(eid, []).append(happening_of[mid])
    right = wrong = 0
    events_of: dict[tuple[int, str | None], set[int]] = {}
    for eid, hs in by_event.items():
        for h in hs:
            events_of.setdefault(h, set()).add(eid)
        same = sum(c * (c - 1) // 2 for c in Counter(hs).values())
        right += same
        wrong += len(hs) * (len(hs) - 1) // 2 - same
    sizes: dict[tuple[int, str | None], int] = {}
    for h in happening_of.values():
        sizes[h] = sizes.get(h, 0) + 1
    all_pairs = sum(c * (c - 1) // 2 for c in sizes.values())
    mixed = sum(1 for hs in by_event.values() if len(set(hs)) > 1)
    # by mention: those in an event whose most told happening is another one, and the
    # events a happening is spread over beyond its first
    strays = sum(len(hs) - Counter(hs).most_common(1)[0][1] for hs in by_event.values())
    extra = sum(len(e) - 1 for e in events_of.values())
    told = [h for h, c in sizes.items() if c > 1]
    print(f"{n:,} articles, {len(happening_of):,} mentions of {len(sizes):,} happenings "
          f"(a lead's own day apart; {len(told):,} told more than once), {len(by_event):,} events "
          f"({mixed:,} mixing happenings); countries {countries}")
    print(f"merges right {right:,}, merges wrong {wrong:,}, splits {all_pairs - right:,} "
          f"(pairs of mentions): precision {right / max(right + wrong, 1):.4f}, "
          f"recall {right / max(all_pairs, 1):.4f}; events per happening told more than "
          f"once {sum(len(events_of[h]) for h in told) / max(len(told), 1):.3f}")
    print(f"by mention: {strays:,} in an event of another happening (merged wrongly), "
          f"{extra:,} events beyond a happening's first (split)")
    store.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--small", type=int, default=10_000)
    ap.add_argument("--large", type=int, default=100_000)
    ap.add_argument("--batch", type=int, default=500)
    ap.add_argument("--history", type=float, default=0.1,
                    help="share of happenings dated anywhere in the past (1.0: every mention "
                         "lands in a random part of the index, the worst case for commits)")
    ap.add_argument("--db", help="database file (default: a temporary one)")
    ap.add_argument("--quality", type=int, metavar="N",
                    help="merge N articles and count merges right and wrong instead of timing")
    ap.add_argument("--countries", type=int, default=8,
                    help="with --quality: real countries half the happenings take place in")
    args = ap.parse_args()
    if args.quality:
        quality(args.quality, args.countries)
        return
    tmp = tempfile.mkdtemp(prefix="dateline-bench-")
    path = args.db or os.path.join(tmp, "bench.db")
    store = open_store(path)
    news = News(history=args.history)
    wall = time.perf_counter()
    n = 0
    results = []
    for size in (args.small, args.large):
        t0 = time.perf_counter()
        add(store, news, n, size - n, 2000)
        n = size
        print(f"filled to {n:,} articles in {time.perf_counter() - t0:.0f} s", flush=True)
        per_tx = 50
        spent = add(store, news, n, args.batch, per_tx)
        n += args.batch
        ms = statistics.median(w for w, _ in spent) * 1000 / per_tx
        cpu = sum(c for _, c in spent) * 1000 / args.batch
        events, mentions, keys = (store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                                  for t in ("events", "mentions", "event_keys"))
        multi = store.conn.execute("SELECT count(*) FROM events WHERE n_sources > 1").fetchone()[0]
        results.append(ms)
        print(f"at {size:>7,} articles: {ms:.2f} ms/article (median of {len(spent)} commits of "
              f"{per_tx}; {cpu:.2f} ms CPU) over a batch of {args.batch} "
              f"({events:,} events, {multi:,} with 2+ sources, {mentions:,} mentions, "
              f"{keys:,} keys)", flush=True)
    print(f"ratio {args.large:,} / {args.small:,}: {results[1] / results[0]:.2f}x "
          f"(total {time.perf_counter() - wall:.0f} s)")
    store.close()


if __name__ == "__main__":
    main()
