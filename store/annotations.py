"""The analyst's layer: marks, hides, notes, titles and dates that survive re-ingest.

An analyst's correction is a row of `annotations`, keyed to what outlives a
re-merge: the article (its source, or its content hash when a colleague stored
it under another path) and the mention (its phrase and sentence). Event ids
change whenever an article is replaced and the merge runs again, so they are
never the key. What the events look like with the corrections applied is
derived: `annotation_targets` says which event each correction's mention is in
now, and `event_layer` holds each annotated event's marks and note, its edits
(from/to), and the event as the merge computed it (`base`), so a correction
that goes away restores what the merge made.

After every article saved, `reapply` re-resolves the corrections of that
article and of every annotated event its merge touched (the mention triggers
of schema 9 list those in `layer_dirty`). A correction whose mention vanished
is kept, without a target, and `orphans` lists it: nothing is dropped silently.

Hidden events stay in `events` (and in the period counts, which the merge
keeps); the reading side (browse.py) leaves them out unless asked.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import date, datetime, timezone

from . import counts
from .record import record

DATE_FIELDS = ("value", "start", "end", "granularity")


class AnnotationError(Exception):
    """Bad input for an edit or an import line: one line for the user."""


@record(frozen=True)
class Layer:
    """What the analyst's layer says of one event."""
    marked: bool = False
    hidden: bool = False
    note: str | None = None
    edited: dict | None = None   # {field: {"from": ..., "to": ...}} or None


NO_LAYER = Layer()


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


# -- resolving corrections to events -------------------------------------------

_RESOLVE = (
    "SELECT m.event_id, a.hash, a.source = ? FROM mentions m JOIN articles a "
    "ON a.id = m.article_id WHERE a.id IN (SELECT id FROM articles WHERE source = ? "
    "UNION SELECT id FROM articles WHERE hash = ?) AND m.phrase = ? AND m.sentence = ? "
    "ORDER BY a.source = ? DESC, a.id DESC, m.id LIMIT 1")


def _resolve(conn: sqlite3.Connection, ann_id: int) -> int | None:
    """The event the correction's mention is in now (None when the mention is gone)."""
    source, h, phrase, sentence = conn.execute(
        "SELECT article_source, article_hash, phrase, sentence FROM annotations WHERE id = ?",
        (ann_id,)).fetchone()
    r = conn.execute(_RESOLVE, (source, source, h or "", phrase, sentence, source)).fetchone()
    old = conn.execute("SELECT event_id FROM annotation_targets WHERE annotation_id = ?",
                       (ann_id,)).fetchone()
    if r is None:
        if old is not None:
            conn.execute("DELETE FROM annotation_targets WHERE annotation_id = ?", (ann_id,))
        return None
    event_id, new_hash, by_source = r
    if by_source and new_hash != h:  # the article changed: follow its new content
        conn.execute("UPDATE annotations SET article_hash = ? WHERE id = ?", (new_hash, ann_id))
    if old is None or old[0] != event_id:
        conn.execute("INSERT OR REPLACE INTO annotation_targets (annotation_id, event_id) "
                     "VALUES (?, ?)", (ann_id, event_id))
    return event_id


