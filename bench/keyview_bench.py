"""The key-dates view (K) on a big store, in a real terminal (tmux, 100x30), as a user meets it.

    python bench/synth.py --events 1000000 --db /tmp/bench1m.db --bulk
    python bench/keyview_bench.py --db /tmp/bench1m.db

`dateline browse --db FILE` starts in a detached tmux session; after its first
paint and once the screen is still, K is sent and the pane polled until the
status line says KEY DATES with key rows drawn: that is the key view's first
paint (timed from K; the app's own start is bench/app_bench.py's figure).
Then, inside the key view, the keys of app_bench.py: j, PgDn, G/g (alternating),
a go-to-date jump and the searches (each a key view of its own), timed from
the key to the next changed screen; and K back to every event. The salience
bars and the details' reason arrive after the cursor (counted in "screen still
after K"). Peak memory is VmHWM of the app process at the end.

Targets (issue 12): the key view's first paint <= 0.6 s on 1,000,000 events, and the
timeline's key-to-repaint targets inside it (<= 20 ms median, <= 50 ms p95).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from app_bench import (  # noqa: E402
    SIZE,
    Tmux,
    app_pid,
    capture_cost,
    child_env,
    dateline_command,
    first_paints,
    key_to_repaint,
    settle,
    summary,
    terminal_keys,
    vm_hwm_mb,
    wait_for,
)


def key_view_on(screen: str) -> bool:
    """The status line says KEY DATES as soon as the key rows are drawn (the count after)."""
    return "KEY DATES" in screen


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", required=True, help="the big store (bench/synth.py --bulk)")
    ap.add_argument("--toggles", type=int, default=5, help="K presses timed (default 5)")
    ap.add_argument("--presses", type=int, default=30, help="presses of each key (default 30)")
    ap.add_argument("--key-poll", type=float, default=0.002)
    ap.add_argument("--timeout", type=float, default=30.0)
    ap.add_argument("--pycache", default="/tmp/dateline-bench-pycache")
    args = ap.parse_args(argv)
    if not Path(args.db).exists():
        print(f"keyview_bench: {args.db}: no such store (make one with bench/synth.py)",
              file=sys.stderr)
        return 2
    if not shutil.which("tmux"):
        print("keyview_bench: tmux is not installed", file=sys.stderr)
        return 2
    from store.db import open_store

    s = open_store(args.db)  # writable: an older store is migrated here, not in a timed start
    n = s.conn.execute("SELECT count(*) FROM events").fetchone()[0]
    s.close()
    print(f"store {args.db}: {n:,} events; terminal {SIZE[0]}x{SIZE[1]}; "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}")
    env = child_env(args.pycache)
    first_paints(dateline_command(args.db), 1, 0.01, args.timeout, env)  # warm-up
    walls, _, tmux = first_paints(dateline_command(args.db), 1, 0.01, args.timeout, env,
                                  keep_last=True)
    print(f"  app first paint (for reference)   {summary(walls)}")
    pid = app_pid(tmux.pane_pid())
    try:
        print(f"  capture-pane itself               {capture_cost(tmux) * 1000:.1f} ms "
              "(included in every figure below)")
        on, off, still = [], [], []
        for _ in range(args.toggles):
            settle(tmux, 0.5, args.timeout)
            t0 = time.perf_counter()
            tmux.keys("K")
            took, _ = wait_for(tmux, key_view_on, args.key_poll, args.timeout)
            on.append(took)
            still.append(settle(tmux, 0.5, args.timeout) - t0)
            t0 = time.perf_counter()
            tmux.keys("K")
            took, _ = wait_for(tmux, lambda s: not key_view_on(s), args.key_poll, args.timeout)
            off.append(took)
        print(f"  K: key view painted               {summary(on)}")
        print(f"  K: screen still after             {summary(still)}  (bars, details, counts)")
        print(f"  K again: every event              {summary(off)}")
        settle(tmux, 0.5, args.timeout)
        tmux.keys("K")
        wait_for(tmux, key_view_on, args.key_poll, args.timeout)
        keys = terminal_keys(tmux, args.presses, args.key_poll, args.timeout, random.Random(1))
        for name, values in keys.items():
            print(f"  in the key view: {name:<16} {summary(values)}")
        back = key_to_repaint(tmux, lambda: tmux.keys("K"), args.key_poll, args.timeout)
        print(f"  K back, first repaint             {summary([back] if back else [])}")
        hwm = vm_hwm_mb(pid)
        print(f"  peak memory (VmHWM of pid {pid})   "
              + (f"{hwm:.0f} MB" if hwm is not None else "unknown"))
        medians = {k: statistics.median(v) * 1000 for k, v in keys.items() if v}
        print("  medians (ms): " + ", ".join(f"{k} {v:.1f}" for k, v in medians.items()))
    finally:
        tmux.keys("q")
        time.sleep(0.3)
        Tmux.kill_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
