"""The floor of the one writer's SQL: its statements replayed with no merging in between.

The writer (store.ingest._Writer over store.merge) is run once on pre-analysed articles
with its connection wrapped by a recorder that keeps every (sql, parameters) it sends,
reads included. The log is then replayed into fresh stores:

- `as issued`: one execute / executemany per recorded call, in order, reads fetched
  whole: SQLite's work for this schema plus the sqlite3 module's cost per call, with no
  Python of the merge: the floor of the writer as it talks to SQLite today;
- `writes only`: the same without the reads (SELECT): what the writes alone cost;
- `grouped`: the writes of each transaction grouped by statement text, one executemany a
  statement a transaction (first-seen order, savepoints dropped): what is left when the
  module's per-call overhead is paid once a transaction instead of once a call.
  (Statements of a writer that already sends multi-row VALUES are grouped by their text,
  so rows of different lengths change order and the store's ids may differ: reported.)

The difference between the last two is the share of the per-call overhead (a Python
call, the statement cache lookup, the cursor) in the writes; what `grouped` still costs is
binding, stepping and the B-tree work. Used by `cluster_bench.py --floor`.
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path


class Recorder:
    """A connection that logs what is sent to it; everything else goes to the real one."""

    def __init__(self, conn):
        self._conn = conn
        self.log: list[tuple[str, str, object]] = []  # (kind, sql, params)

    def execute(self, sql, params=()):
        self.log.append(("one", sql, params))
        return self._conn.execute(sql, params)

    def executemany(self, sql, seq):
        rows = list(seq)
        self.log.append(("many", sql, rows))
        return self._conn.executemany(sql, rows)

    def mark(self) -> None:
        """An article starts here (counted, never replayed)."""
        self.log.append(("article", "", None))

    def __getattr__(self, name):
        return getattr(self._conn, name)


def record(analysed: list, db: Path) -> list:
    """Run the writer on `analysed` into a fresh store at `db`, returning its log."""
    from store.db import open_store
    from store.ingest import IngestReport, _store_one, _Writer

    _fresh(db)
    store = open_store(db)
    rec = Recorder(store.conn)
    store.conn = rec
    writer = _Writer(store)
    for a in analysed:
        rec.mark()
        _store_one(writer, a, IngestReport())
    writer.commit()
    store.conn = rec._conn
    store.close()
    return rec.log


def _fresh(db: Path) -> None:
    for p in db.parent.glob(db.name + "*"):
        p.unlink()


def _is_read(sql: str) -> bool:
    """A query; a PRAGMA that sets something (the writer defers its foreign keys) is not."""
    head = sql.lstrip()[:6].upper()
    return head == "SELECT" or (head == "PRAGMA" and "=" not in sql)


def _tx_word(sql: str) -> str:
    return sql.strip().split()[0].upper() if sql.strip() else ""


def replay(log: list, db: Path, mode: str, per: dict | None = None, prepare=None) -> float:
    """Replay `log` into a fresh store; the CPU seconds the replay took (and, given `per`,
    each statement's seconds added to it by its first words)."""
    from store.db import open_store

    _fresh(db)
    store = open_store(db)
    conn = store.conn
    if prepare is not None:  # a variant of the schema (bench only: what each part costs)
        prepare(conn)
    calls = _plan(log, mode)
    clock = time.process_time
    c0 = clock()
    for kind, sql, params in calls:
        t = clock() if per is not None else 0.0
        if kind == "many":
            conn.executemany(sql, params)
        else:
            cur = conn.execute(sql, params)
            if kind == "read":
                cur.fetchall()
        if per is not None:
            key = " ".join(sql.split())[:60]
            per[key] = per.get(key, 0.0) + clock() - t
    cpu = clock() - c0
    store.close()
    return cpu


def _plan(log: list, mode: str) -> list:
    out = []
    if mode in ("as issued", "writes only", "no savepoints"):
        for kind, sql, params in log:
            if kind == "article":
                continue
            if mode == "no savepoints" and _tx_word(sql) in ("SAVEPOINT", "RELEASE"):
                continue
            if _is_read(sql):
                if mode == "as issued":
                    out.append(("read", sql, params))
                continue
            out.append((kind, sql, params))
        return out
    assert mode in ("grouped", "grouped, a call a row")
    group: dict[str, list] = {}
    for kind, sql, params in log:
        if kind == "article" or _is_read(sql):
            continue
        word = _tx_word(sql)
        if word in ("SAVEPOINT", "RELEASE"):
            continue
        if word == "PRAGMA":  # a setting for the transaction: where it was, not grouped
            out.append(("one", sql, params))
            continue
        if word in ("BEGIN", "COMMIT", "ROLLBACK"):
            out += [("many", s, rows) for s, rows in group.items()]
            group = {}
            out.append(("one", sql, params))
            continue
        rows = group.setdefault(sql, [])
        if kind == "many":
            rows += params
        else:
            rows.append(params)
    out += [("many", s, rows) for s, rows in group.items()]
    if mode == "grouped, a call a row":  # the same order, the module's per-call cost paid
        out = [c for kind, sql, params in out for c in (  # again for every row
            [("one", sql, p) for p in params] if kind == "many" else [(kind, sql, params)])]
    return out


def _drop(*names: str):
    def prepare(conn) -> None:
        for name in names:
            kind, _, what = name.partition(":")
            conn.execute(f"DROP {'INDEX' if kind == 'i' else 'TRIGGER'} {what}")
    return prepare


_EVENT_INDEXES = ("i:events_start", "i:events_sources", "i:events_granularity",
                  "i:events_salience", "i:events_day_salience")
_MENTION_INDEXES = ("i:mentions_article", "i:mentions_event_article")


def _fk_off(conn) -> None:
    conn.execute("PRAGMA foreign_keys = OFF")


def _bare(conn) -> None:
    _fk_off(conn)
    _drop("t:events_ai", "t:events_au", "t:article_names_insert", "t:mentions_layer_insert",
          *_EVENT_INDEXES, *_MENTION_INDEXES, "i:articles_source")(conn)


def _layer_trigger(when: str):
    def prepare(conn) -> None:
        conn.execute("DROP TRIGGER mentions_layer_insert")
        conn.execute("CREATE TRIGGER mentions_layer_insert AFTER INSERT ON mentions WHEN "
                     f"{when} BEGIN INSERT OR IGNORE INTO layer_dirty (event_id) "
                     "VALUES (new.event_id); END")
    return prepare


# the schema's parts taken away one at a time from a replay's fresh store (bench only):
# what each costs the floor; "bare" keeps the tables, their keys and event_keys' own index
VARIANTS = {
    "full schema": None,
    "no foreign keys": _fk_off,
    "no full-text triggers": _drop("t:events_ai", "t:events_au"),
    "no names trigger": _drop("t:article_names_insert"),
    "no layer trigger": _drop("t:mentions_layer_insert"),
    "layer trigger WHEN EXISTS": _layer_trigger(
        "EXISTS (SELECT 1 FROM event_layer WHERE event_id = new.event_id)"),
    "layer trigger WHEN 0": _layer_trigger("0"),
    "no events indexes": _drop(*_EVENT_INDEXES),
    "no mentions indexes": _drop(*_MENTION_INDEXES),
    "bare tables": _bare,
}


def digest_of(db: Path) -> str:
    """Every table's rows (and the full-text index's check): replay gave the writer's store."""
    import hashlib
    import sqlite3

    conn = sqlite3.connect(db)
    h = hashlib.sha256()
    for table in ("articles", "events", "mentions", "event_keys", "event_terms",
                  "period_counts", "day_refs"):
        for row in conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2"):
            h.update(repr(row).encode())
    conn.execute("INSERT INTO events_fts (events_fts) VALUES ('integrity-check')")
    conn.close()
    return h.hexdigest()[:12]


def summary(log: list) -> str:
    articles = sum(1 for k, *_ in log if k == "article")
    calls = [(k, s, p) for k, s, p in log if k != "article"]
    rows = sum(len(p) if k == "many" else 1 for k, s, p in calls)
    reads = sum(1 for k, s, p in calls if _is_read(s))
    return (f"{len(calls):,} calls ({len(calls) / articles:.1f} an article: {reads / articles:.1f} "
            f"reads, {(len(calls) - reads) / articles:.1f} writes), {rows:,} statements run "
            f"({rows / articles:.1f} an article, executemany rows counted one each)")


def by_statement(log: list, top: int = 14) -> list[tuple[int, int, str]]:
    """(calls, rows, statement's first words), most calls first."""
    calls: Counter = Counter()
    rows: Counter = Counter()
    for kind, sql, params in log:
        if kind == "article":
            continue
        key = " ".join(sql.split())[:70]
        calls[key] += 1
        rows[key] += len(params) if kind == "many" else 1
    return [(n, rows[k], k) for k, n in calls.most_common(top)]


def floor(analysed: list, work: Path, runs: int = 3) -> None:
    n = len(analysed)
    rec_db, rep_db = work / "floor-writer.db", work / "floor-replay.db"
    log = record(analysed, rec_db)
    print(f"writer's SQL for {n} articles: {summary(log)}")
    for calls, rows, sql in by_statement(log):
        print(f"  {calls:>7,} calls {rows:>7,} rows  {sql}")
    want = digest_of(rec_db)
    modes = ("as issued", "writes only", "no savepoints", "grouped", "grouped, a call a row")
    got = {}
    cpu: dict[str, list[float]] = {m: [] for m in modes}
    for _ in range(runs):  # alternating, so the machine's load falls on all three alike
        for m in modes:
            cpu[m].append(replay(log, rep_db, m))
            got[m] = digest_of(rep_db)
    for m in modes:
        best = sorted(cpu[m])
        med = best[len(best) // 2]
        print(f"replay {m:>11}: CPU s {' '.join(f'{c:.3f}' for c in best)} -> median "
              f"{1000 * med / n:.3f} ms an article ({n / med:,.0f} articles/s); store "
              f"{'identical' if got[m] == want else 'DIFFERENT'} ({got[m]})")
    parts: dict[str, list[float]] = {v: [] for v in VARIANTS}
    for _ in range(runs):
        for v, prepare in VARIANTS.items():
            parts[v].append(replay(log, rep_db, "grouped", prepare=prepare))
    print("the grouped floor by part of the schema (CPU ms an article, medians):")
    for v, cpus in parts.items():
        print(f"  {1000 * sorted(cpus)[len(cpus) // 2] / n:6.3f}  {v}")
    for m in ("as issued", "grouped"):
        per: dict[str, float] = {}
        replay(log, rep_db, m, per)
        print(f"where a {m} replay goes (CPU ms an article, one timed run):")
        for key, s in sorted(per.items(), key=lambda kv: -kv[1])[:12]:
            print(f"  {1000 * s / n:6.3f}  {key}")
