"""News sitemaps: the pages a `<urlset>` lists, and the sitemaps an index lists.

A news sitemap (Google's news extension) gives each page its publication
date, title and publication name, which serve as metadata where the page
lacks them. An index is followed to its sitemaps up to MAX_SITEMAPS, each
fetched once: an index that lists itself, or two that list each other, end
with one line instead of a loop.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from store.model import RawArticle, ReadProblem

from .linked import Linked, iso_or_none, read_linked

MAX_SITEMAPS = 50        # sitemaps fetched from one index, all levels together
_NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"


@dataclass
class Sitemap:
    entries: list[Linked] = field(default_factory=list)     # pages (a <urlset>)
    children: list[str] = field(default_factory=list)       # sitemaps (a <sitemapindex>)
    problem: str | None = None


def parse_sitemap(data: bytes) -> Sitemap:
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True,
                             huge_tree=False, remove_comments=True)
    try:
        root = etree.fromstring(data, parser=parser)
    except (etree.LxmlError, ValueError) as e:
        return Sitemap(problem=f"not XML ({e})")
    sm = Sitemap()
    errors = [e for e in parser.error_log if e.level >= 2]
    if errors:
        sm.problem = f"line {errors[0].line}: {errors[0].message}"[:160]
    if root is None:
        sm.problem = sm.problem or "empty"
        return sm
    for el in root:
        if not isinstance(el.tag, str):
            continue
        name = el.tag.rsplit("}", 1)[-1]
        loc = _child_text(el, "loc")
        if name == "sitemap" and loc:
            sm.children.append(loc)
        elif name == "url" and loc:
            news = next((c for c in el if isinstance(c.tag, str) and c.tag == _NEWS + "news"),
                        None)
            entry = Linked(link=loc, key=loc)
            if news is not None:
                entry.published = iso_or_none(_child_text(news, "publication_date"))
                entry.title = _child_text(news, "title")
                pub = next((c for c in news if isinstance(c.tag, str)
                            and c.tag == _NEWS + "publication"), None)
                if pub is not None:
                    entry.outlet = _child_text(pub, "name")
            sm.entries.append(entry)
    return sm


def sitemap_entries(data: bytes, *, where: str, session, url: str | None = None,
                    problems: list[ReadProblem] | None = None) -> list[Linked]:
    """Every page a sitemap lists, following an index's sitemaps up to MAX_SITEMAPS.
    Problems (a broken child, a loop) go to `problems`, one line each."""
    from .url import FetchError, gunzip

    problems = problems if problems is not None else []
    seen = {_norm(url)} if url else set()
    entries: list[Linked] = []
    queue: list[tuple[str, bytes]] = [(where, data)]
    fetched = 0
    while queue:
        name, body = queue.pop(0)
        sm = parse_sitemap(body)
        if sm.problem:
            problems.append(ReadProblem(name, f"malformed sitemap ({sm.problem}); its readable "
                                        "entries are read"))
        entries.extend(sm.entries)
        for child in sm.children:
            if _norm(child) in seen:
                problems.append(ReadProblem(name, f"lists {child}, a sitemap already read "
                                            "(it points to itself or loops); not followed"))
                continue
            if fetched >= MAX_SITEMAPS:
                problems.append(ReadProblem(name, f"lists more than {MAX_SITEMAPS} sitemaps; "
                                            "the rest are not followed"))
                break
            seen.add(_norm(child))
            fetched += 1
            try:
                resp = session.fetcher.get(child)
                body = resp.data
                if body[:2] == b"\x1f\x8b":
                    body = gunzip(body, session.size_limit)
            except FetchError as e:
                problems.append(ReadProblem(child, str(e)))
                continue
            queue.append((child, body))
    return entries


def read_sitemap(data: bytes, *, source: str, path: str | None = None, url: str | None = None,
                 session) -> Iterator[RawArticle | ReadProblem]:
    where = path or source
    problems: list[ReadProblem] = []
    entries = sitemap_entries(data, where=where, session=session, url=url or source,
                              problems=problems)
    yield from problems
    if not entries and not problems:
        yield ReadProblem(where, "the sitemap lists no pages")
    yield from read_linked(entries, where=where, session=session, origin="sitemap")


def _child_text(el, localname: str) -> str | None:
    for c in el:
        if isinstance(c.tag, str) and c.tag.rsplit("}", 1)[-1] == localname:
            text = " ".join((c.text or "").split())
            return text or None
    return None


def _norm(u: str | None) -> str:
    return (u or "").strip().rstrip("/").lower()
