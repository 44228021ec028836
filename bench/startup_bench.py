"""Start-up of the command line: `dateline events` and `dateline timeline`, end to end.

    python bench/startup_bench.py --db /tmp/c1m.db [--runs 21] [--query city]
                                  [--month 2016-03] [--pycache DIR|''] [--before DIR]
                                  [--before-db F]

Each run starts a fresh process, as a user's shell does: the bare interpreter
(`python -c pass`, the floor), `dateline events --db F QUERY --limit 100` and
`dateline timeline --db F after:MONTH-01 before:NEXT-01` (the form bench/README.md's
timeline figures use), interleaved so the machine's load falls on
all three alike. Prints the median and p95 of wall time and of CPU (user +
system of the child), and each command's ratio to the bare interpreter.
Targets (issue 18): <= 100 ms for both on 1,000,000 events.

--before DIR also runs both commands from another checkout of dateline (say the
main branch's, `git worktree add /tmp/before main`), interleaved with this one's: a
before/after comparison in one run, under the same load. Both are then started as
`python -c "...main()"` with their checkout first on sys.path. --before-db F gives the
before checkout its own copy of the store when the two checkouts' schemas differ (a
store one has upgraded, the other refuses).

Run it with the interpreter of the install to measure: the console script next to
it is what is timed. A user's install (`pip install .`, the README's first command)
is the figure the targets mean; an editable install (`pip install -e .`, the test
setup) adds its import finder to every start, about 25 ms of CPU and `pathlib`.

Bytecode is cached in `--pycache` (as after a pip install, which compiles it),
even where PYTHONDONTWRITEBYTECODE is set; `--pycache ''` measures a start that
compiles the project's modules every time.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def dateline_command() -> list[str]:
    """The console script next to this interpreter, as a user runs it; else the module."""
    script = Path(sys.executable).with_name("dateline")
    return [str(script)] if script.exists() else [sys.executable, "-m", "tui.cli"]


def module_command(root: Path) -> list[str]:
    """`dateline` from the checkout at `root`, whatever is installed."""
    code = (f"import sys; sys.path.insert(0, {str(root)!r}); from tui.cli import main; "
            "sys.exit(main())")
    return [sys.executable, "-c", code]


def child_env(pycache: str | None) -> dict:
    env = dict(os.environ)
    env.pop("DATELINE_DB", None)
    if pycache:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = pycache
    return env


def run_once(cmd: list[str], env: dict) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one child process, output thrown away."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    done = subprocess.run(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"{' '.join(cmd)}: exit {done.returncode}: {done.stderr.decode()[-400:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def next_month(month: str) -> str:
    y, m = map(int, month.split("-"))
    return f"{y + m // 12}-{m % 12 + 1:02d}"


def p95(xs: list[float]) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(0.95 * (len(xs) - 1)))]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", required=True, help="the store (up to date: a migration would "
                                                 "be timed in the first run)")
    ap.add_argument("--runs", type=int, default=21)
    ap.add_argument("--query", default="city", help="the events query (default city)")
    ap.add_argument("--month", default="2016-03", help="the timeline's month (default 2016-03)")
    ap.add_argument("--pycache", default="/tmp/dateline-bench-pycache")
    ap.add_argument("--before", metavar="DIR",
                    help="another checkout to run alongside (a before/after comparison)")
    ap.add_argument("--before-db", metavar="F",
                    help="the store the --before checkout reads (default: --db)")
    args = ap.parse_args(argv)

    if not Path(args.db).exists():
        sys.exit(f"{args.db}: no such store")
    env = child_env(args.pycache or None)
    dl = dateline_command()
    runs = [("", dl, args.db)]
    if args.before:
        if not (Path(args.before) / "tui" / "cli.py").exists():
            sys.exit(f"{args.before}: not a dateline checkout")
        runs = [(" (before)", module_command(Path(args.before).resolve()),
                 args.before_db or args.db), ("", module_command(ROOT), args.db)]
    commands = {"python -c pass": [sys.executable, "-c", "pass"]}
    for tag, prefix, db in runs:
        commands[f"events {args.query} --limit 100{tag}"] = prefix + [
            "events", "--db", db, "--limit", "100", args.query]
    for tag, prefix, db in runs:
        commands[f"timeline {args.month}{tag}"] = prefix + [
            "timeline", "--db", db, f"after:{args.month}-01",
            f"before:{next_month(args.month)}-01"]
    for cmd in commands.values():  # warm: bytecode cache, the page cache of the store
        run_once(cmd, env)
    walls: dict[str, list[float]] = {k: [] for k in commands}
    cpus: dict[str, list[float]] = {k: [] for k in commands}
    for _ in range(args.runs):
        for name, cmd in commands.items():
            w, c = run_once(cmd, env)
            walls[name].append(w)
            cpus[name].append(c)

    print(f"store {args.db}, {args.runs} runs each, interleaved; bytecode "
          + (f"cached in {args.pycache}" if args.pycache else "compiled each start")
          + f"; load average {os.getloadavg()[0]:.1f}; "
          + (f"this checkout and {args.before}" if args.before
             else shutil.which('dateline') or dl[0]))
    floor = statistics.median(walls["python -c pass"])
    print(f"{'command':<41} {'wall p50':>9} {'p95':>8} {'CPU p50':>9} {'p95':>8} {'x bare':>7}")
    for name in commands:
        w, c = walls[name], cpus[name]
        print(f"{name:<41} {statistics.median(w) * 1000:8.1f}ms {p95(w) * 1000:7.1f}ms "
              f"{statistics.median(c) * 1000:8.1f}ms {p95(c) * 1000:7.1f}ms "
              f"{statistics.median(w) / floor:6.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
