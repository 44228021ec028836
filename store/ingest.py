"""The ingest pipeline: read -> clean -> date -> extract -> merge -> SQLite.

Analysis (cleaning, date finding, event extraction) is pure CPU work on one
article and runs in worker processes with `jobs > 1`; only this process
writes, each article under its own savepoint inside a transaction of up to
200 articles or half a second, so a crash never leaves half an article and
parallel ingest never meets "database is locked".
"""

from __future__ import annotations

import hashlib
import itertools
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

from . import fts
from .db import Store
from .model import Analysed, RawArticle, ReadProblem

BATCH_ARTICLES = 200  # articles per write transaction (fewer commits: 2-7% less of the writer's CPU
                      # against 50) ...
BATCH_SECONDS = 0.5   # ... or this long, whichever comes first


@dataclass
class IngestReport:
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    mentions: int = 0
    problems: list[str] = field(default_factory=list)  # inputs that failed, one line each
    notes: list[str] = field(default_factory=list)     # went in, with something to say

    @property
    def ok(self) -> bool:
        return not self.problems


def content_hash(text: str, raw: RawArticle, published: str | None) -> str:
    """Same text and same metadata = same article; anything else replaces it."""
    h = hashlib.sha256()
    for part in (text, raw.title, raw.outlet, raw.url, published):
        h.update((part or "").encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()


def choose_published(raw: RawArticle, text: str, flag: str | None):
    """The publication date in the documented order: flag, metadata, text estimate, none."""
    if flag:
        return flag, "flag", None
    if raw.published:
        return raw.published, raw.published_from or "metadata", None
    from .pubdate import infer_published

    guess = infer_published(text, raw.title)
    if guess:
        return guess[0], "inferred", guess[1]
    return None, None, None


def analyse(raw: RawArticle, published_flag: str | None = None,
            outlet_flag: str | None = None) -> Analysed:
    """Everything that needs no database: runs in worker processes."""
    from .clean import clean_text, furniture_spans
    from .events import extract_mentions
    from .quote_speaker import with_speakers
    from .timex import tag
    from .title_context import with_context

    if outlet_flag:
        raw.outlet = outlet_flag
    text = clean_text(raw.text)
    if raw.title:
        raw.title = clean_text(raw.title).strip() or None
    published, published_from, note = choose_published(raw, text, published_flag)
    dct = date.fromisoformat(published) if published else None
    timexes = tag(text, dct)
    mentions = extract_mentions(text, raw.title, published, timexes, furniture_spans(text))
    with_speakers(text, mentions)  # (a quotation's speaker is in the text, not the sentence)
    with_context(text, mentions)  # ("This was at 10.15 am.": the sentence before says what)
    notes = []
    if published is None:
        notes.append(f"{raw.path or raw.source}: no publication date found: only absolute "
                     "dates were resolved; give one with --published DATE or a manifest.json")
    elif published_from == "inferred":
        notes.append(f"{raw.path or raw.source}: publication date {published} inferred {note}")
    return Analysed(raw=raw, text=text, hash=content_hash(text, raw, published),
                    published=published, published_from=published_from, published_note=note,
                    mentions=mentions, notes=notes)


def save(store: Store, a: Analysed) -> str:
    """Store one analysed article in its own transaction: 'added', 'replaced' or 'unchanged'."""
    with store.write() as conn:
        return _save(conn, a)


def _save(conn, a: Analysed, held=None, pending=None) -> str:
    """`held` (store.fts.Held): the batching writer's titles and bodies waiting for its commit,
    given only when the store has no analyst's layer (`layered`: nothing to re-apply);
    `pending` (_PendingArticles): likewise, its article rows waiting for its commit."""
    from . import annotations, merge
    from .article_text import pack

    if (pending is not None and a.hash in pending.hashes) or conn.execute(
            "SELECT 1 FROM articles WHERE hash = ?", (a.hash,)).fetchone():
        return "unchanged"
    if pending is not None and a.raw.source in pending.sources:
        pending.write(conn)  # it replaces an article of this transaction: that row first
    old = [r[0] for r in conn.execute("SELECT id FROM articles WHERE source = ?",
                                      (a.raw.source,))]
    if old and held is not None:  # rebuilding events reads and writes their text
        held.write(conn)
    if old and pending is not None:  # ... and reads their articles
        pending.write(conn)
    for article_id in old:
        merge.remove_article(conn, article_id)
        conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
    if old and pending is not None:  # SQLite reuses the highest id when its row is gone
        pending.renumber(conn)
    r = a.raw
    row = (r.source, a.hash, r.outlet, r.title, r.url, r.path, a.published,
           a.published_from, a.published_note, r.lang, r.encoding,
           a.packed if a.packed is not None else pack(a.text),
           datetime.now(timezone.utc).isoformat(timespec="seconds"), r.author)
    if pending is not None:
        article_id = pending.add(row)
    else:
        article_id = conn.execute(_INSERT_ONE_ARTICLE, row).lastrowid
    merge.add_article(conn, article_id, a.mentions, held, pending)
    if held is None:  # the analyst's corrections follow the merge (a writer holds text
        annotations.reapply(conn, article_id)  # only in a store that has none)
    return "replaced" if old else "added"


_ARTICLE_COLUMNS = ("source, hash, outlet, title, url, path, published, published_from, "
                    "published_note, lang, encoding, text, added, author")
_INSERT_ONE_ARTICLE = f"INSERT INTO articles ({_ARTICLE_COLUMNS}) VALUES ({', '.join('?' * 14)})"


class _PendingArticles:
    """The article rows of a batching writer's transaction, inserted at its commit.

    The article names' full-text index (a trigram FTS5 table filled by a trigger on
    articles) writes its pending terms as a new segment at the start of every statement
    that writes it, so one INSERT an article made a segment an article, merged again
    later: 6.8% of the writer's instructions (bench/README.md, fifth pass). Here each
    article gets the id SQLite would give it (the writer is alone in its transaction) and
    its mentions refer to it at once; the transaction defers its foreign keys, and the
    rows go in a few multi-row statements before the commit. Merging reads an article
    only for its outlet and date (given from here) and when rebuilding events for a
    replaced article (the rows are written first).
    """

    def __init__(self, conn) -> None:
        self.rows: list[tuple] = []  # (id, *row)
        self.renumber(conn)
        self.hashes: set[str] = set()
        self.sources: set[str] = set()

    def add(self, row: tuple) -> int:
        article_id = self.next_id
        self.next_id += 1
        self.rows.append((article_id, *row))
        self.sources.add(row[0])
        self.hashes.add(row[1])
        return article_id

    def renumber(self, conn) -> None:
        """After a delete, with no rows waiting: the next id as SQLite would give it."""
        self.next_id = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM articles").fetchone()[0]

    def meta(self, article_id: int) -> tuple[str | None, str | None] | None:
        """(published, outlet) of a pending article."""
        if self.rows and self.rows[-1][0] == article_id:  # the article in hand
            return self.rows[-1][7], self.rows[-1][3]
        return None

    def ids_of_outlet(self, outlet: str | None) -> list[int]:
        return [r[0] for r in self.rows if r[3] == outlet]

    def mark(self):
        return self.rows, len(self.rows), self.next_id

    def undo(self, mark) -> None:
        rows, n, self.next_id = mark
        self.rows = rows[:n]  # `write` starts a new list, so the marked one is intact
        self.sources = {r[1] for r in self.rows}
        self.hashes = {r[2] for r in self.rows}

    def write(self, conn) -> None:
        if self.rows:
            from .rows import insert as insert_rows

            insert_rows(conn, f"INSERT INTO articles (id, {_ARTICLE_COLUMNS})", self.rows)
            self.rows, self.hashes, self.sources = [], set(), set()


class _Writer:
    """Saves articles in shared transactions: up to BATCH_ARTICLES or BATCH_SECONDS each.

    One commit per article re-writes the same index pages over and over (0.5-0.7
    ms of the ~3 ms an article costs to save); a savepoint per article keeps
    every article whole, so whatever is committed, on success or interrupt, is
    never half an article (it costs ~2.7% of the writer's instructions,
    bench/README.md; saving the earlier articles again after a failure instead
    could lose them if the new BEGIN failed). The time bound lets the app and other
    writers see progress while a big ingest runs.

    An event joined by several articles of a transaction has its full-text entry
    re-indexed once, at the commit (store.fts.Held), not once per article; in a
    store with the analyst's layer (whose re-application reads events' text
    mid-transaction) every article writes its events' text itself, as before.
    """

    def __init__(self, store: Store):
        self.store = store
        self.pending = 0
        self.since = 0.0
        self._tx = None
        self.held = None
        self.articles = None  # _PendingArticles, as `held`

    def save(self, a: Analysed) -> str:
        conn = self.store.conn
        if self._tx is None:
            tx = self.store.write()
            tx.__enter__()  # held only once begun: a BEGIN that times out leaves none
            self._tx = tx
            self.since = time.monotonic()
            has_layer = layered(conn)
            self.held = None if has_layer else fts.Held()
            if not has_layer:  # mentions refer to article rows written at the commit
                conn.execute("PRAGMA defer_foreign_keys = ON")  # (until this transaction ends)
                self.articles = _PendingArticles(conn)
        held, pending = self.held, self.articles
        mark = held.mark() if held is not None else None
        pmark = pending.mark() if pending is not None else None
        conn.execute("SAVEPOINT article")
        try:
            outcome = _save(conn, a, held, pending)
        except BaseException:
            if conn.in_transaction:  # a full disk may have rolled the whole transaction back
                conn.execute("ROLLBACK TO article")
                conn.execute("RELEASE article")
            if held is not None:
                held.undo(mark)
            if pending is not None:
                pending.undo(pmark)
            raise
        conn.execute("RELEASE article")
        self.pending += 1
        if self.pending >= BATCH_ARTICLES or time.monotonic() - self.since >= BATCH_SECONDS:
            self.commit()
        return outcome

    def commit(self) -> None:
        if self._tx is not None:
            tx, held, pending = self._tx, self.held, self.articles
            self._tx, self.held, self.articles, self.pending = None, None, None, 0
            try:
                if pending is not None and self.store.conn.in_transaction:
                    pending.write(self.store.conn)
                if held is not None and self.store.conn.in_transaction:
                    held.write(self.store.conn)
            except BaseException:
                tx.__exit__(*sys.exc_info())
                raise
            tx.__exit__(None, None, None)


def layered(conn) -> bool:
    """The store has the analyst's corrections or regroupings, or events waiting for them
    (re-applied after each article, reading the events it touched). Asked once a
    transaction: the writer holds the write lock, so no other program adds one meanwhile."""
    return conn.execute("SELECT EXISTS (SELECT 1 FROM annotations) OR EXISTS "
                        "(SELECT 1 FROM regroups) OR EXISTS (SELECT 1 FROM event_layer) OR "
                        "EXISTS (SELECT 1 FROM layer_dirty)").fetchone()[0] == 1


def _analyse_job(args) -> Analysed | ReadProblem:
    raw, published, outlet = args
    try:
        done = analyse(raw, published, outlet)
    except Exception as e:  # one bad article must not end the batch
        return ReadProblem(raw.path or raw.source, f"could not analyse ({type(e).__name__}: {e})")
    from .article_text import pack

    done.raw.text = ""  # the writer stores the clean text: no second copy back from a worker
    done.packed = pack(done.text)  # compressed here, in parallel, not by the one writer
    return done


GROUP_SIGNALS = ("SIGINT", "SIGHUP")   # a terminal sends these to the whole process group


def ignore_group_signals() -> None:
    """In a worker (pool or Dask): Ctrl-C or a dropped terminal is the writer's to handle;
    it unwinds and ends its workers."""
    import signal

    for name in GROUP_SIGNALS:
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_IGN)