def reapply(conn: sqlite3.Connection, article_id: int | None = None,
            ann_ids: Iterable[int] = ()) -> None:
    """Re-resolve and re-apply the corrections a change may have moved (inside the
    caller's transaction): those of `article_id`, those in `ann_ids`, and those of
    every annotated event a merge touched since the last call."""
    from . import regroup

    anns = set(ann_ids)
    if article_id is not None:  # the analyst's merges and splits first: they move mentions
        moved, moved_anns = regroup.apply(conn, article_id)
        anns |= moved_anns
        conn.executemany("INSERT OR IGNORE INTO layer_dirty (event_id) SELECT id FROM events "
                         "WHERE id = ?", [(e,) for e in moved])
    events = {e for (e,) in conn.execute("SELECT event_id FROM layer_dirty")}
    if events:
        conn.execute("DELETE FROM layer_dirty")
    if article_id is not None:
        anns.update(i for (i,) in conn.execute(
            "SELECT n.id FROM articles a JOIN annotations n ON n.article_source = a.source "
            "WHERE a.id = ? UNION SELECT n.id FROM articles a JOIN annotations n "
            "ON n.article_hash = a.hash WHERE a.id = ?", (article_id, article_id)))
    if not anns and not events:
        return
    for e in list(events):
        anns.update(i for (i,) in conn.execute(
            "SELECT annotation_id FROM annotation_targets WHERE event_id = ?", (e,)))
    for ann in sorted(anns):
        old = conn.execute("SELECT event_id FROM annotation_targets WHERE annotation_id = ?",
                           (ann,)).fetchone()
        if old:
            events.add(old[0])
        new = _resolve(conn, ann)
        if new is not None:
            events.add(new)
    for e in sorted(events):
        _relayer(conn, e)
    conn.execute("DELETE FROM layer_dirty")  # our own writes touched no mentions; be sure


def reapply_all(conn: sqlite3.Connection) -> None:
    """Re-resolve every correction and rebuild every event's layer (after a migration
    or a rebuild of the events)."""
    from . import regroup

    regroup.apply_all(conn)
    events = {e for (e,) in conn.execute("SELECT event_id FROM event_layer")}
    for (ann,) in conn.execute("SELECT id FROM annotations ORDER BY id").fetchall():
        new = _resolve(conn, ann)
        if new is not None:
            events.add(new)
    events.update(e for (e,) in conn.execute("SELECT event_id FROM annotation_targets"))
    for e in sorted(events):
        _relayer(conn, e)
    conn.execute("DELETE FROM layer_dirty")


def _relayer(conn: sqlite3.Connection, event_id: int) -> None:
    """Rebuild one event's layer from the corrections that point at it now."""
    cur = conn.execute('SELECT title, value, start, "end", granularity FROM events WHERE id = ?',
                       (event_id,)).fetchone()
    prev = conn.execute("SELECT base, edited FROM event_layer WHERE event_id = ?",
                        (event_id,)).fetchone()
    if cur is None:
        conn.execute("DELETE FROM event_layer WHERE event_id = ?", (event_id,))
        return
    now = dict(zip(("title", *DATE_FIELDS), cur, strict=True))
    base = dict(now)
    if prev is not None:  # what the merge made, unless the merge has changed it since
        old_base, old_edited = json.loads(prev[0]), json.loads(prev[1] or "null") or {}
        if "title" in old_edited and now["title"] == old_edited["title"]["to"]:
            base["title"] = old_base["title"]
        if "value" in old_edited and now["value"] == old_edited["value"]["to"] \
                and now["start"] == old_edited["value"].get("start"):
            base.update({k: old_base[k] for k in DATE_FIELDS})
    anns = conn.execute(
        'SELECT n.marked, n.hidden, n.note, n.title, n.value, n.start, n."end", '
        "n.granularity FROM annotation_targets t JOIN annotations n ON n.id = t.annotation_id "
        "WHERE t.event_id = ? ORDER BY n.updated, n.id", (event_id,)).fetchall()
    marked = hidden = False
    note = title = None
    when = None
    for a_marked, a_hidden, a_note, a_title, *a_date in anns:  # the last writer wins
        marked = bool(a_marked) if a_marked is not None else marked
        hidden = bool(a_hidden) if a_hidden is not None else hidden
        note = a_note if a_note is not None else note
        title = a_title if a_title is not None else title
        when = a_date if a_date[0] is not None else when
    applied = dict(base)
    edited = {}
    if title is not None and title != base["title"]:
        applied["title"] = title
        edited["title"] = {"from": base["title"], "to": title}
    if when is not None and when[0] != base["value"]:
        applied.update(zip(DATE_FIELDS, when, strict=True))
        edited["value"] = {"from": base["value"], "to": when[0], "start": when[1]}
    _write_event(conn, event_id, now, applied)
    if not anns:
        conn.execute("DELETE FROM event_layer WHERE event_id = ?", (event_id,))
        return
    conn.execute(
        "INSERT OR REPLACE INTO event_layer (event_id, marked, hidden, note, edited, base) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (event_id, int(marked), int(hidden), note or None,
         json.dumps(edited) if edited else None, json.dumps(base)))


