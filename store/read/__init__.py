"""Turn whatever the user points at into RawArticles, or one clear problem line each.

Inputs are file paths, folders (recursive), http(s) URLs and "-" for stdin.
Feeds, sitemaps and WARC archives stand for the articles they hold or link to;
each kind is known by its content first and its name second, since feeds are
served as text/html and saved as .xml.
Every failure becomes a ReadProblem naming the input (and the line, for JSON
lines) so the rest of the batch still goes in; nothing raises out of
read_inputs because of what a file contains.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable, Iterator

from store.clean import clean_text
from store.model import RawArticle, ReadProblem

from .decode import NotText
from .files import DEFAULT_SIZE_LIMIT, Unreadable, read_bytes, too_big
from .manifest import MANIFEST_NAME, Manifest, load_manifest
from .note import ReadNote

__all__ = ["DEFAULT_SIZE_LIMIT", "RawArticle", "ReadNote", "ReadProblem", "count_inputs",
           "read_inputs"]

Item = RawArticle | ReadProblem
Reader = Callable[..., Iterator[Item]]

KINDS = {
    ".txt": "text", ".text": "text", ".md": "text", ".markdown": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
    ".xml": "xml", ".rss": "xml", ".atom": "xml", ".rdf": "xml", ".xml.gz": "xml",
    ".warc": "warc", ".warc.gz": "warc",
}
KNOWN = "dateline reads .txt .md .html .htm .json .jsonl, feeds, sitemaps and .warc(.gz)"
_ROOT = re.compile(rb"\s*(?:<\?[^>]*\?>\s*|<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*<([A-Za-z_][\w:.-]*)",
                   re.S | re.I)
_FEED_ROOTS = {b"rss", b"rdf:rdf", b"rdf", b"feed", b"channel"}
_SITEMAP_ROOTS = {b"urlset", b"sitemapindex"}


def kind_of_name(path: str) -> str | None:
    """The kind a file name promises; two-part endings (.warc.gz) first."""
    name = path.lower()
    for ending in (".warc.gz", ".xml.gz"):
        if name.endswith(ending):
            return KINDS[ending]
    return KINDS.get(os.path.splitext(name)[1])


def reader_for(kind: str) -> Reader:
    """The reader of one kind, imported on first use (the HTML stack is slow to import)."""
    if kind == "html":
        from .html import read_html
        return read_html
    if kind == "json":
        from .jsonl import read_json
        return read_json
    if kind == "jsonl":
        from .jsonl import read_jsonl
        return read_jsonl
    from .text import read_text

    def read_one(data: bytes, **where) -> Iterator[Item]:
        yield read_text(data, **where)
    return read_one


def read_data(data: bytes, kind: str, *, source: str, path: str | None, url: str | None = None,
              session=None) -> Iterator[Item]:
    """Read bytes of a kind a name or content type promised; the content decides first."""
    special = sniff_special(data)
    if special is None and kind == "xml":
        raise NotText("an XML file that is neither a feed nor a news sitemap")
    if special == "feed":
        from .feed import read_feed
        return read_feed(data, source=source, path=path, url=url, session=session or _Session())
    if special == "sitemap":
        from .sitemap import read_sitemap
        return read_sitemap(data, source=source, path=path, url=url,
                            session=session or _Session())
    if special == "warc":
        import io

        from .warc import read_warc
        return read_warc(io.BytesIO(data), where=path or source, session=session or _Session())
    if kind in ("feed", "sitemap", "warc"):
        raise NotText(f"not a {'WARC archive' if kind == 'warc' else kind} "
                      "(its content says otherwise)")
    if url is None:
        return reader_for(kind)(data, source=source, path=path)
    return reader_for(kind)(data, source=source, path=path, url=url)


def sniff_special(data: bytes) -> str | None:
    """'feed', 'sitemap' or 'warc' when the bytes are one, whatever their name says."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"WARC/"):
        return "warc"
    if head.startswith(b"\x1f\x8b"):
        from .warc import is_warc_gz
        return "warc" if is_warc_gz(data) else None
    if head.startswith(b"<"):
        m = _ROOT.match(head)
        root = m.group(1).lower() if m else b""
        if root in _FEED_ROOTS:
            return "feed"
        if root in _SITEMAP_ROOTS:
            return "sitemap"
        return None
    if head.startswith(b"{") and b"jsonfeed.org/version" in head:
        from .feed import is_json_feed
        return "feed" if is_json_feed(data) else None
    return None


def is_url(given: str) -> bool:
    return given[:8].lower().startswith(("http://", "https://"))


