"""JSON and JSON lines: one article per record (fields text, title, url, published, outlet).

A scrape of ten thousand records with one broken line must still load the
other 9,999, so each record is checked on its own and a problem names its line.
A record with a wrong-typed optional field or an impossible date is kept
without that field, with a line saying so.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from store.model import RawArticle, ReadProblem

from .dates import BadDate, normalise_date
from .decode import decode_bytes

Item = RawArticle | ReadProblem
_OPTIONAL = ("title", "url", "outlet")


def read_jsonl(data: bytes, *, source: str, path: str | None = None,
               url: str | None = None) -> Iterator[Item]:
    """One record a line; blank lines are fine; raises decode.NotText for non-text."""
    decoded = decode_bytes(data)
    shown = path or source
    for lineno, line in enumerate(decoded.text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{shown}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield ReadProblem(where, not_json(e, with_line=False))    # where names the line
            continue
        except RecursionError:
            yield ReadProblem(where, "not JSON: nested too deeply")
            continue
        yield from record(obj, where=where, source=f"{source}#{lineno}", path=path,
                          line=lineno, encoding=decoded.encoding)


def read_json(data: bytes, *, source: str, path: str | None = None,
              url: str | None = None) -> Iterator[Item]:
    """One object or a list of objects; a .json file that is really JSON lines is read as such."""
    decoded = decode_bytes(data)
    shown = path or source
    try:
        doc = json.loads(decoded.text)
    except json.JSONDecodeError as e:
        if e.msg == "Extra data":          # several objects: JSON lines under a .json name
            yield from read_jsonl(data, source=source, path=path)
            return
        yield ReadProblem(shown, not_json(e, with_line=True))
        return
    except RecursionError:
        yield ReadProblem(shown, "not JSON: nested too deeply")
        return
    if isinstance(doc, list):
        if not doc:
            yield ReadProblem(shown, "empty list: no records")
        for i, obj in enumerate(doc, 1):
            yield from record(obj, where=f"{shown}: record {i}", source=f"{source}#{i}",
                              path=path, line=None, encoding=decoded.encoding)
    else:
        yield from record(doc, where=shown, source=source, path=path, line=None,
                          encoding=decoded.encoding)


def not_json(e: json.JSONDecodeError, *, with_line: bool) -> str:
    """'not JSON: invalid control character at line 1, column 24' from the decoder's error,
    whose message may end in a dangling 'at' ('Unterminated string starting at')."""
    msg = e.msg.strip().rstrip(":")
    msg = msg[:1].lower() + msg[1:]
    if not msg.endswith(" at"):
        msg += " at"
    place = f"line {e.lineno}, column {e.colno}" if with_line else f"column {e.colno}"
    return f"not JSON: {msg} {place}"


def record(obj, *, where: str, source: str, path: str | None, line: int | None,
           encoding: str | None) -> Iterator[Item]:
    """An article from one decoded record, or the reason it is not one."""
    if not isinstance(obj, dict):
        yield ReadProblem(where, f"a record must be a JSON object, not {_json_type(obj)}")
        return
    text = obj.get("text")
    if text is None:
        yield ReadProblem(where, "no 'text' field (the article text is required)")
        return
    if not isinstance(text, str):
        yield ReadProblem(where, f"'text' must be a string, not {_json_type(text)}")
        return
    if not text.strip():
        yield ReadProblem(where, "'text' is empty")
        return
    article = RawArticle(source=source, text=text, path=path, line=line, encoding=encoding)
    for name in _OPTIONAL:
        value = obj.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            yield ReadProblem(where, f"'{name}' must be a string, not {_json_type(value)}; "
                              "stored without it")
        elif value.strip():
            setattr(article, name, value.strip())
    if article.url:
        article.source = article.url
    published = obj.get("published")
    if published is not None and published != "":
        try:
            article.published = normalise_date(published)
            article.published_from = "json"
        except BadDate as e:
            yield ReadProblem(where, f"{e}; stored without it")
    yield article


def _json_type(value) -> str:
    if isinstance(value, bool):
        return "true/false"
    return {dict: "an object", list: "a list", str: "a string", int: "a number",
            float: "a number", type(None): "null"}.get(type(value), type(value).__name__)
