"""Ingest speed on realistic 5 KB articles: --jobs 1 against --jobs 2, stages, store size,
and date finding alone next to dateparser's search_dates.

    python bench/ingest_bench.py [--articles 1000] [--size 5000] [--jobs 1,2]
                                 [--dateparser-sample 20] [--cli] [--keep DIR]

One corpus from bench/corpus.py (a folder of .txt files + manifest.json, as a
user would hand it over) is ingested through store.ingest.ingest into a fresh
store once per --jobs value, in this process, so every run pays the same
reading, cleaning, date finding, extraction and merging. Printed per run:
articles/s and chars/s by the wall clock, and CPU seconds of this process and
its workers (the per-core rate, which other load on the machine blurs less);
then the ratio of the first run's wall time to each other run's.

Then, on the first run's store: size per event and per article after a WAL
checkpoint. Then the stages of one article on one core (clean, tag, extract,
save) so a slow figure points at its stage. Then date finding alone:
store.timex.tag over every article, chars/s, and dateparser.search.search_dates
over the first --dateparser-sample articles (it is slow), chars/s, on the same
text with the same reference date.

Targets (issue 7): >= 100 articles/s per core, >= 1.7x with --jobs 2, date
finding >= 200,000 chars/s.
"""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus import generate, write_folder  # noqa: E402

from store.db import open_store  # noqa: E402


