"""A Fetcher that behaves as a crawler should: robots.txt obeyed, hosts not hammered.

`dateline watch` comes back to the same sites every few minutes, for hours;
an outlet that sees it should see a named client (the User-Agent) that asks
robots.txt first, keeps to its Crawl-delay, and spaces its requests.
"""

from __future__ import annotations

import threading
import time
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from .url import USER_AGENT, Fetcher, FetchError, Response

MAX_CRAWL_DELAY = 60.0     # seconds; a robots.txt asking for more is capped here
_AGENT_TOKEN = "dateline"  # the product token robots.txt rules name


class Disallowed(FetchError):
    """robots.txt says no: not the server failing, but the answer is the same."""


class PoliteFetcher(Fetcher):
    def __init__(self, *, size_limit: int, timeout: float, spacing: float = 1.0,
                 robots: bool = True, clock=time.monotonic, sleep=time.sleep):
        super().__init__(size_limit=size_limit, timeout=timeout)
        self.spacing = spacing
        self.obey_robots = robots
        self.clock, self.sleep = clock, sleep
        self._last: dict[str, float] = {}          # host -> when its last request started
        self._delay: dict[str, float] = {}         # host -> its Crawl-delay, if longer
        self._robots: dict[str, RobotFileParser | None] = {}
        self._lock = threading.Lock()

    def get(self, url: str, *, etag: str | None = None, modified: str | None = None) -> Response:
        parts = urlsplit(url)
        host = parts.netloc.lower()
        if self.obey_robots and parts.scheme in ("http", "https"):
            rules = self._rules(f"{parts.scheme}://{parts.netloc}", host)
            if rules is not None and not rules.can_fetch(_AGENT_TOKEN, url):
                raise Disallowed(f"robots.txt of {host} does not allow {USER_AGENT} here")
        self._wait(host)
        return super().get(url, etag=etag, modified=modified)

    def _wait(self, host: str) -> None:
        gap = max(self.spacing, self._delay.get(host, 0.0))
        with self._lock:
            last = self._last.get(host)
            now = self.clock()
            if last is not None and now - last < gap:
                self.sleep(gap - (now - last))
            self._last[host] = self.clock()

    def _rules(self, origin: str, host: str) -> RobotFileParser | None:
        """The host's robots.txt, read once per run. Missing (4xx) allows everything; a
        server error forbids everything for now (RFC 9309); unreachable leaves the page's
        own fetch to say what is wrong."""
        if host in self._robots:
            return self._robots[host]
        rules: RobotFileParser | None = RobotFileParser()
        self._wait(host)
        try:
            resp = super().get(origin + "/robots.txt")
            rules.parse(resp.data.decode("utf-8", "replace").splitlines())
        except FetchError as e:
            if e.status is not None and 500 <= e.status < 600:
                rules.parse(["User-agent: *", "Disallow: /"])
            elif e.status is not None:
                rules = None
            else:
                self._robots.pop(host, None)
                return None                          # try again next time
        if rules is not None:
            delay = rules.crawl_delay(_AGENT_TOKEN)
            if delay:
                self._delay[host] = min(float(delay), MAX_CRAWL_DELAY)
        self._robots[host] = rules
        return rules
