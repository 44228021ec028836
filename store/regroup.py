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
    "SELECT m.id, m.event_id, a.hash, a.source = ? FROM mentions m JOIN articles a "
    "ON a.id = m.article_id WHERE a.id IN (SELECT id FROM articles WHERE source = ? "
    "UNION SELECT id FROM articles WHERE hash = ?) AND m.phrase = ? AND m.sentence = ? "
    "ORDER BY a.source = ? DESC, a.id DESC, m.id LIMIT 1")


def _find(conn: sqlite3.Connection, key: Key) -> tuple[int, str | None] | None:
    """(mention id, the article's hash now) of the mention a key names, None when gone."""
    source, h, phrase, sentence = key
    r = conn.execute(_FIND, (source, source, h or "", phrase, sentence, source)).fetchone()
    return None if r is None else (r[0], r[2] if r[3] else h)


def _key_of(conn: sqlite3.Connection, mention_id: int) -> Key:
    return tuple(conn.execute(
        "SELECT a.source, a.hash, m.phrase, m.sentence FROM mentions m JOIN articles a "
        "ON a.id = m.article_id WHERE m.id = ?", (mention_id,)).fetchone())


def _event_of(conn: sqlite3.Connection, mention_id: int) -> int:
    return conn.execute("SELECT event_id FROM mentions WHERE id = ?",
                        (mention_id,)).fetchone()[0]


def _mentions(conn: sqlite3.Connection, event_id: int) -> list[int]:
    return [m for (m,) in conn.execute("SELECT id FROM mentions WHERE event_id = ? ORDER BY id",
                                       (event_id,))]


def _load(conn: sqlite3.Connection, ids: Iterable[int]) -> list[_Row]:
    out = []
    for r in conn.execute(f"SELECT {_COLS} FROM regroups WHERE id IN "
                          "(SELECT value FROM json_each(?)) ORDER BY updated, id",
                          (json.dumps(sorted(ids)),)):
        out.append(_Row(r[0], tuple(r[1:5]), r[5], tuple(r[6:10]), r[10]))
    return out


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


def _apply(conn: sqlite3.Connection, ids: Iterable[int], whole: bool = True
           ) -> tuple[set[int], set[int]]:
    ids = set(ids)
    if not ids:
        return set(), set()
    if whole:  # every row of the events these rows are in, and every row of a split group
        listed = json.dumps(sorted(ids))
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
    found: dict[int, int | None] = {}
    anchor: dict[int, int | None] = {}
    for r in rows:
        found[r.id] = _follow(conn, r, r.key, "article_hash")
        anchor[r.id] = _follow(conn, r, r.with_key, "with_hash")
    touched: set[int] = set()
    groups_done: set[tuple] = set()
    for i, r in enumerate(rows):
        if r.kind == "merge":
            m, a = found[r.id], anchor[r.id]
            if m is not None and a is not None:
                _move(conn, [m], _event_of(conn, a), touched)
            continue
        group = (r.with_key[0], *r.with_key[2:])
        if group in groups_done:
            continue
        groups_done.add(group)
        members = [found[x.id] for x in rows if x.kind == "split" and found[x.id] is not None
                   and (x.with_key[0], *x.with_key[2:]) == group]
        if not members:
            continue
        first = anchor[r.id] if anchor[r.id] in members else members[0]
        later = {found[x.id] for x in rows[i + 1:] if x.updated > r.updated}
        _keep_apart(conn, first, members, later, touched)
    anns = _rebuild(conn, touched)
    for r in rows:
        _retarget(conn, r.id, found[r.id])
    return touched, anns


