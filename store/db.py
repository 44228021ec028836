"""Opening a store: the one place that decides pragmas, checks and migrations.

Everything else receives a `Store` and never opens SQLite itself, so WAL,
the busy timeout and the schema check cannot be forgotten on some path.
sqlite_utils is imported only when `Store.db` is first used or a store is
created or migrated (store/schema.py): it costs about 60-100 ms of import, a
sixth of the app's first paint, and opening an up-to-date store needs only the
plain connection.
"""

from __future__ import annotations

import os
import sqlite3
import time
from contextlib import contextmanager

from . import anchors, article_text, schema
from .record import field, record
from .schema import SchemaError

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (3-4 ms of a start)
if TYPE_CHECKING:
    import sqlite_utils

BUSY_TIMEOUT_MS = 60_000  # a second ingest waits for the first instead of failing
# a new store's pages: 8 KB packs the compressed articles' ~0.8 KB rows and the indexes
# with less slack than SQLite's 4 KB (1,512 -> 1,491 MB on 1M synth events); an existing
# store keeps its size (VACUUM with `PRAGMA page_size` outside WAL would change it)
PAGE_SIZE = 8192


class StoreError(Exception):
    """A store that cannot be opened: one line for the user, no traceback."""


def disk_full(e: BaseException) -> bool:
    """Whether SQLite stopped because the disk (or the file's size limit) is full."""
    return isinstance(e, sqlite3.OperationalError) and (
        "disk is full" in str(e) or getattr(e, "sqlite_errorname", "") == "SQLITE_FULL")


def default_path() -> str:
    """$DATELINE_DB, else dateline.db in the user's data folder. (os.path, not pathlib:
    pathlib pulls in urllib.parse and ipaddress, a fifth of `dateline events`' imports.)"""
    env = os.environ.get("DATELINE_DB")
    if env:
        return env
    from platformdirs import user_data_dir

    return os.path.join(user_data_dir("dateline", appauthor=False), "dateline.db")


