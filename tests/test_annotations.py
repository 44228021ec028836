"""The analyst's layer: corrections keyed to article and mention survive re-ingest,
changed articles, migrations and rebuilds; vanished ones are kept and listed."""

import json

import pytest

from store import annotation_lines as lines_io
from store import annotations as ann
from store import merge, schema
from store.annotations import AnnotationError
from store.db import open_store
from store.ingest import ingest

ARTICLE = (
    "Rebels attacked the hill town of Qaryatayn on Tuesday, officials said.\n\n"
    "The governor resigned last May after the flood inquiry named his office.\n\n"
    "Engineers will open the new Harbour Bridge in 2019, the council said.\n"
)


def write(tmp_path, text, name="story.txt"):
    p = tmp_path / name
    p.write_text(text)
    return str(p)


def event_of(store, phrase):
    r = store.conn.execute("SELECT event_id FROM mentions WHERE phrase = ? ORDER BY id LIMIT 1",
                           (phrase,)).fetchone()
    return r[0] if r else None


def row(store, eid):
    return store.conn.execute('SELECT title, value, start, "end", granularity FROM events '
                              "WHERE id = ?", (eid,)).fetchone()


def edit(store, eid, **kw):
    with store.write() as conn:
        ann.edit(conn, eid, **kw)


def layer(store, eid):
    return ann.layers(store.conn, [eid]).get(eid, ann.NO_LAYER)


@pytest.fixture
def story(tmp_path):
    store = open_store(tmp_path / "a.db")
    path = write(tmp_path, ARTICLE)
    report = ingest(store, [path], published="2016-03-18")
    assert report.ok and report.added == 1
    return store, path, tmp_path


def test_edit_applies_and_records_from_and_to(story):
    store, _, _ = story
    eid = event_of(store, "last May")
    computed = row(store, eid)
    edit(store, eid, title="Governor quits", date_text="last Tuesday", note="check <b>this</b>",
         marked=True)
    title, value, start, end, gran = row(store, eid)
    assert title == "Governor quits"
    # read against the article's date (Friday 2016-03-18), not today; a day stays a day
    assert (value, start, end, gran) == ("2016-03-15", "2016-03-15", "2016-03-15", "day")
    lay = layer(store, eid)
    assert lay.marked and not lay.hidden and lay.note == "check <b>this</b>"
    assert lay.edited == {"title": {"from": computed[0], "to": "Governor quits"},
                          "value": {"from": computed[1], "to": "2016-03-15"}}
    # the density counters follow the new date
    assert store.conn.execute("SELECT n FROM period_counts WHERE zoom = 'day' AND "
                              "period = '2016-03-15'").fetchone()[0] >= 1


def test_month_typed_keeps_month_precision(story):
    store, _, _ = story
    eid = event_of(store, "Tuesday")
    edit(store, eid, date_text="March 2016")
    assert row(store, eid)[1:] == ("2016-03", "2016-03-01", "2016-03-31", "month")


def test_bad_edits_change_nothing(story):
    store, _, _ = story
    eid = event_of(store, "last May")
    before = row(store, eid)
    for kw, msg in ((dict(title="  "), "--title"), (dict(note=""), "--note"),
                    (dict(date_text="flurbsday"), "not a date")):
        with pytest.raises(AnnotationError, match=msg):
            edit(store, eid, **kw)
    with pytest.raises(AnnotationError, match="no event with id 99999"):
        edit(store, 99999, marked=True)
    assert row(store, eid) == before
    assert store.conn.execute("SELECT count(*) FROM annotations").fetchone()[0] == 0


def test_reingest_same_article_keeps_corrections(story):
    store, path, _ = story
    eid = event_of(store, "last May")
    edit(store, eid, title="Governor quits", hidden=True)
    report = ingest(store, [path], published="2016-03-18")
    assert report.unchanged == 1
    assert row(store, eid)[0] == "Governor quits" and layer(store, eid).hidden


