"""Watchlist entries: read, create or replace, delete (intelligence officers only, audited)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import APIRouter, Body, Request, Response

from kordon.api.auth import ApiUser
from kordon.api.deps import StoreDep
from kordon.api.errors import BadRequest, NotFound, Unprocessable
from kordon.domain.watchlist import WatchlistEntry
from kordon.risk.screening.jsonl import entry_from_dict
from kordon.services import access, audit, entity_index
from kordon.services.catalog import save_watchlist

router = APIRouter(prefix="/api/watchlist", tags=["watchlist"])


def entry_json(entry: WatchlistEntry) -> dict[str, Any]:
    """An entry as the API shows it to intelligence officers."""
    out = asdict(entry)
    out["kind"] = entry.kind.value
    out["action"] = entry.action.value
    out["names"] = list(entry.names)
    for key in ("valid_from", "valid_until"):
        out[key] = out[key].isoformat() if out[key] else None
    return out


def _invalidate(request: Request) -> None:
    # The next lodging rebuilds the screening index with the change.
    request.app.state.engines.invalidate()


@router.get("/{entry_id}")
def read_entry(entry_id: str, store: StoreDep, user: ApiUser) -> dict[str, Any]:
    """One entry with its source and handling code; the view is audited."""
    access.require(user, access.VIEW_WATCHLIST, "see the watchlist")
    with store.transaction() as uow:
        entry = uow.watchlist.get(entry_id)
        if entry is None:
            raise NotFound(f"No watchlist entry has the id {entry_id!r}.")
        audit.record(uow, actor=user.username, action="watchlist.view",
                     subject_type="watchlist_entry", subject_id=entry_id)  # fmt: skip
    return entry_json(entry)


@router.put("/{entry_id}")
def save_entry(
    entry_id: str,
    request: Request,
    response: Response,
    store: StoreDep,
    user: ApiUser,
    body: dict[str, Any] = Body(...),
) -> dict[str, Any]:
    """Create or replace an entry (the JSON Lines layout of `kordon watchlist import`)."""
    access.require(user, access.VIEW_WATCHLIST, "change the watchlist")
    if body.get("id", entry_id) != entry_id:
        raise BadRequest(f"The entry's id must be {entry_id!r}, as in the address.")
    try:
        entry = entry_from_dict({**body, "id": entry_id})
    except ValueError as exc:
        field, _, reason = str(exc).partition("|")
        raise Unprocessable(
            "The watchlist entry is not valid.", errors=[{"field": field, "reason": reason}]
        ) from exc
    with store.transaction() as uow:
        outcome = save_watchlist(
            uow, [entry], actor=user.username, details={"entry": entry_json(entry)}
        )[entry_id]
    _invalidate(request)
    response.status_code = 201 if outcome == "added" else 200
    return entry_json(entry)


@router.delete("/{entry_id}", status_code=204)
def delete_entry(entry_id: str, request: Request, store: StoreDep, user: ApiUser) -> None:
    """Remove an entry; later declarations are no longer screened against it."""
    access.require(user, access.VIEW_WATCHLIST, "change the watchlist")
    with store.transaction() as uow:
        if not uow.watchlist.delete(entry_id):
            raise NotFound(f"No watchlist entry has the id {entry_id!r}.")
        entity_index.forget_watchlist_entry(uow, entry_id)
        audit.record(uow, actor=user.username, action="watchlist.delete",
                     subject_type="watchlist_entry", subject_id=entry_id)  # fmt: skip
    _invalidate(request)