@record
class Store:
    conn: sqlite3.Connection
    path: str
    read_only: bool = False
    _db: sqlite_utils.Database | None = field(default=None, repr=False, compare=False)
    _file: tuple[int, int] | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        try:
            st = os.stat(self.path)
            self._file = (st.st_dev, st.st_ino)
        except (OSError, ValueError):  # ":memory:", or a name that is no file
            self._file = None

    def changed_on_disk(self) -> str | None:
        """'deleted', 'replaced' or 'read-only' when the file under an open store changed
        (SQLite keeps reading the file it opened, so nothing else would tell), else None."""
        if self._file is None:
            return None
        try:
            st = os.stat(self.path)
        except OSError:
            return "deleted"
        if (st.st_dev, st.st_ino) != self._file:
            return "replaced"
        if not self.read_only and not st.st_mode & 0o222:
            return "read-only"
        return None

    @property
    def db(self) -> sqlite_utils.Database:
        """The same connection wrapped by sqlite_utils, built on first use."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    @contextmanager
    def write(self):
        """One write transaction: all of it lands or none of it does.

        BEGIN IMMEDIATE takes the write lock up front, so two writers queue on
        the busy timeout rather than failing half way with "database is locked".
        """
        if self.read_only:
            raise StoreError(f"{self.path}: the store is read-only")
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            if self.conn.in_transaction:  # SQLite rolls back by itself on a full disk
                self.conn.execute("ROLLBACK")
            raise
        else:
            if self.conn.in_transaction:  # gone only if SQLite rolled back on an error
                self.conn.execute("COMMIT")

    def data_version(self) -> int:
        """Changes when another connection commits: the app polls it to offer a refresh."""
        return self.conn.execute("PRAGMA data_version").fetchone()[0]

    def close(self) -> None:
        self.conn.close()


def open_store(path: str | os.PathLike | None = None, *, read_only: bool = False,
               create: bool = True, on_upgrade=None) -> Store:
    """Open (and create or migrate) a store, or raise StoreError with one clear line.

    `on_upgrade(message)` is told before an existing store is migrated: on a big
    store that takes a while (28 s for schema 5 on 1,000,000 events), and a user
    staring at a silent terminal should know why.
    """
    p = os.fspath(path) if path is not None else default_path()
    shown = p
    if os.path.isdir(p):
        raise StoreError(f"{shown}: is a folder, not a database file")
    exists = os.path.exists(p)
    if not exists and (read_only or not create):
        raise StoreError(f"{shown}: no such database")
    if exists and not read_only and not os.access(p, os.W_OK):
        read_only = True  # a read-only file still opens for browsing
    if not exists:
        try:
            os.makedirs(os.path.dirname(os.path.abspath(p)), exist_ok=True)
        except OSError as e:
            raise StoreError(f"{shown}: cannot create its folder ({e.strerror})") from None
    try:
        if read_only:
            uri = p.replace("%", "%25").replace("?", "%3f").replace("#", "%23")
            conn = sqlite3.connect(f"file:{uri}?mode=ro", uri=True, isolation_level=None,
                                   check_same_thread=False)
        else:
            conn = sqlite3.connect(p, isolation_level=None, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if not exists:  # only an empty file takes a page size (and before WAL is on)
            conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        version = schema.check(conn, shown)
        if not read_only:
            _wal(conn)
            conn.execute("PRAGMA synchronous = NORMAL")
            if on_upgrade is not None and 0 < version < schema.SCHEMA_VERSION:
                on_upgrade(f"{shown}: upgrading the store from schema {version} to "
                           f"{schema.SCHEMA_VERSION} (once; a big store takes a minute)")
            told = _progress(on_upgrade) if on_upgrade is not None and version else None
            if 0 < schema.migrate(conn, progress=told) < schema.SCHEMA_VERSION:
                _reapply_annotations(conn)
        elif version < schema.SCHEMA_VERSION:
            raise StoreError(f"{shown}: read-only and made by an older dateline; "
                             "open it writable once to upgrade it")
        _session(conn)
    except SchemaError as e:
        raise StoreError(str(e)) from None
    except sqlite3.DatabaseError as e:
        msg = str(e)
        if exists and not read_only and ("readonly" in msg or "read-only" in msg):
            return open_store(p, read_only=True)  # read-only media: browse it anyway
        if "not a database" in msg or "malformed" in msg:
            msg = "not a dateline store, or a corrupt one"
        raise StoreError(f"{shown}: {msg}") from None
    return Store(conn, shown, read_only)


def _progress(say, every: float = 2.0):
    """A migration step's progress(done, total[, what]) as a line through `say` every `every`
    seconds (and at the end once one was said), so a long upgrade is not a silent
    terminal and a short one stays the single line that announced it."""
    last = [time.monotonic()]
    said = [False]

    def progress(done: int, total: int, what: str = "articles") -> None:
        now = time.monotonic()
        if now - last[0] >= every or (done >= total and said[0]):
            last[0] = now
            said[0] = True
            say(f"upgrading: {done:,} of {total:,} {what} ({100 * done // max(1, total)}%)")
    return progress


def open_memory() -> Store:
    """A fresh in-memory store, for tests and one-off pipelines."""
    conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    schema.migrate(conn)
    _session(conn)
    return Store(conn, ":memory:")


def _reapply_annotations(conn: sqlite3.Connection) -> None:
    """A migration may rebuild events: the analyst's corrections go back on them."""
    from .annotations import reapply_all

    conn.execute("BEGIN IMMEDIATE")
    try:
        reapply_all(conn)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:  # SQLite rolls back by itself on a full disk
            conn.execute("ROLLBACK")
        raise


def _wal(conn: sqlite3.Connection) -> None:
    """Switch to WAL, waiting out another process that is doing the same.

    Changing the journal mode needs the file to itself and SQLite answers
    "database is locked" at once rather than calling the busy handler, so two
    ingests starting on a new file at the same moment would see one fail.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    delay = 0.005
    while True:
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.2)


def _session(conn: sqlite3.Connection) -> None:
    """Per-connection settings, the same for files and memory, so tests run as users do."""
    article_text.register(conn)  # dateline_text(articles.text): see store/article_text.py
    anchors.register(conn)  # dateline_anchor(...): see store/anchors.py
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA cache_size = -32000")
    conn.execute("PRAGMA temp_store = MEMORY")
