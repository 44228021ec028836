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
PgDn, G (alternating with g so each press moves), a go-to-date jump
(t, a date, Enter: timed from Enter), and m, the analyst's mark, as an edit that
writes to the store (an even number of presses, so the marks end as they began). Before quitting, VmHWM of the app
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

EVENT_ROW = re.compile(r"^│[▸ ] (\d{4}(-\d\d)*|\d{4}s|\d+(st|nd|rd|th) century)\b", re.M)
SIZE = (100, 30)
# searches typed in the app: the word in nearly every synthetic event, ranked and filtered
SEARCHES = ["city", "city after:1990 before:2020", "city sources:2", "rebels precision:day"]


def pct(values: list[float], p: float) -> float:
    s = sorted(values)
    if not s:
        return float("nan")
    k = min(len(s) - 1, max(0, round(p / 100 * (len(s) - 1))))
    return s[k]


def summary(values_s: list[float]) -> str:
    if not values_s:
        return "no screen change"
    ms = [v * 1000 for v in values_s]
    return (f"p50 {pct(ms, 50):7.1f} ms  p95 {pct(ms, 95):7.1f} ms  max {max(ms):7.1f} ms  "
            f"(n={len(ms)})")


class Tmux:
    """One private tmux server (its own socket), one detached session."""

    started = 0
    alive: list[Tmux] = []   # servers to stop if the benchmark fails half way

    def __init__(self, name: str):
        Tmux.started += 1
        self.sock = f"dateline-bench-{os.getpid()}-{name}-{Tmux.started}"
        self.target = "bench"
        Tmux.alive.append(self)

    def run(self, *args: str, check: bool = True, env: dict | None = None) -> str:
        r = subprocess.run(["tmux", "-L", self.sock, "-f", "/dev/null", *args],
                           capture_output=True, text=True, check=check, env=env)
        return r.stdout

    def start(self, command: list[str], env: dict | None = None) -> None:
        """The server starts here, so the command inherits `env`."""
        self.run("new-session", "-d", "-s", self.target, "-x", str(SIZE[0]), "-y", str(SIZE[1]),
                 *command, env=env)

    def capture(self) -> str:
        return self.run("capture-pane", "-p", "-t", self.target, check=False)

    def keys(self, *keys: str) -> None:
        self.run("send-keys", "-t", self.target, *keys)

    def pane_pid(self) -> int:
        return int(self.run("display-message", "-p", "-t", self.target, "#{pane_pid}").strip())

    def kill(self) -> None:
        """Stop the server and the app in it: three `dateline browse` on the 10-event store
        outlived their killed servers in this bench's runs (2026-12-07), and a leftover app
        takes CPU from the next figures."""
        try:
            pid = app_pid(self.pane_pid())
        except (ValueError, subprocess.SubprocessError):
            pid = None
        self.run("kill-server", check=False)
        if pid is not None and pid != os.getpid():
            for _ in range(20):
                try:  # gone, or a zombie its new parent has not reaped yet
                    if Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] == "Z":
                        break
                except (OSError, IndexError):
                    break
                time.sleep(0.05)
            else:
                try:
                    os.kill(pid, 9)
                    print(f"  (the app, pid {pid}, outlived its terminal: killed)")
                except OSError:
                    pass
        if self in Tmux.alive:
            Tmux.alive.remove(self)

    @classmethod
    def kill_all(cls) -> None:
        for t in list(cls.alive):
            t.kill()


def app_pid(shell_pid: int) -> int:
    """The python process of the app: the pane's process or its child (when a shell ran it)."""
    try:
        if b"python" in Path(f"/proc/{shell_pid}/cmdline").read_bytes():
            return shell_pid
        kids = Path(f"/proc/{shell_pid}/task/{shell_pid}/children").read_text().split()
        return int(kids[0]) if kids else shell_pid
    except OSError:
        return shell_pid


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU of a process (all its threads) so far, from /proc/PID/stat."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


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


