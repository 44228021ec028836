"""http(s) URLs: fetched with a timeout and a User-Agent, then read by content type.

Offline use is common (a server without outbound access), so every network
failure becomes one line saying which host could not be reached and why.
"""

from __future__ import annotations

import codecs
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from email.message import Message

from store.model import RawArticle, ReadProblem

from .decode import NotText
from .files import too_big

USER_AGENT = "dateline/0.1 (news timeline reader; +https://pypi.org/project/dateline/)"

_KIND_BY_TYPE = {
    "text/html": "html", "application/xhtml+xml": "html",
    "text/plain": "text", "text/markdown": "text", "text/x-markdown": "text",
    "application/json": "json", "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl", "application/x-jsonlines": "jsonl",
}


def read_url(url: str, *, size_limit: int, timeout: float) -> Iterator[RawArticle | ReadProblem]:
    from . import reader_for, sniff_kind

    try:
        data, final_url, headers = fetch(url, size_limit=size_limit, timeout=timeout)
    except FetchError as e:
        yield ReadProblem(url, str(e))
        return
    ctype = headers.get_content_type() if headers.get("Content-Type") else ""
    kind = _KIND_BY_TYPE.get(ctype)
    if kind is None and ctype and not ctype.startswith("text/"):
        if not ctype.endswith(("+json", "+xml")) and ctype != "application/octet-stream":
            yield ReadProblem(url, f"not an article page (the server sent {ctype})")
            return
    data, charset = _to_utf8(data, headers.get_content_charset())
    kind = kind or sniff_kind(data)
    try:
        for item in reader_for(kind)(data, source=url, path=None, url=final_url):
            if isinstance(item, RawArticle):
                item.encoding = item.encoding or charset
                item.url = item.url or final_url
            yield item
    except NotText as e:
        yield ReadProblem(url, str(e))


class FetchError(OSError):
    """str(e) is the one-line reason shown after the URL."""


def fetch(url: str, *, size_limit: int, timeout: float) -> tuple[bytes, str, Message]:
    try:
        request = urllib.request.Request(url, headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml,text/plain,application/json;q=0.9,*/*;q=0.5",
        })
        with urllib.request.urlopen(request, timeout=timeout) as resp:  # noqa: S310 (http/https only)
            length = resp.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > size_limit:
                raise FetchError(too_big(int(length), size_limit))
            data = _read_body(resp, size_limit, deadline=time.monotonic() + 3 * timeout)
            return data, resp.geturl(), resp.headers
    except FetchError:
        raise
    except urllib.error.HTTPError as e:
        raise FetchError(f"the server answered {e.code} {e.reason}") from None
    except urllib.error.URLError as e:
        raise FetchError(f"cannot reach host ({_why(e.reason)})") from None
    except TimeoutError:
        raise FetchError(f"cannot reach host (no answer within {timeout:g} s)") from None
    except (ConnectionError, OSError) as e:
        raise FetchError(f"cannot reach host ({_why(e)})") from None
    except ValueError as e:
        raise FetchError(f"not a usable URL ({e})") from None
    except Exception as e:  # noqa: BLE001 - http.client raises a zoo of types on bad servers
        raise FetchError(f"the download failed ({type(e).__name__}: {e})") from None


def _read_body(resp, size_limit: int, deadline: float) -> bytes:
    """The body in chunks, so neither a huge page nor a server sending a byte a
    second (each within the socket timeout) can hold the ingest for long."""
    chunks: list[bytes] = []
    total = 0
    read = getattr(resp, "read1", resp.read)   # read1: whatever has arrived, not a full 64 KB
    while chunk := read(64 * 1024):
        chunks.append(chunk)
        total += len(chunk)
        if total > size_limit:
            raise FetchError(too_big(total, size_limit))
        if time.monotonic() > deadline:
            raise FetchError("the download was too slow; gave up after "
                             f"{_kb(total)} (raise --timeout)")
    return b"".join(chunks)


def _kb(n: int) -> str:
    return f"{n / 1024:.0f} KB" if n >= 1024 else f"{n} bytes"


def _why(reason) -> str:
    if isinstance(reason, TimeoutError):
        return "timed out"
    if isinstance(reason, socket.gaierror):
        return f"name not found: {reason.strerror or reason}"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    return str(reason)


def _to_utf8(data: bytes, charset: str | None) -> tuple[bytes, str | None]:
    """Honour the server's charset when the bytes are not already UTF-8."""
    if not charset:
        return data, None
    try:
        codec = codecs.lookup(charset).name
    except LookupError:
        return data, None
    if codec in ("utf-8", "ascii"):
        return data, None
    try:
        data.decode("utf-8")
        return data, None
    except UnicodeDecodeError:
        pass
    try:
        return data.decode(codec).encode("utf-8"), charset.lower()
    except (UnicodeDecodeError, LookupError):
        return data, None
