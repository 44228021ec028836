"""Ingest end to end: every input kind lands, nothing twice, and the date order holds."""

import http.server
import io
import json
import shutil
import threading

import pytest

from seeds import SEEDS_DIR
from store.db import open_memory, open_store
from store.ingest import ingest


def count(store, table):
    return store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def articles(store):
    return [dict(zip(("source", "outlet", "title", "published", "published_from", "url"), r, strict=True))
            for r in store.conn.execute(
                "SELECT source, outlet, title, published, published_from, url FROM articles "
                "ORDER BY id")]


def values(store):
    return {r[0] for r in store.conn.execute("SELECT value FROM mentions")}


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    path = tmp_path_factory.mktemp("seeded") / "seeds.db"
    store = open_store(path)
    report = ingest(store, [str(SEEDS_DIR)])
    assert report.ok, report.problems
    return store, report


def test_seeds_go_in_with_their_manifest(seeded):
    store, report = seeded
    assert report.added == 5
    arts = articles(store)
    assert {a["published"] for a in arts} == {"2016-03-18", "2016-03-26", "2016-03-27"}
    assert all(a["published_from"] == "manifest" for a in arts)
    assert "Al Jazeera" in {a["outlet"] for a in arts}
    assert count(store, "events") >= 20


def test_reingest_adds_nothing(seeded):
    store, _ = seeded
    before = [count(store, t) for t in ("articles", "mentions", "events", "period_counts")]
    report = ingest(store, [str(SEEDS_DIR)])
    assert (report.added, report.replaced, report.unchanged) == (0, 0, 5)
    assert [count(store, t) for t in ("articles", "mentions", "events", "period_counts")] == before


def test_no_mention_comes_from_page_furniture(seeded):
    from store.clean import furniture_spans

    store, _ = seeded
    for article_id, text in store.conn.execute("SELECT id, dateline_text(text) FROM articles"):
        spans = furniture_spans(text)
        for start, end in store.conn.execute(
                "SELECT start, \"end\" FROM mentions WHERE article_id = ? AND NOT lead",
                (article_id,)):
            assert not any(a <= start < b for a, b in spans), text[start:end]


def test_changed_file_replaces_its_old_version(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Troops entered the town on Tuesday, officials said.\n")
    store = open_memory()
    assert ingest(store, [str(f)], published="2016-03-18").added == 1
    assert "2016-03-15" in values(store)
    f.write_text("Troops left the town on Wednesday, officials said.\n")
    report = ingest(store, [str(f)], published="2016-03-18")
    assert (report.added, report.replaced) == (0, 1)
    assert count(store, "articles") == 1
    assert "2016-03-15" not in values(store) and "2016-03-16" in values(store)
    # no event is left without mentions
    assert store.conn.execute(
        "SELECT count(*) FROM events e WHERE NOT EXISTS "
        "(SELECT 1 FROM mentions m WHERE m.event_id = e.id)").fetchone()[0] == 0


def test_publication_date_order(tmp_path):
    d = tmp_path / "corpus"
    d.mkdir()
    (d / "manifest.json").write_text(json.dumps(
        {"articles": [{"file": "m.txt", "outlet": "Wire", "title": "T", "published": "2016-03-18"}]}))
    (d / "m.txt").write_text("The talks ended on Tuesday.\n")
    (d / "inferred.txt").write_text("Published: 26 March 2016\n\nThe talks ended on Tuesday.\n")
    (d / "none.txt").write_text("The talks ended on Tuesday. The war began on 1 March 2011.\n")

    store = open_memory()
    report = ingest(store, [str(d)])
    by = {a["source"].rsplit("/", 1)[-1]: a for a in articles(store)}
    assert (by["m.txt"]["published"], by["m.txt"]["published_from"]) == ("2016-03-18", "manifest")
    assert (by["inferred.txt"]["published"], by["inferred.txt"]["published_from"]) == (
        "2016-03-26", "inferred")
    assert by["none.txt"]["published"] is None
    assert any("none.txt" in n and "--published" in n for n in report.notes)
    assert any("inferred.txt" in n and "inferred" in n for n in report.notes)
    # undated article: the absolute date still resolves, "Tuesday" cannot
    none_id = store.conn.execute("SELECT id FROM articles WHERE source LIKE '%none.txt'").fetchone()[0]
    got = {r[0] for r in store.conn.execute("SELECT value FROM mentions WHERE article_id = ?",
                                            (none_id,))}
    assert got == {"2011-03-01"}

    # the flag beats the manifest
    store2 = open_memory()
    ingest(store2, [str(d / "m.txt")], published="2016-03-26")
    assert articles(store2)[0]["published_from"] == "flag"
    assert "2016-03-22" in values(store2)


def test_jsonl_bad_line_is_reported_and_the_rest_go_in(tmp_path):
    f = tmp_path / "feed.jsonl"
    f.write_text("\n".join([
        json.dumps({"text": "Rebels took the town on Monday.", "title": "A", "outlet": "X",
                    "published": "2016-03-26", "url": "https://example.org/a"}),
        "{not json",
        json.dumps({"text": 42}),
        json.dumps({"text": "Talks resume on 3 April 2016.", "published": "2016-03-27"}),
    ]) + "\n")
    store = open_memory()
    report = ingest(store, [str(f)])
    assert report.added == 2
    assert any("feed.jsonl:2" in p for p in report.problems)
    assert any("feed.jsonl:3" in p for p in report.problems)
    assert articles(store)[0]["url"] == "https://example.org/a"
    assert {"2016-03-21", "2016-04-03"} <= values(store)


def test_html_page_metadata(tmp_path):
    f = tmp_path / "page.html"
    f.write_text("""<!doctype html><html><head><title>Army retakes Palmyra | Example News</title>
<meta property="og:title" content="Army retakes Palmyra">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2016-03-27T09:00:00Z">
<link rel="canonical" href="https://news.example.org/palmyra"></head><body>
<nav>Home | World | Sport</nav><article><h1>Army retakes Palmyra</h1>
<p>Syrian troops recaptured the ancient city of Palmyra on Sunday, state media said.</p>
<p>The Islamic State group seized the city in May 2015 and destroyed many of its temples.</p>
<p>The offensive began at the beginning of March with heavy Russian air support, officials said.</p>
</article></body></html>""")
    store = open_memory()
    report = ingest(store, [str(f)])
    assert report.ok, report.problems
    a = articles(store)[0]
    assert a["published"] == "2016-03-27" and a["published_from"] == "metadata"
    assert a["url"] == "https://news.example.org/palmyra"
    assert "Palmyra" in (a["title"] or "")
    assert {"2016-03-27", "2015-05"} <= values(store)


def test_stdin_and_outlet_flag():
    store = open_memory()
    stdin = io.BytesIO(b"Rebels shelled the city on Friday.\n")
    report = ingest(store, ["-"], published="2016-03-26", outlet="Wire", stdin=stdin)
    assert report.added == 1
    assert articles(store)[0]["outlet"] == "Wire"
    assert "2016-03-25" in values(store)


def test_url_is_fetched(tmp_path):
    (tmp_path / "story.txt").write_text("Talks collapsed on Thursday, diplomats said.\n")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *a, **k):
            super().__init__(*a, directory=str(tmp_path), **k)

        def log_message(self, *a):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        store = open_memory()
        url = f"http://127.0.0.1:{server.server_port}/story.txt"
        report = ingest(store, [url], published="2016-03-26")
        assert report.added == 1, report.problems
        assert "2016-03-24" in values(store)
        bad = ingest(store, [f"http://127.0.0.1:{server.server_port}/missing.txt"], timeout=5)
        assert len(bad.problems) == 1 and "missing.txt" in bad.problems[0]
    finally:
        server.shutdown()


