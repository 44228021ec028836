"""`dateline edit` and `dateline annotations`: the analyst's layer from a script.

Kept apart from cli.py so the layer's commands stay one block; the writing itself is
store/annotations.py's (no SQL here). Bad input is one line on stderr and exit 2;
an import where some lines failed and the rest went in exits 1.
"""

from __future__ import annotations

import argparse
import json
import sys

from .cli_parser import EXIT_FAILED, EXIT_OK, EXIT_USAGE


def _event_id(text: str) -> int:
    t = text.strip()
    if not t.isascii() or not t.isdigit() or len(t) > 18:
        raise argparse.ArgumentTypeError(f"'{text}' is not an event id (a number)")
    return int(t)


def _article_id(text: str) -> int:
    try:
        return _event_id(text)
    except argparse.ArgumentTypeError:
        raise argparse.ArgumentTypeError(f"'{text}' is not an article id (a number)") from None


def add_commands(sub, db_help: str) -> None:
    """edit and annotations, listed in `dateline --help`; each parser built when used."""
    sub.add_command("edit", "change one event as the analyst: title, date, note, mark, hide, "
                            "merge, split", lambda s: _edit_parser(s, db_help))
    sub.add_command("annotations", "export or import the analyst's marks, notes and "
                                   "corrections", lambda s: _annotations_parser(s, db_help))


def _edit_parser(sub, db_help: str) -> None:
    e = sub.add_parser(
        "edit",
        description="Change one event: its title, its date (a relative date is read against "
                    "the source article's publication date), a note, a mark, or hide it; "
                    "merge other events into it, or split one source out of it. "
                    "The change is kept with the article and mention, so it survives "
                    "re-ingest. Prints the event as `dateline events` does.",
        command=True)
    e.add_argument("id", type=_event_id, metavar="ID", help="the event id (`dateline events`)")
    e.add_argument("--db", dest="sub_db", metavar="FILE", help=db_help)
    e.add_argument("--title", metavar="T", help="the event's title")
    e.add_argument("--date", metavar="DATE", help='its date, as in go-to-date: 2016-03, '
                                                  '"15 March 2016", "last Tuesday"')
    e.add_argument("--note", metavar="TEXT", help="a note (replaces the one there)")
    g = e.add_mutually_exclusive_group()
    g.add_argument("--mark", dest="marked", action="store_const", const=True, default=None,
                   help="mark (star) the event")
    g.add_argument("--unmark", dest="marked", action="store_const", const=False)
    h = e.add_mutually_exclusive_group()
    h.add_argument("--hide", dest="hidden", action="store_const", const=True, default=None,
                   help="hide it as wrong or junk (shown again by is:hidden)")
    h.add_argument("--unhide", dest="hidden", action="store_const", const=False)
    r = e.add_mutually_exclusive_group()
    r.add_argument("--merge-with", dest="merge_with", type=_event_id, action="append",
                   metavar="ID2", help="merge event ID2 into this one (repeat for more); "
                   "kept with the mentions, so it survives re-ingest")
    r.add_argument("--split-source", dest="split_source", type=_article_id,
                   metavar="ARTICLE_ID", help="take this source article's mentions out into "
                   "an event of their own (the `article` of a source in `dateline events`); "
                   "prints the event, then the new one")


def _annotations_parser(sub, db_help: str) -> None:
    a = sub.add_parser(
        "annotations",
        description="export: print every annotation as JSON lines. import: apply JSON lines "
                    "(FILE or - for stdin) to this store, matched by article and mention; "
                    "the same file twice changes nothing. orphans: the annotations whose "
                    "mention no longer exists here.",
        command=True)
    a.add_argument("action", choices=("export", "import", "orphans"), metavar="ACTION",
                   help="export, import or orphans")
    a.add_argument("file", nargs="?", default="-", metavar="FILE|-",
                   help="where to write (export) or read (import); - is stdout/stdin")
    a.add_argument("--db", dest="sub_db", metavar="FILE", help=db_help)


