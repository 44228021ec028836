"""Benchmark of store.timex: TempEval-3 style scores on TimeBank and AQUAINT (TBAQ
training data) next to HeidelTime's, and tag() speed next to dateparser's search_dates.

    python bench/timex_bench.py [--data /work/shared/data/tbaq] [--scorer PATH]
                                [--against OTHER_CHECKOUT]

Prints one table from one run. Scores come from the shared TIMEX3 scorer
(timex_score.py, run as a subprocess on a JSON file of offsets, --json-out).
--against times tag() of this checkout and of another one (say the main branch) in
turns, in child processes on the same texts, counting CPU time (not wall time), so
that a busy machine slows both alike and the ratio is the figure to read.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from store.timex import tag  # noqa: E402

HEIDELTIME = {"TimeBank": {"value": 0.795, "relaxed": 0.919, "strict": 0.853},
              "AQUAINT": {"value": 0.729, "relaxed": 0.925, "strict": 0.813}}
# issue 17: relaxed >= 0.95 on both; strict kept >= 0.88 / 0.86; value >= 0.84 / 0.81;
# relaxed precision >= 0.95; the finder alone >= 800,000 chars/s
TARGET = {"TimeBank": {"strict": 0.88, "relaxed": 0.95, "value": 0.84},
          "AQUAINT": {"strict": 0.86, "relaxed": 0.95, "value": 0.81}}
TARGET_PRECISION = 0.95
TARGET_SPEED = 800_000


def export(scorer: str, gold: Path, out: Path) -> dict:
    subprocess.run([sys.executable, scorer, str(gold), "--export-text", str(out)],
                   check=True, capture_output=True)
    return json.loads(out.read_text())


def score(scorer: str, gold: Path, docs: dict, tmp: Path) -> tuple[dict, float, int]:
    sysout = {}
    chars = 0
    t0 = time.perf_counter()
    for name, d in docs.items():
        sysout[name] = [{"start": t.start, "end": t.end, "value": t.value, "type": t.type}
                        for t in tag(d["text"], d["dct"][:10])]
        chars += len(d["text"])
    secs = time.perf_counter() - t0
    sys_file = tmp / f"{gold.name}.sys.json"
    res_file = tmp / f"{gold.name}.res.json"
    sys_file.write_text(json.dumps(sysout))
    subprocess.run([sys.executable, scorer, str(gold), str(sys_file), "--json-out",
                    str(res_file)], check=True, capture_output=True)
    res = json.loads(res_file.read_text())
    overall = res["overall"]
    out = {k: overall.get(f"{k}_F1") for k in ("strict", "relaxed", "value", "type")}
    out["precision"] = overall.get("relaxed_P")
    return out, secs, chars


def speed_tag(docs: list[tuple[str, str]], reps: int = 3) -> float:
    n = sum(len(t) for t, _ in docs)
    best = None
    for _ in range(reps):
        t0 = time.perf_counter()
        for t, dct in docs:
            tag(t, dct)
        dt = time.perf_counter() - t0
        best = dt if best is None else min(best, dt)
    return n / best


def speed_corpus(n: int = 300, reps: int = 3) -> tuple[float, float, int]:
    """tag() over n synthetic 5 KB articles of bench/corpus.py: (chars/s, ms per article,
    mean size): the figure issue 7's ingest target (100 articles/s per core) rests on."""
    from bench.corpus import generate

    docs = [(a.text, a.published) for a in generate(n)]
    size = sum(len(t) for t, _ in docs)
    cps = speed_tag(docs, reps)
    return cps, size / cps / n * 1000, size // n


def speed_search_dates(texts: list[str], budget_chars: int = 40_000) -> float | None:
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None
    sample, n = [], 0
    for t in texts:
        if n >= budget_chars:
            break
        sample.append(t)
        n += len(t)
    t0 = time.perf_counter()
    for t in sample:
        search_dates(t, languages=["en"])
    return n / (time.perf_counter() - t0)


_SPEED_CHILD = """
import json, sys, time
sys.path.insert(0, sys.argv[1])
from store.timex import tag
sets = json.load(open(sys.argv[2]))
out = {}
for name, docs in sets.items():
    n, best = sum(len(t) for t, _ in docs), None
    for _ in range(3):
        t0 = time.process_time()
        for t, dct in docs:
            tag(t, dct)
        dt = time.process_time() - t0
        best = dt if best is None else min(best, dt)
    out[name] = n / best
print(json.dumps(out))
"""