def read_inputs(inputs: list[str], *, size_limit: int = DEFAULT_SIZE_LIMIT,
                timeout: float = 20.0, stdin=None, fetcher=None) -> Iterator[Item]:
    """Articles and problems, in input order (folders in sorted order).

    `fetcher` (url.Fetcher) makes every download; `dateline watch` passes a polite one.
    """
    session = _Session(size_limit, timeout, stdin, fetcher)
    for given in inputs:
        for item in session.read(given):
            yield _tidy(item)


def _tidy(item: Item) -> Item:
    """Metadata and problem lines that are safe to print: no terminal controls, one line.

    The article text itself is cleaned later (clean_text, in the pipeline), since
    mention offsets are defined on the cleaned text.
    """
    if isinstance(item, ReadProblem):
        item.where = _one_line(clean_text(item.where))
        item.reason = _one_line(clean_text(item.reason))
        return item
    for name, longest in (("title", 300), ("outlet", 120), ("url", 2048)):
        value = getattr(item, name)
        if value is not None:
            value = " ".join(clean_text(value).split())
            if len(value) > longest:      # a broken page's "title" can be its whole text
                value = value[:longest - 1].rstrip() + "…"
            setattr(item, name, value or None)
    return item


def _one_line(s: str) -> str:
    return s.replace("\n", "\\n").replace("\t", " ")


def count_inputs(inputs: list[str]) -> int:
    """A cheap estimate of how many articles the inputs hold, for a progress bar."""
    total = 0
    for given in inputs:
        try:
            if given == "-" or is_url(given) or not os.path.isdir(given):
                total += _count_file(given)
            else:
                total += sum(_count_file(p) for p in _walk(given))
        except OSError:
            total += 1
    return total


def _count_file(path: str) -> int:
    if kind_of_name(path) != "jsonl" or not os.path.isfile(path):
        return 1
    lines = 0
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            lines += chunk.count(b"\n")
    return max(lines, 1)


def _walk(folder: str, errors: list[OSError] | None = None) -> Iterator[str]:
    """Files of known kinds under folder, sorted, hidden files/folders and manifests skipped.

    Folders that cannot be listed are appended to `errors` (when given) and skipped.
    """
    for root, dirs, files in os.walk(folder, onerror=errors.append if errors is not None
                                     else None):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or name == MANIFEST_NAME:
                continue
            if kind_of_name(name) is not None:
                yield os.path.join(root, name)


def sniff_kind(data: bytes) -> str:
    """Guess the kind of nameless input (stdin, a URL without a content type)."""
    special = sniff_special(data)
    if special:
        return special
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<") and any(t in head for t in (b"<html", b"<!doctype html", b"<body",
                                                          b"<p>", b"<article", b"<head")):
        return "html"
    if head.startswith((b"{", b"[")):
        first = data.lstrip(b"\xef\xbb\xbf \t\r\n").split(b"\n", 1)[0]
        try:
            json.loads(data)
            return "json"
        except (ValueError, RecursionError):
            pass
        try:
            json.loads(first)
            return "jsonl"
        except (ValueError, RecursionError):
            pass
    return "text"


