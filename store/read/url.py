"""http(s) URLs: fetched with a timeout and a User-Agent, then read by content.

Offline use is common (a server without outbound access), so every network
failure becomes one line saying which host could not be reached and why.
A Fetcher is the one way the readers touch the network: feeds and sitemaps
fetch their items' pages through it, and `dateline watch` swaps in a polite
one (per-host spacing, robots.txt) without the readers knowing.
"""

from __future__ import annotations

import codecs
import socket
import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import Message

from store import version
from store.model import RawArticle, ReadProblem

from .decode import NotText
from .files import DEFAULT_SIZE_LIMIT, megabytes, too_big


def _user_agent() -> str:
    """The project's name and installed version, so a site owner can tell who calls."""
    v = version()
    return f"dateline/{v}" if v else "dateline"


USER_AGENT = _user_agent()
ACCEPT = ("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
          "application/feed+json,text/xml;q=0.9,text/plain,application/json;q=0.9,*/*;q=0.5")
MAX_REDIRECTS = 10

_KIND_BY_TYPE = {
    "text/html": "html", "application/xhtml+xml": "html",
    "text/plain": "text", "text/markdown": "text", "text/x-markdown": "text",
    "application/json": "json", "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl", "application/x-jsonlines": "jsonl",
    "application/rss+xml": "xml", "application/atom+xml": "xml", "application/rdf+xml": "xml",
    "text/xml": "xml", "application/xml": "xml", "application/feed+json": "json",
    "application/warc": "warc", "application/gzip": "binary", "application/x-gzip": "binary",
}


class FetchError(OSError):
    """str(e) is the one-line reason shown after the URL."""

    def __init__(self, reason: str, status: int | None = None, retry_after: float | None = None):
        super().__init__(reason)
        self.status = status              # the HTTP status, when the server answered
        self.retry_after = retry_after    # seconds the server asked us to wait (429, 503)

    def __str__(self) -> str:
        return str(self.args[0])


@dataclass
class Response:
    status: int                       # 200, or 304 for a conditional request that matched
    data: bytes
    url: str                          # after redirects
    headers: Message = field(default_factory=Message)

    @property
    def content_type(self) -> str:
        return self.headers.get_content_type() if self.headers.get("Content-Type") else ""


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS
    max_repeats = 2


class Fetcher:
    """Plain GETs with the limits every download needs: size, time, redirects, gzip."""

    def __init__(self, *, size_limit: int, timeout: float):
        self.size_limit = size_limit
        self.timeout = timeout
        self._opener = urllib.request.build_opener(_Redirects)

    def get(self, url: str, *, etag: str | None = None,
            modified: str | None = None) -> Response:
        """The body of url; status 304 with no body when etag/modified still hold.

        Raises FetchError with a one-line reason.
        """
        headers = {"User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Encoding": "gzip"}
        if etag:
            headers["If-None-Match"] = etag
        if modified:
            headers["If-Modified-Since"] = modified
        try:
            request = urllib.request.Request(url, headers=headers)
            with self._opener.open(request, timeout=self.timeout) as resp:
                length = resp.headers.get("Content-Length")
                gzipped = resp.headers.get("Content-Encoding", "").lower() in ("gzip", "x-gzip")
                if length and length.isdigit() and int(length) > self.size_limit:
                    raise FetchError(too_big(int(length), self.size_limit))
                data = _read_body(resp, self.size_limit,
                                  deadline=time.monotonic() + 3 * self.timeout)
                if gzipped:
                    data = gunzip(data, self.size_limit)
                return Response(resp.status or 200, data, resp.geturl(), resp.headers)
        except FetchError:
            raise
        except urllib.error.HTTPError as e:
            if e.code == 304:
                return Response(304, b"", url, e.headers or Message())
            if 300 <= e.code < 400:
                raise FetchError(f"redirect loop (more than {MAX_REDIRECTS} redirects, or "
                                 "back to a page already visited)", e.code) from None
            raise FetchError(f"the server answered {e.code} {e.reason}", e.code,
                             _retry_after(e.headers)) from None
        except urllib.error.URLError as e:
            raise FetchError(f"cannot reach host ({_why(e.reason)})") from None
        except TimeoutError:
            raise FetchError(f"cannot reach host (no answer within {self.timeout:g} s)") from None
        except (ConnectionError, OSError) as e:
            raise FetchError(f"cannot reach host ({_why(e)})") from None
        except ValueError as e:
            raise FetchError(f"not a usable URL ({e})") from None
        except Exception as e:  # noqa: BLE001 - http.client raises a zoo of types on bad servers
            raise FetchError(f"the download failed ({type(e).__name__}: {e})") from None


def gunzip(data: bytes, size_limit: int) -> bytes:
    """Unpack gzip without trusting it: a few KB can unpack to gigabytes (a gzip bomb)."""
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        out = d.decompress(data, size_limit + 1)
    except zlib.error as e:
        raise FetchError(f"the gzip data is corrupt ({e})") from None
    if len(out) > size_limit or d.unconsumed_tail:
        raise FetchError(f"unpacks to more than the {megabytes(size_limit)} limit (a gzip bomb?"
                         " raise the limit with --max-size)")
    return out


def read_url(url: str, *, size_limit: int, timeout: float,
             fetcher: Fetcher | None = None, session=None) -> Iterator[RawArticle | ReadProblem]:
    """The articles at url: a page, or a feed's, sitemap's or archive's articles."""
    fetcher = fetcher or Fetcher(size_limit=size_limit, timeout=timeout)
    try:
        resp = fetcher.get(url)
    except FetchError as e:
        yield ReadProblem(url, str(e))
        return
    yield from read_response(url, resp, session=session)


def read_response(url: str, resp: Response, *, session=None) -> Iterator[RawArticle | ReadProblem]:
    """A fetched body, read by what it is: the content decides over the content type,
    since feeds are often served as text/html and sitemaps as text/plain."""
    from . import read_data, sniff_kind, sniff_special
    from .warc import is_warc_gz

    ctype = resp.content_type
    kind = _KIND_BY_TYPE.get(ctype)
    data = resp.data
    if data[:2] == b"\x1f\x8b" and not is_warc_gz(data):     # sitemap.xml.gz and the like
        try:
            data = gunzip(data, session.size_limit if session else DEFAULT_SIZE_LIMIT)
        except FetchError as e:
            yield ReadProblem(url, str(e))
            return
    kind = sniff_special(data) or kind
    if kind is None and ctype and not ctype.startswith("text/") and not ctype.endswith(
            ("+json", "+xml")) and ctype != "application/octet-stream":
        yield ReadProblem(url, f"not an article page (the server sent {ctype})")
        return
    if kind in (None, "binary"):
        kind = sniff_kind(data)
    charset = None
    if kind in ("text", "html", "json", "jsonl"):
        data, charset = _to_utf8(data, resp.headers.get_content_charset())
    try:
        for item in read_data(data, kind, source=url, path=None, url=resp.url, session=session):
            if isinstance(item, RawArticle) and kind in ("text", "html", "json", "jsonl"):
                item.encoding = item.encoding or charset
                item.url = item.url or resp.url
            yield item
    except NotText as e:
        yield ReadProblem(url, str(e))


def _retry_after(headers) -> float | None:
    value = (headers or {}).get("Retry-After") if headers is not None else None
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    import email.utils

    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - time.time())


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
