"""`dateline watch`: poll feeds, sitemaps and folders, and ingest what is new.

A source is polled with a conditional request (the ETag and Last-Modified it
sent last time), so an unchanged feed costs one 304 and no parsing. What is
new is what the store does not hold yet (by the page's URL, the articles'
identity), so a poll stopped half way by Ctrl-C resumes where it stopped:
the validators are saved only once a poll has taken every new item, and each
article is written whole or not at all (store_items, the ingest's writer).
A failing source waits twice as long after each failure, up to MAX_BACKOFF.
One row per source in `watched` keeps all of this between runs, so
`--once` from cron behaves as a long-running watch does.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from .db import Store
from .ingest import store_items
from .model import ReadProblem

MAX_NEW = 50                 # new items a poll takes from one source; the rest wait
MAX_BACKOFF = 24 * 3600.0    # seconds: a dead source is still tried once a day


@dataclass
class Poll:
    """What one poll of one source did: the line the user sees, and the counts behind it."""

    source: str
    outcome: str                 # new | unchanged | failed | waiting
    added: int = 0
    events: int = 0
    more: int = 0                # new items left for the next poll (over the cap)
    reason: str = ""             # why it failed or waits
    retry_after: float | None = None   # seconds the server asked for (429, 503)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return self.outcome == "failed"

    def line(self) -> str:
        if self.outcome == "new":
            more = f" ({self.more} more next poll)" if self.more else ""
            bad = f", {len(self.problems)} failed" if self.problems else ""
            return (f"{self.source}: {self.added} new article{_s(self.added)}, {self.events} "
                    f"new event{_s(self.events)}{bad}{more}")
        if self.outcome == "unchanged":
            return f"{self.source}: unchanged"
        return f"{self.source}: {self.reason}"


def _s(n: int) -> str:
    return "" if n == 1 else "s"


def parse_every(text: str) -> float:
    """'15m', '90s', '2h', '1d' or plain seconds -> seconds; ValueError with a reason."""
    t = text.strip().lower()
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    try:
        n = float(t[:-1]) * units[t[-1]] if t and t[-1] in units else float(t)
    except (ValueError, KeyError):
        raise ValueError(f"'{text}' is not an interval (like 15m, 90s, 2h)") from None
    if not n > 0 or n == float("inf"):
        raise ValueError(f"'{text}' is not an interval (like 15m, 90s, 2h)")
    return n


class Watcher:
    """Polls sources into one store. `now` and the fetcher are injectable for tests."""

    def __init__(self, store: Store, *, every: float = 900.0, max_new: int = MAX_NEW,
                 size_limit: int | None = None, timeout: float = 20.0, spacing: float = 1.0,
                 fetcher=None, now: Callable[[], datetime] | None = None,
                 progress: Callable[[str, int], object] | None = None):
        from .read import DEFAULT_SIZE_LIMIT, _Session
        from .read.polite import PoliteFetcher

        self.store = store
        self.every = every
        self.max_new = max_new
        self.now = now or (lambda: datetime.now(timezone.utc))
        self.progress = progress
        limit = size_limit or DEFAULT_SIZE_LIMIT
        self.fetcher = fetcher or PoliteFetcher(size_limit=limit, timeout=timeout,
                                                spacing=spacing)
        self.session = _Session(limit, timeout, None, self.fetcher)

    # -- one source ---------------------------------------------------------------------

    def poll(self, source: str) -> Poll:
        row = self._row(source)
        started = self.now()
        wait = self._backoff_left(row, started)
        if wait is not None:
            return Poll(source, "waiting", reason=wait)
        try:
            if source.lower().startswith(("http://", "https://")):
                poll, validators = self._poll_url(source, row)
            elif os.path.isdir(source):
                poll, validators = self._poll_folder(source, row)
            elif os.path.exists(source):
                poll, validators = self._poll_file(source, row)
            else:
                poll, validators = Poll(source, "failed", reason="no such file or folder"), None
        except KeyboardInterrupt:
            raise                                      # the row stays as it was: resume
        except Exception as e:  # noqa: BLE001 - one line per source, the others go on
            poll, validators = Poll(source, "failed",
                                    reason=f"could not be polled ({type(e).__name__}: {e})"), None
        self._record(source, row, poll, validators, started)
        return poll

    def poll_all(self, sources: list[str]) -> Iterator[Poll]:
        for source in sources:
            yield self.poll(source)

    # -- kinds --------------------------------------------------------------------------

    def _poll_url(self, url: str, row: dict) -> tuple[Poll, dict | None]:
        from .read import sniff_special
        from .read.url import FetchError, gunzip, read_response
        from .read.warc import is_warc_gz

        try:
            resp = self.fetcher.get(url, etag=row.get("etag"), modified=row.get("last_modified"))
        except FetchError as e:
            return Poll(url, "failed", reason=str(e), retry_after=e.retry_after), None
        validators = {"etag": resp.headers.get("ETag"),
                      "last_modified": resp.headers.get("Last-Modified")}
        if resp.status == 304:
            return Poll(url, "unchanged"), {"etag": row.get("etag"),
                                            "last_modified": row.get("last_modified")}
        data = resp.data
        if data[:2] == b"\x1f\x8b" and not is_warc_gz(data):
            try:
                data = gunzip(data, self.session.size_limit)
            except FetchError as e:
                return Poll(url, "failed", reason=str(e)), None
        kind = sniff_special(data)
        validators["kind"] = kind or "page"
        if kind == "feed":
            return self._take_listing(url, self._feed_entries(data, resp.url), "feed",
                                      validators)
        if kind == "sitemap":
            from .read.sitemap import sitemap_entries

            problems: list[ReadProblem] = []
            entries = sitemap_entries(data, where=url, session=self.session, url=resp.url,
                                      problems=problems)
            return self._take_listing(url, (entries, problems, None), "sitemap", validators)
        # a page (or an archive): read it whole; an unchanged one is 'unchanged' by its hash
        return self._ingest(url, read_response(url, resp, session=self.session), 1), validators

    def _feed_entries(self, data: bytes, base: str):
        from .read.feed import parse_feed

        feed = parse_feed(data, base)
        problems = []
        if feed.problem:
            problems.append(ReadProblem(base, f"malformed feed ({feed.problem}); its "
                                        f"{len(feed.items)} readable items are read"))
        return feed.items, problems, feed.title

    def _take_listing(self, source: str, listing, origin: str,
                      validators: dict) -> tuple[Poll, dict | None]:
        from .read.linked import read_linked

        entries, problems, outlet = listing
        new = self._unseen(entries, source)
        take, more = new[:self.max_new], max(0, len(new) - self.max_new)

        def items():
            yield from problems
            yield from read_linked(take, where=source, session=self.session, origin=origin,
                                   fallback_outlet=outlet)

        poll = self._ingest(source, items(), len(take))
        poll.more = more
        # validators only once every new item was taken: a capped poll asks again in full
        return poll, (validators if not more else {"kind": validators.get("kind")})


    def _unseen(self, entries, source: str) -> list:
        seen: set[str] = set()
        out = []
        for n, e in enumerate(entries, 1):
            key = e.link or f"{source}#{e.key or n}"
            if key in seen:
                continue
            seen.add(key)
            if not self._stored(key):
                out.append(e)
        return out

    def _stored(self, source: str) -> bool:
        return self.store.conn.execute("SELECT 1 FROM articles WHERE source = ? LIMIT 1",
                                       (source,)).fetchone() is not None

    def _poll_file(self, path: str, row: dict) -> tuple[Poll, dict | None]:
        """A feed, sitemap or archive on disk: its size and mtime stand in for an ETag."""
        from .read import read_inputs

        st = os.stat(path)
        stamp = f"file:{st.st_size}:{st.st_mtime_ns}"
        if row.get("etag") == stamp:
            return Poll(path, "unchanged"), {"etag": stamp, "kind": "file"}
        return (self._ingest(path, read_inputs([path], size_limit=self.session.size_limit,
                                               fetcher=self.fetcher), 1),
                {"etag": stamp, "kind": "file"})

    def _poll_folder(self, folder: str, row: dict) -> tuple[Poll, dict | None]:
        """Files not stored yet, or changed since the newest file the last poll saw (its
        mtime is the folder's validator: the files' own clock, not this machine's)."""
        from .read import _walk, read_inputs

        stamp = row.get("etag") or ""
        since = int(stamp.removeprefix("mtime:")) if stamp.startswith("mtime:") else -1
        new, newest = [], since
        for path in _walk(folder):
            try:
                mtime = os.stat(path).st_mtime_ns
            except OSError:
                continue
            newest = max(newest, mtime)
            if mtime > since or not self._stored(os.path.realpath(path)):
                new.append(path)
        validators = {"kind": "folder", "etag": f"mtime:{newest}"}
        take, more = new[:self.max_new], max(0, len(new) - self.max_new)
        if not take:
            return Poll(folder, "unchanged"), validators
        poll = self._ingest(folder, read_inputs(take, size_limit=self.session.size_limit,
                                                fetcher=self.fetcher), len(take))
        poll.more = more
        return poll, (validators if not more else None)

    def _ingest(self, source: str, items, expected: int) -> Poll:
        before = self.store.conn.execute("SELECT coalesce(max(id), 0) FROM events").fetchone()[0]
        bar = self.progress(source, expected) if self.progress else None
        try:
            report = store_items(self.store, items, progress=getattr(bar, "update", None))
        finally:
            if bar is not None and hasattr(bar, "close"):
                bar.close()
        events = self.store.conn.execute("SELECT count(*) FROM events WHERE id > ?",
                                         (before,)).fetchone()[0]
        added = report.added + report.replaced
        quiet = not (added or report.problems or report.notes)
        return Poll(source, "unchanged" if quiet else "new", added=added, events=events,
                    problems=report.problems, notes=report.notes)

    # -- the row ------------------------------------------------------------------------

    def _row(self, source: str) -> dict:
        cur = self.store.conn.execute("SELECT * FROM watched WHERE source = ?", (source,))
        r = cur.fetchone()
        return dict(zip([c[0] for c in cur.description], r, strict=True)) if r else {}

    def _backoff_left(self, row: dict, now: datetime) -> str | None:
        """Why this source is not due yet, or None. A little early counts as due, so cron's
        jitter does not skip a whole round."""
        if not row.get("next_poll"):
            return None
        due = datetime.fromisoformat(row["next_poll"])
        slack = timedelta(seconds=min(60.0, self.every * 0.1))
        if now + slack >= due:
            return None
        n = row.get("failures") or 0
        return (f"waiting: {n} failed poll{_s(n)} in a row ({row.get('status') or ''}); next "
                f"try {due.strftime('%Y-%m-%d %H:%M')} UTC")

    def backoff(self, failures: int) -> float:
        return min(self.every * 2 ** (failures - 1), MAX_BACKOFF) if failures else 0.0

    def _record(self, source: str, row: dict, poll: Poll, validators: dict | None,
                started: datetime) -> None:
        if poll.outcome == "waiting":
            return
        at = started.isoformat(timespec="seconds")
        failures = (row.get("failures") or 0) + 1 if poll.failed else 0
        next_poll = None
        if poll.failed:
            delay = max(self.backoff(failures), poll.retry_after or 0.0)
            next_poll = (started + timedelta(seconds=delay)).isoformat(timespec="seconds")
        keep = validators is not None            # None: leave the last validators alone
        v = validators or {}
        status = poll.line().removeprefix(f"{source}: ")
        with self.store.write() as conn:
            conn.execute(
                "INSERT INTO watched (source, kind, last_poll, last_ok, status, etag, "
                "last_modified, failures, next_poll, articles_added) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (source) DO UPDATE SET kind = coalesce(excluded.kind, kind), "
                "last_poll = excluded.last_poll, last_ok = coalesce(excluded.last_ok, last_ok), "
                "status = excluded.status, "
                "etag = CASE WHEN ? THEN excluded.etag ELSE etag END, "
                "last_modified = CASE WHEN ? THEN excluded.last_modified ELSE last_modified END, "
                "failures = excluded.failures, next_poll = excluded.next_poll, "
                "articles_added = articles_added + excluded.articles_added",
                (source, v.get("kind"), at, None if poll.failed or poll.more else at, status, v.get("etag"),
                 v.get("last_modified"), failures, next_poll, poll.added, keep, keep))


def watched(store: Store) -> list[dict]:
    """The watched-sources rows, for `dateline watch --status` and the tests."""
    cur = store.conn.execute("SELECT * FROM watched ORDER BY source")
    names = [c[0] for c in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur]


