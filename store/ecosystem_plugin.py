"""Datasette and sqlite-utils plugin: the compressed article text reads as text there too.

A store keeps article text zlib-compressed (store/article_text.py), which Datasette and
sqlite-utils would show as a binary value. Installed in the same environment, dateline
registers this module under both tools' plugin entry points, so without any flag:
- both get the SQL function `dateline_text(text)`, as dateline's own connections have
  (`SELECT title, dateline_text(text) FROM articles`);
- Datasette's pages show `articles.text` as the text it holds. The value is returned as a
  plain string, which Datasette escapes like any other cell, so a page's markup stays text.
- the same for a mention's anchor stored as a mark (store/anchors.py): SQL gets
  `dateline_anchor(anchor, phrase, anchor_date)` and Datasette's pages show the words.

pluggy's markers are used directly (both tools are built on it) so the module loads
whether or not the other tool is installed.
"""

from __future__ import annotations

import pluggy

from store import anchors, article_text

datasette_hook = pluggy.HookimplMarker("datasette")
sqlite_utils_hook = pluggy.HookimplMarker("sqlite_utils")


@datasette_hook
@sqlite_utils_hook
def prepare_connection(conn) -> None:
    article_text.register(conn)
    anchors.register(conn)


@datasette_hook
def render_cell(row, value, column, table):
    if table == "articles" and column == "text" and isinstance(value, bytes):
        return article_text.unpack(value)
    if table == "mentions" and column == "anchor" and isinstance(value, str) and value[:1] == "~":
        try:
            return anchors.unpack(value, row["phrase"], row["anchor_date"])
        except (IndexError, KeyError):  # a query that did not select the phrase and its date
            return None
    return None
