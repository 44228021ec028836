"""Per-article analysis on a Dask cluster; merging and writing stay in this process.

Why this shape:
- The writer is one process (the merge reads what earlier articles stored), so
  only the pure part moves out: decoding a page, cleaning, dating, drafting
  events. Workers share no disk with the client, so the client reads files and
  ships their bytes; URLs are fetched by the workers.
- The merge depends on the order articles arrive in, so results are written in
  input order whatever order they complete in: a reorder buffer keyed by input
  position, bounded with the number of batches in flight, which also keeps the
  client's memory flat however many articles go through.
- Work goes out in small batches: a task costs the client several milliseconds
  of CPU (submit, scheduler, result) on this 2-core machine, about as much as
  analysing an article; eight articles a task make it a small share.
- A worker that dies takes its tasks with it; the scheduler runs them again
  elsewhere. Nothing is written until a batch's results are back, and each one
  is written once, so nothing is lost or doubled.

`distributed` is an optional dependency (the `cluster` extra): this module
imports it only when a cluster is asked for.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import warnings
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from .model import Analysed, RawArticle, ReadProblem

BATCH_UNITS = 8          # articles (or URLs) per Dask task
BATCH_BYTES = 1 << 20    # ... or this many bytes of files, whichever first
BATCH_SLOTS = 64         # ... or this many items with problems among them (a folder of
                         # unreadable files still shows progress)
WINDOW_PER_THREAD = 4    # batches in flight per worker thread
CONNECT_TIMEOUT = 10     # seconds to reach a scheduler

_ADDRESS = re.compile(r"^(?:local(?::(\d+))?|tcp://\[?[\w.:-]+?\]?:(\d+))$")


class ClusterError(Exception):
    """The cluster cannot be had: str(e) is the one line for the user."""


def parse_address(text: str) -> tuple[str, int | str]:
    """('local', N) or ('tcp', 'tcp://host:port'); ValueError with the reason otherwise."""
    m = _ADDRESS.match(text.strip())
    if not m:
        raise ValueError(f"'{text}' is not local, local:N or tcp://HOST:PORT")
    if text.strip().startswith("local"):
        n = int(m[1]) if m[1] else (len(os.sched_getaffinity(0))
                                    if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
        if not 1 <= n <= 1024:
            raise ValueError(f"'{text}': the number of local workers must be 1 to 1024")
        return "local", n
    if not 1 <= int(m[2]) <= 65535:
        raise ValueError(f"'{text}': the port must be 1 to 65535")
    return "tcp", text.strip()


def _quiet() -> None:
    """Dask logs to stderr at INFO/WARNING (restarts, slow event loops, shutdown):
    the user's terminal shows dateline's lines only."""
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "error")   # inherited by local workers
    # multiprocessing's resource tracker outlives a killed client and would warn about
    # the local cluster's semaphores: a kill needs no warning
    os.environ.setdefault("PYTHONWARNINGS", "ignore::UserWarning:multiprocessing.resource_tracker")
    for name in ("distributed", "tornado", "bokeh"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


class Cluster:
    """A Dask client (and, for local:N, the LocalCluster it owns); close() ends both."""

    def __init__(self, address: str):
        kind, where = parse_address(address)
        _quiet()
        try:
            import dask
            from distributed import Client, LocalCluster
        except ImportError:
            raise ClusterError("--cluster needs Dask: pip install 'dateline[cluster]'") from None
        dask.config.set({"distributed.worker.daemon": True,
                         "distributed.comm.timeouts.connect": f"{CONNECT_TIMEOUT}s",
                         "distributed.admin.system-monitor.gil.enabled": False})
        self._local = None
        if kind == "tcp":
            _knock(where)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                if kind == "local":
                    with _interrupts_ignored():     # the workers are born deaf to Ctrl-C
                        self._local = LocalCluster(n_workers=where, threads_per_worker=1,
                                                   processes=True, dashboard_address=None,
                                                   silence_logs=logging.CRITICAL)
                    self.client = Client(self._local, set_as_default=False)
                    self.client.register_plugin(_ignore_interrupts_plugin())   # ... and restarted ones
                else:
                    self.client = Client(where, timeout=CONNECT_TIMEOUT, set_as_default=False)
            if kind == "tcp":
                self._workers_there(where)
        except ClusterError:
            self.close()
            raise
        except OSError as e:
            self.close()
            raise ClusterError(f"cannot reach the Dask scheduler at {where} "
                               f"({_short(e)})") from None
        except Exception as e:  # noqa: BLE001 - one line, never a traceback
            self.close()
            raise ClusterError(f"cannot start the cluster {address} ({_short(e)})") from None
        self.address = address

    def _workers_there(self, where: str) -> None:
        """A scheduler without workers would queue the whole ingest in silence."""
        try:
            self.client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
        except TimeoutError:
            raise ClusterError(f"the Dask scheduler at {where} has no workers (start some with "
                               f"`dask worker {where}`)") from None

    def threads(self) -> int:
        try:
            return max(1, sum(self.client.nthreads().values()))
        except Exception:  # noqa: BLE001
            return 1

    def close(self) -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            client, self.client = getattr(self, "client", None), None
            local, self._local = self._local, None
            for thing in (client, local):
                if thing is not None:
                    try:
                        thing.close()
                    except Exception:  # noqa: BLE001 - closing what is already gone
                        pass

    def __enter__(self) -> Cluster:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- reading: the client walks the inputs, workers decode and fetch --------------------

    def read(self, inputs: list[str], *, size_limit: int, timeout: float, stdin=None
             ) -> Iterator[object]:
        """What read_inputs gives, except that single-article files come as their bytes
        and URLs as themselves, for the workers to decode and fetch."""
        from .read import _tidy
        from .read import is_url as url_like

        session = _ShippingSession(size_limit, timeout, stdin)
        for given in inputs:
            if url_like(given):
                yield _Url(given, size_limit, timeout)
                continue
            for item in session.read(given):
                yield item if isinstance(item, _File) else _tidy(item)

    # -- analysis -----------------------------------------------------------------------

    def analysed(self, items: Iterable[object], published: str | None, outlet: str | None
                 ) -> Iterator[Analysed | ReadProblem]:
        """Analysed articles and problems in input order, analysed on the cluster."""
        from distributed import as_completed

        window = WINDOW_PER_THREAD * self.threads()
        pending: deque[_Batch] = deque()    # in input order; the head is written first
        by_key: dict[str, _Batch] = {}
        done = as_completed(with_results=False, loop=self.client.loop)
        batches = _batches(items)
        more = True
        try:
            while pending or more:
                while more and len(pending) < window:
                    batch = next(batches, None)
                    if batch is None:
                        more = False
                        break
                    if batch.units:
                        with warnings.catch_warnings():
                            warnings.simplefilter("ignore")
                            batch.future = self.client.submit(
                                run_batch, [u for _, u in batch.units], published, outlet,
                                pure=False)
                        by_key[batch.future.key] = batch
                        done.add(batch.future)
                    pending.append(batch)
                if not pending:
                    break
                while pending[0].future is not None:        # wait for the head, keep others
                    future = next(done)
                    by_key.pop(future.key).settle(future)
                yield from pending.popleft().items()
        finally:
            for batch in pending:
                if batch.future is not None:
                    batch.future.release()


@contextlib.contextmanager
def _interrupts_ignored():
    """Ctrl-C (or a dropped terminal) reaches every process of the group: local workers
    ignore it and the client alone stops, as the pool's workers do (a worker would print a
    KeyboardInterrupt traceback). SIGTERM keeps its default: it ends a worker silently."""
    import signal
    import threading

    from .ingest import GROUP_SIGNALS

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    old = {}
    for name in GROUP_SIGNALS:
        if hasattr(signal, name):
            old[name] = signal.signal(getattr(signal, name), signal.SIG_IGN)
    try:
        yield
    finally:
        for name, handler in old.items():
            signal.signal(getattr(signal, name), handler)


def _ignore_interrupts_plugin():
    """A worker plugin that makes a local worker ignore SIGINT, also one the nanny
    restarts after a crash (made here: distributed is imported only when used)."""
    from distributed import WorkerPlugin

    class IgnoreInterrupts(WorkerPlugin):
        name = "dateline-ignore-sigint"
        idempotent = True

        def setup(self, worker) -> None:
            from store.ingest import ignore_group_signals

            try:
                ignore_group_signals()
            except ValueError:      # not the main thread: the worker was born ignoring it
                pass

    return IgnoreInterrupts()


def run_batch(units: list, published: str | None, outlet: str | None) -> list[list]:
    """On a worker: each unit's results (Analysed, ReadProblem, ReadNote) in order."""
    from .ingest import _analyse_job

    out = []
    for unit in units:
        results = []
        for item in unit.read() if isinstance(unit, (_File, _Url)) else [unit]:
            results.append(_analyse_job((item, published, outlet))
                           if isinstance(item, RawArticle) else item)
        out.append(results)
    return out


