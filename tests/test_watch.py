"""`dateline watch` against a real local HTTP server: conditional requests, backoff,
politeness, robots.txt, the cap on new items, and resuming after Ctrl-C."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from local_site import Site, page, rss

from store.db import open_memory, open_store
from store.read.url import USER_AGENT
from store.watch import Watcher, parse_every, watched

STORY = "Syrian troops entered Palmyra on Thursday.\n\nThe town fell to the group last May."


class Clock:
    def __init__(self):
        self.at = datetime(2016, 3, 26, 12, 0, tzinfo=timezone.utc)

    def __call__(self):
        return self.at

    def advance(self, seconds: float):
        self.at += timedelta(seconds=seconds)


@pytest.fixture
def site():
    with Site() as s:
        yield s


def add_story(site, n: int) -> dict:
    link = site.add(f"/story/{n}", page(f"Story {n}", STORY, f"2016-03-{10 + n:02d}"))
    return {"title": f"Story {n}", "link": link, "pubDate": f"{10 + n} Mar 2016 10:00:00 GMT"}


def watcher(store, clock=None, **kw):
    kw.setdefault("spacing", 0.0)
    return Watcher(store, every=900, now=clock or Clock(), timeout=5, **kw)


def test_unchanged_feed_costs_one_304_and_new_items_only_are_fetched(site):
    items = [add_story(site, 1), add_story(site, 2)]
    feed = site.add("/feed", rss(items), ctype="application/rss+xml")
    store = open_memory()
    w = watcher(store)
    first = w.poll(feed)
    assert (first.outcome, first.added) == ("new", 2) and first.events > 0
    (row,) = watched(store)
    assert row["etag"] and row["failures"] == 0 and row["articles_added"] == 2
    assert row["kind"] == "feed"

    before = len(site.hits)
    second = w.poll(feed)
    assert second.line() == f"{feed}: unchanged"
    assert [(h.path, h.status) for h in site.hits[before:]] == [("/feed", 304)]
    assert site.hits[-1].if_none_match == row["etag"]

    site.add("/feed", rss([add_story(site, 3), *items]), ctype="application/rss+xml")
    third = w.poll(feed)
    assert (third.outcome, third.added) == ("new", 1)
    assert site.count("/story/1") == 1 and site.count("/story/3") == 1
    assert watched(store)[0]["articles_added"] == 3


def test_last_modified_alone_also_makes_a_conditional_request(site):
    feed = site.add("/feed", rss([add_story(site, 1)]), etag=False,
                    modified="Sat, 26 Mar 2016 10:00:00 GMT")
    store = open_memory()
    w = watcher(store)
    assert w.poll(feed).added == 1
    assert w.poll(feed).outcome == "unchanged"
    assert site.hits[-1].if_modified_since == "Sat, 26 Mar 2016 10:00:00 GMT"


def test_a_failing_source_backs_off_exponentially_and_recovers(site):
    feed = site.add("/feed", b"down", status=500)
    store = open_memory()
    clock = Clock()
    w = watcher(store, clock)
    p = w.poll(feed)
    assert p.failed and p.line() == f"{feed}: the server answered 500 Internal Server Error"
    row = watched(store)[0]
    assert row["failures"] == 1 and row["next_poll"] == "2016-03-26T12:15:00+00:00"

    hits = site.count("/feed")
    waiting = w.poll(feed)                                  # not due: no request at all
    assert waiting.outcome == "waiting" and site.count("/feed") == hits
    assert "1 failed poll in a row" in waiting.line()

    clock.advance(15 * 60)
    assert w.poll(feed).failed
    row = watched(store)[0]
    assert row["failures"] == 2 and row["next_poll"] == "2016-03-26T12:45:00+00:00"  # 2 x 15m
    clock.advance(30 * 60)
    assert w.poll(feed).failed and watched(store)[0]["next_poll"] == "2016-03-26T13:45:00+00:00"

    site.add("/feed", rss([add_story(site, 1)]))
    clock.advance(60 * 60)
    ok = w.poll(feed)
    assert ok.added == 1
    row = watched(store)[0]
    assert row["failures"] == 0 and row["next_poll"] is None
    assert row["last_ok"] == "2016-03-26T13:45:00+00:00"


def test_retry_after_is_honoured_when_longer_than_the_backoff(site):
    feed = site.add("/feed", b"busy", status=503, headers={"Retry-After": "7200"})
    store = open_memory()
    w = watcher(store)
    assert w.poll(feed).failed
    assert watched(store)[0]["next_poll"] == "2016-03-26T14:00:00+00:00"


def test_robots_txt_is_obeyed(site):
    site.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", ctype="text/plain")
    feed = site.add("/private/feed", rss([add_story(site, 1)]))
    store = open_memory()
    p = watcher(store).poll(feed)
    assert p.failed and "robots.txt of 127.0.0.1:" in p.reason and "does not allow" in p.reason
    assert site.count("/private/feed") == 0


def test_requests_to_one_host_are_spaced_and_name_dateline_and_its_version(site):
    feed = site.add("/feed", rss([add_story(site, n) for n in (1, 2, 3)]))
    store = open_memory()
    watcher(store, spacing=0.25).poll(feed)
    hits = list(site.hits)
    assert [h.path for h in hits] == ["/robots.txt", "/feed", "/story/1", "/story/2",
                                      "/story/3"]
    gaps = [b.at - a.at for a, b in zip(hits, hits[1:], strict=False)]
    assert min(gaps) >= 0.2, gaps
    assert {h.agent for h in hits} == {USER_AGENT}
    assert USER_AGENT.startswith("dateline/") and "://" not in USER_AGENT


def test_a_poll_takes_at_most_max_new_items_and_the_rest_next_time(site):
    feed = site.add("/feed", rss([add_story(site, n) for n in range(1, 6)]))
    store = open_memory()
    w = watcher(store, max_new=2)
    first = w.poll(feed)
    assert (first.added, first.more) == (2, 3)
    assert first.line().endswith("(3 more next poll)")
    assert watched(store)[0]["etag"] is None            # not done: ask again in full
    assert [w.poll(feed).added for _ in range(2)] == [2, 1]
    assert w.poll(feed).outcome == "unchanged"


def test_ctrl_c_mid_poll_keeps_whole_articles_and_the_next_poll_resumes(site):
    feed = site.add("/feed", rss([add_story(site, n) for n in range(1, 5)]))
    store = open_memory()
    w = watcher(store)
    real_get = w.fetcher.get

    def interrupting_get(url, **kw):
        if url.endswith("/story/3"):
            raise KeyboardInterrupt
        return real_get(url, **kw)

    w.fetcher.get = interrupting_get
    with pytest.raises(KeyboardInterrupt):
        w.poll(feed)
    stored = [r[0] for r in store.conn.execute("SELECT source FROM articles ORDER BY id")]
    assert stored == [site.url("/story/1"), site.url("/story/2")]
    # every stored article is whole: its mentions are there too
    orphans = store.conn.execute("SELECT count(*) FROM articles a WHERE NOT EXISTS "
                                 "(SELECT 1 FROM mentions m WHERE m.article_id = a.id)")
    assert orphans.fetchone()[0] == 0
    assert watched(store) == []                          # no validators saved mid-poll

    w.fetcher.get = real_get
    again = w.poll(feed)
    assert again.added == 2
    assert site.count("/story/1") == 1 and site.count("/story/4") == 1


def test_folder_is_polled_for_new_and_changed_files(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a.txt").write_text("Talks began on Monday, March 21, 2016.")
    store = open_memory()
    clock = Clock()
    w = watcher(store, clock)
    assert w.poll(str(folder)).added == 1
    clock.advance(60)
    assert w.poll(str(folder)).outcome == "unchanged"
    (folder / "b.txt").write_text("Troops moved on Friday, March 25, 2016.")
    assert w.poll(str(folder)).added == 1


def test_unreachable_host_and_slow_server_are_one_line_each(site):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    slow = site.add("/slow", rss([]), delay=2.0)
    store = open_memory()
    w = Watcher(store, now=Clock(), timeout=0.5, spacing=0.0)
    dead = w.poll(f"http://127.0.0.1:{port}/feed")
    assert dead.failed and dead.reason.startswith("cannot reach host (")
    late = w.poll(slow)
    assert late.failed and "\n" not in late.line()


def test_every_parses_human_intervals():
    assert [parse_every(t) for t in ("15m", "90s", "2h", "1d", "30")] == [900, 90, 7200,
                                                                         86400, 30]
    with pytest.raises(ValueError):
        parse_every("soon")


def test_cli_watch_once_prints_one_line_a_source_and_exits(site, tmp_path, capsys):
    from tui.cli import main

    feed = site.add("/feed", rss([add_story(site, 1)]))
    db = str(tmp_path / "w.db")
    missing = str(tmp_path / "nowhere")
    code = main(["watch", feed, missing, "--db", db, "--once", "--delay", "0.01"])
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert code == 1                                     # one source failed
    assert len(lines) == 2
    assert lines[0].endswith(f"{feed}: 1 new article, {lines[0].split(', ')[1]}")
    assert lines[1].endswith(f"{missing}: no such file or folder")
    assert "Traceback" not in err
    assert main(["watch", feed, "--db", db, "--once", "--delay", "0.01"]) == 0
    assert capsys.readouterr().out.rstrip().endswith(f"{feed}: unchanged")
    store = open_store(db)
    assert {r["source"]: r["articles_added"] for r in watched(store)} == {feed: 1, missing: 0}
