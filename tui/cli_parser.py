"""The `dateline` command line's arguments: every command's parser, its argument types,
and the one-line usage errors (exit 2) that DESIGN.md's contract asks for.

Kept apart from cli.py, which runs the commands. A start builds only the parser of the
command in hand (_SubCommands), and nothing here imports the app, the date finder or
importlib.metadata until a command or --version needs it.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from datetime import date

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

def _usage_line(message: str) -> str:
    """argparse's error text as one short line: '--format: invalid choice 'xml' (choose from
    jsonl, csv, md)' rather than 'argument --format: invalid choice: ...'."""
    msg = " ".join(message.split())
    msg = re.sub(r"^argument ([^:]+): ", r"\1: ", msg)
    choice = re.search(r"invalid choice: (.+) \(choose from (.*)\)$", msg)
    if choice:
        options = re.sub(r"'([^']*)'", r"\1", choice[2])
        msg = f"{msg[:choice.start()]}invalid choice {choice[1]} (choose from {options})"
    msg = re.sub(r"^COMMAND: invalid choice ", "unknown command ", msg)
    return re.sub(r"^the following arguments are required: ", "missing ", msg)


class _Parser(argparse.ArgumentParser):
    """An argparse parser whose bad usage is one line on stderr and exit 2 (not the usage
    block), and whose QUERY words may start with '-' (a query's exclusions: -Palmyra)."""

    def __init__(self, *args, query: bool = False, command: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.takes_query = query       # trailing QUERY words; '-word' is one of them
        self.is_command = command      # a subcommand: leftovers are reported here, by name

    def _get_formatter(self):
        """argparse's formatter at the terminal's width, measured as shutil does without
        importing shutil (with bz2, lzma: 3-5 ms of every start, since add_argument makes a
        formatter to check each argument)."""
        return self.formatter_class(prog=self.prog, width=_columns() - 2)

    def format_help(self) -> str:
        if self.epilog == _EVENTS_EPILOG:  # the filters' help, built only when it is shown
            self.epilog = _events_epilog()
        return super().format_help()

    def error(self, message: str):
        self.exit(EXIT_USAGE, f"{self.prog}: {_usage_line(message)}; see {self.prog} --help\n")

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = sys.argv[1:]
        args = list(args)
        if self.takes_query:
            args = self._query_last(args)
        ns, extras = super().parse_known_args(args, namespace)
        if extras and self.is_command:
            self.error(f"unrecognized arguments: {' '.join(extras)}")
        return ns, extras

    def _option(self, token: str):
        """The action a token names (exactly, or as an unambiguous --abbreviation), True when
        it is an ambiguous abbreviation (argparse reports it), None when it is no option."""
        name = token.split("=", 1)[0] if token.startswith("--") else token
        if name in self._option_string_actions:
            return self._option_string_actions[name]
        if token.startswith("--") and self.allow_abbrev:
            found = {a for o, a in self._option_string_actions.items() if o.startswith(name)}
            if len(found) == 1:
                return found.pop()
            return True if found else None
        return None

    def _query_last(self, args: list[str]) -> list[str]:
        """Options (with their values) first, then '--' and the QUERY words in their order, so
        that '-Palmyra' and '-"a phrase"' are query words, not unknown options."""
        opts, query = [], []
        i = 0
        while i < len(args):
            token = args[i]
            if token == "--":
                query.extend(args[i + 1:])
                break
            action = self._option(token)
            if action is not None:
                opts.append(token)
                if (action is not True and action.nargs in (None, 1) and "=" not in token
                        and i + 1 < len(args)):
                    opts.append(args[i + 1])           # its value, even '-3' (refused later)
                    i += 1
            elif not token.startswith("-") or token == "-" or _is_exclusion(token):
                query.append(token)
            else:
                opts.append(token)                     # --no-such: argparse names it
            i += 1
        return opts + (["--", *query] if query else [])


def _columns() -> int:
    """shutil.get_terminal_size().columns: $COLUMNS, else the terminal's, else 80."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


def _is_exclusion(token: str) -> bool:
    """-word, -3, -"a phrase", -'x': a query exclusion, not an option."""
    return len(token) > 1 and token[0] == "-" and (token[1].isalnum() or token[1] in "\"'")


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


def _cluster(text: str) -> str:
    from store.cluster import parse_address

    try:
        parse_address(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None
    return text.strip()


def _seconds(text: str) -> float:
    try:
        n = float(text)
    except ValueError:
        n = 0.0
    if not n > 0 or n == float("inf"):
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of seconds")
    return n


def cores() -> int:
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


_EVENTS_EPILOG = "\0query filters"  # replaced by _events_epilog() when help is printed


class _Version(argparse.Action):
    """--version, looked up only when asked: importlib.metadata costs 20-60 ms of every
    start (it imports email, zipfile, socket...)."""

    def __call__(self, parser, namespace, values, option_string=None):
        from store import version

        parser._print_message(f"dateline {version() or 'unknown'}\n", sys.stdout)
        parser.exit()


class _Commands(dict):
    """Each subcommand's parser, built the first time it is looked up: a start builds only
    the command in hand (argparse's gettext look-ups and checks for every argument of every
    command took 10-30 ms of each start). Names are there from the start, so the choices,
    the unknown-command line and `dateline --help` are argparse's own."""

    def __init__(self):
        super().__init__()
        self.builders = {}

    def __getitem__(self, name):
        if dict.__getitem__(self, name) is None:
            self.builders.pop(name)()
        return dict.__getitem__(self, name)

    def get(self, name, default=None):
        return self[name] if name in self else default

    def values(self):
        return [self[name] for name in self]

    def items(self):
        return [(name, self[name]) for name in self]


class _SubCommands(argparse._SubParsersAction):
    """add_subparsers' action with add_command(name, help, build): the help line is listed
    at once, build(self) runs (and calls add_parser) only when the command is used."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._name_parser_map = self.choices = _Commands()

    def add_command(self, name: str, help: str, build) -> None:
        self._choices_actions.append(self._ChoicesPseudoAction(name, (), help))
        dict.__setitem__(self._name_parser_map, name, None)
        self._name_parser_map.builders[name] = lambda: build(self)

    def add_parser(self, name, **kwargs):
        kwargs.pop("help", None)           # listed by add_command already
        kwargs.setdefault("prog", f"{self._prog_prefix} {name}")
        parser = self._parser_class(**kwargs)
        dict.__setitem__(self._name_parser_map, name, parser)
        return parser


DB_HELP = "database file (default: $DATELINE_DB or the user data folder)"


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="dateline",
        description="A terminal timeline browser for news. With no command: open the app on "
                    "the default database (the bundled seeds on first run).",
    )
    p.add_argument("--version", action=_Version, nargs=0, help="show the version and exit")
    p.add_argument("--db", metavar="FILE", help=DB_HELP)
    p.add_argument("--theme", metavar="NAME", help="colour theme of the app (see the command "
                                                   "palette)")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser,
                           action=_SubCommands)
    sub.add_command("browse", "open the app, optionally already filtered", _browse_parser)
    sub.add_command("ingest", "add articles: .txt .md .html .json .jsonl, folders, URLs, "
                              "feeds, sitemaps, WARC, - for stdin", _ingest_parser)
    sub.add_command("events", "print the events a query selects, in date order",
                    _events_parser)
    sub.add_command("timeline", "print the key dates of what a query selects, each with "
                                "summary sentences", _timeline_parser)
    sub.add_command("timex", "print the dated phrases of one text as JSON lines",
                    _timex_parser)
    sub.add_command("watch", "poll feeds, sitemaps and folders; ingest what is new",
                    _watch_parser)
    from .cli_annotations import add_commands as add_annotation_commands

    add_annotation_commands(sub, DB_HELP)  # edit, annotations: the analyst's layer
    return p


def _browse_parser(sub) -> None:
    b = sub.add_parser("browse", description="Open the app, optionally already filtered by "
                                             "QUERY.",
                       query=True, command=True)
    b.add_argument("query", nargs="*", metavar="QUERY",
                   help="a search query; words may start with - (see `dateline events --help`)")
    b.add_argument("--db", dest="sub_db", metavar="FILE", help=DB_HELP)
    b.add_argument("--theme", dest="sub_theme", metavar="NAME", help="colour theme of the app")
    b.add_argument("--no-follow", dest="follow", action="store_false",
                   help="do not refresh when another process adds events (r refreshes)")


def _ingest_parser(sub) -> None:
    i = sub.add_parser("ingest",
                       description="Add articles: .txt .md .html .json .jsonl, folders "
                                   "(recursive), http(s) URLs, - for stdin; RSS/Atom/JSON "
                                   "feeds and news sitemaps (as URL or file: each item's "
                                   "page is fetched and read), WARC archives (.warc, "
                                   ".warc.gz: each HTML response is one article). Each kind "
                                   "is known by its content as well as its name.",
                       command=True)
    i.add_argument("inputs", nargs="+", metavar="PATH|URL")
    i.add_argument("--db", dest="sub_db", metavar="FILE", help=DB_HELP)
    i.add_argument("--published", type=_iso_date, metavar="DATE",
                   help="publication date for these inputs")
    i.add_argument("--outlet", metavar="NAME", help="outlet name for these inputs")
    i.add_argument("--jobs", type=_positive, default=None, metavar="N",
                   help="worker processes for analysis (default: one a core, here "
                        f"{cores()}; one writer always)")
    i.add_argument("--cluster", type=_cluster, default=None, metavar="local[:N]|tcp://HOST:PORT",
                   help="analyse on Dask: N local worker processes, or the workers of a "
                        "running scheduler (needs dateline[cluster]); one writer always")
    i.add_argument("--max-size", type=_size, default=None, metavar="SIZE",
                   help="largest file accepted, like 500K or 50M (default 20M)")
    i.add_argument("--timeout", type=_seconds, default=20.0, metavar="SECONDS",
                   help="seconds per URL (default 20)")


def _events_parser(sub) -> None:
    e = sub.add_parser("events",
                       description="Print the events QUERY selects, in date order (all of "
                                   "them unless --limit).",
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       epilog=_EVENTS_EPILOG, query=True, command=True)
    e.add_argument("query", nargs="*", metavar="QUERY",
                   help="search words and filters; words may start with - (-Palmyra)")
    e.add_argument("--db", dest="sub_db", metavar="FILE", help=DB_HELP)
    e.add_argument("--format", choices=("jsonl", "csv", "md"), default="jsonl",
                   help="output format (default jsonl)")
    e.add_argument("--limit", type=_positive, default=None, metavar="N",
                   help="print at most N events")


def _timeline_parser(sub) -> None:
    k = sub.add_parser(
        "timeline",
        description=(  # wrapped at 79 here: textwrap is not imported on every start
            "Print the N key dates (days) of the events QUERY selects, in date order, each\n"
            "with K summary sentences from its sources. A day's score is the number of\n"
            "distinct articles that date news to it, plus a half for each article\n"
            "published on it or the two days after. Days are taken best first, but at\n"
            "most 10 of any 14 days, leaving dates for the quieter parts of a story."),
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=_EVENTS_EPILOG, query=True, command=True)
    k.add_argument("query", nargs="*", metavar="QUERY",
                   help="search words and filters, as for `dateline events`")
    k.add_argument("--db", dest="sub_db", metavar="FILE", help=DB_HELP)
    k.add_argument("--dates", type=_positive, default=None, metavar="N",
                   help="how many dates (default: the days that at least 3 articles date "
                        "news to, kept between 10 and 60)")
    k.add_argument("--sentences", type=_positive, default=1, metavar="K",
                   help="summary sentences a date (default 1)")
    k.add_argument("--format", choices=("jsonl", "md", "timelinejs"), default="jsonl",
                   help="jsonl (one date a line), md (a chronology), timelinejs (TimelineJS "
                        "JSON); default jsonl")


def _timex_parser(sub) -> None:
    t = sub.add_parser("timex", description="Print the dated phrases of one text, one JSON "
                                            "object a line.", command=True)
    t.add_argument("--dct", type=_iso_date, required=True, metavar="DATE",
                   help="the text's publication date (YYYY-MM-DD)")
    t.add_argument("file", nargs="?", default="-", metavar="FILE|-",
                   help="a text file, or - for stdin (the default)")


def _watch_parser(sub) -> None:
    w = sub.add_parser("watch",
                       description="Poll feeds, news sitemaps, pages and folders, and ingest "
                                   "what is new: conditional requests (an unchanged feed costs "
                                   "one 304), backoff after failures, robots.txt obeyed, "
                                   "requests to a host spaced out. One line a source a poll.",
                       command=True)
    w.add_argument("sources", nargs="+", metavar="SOURCE", help="a feed or sitemap URL, a "
                   "page URL, a folder, or a feed file")
    w.add_argument("--db", dest="sub_db", metavar="FILE", help=DB_HELP)
    w.add_argument("--every", type=_interval, default=900.0, metavar="INTERVAL",
                   help="time between polls, like 15m, 90s, 2h (default 15m)")
    w.add_argument("--once", action="store_true", help="poll once and exit (for cron)")
    w.add_argument("--max-new", type=_positive, default=None, metavar="N",
                   help="new items one poll takes from a source (default 50; the rest wait "
                        "for the next poll)")
    w.add_argument("--delay", type=_seconds, default=1.0, metavar="SECONDS",
                   help="least time between two requests to one host (default 1; a "
                        "robots.txt Crawl-delay may ask for more)")
    w.add_argument("--max-size", type=_size, default=None, metavar="SIZE",
                   help="largest page or file accepted, like 500K or 50M (default 20M)")
    w.add_argument("--timeout", type=_seconds, default=20.0, metavar="SECONDS",
                   help="seconds per request (default 20)")


def _interval(text: str) -> float:
    from store.watch import parse_every

    try:
        return parse_every(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None
