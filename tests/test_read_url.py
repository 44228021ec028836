"""URLs: a real fetch from a local server, and one clear line when the host is unreachable."""

from __future__ import annotations

import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from store.model import RawArticle, ReadProblem
from store.read import read_inputs
from store.read.url import USER_AGENT

PAGE = (Path(__file__).parent / "fixtures" / "inputs" / "article.html").read_bytes()
ROUTES = {
    "/article": ("text/html; charset=utf-8", PAGE),
    "/plain": ("text/plain; charset=iso-8859-1", "Caf\u00e9 owners met on Friday.\n".encode("latin-1")),
    "/feed": ("application/x-ndjson", b'{"text": "One."}\n{"text": 2}\n'),
    "/report.pdf": ("application/pdf", b"%PDF-1.4 ..."),
    "/big": ("text/plain", b"word " * 5000),
}


class Handler(BaseHTTPRequestHandler):
    seen_agents: list[str] = []

    def do_GET(self):  # noqa: N802 - http.server's naming
        Handler.seen_agents.append(self.headers.get("User-Agent", ""))
        if self.path not in ROUTES and self.path != "/slow":
            self.send_error(404, "Not Found")
            return
        if self.path == "/slow":                  # a byte every 0.1 s, forever-ish
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", "1000")
            self.end_headers()
            try:
                for _ in range(1000):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.1)
            except OSError:
                pass
            return
        ctype, body = ROUTES[self.path]
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_html_url_is_fetched_and_read_like_an_html_file(server):
    url = server + "/article"
    (art,) = list(read_inputs([url]))
    assert isinstance(art, RawArticle)
    assert art.source == url and art.path is None
    assert art.url == "https://news.example.com/world/palmyra-troops"   # canonical wins
    assert art.title == "Syrian troops enter Palmyra" and art.published == "2016-03-26"
    assert Handler.seen_agents[-1] == USER_AGENT


def test_plain_text_url_uses_the_servers_charset(server):
    (art,) = list(read_inputs([server + "/plain"]))
    assert art.text == "Café owners met on Friday.\n"
    assert art.encoding == "iso-8859-1" and art.url == server + "/plain"


def test_json_lines_url_reports_bad_records_by_line(server):
    url = server + "/feed"
    items = list(read_inputs([url]))
    assert isinstance(items[0], RawArticle) and items[0].text == "One."
    assert str(items[1]) == f"{url}:2: 'text' must be a string, not a number"


def test_http_errors_and_non_article_types_are_one_line(server):
    missing, pdf = list(read_inputs([server + "/missing", server + "/report.pdf"]))
    assert missing.reason == "the server answered 404 Not Found"
    assert pdf.reason == "not an article page (the server sent application/pdf)"


def test_size_limit_applies_to_downloads(server):
    (prob,) = list(read_inputs([server + "/big"], size_limit=1024))
    assert "over the" in prob.reason and "--max-size" in prob.reason


def test_unreachable_host_is_one_problem_and_the_batch_goes_on(tmp_path):
    with socket.socket() as s:                      # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    ok = tmp_path / "ok.txt"
    ok.write_text("still read")
    prob, art = list(read_inputs([f"http://127.0.0.1:{port}/x", str(ok)], timeout=2))
    assert isinstance(prob, ReadProblem)
    assert prob.where == f"http://127.0.0.1:{port}/x"
    assert prob.reason.startswith("cannot reach host (")
    assert art.text == "still read"


def test_a_server_that_dribbles_bytes_is_given_up_on(server):
    started = time.monotonic()
    (prob,) = list(read_inputs([server + "/slow"], timeout=0.5))
    assert prob.reason.startswith("the download was too slow; gave up after")
    assert time.monotonic() - started < 5
