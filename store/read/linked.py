"""The pages a feed or a sitemap links to, read like any page, with the listing's
own metadata as the fallback.

A feed item knows its title, date and author even when the page is behind a
paywall or gone; the page knows its text. So the page is fetched and read,
the item fills what the page lacks, and when the page cannot be had the
item's own text goes in instead, said once for the whole listing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from store.model import RawArticle, ReadProblem

from .dates import BadDate, normalise_date
from .decode import NotText
from .note import ReadNote


@dataclass
class Linked:
    """One entry of a feed or sitemap: where its page is and what the listing says of it."""

    link: str | None
    key: str                       # stable identity within the listing (guid, link, index)
    title: str | None = None
    author: str | None = None
    published: str | None = None   # ISO date, already checked
    text: str | None = None        # the listing's own text of it (a feed's content/summary)
    outlet: str | None = None


def iso_or_none(value) -> str | None:
    """A listing's date as an ISO day, or None when it is missing or no date."""
    if not value:
        return None
    try:
        return normalise_date(value)
    except BadDate:
        return None


def read_linked(entries: Iterable[Linked], *, where: str, session, origin: str,
                fallback_outlet: str | None = None) -> Iterator[RawArticle | ReadProblem]:
    """The article behind each entry, in order; `origin` is how the reader names the date's
    source ('feed', 'sitemap'). Unfetchable pages fall back to the entry's own text."""
    own_text: list[tuple[str, str]] = []      # (link, why the page was not used)
    no_link = 0
    total = 0
    for n, entry in enumerate(entries, 1):
        total += 1
        if not entry.link:
            if entry.text and entry.text.strip():
                no_link += 1
                yield _own(entry, f"{where}#{entry.key or n}", origin, fallback_outlet)
            else:
                yield ReadProblem(where, f"item {n}{_titled(entry)} has no link and no text; "
                                  "skipped")
            continue
        page, why = _read_page(entry.link, session)
        if page is not None:
            _fill(page, entry, origin, fallback_outlet)
            yield page
        elif entry.text and entry.text.strip():
            own_text.append((entry.link, why))
            yield _own(entry, entry.link, origin, fallback_outlet)
        else:
            yield ReadProblem(entry.link, why)
    if own_text:
        link, why = own_text[0]
        yield ReadNote(where, f"{len(own_text)} of {total} linked pages could not be read "
                       f"(first: {link}: {why}); the {origin}'s own text of those items was "
                       "stored instead")
    if no_link:
        yield ReadNote(where, f"{no_link} of {total} items have no link; their own text "
                       "was stored")


def _titled(entry: Linked) -> str:
    return f" ({entry.title[:60]!r})" if entry.title else ""


def _read_page(link: str, session) -> tuple[RawArticle | None, str]:
    """The page's one article, or None and the reason in words. Only pages count: a link
    to another feed or an archive is not followed (a feed of feeds would never end)."""
    from . import sniff_kind, sniff_special
    from .url import FetchError, _to_utf8

    if not link.lower().startswith(("http://", "https://")):
        return None, "not an http(s) link"
    try:
        resp = session.fetcher.get(link)
    except FetchError as e:
        return None, str(e)
    if resp.status == 304 or not resp.data:
        return None, "the server sent no page"
    if sniff_special(resp.data):
        return None, "links to a feed, sitemap or archive, not to a page"
    ctype = resp.content_type
    if ctype in ("text/html", "application/xhtml+xml"):
        kind = "html"
    elif ctype.startswith("text/") or not ctype:
        kind = sniff_kind(resp.data)
        kind = kind if kind in ("html", "text") else "text"
    else:
        return None, f"not an article page (the server sent {ctype})"
    data, charset = _to_utf8(resp.data, resp.headers.get_content_charset())
    from . import reader_for

    try:
        items = list(reader_for(kind)(data, source=link, path=None, url=resp.url))
    except NotText as e:
        return None, str(e)
    except Exception as e:  # noqa: BLE001 - one bad page must not end the feed
        return None, f"could not be read ({type(e).__name__}: {e})"
    pages = [i for i in items if isinstance(i, RawArticle)]
    if not pages:
        return None, str(items[0].reason) if items else "no article text found"
    page = pages[0]
    page.encoding = page.encoding or charset
    page.url = page.url or resp.url
    return page, ""


def _fill(page: RawArticle, entry: Linked, origin: str, outlet: str | None) -> None:
    page.source = entry.link or page.source
    page.title = page.title or entry.title
    page.author = page.author or entry.author
    if not page.outlet or _is_host(page.outlet, page.url or entry.link):
        page.outlet = entry.outlet or outlet or page.outlet
    if not page.published and entry.published:
        page.published, page.published_from = entry.published, origin


def _own(entry: Linked, source: str, origin: str, outlet: str | None) -> RawArticle:
    return RawArticle(source=source, text=entry.text.strip() + "\n", title=entry.title,
                      outlet=entry.outlet or outlet, url=entry.link, path=None,
                      published=entry.published, author=entry.author,
                      published_from=origin if entry.published else None)


def _is_host(outlet: str, url: str | None) -> bool:
    """trafilatura names a page without a site name after its host: a listing's name for
    the outlet ("Example Wire") says more than "www.example.com"."""
    from urllib.parse import urlsplit

    host = (urlsplit(url or "").netloc or "").lower()
    name = outlet.lower()
    return bool(host) and (name == host or name == host.removeprefix("www.")
                           or name == host.split(":")[0])
