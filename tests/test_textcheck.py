"""Walked events tested by their own text (store/query/textcheck.py) match as the index
does, and the schema 15 upgrade (store/schema.py faster_lookups) keeps every search."""

import sqlite3

import pytest

from store import schema
from store.browse import Browser
from store.db import open_memory, open_store
from store.fts import TOKENIZE
from store.query import source, textcheck

EVENTS = [
    ("Troops captured the hill", "the army said it would capture more ground"),
    ("Café reopened in the old town", "owners of the cafe celebrated"),
    ("Talks in the city of Geneva", "delegates met in the city centre"),
    ("City council voted", "the vote of the council was close"),
    ("Floods reached the delta", "rain fell for a week"),
    ("Rain stopped", None),
]
EXPRESSIONS = ['"capture"', '"captured"', '"cafe"', '"café"', '"the city of"', '"city"',
               '"city" NOT "council"', '"rain" OR "flood"', '"delta" AND "week"', '"nowhere"',
               '"the" "city"']


def _fill(conn):
    for i, (title, body) in enumerate(EVENTS, start=1):
        conn.execute('INSERT INTO events (id, value, start, "end", granularity, title, body) '
                     "VALUES (?, '2016', '2016-01-01', '2016-12-31', 'year', ?, ?)",
                     (i, title, body))


@pytest.mark.parametrize("fts", EXPRESSIONS)
def test_text_check_matches_what_the_index_matches(fts):
    store = open_memory()
    _fill(store.conn)
    ids = list(range(1, len(EVENTS) + 2))  # and an id with no event
    indexed = {i for (i,) in store.conn.execute(
        "SELECT rowid FROM events_fts WHERE events_fts MATCH ?", (fts,))}
    assert textcheck.usable(store.conn)
    assert textcheck.matching(store.conn, fts, ids) == indexed
    assert textcheck.check(store.conn, fts, keeps=False)(ids) == set(ids) - indexed


PREFILTERED = [
    ("Relational models", "a relation of the two"),
    ("HAPPILY the talks ended", "happiness returned"),
    ("Possibility of rain", "it was possible"),
    ("The hopping frogs", "they hopped away"),
    ("Agreed terms", "the sides agree"),
    ("Un café à Genève", "CAFÉ owners"),
    ("Conditional offer", "the conditions were met"),
    ("Plain news", "nothing of note"),
]
PREFILTER_QUERIES = ['"relational"', '"happily"', '"happiness"', '"possible"', '"possibility"',
                     '"hop"', '"agree"', '"cafe"', '"geneve"', '"conditions"',
                     '"relation" AND "two"', '"the talks ended"', '"nothing of note" AND "plain"']


@pytest.mark.parametrize("fts", PREFILTER_QUERIES)
def test_prefilter_keeps_every_event_the_index_matches_and_drops_others(fts):
    store = open_memory()
    for i, (title, body) in enumerate(PREFILTERED, start=1):
        store.conn.execute('INSERT INTO events (id, value, start, "end", granularity, title, '
                           "body) VALUES (?, '2016', '2016-01-01', '2016-12-31', 'year', ?, ?)",
                           (i, title, body))
    indexed = {i for (i,) in store.conn.execute(
        "SELECT rowid FROM events_fts WHERE events_fts MATCH ?", (fts,))}
    assert indexed  # each query finds something: the prefilter must keep it
    sql, params = textcheck.prefilter(store.conn, fts)
    passed = {i for (i,) in store.conn.execute(f"SELECT e.id FROM events e WHERE {sql}", params)}
    assert indexed <= passed
    assert len(passed) < len(PREFILTERED)  # and it drops events, or it is no filter


def test_every_token_begins_with_the_stable_prefix_of_its_stem():
    """Porter's endings, stacked, on made-up and real stems: the prefix the substring
    test looks for is in each word whose stem it came from."""
    endings = ["", "ational", "tional", "enci", "anci", "izer", "bli", "alli", "entli", "eli",
               "ousli", "ization", "ation", "ator", "alism", "iveness", "fulness", "ousness",
               "aliti", "iviti", "biliti", "logi", "icate", "ative", "alize", "iciti", "ical",
               "ful", "ness", "ance", "ence", "er", "able", "ible", "ement", "ment", "ion",
               "ism", "ate", "iti", "ous", "ive", "ize", "sses", "ies", "ss", "s", "eed", "ed",
               "ing", "y", "e", "ll", "at", "bl", "iz", "ly"]
    words = [root + a + b for root in ("rel", "hop", "troubl", "happ", "aab", "sensi", "fil")
             for a in endings for b in endings]
    conn = sqlite3.connect(":memory:")
    conn.execute(f"CREATE VIRTUAL TABLE t USING fts5(x, tokenize='{TOKENIZE}')")
    conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, instance)")
    conn.executemany("INSERT INTO t (rowid, x) VALUES (?, ?)", enumerate(words, start=1))
    stems = conn.execute("SELECT term, doc FROM v").fetchall()
    assert any(words[doc - 1] != stem for stem, doc in stems)
    assert [(words[doc - 1], stem) for stem, doc in stems
            if not words[doc - 1].startswith(textcheck.stable_prefix(stem))] == []


@pytest.mark.parametrize("fts", ['"city" OR "town"', '("city") NOT ("town")', 'city', ""])
def test_no_prefilter_for_expressions_the_compiler_does_not_make(fts):
    assert textcheck.prefilter(open_memory().conn, fts) is None


