"""First pages of searches on a big store: p50/p95 per filter shape, and the plan used.

    python bench/synth.py --events 1000000 --db /tmp/big.db --bulk
    python bench/query_bench.py --db /tmp/big.db

For each shape (no filter, a rare word, a word in nearly every event, rare
word over a wide date range, common word over a narrow one, source:,
sources:, precision:, combinations, after:/before:) it times what the app
pays when the search changes: Browser(store, query) (parse, plan) plus
first(100), over several different words of the same frequency. It then
times the next page, the last page, count() and density("month"). Words are
picked from the store's own vocabulary (fts5vocab) by how many events hold
them, so the shapes mean the same on any synthetic store. Target (issue 6):
every first page <= 100 ms at p95.

    python bench/query_bench.py --db F --paired-with /tmp/main-checkout

compares another checkout's first pages with this one's, each query answered by
both a moment apart (the way to see a 10-20% change on a shared machine).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from store.browse import Browser  # noqa: E402
from store.db import open_store  # noqa: E402
from store.query import source  # noqa: E402


def words_by_frequency(conn, total: int) -> dict[str, list[str]]:
    """Made-up words of the synthetic vocabulary at a few document frequencies."""
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.bench_vocab "
                 "USING fts5vocab(main, events_fts, row)")
    bands = {"rare": (3, 30), "uncommon": (total // 1000, total // 200),
             "medium": (total // 60, total // 25), "frequent": (total // 12, total // 5)}
    out = {}
    for band, (lo, hi) in bands.items():
        out[band] = [t for (t,) in conn.execute(
            "SELECT term FROM temp.bench_vocab WHERE doc BETWEEN ? AND ? AND length(term) > 5 "
            "AND term NOT GLOB '*[0-9]*' ORDER BY term LIMIT 8", (lo, hi))]
    return out


def shapes(words: dict[str, list[str]], article_id: int) -> dict[str, list[str]]:
    r, u, m, f = (words[k] or ["zzzz"] for k in ("rare", "uncommon", "medium", "frequent"))
    return {
        "no filter": [""],
        "rare word": r,
        "uncommon word (~0.2%)": u,
        "medium word (~3%)": m,
        "frequent word (~10%)": f,
        "word in ~every event": ["city"],
        "two frequent words": [f"{a} {b}" for a, b in zip(f, f[1:], strict=False)] or ["city"],
        "phrase of common words": ['"the city of"'],
        "rare word, wide dates": [f"{w} after:1976 before:2025" for w in r],
        "medium word, wide dates": [f"{w} after:1976 before:2025" for w in m],
        "common word, wide dates": ["city after:1976 before:2025"],
        "common word, narrow dates": ["city on:2016-03-15", "city after:2016-03 before:2016-04",
                                      "city on:2011-W20"],
        "medium word, narrow dates": [f"{w} after:2015-06 before:2015-07" for w in m],
        "after:/before:": ["after:2020", "before:1980", "after:2001-09 before:2001-10"],
        "on:": ["on:2016-03-15", "on:2010", "on:2016-W12", 'on:"March 2016"'],
        "source: big outlet": ["source:reuters", "source:bbc"],
        "source: small outlet": ['source:"courier 59"', 'source:"courier 47"'],
        "source: + word": [f"{w} source:reuters" for w in m[:3]] + ["city source:ap"],
        "sources:N": ["sources:2", "sources:3"],
        "precision:": ["precision:day", "precision:decade", "precision:season"],
        "combination": ["city sources:2 precision:day", f"{m[0]} source:bbc after:2000",
                        f"{f[0]} -city precision:month", f"{r[0]} sources:2"],
        "exclusion": ["-city", f"city -{f[0]}"],
        "article:": [f"article:{article_id}"],
    }


def _first_page(store, q: str, keep_cache: bool = False):
    if not keep_cache:
        source._SOURCE_CACHE.clear()  # measure source: as typed the first time
    b = Browser(store, q)
    return b, b.first(100)


def warm_file(path: str) -> None:
    """Read the store's file once, so the OS cache holds it as after a while of use."""
    t = time.perf_counter()
    with open(path, "rb") as f:
        while f.read(1 << 24):
            pass
    print(f"read {path} into the OS cache in {time.perf_counter() - t:.1f} s (--cold-file: don't)")


