"""Watchlist entries as use cases: list, view, save, delete; every one audited.

Only intelligence officers see an entry's source and handling code, and every listing, view and
change is on the audit trail; a change tells the engine cache to rebuild the screening index.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from kordon.domain.accounts import User
from kordon.domain.errors import Malformed
from kordon.domain.watchlist import WatchlistEntry
from kordon.risk.screening.jsonl import entry_from_dict
from kordon.services import access, audit, entity_index, rules
from kordon.services.engines import EngineCache
from kordon.services.ports import Store, UnitOfWork, WatchlistView


@dataclass(frozen=True, slots=True)
class EntryDetail:
    """What screening made of an entry (hits, last hit), and the entry as written while stored
    (an entry deleted after it hit is still known from its hits)."""

    view: WatchlistView
    entry: WatchlistEntry | None


def entry_document(entry: WatchlistEntry) -> dict[str, Any]:
    """An entry in the JSON Lines layout of `kordon watchlist import`, dates as ISO text."""
    out = asdict(entry)
    out["kind"] = entry.kind.value
    out["action"] = entry.action.value
    out["names"] = list(entry.names)
    for key in ("valid_from", "valid_until"):
        out[key] = out[key].isoformat() if out[key] else None
    return out


def list_entries(store: Store, *, user: User) -> list[WatchlistView]:
    """Every watchlist entry (intelligence officers only; the listing is audited)."""
    access.require(user, access.VIEW_WATCHLIST, "see the watchlist")
    with store.transaction() as uow:
        entries = uow.watchlist_views.list()
        audit.record(uow, actor=user.username, action="watchlist.list", subject_type="watchlist",
                     subject_id="*", details={"entries": len(entries)})  # fmt: skip
    return entries


def view_entry(store: Store, *, user: User, entry_id: str) -> EntryDetail:
    """One watchlist entry with its source and handling code; every view is audited."""
    access.require(user, access.VIEW_WATCHLIST, "see the watchlist")
    with store.transaction() as uow:
        entry = uow.watchlist.get(entry_id)
        view = uow.watchlist_views.get(entry_id)
        if view is None:
            raise access.NotVisible(f"No watchlist entry has the id {entry_id!r}.")
        audit.record(uow, actor=user.username, action="watchlist.view",
                     subject_type="watchlist_entry", subject_id=entry_id)  # fmt: skip
    return EntryDetail(view, entry)


def save_watchlist(
    store: Store,
    entries: Sequence[WatchlistEntry],
    *,
    actor: str,
    details: dict[str, Any] | None = None,
    engines: EngineCache | None = None,
) -> dict[str, str]:
    """Add or replace watchlist entries and audit each change; says what happened per id."""
    with store.transaction() as uow:
        outcome = uow.watchlist.save_many(entries)
        entity_index.index_watchlist(uow, [e for e in entries if outcome.get(e.id) != "unchanged"])
        for entry_id, what in outcome.items():
            if what != "unchanged":
                audit.record(uow, actor=actor, action=f"watchlist.{what}",
                             subject_type="watchlist_entry", subject_id=entry_id,
                             details=details)  # fmt: skip
    rules.changed(engines)
    return outcome


def put_entry(
    store: Store,
    *,
    user: User,
    entry_id: str,
    document: dict[str, Any],
    engines: EngineCache | None,
) -> tuple[WatchlistEntry, str]:
    """Create or replace one entry from its JSON Lines object: (entry, added/updated/unchanged)."""
    access.require(user, access.VIEW_WATCHLIST, "change the watchlist")
    if document.get("id", entry_id) != entry_id:
        raise Malformed(f"The entry's id must be {entry_id!r}, as in the address.", field="id")
    entry = entry_from_dict({**document, "id": entry_id})
    outcome = save_watchlist(store, [entry], actor=user.username,
                             details={"entry": entry_document(entry)}, engines=engines)  # fmt: skip
    return entry, outcome[entry_id]


def delete_entry(store: Store, *, user: User, entry_id: str, engines: EngineCache | None) -> None:
    """Remove an entry; later declarations are no longer screened against it."""
    access.require(user, access.VIEW_WATCHLIST, "change the watchlist")
    rules.remove(store, lambda uow: _delete(uow, entry_id), actor=user.username,
                 audited=("watchlist.delete", "watchlist_entry", entry_id),
                 noun="watchlist entry", engines=engines)  # fmt: skip


def _delete(uow: UnitOfWork, entry_id: str) -> bool:
    # The entry's names leave the entity index with it.
    if not uow.watchlist.delete(entry_id):
        return False
    entity_index.forget_watchlist_entry(uow, entry_id)
    return True
