"""WARC archives written with warcio: each HTML response is one article; the rest is counted."""

from __future__ import annotations

import io

import pytest
from local_site import page
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from store.db import open_memory
from store.ingest import ingest
from store.model import RawArticle, ReadProblem
from store.read import ReadNote, read_inputs

STORY = ("Syrian troops entered Palmyra on Thursday, state media said.\n\n"
         "The town fell to the Islamic State group last May.")


def write_warc(records, gz=True) -> bytes:
    """records: (kind, uri, content type, body, WARC-Date, status)."""
    out = io.BytesIO()
    w = WARCWriter(out, gzip=gz)
    w.write_record(w.create_warcinfo_record("crawl.warc", {"software": "test"}))
    for kind, uri, ctype, body, when, status in records:
        if kind == "response":
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            rec = w.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                       http_headers=http,
                                       warc_headers_dict={"WARC-Date": when})
        else:
            http = StatusAndHeaders(f"GET {uri} HTTP/1.1", [("Host", "x")], is_http_request=True)
            rec = w.create_warc_record(uri, "request", payload=io.BytesIO(b""),
                                       http_headers=http)
        w.write_record(rec)
    return out.getvalue()


RECORDS = [
    ("request", "https://news.example.com/a", "", b"", "", ""),
    ("response", "https://news.example.com/a", "text/html; charset=utf-8",
     page("Dated page", STORY, "2016-03-26").encode(), "2016-04-01T00:00:00Z", "200 OK"),
    ("response", "https://news.example.com/b", "text/html",
     page("Undated page", "Talks resumed on Monday in Geneva, officials said.").encode(),
     "2016-03-29T08:15:00Z", "200 OK"),
    ("response", "https://news.example.com/logo.png", "image/png", b"\x89PNG....",
     "2016-03-29T08:15:00Z", "200 OK"),
    ("response", "https://news.example.com/old", "text/html", b"", "2016-03-29T08:15:00Z",
     "301 Moved Permanently"),
]


@pytest.mark.parametrize("gz,name", [(True, "crawl.warc.gz"), (False, "crawl.warc")])
def test_each_html_response_is_an_article_and_the_rest_is_counted(tmp_path, gz, name):
    f = tmp_path / name
    f.write_bytes(write_warc(RECORDS, gz=gz))
    items = list(read_inputs([str(f)]))
    arts = [i for i in items if isinstance(i, RawArticle)]
    assert [(a.source, a.url, a.published, a.published_from) for a in arts] == [
        ("https://news.example.com/a", "https://news.example.com/a", "2016-03-26", "metadata"),
        ("https://news.example.com/b", "https://news.example.com/b", "2016-03-29", "warc"),
    ]
    (note,) = [i for i in items if isinstance(i, ReadNote)]
    assert note.where == str(f)
    assert note.reason == ("2 HTML pages read; 4 other records skipped (1 warcinfo, 1 request, "
                           "1 non-HTML responses, 1 HTTP 3xx responses)")
    assert not [i for i in items if type(i) is ReadProblem]


def test_warc_known_by_content_under_another_name(tmp_path):
    f = tmp_path / "download.html"
    f.write_bytes(write_warc(RECORDS[:2]))
    assert [i.source for i in read_inputs([str(f)]) if isinstance(i, RawArticle)] == [
        "https://news.example.com/a"]


def test_truncated_warc_keeps_the_records_before_the_cut(tmp_path):
    whole = write_warc(RECORDS[:3], gz=False)
    f = tmp_path / "cut.warc"
    f.write_bytes(whole[: len(whole) - 200] + b"\r\nWARC/1.0\r\nWARC-Type: resp")   # garbage tail
    store = open_memory()
    report = ingest(store, [str(f)])
    assert report.added >= 1
    assert len(report.problems) == 1, report.problems
    assert report.problems[0].startswith(f"{f}: record ")
    assert "truncated or corrupt" in report.problems[0]


def test_corrupt_gzip_warc_is_one_line(tmp_path):
    whole = write_warc(RECORDS[:3])
    f = tmp_path / "bad.warc.gz"
    f.write_bytes(whole[:-60] + b"\x00" * 20)
    items = list(read_inputs([str(f)]))
    probs = [i for i in items if type(i) is ReadProblem]
    assert len(probs) == 1 and probs[0].where == str(f)
    assert any(isinstance(i, RawArticle) for i in items)


def test_a_record_over_max_size_is_one_line(tmp_path):
    big = ("response", "https://news.example.com/big", "text/html",
           page("Big", "Word on Friday. " * 20000).encode(), "2016-03-29T08:15:00Z", "200 OK")
    f = tmp_path / "big.warc.gz"
    f.write_bytes(write_warc([big, RECORDS[1]]))
    items = list(read_inputs([str(f)], size_limit=64 * 1024))
    probs = [i for i in items if type(i) is ReadProblem]
    assert [(p.where, "over the" in p.reason) for p in probs] == [
        ("https://news.example.com/big", True)]
    assert [i.source for i in items if isinstance(i, RawArticle)] == ["https://news.example.com/a"]


def test_not_a_warc_named_warc_is_one_line(tmp_path):
    f = tmp_path / "x.warc"
    f.write_bytes(b"hello, this is not an archive\n")
    (prob,) = list(read_inputs([str(f)]))
    assert (prob.where, prob.reason) == (str(f), "not a WARC archive (it does not start with "
                                         "a WARC record)")