def _write_event(conn: sqlite3.Connection, event_id: int, now: dict, applied: dict) -> None:
    """The analyst's title and date on the events row (the full-text index follows the
    title by its trigger); the density counters follow the start."""
    if applied == now:
        return
    conn.execute('UPDATE events SET title = ?, value = ?, start = ?, "end" = ?, granularity = ? '
                 "WHERE id = ?", (applied["title"], *(applied[k] for k in DATE_FIELDS),
                                  event_id))
    if applied["start"] != now["start"]:
        counts.adjust_many(conn, {now["start"]: -1, applied["start"]: +1}
                           if now["start"][:10] != applied["start"][:10] else {})


# -- reading the layer ----------------------------------------------------------

def layers(conn: sqlite3.Connection, event_ids: Iterable[int]) -> dict[int, Layer]:
    """The layer of each of these events that has one."""
    ids = list(event_ids)
    out: dict[int, Layer] = {}
    for at in range(0, len(ids), 500):
        chunk = ids[at:at + 500]
        marks = ",".join("?" * len(chunk))
        for eid, marked, hidden, note, edited in conn.execute(
                "SELECT event_id, marked, hidden, note, edited FROM event_layer "
                f"WHERE event_id IN ({marks})", chunk):
            ed = json.loads(edited) if edited else None
            if ed:
                ed = {k: {"from": v["from"], "to": v["to"]} for k, v in ed.items()}
            out[eid] = Layer(bool(marked), bool(hidden), note, ed)
    return out


def hidden_ids(conn: sqlite3.Connection) -> set[int]:
    return {e for (e,) in conn.execute("SELECT event_id FROM event_layer WHERE hidden = 1")}


def orphans(conn: sqlite3.Connection) -> list[dict]:
    """Corrections and regroupings whose mention no longer exists in any stored article."""
    from . import regroup

    return [ann_json(r) for r in conn.execute(
        f"SELECT {ANN_COLUMNS} FROM annotations WHERE id NOT IN "
        "(SELECT annotation_id FROM annotation_targets) ORDER BY id")] + regroup.orphans(conn)


def orphan_count(conn: sqlite3.Connection) -> int:
    from . import regroup

    return conn.execute("SELECT count(*) FROM annotations WHERE id NOT IN "
                        "(SELECT annotation_id FROM annotation_targets)").fetchone()[0] \
        + regroup.orphan_count(conn)


# -- editing ----------------------------------------------------------------------

_FIELD_COLUMNS = ("marked", "hidden", "note", "title", "value", "start", '"end"', "granularity")


def read_date(text: str, anchor: str | None) -> tuple[str, str, str, str]:
    """(value, start, end, granularity) of a typed date, a relative phrase read against
    `anchor` (the source article's publication date); AnnotationError when not a date."""
    from .timex import parse_when

    text = " ".join((text or "").split())
    if not text:
        raise AnnotationError("--date: wants a date")
    try:
        base = date.fromisoformat(anchor[:10]) if anchor else date.today()
    except ValueError:
        base = date.today()
    try:
        t = parse_when(text, base)
    except Exception:  # the date finder's trouble is a bad date, not a traceback
        t = None
    if t is None or not t.start_date or not t.end_date:
        raise AnnotationError(f"--date: '{text}' is not a date")
    return t.value, t.start_date, t.end_date, t.granularity or _granularity(t.value)


def _granularity(value: str) -> str:
    if "W" in value:
        return "week"
    n = len(value)
    return {4: "year", 7: "month", 10: "day"}.get(n, "day")