def _quiet_worker() -> None:
    """Workers leave signals to the writer: Ctrl-C, SIGTERM or SIGHUP reach the whole process
    group, the writer unwinds and ends the pool, and a worker cut off mid-result has nothing
    to say (its analysis errors come back as ReadProblems, never on stderr)."""
    import signal

    ignore_group_signals()
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - for the worker's whole life


def _analysed_stream(items: Iterable[RawArticle | ReadProblem], published, outlet,
                     jobs: int) -> Iterator[Analysed | ReadProblem]:
    """Analysed articles in input order; with jobs > 1 a pool analyses them.

    The pool starts only once a second article is in sight: forking workers
    for one file would cost more than analysing it here.
    """
    problems: list[ReadProblem] = []   # read problems, yielded in step with the results

    def articles():
        for item in items:
            if isinstance(item, ReadProblem):
                problems.append(item)
            else:
                yield (item, published, outlet)

    stream = articles()
    head = list(itertools.islice(stream, 2)) if jobs > 1 else []
    if jobs <= 1 or len(head) < 2:
        for job in itertools.chain(head, stream):
            while problems:
                yield problems.pop(0)
            yield _analyse_job(job)
        yield from problems
        return
    import multiprocessing  # here, not at the top: the app imports this module to start

    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods()
                                      else "spawn")
    with ctx.Pool(jobs, initializer=_quiet_worker) as pool:
        for result in pool.imap(_analyse_job, itertools.chain(head, stream), chunksize=2):
            while problems:
                yield problems.pop(0)
            yield result
    yield from problems


