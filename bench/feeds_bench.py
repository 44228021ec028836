"""Issue 14's speed targets: a WARC against the same pages as HTML files, and the CPU cost
of a `watch` poll of unchanged feeds.

    python bench/feeds_bench.py [--pages 10000] [--jobs 2] [--feeds 100] [--skip-warc]

1. --pages realistic articles (bench/corpus.py) rendered as HTML pages with their
   metadata, written once as a folder of .html files and once as a .warc.gz (a request
   and a response record per page, as a crawler writes them). Each is ingested into a
   fresh store with store.ingest.ingest and --jobs workers; printed: wall time,
   pages/s, CPU of this process and its workers, and the WARC/HTML ratio of the wall
   times (target: WARC at least as fast, ratio <= 1.0).
2. --feeds RSS feeds of 5 items on a local HTTP server (127.0.0.1, in a thread) that
   sends ETags. One poll fills the store; then a second poll of all of them, every one
   a 304, is timed by the polling thread's own CPU clock (the server's threads are not
   counted). For comparison the same with a server that sends no validators, so each
   feed is downloaded and parsed and nothing is new. Target: < 1 s CPU for 100.
"""

from __future__ import annotations

import argparse
import io
import resource
import sys
import tempfile
import time
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

from corpus import generate  # noqa: E402

from store.db import open_store  # noqa: E402


def cpu_seconds() -> float:
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def html_page(a) -> str:
    paras = "".join(f"<p>{escape(p)}</p>" for p in a.text.split("\n\n") if p.strip())
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f"<title>{escape(a.title)}</title>"
            f'<meta property="og:site_name" content="{escape(a.outlet)}">'
            f'<meta property="article:published_time" content="{a.published}T08:00:00Z">'
            f'<link rel="canonical" href="{escape(a.url)}"></head><body>'
            f"<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article>"
            f"<h1>{escape(a.title)}</h1>{paras}</article><footer>Copyright</footer>"
            "</body></html>")


def write_corpus(out: Path, n: int) -> tuple[Path, Path]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    folder = out / "pages"
    folder.mkdir()
    warc = out / "pages.warc.gz"
    with warc.open("wb") as f:
        w = WARCWriter(f, gzip=True)
        for i, a in enumerate(generate(n)):
            body = html_page(a).encode("utf-8")
            (folder / f"{i:06d}.html").write_bytes(body)
            uri = f"{a.url}-{i}"
            req = StatusAndHeaders(f"GET {uri} HTTP/1.1", [("Host", "x")], is_http_request=True)
            w.write_record(w.create_warc_record(uri, "request", payload=io.BytesIO(b""),
                                                http_headers=req))
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                    protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                http_headers=http))
    return folder, warc


def ingest_once(inputs: list[str], db: Path, jobs: int) -> tuple[float, float, int]:
    from store.ingest import ingest

    store = open_store(db)
    c0, t0 = cpu_seconds(), time.perf_counter()
    report = ingest(store, inputs, jobs=jobs)
    wall, cpu = time.perf_counter() - t0, cpu_seconds() - c0
    store.close()
    return wall, cpu, report.added


def bench_warc(pages: int, jobs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        t0 = time.perf_counter()
        folder, warc = write_corpus(out, pages)
        print(f"corpus: {pages} pages, {sum(p.stat().st_size for p in folder.iterdir()) >> 20}"
              f" MB of HTML, WARC {warc.stat().st_size >> 20} MB gzipped "
              f"({time.perf_counter() - t0:.1f} s to write)")
        results = {}
        for name, inputs in (("html files", [str(folder)]), ("warc.gz", [str(warc)])):
            wall, cpu, added = ingest_once(inputs, out / f"{name[:4]}.db", jobs)
            results[name] = wall
            print(f"{name:10s}  jobs {jobs}: {added} added in {wall:.1f} s = "
                  f"{added / wall:.1f} pages/s; CPU {cpu:.1f} s ({cpu / max(added, 1) * 1000:.1f}"
                  " ms a page)")
        print(f"WARC / HTML wall time: {results['warc.gz'] / results['html files']:.2f} "
              "(target <= 1.00)")


def bench_watch(feeds: int) -> None:
    from local_site import Site, page, rss

    from store.db import open_memory
    from store.watch import Watcher

    for validators in (True, False):
        with Site() as site:
            urls = []
            for f in range(feeds):
                items = []
                for i in range(5):
                    link = site.add(f"/{f}/{i}", page(f"Story {f}-{i}", "Talks began on "
                                                      f"Monday, March {i + 1}, 2016. " * 20))
                    items.append({"title": f"Story {f}-{i}", "link": link,
                                  "pubDate": "Sat, 26 Mar 2016 10:00:00 GMT"})
                urls.append(site.add(f"/feed/{f}", rss(items), etag=validators,
                                     ctype="application/rss+xml"))
            store = open_memory()
            w = Watcher(store, spacing=0.0, timeout=10)
            t0 = time.perf_counter()
            added = sum(p.added for p in w.poll_all(urls))
            fill = time.perf_counter() - t0
            hits = len(site.hits)
            c0, t0 = time.thread_time(), time.perf_counter()
            polls = list(w.poll_all(urls))
            cpu, wall = time.thread_time() - c0, time.perf_counter() - t0
            outcomes = {p.outcome for p in polls}
            what = "ETag, each a 304" if validators else "no validators, each parsed"
            print(f"watch, {feeds} unchanged feeds ({what}): {cpu:.3f} s CPU, {wall:.3f} s "
                  f"wall, {len(site.hits) - hits} requests, outcomes {sorted(outcomes)} "
                  f"(first fill: {added} articles in {fill:.1f} s)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=10000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--feeds", type=int, default=100)
    ap.add_argument("--skip-warc", action="store_true")
    args = ap.parse_args()
    bench_watch(args.feeds)
    if not args.skip_warc:
        bench_warc(args.pages, args.jobs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
