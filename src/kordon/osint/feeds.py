"""RSS and Atom feeds, and plain pages, turned into report texts the reader can take.

Feeds are parsed with the standard library's expat, which refuses entity expansion attacks;
a document that declares a DTD is refused outright, as no feed needs one. A page that is not a
feed is one report: its text without markup.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from kordon.osint.report import ReportError

_ATOM = "{http://www.w3.org/2005/Atom}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
_TAGS = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]+>", re.IGNORECASE | re.DOTALL)
_BLOCKS = re.compile(r"</?(?:p|div|br|li|h[1-6]|tr|article|section)\b[^>]*>", re.IGNORECASE)


class FeedError(ReportError):
    """A feed or page that cannot be read, with a sentence saying why."""


@dataclass(frozen=True, slots=True)
class FeedItem:
    """One item of a feed, or one page: what it says and where it came from."""

    key: str  # the item's guid or id, else its link: what makes it the same item again
    link: str
    title: str
    text: str
    published: date | None = None

    def report(self) -> str:
        """The item as a report text with its SOURCE and DATE header."""
        header = f"SOURCE: {self.link}\n"
        if self.published is not None:
            header += f"DATE: {self.published.isoformat()}\n"
        return header + "\n".join(part for part in (self.title, self.text) if part) + "\n"


def html_to_text(markup: str) -> str:
    """The readable text of HTML: one paragraph per block, without scripts or tags."""
    text = _BLOCKS.sub("\n", markup)
    text = _TAGS.sub(" ", text)
    text = html.unescape(text)
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def is_feed(data: bytes) -> bool:
    """True when a document looks like RSS or Atom rather than a page."""
    head = data[:1024].lstrip().lower()
    return head.startswith(b"<?xml") or head.startswith(b"<rss") or head.startswith(b"<feed")


def _date(raw: str | None) -> date | None:
    if not raw:
        return None
    raw = raw.strip()
    try:
        return parsedate_to_datetime(raw).date()  # RSS: "Tue, 18 Nov 2025 10:00:00 +0400"
    except (TypeError, ValueError):
        pass
    try:
        return datetime.fromisoformat(raw.replace("Z", "+00:00")).date()  # Atom
    except ValueError:
        return None


def _text(element: ET.Element | None) -> str:
    return html_to_text(element.text or "") if element is not None else ""


def parse_feed(data: bytes, *, url: str) -> list[FeedItem]:
    """The items of an RSS 2.0 or Atom feed; FeedError saying why when it is not one."""
    if b"<!DOCTYPE" in data[:4096].upper() or b"<!ENTITY" in data.upper():
        raise FeedError(f"{url}: the feed declares a DTD or entities, which no feed needs")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise FeedError(f"{url}: the feed is not well-formed XML ({exc})") from exc
    if root.tag == f"{_ATOM}feed":
        return [_atom_item(entry, url) for entry in root.iter(f"{_ATOM}entry")]
    if root.tag == "rss" or root.find("channel") is not None:
        return [_rss_item(item, url) for item in root.iter("item")]
    raise FeedError(f"{url}: the document is XML but neither RSS nor Atom (<{root.tag}>)")


def _rss_item(item: ET.Element, url: str) -> FeedItem:
    link = (item.findtext("link") or "").strip()
    guid = (item.findtext("guid") or "").strip()
    content = item.find(_CONTENT)
    text = _text(content) if content is not None else _text(item.find("description"))
    key = guid or link
    if not key:
        raise FeedError(f"{url}: an item has neither a guid nor a link to tell it by")
    return FeedItem(
        key=key,
        link=link or guid,
        title=html_to_text(item.findtext("title") or ""),
        text=text,
        published=_date(item.findtext("pubDate")),
    )


def _atom_item(entry: ET.Element, url: str) -> FeedItem:
    links = [a.get("href", "") for a in entry.iter(f"{_ATOM}link")]
    link = next((h for h in links if h), "")
    key = (entry.findtext(f"{_ATOM}id") or "").strip() or link
    if not key:
        raise FeedError(f"{url}: an entry has neither an id nor a link to tell it by")
    content = entry.find(f"{_ATOM}content")
    text = _text(content) if content is not None else _text(entry.find(f"{_ATOM}summary"))
    published = entry.findtext(f"{_ATOM}published") or entry.findtext(f"{_ATOM}updated")
    return FeedItem(
        key=key,
        link=link or key,
        title=html_to_text(entry.findtext(f"{_ATOM}title") or ""),
        text=text,
        published=_date(published),
    )


def page_item(data: bytes, *, url: str, charset: str | None = None) -> FeedItem:
    """A page that is not a feed, as one item keyed by its address."""
    try:
        markup = data.decode(charset or "utf-8")
    except (LookupError, UnicodeDecodeError) as exc:
        raise FeedError(f"{url}: the page is not text in {charset or 'UTF-8'}") from exc
    title = re.search(r"<title[^>]*>(.*?)</title>", markup, re.IGNORECASE | re.DOTALL)
    body = re.search(r"<body[^>]*>(.*)</body>", markup, re.IGNORECASE | re.DOTALL)
    return FeedItem(
        key=url,
        link=url,
        title=html_to_text(title.group(1)) if title else "",
        text=html_to_text(body.group(1) if body else markup),
    )