def speed_against(other: Path, texts: list[tuple[str, str]], rounds: int = 3):
    """tag() chars/s of this checkout and of `other` on the same texts, measured in
    alternating child processes; the best of each side per text set."""
    from bench.corpus import generate

    sets = {"TBAQ texts": texts,
            "300 bench/corpus.py articles": [(a.text, a.published) for a in generate(300)]}
    best = {ROOT: {}, other: {}}
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "sets.json"
        src.write_text(json.dumps(sets))
        for _ in range(rounds):
            for root in (ROOT, other):
                r = subprocess.run([sys.executable, "-c", _SPEED_CHILD, str(root), str(src)],
                                   check=True, capture_output=True, text=True)
                for name, cps in json.loads(r.stdout).items():
                    best[root][name] = max(best[root].get(name, 0.0), cps)
    return [(name, best[ROOT][name], best[other][name]) for name in sets]


def fmt(x) -> str:
    return "  n/a" if x is None else f"{x:.3f}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default="/work/shared/data/tbaq")
    ap.add_argument("--scorer", default="/work/shared/tools/timex_score.py")
    ap.add_argument("--no-dateparser", action="store_true")
    ap.add_argument("--against", metavar="CHECKOUT",
                    help="also time tag() of another checkout in turns with this one")
    args = ap.parse_args()
    data = Path(args.data)
    rows = []
    texts: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        for corpus in ("TimeBank", "AQUAINT"):
            docs = export(args.scorer, data / corpus, tmp / f"{corpus}.json")
            texts += [(d["text"], d["dct"][:10]) for d in docs.values()]
            res, secs, chars = score(args.scorer, data / corpus, docs, tmp)
            rows.append((corpus, res, chars / secs))
    print("TIMEX3 scores (F1, TempEval-3 style; TBAQ training data; P = relaxed precision)")
    print(f"{'corpus':10s} {'system':11s} {'strict':>7s} {'relaxed':>8s} {'value':>7s} "
          f"{'type':>7s} {'P':>7s}")
    for corpus, res, _ in rows:
        h, t = HEIDELTIME[corpus], TARGET[corpus]
        print(f"{corpus:10s} {'dateline':11s} {fmt(res['strict']):>7s} "
              f"{fmt(res['relaxed']):>8s} {fmt(res['value']):>7s} {fmt(res['type']):>7s} "
              f"{fmt(res['precision']):>7s}")
        print(f"{'':10s} {'HeidelTime':11s} {fmt(h['strict']):>7s} {fmt(h['relaxed']):>8s} "
              f"{fmt(h['value']):>7s}")
        print(f"{'':10s} {'target':11s} {fmt(t['strict']):>7s} {fmt(t['relaxed']):>8s} "
              f"{fmt(t['value']):>7s} {'':>7s} {fmt(TARGET_PRECISION):>7s}")
    print()
    total = sum(len(t) for t, _ in texts)
    tag_speed = speed_tag(texts)
    sd = None if args.no_dateparser else speed_search_dates([t for t, _ in texts])
    print(f"Speed on the TBAQ texts ({total:,} chars, one core)")
    print(f"  store.timex.tag (find + resolve)     {tag_speed:>12,.0f} chars/s")
    for corpus, _, sp in rows:
        print(f"    {corpus:10s} with scoring run       {sp:>12,.0f} chars/s")
    if sd is not None:
        print(f"  dateparser search_dates (en, sample) {sd:>12,.0f} chars/s")
    cps, ms, size = speed_corpus()
    print(f"  tag on 300 bench/corpus.py articles   {cps:>12,.0f} chars/s"
          f"  ({ms:.2f} ms per {size:,}-char article)")
    print(f"  target                               {TARGET_SPEED:>12,.0f} chars/s")
    if args.against:
        print()
        print(f"tag() CPU time in turns, best of 3 passes x 3 rounds (this checkout / "
              f"{args.against})")
        for name, here, there in speed_against(Path(args.against), texts):
            print(f"  {name:28s} {here:>10,.0f} / {there:>10,.0f} chars/s  = {here / there:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
