"""Watchlist entries: list, read, create or replace, delete (intelligence officers, audited)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Body, Response

from kordon.api.auth import ApiUser
from kordon.domain.errors import NotFound
from kordon.http.deps import EnginesDep, StoreDep
from kordon.services import watchlists
from kordon.services.watchlists import entry_document

router = APIRouter(prefix="/api/watchlist", tags=["watchlist"])


@router.get("")
def list_entries(store: StoreDep, user: ApiUser) -> list[dict[str, Any]]:
    """Watchlist entries with sources and handling codes (intelligence officers only)."""
    return [
        {"id": e.id, "kind": e.kind, "names": list(e.names), "action": e.action,
         "source": e.source, "handling_code": e.handling_code, "hits": e.hits}
        for e in watchlists.list_entries(store, user=user)
    ]  # fmt: skip


@router.get("/{entry_id}")
def read_entry(entry_id: str, store: StoreDep, user: ApiUser) -> dict[str, Any]:
    """One entry with its source and handling code; the view is audited."""
    detail = watchlists.view_entry(store, user=user, entry_id=entry_id)
    if detail.entry is None:
        raise NotFound(f"No watchlist entry has the id {entry_id!r}.")
    return entry_document(detail.entry)


@router.put("/{entry_id}")
def save_entry(
    entry_id: str,
    response: Response,
    store: StoreDep,
    engines: EnginesDep,
    user: ApiUser,
    body: dict[str, Any] = Body(...),
) -> dict[str, Any]:
    """Create or replace an entry (the JSON Lines layout of `kordon watchlist import`)."""
    entry, outcome = watchlists.put_entry(
        store, user=user, entry_id=entry_id, document=body, engines=engines
    )
    response.status_code = 201 if outcome == "added" else 200
    return entry_document(entry)


@router.delete("/{entry_id}", status_code=204)
def delete_entry(entry_id: str, store: StoreDep, engines: EnginesDep, user: ApiUser) -> None:
    """Remove an entry; later declarations are no longer screened against it."""
    watchlists.delete_entry(store, user=user, entry_id=entry_id, engines=engines)
