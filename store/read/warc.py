"""WARC archives (.warc, .warc.gz): each HTML response record is one article.

Crawls (Common Crawl's news crawl, the Internet Archive) come as WARC. A
record's WARC-Target-URI is the article's url and identity, its WARC-Date the
publication date of last resort (when the page itself says none). Requests,
metadata, redirects and non-HTML responses are skipped and counted, said in
one note. The archive is streamed record by record: an archive is often far
bigger than --max-size, which applies to each record instead. A truncated or
corrupt record ends the archive with one line; the records before it went in.
"""

from __future__ import annotations

import io
import zlib
from collections import Counter
from collections.abc import Iterator
from contextlib import redirect_stderr
from typing import BinaryIO

from store.model import RawArticle, ReadProblem

from .decode import NotText
from .files import too_big
from .note import ReadNote


def is_warc_gz(data: bytes) -> bool:
    """A gzip whose first member unpacks to a WARC header."""
    if data[:2] != b"\x1f\x8b":
        return False
    try:
        head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data[:4096], 16)
    except zlib.error:
        return False
    return head.startswith(b"WARC/")


def read_warc_file(path: str, *, session) -> Iterator[RawArticle | ReadProblem]:
    try:
        f = open(path, "rb")  # noqa: SIM115 - closed below, after the last record
    except OSError as e:
        yield ReadProblem(path, e.strerror or str(e))
        return
    with f:
        yield from read_warc(f, where=path, session=session)


def read_warc(stream: BinaryIO, *, where: str, session) -> Iterator[RawArticle | ReadProblem]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    head = stream.read(4096)
    if not (head.startswith(b"WARC/") or is_warc_gz(head)):
        yield ReadProblem(where, "not a WARC archive (it does not start with a WARC record)")
        return
    stream.seek(0)
    skipped: Counter[str] = Counter()
    pages = 0
    number = 0
    archive = ArchiveIterator(stream, check_digests=False)
    records = iter(archive)
    broken = None
    # warcio raises a zoo of types on damaged input (an AttributeError for a record
    # without a target URI), and writes its own warnings to stderr: both are kept in here
    damaged = (ArchiveLoadFailed, EOFError, zlib.error, ValueError, OSError, AttributeError,
               TypeError, IndexError, KeyError)
    while True:
        try:
            with redirect_stderr(io.StringIO()):
                record = next(records)
        except StopIteration:
            break
        except damaged as e:
            broken = " ".join(str(e).split())[:160] or type(e).__name__
            number += 1
            break
        number += 1
        try:
            with redirect_stderr(io.StringIO()):
                item, why = _record(record, where, session.size_limit)
                while record.raw_stream.read(1 << 16):      # the rest of the record, if unread
                    pass
        except damaged as e:
            broken = " ".join(str(e).split())[:160] or type(e).__name__
            break
        if getattr(record.raw_stream, "limit", 0) > 0:
            broken = "it ends before its Content-Length"
            break
        if why:
            skipped[why] += 1
        if item is not None:
            pages += isinstance(item, RawArticle)
            yield item
    if broken is None and _ends_early(stream, archive):
        number, broken = number + 1, "the archive ends in the middle of it"
    if broken is not None:
        yield ReadProblem(where, f"record {number} is truncated or corrupt ({broken}); "
                          f"stopped there, the {pages} pages before it are read")
    if archive.err_count:
        yield ReadProblem(where, f"{archive.err_count} record{'s' if archive.err_count > 1 else ''}"
                          " with a wrong Content-Length (a damaged archive); the records "
                          "that could be read were read")
    if number == 0:
        yield ReadProblem(where, "no WARC records in this file")
    elif skipped:
        parts = ", ".join(f"{n} {what}" for what, n in skipped.most_common())
        yield ReadNote(where, f"{pages} HTML pages read; {sum(skipped.values())} other records "
                       f"skipped ({parts})")


def _ends_early(stream: BinaryIO, archive) -> bool:
    """Whether bytes are left after the last whole record: a gzip member cut short, which
    warcio's reader takes for the end of the file without a word."""
    try:
        end = stream.seek(0, 2)
    except (OSError, ValueError):
        return False
    return getattr(archive, "offset", end) < end


def _record(record, where: str, size_limit: int) -> tuple[RawArticle | ReadProblem | None, str]:
    """The record's article (or the problem with it), and what kind of skip it was, if one."""
    from .dates import BadDate, normalise_date
    from .html import read_html
    from .url import _to_utf8

    if record.rec_type != "response":
        return None, record.rec_type or "untyped"
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    http = record.http_headers
    if http is None:
        return None, "non-HTTP responses"
    status = http.get_statuscode() or ""
    if not status.startswith("2"):
        return None, f"HTTP {status[:1] or '?'}xx responses"
    ctype = (http.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if ctype not in ("text/html", "application/xhtml+xml"):
        return None, "non-HTML responses"
    label = f"{where}: {uri}" if uri else f"{where}: a record without WARC-Target-URI"
    if not uri.lower().startswith(("http://", "https://")):
        return ReadProblem(label, "no usable WARC-Target-URI; skipped"), ""
    data = record.content_stream().read(size_limit + 1)
    if len(data) > size_limit:
        return ReadProblem(uri, too_big(len(data), size_limit)), ""
    charset = None
    if "charset=" in (http.get_header("Content-Type") or ""):
        charset = http.get_header("Content-Type").split("charset=", 1)[1].split(";")[0].strip(
            " \"'")
    data, used = _to_utf8(data, charset)
    try:
        items = list(read_html(data, source=uri, path=None, url=uri))
    except NotText as e:
        return ReadProblem(uri, str(e)), ""
    page = next((i for i in items if isinstance(i, RawArticle)), None)
    if page is None:
        return (items[0] if items else ReadProblem(uri, "no article text found")), ""
    page.source = uri
    page.encoding = page.encoding or used
    if not page.published:
        try:
            page.published = normalise_date(record.rec_headers.get_header("WARC-Date") or "")
            page.published_from = "warc"
        except BadDate:
            pass
    return page, ""
