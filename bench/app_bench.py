"""The app on a big store, as a user meets it: first paint in a real terminal, key-to-repaint,
peak memory; and the same keys in-process (App.run_test) as a second figure.

    python bench/synth.py --events 1000000 --db /tmp/bench1m.db --bulk
    python bench/synth.py --events 10 --db /tmp/bench10.db --bulk
    python bench/app_bench.py --db /tmp/bench1m.db --small-db /tmp/bench10.db

In a terminal (tmux, its own server socket, 100x30): `dateline browse --db FILE`
starts in a detached session and `tmux capture-pane -p` is polled until a
timeline row with a date (an event row) is on screen: that is first paint,
timed from just before the session starts (so it includes Python's start,
imports, opening the store and the first page). Then keys are sent with
`tmux send-keys` and the pane is polled until it differs from before: j,
PgDn, G (alternating with g so each press moves), and a go-to-date jump
(t, a date, Enter: timed from Enter). Before quitting, VmHWM of the app
process (/proc/PID/status) is its peak resident memory. One capture-pane
costs a few ms itself; its median is printed so it can be taken off.

In-process: the same keys through App.run_test(size=(100, 30)), timed from the
Key event to the app's next rendered screen update (no terminal in between);
and, for j, Pilot.press + pause, which also waits for Textual's idle detector.

Targets (issue 7): first paint <= 0.6 s on 1,000,000 events, key-to-repaint
<= 20 ms median and <= 50 ms p95, peak memory <= 120 MB.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

EVENT_ROW = re.compile(r"^│[▸ ] (\d{4}(-\d\d)*|\d{3}X|\d\dXX)\b", re.M)
SIZE = (100, 30)


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    if not s:
        return float("nan")
    k = min(len(s) - 1, max(0, round(p / 100 * (len(s) - 1))))
    return s[k]


def summary(values_s: list[float]) -> str:
    ms = [v * 1000 for v in values_s]
    return (f"p50 {pct(ms, 50):7.1f} ms  p95 {pct(ms, 95):7.1f} ms  max {max(ms):7.1f} ms  "
            f"(n={len(ms)})")


class Tmux:
    """One private tmux server (its own socket), one detached session."""

    def __init__(self, name: str):
        self.sock = f"dateline-bench-{os.getpid()}-{name}"
        self.target = "bench"

    def run(self, *args: str, check: bool = True) -> str:
        r = subprocess.run(["tmux", "-L", self.sock, "-f", "/dev/null", *args],
                           capture_output=True, text=True, check=check)
        return r.stdout

    def start(self, command: list[str]) -> None:
        self.run("new-session", "-d", "-s", self.target, "-x", str(SIZE[0]), "-y", str(SIZE[1]),
                 *command)

    def capture(self) -> str:
        return self.run("capture-pane", "-p", "-t", self.target, check=False)

    def keys(self, *keys: str) -> None:
        self.run("send-keys", "-t", self.target, *keys)

    def pane_pid(self) -> int:
        return int(self.run("display-message", "-p", "-t", self.target, "#{pane_pid}").strip())

    def kill(self) -> None:
        self.run("kill-server", check=False)


def app_pid(shell_pid: int) -> int:
    """The python process of the app: the pane's process or its child (when a shell ran it)."""
    try:
        if b"python" in Path(f"/proc/{shell_pid}/cmdline").read_bytes():
            return shell_pid
        kids = Path(f"/proc/{shell_pid}/task/{shell_pid}/children").read_text().split()
        return int(kids[0]) if kids else shell_pid
    except OSError:
        return shell_pid


def vm_hwm_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def wait_for(tmux: Tmux, done, poll: float, timeout: float) -> tuple[float, str]:
    """Seconds until done(screen) is true (polling), and that screen; raises on timeout."""
    t0 = time.perf_counter()
    while True:
        screen = tmux.capture()
        now = time.perf_counter()
        if done(screen):
            return now - t0, screen
        if now - t0 > timeout:
            raise TimeoutError(screen)
        time.sleep(poll)


def dateline_command(db: str) -> list[str]:
    exe = Path(sys.executable).with_name("dateline")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "tui.cli"]
    return cmd + ["browse", "--db", db]


