"""The analyst's layer (issue 13): do corrections survive re-ingest, and what do they cost?

    python bench/annotations_bench.py [--articles 1000] [--big /tmp/notes-1m.db]

Part 1 (always): `--articles` synthetic articles (bench/corpus.py) are ingested,
one correction is imported for a mention of each (mark, note, title, hide or
date in turn, matched by article and mention as `dateline annotations import`
does), then every article is changed (two paragraphs added at its end) and
re-ingested. Prints how many corrections are still on
an event, how many are orphaned, and the re-ingest time against the same
re-ingest of a store without corrections. The corrected store also carries the
analyst's regroupings: `--articles // 10` merges of two articles' events and as
many splits of one source out of a many-source event (store/regroup.py); it
prints how many of them still hold after the re-ingest.

Part 2 (with `--big`, a copy of a 1,000,000-event store from bench/synth.py; it is
migrated to the current schema on open): the time of one edit as the app does it
(the edit's transaction, a new Browser, its first page), p50/p95 over 50 edits;
then a merge of two events, a split of one source out of a many-source event and
the undo of each, timed the same way (p50/p95 over 20 each); then the first page of
`is:marked`, `has:note`, `note:WORD` and of the whole timeline with hidden events
present, p50/p95 over 20 runs each.
"""

from __future__ import annotations

import argparse
import importlib
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import generate, write_folder  # noqa: E402
from store import annotation_lines, annotations, regroup  # noqa: E402
from store.browse import Browser  # noqa: E402
from store.db import open_store  # noqa: E402
from store.ingest import ingest  # noqa: E402

PAGE = 60


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def ms(xs: list[float]) -> str:
    return f"p50 {statistics.median(xs) * 1000:.1f} ms, p95 {pct(xs, 95) * 1000:.1f} ms"


def correction_lines(store, n: int) -> list[str]:
    """One correction for the first mention of each article, in the import format."""
    rows = store.conn.execute(
        "SELECT a.source, a.hash, m.phrase, m.sentence FROM articles a JOIN mentions m "
        "ON m.id = (SELECT min(id) FROM mentions WHERE article_id = a.id) ORDER BY a.id "
        "LIMIT ?", (n,)).fetchall()
    kinds = ("marked", "note", "title", "hidden", "date")
    out = []
    for i, (source, h, phrase, sentence) in enumerate(rows):
        line = {"article": {"source": source, "hash": h},
                "mention": {"phrase": phrase, "sentence": sentence}}
        kind = kinds[i % len(kinds)]
        if kind == "marked":
            line["marked"] = True
        elif kind == "hidden":
            line["hidden"] = True
        elif kind == "note":
            line["note"] = f"check this one ({i})"
        elif kind == "title":
            line["title"] = f"Corrected title {i}"
        else:
            line["date"] = {"value": "2001-09", "start": "2001-09-01", "end": "2001-09-30",
                            "granularity": "month"}
        out.append(json.dumps(line))
    return out


def regroup_some(store, n: int) -> int:
    """n merges (the events of two articles' first mentions) and n splits (the last source
    of an event told by several articles); returns how many were made."""
    conn = store.conn
    firsts = [e for (e,) in conn.execute(
        "SELECT m.event_id FROM articles a JOIN mentions m ON m.id = (SELECT min(id) FROM "
        "mentions WHERE article_id = a.id) ORDER BY a.id DESC LIMIT ?", (2 * n,))]
    made = 0
    for a, b in zip(firsts[::2], firsts[1::2], strict=False):
        if a != b and conn.execute("SELECT count(*) FROM events WHERE id IN (?, ?)",
                                   (a, b)).fetchone()[0] == 2:
            with store.write() as w:
                regroup.merge(w, a, [b])
            made += 1
    many = conn.execute("SELECT id FROM events WHERE n_sources > 1 ORDER BY id LIMIT ?",
                        (n,)).fetchall()
    for (e,) in many:
        art = conn.execute("SELECT max(article_id) FROM mentions WHERE event_id = ?",
                           (e,)).fetchone()[0]
        with store.write() as w:
            regroup.split(w, e, art)
        made += 1
    return made