# the app on a store opened read-only, from a given checkout (sys.argv: root, db)
READ_ONLY_APP = """
import sys
sys.path.insert(0, sys.argv[1])
from store.db import open_store
from tui.app import DatelineApp
app = DatelineApp(open_store(sys.argv[2], read_only=True), follow=False)
app.run()
"""


def dateline_command(db: str, root: str | None = None, read_only: bool = False) -> list[str]:
    """How to start the app: the console script next to this interpreter; with `root`, the
    CLI of that checkout (a before/after pair under one load); with `read_only`, the app on
    the store opened read-only (a store others are reading, or shared read-only: no WAL
    files, no writes), bypassing the CLI's parser."""
    if read_only:
        return [sys.executable, "-c", READ_ONLY_APP, root or str(ROOT), db]
    if root:
        return [sys.executable, "-c", f"import sys; sys.path.insert(0, {root!r}); "
                "from tui.cli import main; sys.exit(main())", "browse", "--db", db]
    exe = Path(sys.executable).with_name("dateline")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "tui.cli"]
    return cmd + ["browse", "--db", db]


BARE_APP = """
from textual.app import App
from textual.widgets import Static
class Bare(App):
    def compose(self):
        yield Static("\\u2502  2016-01-01 a bare Textual app")
Bare().run()
"""
BARE_KEYS_APP = """
from textual.app import App
from textual.widgets import Static
class Bare(App):
    BINDINGS = [("j", "down")]
    n = 0
    def compose(self):
        yield Static("\\u2502  2016-01-01 a bare Textual app: 0", id="s")
    def action_down(self):
        self.n += 1
        self.query_one("#s", Static).update(f"\\u2502  2016-01-01 a bare Textual app: {self.n}")
Bare().run()
"""


def child_env(pycache: str | None) -> dict:
    """The app's environment: with `pycache`, bytecode is cached there (as after a pip
    install, which compiles it), even where PYTHONDONTWRITEBYTECODE is set."""
    env = dict(os.environ)
    if pycache:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = pycache
    return env


def first_paint(command: list[str], poll: float, timeout: float,
                env: dict) -> tuple[float, float | None, float, Tmux]:
    """(seconds to the first event row, CPU seconds the app had used by then, seconds until
    the screen stopped changing (details, sources, counts drawn), the session)."""
    tmux = Tmux("fp")
    t0 = time.perf_counter()
    tmux.start(command, env)
    wait_for(tmux, lambda s: EVENT_ROW.search(s) is not None, poll, timeout)
    elapsed = time.perf_counter() - t0
    cpu = cpu_seconds(app_pid(tmux.pane_pid()))
    complete = settle(tmux, 0.5, timeout) - t0
    return elapsed, cpu, complete, tmux


def first_paints(command: list[str], starts: int, poll: float, timeout: float, env: dict,
                 keep_last: bool = False) -> tuple[list[float], list[float], Tmux | None]:
    walls, cpus, tmux = [], [], None
    first_paints.complete = []
    for i in range(starts):
        wall, cpu, complete, tmux = first_paint(command, poll, timeout, env)
        first_paints.complete.append(complete)
        walls.append(wall)
        if cpu is not None:
            cpus.append(cpu)
        if not (keep_last and i == starts - 1):
            tmux.kill()
            tmux = None
            time.sleep(0.3)
    return walls, cpus, tmux


def settle(tmux: Tmux, quiet: float = 0.3, timeout: float = 20.0) -> float:
    """Wait until the screen has not changed for `quiet` seconds (counts, details landed);
    returns the perf_counter time of the last change seen."""
    last = tmux.capture()
    since = time.perf_counter()
    t0 = since
    while time.perf_counter() - since < quiet and time.perf_counter() - t0 < timeout:
        time.sleep(0.01)
        s = tmux.capture()
        if s != last:
            last, since = s, time.perf_counter()
    return since


def key_to_repaint(tmux: Tmux, send, poll: float, timeout: float) -> float | None:
    """Seconds from sending a key to a changed screen; None when nothing changed in
    min(timeout, 3) seconds (PgDn on the last page)."""
    before = tmux.capture()
    t0 = time.perf_counter()
    send()
    try:
        wait_for(tmux, lambda s: s != before, poll, min(timeout, 3.0))
    except TimeoutError:
        return None
    return time.perf_counter() - t0