def ingest(store: Store, inputs: list[str], *, published: str | None = None,
           outlet: str | None = None, jobs: int = 1, size_limit: int | None = None,
           timeout: float = 20.0, stdin=None,
           progress: Callable[[int, str], None] | None = None, cluster=None) -> IngestReport:
    """Add articles from files, folders, URLs or stdin; report what happened to each.

    `progress(n_done, label)` is called after each input, for a progress bar
    drawn by the caller (store/ draws nothing). With `cluster` (store.cluster.Cluster)
    the analysis runs on Dask workers instead of `jobs` local processes.
    """
    from .read import DEFAULT_SIZE_LIMIT, read_inputs

    limit = size_limit or DEFAULT_SIZE_LIMIT
    if cluster is not None:
        items = cluster.read(inputs, size_limit=limit, timeout=timeout, stdin=stdin)
    else:
        items = read_inputs(inputs, size_limit=limit, timeout=timeout, stdin=stdin)
    return store_items(store, items, published=published, outlet=outlet, jobs=jobs,
                       progress=progress, cluster=cluster)


def store_items(store: Store, items: Iterable[RawArticle | ReadProblem], *,
                published: str | None = None, outlet: str | None = None, jobs: int = 1,
                progress: Callable[[int, str], None] | None = None,
                cluster=None) -> IngestReport:
    """The one write path for whatever a reader produced (ingest, watch)."""
    from .read import ReadNote

    report = IngestReport()
    done = 0
    writer = _Writer(store)
    if cluster is not None:
        stream = cluster.analysed(items, published, outlet)
    else:
        stream = _analysed_stream(items, published, outlet, max(1, jobs))
    try:
        for result in stream:
            done += 1
            if isinstance(result, ReadNote):
                report.notes.append(str(result))
            elif isinstance(result, ReadProblem):
                report.problems.append(str(result))
            else:
                _store_one(writer, result, report)
            if progress:
                progress(done, "")
    finally:
        writer.commit()  # the whole articles saved so far, also on an interrupt
        stream.close()   # a cluster's tasks still in flight are released
    return report


def _store_one(writer: _Writer, a: Analysed, report: IngestReport) -> None:
    try:
        outcome = writer.save(a)
    except sqlite3.OperationalError:
        raise  # the store itself failed (disk full, I/O): stop, keep what is saved
    except Exception as e:  # this article only: report it, store the rest
        report.problems.append(f"{a.raw.path or a.raw.source}: could not store "
                               f"({type(e).__name__}: {e})")
        return
    setattr(report, outcome, getattr(report, outcome) + 1)
    if outcome != "unchanged":
        report.mentions += len(a.mentions)
        report.notes.extend(a.notes)
