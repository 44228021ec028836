"""A real HTTP server on 127.0.0.1 for the feed, sitemap and watch tests.

Routes are set per test; the server honours If-None-Match / If-Modified-Since
(a matching request gets a 304), can redirect, fail, dribble or be slow, and
logs every request so tests can count what a poll cost. Nothing leaves the
machine: it binds 127.0.0.1 on an ephemeral port.
"""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    ctype: str = "text/html; charset=utf-8"
    status: int = 200
    location: str | None = None          # for 3xx
    etag: bool = True                    # send an ETag and honour If-None-Match
    modified: str | None = None          # a Last-Modified value to send and honour
    headers: dict = field(default_factory=dict)
    delay: float = 0.0


@dataclass
class Hit:
    path: str
    at: float
    agent: str
    if_none_match: str | None
    if_modified_since: str | None
    status: int


class Site:
    def __init__(self):
        self.routes: dict[str, Route] = {}
        self.hits: list[Hit] = []
        self.lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server's naming
                site._serve(self)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> Site:
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, body: bytes | str = b"", **kw) -> str:
        if isinstance(body, str):
            body = body.encode("utf-8")
        self.routes[path] = Route(body=body, **kw)
        return self.url(path)

    def count(self, path: str, status: int | None = None) -> int:
        with self.lock:
            return sum(1 for h in self.hits if h.path == path
                       and (status is None or h.status == status))

    def _serve(self, req: BaseHTTPRequestHandler) -> None:
        route = self.routes.get(req.path)
        status = 404 if route is None else route.status
        inm = req.headers.get("If-None-Match")
        ims = req.headers.get("If-Modified-Since")
        tag = None
        if route is not None and route.etag and status == 200:
            tag = '"' + hashlib.sha1(route.body).hexdigest()[:16] + '"'
            if inm == tag:
                status = 304
        if route is not None and route.modified and status == 200 and ims == route.modified:
            status = 304
        with self.lock:
            self.hits.append(Hit(req.path, time.monotonic(), req.headers.get("User-Agent", ""),
                                 inm, ims, status))
        if route is not None and route.delay:
            time.sleep(route.delay)
        try:
            req.send_response(status)
            if route is None or status >= 400:
                body = b"not here" if route is None else route.body
                req.send_header("Content-Type", "text/plain")
                req.send_header("Content-Length", str(len(body)))
                for k, v in (route.headers.items() if route else ()):
                    req.send_header(k, v)
                req.end_headers()
                req.wfile.write(body)
                return
            if route.location:
                req.send_header("Location", route.location)
            if tag:
                req.send_header("ETag", tag)
            if route.modified:
                req.send_header("Last-Modified", route.modified)
            for k, v in route.headers.items():
                req.send_header(k, v)
            if status == 304 or 300 <= status < 400:
                req.send_header("Content-Length", "0")
                req.end_headers()
                return
            req.send_header("Content-Type", route.ctype)
            req.send_header("Content-Length", str(len(route.body)))
            req.end_headers()
            req.wfile.write(route.body)
        except OSError:
            pass


def page(title: str, body: str, published: str | None = None) -> str:
    """An article page with the usual metadata."""
    meta = (f'<meta property="article:published_time" content="{published}">'
            if published else "")
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{title}</title>{meta}</head><body><article><h1>{title}</h1>{paras}"
            "</article></body></html>")


def rss(items: list[dict], title: str = "Example Wire") -> str:
    """An RSS 2.0 feed; each item a dict of link, title, pubDate, description, guid."""
    out = [f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
           f"<title>{title}</title><link>http://example.invalid/</link>"
           "<description>news</description>"]
    for it in items:
        out.append("<item>")
        for k in ("title", "link", "guid", "pubDate", "author"):
            if it.get(k):
                out.append(f"<{k}>{it[k]}</{k}>")
        if it.get("description"):
            out.append(f"<description><![CDATA[{it['description']}]]></description>")
        out.append("</item>")
    out.append("</channel></rss>")
    return "".join(out)