class _Session:
    """One call of read_inputs: its limits and the manifests already loaded."""

    def __init__(self, size_limit: int = DEFAULT_SIZE_LIMIT, timeout: float = 20.0, stdin=None,
                 fetcher=None):
        self.size_limit = size_limit
        self.timeout = timeout
        self.stdin = stdin
        self._fetcher = fetcher
        self.manifests: dict[str, Manifest | None] = {}

    @property
    def fetcher(self):
        """The one Fetcher of this session, made on first use (urllib is not free to import)."""
        if self._fetcher is None:
            from .url import Fetcher
            self._fetcher = Fetcher(size_limit=self.size_limit, timeout=self.timeout)
        return self._fetcher

    def read(self, given: str) -> Iterator[Item]:
        try:
            if given == "-":
                yield from self.read_stdin()
            elif is_url(given):
                from .url import read_url
                yield from read_url(given, size_limit=self.size_limit, timeout=self.timeout,
                                    fetcher=self.fetcher, session=self)
            elif os.path.isdir(given):
                yield from self.read_folder(given)
            else:
                yield from self.read_file(given, explicit=True)
        except Exception as e:  # noqa: BLE001 - the promise is one line, never a traceback
            yield ReadProblem(given, f"could not be read ({type(e).__name__}: {e})")

    def read_folder(self, folder: str) -> Iterator[Item]:
        found = False
        errors: list[OSError] = []
        for path in _walk(folder, errors):
            yield from self._folder_errors(errors)
            found = True
            yield from self.read_file(path, explicit=False, root=folder)
        yield from self._folder_errors(errors)
        if not found:
            yield ReadProblem(folder, "no articles, feeds, sitemaps or archives in this folder "
                          "(.txt .md .html .json .jsonl .xml .warc)")

    @staticmethod
    def _folder_errors(errors: list[OSError]) -> Iterator[Item]:
        while errors:
            e = errors.pop(0)
            yield ReadProblem(e.filename or "folder", f"folder not read: {e.strerror or e}")

    def read_file(self, path: str, *, explicit: bool, root: str | None = None) -> Iterator[Item]:
        ext = os.path.splitext(path)[1].lower()
        kind = kind_of_name(path)
        if not os.path.exists(path):
            yield ReadProblem(path, "no such file or folder")
            return
        if kind is None:
            if explicit:
                what = f"'{ext}' files" if ext else "files without an extension"
                yield ReadProblem(path, f"cannot read {what}; {KNOWN}")
            return
        if os.path.basename(path) == MANIFEST_NAME:
            yield from self.read_manifest_files(path)
            return
        if kind == "warc":
            from .warc import read_warc_file
            yield from read_warc_file(path, session=self)
            return
        manifest = None
        if kind in ("text", "html"):
            manifest, problems = self.manifest_covering(path, root)
            yield from problems
        try:
            data = read_bytes(path, self.size_limit)
            if data[:2] == b"\x1f\x8b" and kind == "xml":
                from .url import FetchError, gunzip
                try:
                    data = gunzip(data, self.size_limit)
                except FetchError as e:
                    raise Unreadable(str(e)) from None
            if kind == "xml" and not explicit and sniff_special(data) is None:
                return                      # some other XML in a folder: not ours
            source = os.path.realpath(path)
            for item in read_data(data, kind, source=source, path=path, session=self):
                if isinstance(item, RawArticle) and manifest is not None:
                    manifest.apply(item, path)
                yield item
        except (NotText, Unreadable) as e:
            yield ReadProblem(path, str(e))

    def read_manifest_files(self, path: str) -> Iterator[Item]:
        """A manifest.json given by name stands for the files it lists."""
        manifest, problems = self.manifest_for(path)
        yield from problems
        if manifest is None or not manifest.entries:
            if manifest is not None and not manifest.problems:
                yield ReadProblem(path, "manifest lists no articles")
            return
        folder = os.path.dirname(path)
        for entry in manifest.entries.values():
            yield from self.read_file(os.path.join(folder, entry["file"]), explicit=True,
                                      root=folder or ".")

    def manifest_covering(self, path: str, root: str | None
                          ) -> tuple[Manifest | None, list[ReadProblem]]:
        """The nearest manifest that lists path: beside it, or in a folder above it up to
        the folder the user gave (seeds/manifest.json may list "2016/a.txt")."""
        problems: list[ReadProblem] = []
        here = os.path.dirname(path)
        top = os.path.abspath(root if root is not None else here)
        while True:
            manifest, found = self.manifest_for(os.path.join(here, MANIFEST_NAME))
            problems += found
            if manifest is not None and manifest.lists(path):
                return manifest, problems
            if os.path.abspath(here or ".") == top:
                return None, problems
            parent = os.path.dirname(here)
            if parent == here:
                return None, problems
            here = parent

    def manifest_for(self, path: str) -> tuple[Manifest | None, list[ReadProblem]]:
        """The manifest beside path; its problems only the first time it is met."""
        folder = os.path.dirname(os.path.abspath(path))
        if folder in self.manifests:
            return self.manifests[folder], []
        shown = os.path.join(os.path.dirname(path), MANIFEST_NAME)
        manifest = load_manifest(folder, shown)
        self.manifests[folder] = manifest
        return manifest, (manifest.problems if manifest else [])

    def read_stdin(self) -> Iterator[Item]:
        stream = self.stdin
        if stream is None:
            stream = getattr(sys.stdin, "buffer", sys.stdin)
        if stream is None:
            yield ReadProblem("stdin", "there is no standard input to read")
            return
        try:
            data = stream.read(self.size_limit + 1)
        except (OSError, UnicodeDecodeError) as e:
            yield ReadProblem("stdin", f"could not be read ({e})")
            return
        if isinstance(data, str):
            data = data.encode("utf-8", "surrogateescape")
        if len(data) > self.size_limit:
            yield ReadProblem("stdin", too_big(len(data), self.size_limit))
            return
        try:
            yield from read_data(data, sniff_kind(data), source="stdin", path=None, session=self)
        except NotText as e:
            yield ReadProblem("stdin", str(e))