def regroups_held(conn) -> tuple[int, int]:
    """(analyst's regroupings that hold now, all of them): a merged mention in its
    anchor's event; a split group alone in one event."""
    from store.regroup import _find

    rows = conn.execute(
        "SELECT kind, article_source, article_hash, phrase, sentence, with_source, with_hash, "
        "with_phrase, with_sentence FROM regroups").fetchall()
    where = lambda key: (hit := _find(conn, key)) and conn.execute(  # noqa: E731
        "SELECT event_id FROM mentions WHERE id = ?", (hit[0],)).fetchone()[0]
    held = total = 0
    groups: dict[tuple, list] = {}
    for kind, *ref in rows:
        if kind == "merge":
            total += 1
            m, a = where(tuple(ref[:4])), where(tuple(ref[4:]))
            held += bool(m) and m == a
        else:
            groups.setdefault(tuple(ref[4:]), []).append(where(tuple(ref[:4])))
    for evs in groups.values():
        total += 1
        e = evs[0]
        alone = e and conn.execute("SELECT count(*) FROM mentions WHERE event_id = ?",
                                   (e,)).fetchone()[0] == len(evs)
        held += bool(alone and len(set(evs)) == 1)
    return held, total


def changed(folder: Path) -> None:
    """Every article changed, as a corrected story would be: two paragraphs at its end. (A
    sentence put before the first undated one takes over the article's own-news mention,
    keyed to that sentence: that mention then really is gone, and its correction orphaned.)"""
    for f in sorted(folder.glob("*.txt")):
        f.write_text(f.read_text(encoding="utf-8") + "\nThis story has been updated with new "
                     "reporting.\n\nA correction was appended to this article.\n",
                     encoding="utf-8")