def test_parallel_jobs_give_the_same_store(tmp_path):
    corpus = tmp_path / "c"
    shutil.copytree(SEEDS_DIR, corpus, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    one, two = open_memory(), open_memory()
    ingest(one, [str(corpus)], jobs=1)
    ingest(two, [str(corpus)], jobs=2)
    q = ("SELECT e.value, e.title, e.n_sources, m.phrase, m.start FROM mentions m "
         "JOIN events e ON e.id = m.event_id ORDER BY m.phrase, m.start, e.value")
    assert one.conn.execute(q).fetchall() == two.conn.execute(q).fetchall()


def test_bad_inputs_fail_alone(tmp_path):
    (tmp_path / "good.txt").write_text("The ceasefire began on 27 February 2016.\n")
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "fake.html").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n" + bytes(range(256)))
    store = open_memory()
    report = ingest(store, [str(tmp_path)])
    assert report.added == 1
    assert len(report.problems) == 2
    assert any("empty.txt" in p for p in report.problems)
    assert any("fake.html" in p for p in report.problems)


def test_an_article_that_fails_to_store_is_reported_and_the_rest_stay_whole(tmp_path,
                                                                              monkeypatch):
    from store import merge

    for i in range(5):
        (tmp_path / f"a{i}.txt").write_text(f"Story {i}: rebels took town {i} on 3 March 2016.\n")
    real = merge.add_article
    calls = []

    def flaky(conn, article_id, drafts, held=None, pending=None):
        calls.append(article_id)
        real(conn, article_id, drafts, held, pending)  # half the work is done when it fails
        if len(calls) == 3:
            raise ValueError("boom")

    monkeypatch.setattr(merge, "add_article", flaky)
    store = open_memory()
    report = ingest(store, [str(tmp_path)])
    assert report.added == 4
    assert len(report.problems) == 1 and "a2.txt" in report.problems[0] and "boom" in report.problems[0]
    assert count(store, "articles") == 4
    # nothing of the failed article is left: no orphan mention or event
    assert store.conn.execute("SELECT count(*) FROM mentions m LEFT JOIN articles a "
                              "ON a.id = m.article_id WHERE a.id IS NULL").fetchone()[0] == 0
    assert store.conn.execute("SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM "
                              "mentions m WHERE m.event_id = e.id)").fetchone()[0] == 0
    assert not store.conn.execute("SELECT 1 FROM articles WHERE source LIKE '%a2.txt'").fetchone()
