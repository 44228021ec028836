"""The SQLite schema and its migrations.

Each migration is a list of statements that takes a store from version N-1 to
N; `migrate` applies the missing ones inside one transaction so an older store
keeps every row and a half-migrated store cannot exist.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from . import fts
from .salience import FILL_DAY_REFS, RECOUNT_SQL, SCORE_SQL

APP_ID = 0x44544C4E  # "DTLN": marks a file as a dateline store (PRAGMA application_id)

# what `source:` searches: outlet, title, path and url, one per line
ARTICLE_NAMES = ("coalesce(outlet, '') || char(10) || coalesce(title, '') || char(10) || "
                 "coalesce(path, '') || char(10) || coalesce(url, '')")
ARTICLE_NAMES_NEW = ARTICLE_NAMES.replace("coalesce(", "coalesce(new.")


def squashed(column: str) -> str:
    """SQL for `column` with spaces, dots, dashes, slashes and apostrophes dropped: from
    schema 5 the names also hold the outlet so, and `source:aljazeera` finds "Al Jazeera"."""
    sql = f"coalesce({column}, '')"
    for ch in (" ", ".", "-", "/", "''", "’"):
        sql = f"replace({sql}, '{ch}', '')"
    return sql


NAMES_5 = f"{ARTICLE_NAMES} || char(10) || {squashed('outlet')}"
NAMES_5_NEW = NAMES_5.replace("coalesce(", "coalesce(new.")

def ecosystem_layout(conn: sqlite3.Connection) -> None:
    """The events' sentences on their row, the FTS index over them, every link declared;
    through sqlite-utils where it has the operation.

    Only when migrating is sqlite_utils imported: its import costs the app's first paint.
    """
    import sqlite_utils

    db = sqlite_utils.Database(conn)
    events = db["events"]
    events.add_column("body", str)
    # raw: a correlated UPDATE has no sqlite-utils form; the old index stored the body
    conn.execute("UPDATE events SET body = (SELECT body FROM events_fts f "
                 "WHERE f.rowid = events.id)")
    db["events_fts"].drop()
    fts.enable(db)
    # raw: sqlite-utils cannot make WITHOUT ROWID tables (its transform copies the rowid),
    # and a rowid table with a separate primary-key index would double this, the biggest
    # table after mentions
    for sql in (
        """CREATE TABLE event_keys_new (
            key TEXT NOT NULL,
            event_id INTEGER NOT NULL REFERENCES events(id),
            PRIMARY KEY (key, event_id)
        ) WITHOUT ROWID""",
        "INSERT INTO event_keys_new (key, event_id) SELECT key, event_id FROM event_keys",
        "DROP TABLE event_keys",
        "ALTER TABLE event_keys_new RENAME TO event_keys",
    ):
        conn.execute(sql)
    db["event_keys"].create_index(["event_id"], index_name="event_keys_event")
    db.create_view("timeline", TIMELINE_VIEW)


def compact_store(conn: sqlite3.Connection, progress=None) -> None:
    """Article text compressed, mentions_event dropped (issue 18). `progress(done, total)`
    hears how many articles are compressed so far."""
    from .article_text import compress_all

    conn.execute("DROP INDEX IF EXISTS mentions_event")
    compress_all(conn, progress)


compact_store.reports_progress = True  # migrate() passes its progress callback


# what a Datasette user publishing a timeline wants to see: each event with its first source
TIMELINE_VIEW = """SELECT e.id, e.value, e.start, e."end", e.granularity, e.title,
    e.n_sources, e.salience, a.outlet AS first_outlet, a.published AS first_published,
    a.title AS first_title, coalesce(a.url, a.path) AS first_link, m.sentence AS first_sentence
FROM events e
JOIN mentions m ON m.id = (SELECT m2.id FROM mentions m2 JOIN articles a2 ON a2.id = m2.article_id
    WHERE m2.event_id = e.id ORDER BY a2.published IS NULL, a2.published, m2.id LIMIT 1)