def _follow(conn: sqlite3.Connection, r: _Row, key: Key, column: str) -> int | None:
    """The mention id a row's key names now; a changed article's new hash is kept."""
    hit = _find(conn, key)
    if hit is None:
        return None
    mid, h = hit
    if h != key[1]:
        conn.execute(f"UPDATE regroups SET {column} = ? WHERE id = ?", (h, r.id))
    return mid


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
    n = 0
    for m in mention_ids:
        was = _event_of(conn, m)
        if was != event_id:
            conn.execute("UPDATE mentions SET event_id = ? WHERE id = ?", (event_id, m))
            touched.update((was, event_id))
            n += 1
    return n


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
        "(SELECT value FROM json_each(?))", (json.dumps(sorted(touched)),))}
    for e in sorted(touched):
        rebuild_event(conn, e)
    return anns


def _retarget(conn: sqlite3.Connection, row_id: int, mention_id: int | None) -> None:
    if mention_id is None:
        conn.execute("DELETE FROM regroup_targets WHERE regroup_id = ?", (row_id,))
    else:
        conn.execute("INSERT OR REPLACE INTO regroup_targets (regroup_id, event_id) "
                     "VALUES (?, ?)", (row_id, _event_of(conn, mention_id)))


# -- the analyst's actions -------------------------------------------------------------

def _check_event(conn: sqlite3.Connection, event_id: int) -> None:
    if not conn.execute("SELECT 1 FROM events WHERE id = ?", (event_id,)).fetchone():
        raise RegroupError(f"no event with id {event_id}")


def _row_of(conn: sqlite3.Connection, key: Key) -> tuple | None:
    return conn.execute(
        "SELECT kind, with_source, with_hash, with_phrase, with_sentence, updated FROM regroups "
        "WHERE article_source = ? AND phrase = ? AND sentence = ?",
        (key[0], key[2], key[3])).fetchone()


def _put(conn: sqlite3.Connection, key: Key, kind: str, with_key: Key, now: str) -> int:
    conn.execute(
        f"INSERT INTO regroups ({_COLS.removeprefix('id, ')}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?) ON CONFLICT (article_source, phrase, sentence) DO UPDATE SET "
        "article_hash = excluded.article_hash, kind = excluded.kind, "
        "with_source = excluded.with_source, with_hash = excluded.with_hash, "
        "with_phrase = excluded.with_phrase, with_sentence = excluded.with_sentence, "
        "updated = excluded.updated", (*key, kind, *with_key, now))
    return conn.execute("SELECT id FROM regroups WHERE article_source = ? AND phrase = ? "
                        "AND sentence = ?", (key[0], key[2], key[3])).fetchone()[0]


def _snapshot(conn: sqlite3.Connection, event_ids: list[int]) -> list[list[Key]]:
    return [[_key_of(conn, m) for m in _mentions(conn, e)] for e in event_ids]


def _written(conn: sqlite3.Connection, keys: Iterable[Key], before: dict) -> dict:
    return {(k[0], k[2], k[3]): _row_of(conn, k) for k in keys
            if (k[0], k[2], k[3]) in before}


def merge(conn: sqlite3.Connection, event_id: int, others: Iterable[int]) -> Change:
    """Make `others` part of `event_id` (inside the caller's transaction): every mention of
    theirs gets a row saying it belongs with the event's first mention."""
    _check_event(conn, event_id)
    others = list(dict.fromkeys(o for o in others if o != event_id))
    if not others:
        raise RegroupError("merge: wants an event other than this one")
    for o in others:
        _check_event(conn, o)
    groups = _snapshot(conn, [event_id, *others])
    anchor = groups[0][0]
    now = _now()
    keys = [k for g in groups[1:] for k in g]
    before = {(k[0], k[2], k[3]): _row_of(conn, k) for k in keys}
    ids = [_put(conn, k, "merge", anchor, now) for k in keys]
    touched, anns = _apply(conn, ids)
    change = Change(before, _written(conn, keys, before), groups, event_id=event_id,
                    moved=len(keys), touched=touched)
    _after(conn, touched, anns)
    return change


