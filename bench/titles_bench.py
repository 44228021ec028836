"""How readable the event titles are on real news pages, and how much page furniture
still becomes events (issue 19).

    python bench/titles_bench.py [--data /work/shared/data/tl17-dev] [--sample 40]
                                 [--seed 19] [--also 1,2,3] [--also-sample 20]
                                 [--db F] [--timeit]
                                 [--judge-draw SEED --judged FILE] [--show-sentences]

Ingests each story's articles.jsonl into one fresh store (or reads --db when it
exists already) and prints, over all events:

- the share of titles that are fragments: opening with a subordinate or
  prepositional clause ("When King Abdullah suggested ...", "Following talks
  with ..."), three words or fewer, opening with a clock stamp ("At 04:45 am",
  "1132 Caroline ..."), or opening with a bare verb ("Were hunted down ...");
  each kind and all together;
- the number of events whose every sentence is reader-comment or schedule
  furniture, by shapes written here independently of store/clean.py;
- --sample random titles (fixed --seed) for a person to judge, and --also-sample more
  from each seed of --also, so one draw is not all that is judged.

With --judge-draw SEED --judged FILE: a draw kept for judging by hand. When FILE does
not exist, --sample events are drawn with SEED and written to it, one JSON line each:
the event's first mention as a key (article source, phrase offsets, lead), its phrase,
sentence and title, and an empty "verdict" and "why" for the judge to fill in. When FILE
exists, each kept event is found again in the store by its key (same article, same
phrase; an article's lead by its article) and printed with
its judged title, verdict and today's title, so a draw is re-judged after a rule change
and only the changed titles need a new look. A key no mention has any more prints
"(no event)": the mention went (furniture, voice).

With --timeit: the cost of the title functions alone, per mention, over the
stored mentions (title_and_terms on each mention's sentence and offsets).

The fragment test reads the title's first words only; it is a guide to the
shape of the titles, not a judgement of each one.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from store.db import open_store  # noqa: E402

SUBORDINATE = set("""
after although as because before despite following if once since though unless until
when whenever where whereas while whilst with without amid amidst among during
in on at by for from of into onto over under through throughout to towards toward
against between beyond within upon about across along around behind beside besides
like near past regarding concerning including excluding ahead
""".split())
AUX = set("""
is are was were be been being has have had having will would shall should can could may
might must did does do
""".split())
IRREGULAR_PAST = set("""
said told made took went began became came saw left fell hit met found gave got held
kept led lost meant paid put ran rose sent set spent stood struck thought won wrote
""".split())
CLOCK = re.compile(r"(?i)^(?:at\s+)?(?:\d{1,2}[:.]\d\d\b|\d{3,4}\s+(?:gmt|bst|utc|et|h)\b|"
                   r"\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.)|[0-2]\d[0-5]\d\s+[A-Z])")
WORD = re.compile(r"[\w’'-]+")

COMMENT = re.compile(
    r"(?i)posted by\s*:|report abuse|complain about this|\bwrote\s*:\s|"
    r"\|\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\.?\s+\d{1,2},?\s+\d{4}")
COMMENT_HEAD = re.compile(r"(?i)^(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s+(?:on\s+)?"
                          r"\d{1,2}\w{0,2}\s+\w{3,9}\.?\s+\d{4},\s+\S+(?:\s+\S+){0,3}\s+wrote:")
SCHEDULE = re.compile(
    r"(?i)\brepeated\s+(?:at|on)\b|\blive\s+commentary\b|\bcommentary\s+(?:of|on|from)\b|"
    r"\bwill\s+be\s+(?:broadcast|shown|screened|aired|repeated)\b|"
    r"\bis\s+(?:broadcast|shown|aired)\s+on\b|"
    r"^\d{1,2}[.:]\d\d\s*-\s*\d{1,2}[.:]\d\d\s*[ap]m\b|\blisten\s+(?:again|live)\b|"
    r"\bsubscribe\s+to\b|\bstay\s+up\s+to\s+date\b")


def fragment_kind(title: str, sentence: str) -> str | None:
    """Which kind of fragment a title is, if any (first match wins)."""
    words = WORD.findall(title)
    if len(words) <= 3:
        return "short"
    if CLOCK.match(title):
        return "clock"
    first = words[0].lower()
    if first in SUBORDINATE:
        return "subordinate"
    # a bare verb: an auxiliary or past form that the sentence writes in lower case there
    lower_in_sentence = re.search(r"\b" + re.escape(words[0].lower()) + r"\b", sentence)
    if lower_in_sentence and (first in AUX or first in IRREGULAR_PAST
                              or (first.endswith("ed") and len(first) > 4)):
        return "bare verb"
    return None


def is_furniture_sentence(sentence: str) -> bool:
    s = sentence.strip()
    return bool(COMMENT.search(s) or COMMENT_HEAD.match(s) or SCHEDULE.search(s))


def ingest_all(data: Path, db: Path) -> float:
    from store.ingest import ingest

    store = open_store(db)
    files = sorted(str(p) for p in data.glob("*/articles.jsonl"))
    t0 = time.perf_counter()
    report = ingest(store, files, jobs=1)
    wall = time.perf_counter() - t0
    store.close()
    print(f"ingested {report.added} articles from {len(files)} stories in {wall:.1f} s "
          f"({report.added / wall:.1f} articles/s, one process), {report.mentions} mentions")
    return wall


_KEY_SQL = ("SELECT a.source, m.start, m.\"end\", m.lead, m.phrase, m.sentence, m.event_id "
            "FROM mentions m JOIN articles a ON a.id = m.article_id")


def judged(conn, rows, path: Path, seed: int | None, sample: int, show: bool) -> None:
    """Write a fresh draw to `path`, or print the kept draw with today's titles."""
    import json

    titles = {eid: title for eid, title, _ in rows}
    if not path.exists():
        if seed is None:
            sys.exit(f"{path} does not exist: give --judge-draw SEED to draw into it")
        draw = random.Random(seed).sample(rows, min(sample, len(rows)))
        with path.open("w") as out:
            for i, (eid, title, _s) in enumerate(draw, 1):
                src, start, end, lead, phrase, sentence, _e = conn.execute(
                    _KEY_SQL + " WHERE m.event_id = ? ORDER BY m.id LIMIT 1", (eid,)).fetchone()
                out.write(json.dumps({"i": i, "seed": seed, "source": src, "start": start,
                                      "end": end, "lead": lead, "phrase": phrase,
                                      "sentence": sentence, "title": title, "verdict": "",
                                      "why": ""}, ensure_ascii=False) + "\n")
        print(f"drew {len(draw)} events with seed {seed} into {path}")
    entries = [json.loads(line) for line in path.open() if line.strip()]
    passed = judged_n = changed = gone = 0
    for e in entries:
        if e["lead"]:  # the article's own news: its lead sentence may have moved
            row = conn.execute(_KEY_SQL + " WHERE a.source = ? AND m.lead = 1",
                               (e["source"],)).fetchone()
        else:
            row = conn.execute(_KEY_SQL + " WHERE a.source = ? AND m.start = ? AND "
                               "m.\"end\" = ? AND m.lead = 0",
                               (e["source"], e["start"], e["end"])).fetchone()
        now = titles.get(row[6]) if row else None
        mark = {"pass": "ok", "fail": "✗"}.get(e["verdict"], "?")
        if e["verdict"]:
            judged_n += 1
            passed += e["verdict"] == "pass"
        print(f"{e['i']:3d}. {mark:2s} {e['title']}" + (f"   [{e['why']}]" if e["why"] else ""))
        if now is None:
            gone += 1
            print("         now: (no event)")
        elif now != e["title"]:
            changed += 1
            print(f"         now: {now}")
        if show:
            print(f"         phrase: {e['phrase']!r}  sentence: {e['sentence'][:400]!r}")
    print(f"\njudged {passed}/{judged_n} pass; {changed} titles changed since, {gone} events gone")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default="/work/shared/data/tl17-dev")
    ap.add_argument("--sample", type=int, default=40)
    ap.add_argument("--seed", type=int, default=19)
    ap.add_argument("--also", default="", help="more seeds to draw samples with, e.g. 1,2,3")
    ap.add_argument("--also-sample", type=int, default=20)
    ap.add_argument("--db", help="a store to read; built from --data when missing")
    ap.add_argument("--timeit", action="store_true")
    ap.add_argument("--judge-draw", type=int, help="seed of a draw kept in --judged")
    ap.add_argument("--judged", help="a JSON-lines file of judged titles (see above)")
    ap.add_argument("--show-sentences", action="store_true",
                    help="with --judged: print each event's sentence and phrase too")
    args = ap.parse_args()

    tmp = None
    if args.db:
        db = Path(args.db)
    else:
        tmp = tempfile.TemporaryDirectory()
        db = Path(tmp.name) / "titles.db"
    if not db.exists():
        ingest_all(Path(args.data), db)
    store = open_store(db)
    conn = store.conn
    rows = conn.execute(
        "SELECT e.id, e.title, group_concat(m.sentence, char(10)) FROM events e "
        "JOIN mentions m ON m.event_id = e.id GROUP BY e.id ORDER BY e.id").fetchall()
    kinds: dict[str, int] = {}
    furniture = 0
    for _id, title, sentences in rows:
        first = sentences.split("\n")[0]
        kind = fragment_kind(title, first)
        if kind:
            kinds[kind] = kinds.get(kind, 0) + 1
        if all(is_furniture_sentence(s) for s in sentences.split("\n")):
            furniture += 1
    n = len(rows)
    total = sum(kinds.values())
    print(f"events: {n}")
    for k in ("subordinate", "short", "clock", "bare verb"):
        print(f"  {k:12s} {kinds.get(k, 0):6d}  {100 * kinds.get(k, 0) / max(n, 1):5.1f}%")
    print(f"  {'fragments':12s} {total:6d}  {100 * total / max(n, 1):5.1f}%  (target <= 8%)")
    print(f"events whose sentences are all comment or schedule furniture: {furniture}")

    if args.judged:
        judged(conn, rows, Path(args.judged), args.judge_draw, args.sample, args.show_sentences)
        store.close()
        return

    rng = random.Random(args.seed)
    print(f"\n{args.sample} random titles (seed {args.seed}):")
    for i, (_id, title, _sentences) in enumerate(rng.sample(rows, min(args.sample, n)), 1):
        print(f"{i:3d}. {title}")
    for seed in (int(x) for x in args.also.split(",") if x.strip()):
        print(f"\n{args.also_sample} random titles (seed {seed}):")
        draw = random.Random(seed).sample(rows, min(args.also_sample, n))
        for i, (_id, title, _sentences) in enumerate(draw, 1):
            print(f"{i:3d}. {title}")

    if args.timeit:
        from store.mention_titles import own_conjunct, title_and_terms

        ms = conn.execute(
            "SELECT m.sentence, m.start - m.sentence_start, m.\"end\" - m.sentence_start, "
            "m.article_id, m.sentence_start FROM mentions m WHERE m.lead = 0").fetchall()
        by_sentence: dict[tuple, list] = {}
        for s, a, b, art, ss in ms:
            by_sentence.setdefault((art, ss), []).append((s, a, b))
        work = []
        for group in by_sentence.values():
            for s, a, b in group:
                others = [(x, y) for _, x, y in group if (x, y) != (a, b)]
                work.append((s, a, b, others))
        best = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            for s, a, b, others in work:
                title_and_terms(*own_conjunct(s, a, b, others))
            best = min(best, time.perf_counter() - t0)
        print(f"\ntitle_and_terms + own_conjunct: {1e6 * best / max(len(work), 1):.1f} us a "
              f"mention over {len(work)} mentions (best of 3)")
    store.close()


if __name__ == "__main__":
    main()