def cmd_edit(args, open_store, fail) -> int:
    from store import regroup
    from store.annotations import AnnotationError, edit
    from store.browse import Browser
    from store.export import event_json

    if all(v is None for v in (args.title, args.date, args.note, args.marked, args.hidden,
                               args.merge_with, args.split_source)):
        fail("edit: nothing to change; give --title, --date, --note, --mark/--unmark, "
             "--hide/--unhide, --merge-with or --split-source")
        return EXIT_USAGE
    store = open_store(args, create=False)
    if store.read_only:
        fail(f"{store.path}: the store is read-only")
        return EXIT_USAGE
    shown = [args.id]
    try:
        with store.write() as conn:
            if args.merge_with:
                regroup.merge(conn, args.id, args.merge_with)
            elif args.split_source is not None:
                shown.append(regroup.split(conn, args.id, args.split_source).event_id)
            if any(v is not None for v in (args.title, args.date, args.note, args.marked,
                                           args.hidden)):
                edit(conn, args.id, title=args.title, date_text=args.date, note=args.note,
                     marked=args.marked, hidden=args.hidden)
    except AnnotationError as e:
        fail(f"edit: {e}")
        return EXIT_USAGE
    browser = Browser(store)
    for eid in shown:
        row = browser.event(eid)
        if row is not None:
            layer = browser.layers([row.id]).get(row.id)
            out = event_json(row, browser.sources(row.id), *([layer] if layer else []))
            print(json.dumps(out, ensure_ascii=False))
    return EXIT_OK


def cmd_annotations(args, open_store, fail) -> int:
    from store import annotation_lines, annotations

    store = open_store(args, create=args.action == "import")
    if args.action in ("export", "orphans"):
        rows = (annotation_lines.export(store.conn) if args.action == "export"
                else annotations.orphans(store.conn))
        if args.file == "-":
            _write(rows, sys.stdout)
        else:
            try:
                with open(args.file, "w", encoding="utf-8") as out:
                    _write(rows, out)
            except OSError as e:
                fail(f"{args.file}: cannot write ({e.strerror})")
                return EXIT_USAGE
        return EXIT_OK
    if store.read_only:
        fail(f"{store.path}: the store is read-only")
        return EXIT_USAGE
    try:
        if args.file == "-":
            lines = sys.stdin.read().splitlines()
        else:
            with open(args.file, encoding="utf-8") as f:
                lines = f.read().splitlines()
    except OSError as e:
        fail(f"{args.file}: cannot read ({e.strerror})")
        return EXIT_USAGE
    except UnicodeDecodeError:
        fail(f"{args.file}: not JSON lines (not UTF-8 text)")
        return EXIT_USAGE
    name = "stdin" if args.file == "-" else args.file
    with store.write() as conn:
        report = annotation_lines.import_lines(conn, lines, name)  # bad lines write nothing
    for line in report.problems:
        fail(line)
    if report.problems and not report.imported:
        return EXIT_USAGE
    unmatched = report.imported - report.matched
    print(f"{report.imported} annotations imported, {report.matched} on an event here"
          + (f", {unmatched} match no mention here (`dateline annotations orphans` lists them)"
             if unmatched else "")
          + (f"; {len(report.problems)} lines failed" if report.problems else ""),
          file=sys.stderr)
    return EXIT_FAILED if report.problems else EXIT_OK


def _write(rows, out) -> None:
    for r in rows:
        out.write(json.dumps(r, ensure_ascii=False) + "\n")


def orphan_line(store) -> str | None:
    """After an ingest: how many corrections lost their mention, if any."""
    from store.annotations import orphan_count

    n = orphan_count(store.conn)
    if not n:
        return None
    return (f"{n} correction{'s' if n != 1 else ''} of the analyst no longer match a mention "
            "(kept; `dateline annotations orphans` lists them)")