def part_one(n: int, tmp: Path) -> None:
    arts = generate(n, seed=13, size=2000)
    timings = {}
    for label, annotate in (("without corrections", False), ("with corrections", True)):
        folder = write_folder(tmp / f"corpus-{annotate}", arts)
        store = open_store(tmp / f"store-{annotate}.db")
        t = time.perf_counter()
        rep = ingest(store, [str(folder)], jobs=1)
        first = time.perf_counter() - t
        assert rep.ok, rep.problems[:3]
        if annotate:
            lines = correction_lines(store, n)
            with store.write() as conn:
                imp = annotation_lines.import_lines(conn, lines)
            print(f"  {len(lines)} corrections imported, {imp.matched} on an event, "
                  f"problems {len(imp.problems)} {imp.problems[:2]}")
            made = regroup_some(store, max(n // 10, 1))
            held, all_ = regroups_held(store.conn)
            print(f"  {made} merges and splits made; merged mentions and split groups "
                  f"holding: {held} of {all_}")
        changed(folder)
        t = time.perf_counter()
        rep = ingest(store, [str(folder)], jobs=1)
        again = time.perf_counter() - t
        timings[label] = again
        print(f"  {label}: first ingest {first:.1f} s, re-ingest of {rep.replaced} changed "
              f"articles {again:.1f} s")
        if annotate:
            total = store.conn.execute("SELECT count(*) FROM annotations").fetchone()[0]
            on_event = store.conn.execute(
                "SELECT count(*) FROM annotation_targets").fetchone()[0]
            orphaned = len(annotations.orphans(store.conn))
            applied = store.conn.execute(
                "SELECT count(*) FROM annotation_targets t JOIN event_layer l "
                "ON l.event_id = t.event_id").fetchone()[0]
            print(f"  corrections kept on an event after re-ingest: {on_event} of {total} "
                  f"({100 * on_event / max(total, 1):.1f}%), orphaned {orphaned}, "
                  f"with their event's layer {applied}")
            held, all_ = regroups_held(store.conn)
            print(f"  merged mentions and split groups holding after re-ingest: {held} of {all_} "
                  f"({100 * held / max(all_, 1):.1f}%), orphaned rows "
                  f"{regroup.orphan_count(store.conn)}")
        store.close()
    ratio = timings["with corrections"] / timings["without corrections"]
    print(f"  re-ingest time with / without corrections: {ratio:.2f}")


def part_two(big: str) -> None:
    t = time.perf_counter()
    store = open_store(big)
    print(f"  open (and migrate if older): {time.perf_counter() - t:.1f} s")
    rng = random.Random(13)
    top = store.conn.execute("SELECT max(id) FROM events").fetchone()[0]

    def some_event() -> int:
        while True:
            e = rng.randint(1, top)
            if store.conn.execute("SELECT 1 FROM events WHERE id = ?", (e,)).fetchone():
                return e

    edits = []
    for i in range(50):
        e = some_event()
        t = time.perf_counter()
        with store.write() as conn:
            annotations.edit(conn, e, marked=True, note=f"bench note {i} palmyra")
        b = Browser(store)
        b.first(PAGE)
        edits.append(time.perf_counter() - t)
    print(f"  one edit (transaction + new Browser + first page): {ms(edits)}")
    t = time.perf_counter()
    importlib.import_module("store.merge")  # the app loads it after its first paint
    print(f"  loading the merge code that merges and splits rebuild events with (once a "
          f"process): {(time.perf_counter() - t) * 1000:.0f} ms")
    many = [e for (e,) in store.conn.execute(
        "SELECT id FROM events WHERE n_sources BETWEEN 2 AND 20 AND id > ? LIMIT 20",
        (rng.randint(1, top // 2),))]
    timed: dict[str, list[float]] = {"merge": [], "split": [], "undo": []}
    for e in many:
        other = some_event()
        for kind, do in (("merge", lambda w, e=e, o=other: regroup.merge(w, e, [o])),
                         ("split", lambda w, e=e: regroup.split(w, e, w.execute(
                             "SELECT max(article_id) FROM mentions WHERE event_id = ?",
                             (e,)).fetchone()[0]))):
            t = time.perf_counter()
            with store.write() as conn:
                change = do(conn)
            Browser(store).first(PAGE)
            timed[kind].append(time.perf_counter() - t)
            t = time.perf_counter()
            with store.write() as conn:
                regroup.undo(conn, change)
            Browser(store).first(PAGE)
            timed["undo"].append(time.perf_counter() - t)
    for kind, xs in timed.items():
        if xs:
            print(f"  one {kind} (transaction + new Browser + first page): {ms(xs)}")
    for i in range(150):  # 200 marked events with notes, 100 hidden
        with store.write() as conn:
            annotations.edit(conn, some_event(), marked=True, note=f"another note {i}")
    for _ in range(100):
        with store.write() as conn:
            annotations.edit(conn, some_event(), hidden=True)
    for q in ("is:marked", "has:note", "note:palmyra", "", "after:2000"):
        runs, counts = [], []
        for _ in range(20):
            t = time.perf_counter()
            b = Browser(store, q)
            rows = b.first(PAGE)
            runs.append(time.perf_counter() - t)
            t = time.perf_counter()
            n = b.count()
            counts.append(time.perf_counter() - t)
        print(f"  first page of {q or '(everything)'!r} ({len(rows)} rows, count {n:,}): "
              f"{ms(runs)}; count {ms(counts)}")
    store.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--big", help="a 1,000,000-event store to edit (it is changed: use a copy)")
    ap.add_argument("--skip-reingest", action="store_true")
    args = ap.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="dateline-notes-bench-"))
    try:
        if not args.skip_reingest:
            print(f"re-ingest of {args.articles} changed articles carrying corrections")
            part_one(args.articles, tmp)
        if args.big:
            print(f"edits and layer queries on {args.big}")
            part_two(args.big)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
