"""What `dateline timex` and `python -m store.timex` share: read one text, print its phrases.

Both must print the same lines for the same input (the scorer runs the second,
users the first), so the reading and printing live here once.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import BinaryIO, TextIO

from . import tag, to_json


def read_text(path: str, stdin: BinaryIO) -> str:
    """The text of a file or of stdin ("-"), exactly as given: offsets point into it.

    Raises ValueError with one line for the user (unreadable, binary, not UTF-8).
    """
    if path == "-":
        data = stdin.read()
    else:
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError as e:
            raise ValueError(f"{path}: {e.strerror}") from None
    if b"\0" in data[:8192]:
        raise ValueError(f"{path}: looks binary, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ValueError(f"{path}: not UTF-8 text (byte {e.start})") from None


def print_phrases(text: str, dct: dt.date | None, out: TextIO) -> None:
    for t in tag(text, dct):
        out.write(json.dumps(to_json(t), ensure_ascii=False) + "\n")