@dataclass
class _File:
    """A single-article file's bytes, read by the client, decoded on a worker."""

    data: bytes
    kind: str
    source: str
    path: str
    given: str
    entry: dict | None = None         # its manifest.json entry, when one lists it

    def read(self) -> Iterator[RawArticle | ReadProblem]:
        from .read import _tidy, read_data
        from .read.decode import NotText
        from .read.files import Unreadable
        from .read.manifest import Manifest, _key

        try:
            for item in read_data(self.data, self.kind, source=self.source, path=self.path):
                if isinstance(item, RawArticle) and self.entry is not None:
                    Manifest(entries={_key(self.path): self.entry}).apply(item, self.path)
                yield _tidy(item)
        except (NotText, Unreadable) as e:
            yield _tidy(ReadProblem(self.path, str(e)))
        except Exception as e:  # noqa: BLE001 - as read_inputs: one line, never a traceback
            yield _tidy(ReadProblem(self.given, f"could not be read ({type(e).__name__}: {e})"))


@dataclass
class _Url:
    """A URL the user gave, fetched and read on a worker (a feed's pages too)."""

    url: str
    size_limit: int
    timeout: float

    def read(self) -> Iterator[RawArticle | ReadProblem]:
        from .read import read_inputs

        yield from read_inputs([self.url], size_limit=self.size_limit, timeout=self.timeout)


