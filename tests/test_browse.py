"""Browsing a store: search results, keyset paging, counts, sources and articles.

The fixture store is built with plain INSERTs (as merge would leave it), so
these tests pin down what the app sees, not how events got there.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from store import counts
from store.browse import Browser, EventRow, phrase_in_sentence
from store.db import open_memory
from store.query import QueryError

TODAY = date(2016, 6, 1)

ARTICLES = [
    # id, outlet, title, path, url, published
    (1, "AP", "Syrian forces retake Palmyra", "seeds/ap.txt", None, "2016-03-27"),
    (2, "BBC News", "Palmyra: the ancient city", None, "https://bbc.co.uk/news/palmyra",
     "2016-03-26"),
    (3, "Al Jazeera", "Temple of Bel destroyed", "seeds/aj.txt", None, "2015-08-31"),
]

EVENTS = [
    # id, value, start, end, granularity, title, body, [(article, phrase, sentence)]
    (1, "2015-05", "2015-05-01", "2015-05-31", "month", "Palmyra fell to the Islamic State group",
     "IS fighters captured the city last May", [(1, "last May"), (2, "last May")]),
    (2, "2015-08-23", "2015-08-23", "2015-08-23", "day", "Temple of Baalshamin blown up",
     "The temple was destroyed with explosives", [(3, "Sunday")]),
    (3, "2015-08-30", "2015-08-30", "2015-08-30", "day", "Temple of Bel destroyed",
     "satellite images show the temple of Bel in ruins", [(3, "Aug. 30"), (2, "August 30")]),
    (4, "2016-03", "2016-03-01", "2016-03-31", "month", "Government offensive on Palmyra",
     "the army began its offensive this month", [(1, "this month")]),
    (5, "2016-W09", "2016-02-29", "2016-03-06", "week", "Air strikes around the city",
     "Russian air strikes intensified last week", [(2, "last week")]),
    (6, "2016-03-15", "2016-03-15", "2016-03-15", "day", "Hill 900 captured",
     'Syrian troops captured "Hill 900" on Tuesday', [(1, "on Tuesday")]),
    (7, "2016-03-27", "2016-03-27", "2016-03-27", "day", "Palmyra retaken",
     "government forces retook the ancient city of Palmyra", [(1, "Sunday"), (2, "Sunday")]),
    (8, "2016", "2016-01-01", "2016-12-31", "year", "Reconstruction pledged",
     "UNESCO said the site could be restored this year", [(2, "this year")]),
    (9, "201X", "2010-01-01", "2019-12-31", "decade", "A decade of war",
     "the conflict of this decade; NEAR AND * ^ quotes", [(3, "this decade")]),
]


def build_store(events=EVENTS, articles=ARTICLES):
    store = open_memory()
    conn = store.conn
    text_of = {}
    for aid, _outlet, title, *_ in articles:
        text_of[aid] = f"{title}. "
    for ev in events:
        for aid, phrase in ev[7]:
            text_of[aid] += f"{ev[6].replace(phrase, '')} {phrase}. "
    for aid, outlet, title, path, url, published in articles:
        conn.execute(
            "INSERT INTO articles (id, source, hash, outlet, title, url, path, published, "
            "published_from, text, added) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'metadata', ?, "
            "'2016-06-01')",
            (aid, path or url, f"h{aid}", outlet, title, url, path, published, text_of[aid]))
    for eid, value, start, end, gran, title, body, mentions in events:
        sources = {a for a, _ in mentions}
        # the body in the events row, indexed by the store's own trigger, as the writer
        # stores it (a search may test a walked event by its row's text)
        conn.execute(
            'INSERT INTO events (id, value, start, "end", granularity, title, body, n_sources, '
            "n_mentions) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (eid, value, start, end, gran, title, body, len(sources), len(mentions)))
        counts.adjust(conn, start, +1)
        for aid, phrase in mentions:
            text = text_of[aid]
            at = text.find(f" {phrase}.") + 1
            conn.execute(
                "INSERT INTO mentions (event_id, article_id, start, \"end\", phrase, type, value, "
                "start_date, end_date, granularity, sentence, sentence_start, sentence_end, "
                "anchor, lead) VALUES (?, ?, ?, ?, ?, 'DATE', ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                (eid, aid, at, at + len(phrase), phrase, value, start, end, gran,
                 text[at - 20:at + len(phrase)], at - 20, at + len(phrase),
                 f"published {dict((a[0], a[5]) for a in articles)[aid]}"))
    return store


@pytest.fixture(scope="module")
def store():
    return build_store()


@pytest.fixture(params=["auto", "walk+ids", "walk+probes", "walk+text tests", "ids+source probe",
                        "cost model"])
def plan_mode(request, monkeypatch):
    """Every plan must give the same rows: force each one on the small fixture.

    walk+ids: words and every source: in memory (2-character texts by a scan of
    the names); walk+probes: words and sources tested per walked row in SQL;
    walk+text tests: the same, but words tested on batches of walked rows by
    their own text (textcheck.py) instead of FTS5 probes;
    ids+source probe: words in memory, sources tested from Python on them;
    cost model: the pull-or-probe weighing of a big store (its rowid slice and
    timed probes) run on the small one, whichever way it decides.
    """
    import store.browse
    import store.query.plan as plan
    import store.query.source as source

    if request.param == "cost model":
        monkeypatch.setattr(plan, "SMALL", 0)
        monkeypatch.setattr(store.browse, "SMALL", 0)
        monkeypatch.setattr(plan, "SMALL_STORE", 0)
        monkeypatch.setattr(plan, "FEW_IN_SLICE", 0)
        monkeypatch.setattr(plan, "SLICES", 1)
    elif request.param != "auto":
        monkeypatch.setattr(plan, "SMALL", 0)
        monkeypatch.setattr(store.browse, "SMALL", 0)
        pull = request.param not in ("walk+probes", "walk+text tests")
        if request.param == "walk+text tests":
            monkeypatch.setattr(plan, "TEXT_TESTS", "always")
        monkeypatch.setattr(plan, "PULL_CAP", 10**9 if pull else 0)
        few = request.param == "walk+ids"
        monkeypatch.setattr(source, "FEW_ARTICLES", 10**9 if few else 0)
        monkeypatch.setattr(source, "SHORT_SAMPLE_HITS", 10**9 if few else 0)
    return request.param


def ids(store, query, **kw):
    return [r.id for r in Browser(store, query, today=TODAY).first(1000)]


TIMELINE = [9, 1, 2, 3, 8, 5, 4, 6, 7]  # (start, id) order


@pytest.mark.parametrize("query, expected", [
    ("", TIMELINE),
    ("palmyra", [1, 4, 7]),
    ("Palmyra", [1, 4, 7]),
    ("captured", [1, 6]),                 # stemmed: "captured" finds "capture"
    ("capture", [1, 6]),
    ("temple", [2, 3]),
    ("temple bel", [3]),                  # words are ANDed
    ('"temple of bel"', [3]),
    ('"bel temple"', []),                 # a phrase keeps its order
    ("temple -bel", [2]),
    ('palmyra -"ancient city"', [1, 4]),
    ("-palmyra", [9, 2, 3, 8, 5, 6]),     # exclusion alone
    ("after:2016-03", [4, 6, 7]),         # starts on or after 2016-03-01
    ("before:2016-03", [9, 1, 2, 3, 8, 5]),
    ("after:2015-08 before:2015-10", [2, 3]),
    ("on:2016-03-15", [9, 8, 4, 6]),      # spans that overlap the day
    ("on:2015", [9, 1, 2, 3]),
    ("on:2016-W09", [9, 8, 5, 4]),
    ('on:"March 2016"', [9, 8, 5, 4, 6, 7]),
    ("source:bbc", [1, 3, 8, 5, 7]),      # outlet
    ("source:BBC.CO.UK", [1, 3, 8, 5, 7]),  # url, any case
    ("source:seeds/aj", [9, 2, 3]),       # path
    ("source:ancient", [1, 3, 8, 5, 7]),  # article title
    ("source:nowhere", []),
    ("source:100%", []),                  # LIKE wildcards in the value are literal
    ("precision:day", [2, 3, 6, 7]),
    ("precision:decade", [9]),
    ("sources:2", [1, 3, 7]),
    ("sources:3", []),
    ("article:3", [9, 2, 3]),
    ("temple after:2015-08 before:2015-10 source:aljazeera", [2, 3]),  # the outlet run together
    ("source:bbcnews", [1, 3, 8, 5, 7]),
    ("source:bbcpalmyra", []),            # only the outlet is run together
    ("temple after:2015-08 before:2015-10 source:jazeera", [2, 3]),
    ("palmyra sources:2 precision:day", [7]),
    ("near and", [9]),                    # FTS5 operators are plain words
    ("* ^ : ( ) NEAR(", [9]),             # punctuation alone is no word
    ('"NEAR AND"', [9]),
    ("troops:", None),                    # unknown filter -> QueryError
])
def test_query_results(store, query, expected, plan_mode):
    if expected is None:
        with pytest.raises(QueryError):
            ids(store, query)
    else:
        assert ids(store, query) == expected


def test_count_matches_rows(store):
    for query in ["", "palmyra", "after:2016-03", "before:2016", "source:bbc", "-palmyra",
                  "sources:2 after:2015-06", "on:2016-03-15"]:
        b = Browser(store, query, today=TODAY)
        assert b.count() == len(b.first(1000)), query
        assert b.count_exact


def test_documented_span_cases(store):
    """DATE RULE: a month-long event is on: any of its days; a week that starts in
    February is not after:2016-03-01 (after: looks at where the event starts)."""
    assert 4 in ids(store, "on:2016-03-15")        # event 2016-03 overlaps the day
    assert 4 not in ids(store, "after:2016-03-15")  # but starts before it
    assert 5 not in ids(store, "after:2016-03-01")  # 2016-W09 starts 2016-02-29
    assert 5 in ids(store, "before:2016-03-01")
    assert 5 in ids(store, "on:2016-03-01")


def test_after_and_before_split_the_timeline(store):
    for d in ["2015", "2015-08-30", "2016-W09", "2016-03"]:
        assert sorted(ids(store, f"before:{d}") + ids(store, f"after:{d}")) == sorted(TIMELINE)


def _big_store(n=250):
    events = []
    for i in range(1, n + 1):
        day = f"20{10 + i % 7:02d}-{1 + i % 12:02d}-{1 + (i * 7) % 28:02d}"
        word = "common" if i % 3 else "rare"
        events.append((i, day, day, day, "day", f"event {i} {word}", f"body {i}", [(1, "x")]))
    return build_store(events, ARTICLES[:1])


@pytest.mark.parametrize("query", ["", "common", "rare", "after:2013", "event -rare",
                                   "before:2015 common", "article:1", "on:2013",
                                   "common on:2014-05"])
@pytest.mark.parametrize("page", [1, 7, 100])
def test_keyset_paging_walks_the_whole_ordered_list(query, page, plan_mode):
    store = _big_store()
    b = Browser(store, query)
    full = b.first(10_000)
    assert [r.start for r in full] == sorted(r.start for r in full)
    forward, rows = [], b.first(page)
    while rows:
        forward += rows
        rows = b.after(rows[-1], page)
    assert forward == full
    backward, rows = [], b.last(page)
    while rows:
        backward = rows + backward
        rows = b.before(rows[0], page)
    assert backward == full
    if full:
        assert b.last(3) == full[-3:]
        mid = full[len(full) // 2]
        assert b.at_date(mid.start, 5)[0].start == mid.start
        assert b.at_date(mid.start, 5)[0] == [r for r in full if r.start >= mid.start][0]
        exact = b.plan.hits is not None or b.plan.dates_only or not query
        assert plan_mode == "auto" or b.plan.hits is None or not b.compiled.has_filters
        if exact:
            assert b.position(mid) == full.index(mid)
        else:  # per-row searches place the row by its share of the whole timeline
            assert 0 <= b.position(mid) <= b.count()


def test_position_is_exact_without_filters():
    store = _big_store()
    b = Browser(store, "")
    full = b.first(10_000)
    for i in (0, 1, 57, 200, len(full) - 1):
        assert b.position(full[i]) == i
    b = Browser(store, "after:2013")
    full = b.first(10_000)
    for i in (0, 10, len(full) - 1):
        assert b.position(full[i]) == i


def test_density(store):
    b = Browser(store, "")
    assert dict(b.density("year")) == {"2010": 1, "2015": 3, "2016": 5}
    assert dict(Browser(store, "temple").density("month")) == {"2015-08": 2}
    assert dict(Browser(store, "after:2016").density("month")) == {"2016-01": 1,
                                                                    "2016-02": 1,
                                                                    "2016-03": 3}
    common = dict(Browser(store, "-zzz").density("day"))
    assert sum(common.values()) == len(TIMELINE)
    with pytest.raises(ValueError):
        b.density("week")


def test_event_and_missing(store):
    b = Browser(store)
    ev = b.event(6)
    assert isinstance(ev, EventRow)
    assert (ev.value, ev.start, ev.end, ev.granularity, ev.title) == (
        "2016-03-15", "2016-03-15", "2016-03-15", "day", "Hill 900 captured")
    assert b.event(999) is None
    assert b.article(999) is None
    assert b.sources(999) == []


def test_sources_oldest_article_first_with_phrase_offsets(store):
    rows = Browser(store).sources(3)
    assert [(r.outlet, r.published) for r in rows] == [("Al Jazeera", "2015-08-31"),
                                                         ("BBC News", "2016-03-26")]
    for r in rows:
        a, b = r.phrase_at
        assert r.sentence[a:b] == r.phrase
        text = Browser(store).article(r.article_id).text
        assert text[r.start:r.end] == r.phrase
        assert r.anchor.startswith("published ")
        assert r.lead is False
    assert rows[1].url == "https://bbc.co.uk/news/palmyra"


def test_article_view_lists_mentions_in_text_order(store):
    a = Browser(store).article(1)
    assert (a.outlet, a.title, a.path, a.published, a.published_from) == (
        "AP", "Syrian forces retake Palmyra", "seeds/ap.txt", "2016-03-27", "metadata")
    starts = [m[1] for m in a.mentions]
    assert starts == sorted(starts) and len(a.mentions) == 4
    for _mid, start, end, phrase, _value in a.mentions:
        assert a.text[start:end] == phrase


def test_phrase_in_sentence_survives_collapsed_whitespace():
    s = "It fell  last   May, said one."
    assert phrase_in_sentence("It fell last May, said one.", "last May", 10) == (8, 16)
    assert phrase_in_sentence(s, "last May", 0) == (0, 0)  # not there as written
    assert phrase_in_sentence("in May and in MAY", "may", 14) == (14, 17)


def test_terms_for_highlighting(store):
    b = Browser(store, 'Temple "of bel" -palmyra source:aj')
    assert b.terms == ["Temple", "of bel"]


def test_bad_query_raises_query_error_with_position(store):
    with pytest.raises(QueryError) as e:
        Browser(store, "temple soruce:bbc")
    assert e.value.message == "unknown filter 'soruce:'; did you mean 'source:'?"
    assert e.value.position == 7


def test_search_history_newest_first_without_repeats(tmp_path):
    from store.db import open_store
    from store.history import recent_searches, remember_search

    path = tmp_path / "h.db"
    s = open_store(path)
    for q in ["palmyra", "temple", "  ", "palmyra", "source:bbc"]:
        remember_search(s, q)
    assert recent_searches(s) == ["source:bbc", "palmyra", "temple"]
    assert recent_searches(s, limit=1) == ["source:bbc"]
    s.close()
    ro = open_store(path, read_only=True)
    remember_search(ro, "ignored")          # read-only: skipped, no error
    assert recent_searches(ro) == ["source:bbc", "palmyra", "temple"]


def test_on_finds_events_longer_than_a_decade(plan_mode):
    events = EVENTS + [(10, "19", "1900-01-01", "1999-12-31", "century", "The last century",
                        "a century of change", [(1, "the 20th century")])]
    s = build_store(events)
    assert ids(s, "on:1990") == [10]
    assert ids(s, "on:2016-03-15") == [9, 8, 4, 6]
    assert ids(s, "change on:1950-06") == [10]


def test_on_finds_events_of_any_granularity(plan_mode):
    events = EVENTS + [
        (10, "2016-H1", "2016-01-01", "2016-06-30", "half", "First half", "h", [(1, "x")]),
        (11, "2016-03-10T10:00", "2016-03-10", "2016-03-10", "minute", "Clock", "c", [(1, "y")]),
        (12, "2009-2016", "2009-06-01", "2016-03-31", "stretch", "A long stretch", "l",
         [(1, "z")]),
    ]
    s = build_store(events)
    assert ids(s, "on:2016-03") == [12, 9, 8, 10, 5, 4, 11, 6, 7]
    assert ids(s, "on:2016-03-10") == [12, 9, 8, 10, 4, 11]
    assert ids(s, "precision:half") == [10]


# the longest span of each granularity the calendar allows, as (start, end) reaching
# 2010-01-01 on its last day: an on: walk that starts one day late misses it
LONGEST_SPANS = {
    "week": ("2009-12-26", "2010-01-01"),      # 7 days
    "month": ("2009-12-02", "2010-01-01"),     # 31 days
    "season": ("2009-10-02", "2010-01-01"),    # 92 days (June-August)
    "quarter": ("2009-10-02", "2010-01-01"),   # 92 days
    "half": ("2009-07-02", "2010-01-01"),      # 184 days
    "year": ("2008-01-02", "2009-01-01"),      # 366 days (a leap day), reaching 2009-01-01
    "decade": ("2000-01-02", "2010-01-01"),    # 3,653 days (three leap days)
}


def test_on_finds_the_longest_span_of_each_granularity_and_not_the_day_before(plan_mode):
    """An on: walk starts each granularity's stream as late as it can: an event of the
    longest span ending on the day asked for is found, one ending the day before is not."""
    added = []
    for n, (granularity, (start, end)) in enumerate(LONGEST_SPANS.items()):
        before = (date.fromisoformat(start) - timedelta(days=1)).isoformat()
        just_before = (date.fromisoformat(end) - timedelta(days=1)).isoformat()
        added.append((100 + n, "x", start, end, granularity, f"Reaches {n}", "r", [(1, "r")]))
        added.append((200 + n, "x", before, just_before, granularity, f"Ends before {n}",
                      "b", [(1, "b")]))
    s = build_store(EVENTS + added)
    for day in sorted({end for _start, end in LONGEST_SPANS.values()}):
        overlapping = sorted((ev[2], ev[0]) for ev in EVENTS + added if ev[2] <= day <= ev[3])
        found = ids(s, f"on:{day}")
        assert found == [i for _start, i in overlapping]
        assert {100 + n for n, (_s, end) in enumerate(LONGEST_SPANS.values())
                if end == day} <= set(found)


def test_big_results_get_estimated_counts_and_scaled_density(monkeypatch):
    """Above the exact-count limits the count is an estimate, flagged, and near the truth."""
    import store.browse
    import store.query.plan as plan
    import store.query.source as source

    s = _big_store(600)
    truth = len(Browser(s, "common").first(10_000))
    monkeypatch.setattr(plan, "SMALL", 0)
    monkeypatch.setattr(store.browse, "SMALL", 0)
    monkeypatch.setattr(store.browse, "EXACT_WALK", 0)
    monkeypatch.setattr(store.browse, "EXACT_PROBED", 0)
    monkeypatch.setattr(plan, "SAMPLE", 200)         # fewer than the 400 matches
    monkeypatch.setattr(source, "FEW_ARTICLES", 0)   # source: tested per event
    monkeypatch.setattr(source, "SHORT_SAMPLE_HITS", 0)
    # walk + ids, walk + probes; every event is AP's, so source:ap keeps them all
    for mode_cap, query in [(10**9, "common"), (0, "common"), (10**9, "common source:ap"),
                            (0, "common source:ap")]:
        monkeypatch.setattr(plan, "PULL_CAP", mode_cap)
        b = Browser(s, query)
        n = b.count()
        assert not b.count_exact
        assert abs(n - truth) <= truth * 0.15, (n, truth)
        density = b.density("year")
        assert abs(sum(v for _, v in density) - n) <= len(density)  # rounding per period
        assert 0 <= b.position(b.last(1)[0]) <= n


def test_counts_walked_exactly_when_the_range_is_small(monkeypatch):
    import store.browse
    import store.query.plan as plan

    s = _big_store(600)
    monkeypatch.setattr(plan, "SMALL", 0)
    monkeypatch.setattr(store.browse, "SMALL", 0)
    for query in ["common", "common after:2013 before:2014", "-rare source:ap"]:
        b = Browser(s, query)
        assert b.count() == len(b.first(10_000)), query
        assert b.count_exact


def test_source_results_follow_new_articles():
    """The cached article list of a source: search is dropped when the store changes."""
    s = build_store()
    assert ids(s, "source:reuters") == []
    s.conn.execute(
        "INSERT INTO articles (id, source, hash, outlet, title, text, added) "
        "VALUES (9, 'x', 'h9', 'Reuters', 'Palmyra', 'Palmyra on Sunday.', '2016-06-01')")
    s.conn.execute("INSERT INTO mentions (event_id, article_id, start, \"end\", phrase, type, "
                   "value, sentence, sentence_start, sentence_end) "
                   "VALUES (7, 9, 11, 17, 'Sunday', 'DATE', '2016-03-27', 'x', 0, 1)")
    assert ids(s, "source:reuters") == [7]


OUTLETS = [  # id, outlet: two-letter texts ("ap") hit several; "país" is non-ASCII
    (1, "AP"), (2, "BBC News"), (3, "El País"), (4, "Reuters"), (5, "Japan Times"),
    (6, "Courier 7"),
]


def _outlet_store(n=300):
    articles = [(aid, outlet, f"report {aid}", f"feeds/{aid}.txt", None, "2016-01-01")
                for aid, outlet in OUTLETS]
    events = []
    for i in range(1, n + 1):
        day = f"20{10 + i % 7:02d}-{1 + i % 12:02d}-{1 + (i * 7) % 28:02d}"
        word = "common" if i % 3 else "rare"
        reporters = {1 + i % 4, 1 + (i * 5) % 6} if i % 11 else {6}
        events.append((i, day, day, day, "day", f"event {i} {word}", f"body {i}",
                       [(a, "x") for a in sorted(reporters)]))
    return build_store(events, articles)


def _brute(store, text: str, word: str | None, after: str | None) -> list[int]:
    """Events by the filter's own meaning: a reporting article's name contains the text."""
    like = "%" + text + "%"
    sql = ("SELECT DISTINCT e.id, e.start FROM events e JOIN mentions m ON m.event_id = e.id "
           "JOIN articles a ON a.id = m.article_id WHERE (a.outlet LIKE ? OR a.title LIKE ? "
           "OR a.path LIKE ? OR a.url LIKE ?)")
    params = [like] * 4
    if word:
        sql += " AND e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)"
        params.append(word)
    if after:
        sql += " AND e.start >= ?"
        params.append(after)
    return [i for i, _ in sorted(store.conn.execute(sql, params), key=lambda r: (r[1], r[0]))]


@pytest.mark.parametrize("text", ["ap", "bb", "país", "reuters", "courier", "zz", "news"])
@pytest.mark.parametrize("word, after", [(None, None), ("common", None), ("rare", "2013-01-01")])
def test_source_plans_match_brute_force(text, word, after, plan_mode):
    """Every source: plan (events in memory, per-row probes in SQL, checks on in-memory
    words; 2-character texts sized by sampling or listed by a scan) finds the same events."""
    s = _outlet_store()
    query = " ".join(filter(None, [word, f"source:{text}", after and f"after:{after[:7]}"]))
    expected = _brute(s, text, word, after)
    b = Browser(s, query)
    assert [r.id for r in b.first(10_000)] == expected, b.plan.why
    forward, rows = [], b.first(7)
    while rows:
        forward += rows
        rows = b.after(rows[-1], 7)
    assert [r.id for r in forward] == expected
    n = b.count()
    assert n == len(expected) if b.count_exact else abs(n - len(expected)) <= 0.3 * len(expected)


def test_source_probes_use_an_event_article_index_when_the_store_has_one(monkeypatch):
    """With an index on mentions(event_id, article_id), probes read no mention rows."""
    import store.query.plan as plan
    import store.query.source as source

    s = _outlet_store()
    s.conn.execute("DROP INDEX mentions_event_article")  # as a store before schema 4 had it
    s.conn.execute("CREATE INDEX mentions_event ON mentions(event_id)")
    monkeypatch.setattr(plan, "SMALL", 0)
    monkeypatch.setattr(source, "FEW_ARTICLES", 0)
    before = [r.id for r in Browser(s, "source:bbc").first(1000)]
    assert source.event_index(s.conn) == "mentions_event"
    s.conn.execute("CREATE INDEX mentions_event_article ON mentions(event_id, article_id)")
    assert source.event_index(s.conn) == "mentions_event_article"
    b = Browser(s, "source:bbc")
    assert [r.id for r in b.first(1000)] == before == _brute(s, "bbc", None, None)
    detail = " ".join(r[3] for r in s.conn.execute(
        f"EXPLAIN QUERY PLAN SELECT e.id FROM events e WHERE {b.plan.where}", b.plan.params))
    assert "COVERING INDEX mentions_event_article" in detail, detail
