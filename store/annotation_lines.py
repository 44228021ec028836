"""The analyst's layer as JSON lines: `dateline annotations export` and `import`.

A colleague's corrections, merges and splits carry over to another store of the same
articles: each line names its article (source and content hash) and its mention
(phrase and sentence), never a row id, so it applies wherever that mention is. A
line is checked whole before it is used, and the same line twice changes nothing.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from . import regroup
from .annotations import ANN_COLUMNS, DATE_FIELDS, AnnotationError, ann_json, reapply


def export(conn: sqlite3.Connection) -> Iterator[dict]:
    """Every correction, then every merge and split, as the JSON objects `import_lines`
    reads."""
    for r in conn.execute(f"SELECT {ANN_COLUMNS} FROM annotations ORDER BY id"):
        yield ann_json(r)
    yield from regroup.export(conn)


def _parse_line(line: str, where: str) -> tuple:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        raise AnnotationError(f"{where}: not JSON ({e.msg})") from None
    if isinstance(obj, dict) and "regroup" in obj:
        return obj  # store/regroup.py checks it
    if not isinstance(obj, dict) or not isinstance(obj.get("article"), dict) \
            or not isinstance(obj.get("mention"), dict):
        raise AnnotationError(f"{where}: not a dateline annotation (wants article and mention)")
    art, men = obj["article"], obj["mention"]
    source, h = art.get("source"), art.get("hash")
    phrase, sentence = men.get("phrase"), men.get("sentence")
    # a lead mention (the article's own news on its publication date) has an empty phrase
    if not isinstance(source, str) or not source or not isinstance(phrase, str) \
            or not isinstance(sentence, str) or not sentence or not isinstance(h, (str, type(None))):
        raise AnnotationError(f"{where}: not a dateline annotation (article.source, "
                              "mention.phrase and mention.sentence must be text)")
    for k in ("marked", "hidden"):
        if not isinstance(obj.get(k), (bool, type(None))):
            raise AnnotationError(f"{where}: {k} must be true, false or null")
    for k in ("note", "title"):
        if not isinstance(obj.get(k), (str, type(None))):
            raise AnnotationError(f"{where}: {k} must be text or null")
    when = obj.get("date")
    if when is not None:
        if not isinstance(when, dict) or not all(isinstance(when.get(k), str)
                                                 for k in DATE_FIELDS):
            raise AnnotationError(f"{where}: date must hold value, start, end and granularity")
        try:
            date.fromisoformat(when["start"][:10])
            date.fromisoformat(when["end"][:10])
        except ValueError:
            raise AnnotationError(f"{where}: date start and end must be ISO dates") from None
    up = obj.get("updated")
    if not isinstance(up, (str, type(None))):
        raise AnnotationError(f"{where}: updated must be text")
    w = when or {}
    return (source, h, phrase, sentence,
            None if obj.get("marked") is None else int(obj["marked"]),
            None if obj.get("hidden") is None else int(obj["hidden"]),
            obj.get("note"), obj.get("title"),
            w.get("value"), w.get("start"), w.get("end"), w.get("granularity"),
            up or "1970-01-01T00:00:00+00:00")  # undated: older than any edit here


@dataclass
class ImportReport:
    imported: int = 0
    matched: int = 0
    problems: list[str] | None = None


def import_lines(conn: sqlite3.Connection, lines: Iterable[str], name: str = "-"
                 ) -> ImportReport:
    """Add or update the corrections in these JSON lines (inside the caller's transaction)
    and apply them. Each line is checked whole before it is used; a bad line is reported
    and skipped. The same line twice changes nothing."""
    report = ImportReport(problems=[])
    ids = []
    regroups = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = _parse_line(line, f"{name}:{n}")
            if isinstance(row, dict):  # a merge or split: after the corrections
                regroups.append(regroup.parse_line(row, f"{name}:{n}"))
                continue
        except AnnotationError as e:
            report.problems.append(str(e))
            continue
        conn.execute(
            f"INSERT INTO annotations ({ANN_COLUMNS}) VALUES ({', '.join('?' * 13)}) "
            "ON CONFLICT (article_source, phrase, sentence) DO UPDATE SET "
            "article_hash = coalesce(excluded.article_hash, article_hash), "
            "marked = coalesce(excluded.marked, marked), "
            "hidden = coalesce(excluded.hidden, hidden), "
            "note = coalesce(excluded.note, note), title = coalesce(excluded.title, title), "
            "value = coalesce(excluded.value, value), start = coalesce(excluded.start, start), "
            '"end" = coalesce(excluded."end", "end"), '
            "granularity = coalesce(excluded.granularity, granularity), "
            "updated = max(excluded.updated, updated)", row)
        ids.append(conn.execute("SELECT id FROM annotations WHERE article_source = ? AND "
                                "phrase = ? AND sentence = ?", (row[0], row[2], row[3]))
                   .fetchone()[0])
        report.imported += 1
    reapply(conn, ann_ids=ids)
    if ids:
        report.matched = conn.execute(
            "SELECT count(DISTINCT annotation_id) FROM annotation_targets WHERE annotation_id IN "
            "(SELECT value FROM json_each(?))", (json.dumps(ids),)).fetchone()[0]
    imported, matched = regroup.import_rows(conn, regroups)
    report.imported += imported
    report.matched += matched
    return report