def event_state(conn: sqlite3.Connection, event_id: int) -> dict:
    """The fields `edit` can change, as they are now (for undo)."""
    row = conn.execute('SELECT title, value, start, "end", granularity FROM events '
                       "WHERE id = ?", (event_id,)).fetchone()
    if row is None:
        raise AnnotationError(f"no event with id {event_id}")
    layer = layers(conn, [event_id]).get(event_id, NO_LAYER)
    return {"title": row[0], "date": tuple(row[1:]), "note": layer.note,
            "marked": layer.marked, "hidden": layer.hidden}


def edit(conn: sqlite3.Connection, event_id: int, *, title: str | None = None,
         date_text: str | None = None, date_value: tuple | None = None,
         note: str | None = None, clear_note: bool = False, marked: bool | None = None,
         hidden: bool | None = None) -> Edit:
    """Record the analyst's change to one event (inside the caller's transaction) and
    apply it; returns what it wrote, for `undo_edit`. Raises AnnotationError for an
    unknown event, an empty title or note, or a date that does not parse; nothing is
    written then."""
    if not conn.execute("SELECT 1 FROM events WHERE id = ?", (event_id,)).fetchone():
        raise AnnotationError(f"no event with id {event_id}")
    if title is not None and not title.strip():
        raise AnnotationError("--title: wants some text")
    if note is not None and not note.strip():
        raise AnnotationError("--note: wants some text")
    ann = _annotation_for(conn, event_id)
    if date_text is not None:
        published = conn.execute(
            "SELECT a.published FROM annotations n JOIN articles a ON a.source = n.article_source "
            "OR a.hash = n.article_hash WHERE n.id = ? ORDER BY a.published IS NULL LIMIT 1",
            (ann,)).fetchone()
        date_value = read_date(date_text, published[0] if published else None)
    sets, params = [], []
    if title is not None:
        sets.append("title = ?")
        params.append(" ".join(title.split()))
    if date_value is not None:
        sets += ["value = ?", "start = ?", '"end" = ?', "granularity = ?"]
        params += list(date_value)
    if note is not None or clear_note:
        sets.append("note = ?")
        params.append(note.strip() if note is not None else None)
    if marked is not None:
        sets.append("marked = ?")
        params.append(int(marked))
    if hidden is not None:
        sets.append("hidden = ?")
        params.append(int(hidden))
    columns = [x.removesuffix(" = ?") for x in sets]
    before = _columns(conn, ann, columns)
    sets.append("updated = ?")
    params += [_now(), ann]
    conn.execute(f"UPDATE annotations SET {', '.join(sets)} WHERE id = ?", params)
    reapply(conn, ann_ids=[ann])
    return Edit(ann, before, _columns(conn, ann, columns))


@record(frozen=True)
class Edit:
    """What one edit wrote to one correction: its fields before and after (for undo)."""
    ann_id: int
    before: dict
    after: dict


def event_of(conn: sqlite3.Connection, ann_id: int) -> int | None:
    """The event a correction is on now (None when its mention is gone)."""
    r = conn.execute("SELECT event_id FROM annotation_targets WHERE annotation_id = ?",
                     (ann_id,)).fetchone()
    return r[0] if r else None


_FIELD_WORDS = {"title": "the title", "value": "the date", "note": "the note",
                "marked": "the mark", "hidden": "hiding"}


def _columns(conn: sqlite3.Connection, ann: int, columns: list[str]) -> dict:
    r = conn.execute(f"SELECT {', '.join(columns)} FROM annotations WHERE id = ?",
                     (ann,)).fetchone()
    return dict(zip(columns, r, strict=True)) if r else {}


