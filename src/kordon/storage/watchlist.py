"""Watchlist entries in SQL."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select

from kordon.domain import clock
from kordon.domain.watchlist import RequestedAction, WatchlistEntry, WatchlistKind
from kordon.storage.tables import watchlist_entries


def _row(entry: WatchlistEntry, at: datetime) -> dict[str, Any]:
    return {
        "id": entry.id,
        "kind": entry.kind.value,
        "names": list(entry.names),
        "country": entry.country,
        "identifiers": dict(entry.identifiers),
        "source": entry.source,
        "handling_code": entry.handling_code,
        "action": entry.action.value,
        "valid_from": entry.valid_from,
        "valid_until": entry.valid_until,
        "notes": entry.notes,
        "updated_at": at,
    }


def _entry(row: Any) -> WatchlistEntry:
    return WatchlistEntry(
        id=row.id,
        kind=WatchlistKind(row.kind),
        names=tuple(row.names),
        country=row.country,
        identifiers=dict(row.identifiers),
        source=row.source,
        handling_code=row.handling_code,
        action=RequestedAction(row.action),
        valid_from=row.valid_from,
        valid_until=row.valid_until,
        notes=row.notes,
    )


class SqlWatchlist:
    """WatchlistRepository on one connection."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def save_many(self, entries: Sequence[WatchlistEntry]) -> dict[str, str]:
        """Add or replace entries by id; says per id whether it was added, updated or unchanged."""
        if not entries:
            return {}
        ids = [entry.id for entry in entries]
        current = {e.id: e for e in self.get_many(ids)}
        outcome: dict[str, str] = {}
        changed: list[WatchlistEntry] = []
        for entry in entries:
            before = current.get(entry.id)
            outcome[entry.id] = (
                "added" if before is None else "unchanged" if before == entry else "updated"
            )
            if before != entry:
                changed.append(entry)
        if changed:
            now = clock.now()
            self.connection.execute(
                delete(watchlist_entries).where(watchlist_entries.c.id.in_([e.id for e in changed]))
            )
            self.connection.execute(insert(watchlist_entries), [_row(e, now) for e in changed])
        return outcome

    def get_many(self, ids: Sequence[str]) -> list[WatchlistEntry]:
        """The entries with these ids that exist."""
        found: list[WatchlistEntry] = []
        for start in range(0, len(ids), 900):
            query = select(watchlist_entries).where(
                watchlist_entries.c.id.in_(ids[start : start + 900])
            )
            found.extend(_entry(row) for row in self.connection.execute(query))
        return found

    def get(self, entry_id: str) -> WatchlistEntry | None:
        """One entry, or None."""
        found = self.get_many([entry_id])
        return found[0] if found else None

    def list(self) -> list[WatchlistEntry]:
        """Every entry, by id."""
        rows = self.connection.execute(select(watchlist_entries).order_by(watchlist_entries.c.id))
        return [_entry(row) for row in rows]

    def delete(self, entry_id: str) -> bool:
        """Remove an entry; True when it existed."""
        result = self.connection.execute(
            delete(watchlist_entries).where(watchlist_entries.c.id == entry_id)
        )
        return bool(result.rowcount)

    def fingerprint(self) -> str:
        """Changes whenever an entry is added, changed or removed."""
        count, latest = self.connection.execute(
            select(func.count(), func.max(watchlist_entries.c.updated_at))
        ).one()
        return f"{count}:{latest}"