def split(conn: sqlite3.Connection, event_id: int, article_id: int) -> Change:
    """Take one article's mentions out of an event into an event of their own (inside the
    caller's transaction); `Change.event_id` is the new event."""
    _check_event(conn, event_id)
    mine = [m for (m,) in conn.execute(
        "SELECT id FROM mentions WHERE event_id = ? AND article_id = ? ORDER BY id",
        (event_id, article_id))]
    if not mine:
        raise RegroupError(f"split: event {event_id} has no source with article id "
                           f"{article_id}")
    rest = [m for m in _mentions(conn, event_id) if m not in set(mine)]
    if not rest:
        raise RegroupError(f"split: article {article_id} is the only source of event "
                           f"{event_id}; nothing to split it from")
    groups = _snapshot(conn, [event_id])
    keys = [_key_of(conn, m) for m in mine]
    first, stay = keys[0], _key_of(conn, rest[0])
    now = _now()
    # rows that join a mention leaving with the split, for a mention that stays, now join
    # one that stays
    mine_k = {(k[0], k[2], k[3]) for k in keys}
    rest_k = {(k[0], k[2], k[3]) for k in (_key_of(conn, m) for m in rest)}
    repoint = [r for r in conn.execute(
        "SELECT id, article_source, phrase, sentence, with_source, with_phrase, with_sentence "
        "FROM regroups WHERE kind = 'merge'").fetchall()
        if tuple(r[4:7]) in mine_k and tuple(r[1:4]) in rest_k]
    touched_keys = keys + [(r[1], None, r[2], r[3]) for r in repoint]
    before = {(k[0], k[2], k[3]): _row_of(conn, k) for k in touched_keys}
    for r in repoint:
        conn.execute("UPDATE regroups SET with_source = ?, with_hash = ?, with_phrase = ?, "
                     "with_sentence = ?, updated = ? WHERE id = ?", (*stay, now, r[0]))
    ids = [r[0] for r in repoint] + [_put(conn, k, "split", first, now) for k in keys]
    touched, anns = _apply(conn, ids)
    new = _event_of(conn, _find(conn, first)[0])
    change = Change(before, _written(conn, touched_keys, before), groups, event_id=new,
                    moved=len(keys), touched=touched)
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
    for k, row in change.after.items():
        if _row_of(conn, (k[0], None, k[1], k[2])) != row:
            return "not undone: these events were regrouped since (in another window?)"
    for k, row in change.before.items():
        conn.execute("DELETE FROM regroups WHERE article_source = ? AND phrase = ? "
                     "AND sentence = ?", k)
        if row is not None:
            kind, ws, wh, wp, wsen, up = row
            h = _find(conn, (k[0], None, k[1], k[2]))
            conn.execute(f"INSERT INTO regroups ({_COLS.removeprefix('id, ')}) VALUES "
                         "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         (k[0], h[1] if h else None, k[1], k[2], kind, ws, wh, wp, wsen, up))
    touched: set[int] = set()
    claimed: set[int] = set()
    for group in change.groups:
        mids = [hit[0] for k in group if (hit := _find(conn, k)) is not None]
        if not mids:
            continue
        where = [_event_of(conn, m) for m in mids]
        target = max(dict.fromkeys(where), key=where.count)  # where most of them are now
        if target in claimed:
            target = _new_event(conn, mids[0])
            touched.add(target)
        if not claimed:
            change.event_id = target  # where the analyst's event is again
        claimed.add(target)
        _move(conn, mids, target, touched)
    anns = _rebuild(conn, touched)
    ids = [i for (i,) in conn.execute(
        "SELECT id FROM regroups WHERE (article_source, phrase, sentence) IN "
        "(SELECT json_extract(value, '$[0]'), json_extract(value, '$[1]'), "
        "json_extract(value, '$[2]') FROM json_each(?))",
        (json.dumps([list(k) for k in change.before]),))]
    for r in _load(conn, ids):
        hit = _find(conn, r.key)
        _retarget(conn, r.id, hit[0] if hit else None)
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