def test_changed_article_keeps_corrections_whose_mention_exists(story):
    store, path, tmp_path = story
    may, bridge = event_of(store, "last May"), event_of(store, "2019")
    edit(store, may, title="Governor quits", marked=True, note="key fact")
    edit(store, bridge, hidden=True)
    # the article changes: a new paragraph, and the bridge sentence is gone
    write(tmp_path, "Officials met again on Wednesday to count the damage.\n\n"
          + ARTICLE.replace("Engineers will open the new Harbour Bridge in 2019, "
                            "the council said.\n", ""))
    report = ingest(store, [path], published="2016-03-18")
    assert report.replaced == 1
    new_may = event_of(store, "last May")
    assert new_may is not None
    assert row(store, new_may)[0] == "Governor quits"
    lay = layer(store, new_may)
    assert lay.marked and lay.note == "key fact"
    # the bridge correction lost its mention: kept and listed, never dropped
    gone = ann.orphans(store.conn)
    assert [o["mention"]["phrase"] for o in gone] == ["2019"]
    assert store.conn.execute("SELECT count(*) FROM annotations").fetchone()[0] == 2
    # and it comes back when the mention does
    write(tmp_path, ARTICLE)
    ingest(store, [path], published="2016-03-18")
    assert ann.orphans(store.conn) == []
    assert layer(store, event_of(store, "2019")).hidden


def test_rebuild_of_events_keeps_corrections(story):
    store, _, _ = story
    eid = event_of(store, "last May")
    edit(store, eid, title="Governor quits", date_text="2015-05-20")
    with store.write() as conn:  # every event recomputed from its mentions, as a repair does
        for (e,) in conn.execute("SELECT id FROM events").fetchall():
            merge.rebuild_event(conn, e)
        assert row(store, eid)[0] != "Governor quits"
        ann.reapply_all(conn)
    assert row(store, eid)[:2] == ("Governor quits", "2015-05-20")
    # the base is still what the merge computed: removing the edit restores it
    assert layer(store, eid).edited["value"]["from"] == "2015-05"


def test_next_migration_keeps_corrections(tmp_path, monkeypatch):
    """A later migration that rewrites the events (as a rebuild would) keeps the layer."""
    db = tmp_path / "old.db"
    store = open_store(db)
    ingest(store, [write(tmp_path, ARTICLE)], published="2016-03-18")
    eid = event_of(store, "last May")
    edit(store, eid, title="Governor quits", marked=True, hidden=True)
    store.close()
    nxt = schema.SCHEMA_VERSION + 1
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, [
        "UPDATE events SET title = 'recomputed by migration'"]])
    monkeypatch.setattr(schema, "SCHEMA_VERSION", nxt)
    monkeypatch.setattr(schema.migrate, "__defaults__", (nxt,))
    store = open_store(db)
    assert schema.user_version(store.conn) == nxt
    assert row(store, eid)[0] == "Governor quits"
    assert layer(store, eid).marked and layer(store, eid).hidden


def test_migration_from_the_previous_schema_adds_an_empty_layer(tmp_path):
    import sqlite3

    db = tmp_path / "previous.db"
    conn = sqlite3.connect(db, isolation_level=None)
    schema.migrate(conn, target=schema.MIGRATIONS.index(schema.ANNOTATIONS_LAYER))
    conn.close()
    store = open_store(db)
    ingest(store, [write(tmp_path, ARTICLE)], published="2016-03-18")
    eid = event_of(store, "last May")
    edit(store, eid, marked=True)
    assert layer(store, eid).marked


