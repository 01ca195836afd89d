"""Polling feeds and pages for public seizure reports, politely, reading each new item once.

Politeness: robots.txt is asked before a host's first document (a host whose robots.txt
cannot be read is left alone until the next poll), every request names Kordon in its
User-Agent, waits a gap after the previous request to the same host, gives up after a timeout,
and refuses a document larger than the size limit. An item is remembered once read, whatever
came of it, so a feed that repeats an item never stores it twice; only an item the reader itself
failed on is left unremembered, to be read again once the reader is mended.
"""

from __future__ import annotations

import hashlib
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from kordon.domain import clock
from kordon.osint.feeds import FeedError, FeedItem, is_feed, page_item, parse_feed
from kordon.osint.report import ReportError
from kordon.services.osint_ingest import (
    IngestSummary,
    ReaderFault,
    read_text,
    store_open_source,
)
from kordon.services.ports import SeenFeedItem, Store

USER_AGENT = "Kordon-osint-watch/0.1 (+customs seizure reports reader)"
_CHUNK = 65536


class FetchError(Exception):
    """A document that could not be fetched, with a sentence saying why."""

    def __init__(self, message: str, *, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status  # the HTTP status, when the server answered with an error


@dataclass(frozen=True, slots=True)
class Politeness:
    """How the watcher behaves towards the sites it reads."""

    timeout: float = 10.0
    max_bytes: int = 2_000_000
    request_gap: float = 2.0
    user_agent: str = USER_AGENT


class Fetcher:
    """Fetches documents over http(s), asking robots.txt first and keeping to the limits."""

    def __init__(self, politeness: Politeness, *, clock: Callable[[], float] = time.monotonic):
        self.p = politeness
        self.clock = clock
        self._robots: dict[str, RobotFileParser | None] = {}
        self._last: dict[str, float] = {}

    def get(self, url: str) -> tuple[bytes, str | None]:
        """A document's bytes and declared charset; FetchError saying why when refused."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise FetchError(f"{url}: only http and https addresses are watched")
        robots = self._robots_for(parts.scheme, parts.netloc)
        if robots is None:
            raise FetchError(f"{url}: the site's robots.txt could not be read; skipped this poll")
        if not robots.can_fetch(self.p.user_agent, url):
            raise FetchError(f"{url}: the site's robots.txt does not allow fetching it")
        return self._fetch(url)

    def _robots_for(self, scheme: str, host: str) -> RobotFileParser | None:
        if host not in self._robots:
            robots = RobotFileParser()
            try:
                data, _ = self._fetch(f"{scheme}://{host}/robots.txt")
            except FetchError as exc:
                if exc.status is None or not 400 <= exc.status < 500:
                    self._robots[host] = None
                    return None
                data = b""  # no robots.txt: everything is allowed
            robots.parse(data.decode("utf-8", errors="replace").splitlines())
            self._robots[host] = robots
        return self._robots[host]

    def _wait_turn(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            pause = self.p.request_gap - (self.clock() - last)
            if pause > 0:
                time.sleep(pause)
        self._last[host] = self.clock()

    def _fetch(self, url: str) -> tuple[bytes, str | None]:
        self._wait_turn(urlsplit(url).netloc)
        request = urllib.request.Request(url, headers={"User-Agent": self.p.user_agent})
        started = self.clock()
        try:
            with urllib.request.urlopen(request, timeout=self.p.timeout) as response:
                length = response.headers.get("Content-Length")
                if length and length.isdigit() and int(length) > self.p.max_bytes:
                    raise FetchError(self._too_large(url))
                chunks: list[bytes] = []
                size = 0
                while chunk := response.read(_CHUNK):
                    size += len(chunk)
                    if size > self.p.max_bytes:
                        raise FetchError(self._too_large(url))
                    if self.clock() - started > self.p.timeout:
                        raise FetchError(f"{url}: no complete answer within {self.p.timeout:g} s")
                    chunks.append(chunk)
                return b"".join(chunks), response.headers.get_content_charset()
        except urllib.error.HTTPError as exc:
            raise FetchError(
                f"{url}: the server answered HTTP {exc.code}", status=exc.code
            ) from exc
        except TimeoutError as exc:
            raise FetchError(f"{url}: no answer within {self.p.timeout:g} s") from exc
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            if isinstance(reason, TimeoutError):
                raise FetchError(f"{url}: no answer within {self.p.timeout:g} s") from exc
            raise FetchError(f"{url}: cannot be fetched ({reason})") from exc

    def _too_large(self, url: str) -> str:
        return f"{url}: larger than the {self.p.max_bytes:,}-byte limit; not read"


@dataclass
class WatchSummary:
    """What one poll of the watched feeds read, stored, merged and refused."""

    feeds: int = 0
    new_items: int = 0
    already_seen: int = 0
    ingest: IngestSummary = field(default_factory=IngestSummary)
    errors: list[str] = field(default_factory=list)


def _items(url: str, data: bytes, charset: str | None) -> list[FeedItem]:
    if is_feed(data):
        return parse_feed(data, url=url)
    page = page_item(data, url=url, charset=charset)
    # A page is read again when its text changes: the same address with new news.
    digest = hashlib.sha256(page.text.encode()).hexdigest()[:16]
    return [FeedItem(f"{url}#{digest}", page.link, page.title, page.text, page.published)]


def poll_feeds(store: Store, urls: list[str], fetcher: Fetcher) -> WatchSummary:
    """Read every watched feed or page once and ingest the items not read before."""
    summary = WatchSummary()
    for url in urls:
        summary.feeds += 1
        try:
            data, charset = fetcher.get(url)
            items = _items(url, data, charset)
        except (FetchError, FeedError) as exc:
            summary.errors.append(str(exc))
            continue
        for item in items:
            with store.transaction() as uow:
                if uow.feed_items.seen(url, item.key):
                    summary.already_seen += 1
                    continue
            summary.new_items += 1
            try:
                outcome, detail = _ingest(store, item, summary)
            except ReaderFault as exc:
                # Not remembered: the item is read again at a later poll, once the reader is mended.
                summary.ingest.errors.append(str(exc))
                continue
            with store.transaction() as uow:
                seen_at = clock.now()
                uow.feed_items.record(SeenFeedItem(url, item.key, seen_at, outcome, detail))
    return summary


def _ingest(store: Store, item: FeedItem, summary: WatchSummary) -> tuple[str, str | None]:
    """Read one item as a report and store its seizures; what came of it, in a word."""
    ingest = summary.ingest
    ingest.reports += 1
    try:
        seizures, language = read_text(item.report(), name=item.link)
    except ReaderFault:
        raise
    except ReportError as exc:
        ingest.errors.append(str(exc))
        return "error", str(exc)
    if not seizures:
        ingest.without_seizures += 1
        return "no seizure", None
    store_open_source(store, seizures, ingest, language=language)
    return "stored", f"{len(seizures)} seizure records"
