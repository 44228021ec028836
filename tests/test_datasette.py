"""A data journalist runs `datasette dateline.db`: the search box finds events, a mention
links to its event and its article. Tested against a real server on the loopback address
and with Datasette's own test client."""

import html
import json
import re
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from seeds import SEEDS_DIR

pytest.importorskip("datasette")


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory):
    """The bundled seeds, ingested the way a user does (`dateline ingest seeds --db F`)."""
    path = tmp_path_factory.mktemp("datasette") / "dateline.db"
    r = subprocess.run([sys.executable, "-c", "import sys; from tui.cli import main; "
                        "sys.exit(main())", "ingest", str(SEEDS_DIR), "--db", str(path)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    return path


def palmyra_events(path) -> set[int]:
    """Events whose title or sentences name Palmyra, found without the index."""
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT id, title || ' ' || coalesce(body, '') FROM events").fetchall()
    conn.close()
    word = re.compile(r"\bpalmyra\b", re.IGNORECASE)
    return {eid for eid, text in rows if word.search(text)}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(seeds_db):
    """`datasette dateline.db` on a free loopback port; stopped after the module."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "datasette", "serve", str(seeds_db),
                             "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{base}/-/versions.json", timeout=5).read()
                break
            except (urllib.error.URLError, ConnectionError):
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(f"datasette did not start: {proc.stderr.read()!r}"
                                         ) from None
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        proc.stderr.close()


def get(url: str):
    with urllib.request.urlopen(url, timeout=30) as r:
        body = r.read().decode()
    return json.loads(body) if ".json" in url else body


def test_search_box_returns_only_the_palmyra_events(server, seeds_db):
    expected = palmyra_events(seeds_db)
    total = sqlite3.connect(seeds_db).execute("SELECT count(*) FROM events").fetchone()[0]
    assert expected and len(expected) < total
    rows = get(f"{server}/dateline/events.json?_search=Palmyra&_shape=array&_size=max")
    assert {r["id"] for r in rows} == expected
    page = get(f"{server}/dateline/events")
    assert 'name="_search"' in page  # the table page shows a search box


def test_a_mention_links_to_its_event_and_article(server, seeds_db):
    conn = sqlite3.connect(seeds_db)
    mid, eid, aid, title = conn.execute(
        "SELECT m.id, m.event_id, m.article_id, e.title FROM mentions m "
        "JOIN events e ON e.id = m.event_id ORDER BY m.id LIMIT 1").fetchone()
    conn.close()
    [row] = get(f"{server}/dateline/mentions.json?id={mid}&_labels=on&_shape=array")
    assert row["event_id"] == {"value": eid, "label": title}
    assert row["article_id"]["value"] == aid
    page = get(f"{server}/dateline/mentions?id={mid}")  # the table page links each key
    assert f'href="/dateline/events/{eid}">{html.escape(title)}</a>' in page
    assert f'href="/dateline/articles/{aid}"' in page
    event = get(f"{server}/dateline/events/{eid}.json?_shape=array")
    assert event[0]["title"] == title
    # and the event's page counts the mentions that point at it
    page = get(f"{server}/dateline/events/{eid}")
    assert f'href="/dateline/mentions?event_id={eid}"' in page


async def test_datasette_client_searches_events(seeds_db):
    from datasette.app import Datasette

    ds = Datasette([str(seeds_db)])
    r = await ds.client.get("/dateline/events.json?_search=Palmyra&_shape=array&_size=max")
    assert r.status_code == 200
    assert {row["id"] for row in r.json()} == palmyra_events(seeds_db)
    r = await ds.client.get("/dateline/events.json?_search=Timbuktu&_shape=array")
    assert r.status_code == 200 and r.json() == []


async def test_metadata_describes_tables_and_facets_granularity(seeds_db):
    from datasette.app import Datasette

    from store.datasette_meta import metadata

    ds = Datasette([str(seeds_db)], metadata=metadata("dateline"))
    page = (await ds.client.get("/dateline/events")).text
    assert "what happened on a date" in page  # the table's description
    assert "The distinct sentences that tell it" in page  # a column's description
    r = await ds.client.get("/dateline/events.json?_size=0")
    facets = r.json()["facet_results"]
    granularity = {f["value"]: f["count"] for f in facets["granularity"]["results"]}
    conn = sqlite3.connect(seeds_db)
    assert granularity == dict(conn.execute(
        "SELECT granularity, count(*) FROM events GROUP BY granularity").fetchall())
    # the timeline view: events in date order, each with its earliest source
    rows = (await ds.client.get("/dateline/timeline.json?_shape=array&_size=max")).json()
    assert [r["id"] for r in rows] == [i for (i,) in conn.execute(
        "SELECT id FROM events ORDER BY start, id")]
    first = rows[0]
    assert first["first_published"] == conn.execute(
        "SELECT min(a.published) FROM mentions m JOIN articles a ON a.id = m.article_id "
        "WHERE m.event_id = ?", (first["id"],)).fetchone()[0]
    conn.close()


def test_compressed_article_text_reads_as_text_in_datasette(server, seeds_db):
    """Article text is stored compressed; dateline's plugin shows it (escaped) on the
    article's page and gives SQL `dateline_text()`, so a reader never meets a binary blob."""
    conn = sqlite3.connect(seeds_db)
    aid, kind = conn.execute("SELECT id, typeof(text) FROM articles ORDER BY id LIMIT 1").fetchone()
    conn.close()
    assert kind == "blob"
    [row] = get(f"{server}/dateline.json?sql=select+dateline_text(text)+as+t+from+articles"
                f"+where+id+%3D+{aid}&_shape=array")
    text = row["t"]
    line = next(ln for ln in text.splitlines() if len(ln) > 30)
    assert html.escape(line[:30]) in get(f"{server}/dateline/articles/{aid}")


def test_a_mention_anchor_stored_as_a_mark_reads_as_words_in_datasette(server, seeds_db):
    """The usual anchor sentences are stored as a mark (store/anchors.py); the plugin
    gives Datasette's pages and SQL the words a reader of the details pane sees."""
    from store.anchors import unpack
    conn = sqlite3.connect(seeds_db)
    mid, stored, phrase, day = conn.execute(
        "SELECT id, anchor, phrase, anchor_date FROM mentions WHERE anchor = '~p' "
        "ORDER BY id LIMIT 1").fetchone()
    conn.close()
    words = unpack(stored, phrase, day)
    assert words.startswith(f"'{phrase}' in an article published ")
    assert words in html.unescape(get(f"{server}/dateline/mentions/{mid}"))
    [row] = get(f"{server}/dateline.json?sql=select+dateline_anchor(anchor,+phrase,+anchor_date)"
                f"+as+a+from+mentions+where+id+%3D+{mid}&_shape=array")
    assert row["a"] == words