def test_export_import_round_trip_into_fresh_store(story):
    store, path, tmp_path = story
    may, bridge = event_of(store, "last May"), event_of(store, "2019")
    edit(store, may, title="Governor quits", note="line one\nline two", marked=True)
    edit(store, bridge, hidden=True, date_text="2019-06")
    lines = [json.dumps(a) for a in lines_io.export(store.conn)]
    assert len(lines) == 2
    # a colleague's store: the same article under another path
    other_dir = tmp_path / "colleague"
    other_dir.mkdir()
    other = open_store(other_dir / "b.db")
    ingest(other, [write(other_dir, ARTICLE, "copy.txt")], published="2016-03-18")
    extra = '{"article": {"source": "nowhere.txt", "hash": null}, "mention": ' \
            '{"phrase": "in 1999", "sentence": "Nothing like it."}, "marked": true}'
    with other.write() as conn:
        rep = lines_io.import_lines(conn, lines + [extra])
    assert (rep.imported, rep.matched, rep.problems) == (3, 2, [])
    o_may, o_bridge = event_of(other, "last May"), event_of(other, "2019")
    assert row(other, o_may)[0] == "Governor quits"
    assert layer(other, o_may).note == "line one\nline two"
    assert layer(other, o_bridge).hidden and row(other, o_bridge)[1] == "2019-06"
    before = [list(r) for r in other.conn.execute("SELECT * FROM annotations ORDER BY id")]
    with other.write() as conn:  # twice changes nothing
        lines_io.import_lines(conn, lines + [extra])
    assert [list(r) for r in other.conn.execute("SELECT * FROM annotations ORDER BY id")] == before


@pytest.mark.parametrize("line, msg", [
    ("not json", "not JSON"),
    ("[1, 2]", "not a dateline annotation"),
    ('{"article": {"source": 3}, "mention": {"phrase": "x", "sentence": "y"}}',
     "must be text"),
    ('{"article": {"source": "a"}, "mention": {"phrase": "x", "sentence": "y"}, '
     '"marked": "yes"}', "marked must be"),
    ('{"article": {"source": "a"}, "mention": {"phrase": "x", "sentence": "y"}, '
     '"date": {"value": "2016", "start": "soon", "end": "2016-12-31", "granularity": "year"}}',
     "ISO dates"),
])
def test_bad_import_lines_are_reported_and_skipped(story, line, msg):
    store, _, _ = story
    with store.write() as conn:
        rep = lines_io.import_lines(conn, [line], name="f.jsonl")
    assert rep.imported == 0 and len(rep.problems) == 1
    assert rep.problems[0].startswith("f.jsonl:1: ") and msg in rep.problems[0]
    assert store.conn.execute("SELECT count(*) FROM annotations").fetchone()[0] == 0


def test_lead_mentions_with_no_phrase_round_trip(story):
    store, _, _ = story
    line = json.dumps({"article": {"source": "x.txt", "hash": None},
                       "mention": {"phrase": "", "sentence": "The news of the day."},
                       "marked": True})
    with store.write() as conn:
        rep = lines_io.import_lines(conn, [line])
    assert (rep.imported, rep.problems) == (1, [])


def test_restore_undoes_an_edit(story):
    store, _, _ = story
    eid = event_of(store, "last May")
    computed = row(store, eid)
    state = ann.event_state(store.conn, eid)
    edit(store, eid, title="Governor quits", hidden=True)
    with store.write() as conn:
        ann.restore(conn, eid, state)
    assert row(store, eid) == computed
    assert not layer(store, eid).hidden and layer(store, eid).edited is None


def test_two_writers_keep_each_others_fields_and_an_ingest_keeps_both(story):
    """Two app instances on one store: each edit is one transaction of the fields it
    changes, so one's title and the other's note both stay; an ingest meanwhile keeps
    them."""
    import threading

    store, path, tmp_path = story
    other = open_store(store.path)
    eid = event_of(store, "last May")
    edit(store, eid, title="Governor quits")
    edit(other, eid, note="from the second window")
    write(tmp_path, ARTICLE + "\nMore reporting arrived on Wednesday, officials said.\n")
    done = threading.Thread(target=ingest, args=(other, [path]),
                            kwargs={"published": "2016-03-18"})
    done.start()
    for _ in range(3):  # the ingest may replace the event between reading its id and the edit
        try:
            edit(store, event_of(store, "last May"), marked=True)
            break
        except AnnotationError:
            continue
    done.join()
    now = event_of(store, "last May")
    assert row(store, now)[0] == "Governor quits"
    lay = layer(store, now)
    assert lay.note == "from the second window" and lay.marked
    other.close()
