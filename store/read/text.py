"""Plain text and Markdown: the decoded text as it is, furniture and all.

No title is guessed from the first line: the first line of a web copy is often
page chrome ("fb-pixel Skip to main content"); a manifest can give the title.
"""

from __future__ import annotations

from store.model import RawArticle

from .decode import decode_bytes


def read_text(data: bytes, *, source: str, path: str | None = None,
              url: str | None = None) -> RawArticle:
    """Raises decode.NotText when the bytes are not usable text."""
    decoded = decode_bytes(data)
    return RawArticle(source=source, text=decoded.text, path=path, url=url,
                      encoding=decoded.encoding)
