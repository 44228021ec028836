"""Feeds and news sitemaps from a real local HTTP server: each item's page is read like any
page, the listing's metadata fills what the page lacks, and bad input is one line each."""

from __future__ import annotations

import gzip
import json

import pytest
from local_site import Site, page, rss

from store.db import open_memory
from store.ingest import ingest
from store.model import RawArticle, ReadProblem
from store.read import ReadNote, read_inputs

STORY = ("Syrian troops entered Palmyra on Thursday, state media said.\n\n"
         "The town fell to the Islamic State group last May.")


def articles(store):
    rows = store.conn.execute("SELECT source, title, outlet, url, published, published_from "
                              "FROM articles ORDER BY source").fetchall()
    return {r[0]: dict(zip(("source", "title", "outlet", "url", "published", "from"), r,
                           strict=True)) for r in rows}


@pytest.fixture
def site():
    with Site() as s:
        yield s


def test_rss_served_as_html_is_still_a_feed_and_each_page_is_read(site):
    dated = site.add("/a", page("Troops enter Palmyra", STORY, "2016-03-26T10:00:00Z"))
    undated = site.add("/b", page("Ruins intact", "Experts said on Friday the temple stood."))
    feed = site.add("/feed", rss([
        {"title": "Feed title A", "link": dated, "pubDate": "Fri, 25 Mar 2016 09:00:00 GMT"},
        {"title": "Feed title B", "link": undated, "pubDate": "Sun, 27 Mar 2016 22:30:00 -0500",
         "description": "short"},
    ]), ctype="text/html; charset=utf-8")
    store = open_memory()
    report = ingest(store, [feed])
    assert report.ok and report.added == 2, report
    arts = articles(store)
    # the page's own date wins; the item's date is the fallback, as the outlet wrote the day
    assert (arts[dated]["published"], arts[dated]["from"]) == ("2016-03-26", "metadata")
    assert (arts[undated]["published"], arts[undated]["from"]) == ("2016-03-27", "feed")
    assert arts[dated]["title"] == "Troops enter Palmyra"
    assert arts[undated]["outlet"] == "Example Wire"          # the channel, as outlet fallback
    text = store.conn.execute("SELECT dateline_text(text) FROM articles WHERE source = ?", (dated,)).fetchone()
    assert "fell to the Islamic State group last May" in text[0]
    # the feed was read as a feed: its pages were fetched, nothing stored under the feed URL
    assert feed not in arts and site.count("/a") == 1 and site.count("/b") == 1


