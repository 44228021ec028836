"""HTML pages: the main text, title, canonical URL, outlet and date from the metadata.

trafilatura finds the article among the menus; htmldate (through trafilatura,
with original_date and without extensive search) reads the publication date
from meta tags and the URL only, never guessing it from dates in the text.
Both are slow to import, so this module is imported only when HTML shows up.
"""

from __future__ import annotations

import codecs
import logging
import re
from collections.abc import Iterator

from store.model import RawArticle, ReadProblem

from .dates import BadDate, normalise_date
from .decode import NotText, decode_bytes

MAX_TAGS = 50_000          # beyond this, skip main-text extraction (see read_html)
_DATE_CONFIG = {"original_date": True, "extensive_search": False}   # metadata and URL only
_HEAD_END = re.compile(r"</head\s*>", re.I)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)

for _name in ("trafilatura", "htmldate", "courlan", "justext", "readability"):
    logging.getLogger(_name).addHandler(logging.NullHandler())
    logging.getLogger(_name).propagate = False


def decode_html(data: bytes):
    """Decode by BOM or UTF-8 first; a page's declared charset wins over our fallback guess."""
    decoded = decode_bytes(data)
    if decoded.encoding in ("cp1252", "latin-1"):
        m = _CHARSET.search(data[:4096])
        if m:
            name = m.group(1).decode("ascii", "replace")
            try:
                codec = codecs.lookup(name).name
                decoded.text, decoded.encoding = data.decode(codec), name.lower()
            except (LookupError, UnicodeDecodeError):
                pass
    return decoded


def read_html(data: bytes, *, source: str, path: str | None = None,
              url: str | None = None) -> Iterator[RawArticle | ReadProblem]:
    """One article from one page; raises decode.NotText when there is none."""
    decoded = decode_html(data)
    html = decoded.text
    if "<" not in html:                       # a text file saved under an .html name
        yield RawArticle(source=source, text=html, path=path, url=url,
                         encoding=decoded.encoding)
        return
    if html.count("<") > MAX_TAGS:
        # Main-text extraction costs ~50 µs an element and a page of a few hundred
        # thousand elements would take minutes: read the metadata from the <head>
        # alone and keep all the visible text instead of guessing the article.
        doc = _metadata_only(_head_only(html), url)
        text = ""
    else:
        doc = _extract(html, url)
        text = (getattr(doc, "text", None) or "").strip()
    if not text:
        text = _fallback_text(html)
    if not text:
        raise NotText("no article text found")
    article = RawArticle(source=source, text=text + "\n", path=path, url=url,
                         encoding=decoded.encoding)
    if doc is not None:
        article.title = _clean_field(doc.title)
        article.outlet = _clean_field(doc.sitename)
        article.lang = _clean_field(getattr(doc, "language", None))
        canonical = _clean_field(doc.url)
        if canonical and canonical.lower().startswith(("http://", "https://")):
            article.url = canonical
        if doc.date:
            try:
                article.published = normalise_date(doc.date)
                article.published_from = "metadata"
            except BadDate:
                yield ReadProblem(path or source, f"page date {doc.date!r:.40} is not a date; "
                                  "stored without it")
    yield article


def _extract(html: str | None, url: str | None):
    """trafilatura's document (text and metadata), or None when it finds nothing."""
    if not html:
        return None
    import trafilatura

    try:
        return trafilatura.bare_extraction(
            html, url=url, favor_recall=True, include_comments=False, with_metadata=True,
            date_extraction_params=_DATE_CONFIG)
    except (ValueError, TypeError, AttributeError, LookupError, RecursionError):
        return None                        # the parser gave up on this markup


def _metadata_only(html: str | None, url: str | None):
    if not html:
        return None
    from trafilatura import extract_metadata

    try:
        return extract_metadata(html, default_url=url, date_config=_DATE_CONFIG, extensive=False)
    except (ValueError, TypeError, AttributeError, LookupError, RecursionError):
        return None


def _head_only(html: str) -> str | None:
    end = _HEAD_END.search(html)
    if not end or html.count("<", 0, end.start()) > MAX_TAGS:
        return None
    return html[:end.start()] + "</head><body><p></p></body></html>"


def _fallback_text(html: str) -> str:
    """All visible text, for malformed pages the main-text extractor gives up on."""
    import trafilatura

    try:
        return (trafilatura.html2txt(html) or "").strip()
    except (ValueError, TypeError, AttributeError, LookupError, RecursionError):
        return ""


def _clean_field(value) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None
