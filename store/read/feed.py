"""RSS 0.9x/1.0/2.0, Atom and JSON Feed: the articles a feed links to.

feedparser reads the XML kinds (and recovers what it can from broken ones:
its bozo flag then says what was wrong, and the good items still go in);
JSON Feed is plain JSON and read here. Each item becomes a Linked entry whose
page is fetched and read like any HTML page (see linked.py).
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, field

from store.model import RawArticle, ReadProblem

from .linked import Linked, iso_or_none, read_linked

# feedparser's bozo reasons that say nothing is wrong with the items
_HARMLESS = ("CharacterEncodingOverride", "NonXMLContentType")


@dataclass
class Feed:
    title: str | None
    items: list[Linked] = field(default_factory=list)
    problem: str | None = None     # malformed: what feedparser or json said


def is_json_feed(data: bytes) -> bool:
    try:
        obj = json.loads(data)
    except (ValueError, RecursionError):
        return False
    return (isinstance(obj, dict) and isinstance(obj.get("version"), str)
            and "jsonfeed.org/version" in obj["version"])


def parse_feed(data: bytes, base: str | None = None) -> Feed:
    """The feed's items (Linked entries, no page fetched), from any of the feed kinds.

    Links are made absolute against `base` (the feed's URL); one that is still not
    http(s) (an RSS guid taken for a permalink) counts as no link.
    """
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{"):
        return _json_feed(data, base)
    import feedparser

    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=False, resolve_relative_uris=False)
    title = _text(parsed.feed.get("title"))
    feed = Feed(title)
    if parsed.get("bozo"):
        exc = parsed.get("bozo_exception")
        if type(exc).__name__ not in _HARMLESS:
            feed.problem = _bozo(exc)
    for n, e in enumerate(parsed.entries, 1):
        link = e.get("link") or _first_link(e)
        if e.get("guidislink") and not str(link).lower().startswith(("http://", "https://")):
            link = None              # a guid that is no permalink, whatever RSS 2.0 assumes
        link = _absolute(link, base)
        text = ""
        if e.get("content"):
            text = _item_text(e.content[0].get("value", ""), e.content[0].get("type", ""))
        if not text and e.get("summary"):
            text = _item_text(e.summary, (e.get("summary_detail") or {}).get("type", "text/html"))
        if feed.problem and not link and not text:
            continue                 # the broken tail the problem line already speaks of
        published = (iso_or_none(e.get("published")) or iso_or_none(e.get("updated"))
                     or _from_struct(e.get("published_parsed") or e.get("updated_parsed")))
        feed.items.append(Linked(link=link, key=e.get("id") or link or str(n),
                                 title=_text(e.get("title")), author=_text(e.get("author")),
                                 published=published, text=text or None))
    return feed


def read_feed(data: bytes, *, source: str, path: str | None = None, url: str | None = None,
              session) -> Iterator[RawArticle | ReadProblem]:
    where = path or source
    feed = parse_feed(data, url or (source if source.startswith(("http://", "https://"))
                                    else None))
    if feed.problem:
        yield ReadProblem(where, f"malformed feed ({feed.problem}); its {len(feed.items)} "
                          "readable items are read")
    if not feed.items and not feed.problem:
        yield ReadProblem(where, "the feed has no items")
        return
    yield from read_linked(feed.items, where=where, session=session, origin="feed",
                           fallback_outlet=feed.title)


def _json_feed(data: bytes, base: str | None) -> Feed:
    try:
        obj = json.loads(data)
    except (ValueError, RecursionError) as e:
        return Feed(None, problem=f"not valid JSON: {e}")
    if not isinstance(obj, dict):
        return Feed(None, problem="a JSON Feed is an object")
    feed = Feed(_text(obj.get("title")))
    items = obj.get("items")
    if not isinstance(items, list):
        feed.problem = "'items' is missing or not a list"
        return feed
    bad = 0
    for n, item in enumerate(items, 1):
        if not isinstance(item, dict):
            bad += 1
            continue
        link = item.get("url") or item.get("external_url")
        link = _absolute(link if isinstance(link, str) else None, base)
        text = ""
        if isinstance(item.get("content_html"), str):
            text = _item_text(item["content_html"], "text/html")
        if not text and isinstance(item.get("content_text"), str):
            text = item["content_text"].strip()
        if not text and isinstance(item.get("summary"), str):
            text = item["summary"].strip()
        author = item.get("authors") or item.get("author")
        if isinstance(author, list):
            author = author[0] if author else None
        author = author.get("name") if isinstance(author, dict) else None
        key = item.get("id")
        feed.items.append(Linked(
            link=link, key=str(key) if key is not None else (link or str(n)),
            title=_text(item.get("title")), author=_text(author),
            published=iso_or_none(item.get("date_published") if isinstance(
                item.get("date_published"), str) else None),
            text=text or None))
    if bad:
        feed.problem = f"{bad} item{'s are' if bad > 1 else ' is'} not an object"
    return feed


def _bozo(exc) -> str:
    msg = " ".join(str(getattr(exc, "getMessage", lambda: exc)()).split())
    line = getattr(exc, "getLineNumber", None)
    where = f"line {line()}: " if callable(line) else ""
    return f"{where}{msg or type(exc).__name__}"[:160]


def _absolute(link: str | None, base: str | None) -> str | None:
    if not link or not link.strip():
        return None
    link = link.strip()
    if base and not link.lower().startswith(("http://", "https://")):
        from urllib.parse import urljoin

        link = urljoin(base, link)
    return link if link.lower().startswith(("http://", "https://")) else None


def _first_link(entry) -> str | None:
    for link in entry.get("links") or []:
        href = link.get("href")
        if href and link.get("rel", "alternate") == "alternate":
            return href
    return None


def _from_struct(t) -> str | None:
    if not t:
        return None
    try:
        return f"{t.tm_year:04d}-{t.tm_mon:02d}-{t.tm_mday:02d}"
    except AttributeError:
        return None


def _item_text(value: str, ctype: str) -> str:
    if not value or not value.strip():
        return ""
    if "html" in (ctype or "text/html") or "<" in value:
        from .html import visible_text

        return visible_text(value).strip()
    return value.strip()


def _text(value) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None
