"""The bundled demo corpus in the user's default store: loaded on the first run, and
analysed again when a newer dateline opens a store that holds nothing but the seeds.

Ingest skips an article whose text it has seen (its hash), so without this a user who
upgrades keeps the events the older rules made on the demo story forever. A store the
user has added articles to, or marked, noted or corrected, is never touched: its
articles are theirs to re-ingest.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from .db import Store

META_KEY = "seeds_analysed_by"
_ANALYSIS = Path(__file__).resolve().parent  # the package whose rules made the events


def analysis_fingerprint() -> str:
    """A digest of the analysing code: any change to a rule gives a new one. Read only when
    the store holds the seeds alone (~90 files, a few milliseconds)."""
    h = hashlib.sha256()
    for path in sorted(_ANALYSIS.rglob("*.py")):
        h.update(path.relative_to(_ANALYSIS).as_posix().encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def seed_files(seeds_dir: Path) -> set[str]:
    return {p.name for p in seeds_dir.iterdir() if p.suffix == ".txt"}


def state(store: Store, seeds_dir: Path) -> str:
    """'empty', 'current', 'stale' (the seeds alone, made by other rules) or 'user' (the
    store holds more than the seeds, or the analyst's layer)."""
    conn = store.conn
    names = seed_files(seeds_dir)
    sources = [s for (s,) in conn.execute("SELECT source FROM articles LIMIT ?",
                                           (len(names) + 1,))]
    if not sources:
        return "empty"
    if len(sources) > len(names) or any(os.path.basename(s) not in names for s in sources):
        return "user"
    from .ingest import layered

    if layered(conn):
        return "user"
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (META_KEY,)).fetchone()
    return "current" if row and row[0] == analysis_fingerprint() else "stale"


def load(store: Store, seeds_dir: Path, say=None) -> str:
    """Load the seeds into an empty store, or analyse them again in a stale one; return
    the state found. `say(line)` tells the user why the start takes longer. The analysing
    modules are imported only when there is work: compiling the merge's title rules
    would otherwise add 90-250 ms to every start of the app on the user's own store."""
    found = state(store, seeds_dir)
    if found in ("current", "user"):
        return found
    from .ingest import ingest
    from .merge import remove_article

    if found == "stale":
        if say:
            say("the bundled seed articles were analysed by another version: analysing "
                "them again ...")
        with store.write() as conn:  # an interrupt leaves the old events or none: the
            for (article_id,) in conn.execute("SELECT id FROM articles").fetchall():
                remove_article(conn, article_id)  # next start then loads the seeds anew
                conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
    elif say:
        say("first run: loading the bundled seed articles ...")
    ingest(store, [str(seeds_dir)])
    with store.write() as conn:
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                     (META_KEY, analysis_fingerprint()))
    return found
