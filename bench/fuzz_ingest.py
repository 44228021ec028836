"""Fuzz the reading stage: random and mutated inputs must never raise.

    python bench/fuzz_ingest.py [--runs 2000] [--seed 1]

Each run writes one input (random bytes, truncated or mutated HTML, JSON and
JSON lines with wrong types, UTF-16/32 with and without BOMs, huge lines,
terminal escapes, lines built from the patterns' own words) under a random
text-like name (or on stdin, one run in ten), then runs read_inputs,
clean_text, furniture_spans and infer_published on it. A crash is an
exception escaping any of them; read_inputs' last-resort guard firing
("could not be read (...)") is counted separately, as it hides a bug.
Prints the counts and exits 1 if anything crashed.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from store.clean import clean_text, furniture_spans  # noqa: E402
from store.model import RawArticle  # noqa: E402
from store.pubdate import infer_published  # noqa: E402
from store.read import read_inputs  # noqa: E402

SEED_TEXTS = [p.read_bytes() for p in sorted((ROOT / "seeds").glob("*.txt"))]
HTML = (ROOT / "tests" / "fixtures" / "inputs" / "article.html").read_bytes()
PATTERN_ATOMS = ["(", ")", "/", " / ", "photo", "Photo", " ", ".", ":", "[a](b)", "- ", "•",
                 "Related", "More in", "A", "March", "26", ",", "2016", "\"", "“", "”", "read more",
                 "copyright", "©", "|", "Published", "Updated", "AP", "—", "X", "_", "10:02", "ET"]
EXTS = [".txt", ".md", ".html", ".htm", ".json", ".jsonl"]
NASTY = ["\x1b[31m", "\x1b]0;t\x07", "\x1b]8;;file:///etc/passwd\x1b\\", "\x00", "\x9b", "\r",
         "[bold red]", "[link=file:///etc/passwd]", "\ufeff", "\u202e", "\ud800", "<", "&#0;",
         "\"", "{", "]", "Published: 30 February 2016", "\n" * 50, "—", "e\u0301"]


def mutate(data: bytes, rng: random.Random) -> bytes:
    data = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        op = rng.random()
        pos = rng.randint(0, len(data)) if data else 0
        if op < 0.25 and data:                                   # flip bytes
            for _ in range(rng.randint(1, 10)):
                data[rng.randrange(len(data))] = rng.randrange(256)
        elif op < 0.45:                                          # insert junk
            junk = rng.choice(NASTY).encode("utf-8", "surrogatepass")
            data[pos:pos] = junk * rng.randint(1, 5)
        elif op < 0.6 and data:                                  # delete a chunk
            del data[pos:pos + rng.randint(1, 200)]
        elif op < 0.75 and data:                                 # duplicate a chunk
            data[pos:pos] = data[pos:pos + rng.randint(1, 500)]
        else:                                                    # truncate
            del data[pos:]
    return bytes(data)


def random_record(rng: random.Random) -> object:
    values = [None, 0, 1.5, True, [], {}, "", "x", "2016-02-30", "99999-01-01", "31/31/2020",
              "2016-03-26", "Sat, 26 Mar 2016 10:00:00 GMT", "\x1b[2J", "[bold]x[/]"]
    rec = {k: rng.choice(values) for k in ("title", "url", "published", "outlet")
           if rng.random() < 0.6}
    if rng.random() < 0.9:
        rec["text"] = rng.choice([*values, rng.choice(SEED_TEXTS).decode("utf-8", "replace")])
    return rec if rng.random() < 0.9 else rng.choice(values)


def make_input(rng: random.Random) -> tuple[str, str, bytes]:
    """(kind of case, extension, bytes)."""
    case = rng.choice(["random", "html", "seed", "json", "jsonl", "utf16", "huge", "nested",
                       "escapes", "patterns"])
    ext = rng.choice(EXTS)
    if case == "random":
        data = rng.randbytes(rng.choice([0, 1, 3, 17, 300, 5000]))
    elif case == "html":
        data, ext = mutate(HTML, rng), rng.choice([".html", ".htm", ".txt"])
    elif case == "seed":
        data = mutate(rng.choice(SEED_TEXTS), rng)
    elif case == "json":
        doc = [random_record(rng) for _ in range(rng.randint(0, 4))]
        data, ext = json.dumps(doc if rng.random() < 0.5 else doc[:1]).encode(), ".json"
        data = mutate(data, rng) if rng.random() < 0.5 else data
    elif case == "jsonl":
        lines = [json.dumps(random_record(rng)) for _ in range(rng.randint(1, 8))]
        data, ext = mutate("\n".join(lines).encode(), rng), ".jsonl"
    elif case == "utf16":
        text = rng.choice(SEED_TEXTS).decode("utf-8")[: rng.randint(0, 3000)]
        codec = rng.choice(["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig", "cp1252"])
        data = text.encode(codec, "replace")
        if rng.random() < 0.3:
            data = data[: rng.randint(0, len(data))]             # odd-length truncation
    elif case == "huge":
        line = rng.choice([b"a", b"word ", b"\xe2\x80\x94", b"!", b"<p>", b"ADVERTISEMENT "])
        data = line * rng.randint(100_000, 1_000_000)
    elif case == "nested":
        depth = rng.randint(100, 20_000)
        data = rng.choice([b"[" * depth, b"<div>" * depth + b"text" + b"</div>" * depth,
                           b'{"text":' * depth])
    elif case == "patterns":        # the furniture and date patterns' own vocabulary
        line = "".join(rng.choice(PATTERN_ATOMS) for _ in range(rng.randint(5, 300)))
        data = ("\n".join([line] * rng.randint(1, 5))).encode()
    else:
        data = "".join(rng.choice(NASTY + ["word ", "March 26, 2016. ", "\n"])
                       for _ in range(rng.randint(1, 400))).encode("utf-8", "surrogatepass")
    return case, ext, data


def run_one(path: Path, via_stdin: bool) -> tuple[int, int, bool]:
    """Articles, problems, and whether the last-resort guard fired."""
    arts = probs = 0
    guarded = False
    if via_stdin:
        items = read_inputs(["-"], stdin=io.BytesIO(path.read_bytes()))
    else:
        items = read_inputs([str(path)])
    for item in items:
        if isinstance(item, RawArticle):
            arts += 1
            text = clean_text(item.text)
            furniture_spans(text)
            infer_published(text, item.title)
        else:
            probs += 1
            guarded = guarded or "could not be read (" in item.reason
    return arts, probs, guarded


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    crashes: list[str] = []
    guarded = 0
    totals = Counter()
    per_case = Counter()
    slowest = (0.0, "")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="dateline-fuzz-") as tmp:
        for run in range(args.runs):
            case, ext, data = make_input(rng)
            path = Path(tmp) / f"input{ext}"
            path.write_bytes(data)
            t0 = time.perf_counter()
            try:
                arts, probs, was_guarded = run_one(path, via_stdin=rng.random() < 0.1)
                totals["articles"] += arts
                totals["problems"] += probs
                guarded += was_guarded
            except Exception:  # noqa: BLE001 - counting them is the point
                crashes.append(f"run {run} ({case}{ext}, {len(data)} bytes):\n"
                               + traceback.format_exc(limit=4))
            took = time.perf_counter() - t0
            per_case[case] += 1
            if took > slowest[0]:
                slowest = (took, f"{case}{ext}, {len(data):,} bytes")
    elapsed = time.perf_counter() - started
    print(f"runs {args.runs}  crashes {len(crashes)}  guarded {guarded}  "
          f"articles {totals['articles']}  problems {totals['problems']}")
    print("cases " + "  ".join(f"{k} {v}" for k, v in sorted(per_case.items())))
    print(f"time {elapsed:.1f} s ({elapsed / max(args.runs, 1) * 1000:.1f} ms a run); "
          f"slowest {slowest[0]:.2f} s ({slowest[1]})")
    for c in crashes[:5]:
        print("\n" + c, file=sys.stderr)
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