def undo_edit(conn: sqlite3.Connection, change: Edit) -> str | None:
    """Put back the fields `change` wrote (inside the caller's transaction), only if they
    still hold what it wrote: another window's later edit of a field wins, and then this
    changes nothing and says why in one line (None when undone)."""
    now = _columns(conn, change.ann_id, list(change.after))
    if now != change.after:
        moved = [c for c in change.after if now.get(c) != change.after[c]] or list(change.after)
        what = _FIELD_WORDS.get(moved[0].strip('"'), "the date")
        return f"not undone: {what} was changed since (in another window?)"
    sets = ", ".join(f"{c} = ?" for c in change.before)
    conn.execute(f"UPDATE annotations SET {sets}, updated = ? WHERE id = ?",
                 (*change.before.values(), _now(), change.ann_id))
    empty = conn.execute(f"SELECT {' AND '.join(f'{c} IS NULL' for c in _FIELD_COLUMNS)} "
                         "FROM annotations WHERE id = ?", (change.ann_id,)).fetchone()[0]
    if empty:  # nothing of the analyst's is left on it: the row goes
        conn.execute("INSERT OR IGNORE INTO layer_dirty (event_id) SELECT event_id FROM "
                     "annotation_targets WHERE annotation_id = ?", (change.ann_id,))
        conn.execute("DELETE FROM annotations WHERE id = ?", (change.ann_id,))
        reapply(conn)
    else:
        reapply(conn, ann_ids=[change.ann_id])
    return None


def restore(conn: sqlite3.Connection, event_id: int, state: dict) -> None:
    """Put back what `event_state` read (the app's undo): the analyst's values, or the
    merge's where the analyst had none."""
    ann = _annotation_for(conn, event_id)
    base = json.loads((conn.execute("SELECT base FROM event_layer WHERE event_id = ?",
                                    (event_id,)).fetchone() or ["null"])[0]) or {}
    title = state["title"] if state["title"] != base.get("title") else None
    when = state["date"] if state["date"][0] != base.get("value") else None
    conn.execute(
        'UPDATE annotations SET title = ?, value = ?, start = ?, "end" = ?, granularity = ?, '
        "note = ?, marked = ?, hidden = ?, updated = ? WHERE id = ?",
        (title, *(when or (None,) * 4), state["note"], int(state["marked"]),
         int(state["hidden"]), _now(), ann))
    reapply(conn, ann_ids=[ann])


def _annotation_for(conn: sqlite3.Connection, event_id: int) -> int:
    """The correction an edit of this event goes to: its newest one, else a new one keyed
    to the event's first mention."""
    r = conn.execute(
        "SELECT n.id FROM annotation_targets t JOIN annotations n ON n.id = t.annotation_id "
        "WHERE t.event_id = ? ORDER BY n.updated DESC, n.id DESC LIMIT 1", (event_id,)).fetchone()
    if r:
        return r[0]
    source, h, phrase, sentence = conn.execute(
        "SELECT a.source, a.hash, m.phrase, m.sentence FROM mentions m JOIN articles a "
        "ON a.id = m.article_id WHERE m.event_id = ? ORDER BY m.id LIMIT 1",
        (event_id,)).fetchone()
    conn.execute(
        "INSERT INTO annotations (article_source, article_hash, phrase, sentence, updated) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (article_source, phrase, sentence) DO NOTHING",
        (source, h, phrase, sentence, _now()))
    return conn.execute("SELECT id FROM annotations WHERE article_source = ? AND phrase = ? "
                        "AND sentence = ?", (source, phrase, sentence)).fetchone()[0]


# -- export and import ---------------------------------------------------------------

ANN_COLUMNS = ('article_source, article_hash, phrase, sentence, marked, hidden, note, title, '
                'value, start, "end", granularity, updated')


def ann_json(r) -> dict:
    source, h, phrase, sentence, marked, hidden, note, title, value, start, end, gran, up = r
    return {
        "article": {"source": source, "hash": h},
        "mention": {"phrase": phrase, "sentence": sentence},
        "marked": None if marked is None else bool(marked),
        "hidden": None if hidden is None else bool(hidden),
        "note": note, "title": title,
        "date": None if value is None else {"value": value, "start": start, "end": end,
                                            "granularity": gran},
        "updated": up,
    }