def timed(fn) -> tuple[float, object]:
    t = time.perf_counter()
    out = fn()
    return (time.perf_counter() - t) * 1000, out


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--repeat", type=int, default=3, help="runs of each query")
    ap.add_argument("--warm", action="store_true",
                    help="keep source: article lists cached between runs (a refined search)")
    ap.add_argument("--verbose", action="store_true", help="print each query and its plan")
    ap.add_argument("--only", default="", help="run only the shapes whose name contains this")
    ap.add_argument("--cold-file", action="store_true",
                    help="do not read the store's file first (pages then come from disk as the "
                         "OS cache happens to hold them: on a VM that drops its cache, first "
                         "pages of every shape cost 2-10x more)")
    ap.add_argument("--compare-cap", type=int, default=0, metavar="N",
                    help="instead: each first page by the fixed rule (pull a word in fewer "
                         "than N events, else probe: the planner before its cost model) and "
                         "by the cost model, alternately, on two connections")
    ap.add_argument("--paired-with", metavar="DIR", default="",
                    help="instead: each first page from DIR's checkout (e.g. main, `git archive` "
                         "into DIR) and from this one, one right after the other in two "
                         "processes, order alternating; per shape p50/p95 of each, the median "
                         "of the per-pair ratios, and whether the rows are the same")
    ap.add_argument("--pages", action="store_true",
                    help="with --paired-with: also time the page after the first and the last "
                         "page (their rows compared too)")
    args = ap.parse_args(argv)
    if args.compare_cap:
        return compare_cap(args)
    if args.paired_with:
        return paired(args)
    if not args.cold_file:
        warm_file(args.db)
    store = open_store(args.db, read_only=True)
    conn = store.conn
    total = Browser(store).count()
    article_id = conn.execute("SELECT max(id) / 2 FROM articles").fetchone()[0] or 1
    words = words_by_frequency(conn, total)
    print(f"store: {args.db}, {total:,} events; words: "
          + ", ".join(f"{k} {v[:2]}" for k, v in words.items()))
    print(f"{'shape':28} {'first p50':>9} {'p95':>7} {'next':>6} {'last':>6} {'count':>7} "
          f"{'density':>8}  {'matches':>8}  plan")
    everything: list[float] = []
    without_source: list[float] = []
    worst: list[tuple[float, str]] = []
    for shape, queries in shapes(words, article_id).items():
        if args.only not in shape:
            continue
        first, nxt, last, cnt, dens = [], [], [], [], []
        n = plan = None
        for q in queries:
            for _ in range(args.repeat):
                ms, b = timed(lambda q=q: _first_page(store, q, args.warm))
                b, rows = b
                first.append(ms)
                worst.append((ms, q))
                if rows:
                    nxt.append(timed(lambda b=b, rows=rows: b.after(rows[-1], 100))[0])
                last.append(timed(lambda b=b: b.last(100))[0])
                c_ms, n = timed(b.count)
                cnt.append(c_ms)
                dens.append(timed(lambda b=b: b.density("month"))[0])
                plan = b.plan.why
            if args.verbose:
                print(f"    {q!r}: {first[-1]:.1f} ms, {b.count()}{'' if b.count_exact else '+'}"
                      f" matches, {b.plan.why}")
                if b.plan.hits is None:
                    for row in conn.execute(
                            f"EXPLAIN QUERY PLAN SELECT e.id FROM events e {b.plan.index_hint} "
                            f"WHERE {b.plan.where} ORDER BY e.start, e.id LIMIT 100",
                            b.plan.params):
                        print(f"        {row[3]}")
        everything += first
        if not shape.startswith("source") and shape != "combination":
            without_source += first
        shown = f"{n}{'' if b.count_exact else '+'}"
        print(f"{shape:28} {statistics.median(first):9.1f} {pct(first, 95):7.1f} "
              f"{statistics.median(nxt) if nxt else 0:6.1f} {statistics.median(last):6.1f} "
              f"{statistics.median(cnt):7.1f} {statistics.median(dens):8.1f}  {shown:>8}  {plan}")
    print(f"\nall first pages: p50 {statistics.median(everything):.1f} ms, "
          f"p95 {pct(everything, 95):.1f} ms, max {max(everything):.1f} ms "
          f"(target: p95 <= 100 ms)")
    if without_source:
        print(f"first pages of searches without source:: p50 "
              f"{statistics.median(without_source):.1f} ms, p95 {pct(without_source, 95):.1f} ms, "
              f"max {max(without_source):.1f} ms")
    print("slowest: " + "; ".join(f"{q!r} {ms:.0f} ms" for ms, q in sorted(worst)[-5:]))
    return 0


