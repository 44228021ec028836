"""python -m store.timex --dct YYYY-MM-DD [FILE|-]: one JSON object per dated phrase."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from .command import print_phrases, read_text


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="timex", description=__doc__)
    ap.add_argument("--dct", help="publication date YYYY-MM-DD (relative phrases resolve to it)")
    ap.add_argument("file", nargs="?", default="-", help="text file, or - for stdin")
    try:
        args = ap.parse_args(argv)
    except SystemExit as e:
        return int(e.code or 0)
    dct = None
    if args.dct:
        try:
            dct = dt.date.fromisoformat(args.dct.strip()[:10])
        except ValueError:
            print(f"timex: bad --dct {args.dct!r}: expected a date like 2016-03-26",
                  file=sys.stderr)
            return 2
    try:
        text = read_text(args.file, sys.stdin.buffer)
    except ValueError as e:
        print(f"timex: {e}", file=sys.stderr)
        return 2
    print_phrases(text, dct, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
