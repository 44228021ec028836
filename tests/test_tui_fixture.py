"""A small, fixed store for the app's tests: a few articles, events at every precision.

Built by inserting rows directly (not through ingest), so the app's tests do
not move when the date finder improves. The test below checks the fixture is
internally consistent, so the other tests can trust it.
"""

from __future__ import annotations

from datetime import date

from store import counts
from store.db import Store, open_memory, open_store

TODAY = date(2016, 4, 1)

HERALD = (
    "Syrian troops push toward ISIS stronghold of Palmyra\n\n"
    "BEIRUT (AP) - Syrian troops advanced on Friday toward the ancient town of Palmyra. "
    "Government forces captured Hill 900 on Tuesday after heavy fighting with militants. "
    "The militants seized Palmyra last May and destroyed its temples in August. "
    "Activists said the offensive began earlier this month.\n\n"
    "Officials expect the town to fall within weeks."
)
AP = (
    "BEIRUT - Syrian government forces have seized a strategic hill near Palmyra. "
    "Palmyra fell to the Islamic State group last May. "
    "Troops pushed into the western outskirts on March 24."
)
RFE = (
    "Syrian Forces Make Gains In Palmyra Offensive\n\n"
    "Russia's defense ministry said on March 26 that Russian jets carried out 40 air sorties. "
    "Palmyra fell to IS in May 2015. "
    "The drive enters its fourth week in 2016."
)
TRICKY = (
    "A page that tries to style the terminal.\n"
    "It has [bold red]x[/] and \x1b[31mred\x1b[0m text, written on 2 February 2016 by "
    "someone careless."
)

ARTICLES = {
    "herald": dict(outlet="The Daily Herald", title="Syrian troops push toward ISIS stronghold",
                   url="https://example.com/herald/palmyra", path=None,
                   published="2016-03-18", text=HERALD),
    "ap": dict(outlet="AP", title=None, url=None, path="seeds/000_d03e7950b2fb6dc4.txt",
               published="2016-03-26", text=AP),
    "rfe": dict(outlet="RFE/RL", title="Syrian Forces Make Gains", url="https://example.org/rfe",
                path=None, published="2016-03-26", text=RFE),
    "tricky": dict(outlet="Odd [b]Outlet[/b]", title="Markup [bold red]x[/] title",
                   url=None, path="/tmp/tricky.txt", published="2016-02-05", text=TRICKY),
}

# (value, start, end, granularity, title, [(article, phrase, anchor)])
EVENTS = [
    ("2015-05", "2015-05-01", "2015-05-31", "month", "Palmyra fell to the Islamic State group",
     [("herald", "last May", True), ("ap", "last May", True),
      ("rfe", "May 2015", None)]),
    ("2015-08", "2015-08-01", "2015-08-31", "month", "Militants destroyed the temples",
     [("herald", "in August", True)]),
    ("2016", "2016-01-01", "2016-12-31", "year", "The drive enters its fourth week",
     [("rfe", "in 2016", None)]),
    ("2016-02-02", "2016-02-02", "2016-02-02", "day", "A page [bold red]x[/] written",
     [("tricky", "on 2 February 2016", None)]),
    ("2016-03", "2016-03-01", "2016-03-31", "month", "The offensive began",
     [("herald", "earlier this month", True)]),
    ("2016-03-15", "2016-03-15", "2016-03-15", "day", "Government forces captured Hill 900",
     [("herald", "on Tuesday", True)]),
    ("2016-03-18", "2016-03-18", "2016-03-18", "day", "Syrian troops advanced toward Palmyra",
     [("herald", "on Friday", True)]),
    ("2016-03-24", "2016-03-24", "2016-03-24", "day", "Troops pushed into the outskirts",
     [("ap", "on March 24", None)]),
    ("2016-03-26", "2016-03-26", "2016-03-26", "day", "Russian jets carried out 40 air sorties",
     [("rfe", "on March 26", None)]),
]


