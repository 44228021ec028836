"""Ingest on a Dask LocalCluster (processes, 2 workers): the same store as one process,
a worker killed mid-ingest, the client killed, an unreachable scheduler.

One LocalCluster serves the whole module: starting one costs seconds.
"""

import http.server
import importlib.util
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from store.cluster import Cluster, parse_address  # noqa: E402
from store.db import open_store  # noqa: E402
from store.ingest import ingest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
INGEST = "import sys; from tui.cli import main; sys.exit(main())"
# The same, committing every 5 articles: on a quiet machine the writer's time-bound
# transaction can hold the whole corpus, and a kill must land between two commits.
INGEST_SMALL_COMMITS = ("import sys, store.ingest as w; w.BATCH_ARTICLES = 5; "
                        "from tui.cli import main; sys.exit(main())")


def _corpus_module():
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module       # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def cluster():
    with Cluster("local:2") as c:
        yield c


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """36 synthetic articles (30 files with a manifest, a long first one whose batch
    finishes last; 6 as JSON lines), an HTML page, and two files that fail to read."""
    folder = tmp_path_factory.mktemp("cluster") / "corpus"
    bench = _corpus_module()
    articles = bench.generate(36, seed=5, size=2500)
    articles[0].text = articles[0].text * 20           # ~50 KB: slow, completes late
    bench.write_folder(folder / "files", articles[:30])
    bench.write_jsonl(folder / "more.jsonl", articles[30:])
    (folder / "files" / "page.html").write_text(
        "<html><head><title>Dam opens</title><meta name='date' content='2015-06-02'></head>"
        "<body><article><h1>Dam opens</h1><p>The new dam opened on Monday after "
        "construction began in March 2011, officials said.</p><p>Engineers said the "
        "reservoir would be full by next spring.</p></article></body></html>")
    (folder / "files" / "empty.txt").write_text("")
    (folder / "files" / "fake.html").write_bytes(b"%PDF-1.4\n" + bytes(range(256)))
    return folder


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A page on a local HTTP server: URLs are fetched by the workers."""
    root = tmp_path_factory.mktemp("site")
    (root / "story.txt").write_text("Talks collapsed on Thursday, diplomats said. A new round "
                                    "was set for 3 April 2016.\n")

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *a, **k):
            super().__init__(*a, directory=str(root), **k)

        def log_message(self, *a):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def inputs_of(corpus, site):
    return [str(corpus / "files"), str(corpus / "more.jsonl"), f"{site}/story.txt",
            f"{site}/missing.txt"]


def snapshot(store):
    """Everything the merge decides, in id order: ids follow the order articles arrived in,
    so a store written in completion order would differ here."""
    c = store.conn
    q = {
        "articles": "SELECT id, source, hash, outlet, title, url, published, published_from, "
                    "text FROM articles ORDER BY id",
        "events": 'SELECT id, value, start, "end", granularity, title, n_sources, n_mentions, '
                  "salience FROM events ORDER BY id",
        "mentions": 'SELECT id, event_id, article_id, start, "end", phrase, value, sentence '
                    "FROM mentions ORDER BY id",
        "keys": "SELECT key, event_id FROM event_keys ORDER BY 1, 2",
        "periods": "SELECT zoom, period, n FROM period_counts ORDER BY 1, 2",
        "days": "SELECT day, articles, later, published FROM day_refs ORDER BY 1",
    }
    return {name: c.execute(sql).fetchall() for name, sql in q.items()}


def summary(report):
    return (report.added, report.replaced, report.unchanged, report.mentions,
            report.problems, report.notes)


@pytest.fixture(scope="module")
def reference(corpus, site):
    """The store and report of one process, and its progress calls."""
    store, calls = open_store(":memory:"), []
    report = ingest(store, inputs_of(corpus, site), jobs=1, timeout=5,
                    progress=lambda n, label: calls.append(n))
    assert report.added == 38 and len(report.problems) == 3, report.problems
    return snapshot(store), summary(report), calls


def test_cluster_store_equals_one_process(cluster, corpus, site, reference):
    store, calls = open_store(":memory:"), []
    report = ingest(store, inputs_of(corpus, site), cluster=cluster, timeout=5,
                    progress=lambda n, label: calls.append(n))
    want_store, want_summary, want_calls = reference
    assert summary(report) == want_summary        # problems and notes in the same order too
    assert calls == want_calls
    got = snapshot(store)
    for table in want_store:
        assert got[table] == want_store[table], table


def test_a_worker_killed_mid_ingest_loses_and_doubles_nothing(cluster, long_corpus):
    folder, want = long_corpus
    killed = []

    def killer():
        """Kill a worker while it holds tasks: its batches must run again elsewhere."""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            busy = [w for w, keys in cluster.client.processing().items() if len(keys) >= 2]
            if busy:
                pid = cluster.client.run(os.getpid, workers=busy[:1])[busy[0]]
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)
                return
            time.sleep(0.005)

    thread = threading.Thread(target=killer)
    thread.start()
    store = open_store(":memory:")
    report = ingest(store, [str(folder)], cluster=cluster)
    thread.join()
    assert killed, "no worker held two tasks at once"
    assert (report.added, report.problems) == (120, [])
    got = snapshot(store)
    for table in want:
        assert got[table] == want[table], table
    cluster.client.wait_for_workers(2, timeout=60)   # the nanny started a new one
    assert killed[0] not in cluster.client.run(os.getpid).values()


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_an_unreachable_scheduler_is_one_line_exit_1_and_writes_nothing(tmp_path, corpus):
    db = tmp_path / "never.db"
    r = subprocess.run([sys.executable, "-c", INGEST, "ingest", str(corpus / "files"),
                        "--db", str(db), "--cluster", f"tcp://127.0.0.1:{_free_port()}"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 1
    assert r.stdout == ""
    lines = r.stderr.splitlines()
    assert len(lines) == 1 and "cannot reach the Dask scheduler" in lines[0], r.stderr
    assert not db.exists()


@pytest.mark.parametrize("address", ["tcp://nowhere", "local:0", "udp://h:1", "local:x"])
def test_a_malformed_cluster_address_is_bad_usage(tmp_path, address):
    r = subprocess.run([sys.executable, "-c", INGEST, "ingest", "x.txt", "--db",
                        str(tmp_path / "x.db"), "--cluster", address],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2
    assert len(r.stderr.splitlines()) == 1 and "--cluster" in r.stderr, r.stderr
    assert not (tmp_path / "x.db").exists()


def test_jobs_and_cluster_together_are_bad_usage(tmp_path):
    r = subprocess.run([sys.executable, "-c", INGEST, "ingest", "x.txt", "--db",
                        str(tmp_path / "x.db"), "--cluster", "local:2", "--jobs", "2"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2
    assert len(r.stderr.splitlines()) == 1 and "--jobs and --cluster" in r.stderr, r.stderr
    assert not (tmp_path / "x.db").exists()


def test_addresses():
    assert parse_address("local:3") == ("local", 3)
    assert parse_address("tcp://10.0.0.5:8786") == ("tcp", "tcp://10.0.0.5:8786")
    assert parse_address("local")[0] == "local"


def _stored(db):
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as c:
            return c.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


@pytest.fixture(scope="module")
def long_corpus(tmp_path_factory):
    """Long enough that a kill lands between the writer's first commit and its last,
    with the store one process makes of it."""
    folder = tmp_path_factory.mktemp("long") / "corpus"
    bench = _corpus_module()
    bench.write_folder(folder, bench.generate(120, seed=9, size=2000))
    store = open_store(":memory:")
    assert ingest(store, [str(folder)], jobs=1).added == 120
    return folder, snapshot(store)


def test_the_client_killed_leaves_whole_articles_and_a_rerun_finishes(tmp_path, cluster,
                                                                      long_corpus):
    folder, want = long_corpus
    db = tmp_path / "killed.db"
    argv = [sys.executable, "-c", INGEST_SMALL_COMMITS, "ingest", str(folder), "--db", str(db),
            "--cluster", "local:2"]
    p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                         start_new_session=True)
    deadline = time.monotonic() + 120
    while _stored(db) < 1 and p.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.killpg(p.pid, signal.SIGKILL)          # the client and the workers it started
    p.wait()
    assert "Traceback" not in p.stderr.read()
    store = open_store(db)
    c = store.conn
    stored = c.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert 0 < stored < 120, "the kill came after the last commit: make the corpus longer"
    # every article there is whole: as many mentions as the same article in one process
    mentions = {}
    for _id, _event, article, *_ in want["mentions"]:
        mentions[article] = mentions.get(article, 0) + 1
    by_source = {row[1]: mentions.get(row[0], 0) for row in want["articles"]}
    for source, n in c.execute("SELECT a.source, count(m.id) FROM articles a LEFT JOIN "
                               "mentions m ON m.article_id = a.id GROUP BY a.id"):
        assert n == by_source[source], source
    # the rerun, on the shared cluster, finishes the job: the store one process makes
    report = ingest(store, [str(folder)], cluster=cluster)
    assert (report.unchanged, report.added) == (stored, 120 - stored)
    got = snapshot(store)
    for table in want:
        assert got[table] == want[table], table
