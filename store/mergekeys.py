"""The merge's blocking keys: which stored events a new mention is compared with.

A key is a date bucket and a salient term ("d:2016-03-25|soldier"). An event is
filed under every pair of its buckets (`buckets` of each span it was told on)
and its terms (at most `MAX_TERMS`), so its keys are always the product of the
two lists. `event_keys` holds one row per key and event, looked up by key only;
`event_terms` holds each event's two lists once (a row a few dozen bytes long,
where an index of its keys by event took ~300 bytes an event), which is what
merging reads back when a mention joins the event, and what a trigger reads to
drop the event's keys when the event is deleted, whoever deletes it.

Each key is read with a LIMIT (`KEY_CAP`): a term carried by more events than
that in one bucket tells no happening from another and is not followed, which
also keeps the cost flat as the store grows.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import sqlite3
from functools import lru_cache

from .rows import insert as insert_rows
from .schema import FORGET_KEYS
from .similarity import weight

KEY_CAP = 12          # events read per key; above it the term is too common to block on
DAYS_OF_MONTH_CAP = 6  # the same for the day events of a month that a month mention probes
MAX_TERMS = 16        # terms an event is filed under
SEP = "\n"            # between an event's buckets, and between its terms, in event_terms


@lru_cache(maxsize=4096)
def days(start: str, end: str) -> int:
    return (dt.date.fromisoformat(end[:10]) - dt.date.fromisoformat(start[:10])).days


def _months(start: str, end: str) -> list[str]:
    y, m = int(start[:4]), int(start[5:7])
    ey, em = int(end[:4]), int(end[5:7])
    out = []
    while (y, m) <= (ey, em) and len(out) < 13:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def buckets(start: str, end: str) -> list[str]:
    """The date buckets an event on a span is filed under, most precise first.

    A day goes under its day ("d:") and its month ("m:"); a span of a few
    weeks or months under each month it touches ("M:"), years under "y:",
    longer spans under their decade ("D:"). Keeping days ("m:") and coarse
    spans ("M:") apart lets a day mention look for coarse events of its month
    without reading every day event of that month.
    """
    start, end = start[:10], (end or start)[:10]
    span = days(start, end)
    if span <= 0:
        return [f"d:{start}", f"m:{start[:7]}"]
    if span <= 100:
        return [f"M:{m}" for m in _months(start, end)]
    years = range(int(start[:4]), int(end[:4]) + 1)
    if len(years) <= 3:
        return [f"y:{y}" for y in years]
    return [f"D:{start[:3]}"]


def probes(start: str, end: str) -> list[str]:
    """The buckets to look in for events a mention on this span may merge with."""
    return probes_of(buckets(start, end))


def probes_of(filed: list[str]) -> list[str]:
    if filed[0].startswith("d:"):
        return [filed[0], "M" + filed[1][1:]]          # same day, coarse events of the month
    if filed[0].startswith("M:"):
        return filed + ["m" + b[1:] for b in filed]     # coarse events and the days inside
    return filed


def _cap(bucket: str) -> int:
    """Events read per key: the days of a month are many, so only rare terms lead there."""
    return DAYS_OF_MONTH_CAP if bucket[0] == "m" else KEY_CAP


@lru_cache(maxsize=4096)
def rarity_of(probe: tuple[str, ...]) -> tuple[str, ...]:
    """Where to count how common a term is: the whole month(s) of the span, days and coarse.

    (The month of a day bucket is its first seven characters: "d:2016-03-25" -> 2016-03;
    keys are only ever filed under whole months with "m:" and "M:".)"""
    months = {b[2:9] for b in probe if b[0] in "dmM"}
    out = tuple(f"{k}:{m}" for m in sorted(months) for k in "mM")
    return out or probe


@lru_cache(maxsize=4096)
def read_buckets(probe: tuple[str, ...]) -> tuple[str, ...]:
    """Every bucket `candidates` reads for a mention: its probes, then the rarity counts'."""
    return probe + tuple(b for b in rarity_of(probe) if b not in probe)


# the lowest KEY_CAP + 1 event ids of each key (the most any probe or rarity count reads),
# by the key's place in the list sent; keys without events come back as NULL (a filter on
# the subquery's result in SQL would run it twice)
_READ_KEYS = (
    "SELECT j.key, (SELECT group_concat(event_id) FROM (SELECT event_id FROM event_keys "
    "WHERE key = j.value ORDER BY event_id LIMIT ?)) FROM json_each(?) AS j")