# one process per checkout: reads a query a line (JSON), answers its first page's time, a
# hash of its ids and its plan; imports the store/ of the directory it runs in
WORKER = """
import hashlib, json, sys, time
sys.path.insert(0, ".")
from store.browse import Browser
from store.db import open_store
from store.query import source
store = open_store(sys.argv[1], read_only=True)
for line in sys.stdin:
    q, pages = json.loads(line)
    source._SOURCE_CACHE.clear()
    t = time.perf_counter()
    b = Browser(store, q)
    rows = b.first(100)
    ms = [(time.perf_counter() - t) * 1000]
    seen = [r.id for r in rows]
    if pages:  # then the page after it and the last page, each timed
        for page in ((lambda: b.after(rows[-1], 100)) if rows else (lambda: []),
                     lambda: b.last(100)):
            t = time.perf_counter()
            got = page()
            ms.append((time.perf_counter() - t) * 1000)
            seen += [r.id for r in got]
    ids = hashlib.sha1(json.dumps(seen).encode()).hexdigest()
    print(json.dumps([ms, ids, b.plan.why]), flush=True)
"""


def paired(args) -> int:
    """Before/after in pairs taken a moment apart: on a shared machine the load moves
    20-30% between two whole runs, far less between two answers to the same query."""
    import json
    import subprocess

    if not args.cold_file:
        warm_file(args.db)
    here = str(Path(__file__).resolve().parent.parent)
    store = open_store(args.db, read_only=True)
    total = Browser(store).count()
    article_id = store.conn.execute("SELECT max(id) / 2 FROM articles").fetchone()[0] or 1
    words = words_by_frequency(store.conn, total)
    store.close()
    workers = {side: subprocess.Popen([sys.executable, "-c", WORKER, args.db], cwd=cwd,
                                      stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
               for side, cwd in (("before", args.paired_with), ("after", here))}

    def ask(side: str, q: str) -> list:
        workers[side].stdin.write(json.dumps([q, args.pages]) + "\n")
        workers[side].stdin.flush()
        return json.loads(workers[side].stdout.readline())

    print(f"store: {args.db}, {total:,} events; before {args.paired_with}, after {here}")
    print(f"{'shape':28} {'before p50':>10} {'p95':>7} {'after p50':>10} {'p95':>7} "
          f"{'after/before':>12}  rows" + ("   next, last p50 before | after" if args.pages
                                           else ""))
    every = {"before": [], "after": []}
    ratios: list[float] = []
    later: dict[str, list[list[float]]] = {"before": [[], []], "after": [[], []]}
    try:
        for shape, queries in shapes(words, article_id).items():
            if args.only not in shape:
                continue
            times: dict[str, list[float]] = {"before": [], "after": []}
            shape_ratios, same = [], True
            for q in queries:
                for r in range(args.repeat):
                    got = {}
                    for side in (("before", "after") if r % 2 == 0 else ("after", "before")):
                        got[side] = ask(side, q)
                        first, *rest = got[side][0]
                        times[side].append(first)
                        for i, ms in enumerate(rest):
                            later[side][i].append(ms)
                    same = same and got["before"][1] == got["after"][1]
                    shape_ratios.append(got["after"][0][0] / max(got["before"][0][0], 1e-3))
                    if args.verbose and r == 0:
                        print(f"    {q!r}: {got['before'][2]} | {got['after'][2]}")
            for side in times:
                every[side] += times[side]
            ratios += shape_ratios
            print(f"{shape:28} {statistics.median(times['before']):10.1f} "
                  f"{pct(times['before'], 95):7.1f} {statistics.median(times['after']):10.1f} "
                  f"{pct(times['after'], 95):7.1f} {statistics.median(shape_ratios):12.2f}  "
                  f"{'same' if same else 'DIFFER'}" + (
                      "   " + " | ".join(", ".join(f"{statistics.median(xs):.1f}"
                                                   for xs in later[side])
                                         for side in ("before", "after"))
                      if args.pages else ""))
            if args.pages:
                for side in later:
                    later[side] = [[], []]
    finally:
        for w in workers.values():
            w.stdin.close()
            w.wait()
    print(f"{'all shapes':28} {statistics.median(every['before']):10.1f} "
          f"{pct(every['before'], 95):7.1f} {statistics.median(every['after']):10.1f} "
          f"{pct(every['after'], 95):7.1f} {statistics.median(ratios):12.2f}")
    return 0


def fixed_cap(cap: int):
    """The planner's rule before its cost model: pull a word in fewer than `cap` events."""
    from store.query import plan

    def choice(conn, fts, in_range, keeps=True, **_):  # (pull_first, prefilter: unused)
        n = source.capped(conn, plan.FTS_IDS, [fts], cap)
        return n < cap, f"fixed cap {cap:,}", False
    return choice


def compare_cap(args) -> int:
    """First pages of every shape by the fixed cap and by the cost model, interleaved."""
    from store.query import plan

    if not args.cold_file:
        warm_file(args.db)
    stores = {"cap": open_store(args.db, read_only=True),
              "model": open_store(args.db, read_only=True)}
    rules = {"cap": fixed_cap(args.compare_cap), "model": plan.fts_choice}
    conn = stores["model"].conn
    total = Browser(stores["model"]).count()
    article_id = conn.execute("SELECT max(id) / 2 FROM articles").fetchone()[0] or 1
    words = words_by_frequency(conn, total)
    print(f"store: {args.db}, {total:,} events; fixed cap {args.compare_cap:,} against the "
          "cost model, alternately")
    print(f"{'shape':28} {'cap p50':>8} {'p95':>7} {'model p50':>9} {'p95':>7}  plans (cap | model)")
    every: dict[str, list[float]] = {"cap": [], "model": []}
    for shape, queries in shapes(words, article_id).items():
        if args.only not in shape:
            continue
        times: dict[str, list[float]] = {"cap": [], "model": []}
        whys: dict[str, str] = {}
        for q in queries:
            for r in range(args.repeat):
                for name in (("cap", "model") if r % 2 == 0 else ("model", "cap")):
                    plan.fts_choice = rules[name]
                    try:
                        ms, (b, rows) = timed(lambda q=q, s=stores[name]: _first_page(s, q))
                    finally:
                        plan.fts_choice = rules["model"]
                    times[name].append(ms)
                    whys[name] = b.plan.why.split(" (")[0]
                    if args.verbose and r == 0:
                        print(f"    {name} {q!r}: {ms:.1f} ms, {b.plan.why}")
        for name in times:
            every[name] += times[name]
        print(f"{shape:28} {statistics.median(times['cap']):8.1f} {pct(times['cap'], 95):7.1f} "
              f"{statistics.median(times['model']):9.1f} {pct(times['model'], 95):7.1f}  "
              f"{whys['cap'][:24]} | {whys['model'][:24]}")
    for name in every:
        xs = every[name]
        print(f"all first pages, {name}: p50 {statistics.median(xs):.1f} ms, p95 "
              f"{pct(xs, 95):.1f} ms, max {max(xs):.1f} ms, over 100 ms: "
              f"{sum(x > 100 for x in xs)} of {len(xs)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
