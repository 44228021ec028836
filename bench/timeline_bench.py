"""Key dates and key: on a big store: `dateline timeline` and `key:N` first pages.

  python bench/timeline_bench.py --db /tmp/bench1m.db [--repeat 5]

Prints p50 / max of: key_dates over the whole range and over one year (the
year with the most events), with and without a word; the first page of
`key:50` searches; and the whole `dateline timeline` command in a child
process (start-up included). Targets (issue 12): <= 1 s over the whole range,
<= 200 ms for a one-year query, on 1,000,000 events.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from store.browse import Browser  # noqa: E402
from store.db import open_store  # noqa: E402
from store.keydates import key_dates  # noqa: E402


def timed(fn, repeat: int) -> tuple[float, float, object]:
    times, out = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), max(times), out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--repeat", type=int, default=5)
    a = ap.parse_args(argv)
    store = open_store(a.db, read_only=True)
    conn = store.conn
    n = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    year = conn.execute("SELECT period FROM period_counts WHERE zoom = 'year' "
                        "ORDER BY n DESC LIMIT 1").fetchone()[0]
    title = conn.execute("SELECT title FROM events WHERE granularity = 'day' "
                         "ORDER BY salience DESC LIMIT 1").fetchone()[0]
    word = max((w.strip(".,;:'\"") for w in title.split()), key=len)  # a content word
    print(f"store: {n:,} events; busiest year {year}; word '{word}'")
    nxt = str(int(year) + 1)
    for label, query, dates in [
        ("whole range, default N", "", None),
        ("whole range, 60 dates, 3 sentences", "", 60),
        (f"one year ({year}), 30 dates", f"after:{year} before:{nxt}", 30),
        (f"one year + word '{word}'", f"{word} after:{year} before:{nxt}", 30),
    ]:
        k = 3 if dates == 60 else 1

        def run(query=query, dates=dates, k=k):
            return key_dates(Browser(store, query), dates, k)
        p50, mx, out = timed(run, a.repeat)
        print(f"key_dates {label:<40} p50 {p50 * 1000:7.1f} ms  max {mx * 1000:7.1f} ms  "
              f"({len(out)} dates)")
    for query in ("key:50", f"key:50 after:{year} before:{nxt}", f"key:50 {word}"):
        p50, mx, rows = timed(lambda q=query: Browser(store, q).first(40), a.repeat)
        print(f"first page of {query:<40} p50 {p50 * 1000:7.1f} ms  max {mx * 1000:7.1f} ms  "
              f"({len(rows)} rows)")
    cmd = [sys.executable, "-c", "import sys; from tui.cli import main; sys.exit(main())",
           "timeline", "--db", a.db]
    p50, mx, _ = timed(lambda: subprocess.run(cmd, capture_output=True, check=True, cwd=ROOT),
                       max(1, a.repeat // 2))
    print(f"`dateline timeline` whole range, child process   p50 {p50 * 1000:7.1f} ms  "
          f"max {mx * 1000:7.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