JOIN articles a ON a.id = m.article_id
ORDER BY e.start, e.id"""


ANNOTATIONS_LAYER = [
    """CREATE TABLE annotations (
        id INTEGER PRIMARY KEY,
        article_source TEXT NOT NULL,  -- the article's path, URL or stdin:<hash>
        article_hash TEXT,             -- its content hash (finds it under another source)
        phrase TEXT NOT NULL,          -- the mention's dated phrase ...
        sentence TEXT NOT NULL,        -- ... and its sentence
        marked INTEGER,                -- NULL: not set by the analyst
        hidden INTEGER,
        note TEXT,
        title TEXT,
        value TEXT,                    -- a re-dating: TIMEX3 value and its span
        start TEXT,
        "end" TEXT,
        granularity TEXT,
        updated TEXT NOT NULL,         -- ISO time: the last writer wins per field
        UNIQUE (article_source, phrase, sentence)
    )""",
    "CREATE INDEX annotations_hash ON annotations(article_hash)",
    """CREATE TABLE annotation_targets (
        annotation_id INTEGER PRIMARY KEY REFERENCES annotations(id) ON DELETE CASCADE,
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE
    )""",
    "CREATE INDEX annotation_targets_event ON annotation_targets(event_id)",
    """CREATE TABLE event_layer (
        event_id INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
        marked INTEGER NOT NULL DEFAULT 0,
        hidden INTEGER NOT NULL DEFAULT 0,
        note TEXT,
        edited TEXT,                   -- JSON {field: {"from": ..., "to": ...}} or NULL
        base TEXT NOT NULL             -- JSON: the event as the merge computed it
    )""",
    """CREATE TABLE layer_dirty (
        event_id INTEGER PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE
    )""",
    """CREATE TRIGGER mentions_layer_insert AFTER INSERT ON mentions
        WHEN new.event_id IN (SELECT event_id FROM event_layer) BEGIN
        INSERT OR IGNORE INTO layer_dirty (event_id) VALUES (new.event_id);
    END""",
    """CREATE TRIGGER mentions_layer_delete AFTER DELETE ON mentions
        WHEN old.event_id IN (SELECT event_id FROM event_layer) BEGIN
        INSERT OR IGNORE INTO layer_dirty (event_id) VALUES (old.event_id);
    END""",
]

REGROUPS = [
    """CREATE TABLE regroups (
        id INTEGER PRIMARY KEY,
        article_source TEXT NOT NULL,  -- the mention moved: its article's source ...
        article_hash TEXT,             -- ... content hash,
        phrase TEXT NOT NULL,          -- phrase
        sentence TEXT NOT NULL,        -- and sentence
        kind TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
        with_source TEXT NOT NULL,     -- the mention whose event it joins (merge), or the
        with_hash TEXT,                -- first of its own group (split)
        with_phrase TEXT NOT NULL,
        with_sentence TEXT NOT NULL,
        updated TEXT NOT NULL,         -- ISO time: replayed in this order
        UNIQUE (article_source, phrase, sentence)
    )""",
    "CREATE INDEX regroups_hash ON regroups(article_hash)",
    "CREATE INDEX regroups_with ON regroups(with_source)",
    "CREATE INDEX regroups_with_hash ON regroups(with_hash)",
    """CREATE TABLE regroup_targets (
        regroup_id INTEGER PRIMARY KEY REFERENCES regroups(id) ON DELETE CASCADE,
        event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE
    )""",
    "CREATE INDEX regroup_targets_event ON regroup_targets(event_id)",
]


# an event's merge keys from its buckets and terms (one a line) in event_terms: the
# trigger that drops a deleted event's keys, and store/mergekeys.forget
KEYS_OF = ("SELECT b.value || '|' || t.value FROM event_terms e, "
           "json_each('[\"' || replace(e.buckets, char(10), '\",\"') || '\"]') b, "
           "json_each('[\"' || replace(e.terms, char(10), '\",\"') || '\"]') t "
           "WHERE e.event_id = old.id AND e.buckets != '' AND e.terms != ''")
FORGET_KEYS = f"DELETE FROM event_keys WHERE event_id = old.id AND key IN ({KEYS_OF})"


# event_keys as compact_merge_keys leaves it: no foreign key
EVENT_KEYS_COMPACT = """CREATE TABLE "event_keys" (
    key TEXT NOT NULL,             -- a date bucket and a term: d:2016-03-25|soldier
    event_id INTEGER NOT NULL,     -- (its link to events is event_terms')
    PRIMARY KEY (key, event_id)
) WITHOUT ROWID"""


def compact_merge_keys(conn: sqlite3.Connection) -> None:
    """event_keys without its index by event (half its bytes, 300 an event): what merging
    and deletes read by event, each event's buckets and terms, goes to event_terms, once.

    The keys of an event are always the product of its buckets and its terms
    (store/mergekeys.py), so the two lists say exactly which rows are its own. The
    table loses its foreign key with the index: a key row's event is only ever
    looked for by key, and a foreign key without an index would scan the whole
    table on each event deleted; event_terms carries the link instead, and a
    trigger drops a deleted event's keys whoever deletes it.

    One pass over the index by event, in SQLite; the key rows stay where they are
    (the foreign key goes by SQLite's documented edit of the schema text, which it
    allows for dropping a constraint), so a store of millions of events upgrades in
    about the time it takes to read that index once.
    """
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'event_terms'").fetchone():
        return  # done already (a store whose version number was set back by hand)
    conn.execute("""CREATE TABLE event_terms (
        event_id INTEGER PRIMARY KEY REFERENCES events(id),
        buckets TEXT NOT NULL,   -- its date buckets (d:2016-03-25, M:2016-03...), one a line
        terms TEXT NOT NULL      -- its salient terms (at most 16), one a line
    )""")
    # group_concat(DISTINCT) joins with commas, which a term may hold ("16,100"): each
    # term ends in a line feed first, and ",\n" is no term's
    conn.execute("""INSERT INTO event_terms (event_id, buckets, terms)
        SELECT event_id,
               replace(group_concat(DISTINCT substr(key, 1, instr(key, '|') - 1)), ',', char(10)),
               rtrim(replace(group_concat(DISTINCT substr(key, instr(key, '|') + 1) || char(10)),
                             char(10) || ',', char(10)), char(10))
        FROM event_keys INDEXED BY event_keys_event GROUP BY event_id
        HAVING event_id IN (SELECT id FROM events)""")
    # an event without terms had no keys to say its buckets: those of its span
    from .mergekeys import buckets

    conn.executemany("INSERT INTO event_terms VALUES (?, ?, '')", [
        (eid, "\n".join(buckets(start, end))) for eid, start, end in conn.execute(
            'SELECT id, start, "end" FROM events WHERE id NOT IN '
            "(SELECT event_id FROM event_terms)").fetchall()])
    conn.execute("DROP INDEX event_keys_event")
    version = conn.execute("PRAGMA schema_version").fetchone()[0]
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'event_keys'",
                 (EVENT_KEYS_COMPACT,))
    conn.execute(f"PRAGMA schema_version = {version + 1}")
    conn.execute("PRAGMA writable_schema = OFF")
    conn.execute(f"""CREATE TRIGGER events_keys_ad AFTER DELETE ON events BEGIN
        {FORGET_KEYS};
        DELETE FROM event_terms WHERE event_id = old.id;
    END""")


FULL_TEXT = ("events_fts", "article_names")
MERGE_PAGES = 2000


def merge_full_text(conn: sqlite3.Connection, tick=None) -> None:
    """Each FTS5 index merged into one segment, a step at a time (FTS5's 'merge' with a
    negative page count works toward one segment as 'optimize' does, without holding the
    whole index in one step).

    A bulk build ('rebuild') or years of ingest leave an index in many segments (16 for
    events_fts at 10,000,000 events), and every lookup of a term seeks each segment: a
    probe of a word in most events cost 77-132 us on 1M events in 11 segments, 16-18 us
    in one (6.7 s to merge); on 10M, 97-223 -> 56-65 us (20 s). Later writes add small
    segments on top, which FTS5's own automerge keeps few.
    """
    for table in _full_text_tables(conn):
        while True:  # FTS5's documented test: fewer than 2 changes, nothing left to merge
            before = conn.total_changes
            conn.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('merge', ?)",
                         (-MERGE_PAGES,))
            if conn.total_changes - before < 2:
                break
            if tick:
                tick()


def _full_text_tables(conn: sqlite3.Connection) -> list[str]:
    return [t for t in FULL_TEXT
            if conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (t,)).fetchone()]


def merge_rounds(conn: sqlite3.Connection) -> int:
    """About how many of merge_full_text's rounds the store needs (each writes up to
    MERGE_PAGES of an index's pages): what its progress can count against."""
    pages = [conn.execute(f"SELECT count(*) FROM {t}_data").fetchone()[0]
             for t in _full_text_tables(conn)]
    return max(1, sum(-(-n // MERGE_PAGES) for n in pages))


def faster_lookups(conn: sqlite3.Connection, progress=None) -> None:
    """Schema 15 (issue 18, filtered first pages at 10,000,000 events).

    mentions_article on (article_id, event_id) instead of (article_id, start): `source:`
    of a small outlet lists its articles, then their events from the index alone (through
    (article_id, start) each mention's row was read for its event id, ~5 us, 36,000 of
    them for one outlet at 10M). Nothing read mentions in an article's start order through
    it (an article's few mentions are sorted when shown). Paid for by events_sources
    without its (start, id): nothing walks it in date order (a sources:N walk goes down
    events_start; its id set needs only the ids): on the 1M synth store, vacuumed, 1,509
    -> 1,496 bytes an event. Then merge_full_text.
    """
    steps = ("DROP INDEX IF EXISTS mentions_article",
             "CREATE INDEX mentions_article ON mentions(article_id, event_id)",
             "DROP INDEX IF EXISTS events_sources",
             "CREATE INDEX events_sources ON events(n_sources)")
    # then the full-text merge (~60 s at 10M), counted only for a user who is told
    total = len(steps) + (merge_rounds(conn) if progress else 1)
    for done, sql in enumerate(steps):
        conn.execute(sql)
        if progress:
            progress(done + 1, total, "steps")
    done = [len(steps)]

    def tick() -> None:
        done[0] = min(done[0] + 1, total - 1)  # the rounds are an estimate
        progress(done[0], total, "steps")
    merge_full_text(conn, tick if progress else None)
    if progress:
        progress(total, total, "steps")


faster_lookups.reports_progress = True


# 1-6 stay the SQL those versions ran (a store they made is what later steps expect); a
# step may also be a function of the connection, run in the same transaction
MIGRATIONS: list[list[str] | Callable[[sqlite3.Connection], None]] = [
    # 1: the first schema
    [
        """CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)""",
        """CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL,          -- identity for replacement: path, URL or stdin:<hash>
            hash TEXT NOT NULL UNIQUE,     -- sha256 of the clean text + metadata
            outlet TEXT,
            title TEXT,
            url TEXT,
            path TEXT,
            published TEXT,                -- ISO date or NULL
            published_from TEXT,           -- flag | manifest | metadata | json | inferred | NULL
            published_note TEXT,           -- why, in words (for inferred dates)
            lang TEXT,
            encoding TEXT,
            text TEXT NOT NULL,
            added TEXT NOT NULL
        )""",
        "CREATE INDEX articles_source ON articles(source)",
        """CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            value TEXT NOT NULL,           -- TIMEX3 value at its own precision
            start TEXT NOT NULL,           -- ISO date, inclusive
            "end" TEXT NOT NULL,           -- ISO date, inclusive
            granularity TEXT NOT NULL,
            title TEXT NOT NULL,
            n_sources INTEGER NOT NULL DEFAULT 0,   -- distinct articles
            n_mentions INTEGER NOT NULL DEFAULT 0
        )""",
        "CREATE INDEX events_start ON events(start, id)",
        "CREATE INDEX events_sources ON events(n_sources, start, id)",
        "CREATE INDEX events_granularity ON events(granularity, start, id)",
        """CREATE TABLE mentions (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events(id),
            article_id INTEGER NOT NULL REFERENCES articles(id),
            start INTEGER NOT NULL,        -- phrase offsets in articles.text
            "end" INTEGER NOT NULL,
            phrase TEXT NOT NULL,
            type TEXT NOT NULL,
            value TEXT NOT NULL,
            start_date TEXT,
            end_date TEXT,
            granularity TEXT,
            sentence TEXT NOT NULL,
            sentence_start INTEGER NOT NULL,
            sentence_end INTEGER NOT NULL,
            anchor TEXT,                   -- what the phrase was resolved against, in words
            anchor_date TEXT,
            lead INTEGER NOT NULL DEFAULT 0  -- the article's own news on its publication date
        )""",
        "CREATE INDEX mentions_event ON mentions(event_id)",
        "CREATE INDEX mentions_article ON mentions(article_id, start)",
        # merge blocking keys: an event is a merge candidate for a new mention
        # only when they share a key (date bucket + salient term)
        """CREATE TABLE event_keys (
            key TEXT NOT NULL,
            event_id INTEGER NOT NULL,
            PRIMARY KEY (key, event_id)
        ) WITHOUT ROWID""",
        "CREATE INDEX event_keys_event ON event_keys(event_id)",
        # full text over event titles and their sentences; rowid = events.id
        """CREATE VIRTUAL TABLE events_fts USING fts5(
            title, body, tokenize = 'porter unicode61 remove_diacritics 2'
        )""",
    ],
    # 2: the density strip's counters (filled from the events already stored)
    # and the search history
    [
        """CREATE TABLE period_counts (
            zoom TEXT NOT NULL,
            period TEXT NOT NULL,
            n INTEGER NOT NULL,
            PRIMARY KEY (zoom, period)
        ) WITHOUT ROWID""",
        """INSERT INTO period_counts (zoom, period, n)
            SELECT 'day', substr(start, 1, 10), count(*) FROM events GROUP BY 2""",
        """INSERT INTO period_counts (zoom, period, n)
            SELECT 'month', substr(start, 1, 7), count(*) FROM events GROUP BY 2""",
        """INSERT INTO period_counts (zoom, period, n)
            SELECT 'year', substr(start, 1, 4), count(*) FROM events GROUP BY 2""",
        """CREATE TABLE searches (
            id INTEGER PRIMARY KEY,
            query TEXT NOT NULL UNIQUE,
            at TEXT NOT NULL
        )""",
    ],
    # 3: a trigram index over each article's names, so `source:bbc` finds its
    # articles without reading every article row (0.4 s at 200,000 articles)
    [
        """CREATE VIRTUAL TABLE article_names USING fts5(names, tokenize = 'trigram')""",
        f"""INSERT INTO article_names (rowid, names) SELECT id, {ARTICLE_NAMES} FROM articles""",
        f"""CREATE TRIGGER article_names_insert AFTER INSERT ON articles BEGIN
            INSERT INTO article_names (rowid, names) SELECT new.id, {ARTICLE_NAMES_NEW};
        END""",
        """CREATE TRIGGER article_names_delete AFTER DELETE ON articles BEGIN
            DELETE FROM article_names WHERE rowid = old.id;
        END""",
    ],
    # 4: `source:` tests an event's articles from the index alone, without reading
    # the mention rows and their sentences; names follow an edited article
    [
        "CREATE INDEX mentions_event_article ON mentions(event_id, article_id)",
        f"""CREATE TRIGGER article_names_update AFTER UPDATE OF outlet, title, path, url
            ON articles BEGIN
            UPDATE article_names SET names = ({ARTICLE_NAMES_NEW}) WHERE rowid = new.id;
        END""",
    ],
    # 5: names carry the outlet run together as well (NAMES_5)
    [
        "DROP TRIGGER article_names_insert",
        "DROP TRIGGER article_names_update",
        "DELETE FROM article_names",
        f"INSERT INTO article_names (rowid, names) SELECT id, {NAMES_5} FROM articles",
        f"""CREATE TRIGGER article_names_insert AFTER INSERT ON articles BEGIN
            INSERT INTO article_names (rowid, names) SELECT new.id, {NAMES_5_NEW};
        END""",
        f"""CREATE TRIGGER article_names_update AFTER UPDATE OF outlet, title, path, url
            ON articles BEGIN
            UPDATE article_names SET names = ({NAMES_5_NEW}) WHERE rowid = new.id;
        END""",
    ],
    # 6: salience (store/salience.py): an event's counters and score, counted once from
    # the mentions here and kept current by every merge; the days' reference counts
    [
        "ALTER TABLE events ADD COLUMN n_outlets INTEGER NOT NULL DEFAULT 1",
        "ALTER TABLE events ADD COLUMN n_later INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE events ADD COLUMN n_early INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE events ADD COLUMN salience REAL NOT NULL DEFAULT 0",
        RECOUNT_SQL,
        f"UPDATE events SET salience = {SCORE_SQL}",
        "CREATE INDEX events_salience ON events(salience, start, id)",
        """CREATE TABLE day_refs (
            day TEXT PRIMARY KEY,
            articles INTEGER NOT NULL,   -- distinct articles dating news to this day
            later INTEGER NOT NULL,      -- ... of them published after it
            published INTEGER NOT NULL   -- articles published on it
        ) WITHOUT ROWID""",
        *FILL_DAY_REFS,
    ],
    # 7: the sources `dateline watch` polls, one row each (store/watch.py)
    [
        """CREATE TABLE watched (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL UNIQUE,   -- URL or path, as the user gave it
            kind TEXT,                     -- feed | sitemap | page | folder | file
            last_poll TEXT,                -- ISO time (UTC) of the last poll
            last_ok TEXT,                  -- ... of the last one that worked
            status TEXT,                   -- the last poll's outcome, one line
            etag TEXT,                     -- validators for the next conditional request
            last_modified TEXT,
            failures INTEGER NOT NULL DEFAULT 0,        -- consecutive failed polls
            next_poll TEXT,                -- not before this (backoff, Retry-After)
            articles_added INTEGER NOT NULL DEFAULT 0   -- all polls together
        )""",
    ],
    # 8: the store as sqlite-utils and Datasette read it (store/fts.py): the events carry
    # their sentences (`body`) and the full-text index reads them from there; every link
    # to a row is a declared foreign key; a `timeline` view
    ecosystem_layout,
    # 9: the analyst's layer (store/annotations.py): `annotations` are the analyst's own
    # rows, keyed to what outlives a re-merge (the article's source and hash, the mention's
    # phrase and sentence), never to an event id; `annotation_targets` and `event_layer`
    # are derived from them and rebuilt whenever the events change (and go with a deleted
    # event); the triggers note the annotated events a merge touches, to re-apply after it
    ANNOTATIONS_LAYER,
    # 10: the byline, from the page or, where the page has none, its feed item
    ["ALTER TABLE articles ADD COLUMN author TEXT"],
    # 11: the analyst's merges and splits of events (store/regroup.py): one row per mention
    # moved, keyed like `annotations`; `regroup_targets` is derived (where each is now)
    REGROUPS,
    # 12: merge keys without their index by event; each event's buckets and terms in
    # event_terms instead (store/mergekeys.py)
    compact_merge_keys,
    # 13: a smaller store (issue 18): article text compressed (store/article_text.py), and
    # mentions_event dropped, since mentions_event_article (event_id, article_id) answers
    # every lookup by event the same way
    compact_store,
    # 14: a day's events in salience order without reading the events (issue 18: `dateline
    # timeline` lists each key day's events by salience; on 1M events a month read ~2,200
    # table pages for it). Partial: only day-precise events are key days' events
    ["CREATE INDEX IF NOT EXISTS events_day_salience ON events(start, salience DESC, id) "
     "WHERE granularity = 'day'"],
    # 15: an outlet's events from the index alone, the full-text indexes in one segment
    faster_lookups,
]

SCHEMA_VERSION = len(MIGRATIONS)


class SchemaError(Exception):
    """The file is not a dateline store this version can use."""


def user_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def check(conn: sqlite3.Connection, path: str) -> int:
    """Return the store's schema version, or raise SchemaError saying what is wrong."""
    try:  # one statement, one snapshot: another process may be creating the store right now
        app_id, version, tables = conn.execute(
            "SELECT a.application_id, v.user_version, (SELECT count(*) FROM sqlite_master) "
            "FROM pragma_application_id() a, pragma_user_version() v").fetchone()
    except sqlite3.DatabaseError as e:
        raise SchemaError(f"{path}: not a dateline store ({e})") from None
    if tables and app_id != APP_ID:
        raise SchemaError(f"{path}: not a dateline store (an SQLite file of some other program)")
    if version > SCHEMA_VERSION:
        raise SchemaError(
            f"{path}: made by a newer dateline (schema {version}, this one reads up to "
            f"{SCHEMA_VERSION}); upgrade dateline"
        )
    return version


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION, *, progress=None) -> int:
    """Bring the store to `target` in one transaction; return the version it had.

    `target` below the newest exists so tests can build a store as an older
    dateline left it. `progress(done, total)` is passed to the steps that can tell
    how far they are (a long step on a big store).
    """
    before = user_version(conn)
    if before >= target:
        return before
    conn.execute("BEGIN IMMEDIATE")
    try:
        before = user_version(conn)  # another writer may have migrated while we waited
        for step in MIGRATIONS[before:target]:
            if callable(step):
                if getattr(step, "reports_progress", False):
                    step(conn, progress)
                else:
                    step(conn)
                continue
            for sql in step:
                conn.execute(sql)
        conn.execute(f"PRAGMA application_id = {APP_ID}")
        conn.execute(f"PRAGMA user_version = {int(target)}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:  # a full disk rolls back by itself
            conn.execute("ROLLBACK")
        raise
    return before
