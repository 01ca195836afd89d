"""The feed watcher against a local web server serving good and broken feeds and pages."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from kordon.services.osint_watch import Fetcher, Politeness, poll_feeds
from kordon.services.ports import SeizureFilter
from kordon.storage.store import SqlStore

READER = "kordon.services.osint_ingest.extract_text"  # the reader as ingesting calls it
FEEDS = Path(__file__).parents[1] / "osint" / "fixtures" / "feeds"
RSS = (FEEDS / "news.rss.xml").read_text(encoding="utf-8")
ATOM = (FEEDS / "xeberler.atom.xml").read_text(encoding="utf-8")
PAGE = (
    "<html><head><title>Seizure</title><script>var x = 1;</script></head><body><p>Customs "
    "officers at Harwich seized 12 kilograms of cocaine from a lorry.</p></body></html>"
)


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """Keep the test output quiet."""

    def _send(self, body: bytes, content_type: str = "application/xml") -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        """Serve the test site."""
        routes = {
            "/robots.txt": (b"User-agent: *\nDisallow: /private/\n", "text/plain"),
            "/feed.xml": (RSS.encode(), "application/rss+xml"),
            "/atom.xml": (ATOM.encode(), "application/atom+xml"),
            "/broken.xml": (b"<?xml version='1.0'?><rss><channel><item><title>x", "text/xml"),
            "/dtd.xml": (
                b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaa">]><rss/>',
                "text/xml",
            ),
            "/private/feed.xml": (RSS.encode(), "application/rss+xml"),
            "/page.html": (PAGE.encode(), "text/html; charset=utf-8"),
            "/huge.html": (b"<html><body>" + b"x" * 300_000 + b"</body></html>", "text/html"),
        }
        if self.path == "/slow.xml":
            time.sleep(1.5)
            self._send(RSS.encode())
            return
        if self.path not in routes:
            self.send_error(404)
            return
        body, content_type = routes[self.path]
        self._send(body, content_type)


@pytest.fixture
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _fetcher() -> Fetcher:
    return Fetcher(Politeness(timeout=0.5, max_bytes=100_000, request_gap=0.0))


def test_good_feeds_are_ingested_once_and_repeats_never_stored_twice(
    store: SqlStore, site: str
) -> None:
    urls = [f"{site}/feed.xml", f"{site}/atom.xml", f"{site}/page.html"]
    first = poll_feeds(store, urls, _fetcher())
    assert first.errors == [] and first.ingest.errors == []
    assert first.new_items == 4 and first.already_seen == 1  # ru-1 is repeated in the feed
    assert first.ingest.stored == 3 and first.ingest.without_seizures == 1
    second = poll_feeds(store, urls, _fetcher())
    assert (second.new_items, second.already_seen, second.ingest.stored) == (0, 5, 0)
    with store.transaction() as uow:
        rows, total = uow.seizures.search(SeizureFilter(), limit=10, offset=0)
    assert total == 3
    assert {r.provenance_url for r in rows} == {
        "http://news.test/ru-1", "http://news.test/az-1", f"{site}/page.html"
    }  # fmt: skip


@pytest.mark.parametrize(
    ("path", "why"),
    [
        ("/broken.xml", "not well-formed XML"),
        ("/dtd.xml", "declares a DTD"),
        ("/huge.html", "100,000-byte limit"),
        ("/slow.xml", "no answer within 0.5 s"),
        ("/private/feed.xml", "robots.txt does not allow"),
        ("/missing.xml", "HTTP 404"),
    ],
)
def test_broken_feeds_are_reported_and_nothing_is_stored(
    store: SqlStore, site: str, path: str, why: str
) -> None:
    summary = poll_feeds(store, [f"{site}{path}"], _fetcher())
    assert len(summary.errors) == 1 and why in summary.errors[0], summary.errors
    assert summary.ingest.stored == 0


def test_an_unreachable_site_is_skipped_until_the_next_poll(store: SqlStore) -> None:
    summary = poll_feeds(store, ["http://127.0.0.1:9/feed.xml", "ftp://x.test/f"], _fetcher())
    assert len(summary.errors) == 2
    assert "robots.txt could not be read" in summary.errors[0]
    assert "only http and https" in summary.errors[1]


def test_a_fault_of_the_reader_skips_the_item_and_reads_it_again_later(
    store: SqlStore, site: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kordon.osint import extract_text as real

    def failing_on_harwich(text: str) -> object:
        if "Harwich" in text:
            raise IndexError("list index out of range")
        return real(text)

    monkeypatch.setattr(READER, failing_on_harwich)
    urls = [f"{site}/feed.xml", f"{site}/page.html"]
    first = poll_feeds(store, urls, _fetcher())
    assert first.errors == []
    (fault,) = first.ingest.errors
    assert fault.startswith(f"{site}/page.html: the reader failed on this report (IndexError)")
    assert first.ingest.stored == 1  # the feed's items are read whatever the page did
    monkeypatch.setattr(READER, real)
    second = poll_feeds(store, urls, _fetcher())
    assert (second.new_items, second.ingest.stored, second.ingest.errors) == (1, 1, [])