def cpu_seconds() -> float:
    """This process and its finished children (the pool's workers), user + system."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def run_ingest(folder: Path, db: Path, jobs: int) -> dict:
    from store.ingest import ingest

    store = open_store(db)
    c0, t0 = cpu_seconds(), time.perf_counter()
    report = ingest(store, [str(folder)], jobs=jobs)
    wall, cpu = time.perf_counter() - t0, cpu_seconds() - c0
    events = store.conn.execute("SELECT count(*) FROM events").fetchone()[0]
    store.close()
    return {"jobs": jobs, "wall": wall, "cpu": cpu, "added": report.added,
            "problems": len(report.problems), "mentions": report.mentions, "events": events}


def run_cli(folder: Path, db: Path) -> float:
    """Wall seconds of `dateline ingest FOLDER --db DB` with its default --jobs (all cores)."""
    import subprocess

    exe = Path(sys.executable).with_name("dateline")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "tui.cli"]
    t0 = time.perf_counter()
    subprocess.run([*cmd, "ingest", str(folder), "--db", str(db)], cwd=ROOT, check=True,
                   capture_output=True)
    return time.perf_counter() - t0


def store_size(db: Path) -> dict:
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    events, articles, text = conn.execute(
        "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM articles), "
        "(SELECT coalesce(sum(length(text)), 0) FROM articles)").fetchone()
    mentions = conn.execute("SELECT count(*) FROM mentions").fetchone()[0]
    conn.close()
    size = db.stat().st_size + sum(p.stat().st_size for p in db.parent.glob(db.name + "-*"))
    return {"bytes": size, "events": events, "articles": articles, "mentions": mentions,
            "text": text}


def where_the_bytes_go(db: Path) -> list[tuple[str, float]]:
    """(part, bytes an event) by dbstat, largest first: each table's rows, its indexes
    together, a full-text index with its shadow tables (issue 18: <= 1,500 an event)."""
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    n = conn.execute("SELECT count(*) FROM events").fetchone()[0] or 1
    owner = {name: (tbl if kind == "table" else f"{tbl} indexes")
             for name, tbl, kind in conn.execute("SELECT name, tbl_name, type FROM sqlite_master")}
    fts = [name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")]
    parts: dict[str, int] = {}
    for name, size in conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"):
        part = next((f for f in fts if name.startswith(f + "_")), None) or owner.get(name, name)
        if part.startswith("sqlite_autoindex_"):
            part = part.split("_")[2] + " indexes"
        parts[part] = parts.get(part, 0) + size
    conn.close()
    return sorted(((k, v / n) for k, v in parts.items()), key=lambda kv: -kv[1])


def stages(folder: Path, limit: int) -> dict[str, float]:
    """CPU seconds per stage over the first `limit` articles, on one core, in this process.

    CPU time, not the wall clock: other work on the machine would inflate the latter.
    """
    from store.clean import clean_text, furniture_spans
    from store.events import extract_mentions
    from store.ingest import analyse, save
    from store.read import read_inputs
    from store.timex import tag

    t = {"read": 0.0, "clean": 0.0, "tag": 0.0, "extract": 0.0, "save (merge)": 0.0}
    clock = time.process_time
    t0 = clock()
    raws = []
    for item in read_inputs([str(folder)]):
        if hasattr(item, "text"):
            raws.append(item)
        if len(raws) >= limit:
            break
    t["read"] = clock() - t0
    store = open_store(Path(tempfile.mkdtemp()) / "stages.db")
    for raw in raws:
        t0 = clock()
        text = clean_text(raw.text)
        furn = furniture_spans(text)
        t1 = clock()
        dct = date.fromisoformat(raw.published)
        timexes = tag(text, dct)
        t2 = clock()
        extract_mentions(text, raw.title, raw.published, timexes, furn)
        t3 = clock()
        t["clean"] += t1 - t0
        t["tag"] += t2 - t1
        t["extract"] += t3 - t2
        a = analyse(raw)
        t4 = clock()
        save(store, a)
        t["save (merge)"] += clock() - t4
    store.close()
    return {k: v / max(1, len(raws)) for k, v in t.items()}


def date_finding(articles, sample: int, with_dateparser: bool) -> list[tuple[str, float, int]]:
    """(name, chars/s by CPU time, phrases found): the same text, the same reference dates."""
    from store.timex import tag

    clock = time.process_time
    rows = []
    chars = sum(len(a.text) for a in articles)
    t0 = clock()
    found = 0
    for a in articles:
        found += len(tag(a.text, date.fromisoformat(a.published)))
    rows.append(("store.timex.tag", chars / (clock() - t0), found))
    if with_dateparser:
        try:
            from dateparser.search import search_dates
        except ImportError:
            return rows
        part = articles[:sample]
        chars = sum(len(a.text) for a in part)
        found = 0
        t0 = clock()
        for a in part:
            base = datetime.fromisoformat(a.published)
            found += len(search_dates(a.text, languages=["en"],
                                      settings={"RELATIVE_BASE": base}) or [])
        rows.append((f"dateparser search_dates ({len(part)} articles)",
                     chars / (clock() - t0), found))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--size", type=int, default=5000, help="characters an article")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", default="1,2", help="comma-separated --jobs values to compare")
    ap.add_argument("--stage-sample", type=int, default=200,
                    help="articles timed stage by stage (default 200)")
    ap.add_argument("--dateparser-sample", type=int, default=20,
                    help="articles given to dateparser (0: skip it)")
    ap.add_argument("--cli", action="store_true",
                    help="also time `dateline ingest DIR` as a user runs it (default --jobs)")
    ap.add_argument("--keep", help="write the corpus and stores here instead of a temp folder")
    args = ap.parse_args(argv)
    jobs = [int(j) for j in args.jobs.split(",") if j.strip()]

    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="dateline-ingest-"))
    work.mkdir(parents=True, exist_ok=True)
    articles = generate(args.articles, seed=args.seed, size=args.size)
    folder = write_folder(work / "corpus", articles)
    chars = sum(len(a.text) for a in articles)
    print(f"corpus: {len(articles)} articles, {chars / len(articles):,.0f} chars each, "
          f"{chars / 1e6:.1f} MB -> {folder}")
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} at start")
    print()
    print(f"{'jobs':>4} {'wall s':>7} {'art/s':>7} {'chars/s':>10} {'cpu s':>7} "
          f"{'art/s/core':>10} {'mentions':>8} {'events':>7} {'speedup':>7}")
    runs = []
    for j in jobs:
        db = work / f"ingest-jobs{j}.db"
        for p in work.glob(db.name + "*"):
            p.unlink()
        r = run_ingest(folder, db, j)
        runs.append(r)
        speed = runs[0]["wall"] / r["wall"]
        print(f"{j:>4} {r['wall']:>7.2f} {r['added'] / r['wall']:>7.1f} "
              f"{chars / r['wall']:>10,.0f} {r['cpu']:>7.2f} {r['added'] / r['cpu']:>10.1f} "
              f"{r['mentions']:>8} {r['events']:>7} {speed:>6.2f}x", flush=True)
        if r["problems"]:
            print(f"     {r['problems']} inputs failed")
    if args.cli:
        db = work / "ingest-cli.db"
        for p in work.glob(db.name + "*"):
            p.unlink()
        wall = run_cli(folder, db)
        print(f" cli {wall:>7.2f} {len(articles) / wall:>7.1f} {chars / wall:>10,.0f}   "
              f"(`dateline ingest DIR`, default --jobs: all cores; includes its start)")
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    for r in runs[1:]:
        ceiling = min(r["jobs"], os.cpu_count() or 1) * runs[0]["cpu"] / r["cpu"]
        print(f"jobs {r['jobs']}: CPU-bound ceiling {ceiling:.2f}x (cores x CPU of jobs "
              f"{runs[0]['jobs']} / CPU of jobs {r['jobs']}): the speedup on an otherwise idle "
              "machine; the wall-clock speedup above is lower when other work holds a core")

    s = store_size(work / f"ingest-jobs{jobs[0]}.db")
    print()
    print(f"store: {s['bytes'] / 1e6:.1f} MB for {s['events']:,} events, {s['mentions']:,} "
          f"mentions, {s['articles']:,} articles ({s['text'] / 1e6:.1f} MB of article text): "
          f"{s['bytes'] / max(1, s['events']):,.0f} bytes/event, "
          f"{s['bytes'] / max(1, s['articles']):,.0f} bytes/article")
    parts = where_the_bytes_go(work / f"ingest-jobs{jobs[0]}.db")
    print("where the bytes go, an event: " + ", ".join(
        f"{k} {v:,.0f}" for k, v in parts if v >= 10) + f" (total {sum(v for _, v in parts):,.0f})")

    print()
    st = stages(folder, args.stage_sample)
    total = sum(v for k, v in st.items() if k != "read")
    print(f"stages, CPU ms per article on one core ({args.stage_sample} articles):")
    for k, v in st.items():
        share = f"{100 * v / total:5.1f}%" if k != "read" else "      "
        print(f"  {k:<14} {v * 1000:7.2f} ms {share}")
    print(f"  {'total':<14} {total * 1000:7.2f} ms  -> {1 / total:.0f} articles/s a core")

    print()
    print("date finding alone (CPU time):")
    for name, rate, found in date_finding(articles, args.dateparser_sample,
                                          args.dateparser_sample > 0):
        print(f"  {name:<42} {rate:>10,.0f} chars/s  {found:>6} phrases")
    return 0


if __name__ == "__main__":
    sys.exit(main())