def first_paint(db: str, poll: float, timeout: float) -> tuple[float, Tmux]:
    tmux = Tmux("fp")
    t0 = time.perf_counter()
    tmux.start(dateline_command(db))
    wait_for(tmux, lambda s: EVENT_ROW.search(s) is not None, poll, timeout)
    return time.perf_counter() - t0, tmux


def settle(tmux: Tmux, quiet: float = 0.3, timeout: float = 20.0) -> str:
    """Wait until the screen has not changed for `quiet` seconds (counts, details landed)."""
    last = tmux.capture()
    since = time.perf_counter()
    t0 = since
    while time.perf_counter() - since < quiet and time.perf_counter() - t0 < timeout:
        time.sleep(0.02)
        s = tmux.capture()
        if s != last:
            last, since = s, time.perf_counter()
    return last


def key_to_repaint(tmux: Tmux, send, poll: float, timeout: float) -> float:
    before = tmux.capture()
    t0 = time.perf_counter()
    send()
    wait_for(tmux, lambda s: s != before, poll, timeout)
    return time.perf_counter() - t0


def goto_dates(rng: random.Random, n: int) -> list[str]:
    return [f"{rng.randint(1976, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            for _ in range(n)]


def terminal_keys(tmux: Tmux, presses: int, poll: float, timeout: float,
                  rng: random.Random) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {"j": [], "PgDn": [], "G / g": [], "go to date": []}
    settle(tmux)
    for _ in range(presses):
        out["j"].append(key_to_repaint(tmux, lambda: tmux.keys("j"), poll, timeout))
        settle(tmux, 0.1)
    for _ in range(presses):
        out["PgDn"].append(key_to_repaint(tmux, lambda: tmux.keys("PageDown"), poll, timeout))
        settle(tmux, 0.1)
    for i in range(presses):
        key = "G" if i % 2 == 0 else "g"
        out["G / g"].append(key_to_repaint(tmux, lambda k=key: tmux.keys(k), poll, timeout))
        settle(tmux, 0.2)
    for day in goto_dates(rng, max(3, presses // 2)):
        tmux.keys("t")
        wait_for(tmux, lambda s: "go to date" in s, poll, timeout)
        tmux.keys("-l", day)
        wait_for(tmux, lambda s, d=day: d in s, poll, timeout)
        out["go to date"].append(key_to_repaint(tmux, lambda: tmux.keys("Enter"), poll, timeout))
        settle(tmux, 0.2)
    return out


def capture_cost(tmux: Tmux, n: int = 30) -> float:
    t = []
    for _ in range(n):
        t0 = time.perf_counter()
        tmux.capture()
        t.append(time.perf_counter() - t0)
    return statistics.median(t)


async def in_process(db: str, presses: int, rng: random.Random) -> dict[str, list[float]]:
    """Key to the compositor's next screen update, in-process and headless.

    A Key event goes to the driver as a terminal would deliver it, and the time
    is taken when the app next hands a rendered update to App._display (which
    headless discards). Pilot.press + pause is printed for j as well: it waits
    for Textual's idle detector (20 ms sleeps), so it is slower than any repaint.
    """
    from textual import events

    from store.db import open_store
    from tui.app import DatelineApp

    store = open_store(db)
    app = DatelineApp(store, "")
    out: dict[str, list[float]] = {"first page (start to rows drawn)": [], "j": [], "PgDn": [],
                                   "G / g": [], "go to date": [], "j via pilot.press+pause": []}
    stamps: list[float] = []
    shown = app._display

    def display(screen, renderable):
        if renderable is not None:
            try:
                has_rows = bool(app.query_one("#timeline").rows)
            except Exception:
                has_rows = False
            if has_rows:
                stamps.append(time.perf_counter())
        return shown(screen, renderable)

    app._display = display
    t0 = time.perf_counter()
    async with app.run_test(size=SIZE) as pilot:
        while not stamps and time.perf_counter() - t0 < 60:
            await asyncio.sleep(0.001)
        out["first page (start to rows drawn)"].append(stamps[0] - t0)
        await pilot.pause(0.5)

        async def timed(name: str, key: str, char: str | None) -> None:
            await pilot.pause()
            stamps.clear()
            t = time.perf_counter()
            app._driver.send_message(events.Key(key, char))
            while not stamps and time.perf_counter() - t < 10:
                await asyncio.sleep(0.0005)
            if stamps:
                out[name].append(stamps[0] - t)

        for _ in range(presses):
            await timed("j", "j", "j")
        for _ in range(presses):
            await timed("PgDn", "pagedown", None)
        for i in range(presses):
            key = "G" if i % 2 == 0 else "g"
            await timed("G / g", key, key)
        for day in goto_dates(rng, max(3, presses // 2)):
            await pilot.press("t", *day)
            await pilot.pause()
            await timed("go to date", "enter", "\r")
        for _ in range(presses):
            t = time.perf_counter()
            await pilot.press("j")
            await pilot.pause()
            out["j via pilot.press+pause"].append(time.perf_counter() - t)
    store.close()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", required=True, help="the big store (bench/synth.py --bulk)")
    ap.add_argument("--small-db", help="a tiny store for the first-paint ratio (10 events)")
    ap.add_argument("--starts", type=int, default=5, help="first paints timed (default 5)")
    ap.add_argument("--presses", type=int, default=30, help="presses of each key (default 30)")
    ap.add_argument("--poll", type=float, default=0.01, help="seconds between captures when "
                    "waiting for first paint (default 0.01)")
    ap.add_argument("--key-poll", type=float, default=0.002, help="seconds between captures "
                    "when waiting for a repaint (default 0.002)")
    ap.add_argument("--timeout", type=float, default=30.0)
    ap.add_argument("--no-tmux", action="store_true", help="only the in-process figures")
    ap.add_argument("--no-pilot", action="store_true", help="only the terminal figures")
    args = ap.parse_args(argv)
    for p in (args.db, args.small_db):
        if p and not Path(p).exists():
            print(f"app_bench: {p}: no such store (make one with bench/synth.py)",
                  file=sys.stderr)
            return 2
    rng = random.Random(1)
    from store.db import open_store

    s = open_store(args.db, read_only=True)
    n = s.conn.execute("SELECT count(*) FROM events").fetchone()[0]
    s.close()
    print(f"store {args.db}: {n:,} events; terminal {SIZE[0]}x{SIZE[1]}; "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}")

    if not args.no_tmux:
        if not shutil.which("tmux"):
            print("app_bench: tmux is not installed; use --no-tmux", file=sys.stderr)
            return 2
        print("\nin tmux (real terminal):")
        paints, tmux = [], None
        for i in range(args.starts):
            elapsed, tmux = first_paint(args.db, args.poll, args.timeout)
            paints.append(elapsed)
            if i < args.starts - 1:
                tmux.kill()
                time.sleep(0.3)
        print(f"  first paint, {n:,} events        {summary(paints)}  "
              f"runs: {', '.join(f'{p:.2f}' for p in paints)} s")
        small = None
        if args.small_db:
            sp = []
            for _ in range(args.starts):
                e, t = first_paint(args.small_db, args.poll, args.timeout)
                sp.append(e)
                t.kill()
                time.sleep(0.3)
            small = statistics.median(sp)
            print(f"  first paint, small store          {summary(sp)}")
            print(f"  ratio big / small (medians)       {statistics.median(paints) / small:.2f}x")
        pid = app_pid(tmux.pane_pid())
        print(f"  capture-pane itself               {capture_cost(tmux) * 1000:.1f} ms "
              "(included in every figure below)")
        keys = terminal_keys(tmux, args.presses, args.key_poll, args.timeout, rng)
        for name, values in keys.items():
            print(f"  key-to-repaint {name:<18} {summary(values)}")
        hwm = vm_hwm_mb(pid)
        print(f"  peak memory (VmHWM of pid {pid})   "
              f"{hwm:.0f} MB" if hwm is not None else "  peak memory: not readable")
        tmux.keys("q")
        time.sleep(0.3)
        tmux.kill()

    if not args.no_pilot:
        print("\nin-process (App.run_test + Pilot, headless):")
        res = asyncio.run(in_process(args.db, args.presses, rng))
        for name, values in res.items():
            print(f"  {name:<33} {summary(values)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
