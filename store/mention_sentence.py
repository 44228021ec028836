"""A mention's sentence as stored: '' where the article's own text holds it.

A mention's sentence is almost always the article's clean text between
`sentence_start` and `sentence_end` (17,642 of 17,642 on the bench corpus), so
storing it again made it the largest column of the store (288 bytes an event on
news copy, issue 18). The writer stores '' for those, and every reader takes the
sentence through `SQL` (or `sql(m, a)` for other aliases), which cuts it out of the
article text (compressed: `dateline_text`, store/article_text.py). A sentence is never
empty (it holds its phrase), so '' says "derived" and nothing else. A sentence that
differs from the text at its offsets (a row written by an older dateline before the
upgrade, a test's or a user's own insert, collapsed whitespace) is stored as it is
and read as it is.

The trade-off: reading a sentence decompresses its article (tens of microseconds;
the details pane and key dates read a few dozen), and SQL that reads sentences needs
`dateline_text`: dateline's own connections have it, and so do Datasette and
sqlite-utils through dateline's plugin (store/ecosystem_plugin.py); the plain
`sqlite3` shell does not, and there the `timeline` view (its `first_sentence`) fails
with "no such function: dateline_text".
"""

from __future__ import annotations

import sqlite3


def sql(m: str = "m", a: str = "a") -> str:
    """The sentence of mention alias `m` whose article is joined as alias `a`."""
    return (f"CASE WHEN {m}.sentence <> '' THEN {m}.sentence ELSE "
            f"substr(dateline_text({a}.text), {m}.sentence_start + 1, "
            f"{m}.sentence_end - {m}.sentence_start) END")


SQL = sql()


def pack(sentence: str, text: str | None, start: int, end: int) -> str:
    """What to store: '' when the article's text holds exactly this sentence there."""
    if text is not None and sentence and text[start:end] == sentence:
        return ""
    return sentence


def derive_all(conn: sqlite3.Connection, progress=None, batch: int = 2000) -> int:
    """Store '' for every sentence its article's text holds at its offsets (the upgrade to
    schema 14); `progress(done, total)` hears how many articles are done. Returns how many
    mentions changed. A batch of articles, then their mentions by the article index."""
    from .article_text import unpack

    total = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    done = changed = 0
    last = 0
    while True:
        texts = dict(conn.execute("SELECT id, text FROM articles WHERE id > ? ORDER BY id "
                                  "LIMIT ?", (last, batch)).fetchall())
        if not texts:
            break
        first, last = min(texts), max(texts)
        ids = []
        for mid, aid, sentence, start, end in conn.execute(
                "SELECT id, article_id, sentence, sentence_start, sentence_end FROM mentions "
                "WHERE article_id BETWEEN ? AND ? AND sentence <> ''", (first, last)):
            text = texts.get(aid)
            if isinstance(text, (bytes, memoryview)):
                text = texts[aid] = unpack(text)
            if pack(sentence, text, start, end) == "":
                ids.append((mid,))
        conn.executemany("UPDATE mentions SET sentence = '' WHERE id = ?", ids)
        changed += len(ids)
        done += len(texts)
        if progress is not None:
            progress(done, total)
    return changed
