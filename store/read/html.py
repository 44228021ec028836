"""HTML pages: the main text, title, canonical URL, outlet and date from the metadata.

trafilatura finds the article among the menus; htmldate (through trafilatura,
with original_date and without extensive search) reads the publication date
from meta tags and the URL only, never guessing it from dates in the text.
Both are slow to import, so this module is imported only when HTML shows up.

trafilatura refuses documents that are too short or too broken to look like a
page (a single "<p>..." line). Then, when its last resort dumps every text node
of the page (menus included, a bold word a line of its own), or when it keeps
very little of a small page's visible text, the page's own visible text (lxml,
see _visible_text) is used instead.
Table cells come out as plain text, a row a line, without trafilatura's "| "
column markup.
"""

from __future__ import annotations

import codecs
import copy
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
# Labels browsers read as a Windows codepage (WHATWG Encoding): pages that say
# iso-8859-1 mean windows-1252 and use its curly quotes and euro sign.
_AS_WINDOWS = {"latin_1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252",
               "iso8859-9": "cp1254", "iso8859-11": "cp874", "tis-620": "cp874"}
_WINDOWS_NAME = {"cp1252": "windows-1252", "cp1254": "windows-1254", "cp874": "windows-874"}

# The visible-text fallback is trusted over trafilatura only on small pages: on
# a big one, "very little" is usually a short article among furniture (a video
# page, a gallery) and the rest would bring other stories' dates in.
SMALL_PAGE = 2000          # characters of visible text
TOO_LITTLE = 4             # trafilatura kept under 1/TOO_LITTLE of a small page's text
_INVISIBLE = frozenset(("script", "style", "noscript", "template", "head", "title", "nav",
                        "footer", "aside", "svg", "iframe", "object", "embed", "canvas"))
_BLOCK = frozenset((
    "address", "article", "blockquote", "body", "caption", "dd", "details", "dialog", "div",
    "dl", "dt", "fieldset", "figcaption", "figure", "form", "h1", "h2", "h3", "h4", "h5",
    "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "ol", "p", "pre", "section",
    "summary", "table", "tbody", "tfoot", "thead", "tr", "ul"))
_CELL = frozenset(("td", "th"))
# Block elements of trafilatura's output tree, kept as lines when a table is flattened.
_XML_BLOCK = frozenset(("p", "head", "list", "quote", "table", "div"))

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
                label = name.lower()
                if codec in _AS_WINDOWS:
                    codec = _AS_WINDOWS[codec]
                    label = _WINDOWS_NAME[codec]
                decoded.text, decoded.encoding = data.decode(codec), label
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
        text = _main_text(doc)
    text = _or_visible_text(text, html, dump=_is_dump(doc))
    if not text:
        raise NotText("no article text found")
    article = RawArticle(source=source, text=text + "\n", path=path, url=url,
                         encoding=decoded.encoding)
    if doc is not None:
        article.title = _clean_field(doc.title)
        article.outlet = _clean_field(doc.sitename)
        article.author = _clean_field(getattr(doc, "author", None))
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


def _main_text(doc) -> str:
    """trafilatura's text, with any table flattened to plain lines."""
    if doc is None:
        return ""
    text = (getattr(doc, "text", None) or "").strip()
    body = getattr(doc, "body", None)
    if text and body is not None and body.find(".//table") is not None:
        from trafilatura.xml import xmltotxt

        try:
            body = copy.deepcopy(body)
            _flatten_tables(body)
            text = (xmltotxt(body, False) or "").strip() or text
        except (ValueError, TypeError, AttributeError, LookupError, RecursionError):
            pass                            # keep trafilatura's own rendering
    return text


def _flatten_tables(body) -> None:
    """Replace each <table> of trafilatura's tree by paragraphs: a row's cells on one line,
    separated by spaces; paragraphs and headings inside a cell stay lines of their own."""
    for table in reversed(list(body.iter("table"))):      # innermost first
        parent = table.getparent()
        if parent is None:
            continue
        blocks = []
        for child in table:
            if child.tag == "row":
                blocks += _row_blocks(child)
            elif isinstance(child.tag, str):
                blocks.append(child)
        at, tail = parent.index(table), table.tail
        parent.remove(table)
        for i, block in enumerate(blocks):
            parent.insert(at + i, block)
        if tail and tail.strip():
            _add_tail(parent, at + len(blocks) - 1, tail)