def atom_feed(site, tmp_path):
    """(an Atom file with one entry: title, date, author; the site's page it links to)."""
    link = site.add("/story", "<html><body><p>" + "Officials met on Monday. " * 8 +
                    "</p></body></html>")
    atom = tmp_path / "news.xml"
    atom.write_text(f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title>
<entry><title>Talks open</title><id>urn:1</id><link rel="alternate" href="{link}"/>
<published>2016-04-04T08:00:00+02:00</published><author><name>R. Writer</name></author>
<summary>Talks opened.</summary></entry></feed>""")
    return atom, link


def test_atom_file_links_to_pages_and_lends_title_and_date(site, tmp_path):
    atom, link = atom_feed(site, tmp_path)
    (art,) = list(read_inputs([str(atom)]))
    assert isinstance(art, RawArticle)
    assert (art.source, art.title, art.published, art.published_from) == (
        link, "Talks open", "2016-04-04", "feed")
    assert "Officials met on Monday." in art.text


@pytest.mark.parametrize("doc", [
    # RSS 1.0 (RDF)
    """<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
    <channel rdf:about="x"><title>RDF Wire</title><link>http://x</link><description>d</description>
    </channel><item rdf:about="{link}"><title>RDF item</title><link>{link}</link>
    <dc:date>2016-05-02T10:00:00Z</dc:date></item></rdf:RDF>""",
    # RSS 0.91
    """<?xml version="1.0"?><rss version="0.91"><channel><title>Old Wire</title>
    <link>http://x</link><description>d</description><language>en</language>
    <item><title>Old item</title><link>{link}</link></item></channel></rss>""",
])
def test_rss_1_0_and_0_91_are_read(site, tmp_path, doc):
    link = site.add("/p", page("A page", STORY, "2016-05-02"))
    f = tmp_path / "old.rss"
    f.write_text(doc.format(link=link))
    (art,) = list(read_inputs([str(f)]))
    assert isinstance(art, RawArticle) and art.source == link and art.published == "2016-05-02"


def test_json_feed_file(site, tmp_path):
    link = site.add("/j", page("Json page", STORY))
    f = tmp_path / "feed.json"
    f.write_text(json.dumps({
        "version": "https://jsonfeed.org/version/1.1", "title": "JSON Desk",
        "items": [{"id": "1", "url": link, "title": "From JSON",
                   "date_published": "2016-03-24T12:00:00Z", "authors": [{"name": "A"}]},
                  "not an item"]}))
    items = list(read_inputs([str(f)]))
    prob, art = items
    assert isinstance(prob, ReadProblem) and "1 item is not an object" in prob.reason
    assert (art.source, art.published, art.published_from, art.outlet) == (
        link, "2016-03-24", "feed", "JSON Desk")


def test_unfetchable_pages_fall_back_to_the_items_text_said_once(site):
    ok = site.add("/ok", page("Fine", STORY, "2016-03-26"))
    feed = site.add("/feed.rss", rss([
        {"title": "Gone one", "link": site.url("/gone1"), "pubDate": "Sat, 26 Mar 2016 10:00:00 GMT",
         "description": "<p>Troops advanced on <b>Saturday</b>.</p>"},
        {"title": "Gone two", "link": site.url("/gone2"), "description": "Talks began on Monday."},
        {"title": "Fine", "link": ok},
    ]), ctype="application/rss+xml")
    store = open_memory()
    report = ingest(store, [feed])
    assert report.ok and report.added == 3
    fallback = [n for n in report.notes if "could not be read" in n]
    assert len(fallback) == 1
    assert fallback[0].startswith(f"{feed}: 2 of 3 linked pages could not be read (first: "
                                  f"{site.url('/gone1')}: the server answered 404")
    arts = articles(store)
    assert arts[site.url("/gone1")]["published"] == "2016-03-26"
    text = store.conn.execute("SELECT dateline_text(text) FROM articles WHERE source = ?",
                              (site.url("/gone1"),)).fetchone()[0]
    assert "Troops advanced on Saturday" in text and "<b>" not in text


def test_malformed_feed_says_so_once_and_its_good_items_go_in(site, tmp_path):
    good = site.add("/good", page("Good", STORY, "2016-03-26"))
    f = tmp_path / "broken.xml"
    f.write_text(rss([{"title": "Good", "link": good}]).replace("</channel></rss>",
                                                                   "<item><title>cut off"))
    items = list(read_inputs([str(f)]))
    problems = [i for i in items if isinstance(i, ReadProblem)]
    assert len(problems) == 1 and problems[0].where == str(f)
    assert problems[0].reason.startswith("malformed feed (")
    assert any(isinstance(i, RawArticle) and i.source == good for i in items)


def test_item_without_link_keeps_its_text_and_empty_item_is_one_line(site, tmp_path):
    f = tmp_path / "f.rss"
    f.write_text(rss([{"title": "No link", "guid": "g-1", "description": "Police said on Friday."},
                      {"title": "Nothing at all"}]))
    items = list(read_inputs([str(f)]))
    art = next(i for i in items if isinstance(i, RawArticle))
    assert art.source == f"{f}#g-1" and "Police said on Friday." in art.text
    probs = [i for i in items if type(i) is ReadProblem]
    assert [p.reason for p in probs] == ["item 2 ('Nothing at all') has no link and no text; "
                                         "skipped"]
    assert any(isinstance(i, ReadNote) and "1 of 2 items have no link" in i.reason
               for i in items)


NEWS_NS = ('xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
           'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"')


def news_sitemap(entries):
    body = "".join(
        f"<url><loc>{loc}</loc><news:news><news:publication><news:name>{name}</news:name>"
        f"<news:language>en</news:language></news:publication>"
        f"<news:publication_date>{when}</news:publication_date>"
        f"<news:title>{title}</news:title></news:news></url>"
        for loc, name, when, title in entries)
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset {NEWS_NS}>{body}</urlset>'


def test_news_sitemap_index_is_followed_and_a_self_listing_index_is_one_line(site):
    a = site.add("/n/a", "<html><body><p>" + "The council voted on Tuesday. " * 6 +
                 "</p></body></html>")
    b = site.add("/n/b", page("B page", STORY, "2016-03-26"))
    site.add("/sm-1.xml", news_sitemap([(a, "Daily Gazette", "2016-03-22T09:00:00+00:00",
                                         "Council votes")]), ctype="application/xml")
    site.add("/sm-2.xml.gz", gzip.compress(news_sitemap(
        [(b, "Daily Gazette", "2016-03-26", "B")]).encode()), ctype="application/x-gzip")
    index = site.add("/index.xml", f"""<?xml version="1.0"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{site.url('/sm-1.xml')}</loc></sitemap>
<sitemap><loc>{site.url('/index.xml')}</loc></sitemap>
<sitemap><loc>{site.url('/sm-2.xml.gz')}</loc></sitemap></sitemapindex>""",
                     ctype="text/plain")
    store = open_memory()
    report = ingest(store, [index])
    assert report.added == 2
    assert report.problems == [f"{index}: lists {index}, a sitemap already read (it points "
                               "to itself or loops); not followed"]
    arts = articles(store)
    assert (arts[a]["published"], arts[a]["from"], arts[a]["title"], arts[a]["outlet"]) == (
        "2016-03-22", "sitemap", "Council votes", "Daily Gazette")
    assert arts[b]["published"] == "2016-03-26" and arts[b]["from"] == "metadata"
    assert site.count("/index.xml") == 1


def test_redirect_loop_is_one_line(site):
    site.add("/loop1", status=302, location="/loop2")
    site.add("/loop2", status=302, location="/loop1")
    (prob,) = list(read_inputs([site.url("/loop1")]))
    assert prob.reason.startswith("redirect loop")


def test_gzip_bomb_is_refused_in_one_line(site):
    bomb = gzip.compress(b"<p>" + b" " * (30 * 1024 * 1024))
    assert len(bomb) < 100_000
    url = site.add("/bomb", bomb, ctype="text/html", headers={"Content-Encoding": "gzip"})
    (prob,) = list(read_inputs([url], size_limit=1024 * 1024))
    assert prob.where == url and "gzip bomb" in prob.reason


def test_a_feed_items_page_over_max_size_is_one_line_and_the_rest_go_in(site):
    big = site.add("/big", page("Big", "Troops moved on Friday. " * 5000))
    small = site.add("/small", page("Small", STORY))
    feed = site.add("/f", rss([{"title": "Big", "link": big}, {"title": "Small", "link": small}]))
    items = list(read_inputs([feed], size_limit=64 * 1024))
    probs = [i for i in items if isinstance(i, ReadProblem)]
    assert [(p.where, "over the" in p.reason) for p in probs] == [(big, True)]
    assert [i.source for i in items if isinstance(i, RawArticle)] == [small]


def test_cli_ingest_of_a_feed_prints_the_note_and_counts(site, tmp_path, capsys):
    from tui.cli import main

    feed = site.add("/feed", rss([{"title": "Gone", "link": site.url("/gone"),
                                   "description": "Talks began on Monday."}]))
    code = main(["ingest", feed, "--db", str(tmp_path / "d.db")])
    out, err = capsys.readouterr()
    assert code == 0
    assert "1 added" in out
    assert f"note: {feed}: 1 of 1 linked pages could not be read" in err
    assert "Traceback" not in err


def test_a_redirected_item_page_is_read_at_its_final_address(site):
    final = site.add("/final", "<html><body><p>" + "Rebels withdrew on Sunday. " * 6 +
                     "</p></body></html>")
    moved = site.add("/moved", status=301, location="/final")
    feed = site.add("/f", rss([{"title": "Moved", "link": moved,
                                "pubDate": "Mon, 28 Mar 2016 10:00:00 GMT"}]))
    (art,) = list(read_inputs([feed]))
    assert (art.source, art.url, art.published) == (moved, final, "2016-03-28")


def test_an_item_without_a_date_anywhere_is_stored_and_said_once(site):
    link = site.add("/nodate", "<html><body><p>" + "Talks began on Monday. " * 6 +
                    "</p></body></html>")
    feed = site.add("/f", rss([{"title": "Undated", "link": link}]))
    store = open_memory()
    report = ingest(store, [feed])
    assert report.added == 1
    assert [n for n in report.notes if "no publication date" in n] == [
        f"{link}: no publication date found: only absolute dates were resolved; give one "
        "with --published DATE or a manifest.json"]


def test_a_folder_reads_its_feeds_and_passes_over_other_xml(site, tmp_path):
    link = site.add("/p", page("P", STORY, "2016-03-26"))
    (tmp_path / "feed.xml").write_text(rss([{"title": "P", "link": link}]))
    (tmp_path / "config.xml").write_text("<?xml version='1.0'?><settings><a>1</a></settings>")
    (tmp_path / "note.txt").write_text("Talks began on Monday, March 21, 2016.")
    items = list(read_inputs([str(tmp_path)]))
    assert sorted(i.source for i in items) == sorted([link, str(tmp_path / "note.txt")])
    (prob,) = list(read_inputs([str(tmp_path / "config.xml")]))      # named: one line
    assert prob.reason == "an XML file that is neither a feed nor a news sitemap"


def test_the_items_author_is_kept_where_the_page_names_none(site, tmp_path):
    from store.db import open_memory
    from store.ingest import ingest

    store = open_memory()
    assert ingest(store, [str(atom_feed(site, tmp_path)[0])]).ok
    assert store.conn.execute("SELECT author FROM articles").fetchall() == [("R. Writer",)]