class ArticleKeys:
    """The event ids under every key an article's mentions probe, read in one statement.

    Mentions of one article merge one after another (a repeat joins the event its first
    telling made), so keys filed while the article goes in are added to what was read:
    a key's first `n` ids are then what a `LIMIT n` on the table would give. Held as
    bucket -> term -> ids, so a probe looks up its bucket once; the ids stay the text
    SQLite sent ("12,40,41") until a probe needs them, since a common key is only counted.
    """

    def __init__(self, conn: sqlite3.Connection, keys: list[tuple[str, str]]):
        self.ids: dict[str, dict[str, list[int] | str]] = {}
        if keys:
            by_bucket = self.ids
            for i, ids in conn.execute(_READ_KEYS, (KEY_CAP + 1, json.dumps(
                    [f"{b}|{t}" for b, t in keys]))):
                if ids is not None:
                    b, t = keys[i]
                    terms = by_bucket.get(b)
                    if terms is None:
                        terms = by_bucket[b] = {}
                    terms[t] = ids

    def filed(self, rows: list[tuple[str, int]]) -> None:
        for key, eid in rows:
            b, _, t = key.partition("|")
            terms = self.ids.setdefault(b, {})
            ids = terms.get(t)
            if ids is None:
                terms[t] = [eid]
            else:
                if isinstance(ids, str):
                    ids = terms[t] = _parse(ids)
                bisect.insort(ids, eid)


def _parse(ids: str) -> list[int]:
    return sorted(map(int, ids.split(",")))


@lru_cache(maxsize=1024)
def _weight(df: int) -> float:
    return weight(df)


def candidates(keys: ArticleKeys, probe: tuple[str, ...], words: list[str]
               ) -> tuple[dict[int, set[str]], dict[str, float]]:
    """Events sharing a probe key with the mention, and each term's weight by its rarity.

    A term's rarity is counted over the month around the span (capped at KEY_CAP
    events a key), so "Palmyra" in a month of Palmyra news weighs little and the
    name of a stadium a lot.
    """
    if not words:
        return {}, {}
    df = dict.fromkeys(words, 0)
    counted = rarity_of(tuple(probe))
    for b in counted:
        if b not in probe and b in keys.ids:
            get = keys.ids[b].get
            for t in words:
                ids = get(t)
                if ids:
                    n = ids.count(",") + 1 if type(ids) is str else len(ids)
                    df[t] += n if n <= KEY_CAP else KEY_CAP + 1
    found: dict[int, set[str]] = {}
    for b in probe:
        if b not in keys.ids:
            continue
        by_term = keys.ids[b]
        cap = _cap(b)
        count = b in counted
        for t in words:
            ids = by_term.get(t)
            if not ids:
                continue
            n = ids.count(",") + 1 if type(ids) is str else len(ids)  # inline: hot
            if count:
                df[t] += min(n, cap + 1)
            if n <= cap:
                if isinstance(ids, str):
                    ids = by_term[t] = _parse(ids)
                for eid in ids:
                    if eid in found:
                        found[eid].add(t)
                    else:
                        found[eid] = {t}
    weights = {t: _weight(max(n - 1, 0)) for t, n in df.items()}
    return found, weights


# --- an event's buckets and terms -------------------------------------------------------

def read_lists(conn: sqlite3.Connection, event_id: int) -> tuple[list[str], list[str]]:
    """(buckets, terms) an event is filed under; empty for an event never filed."""
    row = conn.execute("SELECT buckets, terms FROM event_terms WHERE event_id = ?",
                       (event_id,)).fetchone()
    if row is None:
        return [], []
    return _split(row[0]), _split(row[1])


def _split(text: str) -> list[str]:
    return text.split(SEP) if text else []


def product(bks: list[str], terms: list[str], event_id: int) -> list[tuple[str, int]]:
    return [(f"{b}|{t}", event_id) for b in bks for t in terms]


_FILE_KEYS = "INSERT OR IGNORE INTO event_keys (key, event_id)"
_SAVE_LISTS = ("INSERT INTO event_terms (event_id, buckets, terms) VALUES (?, ?, ?) "
               "ON CONFLICT (event_id) DO UPDATE SET buckets = excluded.buckets, "
               "terms = excluded.terms")


def write(conn: sqlite3.Connection, key_rows: list[tuple[str, int]],
          lists: list[tuple[int, list[str], list[str]]]) -> None:
    """File new key rows and save the events' (buckets, terms) lists, in batches."""
    insert_rows(conn, _FILE_KEYS, key_rows, cap=256)  # in a few statements, not one a row
    if lists:
        conn.executemany(_SAVE_LISTS, [(eid, SEP.join(b), SEP.join(t)) for eid, b, t in lists])


def refile(conn: sqlite3.Connection, event_id: int, bks: list[str], terms: list[str]) -> None:
    """Replace an event's keys with the product of `bks` and `terms` (a rebuild)."""
    forget(conn, event_id)
    write(conn, product(bks, terms, event_id), [(event_id, bks, terms)])


def forget(conn: sqlite3.Connection, event_id: int) -> None:
    """Drop an event's keys and lists (the events_keys_ad trigger does this on delete)."""
    conn.execute(FORGET_KEYS.replace("old.id", ":id"), {"id": event_id})
    conn.execute("DELETE FROM event_terms WHERE event_id = ?", (event_id,))
