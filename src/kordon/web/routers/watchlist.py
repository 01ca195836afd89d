"""The watchlist pages: entries with their hits, and adding, changing and ending entries."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from starlette.datastructures import FormData

from kordon.domain import clock
from kordon.domain.accounts import User
from kordon.domain.watchlist import RequestedAction, WatchlistEntry, WatchlistKind
from kordon.http.deps import EnginesDep, StoreDep
from kordon.services import watchlists
from kordon.services.watchlist_editing import (
    EntryForm,
    EntryInvalid,
    end_entry,
    require_editor,
    save_entry,
    stored_entry,
)
from kordon.web.auth import FormDep, PageUser
from kordon.web.templating import render

router = APIRouter(include_in_schema=False)


def _as_form(entry: WatchlistEntry) -> EntryForm:
    return EntryForm(
        id=entry.id,
        kind=entry.kind.value,
        names="\n".join(entry.names),
        action=entry.action.value,
        source=entry.source,
        handling_code=entry.handling_code or "",
        country=entry.country or "",
        identifiers="\n".join(f"{k}: {v}" for k, v in entry.identifiers.items()),
        valid_from=entry.valid_from.isoformat() if entry.valid_from else "",
        valid_until=entry.valid_until.isoformat() if entry.valid_until else "",
        notes=entry.notes,
    )


def _form_page(request: Request, form: EntryForm, *, new: bool, **extra: Any) -> Response:
    status = int(extra.pop("status", 200))
    context = {
        "f": form,
        "new": new,
        "kinds": [k.value for k in WatchlistKind],
        "actions": [a.value for a in RequestedAction],
        **extra,
    }
    return render(request, "watchlist_form.html", context, status=status)


def _posted(form: FormData, entry_id: str = "") -> EntryForm:
    values = {name: str(form.get(name, "")) for name in EntryForm.__dataclass_fields__}
    return EntryForm(**{**values, "id": entry_id or values["id"]})


@router.get("/watchlist")
def watchlist(request: Request, user: PageUser, store: StoreDep) -> Response:
    """Watchlist entries (intelligence officers only)."""
    rows = watchlists.list_entries(store, user=user)
    today = clock.today()
    return render(request, "watchlist.html", {"rows": rows, "today": today})


@router.get("/watchlist/new")
def new_entry_form(request: Request, user: PageUser) -> Response:
    """An empty form for a new entry."""
    require_editor(user)
    return _form_page(request, EntryForm("", "person", "", "notify"), new=True)


def _save(
    request: Request,
    posted: FormData,
    user: User,
    store: StoreDep,
    engines: EnginesDep,
    entry_id: str,
) -> Response:
    form = _posted(posted, entry_id)
    new = not entry_id
    try:
        entry = save_entry(store, user=user, form=form, new=new, engines=engines)
    except EntryInvalid as exc:
        return _form_page(request, form, new=new, error=str(exc), field=exc.field, status=422)
    return RedirectResponse(f"/watchlist/{entry.id}?saved=1", status_code=303)


@router.post("/watchlist/new")
def new_entry(
    request: Request, form: FormDep, user: PageUser, store: StoreDep, engines: EnginesDep
) -> Response:
    """Add an entry; screening uses it from the next declaration on."""
    return _save(request, form, user, store, engines, "")


@router.get("/watchlist/{entry_id}")
def watchlist_entry(request: Request, entry_id: str, user: PageUser, store: StoreDep) -> Response:
    """One entry with its source, handling code and the declarations it hit (audited)."""
    entry = watchlists.view_entry(store, user=user, entry_id=entry_id).view
    history = watchlists.history(store, user=user, entry_id=entry_id)
    return render(request, "watchlist_entry.html", {"e": entry, "history": history})


@router.get("/watchlist/{entry_id}/edit")
def edit_entry_form(request: Request, entry_id: str, user: PageUser, store: StoreDep) -> Response:
    """The entry's form, filled in."""
    entry = stored_entry(store, user=user, entry_id=entry_id)
    return _form_page(request, _as_form(entry), new=False)


@router.post("/watchlist/{entry_id}/edit")
def edit_entry(
    request: Request,
    entry_id: str,
    form: FormDep,
    user: PageUser,
    store: StoreDep,
    engines: EnginesDep,
) -> Response:
    """Change an entry (its id stays)."""
    return _save(request, form, user, store, engines, entry_id)


@router.post("/watchlist/{entry_id}/end")
def end(entry_id: str, user: PageUser, store: StoreDep, engines: EnginesDep) -> Response:
    """End an entry today; it is kept, with yesterday as its last day in force."""
    end_entry(store, user=user, entry_id=entry_id, engines=engines)
    return RedirectResponse(f"/watchlist/{entry_id}?ended=1", status_code=303)