def _shipping_session_class():
    from .read import _Session, kind_of_name, sniff_special
    from .read.files import Unreadable, read_bytes
    from .read.manifest import MANIFEST_NAME

    class ShippingSession(_Session):
        """read_inputs' walk, but a text or HTML file becomes its bytes (_File)."""

        def read_file(self, path, *, explicit, root=None):
            kind = kind_of_name(path)
            if (kind not in ("text", "html") or os.path.basename(path) == MANIFEST_NAME
                    or not os.path.isfile(path)):
                yield from super().read_file(path, explicit=explicit, root=root)
                return
            manifest, problems = self.manifest_covering(path, root)
            yield from problems
            try:
                data = read_bytes(path, self.size_limit)
            except Unreadable as e:
                yield ReadProblem(path, str(e))
                return
            if sniff_special(data) is not None:     # a feed or archive saved as .html
                yield from super().read_file(path, explicit=explicit, root=root)
                return
            entry = None
            if manifest is not None:
                from .read.manifest import _key
                entry = manifest.entries.get(_key(path))
            yield _File(data, kind, os.path.realpath(path), path, self._given, entry)

        def read(self, given):
            self._given = given
            yield from super().read(given)

    return ShippingSession


def _ShippingSession(*args):  # noqa: N802 - builds the class on first use (read/ is lazy)
    return _shipping_session_class()(*args)


@dataclass
class _Batch:
    """A stretch of the input: items that need no work, and units for one Dask task."""

    slots: list = field(default_factory=list)     # ('item', x) or ('unit', i) in order
    units: list = field(default_factory=list)     # (slot index, unit)
    future: object = None
    results: list | None = None

    def settle(self, future) -> None:
        """The task's results, or one problem line a unit when the task failed for good
        (a worker killed again and again by the same input: KilledWorker)."""
        try:
            self.results = future.result()
        except Exception as e:  # noqa: BLE001 - one line per input, never a traceback
            self.results = [[ReadProblem(_where(u), "could not be analysed on the cluster "
                                         f"({type(e).__name__}: {_short(e)})")]
                            for _, u in self.units]
        future.release()
        self.future = None

    def items(self) -> Iterator[object]:
        for kind, x in self.slots:
            if kind == "item":
                yield x
            else:
                yield from self.results[x]


def _batches(items: Iterable[object]) -> Iterator[_Batch]:
    batch, size = _Batch(), 0
    for item in items:
        if isinstance(item, (RawArticle, _File, _Url)):
            batch.slots.append(("unit", len(batch.units)))
            batch.units.append((len(batch.slots) - 1, item))
            size += len(item.data) if isinstance(item, _File) else len(getattr(item, "text", ""))
        else:
            batch.slots.append(("item", item))
        if (len(batch.units) >= BATCH_UNITS or size >= BATCH_BYTES
                or len(batch.slots) >= BATCH_SLOTS):
            yield batch
            batch, size = _Batch(), 0
    if batch.slots:
        yield batch


def _knock(address: str) -> None:
    """A refused connection fails at once (Dask would retry until its timeout)."""
    import socket

    host, _, port = address[len("tcp://"):].rpartition(":")
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=CONNECT_TIMEOUT).close()
    except OSError as e:
        raise ClusterError(f"cannot reach the Dask scheduler at {address} "
                           f"({e.strerror or _short(e)})") from None


def _where(unit) -> str:
    if isinstance(unit, _Url):
        return unit.url
    return unit.path or unit.source


def _short(e: BaseException) -> str:
    text = " ".join(str(e).split()) or type(e).__name__
    return text if len(text) <= 200 else text[:199] + "…"
