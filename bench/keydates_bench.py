"""Key dates on the Timeline17 development stories: fragmentation, Date-F1, ROUGE, speed.

  python bench/keydates_bench.py [--data ../shared/data/tl17-dev] [--keep DIR] [--reuse]

--keep DIR keeps the stores it builds there; with --reuse, stores already in DIR
are scored as they are, without ingesting again (trying a change to the day
scores takes seconds instead of a rebuild).

For each gold timeline, the articles published inside its window are ingested
(as tools/tls_score.py does) and then:

- fragmentation: for each gold date, the day events on that date whose
  sentences share at least MATCH_TERMS salient terms (and a MATCH_SHARE of the
  smaller bag) with the date's gold summary. One happening told by several
  outlets should be one event, so the mean over gold dates that have any match
  is "events per happening" (1.0 is ideal), printed with the share of gold
  dates that have a matching event at all;
- Date-F1 and concat ROUGE-1/2 of `key_dates` with the gold n and k (the
  published protocol; tools/tls_score.py is the reference scorer);
- the time `key_dates` takes.

--explain also lists, for each timeline, the gold days it missed and the days
it picked that the journalists left out, each with its day score, rank, and the
phrases that put articles on it (an article's own lead news shows as "[lead]"):
the error analysis behind bench/README.md's "Picking key days" sections.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from store.browse import Browser  # noqa: E402
from store.db import open_store  # noqa: E402
from store.ingest import ingest  # noqa: E402
from store.keydates import W_BURST, _bursts, _day_refs, _published, key_dates  # noqa: E402
from store.similarity import terms  # noqa: E402

MATCH_TERMS = 3
MATCH_SHARE = 0.3
DATE_LINE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
WORD = re.compile(r"\w+")


def read_timeline(path: Path) -> dict[str, list[str]]:
    tl: dict[str, list[str]] = {}
    cur = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        s = line.strip()
        if DATE_LINE.match(s):
            cur = s
            tl.setdefault(cur, [])
        elif s.startswith("-----"):
            cur = None
        elif s and cur:
            tl[cur].append(s)
    return tl


def rouge(sys_text: str, ref_text: str, n: int) -> float:
    def grams(t):
        toks = WORD.findall(t.lower())
        return Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))
    s, r = grams(sys_text), grams(ref_text)
    hit = sum((s & r).values())
    if not hit:
        return 0.0
    p, rc = hit / sum(s.values()), hit / sum(r.values())
    return 2 * p * rc / (p + rc)


def matches(bag: set[str], gold: set[str]) -> bool:
    shared = len(bag & gold)
    return shared >= MATCH_TERMS and shared >= MATCH_SHARE * min(len(bag), len(gold))


def explain(conn, gold: dict[str, list[str]], picked: set[str], lo: str, hi: str,
            width: int = 150) -> list[str]:
    """Missed gold days and wrong picks, with what put articles on each (the day score
    as key_dates computes it over the whole window)."""
    articles = _day_refs(conn, lo, hi)
    if not articles:
        return []
    burst = _bursts(_published(conn, min(articles), max(articles)))
    scores = {d: a + W_BURST * burst(d) for d, a in articles.items()}
    rank = {d: i + 1 for i, d in enumerate(sorted(scores, key=lambda d: (-scores[d], d)))}
    out = []
    for title, days in (("missed gold day", sorted(set(gold) - picked)),
                        ("picked, not gold", sorted(picked - set(gold)))):
        for d in days:
            out.append(f"  {title} {d}: score {scores.get(d, 0):g}, rank {rank.get(d, '-')}, "
                       f"{articles.get(d, 0)} articles date news to it")
            if d in gold:
                out.append(f"    gold: {' '.join(gold[d])[:width]}")
            for pub, phrase, lead, sentence in conn.execute(
                    "SELECT DISTINCT substr(a.published, 1, 10), m.phrase, m.lead, m.sentence "
                    "FROM mentions m JOIN articles a ON a.id = m.article_id "
                    "WHERE m.granularity = 'day' AND substr(m.start_date, 1, 10) = ? "
                    "ORDER BY 1, m.article_id, m.start", (d,)):
                said = "[lead]" if lead else f"[{phrase}]"
                out.append(f"    {pub} {said} {' '.join(sentence.split())[:width]}")
    return out


def one(topic: Path, gold_path: Path, work: Path, reuse: bool = False,
        why: bool = False) -> dict:
    gold = read_timeline(gold_path)
    dates = sorted(gold)
    start, end = dates[0], dates[-1]
    jl, db = work / f"{topic.name}.jsonl", work / f"{topic.name}.db"
    with open(jl, "w") as out:
        for line in open(topic / "articles.jsonl", encoding="utf-8"):
            if start <= (json.loads(line).get("published") or "")[:10] <= end:
                out.write(line if line.endswith("\n") else line + "\n")
    t_ingest = 0.0
    if reuse and db.exists():
        store = open_store(str(db))
    else:
        if db.exists():
            os.remove(db)
        store = open_store(str(db))
        t0 = time.perf_counter()
        ingest(store, [str(jl)])
        t_ingest = time.perf_counter() - t0
    conn = store.conn
    per_date = []
    for d in dates:
        g = set(terms(" ".join(gold[d])))
        rows = conn.execute(
            "SELECT e.id, group_concat(m.sentence, ' ') FROM events e JOIN mentions m "
            "ON m.event_id = e.id WHERE e.start = ? AND e.granularity = 'day' GROUP BY e.id",
            (d,)).fetchall()
        per_date.append(sum(1 for _id, text in rows if matches(set(terms(text)), g)))
    n = len(dates)
    k = max(1, round(sum(len(v) for v in gold.values()) / n))
    after_end = (dt.date.fromisoformat(end) + dt.timedelta(days=1)).isoformat()
    t0 = time.perf_counter()
    kds = key_dates(Browser(store, f"after:{start} before:{after_end}"), n, k)
    t_key = time.perf_counter() - t0
    got = {kd.date for kd in kds}
    hits = len(got & set(dates))
    p, r = (hits / len(got) if got else 0), hits / n
    f1 = 2 * p * r / (p + r) if hits else 0.0
    sys_text = " ".join(s for kd in kds for s in kd.summary)
    ref_text = " ".join(s for d in dates for s in gold[d])
    lines = explain(conn, gold, got, start, after_end) if why else []
    store.close()
    found = [x for x in per_date if x]
    return {"timeline": f"{topic.name}/{gold_path.name}", "dates": n, "f1": f1,
            "r1": rouge(sys_text, ref_text, 1), "r2": rouge(sys_text, ref_text, 2),
            "frag": sum(found) / len(found) if found else 0.0,
            "covered": len(found) / n, "ingest_s": t_ingest, "key_s": t_key,
            "explain": lines}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    here = Path(__file__).resolve().parent.parent
    ap.add_argument("--data", default=str(here.parent / "shared" / "data" / "tl17-dev"))
    ap.add_argument("--keep", help="keep the stores in this folder")
    ap.add_argument("--reuse", action="store_true",
                    help="score the stores already in --keep's folder without ingesting again")
    ap.add_argument("--explain", action="store_true",
                    help="list each timeline's missed gold days and wrong picks, with their phrases")
    a = ap.parse_args(argv)
    if a.reuse and not a.keep:
        ap.error("--reuse needs --keep DIR (the folder of the stores to score)")
    work = Path(a.keep or tempfile.mkdtemp(prefix="keydates-"))
    work.mkdir(parents=True, exist_ok=True)
    results = []
    for topic in sorted(Path(a.data).iterdir()):
        if not (topic / "timelines").is_dir():
            continue
        for g in sorted((topic / "timelines").glob("*.txt")):
            r = one(topic, g, work, a.reuse, a.explain)
            results.append(r)
            print(f"{r['timeline']:<62} dates {r['dates']:3}  Date-F1 {r['f1']:.3f}  "
                  f"R1 {r['r1']:.3f}  R2 {r['r2']:.3f}  events/happening {r['frag']:.2f} "
                  f"(gold dates matched {r['covered']:.0%})  key_dates {r['key_s'] * 1000:.0f} ms",
                  flush=True)
            for line in r["explain"]:
                print(line)
    avg = {k: sum(r[k] for r in results) / len(results) for k in ("f1", "r1", "r2", "frag",
                                                                   "covered")}
    print(f"\nmean of {len(results)}: Date-F1 {avg['f1']:.3f}  ROUGE-1 {avg['r1']:.3f}  "
          f"ROUGE-2 {avg['r2']:.3f}  events per happening {avg['frag']:.2f}  "
          f"gold dates with a matching event {avg['covered']:.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