def _anchor(phrase: str, key: str) -> str:
    """What the store writes for a relative phrase: the phrase and its article's date, in words."""
    d = date.fromisoformat(ARTICLES[key]["published"])
    return f"'{phrase}' in an article published {d:%A} {d.day} {d:%B} {d.year}"


def _sentence(text: str, start: int) -> tuple[int, int]:
    """The sentence around offset `start`: from after the previous '. ' or newline."""
    lo = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
    if lo == 1:
        lo = 0
    hi = text.find(". ", start)
    hi = len(text) if hi < 0 else hi + 1
    return lo, hi


def build_store(extra_events: int = 0, path=None) -> Store:
    """The fixture store; `extra_events` adds one-source days in 2014 to make it long."""
    store = open_memory() if path is None else open_store(path)
    ids: dict[str, int] = {}
    with store.write() as conn:
        for key, a in ARTICLES.items():
            cur = conn.execute(
                "INSERT INTO articles (source, hash, outlet, title, url, path, published, "
                "published_from, text, added) VALUES (?, ?, ?, ?, ?, ?, ?, 'manifest', ?, ?)",
                (key, f"hash-{key}", a["outlet"], a["title"], a["url"], a["path"],
                 a["published"], a["text"], "2016-04-01T00:00:00"))
            ids[key] = cur.lastrowid
        for n in range(extra_events):
            day = date.fromordinal(date(2014, 1, 1).toordinal() + n // 3).isoformat()
            _event(conn, ids, (day, day, day, "day", f"Filler event number {n}", []))
        for spec in EVENTS:
            _event(conn, ids, spec)
    return store


def add_event(store: Store, spec) -> int:
    """Add one more event (as another process's ingest would)."""
    ids = {key: n + 1 for n, key in enumerate(ARTICLES)}
    with store.write() as conn:
        return _event(conn, ids, spec)


def _event(conn, ids, spec) -> int:
    value, start, end, granularity, title, mentions = spec
    articles = {m[0] for m in mentions}
    cur = conn.execute(
        'INSERT INTO events (value, start, "end", granularity, title, n_sources, n_mentions) '
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (value, start, end, granularity, title, len(articles), len(mentions)))
    event_id = cur.lastrowid
    body = []
    for key, phrase, anchor in mentions:
        text = ARTICLES[key]["text"]
        at = text.index(phrase)
        lo, hi = _sentence(text, at)
        sentence = text[lo:hi]
        body.append(sentence)
        conn.execute(
            'INSERT INTO mentions (event_id, article_id, start, "end", phrase, type, value, '
            "start_date, end_date, granularity, sentence, sentence_start, sentence_end, anchor, "
            "anchor_date, lead) VALUES (?, ?, ?, ?, ?, 'DATE', ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
            (event_id, ids[key], at, at + len(phrase), phrase, value, start, end, granularity,
             sentence, lo, hi, _anchor(phrase, key) if anchor else None,
             ARTICLES[key]["published"]))
    conn.execute("INSERT INTO events_fts (rowid, title, body) VALUES (?, ?, ?)",
                 (event_id, title, " ".join(body)))
    counts.adjust(conn, start, +1)
    return event_id


def test_fixture_mentions_point_at_their_phrases():
    store = build_store()
    rows = store.conn.execute(
        'SELECT m.phrase, a.text, m.start, m."end", m.sentence, m.sentence_start '
        "FROM mentions m JOIN articles a ON a.id = m.article_id").fetchall()
    assert len(rows) == sum(len(e[5]) for e in EVENTS)
    for phrase, text, start, end, sentence, sentence_start in rows:
        assert text[start:end] == phrase
        assert phrase in sentence
        assert text[sentence_start:sentence_start + len(sentence)] == sentence
    total = store.conn.execute(
        "SELECT sum(n) FROM period_counts WHERE zoom = 'year'").fetchone()[0]
    assert total == len(EVENTS)
