"""Items of watched feeds already read, in SQL."""

from __future__ import annotations

import hashlib

from sqlalchemy import Connection, insert, select

from kordon.services.ports import SeenFeedItem
from kordon.storage.tables import feed_items


def _key(feed_url: str, item_key: str) -> str:
    # Keys and addresses may be long; their digest is the primary key.
    return hashlib.sha256(f"{feed_url}\n{item_key}".encode()).hexdigest()


class SqlFeedItems:
    """FeedItemRepository on one connection."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def seen(self, feed_url: str, item_key: str) -> bool:
        """True when this item of this feed has been read before."""
        query = select(feed_items.c.key_sha256).where(
            feed_items.c.key_sha256 == _key(feed_url, item_key)
        )
        return self.connection.execute(query).first() is not None

    def record(self, item: SeenFeedItem) -> None:
        """Remember that an item was read, and what came of it."""
        self.connection.execute(
            insert(feed_items).values(
                key_sha256=_key(item.feed_url, item.item_key),
                feed_url=item.feed_url,
                item_key=item.item_key,
                seen_at=item.seen_at,
                outcome=item.outcome,
                detail=item.detail,
            )
        )