def test_text_check_runs_on_a_read_only_store_and_mid_walk(tmp_path):
    path = tmp_path / "s.db"
    store = open_store(path)
    with store.write():
        _fill(store.conn)
    store.close()
    ro = open_store(path, read_only=True)
    check = textcheck.check(ro.conn, '"city"')
    walk = ro.conn.execute("SELECT id FROM events ORDER BY id")
    first = [i for (i,) in walk.fetchmany(3)]
    assert check(first) == {3}
    assert check([i for (i,) in walk.fetchall()]) == {4}
    ro.close()


def test_a_store_whose_index_reads_other_text_is_not_tested_by_text():
    """The check reads events.title/body: an index over other text (an older layout, or
    one rebuilt by hand) must keep FTS5 probes."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE events_fts USING fts5(title, body)")
    assert not textcheck.usable(conn)


def test_checked_articles_are_the_names_that_hold_the_whole_text():
    store = open_memory()
    names = ["Courier 59", "Courier 5", "59 Street Courier", "The Courier 590", "Herald"]
    for i, outlet in enumerate(names, start=1):
        store.conn.execute("INSERT INTO articles (id, source, hash, outlet, text, added) "
                           "VALUES (?, ?, ?, ?, 'x', 'now')", (i, f"s{i}", f"h{i}", outlet))
    pattern = "%courier 59%"
    assert sorted(source.checked_articles(store.conn, "courier 59", pattern, 100)) == [1, 4]
    # every trigram in more articles than the cap: not listed this way
    assert source.checked_articles(store.conn, "courier", "%courier%", 2) is None


def test_an_outlet_is_listed_up_to_more_articles_in_a_bigger_store():
    small, big = open_memory(), open_memory()
    for store, n in ((small, 100), (big, 2_000_000)):
        store.conn.execute("INSERT INTO articles (id, source, hash, text, added) "
                           "VALUES (?, 'a', 'h', 'x', 'now')", (n // 7,))
        store.conn.execute('INSERT INTO events (id, value, start, "end", granularity, title) '
                           "VALUES (?, '2016', '2016', '2016', 'year', 't')", (n,))
        store.conn.execute("INSERT INTO mentions (id, event_id, article_id, start, \"end\", "
                           "phrase, type, value, sentence, sentence_start, sentence_end) "
                           "VALUES (?, ?, ?, 0, 1, 'p', 'DATE', 'v', 's', 0, 1)",
                           (n, n, n // 7))
    assert source.list_limit(small.conn) == source.FEW_ARTICLES
    assert source.list_limit(big.conn) > source.FEW_ARTICLES


def as_schema_14(conn) -> None:
    conn.execute("DROP INDEX mentions_article")
    conn.execute("CREATE INDEX mentions_article ON mentions(article_id, start)")
    conn.execute("DROP INDEX events_sources")
    conn.execute("CREATE INDEX events_sources ON events(n_sources, start, id)")
    conn.execute("PRAGMA user_version = 14")


def test_schema_15_upgrade_keeps_every_search(tmp_path):
    """A store at schema 14 upgrades: an outlet's events come from mentions_article
    (article_id, event_id), events_sources holds n_sources alone, each full-text index is
    one segment, and searches answer as before."""
    from seeds import SEEDS_DIR
    from store.ingest import ingest

    path = tmp_path / "s.db"
    store = open_store(path)
    ingest(store, [str(SEEDS_DIR)])
    queries = ["palmyra", "-palmyra", "source:reuters", "sources:2", "palmyra source:bbc",
               '"the city"', "precision:day -army"]
    before = {q: [r.id for r in Browser(store, q).first(1000)] for q in queries}
    as_schema_14(store.conn)
    store.close()

    told = []
    store = open_store(path, on_upgrade=told.append)
    assert len(told) == 1 and "from schema 14 to 15" in told[0]
    columns = {name: [c for _, _, c in store.conn.execute(
        "SELECT * FROM pragma_index_info(?)", (name,))]
        for name in ("mentions_article", "events_sources")}
    assert columns == {"mentions_article": ["article_id", "event_id"],
                       "events_sources": ["n_sources"]}
    for table in ("events_fts", "article_names"):
        segments = store.conn.execute(f"SELECT count(DISTINCT segid) FROM {table}_idx").fetchone()
        assert segments == (1,), table
        store.conn.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('integrity-check', 1)")
    assert {q: [r.id for r in Browser(store, q).first(1000)] for q in queries} == before
    assert schema.user_version(store.conn) == schema.SCHEMA_VERSION
    store.close()


def test_schema_15_upgrade_tells_its_steps(tmp_path):
    """The index rebuilds and full-text merges take minutes on an archive-sized store: the
    upgrade reports each step, so the terminal is not silent meanwhile."""
    from seeds import SEEDS_DIR
    from store.ingest import ingest

    store = open_store(tmp_path / "s.db")
    ingest(store, [str(SEEDS_DIR)])
    as_schema_14(store.conn)
    told = []
    assert schema.migrate(store.conn, progress=lambda *a: told.append(a)) == 14
    assert [t[2] for t in told] == ["steps"] * len(told)
    assert [t[0] for t in told] == sorted(t[0] for t in told)
    assert told[-1][:2] == (told[-1][1], told[-1][1]) and len(told) >= told[-1][1]
