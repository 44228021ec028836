"""The `dateline` command line: the contract of DESIGN.md.

Exit status: 0 all good, 1 some inputs failed (the rest went in), 2 bad usage.
Heavy modules (textual, the date finder, trafilatura) are imported inside the
command that needs them so `dateline --help` stays instant. The arguments and their
checks are tui/cli_parser.py's.
"""

from __future__ import annotations

import os
import sys
from datetime import date

from .cli_parser import EXIT_FAILED, EXIT_OK, EXIT_USAGE, build_parser, cores


class UsageError(Exception):
    """Bad usage: one line on stderr, exit 2."""


def _fail(msg: str) -> None:
    print(f"dateline: {msg}", file=sys.stderr)


def _open(args, *, read_only: bool = False, create: bool = True):
    from store.db import StoreError, open_store

    path = getattr(args, "sub_db", None) or args.db
    try:
        return open_store(path, read_only=read_only, create=create,
                          on_upgrade=lambda m: print(f"dateline: {m}", file=sys.stderr))
    except StoreError as e:
        raise UsageError(str(e)) from None


def cmd_ingest(args) -> int:
    from store.ingest import ingest

    from .progress import ProgressBar

    if args.cluster and args.jobs:
        raise UsageError("--jobs and --cluster: give one (the cluster's workers do the work)")
    cluster = None
    if args.cluster:    # before the store is opened: a cluster out of reach writes nothing
        from store.cluster import Cluster, ClusterError

        try:
            cluster = Cluster(args.cluster)
        except ClusterError as e:   # the inputs may be fine; the cluster is not there: exit 1
            _fail(str(e))           # (a malformed address is bad usage: exit 2, by the parser)
            return EXIT_FAILED
    try:
        store = _open(args)
        if store.read_only:
            raise UsageError(f"{store.path}: the store is read-only")
        with ProgressBar(args.inputs) as bar:
            report = ingest(store, args.inputs, published=args.published, outlet=args.outlet,
                            jobs=args.jobs or cores(), size_limit=args.max_size,
                            timeout=args.timeout, progress=bar.update, cluster=cluster)
    finally:
        if cluster is not None:
            cluster.close()
    for line in report.notes:
        print(f"note: {line}", file=sys.stderr)
    for line in report.problems:
        print(f"error: {line}", file=sys.stderr)
    from .cli_annotations import orphan_line

    if orphaned := orphan_line(store):
        print(f"note: {orphaned}", file=sys.stderr)
    print(f"{report.added} added, {report.replaced} replaced, {report.unchanged} unchanged, "
          f"{len(report.problems)} failed; {report.mentions} dated mentions "
          f"-> {store.path}")
    return EXIT_FAILED if report.problems else EXIT_OK


def _query_browser(args):
    """(the Browser of the command's QUERY words, the query); a bad query is bad usage."""
    from store.browse import Browser
    from store.query import QueryError

    store = _open(args, create=False)
    query = " ".join(args.query)
    try:
        return Browser(store, query), query
    except QueryError as e:
        raise UsageError(f"query: {e.message}") from None


def cmd_events(args, out=None) -> int:
    from store.export import write_events

    browser, _query = _query_browser(args)
    write_events(browser, out or sys.stdout, args.format, limit=args.limit)
    return EXIT_OK


def cmd_timeline(args, out=None) -> int:
    from store.keydates import key_dates
    from store.timeline_export import write_timeline

    browser, query = _query_browser(args)
    dates = key_dates(browser, args.dates, args.sentences)
    if not dates:
        _fail("no key dates: the query selects no events dated to a day"
              + (f" ({query})" if query else ""))
        return EXIT_OK
    write_timeline(dates, out or sys.stdout, args.format, query)
    return EXIT_OK


def cmd_timex(args) -> int:
    from store.timex.command import print_phrases, read_text

    try:
        text = read_text(args.file, sys.stdin.buffer)
    except ValueError as e:
        raise UsageError(str(e)) from None
    print_phrases(text, date.fromisoformat(args.dct), sys.stdout)
    return EXIT_OK