def _add_tail(parent, index: int, text: str) -> None:
    if index >= 0:
        parent[index].tail = (parent[index].tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def _row_blocks(row) -> list:
    from lxml import etree

    blocks, words = [], []

    def flush():
        line = " ".join(" ".join(words).split())
        words.clear()
        if line:
            p = etree.Element("p")
            p.text = line
            blocks.append(p)

    for cell in row:
        if not isinstance(cell.tag, str):
            continue
        if not any(child.tag in _XML_BLOCK for child in cell):
            words.append(_inline_text(cell))
            continue
        flush()                             # a cell holding paragraphs: its own lines
        words.append(cell.text or "")
        for child in list(cell):
            if child.tag in _XML_BLOCK:
                flush()
                tail, child.tail = child.tail, None
                blocks.append(child)
                words.append(tail or "")
            else:
                words.append(_inline_text(child) + (child.tail or ""))
        flush()
    flush()
    return blocks


def _inline_text(element) -> str:
    for lb in element.iter("lb"):
        lb.tail = " " + (lb.tail or "")
    return "".join(element.itertext())


def _is_dump(doc) -> bool:
    """Whether trafilatura's text is its last resort on a page it found no article in: every
    text node of the body, menus included, one a line (a word in <b> becomes a line of its
    own). It is one <p> holding newlines; extracted paragraphs never hold any."""
    body = getattr(doc, "body", None)
    if body is None or len(body) != 1:
        return False
    return body[0].tag == "p" and "\n" in (body[0].text or "") and not len(body[0])


def _or_visible_text(text: str, html: str, *, dump: bool = False) -> str:
    """trafilatura's text, or the page's visible text when trafilatura found none, fell back
    to dumping the whole page, or kept very little of a small page."""
    if text and not dump and len(text) * TOO_LITTLE >= SMALL_PAGE:
        return text                         # enough not to doubt it
    visible = _visible_text(html)
    if dump or not text:
        return visible
    if len(visible) <= SMALL_PAGE and len(text) * TOO_LITTLE < len(visible):
        return visible
    return text


def _visible_text(html: str) -> str:
    """The text a browser shows, a block element a line; scripts, styles, the head and
    navigation, footers and asides left out. Iterative, so deep markup cannot overflow."""
    from lxml import etree
    from lxml import html as lxml_html

    parser = lxml_html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True,
                                  huge_tree=True)
    try:
        root = lxml_html.document_fromstring(html.encode("utf-8", "replace"), parser=parser)
    except (etree.LxmlError, ValueError):
        return ""
    if root is None:
        return ""
    lines: list[str] = []
    line: list[str] = []

    def brk():
        if line:
            lines.append(" ".join("".join(line).split()))
            line.clear()

    def add(text: str | None, pre: int):
        if not text:
            return
        if pre:
            first, *rest = text.split("\n")
            line.append(first)
            for part in rest:
                brk()
                line.append(part)
        else:
            line.append(text)

    pre = 0
    skipped = False
    walk = etree.iterwalk(root, events=("start", "end"))
    for event, el in walk:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in _INVISIBLE or el.get("hidden") is not None:
                walk.skip_subtree()         # its "end" comes next, with nothing between
                skipped = True
                continue
            if tag in _BLOCK or tag == "br":
                brk()
            pre += tag == "pre"
            add(el.text, pre)
            continue
        if skipped:
            skipped = False
        else:
            if tag in _BLOCK:
                brk()
            elif tag in _CELL:
                line.append(" ")
            pre -= tag == "pre"
        if el is not root:
            add(el.tail, pre)
    brk()
    return "\n".join(ln for ln in lines if ln)


def _clean_field(value) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def visible_text(html: str) -> str:
    """The text a browser would show of an HTML fragment (a feed item's content)."""
    return _visible_text(html) if "<" in html else " ".join(html.split())
