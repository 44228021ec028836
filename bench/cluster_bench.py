"""Ingest on Dask against the local pool, the client's memory on a big run, and the
ceiling of the one writer.

    python bench/cluster_bench.py [--articles 1000] [--size 5000] [--runs jobs1,jobs2,local1,local2]
                                  [--big 20000] [--big-size 600] [--writer 1000]

1. One corpus from bench/corpus.py (a folder of .txt files + manifest.json) is
   ingested into a fresh store once per run: `--jobs 1`, `--jobs 2`, `--cluster
   local:1`, `--cluster local:2`, all in this process through store.ingest.ingest.
   Each cluster is started (and its workers made to import the analysis modules)
   before its clock starts; the start is printed on its own. Printed per run:
   articles/s by the wall clock, CPU seconds of everything (this process, the
   pool's or the cluster's workers), the client's own CPU seconds per article
   (reading, the writer, and for a LocalCluster its scheduler), and the wall-time
   ratio to the first run. The machine is shared: compare ratios within one run.
   Every run's store is checked against the first one's (events, titles, values,
   counts, salience, in id order).
2. The client's memory on a big run: `--big` small articles through `--cluster
   local:2`, and through `--jobs 2` for comparison (the store's own page cache
   of 32 MB and the merge's memory grow in both), each in a fresh child process,
   its RSS sampled at each tenth of the progress, and its peak (VmHWM).
3. The writer alone: `--writer` articles analysed beforehand in this process,
   then only merged and written (the _Writer's transactions, store.ingest.BATCH_ARTICLES), in
   articles/s; and where its time goes (cProfile, top functions by own time), with the
   events' full-text writes counted (new events indexed, grown events re-indexed).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus import generate, write_folder  # noqa: E402

from store.db import open_store  # noqa: E402


def cpu_self() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def cpu_children() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _worker_cpu() -> float:
    import resource as res

    r = res.getrusage(res.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _warm() -> bool:
    """Import what analysis imports, so no run pays it inside its clock."""
    from store import clean, events, mention_titles, timex  # noqa: F401
    from store.read import html, text  # noqa: F401
    return True


def digest(db: Path) -> tuple[int, str]:
    store = open_store(db)
    rows = store.conn.execute('SELECT id, value, start, "end", title, n_sources, n_mentions, '
                              "salience FROM events ORDER BY id").fetchall()
    store.close()
    return len(rows), hashlib.sha256(repr(rows).encode()).hexdigest()[:12]


def run(folder: Path, db: Path, name: str) -> dict:
    from store.cluster import Cluster
    from store.ingest import ingest

    for p in db.parent.glob(db.name + "*"):
        p.unlink()
    cluster, start, workers = None, 0.0, 0.0
    if name.startswith("local"):
        t0 = time.perf_counter()
        cluster = Cluster(f"local:{name[5:]}")
        cluster.client.run(_warm)
        start = time.perf_counter() - t0
        workers = sum(cluster.client.run(_worker_cpu).values())
    jobs = int(name[4:]) if name.startswith("jobs") else 1
    store = open_store(db)
    c_self, c_kids, t0 = cpu_self(), cpu_children(), time.perf_counter()
    report = ingest(store, [str(folder)], jobs=jobs, cluster=cluster)
    wall = time.perf_counter() - t0
    client = cpu_self() - c_self
    if cluster is not None:
        workers = sum(cluster.client.run(_worker_cpu).values()) - workers
        cluster.close()
    else:
        workers = cpu_children() - c_kids
    store.close()
    return {"name": name, "wall": wall, "cpu": client + workers, "client": client,
            "added": report.added, "problems": len(report.problems), "start": start,
            "digest": digest(db)}


def store_sizes(db: Path) -> str:
    """Bytes per event of the whole store (after a checkpoint) and of the merge keys."""
    import sqlite3

    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    n = conn.execute("SELECT count(*) FROM events").fetchone()[0] or 1
    sizes = dict(conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"))
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE tbl_name IN ('event_keys', 'event_terms')")]
    conn.close()
    keys = sum(sizes.get(k, 0) for k in names)
    return (f"{os.path.getsize(db) / n:,.0f} bytes an event, merge keys "
            f"({', '.join(sorted(names))}) {keys / n:,.0f} bytes an event")


def _rss_kb(field: str = "VmRSS") -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def memory_run(folder: str, db: str, total: int, address: str) -> int:
    """In a fresh child process: RSS at each tenth of the progress and the peak, as JSON."""
    import contextlib

    from store.cluster import Cluster
    from store.ingest import ingest

    _warm()
    jobs = int(address[4:]) if address.startswith("jobs") else 1
    with (contextlib.nullcontext() if address.startswith("jobs") else Cluster(address)) as cluster:
        if cluster is not None:
            cluster.client.run(_warm)
        samples = [("started", _rss_kb())]
        marks = {total * k // 10 for k in range(1, 11)}

        def progress(n, label):
            if n in marks:
                samples.append((f"{n}", _rss_kb()))

        store = open_store(db)
        t0 = time.perf_counter()
        report = ingest(store, [folder], cluster=cluster, jobs=jobs, progress=progress)
        wall = time.perf_counter() - t0
        store.close()
    print(json.dumps({"samples": samples, "peak": _rss_kb("VmHWM"), "wall": wall,
                      "added": report.added}))
    return 0


def _analysed(folder: Path, limit: int, drafts: str | None) -> list:
    """The pre-analysed articles, from `drafts` (a pickle) when it exists, else analysed here
    (and saved there): analysis costs ~15 s a thousand, the writer one or two."""
    import pickle

    from store.ingest import _analyse_job
    from store.read import read_inputs

    if drafts and os.path.exists(drafts):
        with open(drafts, "rb") as f:
            return pickle.load(f)[:limit]
    analysed = []
    for item in read_inputs([str(folder)]):
        if hasattr(item, "text"):
            analysed.append(_analyse_job((item, None, None)))
        if len(analysed) >= limit:
            break
    if drafts:
        with open(drafts, "wb") as f:
            pickle.dump(analysed, f)
    return analysed


def _log_fts(conn) -> None:
    """Count the events' full-text writes (temp triggers beside events_ai/au): a new event is
    indexed once; a re-index takes its old text out and puts the new one in."""
    conn.execute("CREATE TEMP TABLE fts_log (kind TEXT, n INTEGER)")
    conn.execute("CREATE TEMP TRIGGER fts_log_ai AFTER INSERT ON main.events BEGIN "
                 "INSERT INTO fts_log VALUES ('indexed new', length(new.title) + "
                 "length(new.body)); END")
    conn.execute("CREATE TEMP TRIGGER fts_log_au AFTER UPDATE OF title, body ON main.events "
                 "WHEN old.title IS NOT new.title OR old.body IS NOT new.body BEGIN "
                 "INSERT INTO fts_log VALUES ('re-indexed', length(old.title) + length(old.body) "
                 "+ length(new.title) + length(new.body)); END")


def writer_ceiling(folder: Path, db: Path, limit: int, drafts: str | None = None) -> None:
    import cProfile
    import pstats

    from store.ingest import IngestReport, _store_one, _Writer

    analysed = _analysed(folder, limit, drafts)
    for p in db.parent.glob(db.name + "*"):
        p.unlink()
    store = open_store(db)
    _log_fts(store.conn)
    report = IngestReport()
    writer = _Writer(store)
    profile = cProfile.Profile()
    c0, t0 = time.process_time(), time.perf_counter()
    profile.enable()
    for a in analysed:
        _store_one(writer, a, report)
    writer.commit()
    profile.disable()
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    fts_writes = store.conn.execute("SELECT kind, count(*), sum(n) FROM fts_log GROUP BY kind "
                                    "ORDER BY kind").fetchall()
    store.close()
    n = len(analysed)
    print(f"writer alone: {n} pre-analysed articles ({sum(len(a.mentions) for a in analysed)} "
          f"mentions) merged and written in {wall:.2f} s wall, {cpu:.2f} s CPU (with the "
          f"profiler on) -> {n / wall:.0f} articles/s wall, {n / cpu:.0f} by CPU")
    print("full-text writes (profiled run): " + ", ".join(
        f"{k} {c:,} events ({chars:,} chars tokenised)" for k, c, chars in fts_writes))
    # the same again without the profiler: the figure to quote
    for p in db.parent.glob(db.name + "*"):
        p.unlink()
    store = open_store(db)
    writer = _Writer(store)
    c0, t0 = time.process_time(), time.perf_counter()
    for a in analysed:
        _store_one(writer, a, IngestReport())
    writer.commit()
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    store.close()
    n_events, sig = digest(db)
    print(f"writer's store: {n_events} events, digest {sig}; {store_sizes(db)}")
    print(f"writer alone, no profiler: {wall:.2f} s wall, {cpu:.2f} s CPU -> "
          f"{n / wall:.0f} articles/s wall, {n / cpu:.0f} by CPU "
          f"({1000 * cpu / n:.2f} ms CPU an article)")
    print("where the writer's time goes (own time, top 12):")
    stats = pstats.Stats(profile)
    rows = sorted(stats.stats.items(), key=lambda kv: -kv[1][2])[:12]
    total = sum(v[2] for v in stats.stats.values())
    for (file, line, func), (_cc, calls, own, _cum, _callers) in rows:
        where = f"{Path(file).name}:{line}" if line else file
        print(f"  {100 * own / total:5.1f}%  {own:6.2f} s  {calls:>8} calls  {func} ({where})")
    by_caller: dict[str, float] = {}
    for (_file, _line, func), (*_, callers) in stats.stats.items():
        if func in ("<method 'execute' of 'sqlite3.Connection' objects>",
                    "<method 'executemany' of 'sqlite3.Connection' objects>"):
            for (cfile, cline, cfunc), (_cc, _nc, tt, _ct) in callers.items():
                name = f"{cfunc} ({Path(cfile).name}:{cline})"
                by_caller[name] = by_caller.get(name, 0.0) + tt
    print("SQL time (execute, executemany) by the function that ran it:")
    for name, tt in sorted(by_caller.items(), key=lambda kv: -kv[1])[:8]:
        print(f"  {100 * tt / total:5.1f}%  {tt:6.2f} s  {name}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--size", type=int, default=5000, help="characters an article")
    ap.add_argument("--runs", default="jobs1,jobs2,local1,local2")
    ap.add_argument("--big", type=int, default=20000, help="articles of the memory run (0: skip)")
    ap.add_argument("--big-size", type=int, default=600, help="characters a big-run article")
    ap.add_argument("--big-runs", default="local:2,jobs2",
                    help="how the big run is made: local:N (a LocalCluster) or jobsN")
    ap.add_argument("--writer", type=int, default=1000, help="articles for the writer alone")
    ap.add_argument("--drafts", help="pickle of the writer's pre-analysed articles: read when "
                    "it exists, else written (repeat runs skip the analysis)")
    ap.add_argument("--floor", type=int, default=0, metavar="RUNS",
                    help="also replay the writer's recorded SQL RUNS times (bench/writer_floor.py)")
    ap.add_argument("--keep", help="write corpora and stores here instead of a temp folder")
    ap.add_argument("--memory-run", nargs=4, metavar=("FOLDER", "DB", "TOTAL", "ADDRESS"),
                    help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.memory_run:
        folder, db, total, address = args.memory_run
        return memory_run(folder, db, int(total), address)

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="dateline-cluster-"))
    work.mkdir(parents=True, exist_ok=True)
    articles = generate(args.articles, seed=1, size=args.size)
    folder = write_folder(work / "corpus", articles)
    print(f"corpus: {len(articles)} articles, "
          f"{sum(len(a.text) for a in articles) / len(articles):,.0f} chars each -> {folder}")
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at start")
    _warm()
    print()
    print(f"{'run':>8} {'start s':>7} {'wall s':>7} {'art/s':>6} {'cpu s':>6} "
          f"{'art/cpu-s':>9} {'client ms/art':>13} {'speedup':>7}  events digest")
    runs = []
    for name in [r.strip() for r in args.runs.split(",") if r.strip()]:
        r = run(folder, work / f"{name}.db", name)
        runs.append(r)
        print(f"{name:>8} {r['start']:>7.2f} {r['wall']:>7.2f} {r['added'] / r['wall']:>6.1f} "
              f"{r['cpu']:>6.1f} {r['added'] / r['cpu']:>9.1f} "
              f"{1000 * r['client'] / r['added']:>13.2f} {runs[0]['wall'] / r['wall']:>6.2f}x"
              f"  {r['digest'][0]} {r['digest'][1]}")
    if runs:
        same = len({r["digest"] for r in runs}) == 1
        print(f"stores identical across runs: {'yes' if same else 'NO'}")
        print(f"load average {os.getloadavg()[0]:.2f} at the end of the runs")

    if args.big:
        print()
        big = write_folder(work / "big", generate(args.big, seed=2, size=args.big_size))
        for how in [r.strip() for r in args.big_runs.split(",") if r.strip()]:
            db = work / "big.db"
            for p in work.glob("big.db*"):
                p.unlink()
            out = subprocess.run([sys.executable, __file__, "--memory-run", str(big), str(db),
                                  str(args.big), how], capture_output=True, text=True)
            if out.returncode != 0:
                print(f"memory run {how} failed: {out.stderr.strip()[-500:]}")
                continue
            m = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"client memory, {m['added']} articles of ~{args.big_size} chars, {how}, "
                  f"{m['wall']:.1f} s ({m['added'] / m['wall']:.0f} articles/s):")
            print("  RSS MB at " + ", ".join(f"{k}: {v / 1024:.0f}" for k, v in m["samples"]))
            print(f"  peak (VmHWM) {m['peak'] / 1024:.0f} MB")

    if args.writer:
        print()
        writer_ceiling(folder, work / "writer.db", args.writer, args.drafts)
    if args.writer and args.floor:
        from writer_floor import floor

        print()
        floor(_analysed(folder, args.writer, args.drafts), work, args.floor)
    return 0


if __name__ == "__main__":
    sys.exit(main())
