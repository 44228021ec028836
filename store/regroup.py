"""The analyst's regroupings: events merged into one, one source split out of an event.

The automatic merge decides which mentions tell one happening; the analyst may
overrule it. Like the other corrections, a regrouping is the analyst's own rows,
keyed to what outlives a re-merge (the article's source or content hash, the
mention's phrase and sentence), never to event ids. There is one row per mention
moved, and the newest regrouping of a mention is the one that holds:

- merge: this mention belongs in the event of that one (the first mention of the
  event it was merged into), wherever the automatic merge puts that one;
- split: this mention belongs apart, in one event with the other mentions of its
  group (named by the group's first mention) and nothing else.

`apply` replays the rows in the order they were written, moving the mentions the
automatic merge put elsewhere, then rebuilds the events it touched through
merge.rebuild_event (span, title, keys, counters, salience). annotations.reapply
calls it after every saved article and reapply_all after a migration or a
rebuild, so store/merge.py knows nothing of this. When a split takes out the
mention a merge row points at, that row is re-pointed at a mention that stays, so
a replay always ends where the analyst left the events. `regroup_targets` (derived)
says which event each row's mention is in now; a row whose mention vanished has
none, is kept, and is reported with the other orphaned corrections.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from . import counts
from .annotations import AnnotationError, _now

Key = tuple[str, "str | None", str, str]   # article source, article hash, phrase, sentence


class RegroupError(AnnotationError):
    """A merge or split that cannot be done: one line for the user."""


@dataclass(frozen=True)
class _Row:
    id: int
    key: Key
    kind: str
    with_key: Key
    updated: str


@dataclass
class Change:
    """What one merge or split wrote, for undo: the rows of the mentions it touched as
    they were (None: no row) and as it left them, and the events as they were."""
    before: dict[tuple, tuple | None]
    after: dict[tuple, tuple]
    groups: list[list[Key]]
    event_id: int = 0                 # the event the analyst's mentions are in now
    moved: int = 0                    # mentions moved
    touched: set[int] = field(default_factory=set)


_COLS = ("id, article_source, article_hash, phrase, sentence, kind, with_source, with_hash, "
         "with_phrase, with_sentence, updated")

_FIND = (
    "WITH k AS (SELECT key AS i, json_extract(value, '$[0]') AS source, "
    "json_extract(value, '$[1]') AS hash, json_extract(value, '$[2]') AS phrase, "
    "json_extract(value, '$[3]') AS sentence FROM json_each(?)) "
    "SELECT k.i, m.id, a.hash, a.source = k.source FROM k JOIN articles a ON a.id IN "
    "(SELECT id FROM articles WHERE source = k.source UNION SELECT id FROM articles "
    "WHERE hash = k.hash) JOIN mentions m ON m.article_id = a.id AND m.phrase = k.phrase "
    "AND m.sentence = k.sentence ORDER BY k.i, a.source = k.source DESC, a.id DESC, m.id")


def _find_many(conn: sqlite3.Connection, keys: list[Key]
               ) -> list[tuple[int, str | None] | None]:
    """For each key, (mention id, the article's hash now) of the mention it names, or None
    when that mention is gone: by the article's source first, else by its content hash."""
    out: list[tuple[int, str | None] | None] = [None] * len(keys)
    if keys:
        for i, mid, h, by_source in conn.execute(_FIND, (json.dumps([list(k) for k in keys]),)):
            if out[i] is None:
                out[i] = (mid, h if by_source else keys[i][1])
    return out


def _find(conn: sqlite3.Connection, key: Key) -> tuple[int, str | None] | None:
    return _find_many(conn, [key])[0]


def _ids(values: Iterable[int]) -> str:
    return json.dumps(sorted(set(values)))


def _events_of(conn: sqlite3.Connection, mention_ids: Iterable[int]) -> dict[int, int]:
    return dict(conn.execute("SELECT id, event_id FROM mentions WHERE id IN "
                             "(SELECT value FROM json_each(?))", (_ids(mention_ids),)))


def _event_of(conn: sqlite3.Connection, mention_id: int) -> int:
    return _events_of(conn, [mention_id])[mention_id]


def _keys(conn: sqlite3.Connection, event_id: int, article_id: int | None = None
          ) -> list[tuple[int, Key]]:
    """(mention id, key) of an event's mentions (of one article only, if given), by id."""
    sql = ("SELECT m.id, a.source, a.hash, m.phrase, m.sentence FROM mentions m JOIN articles a "
           "ON a.id = m.article_id WHERE m.event_id = ?")
    params: tuple = (event_id,)
    if article_id is not None:
        sql += " AND m.article_id = ?"
        params += (article_id,)
    return [(r[0], tuple(r[1:])) for r in conn.execute(sql + " ORDER BY m.id", params)]


def _mentions(conn: sqlite3.Connection, event_id: int) -> list[int]:
    return [m for (m,) in conn.execute("SELECT id FROM mentions WHERE event_id = ? ORDER BY id",
                                       (event_id,))]


def _load(conn: sqlite3.Connection, ids: Iterable[int]) -> list[_Row]:
    return [_Row(r[0], tuple(r[1:5]), r[5], tuple(r[6:10]), r[10]) for r in conn.execute(
        f"SELECT {_COLS} FROM regroups WHERE id IN (SELECT value FROM json_each(?)) "
        "ORDER BY updated, id", (_ids(ids),))]


# -- replaying the rows --------------------------------------------------------------

def apply(conn: sqlite3.Connection, article_id: int) -> tuple[set[int], set[int]]:
    """After an article was saved: replay the regroupings it may have disturbed (those of
    its mentions, and those of every event its mentions joined). Returns the events
    touched and the analyst's corrections that pointed at them (annotations re-resolves
    those). Costs one query when the store has no regroupings."""
    if conn.execute("SELECT 1 FROM regroups LIMIT 1").fetchone() is None:
        return set(), set()
    art = conn.execute("SELECT source, hash FROM articles WHERE id = ?",
                       (article_id,)).fetchone()
    ids: set[int] = set()
    if art is not None:
        ids.update(i for (i,) in conn.execute(
            "SELECT id FROM regroups WHERE article_source = ?1 UNION "
            "SELECT id FROM regroups WHERE article_hash = ?2 UNION "
            "SELECT id FROM regroups WHERE with_source = ?1 UNION "
            "SELECT id FROM regroups WHERE with_hash = ?2", art))
    ids.update(i for (i,) in conn.execute(
        "SELECT regroup_id FROM regroup_targets WHERE event_id IN "
        "(SELECT event_id FROM mentions WHERE article_id = ?)", (article_id,)))
    return _apply(conn, ids)


def apply_all(conn: sqlite3.Connection) -> tuple[set[int], set[int]]:
    """Replay every regrouping (after a migration or a rebuild of the events)."""
    return _apply(conn, [i for (i,) in conn.execute("SELECT id FROM regroups")], whole=False)


def _group(key: Key) -> tuple:
    return (key[0], key[2], key[3])


def _apply(conn: sqlite3.Connection, ids: Iterable[int], whole: bool = True
           ) -> tuple[set[int], set[int]]:
    ids = set(ids)
    if not ids:
        return set(), set()
    if whole:  # every row of the events these rows are in, and every row of a split group
        listed = _ids(ids)
        ids.update(i for (i,) in conn.execute(
            "SELECT regroup_id FROM regroup_targets WHERE event_id IN (SELECT event_id "
            "FROM regroup_targets WHERE regroup_id IN (SELECT value FROM json_each(?)))",
            (listed,)))
        ids.update(i for (i,) in conn.execute(
            "SELECT r2.id FROM regroups r JOIN regroups r2 ON r2.kind = 'split' "
            "AND r2.with_source = r.with_source AND r2.with_phrase = r.with_phrase "
            "AND r2.with_sentence = r.with_sentence WHERE r.kind = 'split' "
            "AND r.id IN (SELECT value FROM json_each(?))", (listed,)))
    rows = _load(conn, ids)
    hits = _find_many(conn, [r.key for r in rows])
    anchors: dict[tuple, tuple[int, str | None] | None] = {}
    wanted = list({_group(r.with_key): r.with_key for r in rows}.values())
    for k, hit in zip(wanted, _find_many(conn, wanted), strict=True):
        anchors[_group(k)] = hit
    found: dict[int, int | None] = {}
    for r, hit in zip(rows, hits, strict=True):  # a changed article: follow its new hash
        found[r.id] = hit[0] if hit else None
        if hit and hit[1] != r.key[1]:
            conn.execute("UPDATE regroups SET article_hash = ? WHERE id = ?", (hit[1], r.id))
        a = anchors[_group(r.with_key)]
        if a and a[1] != r.with_key[1]:
            conn.execute("UPDATE regroups SET with_hash = ? WHERE id = ?", (a[1], r.id))
    members: dict[tuple, list[int]] = {}
    for r in rows:
        if r.kind == "split" and found[r.id] is not None:
            members.setdefault(_group(r.with_key), []).append(found[r.id])
    touched: set[int] = set()
    groups_done: set[tuple] = set()
    i = 0
    while i < len(rows):
        r = rows[i]
        g = _group(r.with_key)
        if r.kind == "merge":  # one merge's rows share their anchor and time: one move
            j = i
            while j < len(rows) and rows[j].kind == "merge" \
                    and _group(rows[j].with_key) == g and rows[j].updated == r.updated:
                j += 1
            a = anchors[g]
            mids = [found[x.id] for x in rows[i:j] if found[x.id] is not None]
            if a is not None and mids:
                _move(conn, mids, _event_of(conn, a[0]), touched)
            i = j
            continue
        i += 1
        if g in groups_done or not members.get(g):
            continue
        groups_done.add(g)
        a = anchors[g]
        first = a[0] if a and a[0] in members[g] else members[g][0]
        later = {found[x.id] for x in rows[i:] if x.updated > r.updated}
        _keep_apart(conn, first, members[g], later, touched)
    anns = _rebuild(conn, touched)
    _retarget(conn, found)
    return touched, anns


def _keep_apart(conn: sqlite3.Connection, first: int, members: list[int], later: set,
                touched: set[int]) -> None:
    """A split group: its members alone in one event (the first member's, unless that
    one holds others too: then a new one). Mentions that later rows move are not
    counted as others: those rows put them where they belong next."""
    target = _event_of(conn, first)
    mine = set(members)
    others = [m for m in _mentions(conn, target) if m not in mine and m not in later]
    if others:
        target = _new_event(conn, first)
        touched.add(target)
    _move(conn, members, target, touched)


def _move(conn: sqlite3.Connection, mention_ids: list[int], event_id: int,
          touched: set[int]) -> int:
    """Put mentions in an event (rebuilt later, with the events they left)."""
    was = _events_of(conn, mention_ids)
    moving = [m for m, e in was.items() if e != event_id]
    if moving:
        conn.execute("UPDATE mentions SET event_id = ? WHERE id IN "
                     "(SELECT value FROM json_each(?))", (event_id, _ids(moving)))
        touched.update(was[m] for m in moving)
        touched.add(event_id)
    return len(moving)


def _new_event(conn: sqlite3.Connection, mention_id: int) -> int:
    """An empty event on a mention's span; the rebuild gives it title, keys and counters."""
    cur = conn.execute(
        'INSERT INTO events (value, start, "end", granularity, title, body, n_sources, '
        "n_mentions) SELECT value, start_date, coalesce(end_date, start_date), "
        "coalesce(granularity, 'day'), '', sentence, 0, 0 FROM mentions WHERE id = ?",
        (mention_id,))
    start = conn.execute("SELECT start FROM events WHERE id = ?",
                         (cur.lastrowid,)).fetchone()[0]
    counts.adjust(conn, start, +1)
    return cur.lastrowid


def _rebuild(conn: sqlite3.Connection, touched: set[int]) -> set[int]:
    """Rebuild the touched events (an emptied one goes); returns the corrections that
    pointed at them, read before a gone event takes its targets with it."""
    from .merge import rebuild_event

    if not touched:
        return set()
    anns = {a for (a,) in conn.execute(
        "SELECT annotation_id FROM annotation_targets WHERE event_id IN "
        "(SELECT value FROM json_each(?))", (_ids(touched),))}
    for e in sorted(touched):
        rebuild_event(conn, e)
    return anns


def _retarget(conn: sqlite3.Connection, found: dict[int, int | None]) -> None:
    """Where each row's mention is now (no target: its mention is gone)."""
    events = _events_of(conn, [m for m in found.values() if m is not None])
    conn.executemany("DELETE FROM regroup_targets WHERE regroup_id = ?",
                     [(r,) for r, m in found.items() if m is None])
    conn.executemany("INSERT OR REPLACE INTO regroup_targets (regroup_id, event_id) "
                     "VALUES (?, ?)", [(r, events[m]) for r, m in found.items()
                                       if m is not None])


# -- the analyst's actions -------------------------------------------------------------

def _check_event(conn: sqlite3.Connection, event_id: int) -> None:
    if not conn.execute("SELECT 1 FROM events WHERE id = ?", (event_id,)).fetchone():
        raise RegroupError(f"no event with id {event_id}")


_ROW = "kind, with_source, with_hash, with_phrase, with_sentence, updated"
_IN_KEYS = ("(article_source, phrase, sentence) IN (SELECT json_extract(value, '$[0]'), "
            "json_extract(value, '$[1]'), json_extract(value, '$[2]') FROM json_each(?))")


def _rows_of(conn: sqlite3.Connection, groups: Iterable[tuple]) -> dict[tuple, tuple | None]:
    """The row of each mention (source, phrase, sentence) as it is now, None for none."""
    groups = list(dict.fromkeys(groups))
    out: dict[tuple, tuple | None] = dict.fromkeys(groups)
    for r in conn.execute(f"SELECT article_source, phrase, sentence, {_ROW} FROM regroups "
                          f"WHERE {_IN_KEYS}", (json.dumps([list(g) for g in groups]),)):
        out[tuple(r[:3])] = tuple(r[3:])
    return out


def _put(conn: sqlite3.Connection, keys: list[Key], kind: str, with_key: Key, now: str
         ) -> list[int]:
    conn.executemany(
        f"INSERT INTO regroups ({_COLS.removeprefix('id, ')}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?) ON CONFLICT (article_source, phrase, sentence) DO UPDATE SET "
        "article_hash = excluded.article_hash, kind = excluded.kind, "
        "with_source = excluded.with_source, with_hash = excluded.with_hash, "
        "with_phrase = excluded.with_phrase, with_sentence = excluded.with_sentence, "
        "updated = excluded.updated", [(*k, kind, *with_key, now) for k in keys])
    return _row_ids(conn, [_group(k) for k in keys])


def _row_ids(conn: sqlite3.Connection, groups: list[tuple]) -> list[int]:
    return [i for (i,) in conn.execute(f"SELECT id FROM regroups WHERE {_IN_KEYS}",
                                       (json.dumps([list(g) for g in groups]),))]


def merge(conn: sqlite3.Connection, event_id: int, others: Iterable[int]) -> Change:
    """Make `others` part of `event_id` (inside the caller's transaction): every mention of
    theirs gets a row saying it belongs with the event's first mention."""
    _check_event(conn, event_id)
    others = list(dict.fromkeys(o for o in others if o != event_id))
    if not others:
        raise RegroupError("merge: wants an event other than this one")
    for o in others:
        _check_event(conn, o)
    groups = [[k for _m, k in _keys(conn, e)] for e in [event_id, *others]]
    keys = [k for g in groups[1:] for k in g]
    before = _rows_of(conn, map(_group, keys))
    touched, anns = _apply(conn, _put(conn, keys, "merge", groups[0][0], _now()))
    change = Change(before, _rows_of(conn, before), groups, event_id=event_id,
                    moved=len(keys), touched=touched)
    _after(conn, touched, anns)
    return change


def split(conn: sqlite3.Connection, event_id: int, article_id: int) -> Change:
    """Take one article's mentions out of an event into an event of their own (inside the
    caller's transaction); `Change.event_id` is the new event."""
    _check_event(conn, event_id)
    everything = _keys(conn, event_id)
    mine = [(m, k) for m, k in _keys(conn, event_id, article_id)]
    if not mine:
        raise RegroupError(f"split: event {event_id} has no source with article id "
                           f"{article_id}")
    mine_ids = {m for m, _k in mine}
    rest = [k for m, k in everything if m not in mine_ids]
    if not rest:
        raise RegroupError(f"split: article {article_id} is the only source of event "
                           f"{event_id}; nothing to split it from")
    keys = [k for _m, k in mine]
    now = _now()
    # rows that join a mention leaving with the split, for a mention that stays, now join
    # one that stays (so a replay ends as the analyst left it)
    leaving, staying = {_group(k) for k in keys}, {_group(k) for k in rest}
    repoint = [r for r in conn.execute(
        "SELECT id, article_source, phrase, sentence, with_source, with_phrase, with_sentence "
        f"FROM regroups WHERE kind = 'merge' AND {_IN_KEYS}",
        (json.dumps([list(g) for g in staying]),)) if tuple(r[4:7]) in leaving]
    before = _rows_of(conn, [*leaving, *(tuple(r[1:4]) for r in repoint)])
    conn.executemany("UPDATE regroups SET with_source = ?, with_hash = ?, with_phrase = ?, "
                     "with_sentence = ?, updated = ? WHERE id = ?",
                     [(*rest[0], now, r[0]) for r in repoint])
    ids = [r[0] for r in repoint] + _put(conn, keys, "split", keys[0], now)
    touched, anns = _apply(conn, ids)
    change = Change(before, _rows_of(conn, before), [[k for _m, k in everything]],
                    event_id=_event_of(conn, mine[0][0]), moved=len(keys), touched=touched)
    _after(conn, touched, anns)
    return change


def _after(conn: sqlite3.Connection, touched: set[int], anns: set[int]) -> None:
    """The analyst's other corrections follow the mentions that moved."""
    from .annotations import reapply

    conn.executemany("INSERT OR IGNORE INTO layer_dirty (event_id) SELECT id FROM events "
                     "WHERE id = ?", [(e,) for e in touched])
    reapply(conn, ann_ids=anns)


def undo(conn: sqlite3.Connection, change: Change) -> str | None:
    """Put the events back as they were before `change` (inside the caller's transaction).
    Only when every row it wrote still holds what it wrote: another window's later
    regrouping wins, and this says so in one line (None when undone)."""
    if _rows_of(conn, change.after) != change.after:
        return "not undone: these events were regrouped since (in another window?)"
    conn.execute(f"DELETE FROM regroups WHERE {_IN_KEYS}",
                 (json.dumps([list(g) for g in change.before]),))
    conn.executemany(f"INSERT INTO regroups ({_COLS.removeprefix('id, ')}) VALUES "
                     "(?, NULL, ?, ?, ?, ?, ?, ?, ?, ?)",
                     [(*g, *row) for g, row in change.before.items() if row is not None])
    touched: set[int] = set()
    claimed: set[int] = set()
    for group in change.groups:
        mids = [hit[0] for hit in _find_many(conn, group) if hit is not None]
        if not mids:
            continue
        where = _events_of(conn, mids)
        ranked = [where[m] for m in mids]
        target = max(dict.fromkeys(ranked), key=ranked.count)  # where most of them are now
        if target in claimed:
            target = _new_event(conn, mids[0])
            touched.add(target)
        if not claimed:
            change.event_id = target  # where the analyst's event is again
        claimed.add(target)
        _move(conn, mids, target, touched)
    anns = _rebuild(conn, touched)
    rows = _load(conn, _row_ids(conn, list(change.before)))
    hits = _find_many(conn, [r.key for r in rows])
    for r, hit in zip(rows, hits, strict=True):
        if hit and hit[1] != r.key[1]:  # the restored rows get their article's hash back
            conn.execute("UPDATE regroups SET article_hash = ? WHERE id = ?", (hit[1], r.id))
    _retarget(conn, {r.id: hit[0] if hit else None for r, hit in zip(rows, hits, strict=True)})
    _after(conn, touched, anns)
    return None


def marked_events(conn: sqlite3.Connection, but: int) -> list[int]:
    """The marked events other than `but` (what the app's merge key merges)."""
    return [e for (e,) in conn.execute(
        "SELECT event_id FROM event_layer WHERE marked = 1 AND event_id != ? ORDER BY event_id",
        (but,))]


# -- orphans, export and import ------------------------------------------------------

def _row_json(r: _Row) -> dict:
    return {"regroup": r.kind,
            "article": {"source": r.key[0], "hash": r.key[1]},
            "mention": {"phrase": r.key[2], "sentence": r.key[3]},
            "with": {"article": {"source": r.with_key[0], "hash": r.with_key[1]},
                     "mention": {"phrase": r.with_key[2], "sentence": r.with_key[3]}},
            "updated": r.updated}


def orphans(conn: sqlite3.Connection) -> list[dict]:
    """Regroupings whose mention no longer exists in any stored article."""
    return [_row_json(r) for r in _load(conn, [i for (i,) in conn.execute(
        "SELECT id FROM regroups WHERE id NOT IN (SELECT regroup_id FROM regroup_targets)")])]


def orphan_count(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM regroups WHERE id NOT IN "
                        "(SELECT regroup_id FROM regroup_targets)").fetchone()[0]


def export(conn: sqlite3.Connection) -> Iterator[dict]:
    ids = [i for (i,) in conn.execute("SELECT id FROM regroups")]
    for at in range(0, len(ids), 1000):
        yield from (_row_json(r) for r in _load(conn, ids[at:at + 1000]))


def _ref(obj: object, where: str, what: str) -> Key:
    art = obj.get("article") if isinstance(obj, dict) else None
    men = obj.get("mention") if isinstance(obj, dict) else None
    if not isinstance(art, dict) or not isinstance(men, dict):
        raise RegroupError(f"{where}: not a dateline regrouping ({what} wants article and "
                           "mention)")
    key = (art.get("source"), art.get("hash"), men.get("phrase"), men.get("sentence"))
    if not isinstance(key[0], str) or not key[0] or not isinstance(key[1], (str, type(None))) \
            or not isinstance(key[2], str) or not isinstance(key[3], str) or not key[3]:
        raise RegroupError(f"{where}: not a dateline regrouping ({what}: article.source, "
                           "mention.phrase and mention.sentence must be text)")
    return key


def parse_line(obj: dict, where: str) -> tuple:
    """One export line, checked whole: (key, kind, with_key, updated)."""
    kind = obj.get("regroup")
    if kind not in ("merge", "split"):
        raise RegroupError(f"{where}: regroup must be merge or split")
    up = obj.get("updated")
    if not isinstance(up, (str, type(None))):
        raise RegroupError(f"{where}: updated must be text")
    return (_ref(obj, where, "the mention"), kind, _ref(obj.get("with"), where, "with"),
            up or "1970-01-01T00:00:00+00:00")


def import_rows(conn: sqlite3.Connection, rows: list[tuple]) -> tuple[int, int]:
    """Add the parsed regroupings (a newer one of a mention replaces an older; the same
    twice changes nothing) and replay them; (imported, on a mention here)."""
    ids = []
    for key, kind, with_key, up in rows:
        conn.execute(
            f"INSERT INTO regroups ({_COLS.removeprefix('id, ')}) VALUES (?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?) ON CONFLICT (article_source, phrase, sentence) DO UPDATE SET "
            "article_hash = coalesce(excluded.article_hash, article_hash), kind = excluded.kind, "
            "with_source = excluded.with_source, with_hash = excluded.with_hash, "
            "with_phrase = excluded.with_phrase, with_sentence = excluded.with_sentence, "
            "updated = excluded.updated WHERE excluded.updated > regroups.updated",
            (*key, kind, *with_key, up))
        ids.append(conn.execute("SELECT id FROM regroups WHERE article_source = ? AND "
                                "phrase = ? AND sentence = ?", (key[0], key[2], key[3]))
                   .fetchone()[0])
    if not ids:
        return 0, 0
    touched, anns = _apply(conn, ids)
    _after(conn, touched, anns)
    matched = conn.execute("SELECT count(*) FROM regroup_targets WHERE regroup_id IN "
                           "(SELECT value FROM json_each(?))",
                           (json.dumps(sorted(set(ids))),)).fetchone()[0]
    return len(ids), matched


# -- read-only: what the app shows of the regroupings ---------------------------------

def regrouped(conn: sqlite3.Connection, event_id: int) -> tuple[int, int]:
    """(mentions the analyst merged into this event, mentions split out into it): the
    regroupings that hold here now, for the details pane."""
    got = dict(conn.execute(
        "SELECT r.kind, count(*) FROM regroup_targets t JOIN regroups r ON r.id = t.regroup_id "
        "WHERE t.event_id = ? GROUP BY r.kind", (event_id,)))
    return got.get("merge", 0), got.get("split", 0)