def goto_dates(rng: random.Random, n: int) -> list[str]:
    return [f"{rng.randint(1976, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            for _ in range(n)]


class Timings(dict):
    """name -> seconds; a press that changed nothing is left out."""

    def add(self, name: str, seconds: float | None) -> None:
        self.setdefault(name, [])
        if seconds is not None:
            self[name].append(seconds)


KEYS = ("j", "m", "pgdn", "G", "date", "search")  # what terminal_keys times, in its order


def terminal_keys(tmux: Tmux, presses: int, poll: float, timeout: float,
                  rng: random.Random, keys: tuple[str, ...] = KEYS) -> dict[str, list[float]]:
    out = Timings()
    settle(tmux)
    tmux.keys("g")  # the app opens on the newest events, where j and PgDn have nowhere to go
    settle(tmux)
    for _ in range(presses if "j" in keys else 0):
        out.add("j", key_to_repaint(tmux, lambda: tmux.keys("j"), poll, timeout))
        settle(tmux, 0.1)
    # an even number: the marks end as they began
    for _ in range(presses + presses % 2 if "m" in keys else 0):
        out.add("m (an edit)", key_to_repaint(tmux, lambda: tmux.keys("m"), poll, timeout))
        settle(tmux, 0.1)
    for _ in range(presses if "pgdn" in keys else 0):
        out.add("PgDn", key_to_repaint(tmux, lambda: tmux.keys("PageDown"), poll, timeout))
        settle(tmux, 0.1)
    for i in range(presses if "G" in keys else 0):
        key = "G" if i % 2 == 0 else "g"
        out.add("G / g", key_to_repaint(tmux, lambda k=key: tmux.keys(k), poll, timeout))
        settle(tmux, 0.2)
    for day in goto_dates(rng, max(3, presses // 2)) if "date" in keys else ():
        tmux.keys("t")
        wait_for(tmux, lambda s: "go to date" in s, poll, timeout)
        tmux.keys("-l", day)
        wait_for(tmux, lambda s, d=day: d in s, poll, timeout)
        out.add("go to date", key_to_repaint(tmux, lambda: tmux.keys("Enter"), poll, timeout))
        settle(tmux, 0.2)
    for query in SEARCHES if "search" in keys else ():
        # "search" is always on screen (the footer's "/ search"): wait for the search line's
        # placeholder, or the query's first letters go to the timeline's keys ("t": go to date)
        tmux.keys("/")
        wait_for(tmux, lambda s: "search: words" in s, poll, timeout)
        settle(tmux, 0.2)
        tmux.keys("-l", query)
        wait_for(tmux, lambda s, q=query: q in s, poll, timeout)
        out.add("search (Enter)", key_to_repaint(tmux, lambda: tmux.keys("Enter"), poll,
                                                 timeout))
        settle(tmux, 0.3)
        tmux.keys("Escape")  # clears the search; wait until the timeline is back unfiltered
        wait_for(tmux, lambda s, q=query: f"search: {q}" not in s, poll, timeout)
        settle(tmux, 0.5)
    return out


def capture_cost(tmux: Tmux, n: int = 30) -> float:
    t = []
    for _ in range(n):
        t0 = time.perf_counter()
        tmux.capture()
        t.append(time.perf_counter() - t0)
    return statistics.median(t)


async def in_process(db: str, presses: int, rng: random.Random,
                     read_only: bool = False) -> dict[str, list[float]]:
    """Key to the compositor's next screen update, in-process and headless.

    A Key event goes to the driver as a terminal would deliver it, and the time
    is taken when the app next hands a rendered update to App._display (which
    headless discards). Pilot.press + pause is printed for j as well: it waits
    for Textual's idle detector (20 ms sleeps), so it is slower than any repaint.
    """
    from textual import events

    from store.db import open_store
    from tui.app import DatelineApp

    store = open_store(db, read_only=read_only)
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
        await pilot.press("g")  # the app opens on the newest events: j and PgDn go nowhere
        await pilot.pause(0.3)

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


async def jump_ab(db: str, rounds: int, rng: random.Random) -> dict[str, list[float]]:
    """G/g and go to date in-process on one app, alternated press by press: the jumps'
    reads of one screen (`Timeline._jump_rows`: from the target to the screen's foot, a
    third of a screen before it; g and G the two together) against the fixed JUMP rows
    from the target and MARGIN before it (the reads before 2026-12-07 17:00; g and G
    then read JUMP). In one process, one store, one minute: a ratio the machine's load
    does not decide."""
    from textual import events

    import tui.widgets.timeline as tl
    from store.db import open_store
    from tui.app import DatelineApp

    screen_rows = tl.Timeline._jump_rows
    settings = {"a screen": screen_rows,
                f"{tl.JUMP}+{tl.MARGIN} rows": lambda self: (tl.JUMP, tl.MARGIN)}
    out: dict[str, list[float]] = {f"{k} {w}": [] for k in settings for w in ("G / g", "date")}
    app = DatelineApp(open_store(db, read_only=True), "")
    stamps: list[float] = []
    shown = app._display

    def display(screen, renderable):
        if renderable is not None:
            stamps.append(time.perf_counter())
        return shown(screen, renderable)

    app._display = display

    async def until_drawn(t: float) -> float | None:
        while not stamps and time.perf_counter() - t < 10:
            await asyncio.sleep(0.0005)
        return stamps[0] - t if stamps else None

    try:
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause(1.0)
            for i in range(rounds):
                for name in (list(settings) if i % 2 else list(settings)[::-1]):
                    tl.Timeline._jump_rows = settings[name]
                    for key in ("G", "g"):
                        await app.workers.wait_for_complete()
                        await pilot.pause()
                        stamps.clear()
                        t = time.perf_counter()
                        app._driver.send_message(events.Key(key, key))
                        if (took := await until_drawn(t)) is not None:
                            out[f"{name} G / g"].append(took)
                    await app.workers.wait_for_complete()
                    await pilot.pause()
                    stamps.clear()
                    t = time.perf_counter()
                    app.timeline.goto_date(goto_dates(rng, 1)[0])  # as Enter in the box does
                    if (took := await until_drawn(t)) is not None:
                        out[f"{name} date"].append(took)
    finally:
        tl.Timeline._jump_rows = screen_rows
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
    ap.add_argument("--pycache", default="/tmp/dateline-bench-pycache",
                    help="cache the app's bytecode here (default); '' keeps the environment's "
                         "setting (PYTHONDONTWRITEBYTECODE=1 recompiles the project every start)")
    ap.add_argument("--no-tmux", action="store_true", help="only the in-process figures")
    ap.add_argument("--no-pilot", action="store_true", help="only the terminal figures")
    ap.add_argument("--root", help="start the app from this checkout (python -c with it first "
                    "on sys.path), e.g. a worktree of main for a before/after pair")
    ap.add_argument("--read-only", action="store_true",
                    help="open the store read-only (the app without the command line)")
    ap.add_argument("--keys", default=",".join(KEYS),
                    help=f"the keys timed in tmux, of {','.join(KEYS)} (default all; "
                         "with --read-only leave out m, which writes)")
    ap.add_argument("--jump-ab", type=int, default=0, metavar="N",
                    help="instead: N rounds of G, g and go to date in-process, the jumps' "
                         "reads of a screen and of JUMP+MARGIN rows alternated")
    args = ap.parse_args(argv)
    keys = tuple(k for k in args.keys.split(",") if k)
    if unknown := set(keys) - set(KEYS):
        ap.error(f"--keys: unknown {', '.join(sorted(unknown))} (of {', '.join(KEYS)})")
    if args.jump_ab:
        res = asyncio.run(jump_ab(args.db, args.jump_ab, random.Random(1)))
        for name, values in res.items():
            print(f"  {name:<33} {summary(values)}")
        return 0
    for p in (args.db, args.small_db):
        if p and not Path(p).exists():
            print(f"app_bench: {p}: no such store (make one with bench/synth.py)",
                  file=sys.stderr)
            return 2
    rng = random.Random(1)
    from store.db import StoreError, open_store

    try:
        # writable: an older store is migrated here, not in a timed start
        s = open_store(args.db, read_only=args.read_only)
    except StoreError as e:
        print(f"app_bench: {e}", file=sys.stderr)
        return 2
    n = s.conn.execute("SELECT count(*) FROM events").fetchone()[0]
    s.close()
    print(f"store {args.db}: {n:,} events; terminal {SIZE[0]}x{SIZE[1]}; "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}")

    if not args.no_tmux:
        if not shutil.which("tmux"):
            print("app_bench: tmux is not installed; use --no-tmux", file=sys.stderr)
            return 2
        env = child_env(args.pycache)
        print("\nin tmux (real terminal), bytecode "
              + (f"cached in {args.pycache}" if args.pycache else
                 "as this environment has it (PYTHONDONTWRITEBYTECODE="
                 f"{os.environ.get('PYTHONDONTWRITEBYTECODE', '')!r})") + ":")
        first_paints(dateline_command(args.db, args.root, args.read_only), 1, args.poll, args.timeout, env)  # warm-up
        floor_cmd = [sys.executable, "-c", BARE_APP]
        rows = []
        walls, cpus, tmux = first_paints(dateline_command(args.db, args.root, args.read_only), args.starts, args.poll,
                                         args.timeout, env, keep_last=True)
        rows.append((f"first paint, {n:,} events", walls, cpus))
        complete_big = list(first_paints.complete)
        if args.small_db:
            w, c, _ = first_paints(dateline_command(args.small_db, args.root, args.read_only), args.starts, args.poll,
                                   args.timeout, env)
            rows.append(("first paint, small store", w, c))
        w, c, _ = first_paints(floor_cmd, args.starts, args.poll, args.timeout, env)
        rows.append(("first paint, bare Textual app", w, c))
        for name, w, c in rows:
            cpu = f"  app CPU by then p50 {statistics.median(c):.2f} s" if c else ""
            print(f"  {name:<33} {summary(w)}{cpu}")
        print(f"  screen complete, {n:,} events  {summary(complete_big)}  (no change for "
              "0.5 s after: details, sources, counts)")
        if args.small_db:
            print(f"  ratio 1M / small store (medians)  "
                  f"{statistics.median(rows[0][1]) / statistics.median(rows[1][1]):.2f}x")
        pid = app_pid(tmux.pane_pid())
        print(f"  capture-pane itself               {capture_cost(tmux) * 1000:.1f} ms "
              "(included in every figure below)")
        timed = terminal_keys(tmux, args.presses, args.key_poll, args.timeout, rng, keys)
        for name, values in timed.items():
            print(f"  key-to-repaint {name:<18} {summary(values)}")
        hwm = vm_hwm_mb(pid)
        tmux.keys("q")
        time.sleep(0.3)
        tmux.kill()
        _, _, bare = first_paints([sys.executable, "-c", BARE_KEYS_APP], 1, args.poll,
                                  args.timeout, env, keep_last=True)
        settle(bare)
        floor = []
        for _ in range(args.presses):
            took = key_to_repaint(bare, lambda: bare.keys("j"), args.key_poll, args.timeout)
            if took is not None:
                floor.append(took)
            settle(bare, 0.1)
        bare.kill()
        print(f"  key-to-repaint, bare Textual app  {summary(floor)}  (the floor: one Static "
              "updated)")
        print(f"  peak memory (VmHWM of pid {pid})   "
              f"{hwm:.0f} MB" if hwm is not None else "  peak memory: not readable")

    if not args.no_pilot:
        print("\nin-process (App.run_test + Pilot, headless):")
        res = asyncio.run(in_process(args.db, args.presses, rng, args.read_only))
        for name, values in res.items():
            print(f"  {name:<33} {summary(values)}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    finally:
        Tmux.kill_all()