def cmd_browse(args, query: str = "") -> int:
    theme = getattr(args, "sub_theme", None) or args.theme
    from .app import DatelineApp, theme_names

    if theme and theme not in theme_names():
        raise UsageError(f"unknown theme '{theme}'; choose one of: {', '.join(theme_names())}")
    store = _open(args)
    if not store.read_only:
        _load_seeds(store)
    if query:
        from store.query import QueryError, parse

        try:
            parse(query)
        except QueryError as e:
            raise UsageError(f"query: {e.message}") from None
    app = DatelineApp(store, query, theme, follow=getattr(args, "follow", True))
    app.run()
    return app.return_code or EXIT_OK


def _load_seeds(store) -> None:
    """The demo story on a first run, analysed again after an upgrade (store.seed_store)."""
    from seeds import SEEDS_DIR
    from store.seed_store import load

    load(store, SEEDS_DIR, say=lambda line: print(f"dateline: {line}", file=sys.stderr))


def cmd_watch(args) -> int:
    import time

    from store.watch import MAX_NEW, Watcher

    store = _open(args)
    if store.read_only:
        raise UsageError(f"{store.path}: the store is read-only")
    watcher = Watcher(store, every=args.every, max_new=args.max_new or MAX_NEW,
                      size_limit=args.max_size, timeout=args.timeout, spacing=args.delay,
                      progress=_WatchBar)
    while True:
        failed = False
        for poll in watcher.poll_all(args.sources):
            print(f"{time.strftime('%H:%M:%S')} {poll.line()}", flush=True)
            for line in poll.notes:
                print(f"note: {line}", file=sys.stderr)
            for line in poll.problems:
                print(f"error: {line}", file=sys.stderr)
            failed = failed or poll.failed
        if args.once:
            return EXIT_FAILED if failed else EXIT_OK
        time.sleep(args.every)


class _WatchBar:
    """A progress bar for a poll that takes many items at once (the first fill of a big
    feed), on a terminal only; nothing for the usual poll of a few."""

    def __init__(self, source: str, total: int):
        self._progress = None
        if total < 20 or not sys.stderr.isatty():
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

        self._progress = Progress("new items", BarColumn(), MofNCompleteColumn(),
                                  TimeRemainingColumn(), console=Console(file=sys.stderr),
                                  transient=True)
        self._progress.start()
        self._task = self._progress.add_task("watch", total=total)

    def update(self, done: int, label: str = "") -> None:
        if self._progress is not None:
            self._progress.update(self._task, completed=done)

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()


class Terminated(BaseException):
    """SIGTERM or SIGHUP while a command writes: unwound like Ctrl-C, so the article in hand
    is rolled back or finished and everything committed stays."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def _raise_terminated(signum, _frame):
    raise Terminated(signum)


def _on_termination_unwind() -> None:
    """A shutdown, `kill`, a job scheduler's timeout or a dropped SSH connection stops a
    writing command the way Ctrl-C does (the app handles its own signals)."""
    import signal

    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), _raise_terminated)


def _db_path(args) -> str:
    from store.db import default_path

    return getattr(args, "sub_db", None) or args.db or default_path()


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command in ("ingest", "watch"):
        _on_termination_unwind()
    try:
        if args.command == "ingest":
            return cmd_ingest(args)
        if args.command == "events":
            return cmd_events(args)
        if args.command == "timex":
            return cmd_timex(args)
        if args.command == "timeline":
            return cmd_timeline(args)
        if args.command == "watch":
            return cmd_watch(args)
        if args.command in ("edit", "annotations"):  # the analyst's layer
            from . import cli_annotations

            run = (cli_annotations.cmd_edit if args.command == "edit"
                   else cli_annotations.cmd_annotations)
            return run(args, _open, _fail)
        query = " ".join(args.query) if args.command == "browse" else ""
        return cmd_browse(args, query)
    except UsageError as e:
        _fail(str(e))
        return EXIT_USAGE
    except KeyboardInterrupt:
        _fail("interrupted; everything stored so far is kept")
        return 130
    except Terminated as t:
        import signal

        _fail(f"stopped by {signal.Signals(t.signum).name}; everything stored so far is kept")
        return 128 + t.signum
    except Exception as e:
        from store.db import disk_full

        if not disk_full(e):
            raise
        _fail(f"{_db_path(args)}: the disk is full; everything stored before this is kept "
              "(free some space and run the command again)")
        return EXIT_FAILED
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
