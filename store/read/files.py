"""Getting a file's bytes with the limits and reasons a user can act on."""

from __future__ import annotations

import os
import stat

DEFAULT_SIZE_LIMIT = 20 * 1024 * 1024   # bytes per file; --max-size raises it


class Unreadable(OSError):
    """str(e) is the one-line reason shown after the file name."""


def megabytes(n: int) -> str:
    mb = n / (1024 * 1024)
    return f"{mb:.0f} MB" if mb == int(mb) else f"{mb:.1f} MB"


def too_big(size: int, limit: int) -> str:
    return f"{megabytes(size)} is over the {megabytes(limit)} limit (raise it with --max-size)"


def read_bytes(path: str, size_limit: int) -> bytes:
    """The whole file, refusing before reading it when it is over the limit."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):     # a FIFO or device would block or never end
            raise Unreadable("not a regular file")
        size = info.st_size
        if size > size_limit:
            raise Unreadable(too_big(size, size_limit))
        with open(path, "rb") as f:
            data = f.read(size_limit + 1)
    except Unreadable:
        raise
    except OSError as e:
        raise Unreadable(e.strerror or str(e)) from None
    if len(data) > size_limit:          # grew while we looked, or a special file
        raise Unreadable(too_big(len(data), size_limit))
    return data
