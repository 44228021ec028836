"""The `dateline` command line: the contract of DESIGN.md.

Exit status: 0 all good, 1 some inputs failed (the rest went in), 2 bad usage.
Heavy modules (textual, the date finder, trafilatura) are imported inside the
command that needs them so `dateline --help` stays instant.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad usage: one line on stderr, exit 2."""


def _fail(msg: str) -> None:
    print(f"dateline: {msg}", file=sys.stderr)


def _iso_date(text: str) -> str:
    """--published / --dct: a calendar day, checked (2016-02-30 is refused)."""
    try:
        return date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        pass
    from store.timex import parse_when

    t = parse_when(text, date.today())
    if t is None or t.granularity != "day" or not t.start_date:
        raise argparse.ArgumentTypeError(f"'{text}' is not a calendar day (use YYYY-MM-DD)")
    return t.start_date


def _positive(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a positive number")
    return n


def _size(text: str) -> int:
    """--max-size: 20M, 500K, 1G or bytes."""
    units = {"K": 1024, "M": 1024**2, "G": 1024**3}
    t = text.strip().upper().removesuffix("B")
    try:
        if t and t[-1] in units:
            return int(float(t[:-1]) * units[t[-1]])
        return int(t)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size (like 50M)") from None


def _cores() -> int:
    """Cores this process may run on (a container's CPU set, not the host's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _events_epilog() -> str:
    try:
        from store.query.filters import help_lines
    except ImportError:
        return ""
    rows = help_lines()
    width = max((len(k) for k, _ in rows), default=0)
    return "query filters:\n" + "\n".join(f"  {k.ljust(width)}  {v}" for k, v in rows)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="dateline",
        description="A terminal timeline browser for news. With no command: open the app on "
                    "the default database (the bundled seeds on first run).",
    )
    p.add_argument("--db", help="database file (default: $DATELINE_DB or the user data folder)")
    p.add_argument("--theme", help="colour theme of the app (see the command palette)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    b = sub.add_parser("browse", help="open the app, optionally already filtered")
    b.add_argument("query", nargs="*", help="a search query (see `dateline events --help`)")
    b.add_argument("--db", dest="sub_db", help=argparse.SUPPRESS)
    b.add_argument("--theme", dest="sub_theme", help="colour theme of the app")

    i = sub.add_parser("ingest", help="add articles: .txt .md .html .json .jsonl, folders, "
                                      "URLs, - for stdin")
    i.add_argument("inputs", nargs="+", metavar="PATH|URL")
    i.add_argument("--db", dest="sub_db", help=argparse.SUPPRESS)
    i.add_argument("--published", type=_iso_date, help="publication date for these inputs")
    i.add_argument("--outlet", help="outlet name for these inputs")
    i.add_argument("--jobs", type=_positive, default=None,
                   help="worker processes for analysis (default: one a core, here "
                        f"{_cores()}; one writer always)")
    i.add_argument("--max-size", type=_size, default=None,
                   help="largest file accepted (default 20M)")
    i.add_argument("--timeout", type=float, default=20.0, help="seconds per URL (default 20)")

    e = sub.add_parser("events", help="print the events a query selects, in date order",
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       epilog=_events_epilog())
    e.add_argument("query", nargs="*", help="search words and filters")
    e.add_argument("--db", dest="sub_db", help=argparse.SUPPRESS)
    e.add_argument("--format", choices=("jsonl", "csv", "md"), default="jsonl")
    e.add_argument("--limit", type=_positive, default=None)

    t = sub.add_parser("timex", help="print the dated phrases of one text as JSON lines")
    t.add_argument("--dct", type=_iso_date, required=True,
                   help="the text's publication date (YYYY-MM-DD)")
    t.add_argument("file", nargs="?", default="-", help="a text file, or - for stdin")
    return p


def _open(args, *, read_only: bool = False, create: bool = True):
    from store.db import StoreError, open_store

    path = getattr(args, "sub_db", None) or args.db
    try:
        return open_store(path, read_only=read_only, create=create)
    except StoreError as e:
        raise UsageError(str(e)) from None


def cmd_ingest(args) -> int:
    from store.ingest import ingest

    from .progress import ProgressBar

    store = _open(args)
    if store.read_only:
        raise UsageError(f"{store.path}: the store is read-only")
    with ProgressBar(args.inputs) as bar:
        report = ingest(store, args.inputs, published=args.published, outlet=args.outlet,
                        jobs=args.jobs or _cores(), size_limit=args.max_size, timeout=args.timeout,
                        progress=bar.update)
    for line in report.notes:
        print(f"note: {line}", file=sys.stderr)
    for line in report.problems:
        print(f"error: {line}", file=sys.stderr)
    print(f"{report.added} added, {report.replaced} replaced, {report.unchanged} unchanged, "
          f"{len(report.problems)} failed; {report.mentions} dated mentions "
          f"-> {store.path}")
    return EXIT_FAILED if report.problems else EXIT_OK


def cmd_events(args, out=None) -> int:
    from store.browse import Browser
    from store.export import write_events
    from store.query import QueryError

    out = out or sys.stdout
    store = _open(args, create=False)
    query = " ".join(args.query)
    try:
        browser = Browser(store, query)
    except QueryError as e:
        raise UsageError(f"query: {e.message}") from None
    write_events(browser, out, args.format, limit=args.limit)
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
        _load_seeds_if_empty(store)
    if query:
        from store.query import QueryError, parse

        try:
            parse(query)
        except QueryError as e:
            raise UsageError(f"query: {e.message}") from None
    app = DatelineApp(store, query, theme)
    app.run()
    return EXIT_OK


def _load_seeds_if_empty(store) -> None:
    from store.ingest import ingest, is_empty

    if not is_empty(store):
        return
    from seeds import SEEDS_DIR

    print("dateline: first run: loading the bundled seed articles ...", file=sys.stderr)
    ingest(store, [str(SEEDS_DIR)])


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "ingest":
            return cmd_ingest(args)
        if args.command == "events":
            return cmd_events(args)
        if args.command == "timex":
            return cmd_timex(args)
        query = " ".join(args.query) if args.command == "browse" else ""
        return cmd_browse(args, query)
    except UsageError as e:
        _fail(str(e))
        return EXIT_USAGE
    except KeyboardInterrupt:
        _fail("interrupted; everything stored so far is kept")
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
