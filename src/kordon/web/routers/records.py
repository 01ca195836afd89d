"""Seizures, photos, risk profiles, the watchlist and the audit trail."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, RedirectResponse, Response

from kordon.domain import Channel, SeizureSource
from kordon.domain.errors import Invalid
from kordon.http.deps import EnginesDep, SettingsDep, StoreDep
from kordon.services import access, profiles, watchlists
from kordon.services.seizure_analysis import linked_cases
from kordon.services.seizures import get_photo, get_seizure, list_seizures
from kordon.web.auth import FormDep, PageUser
from kordon.web.templating import render

router = APIRouter(include_in_schema=False)


@router.get("/seizures")
def seizures(
    request: Request,
    user: PageUser,
    store: StoreDep,
    commodity: str = "",
    q: str = "",
    source: str = "",
) -> Response:
    """Seizures, newest first, with quantities in kg, pieces or litres, from every source."""
    chosen = SeizureSource(source) if source in {s.value for s in SeizureSource} else None
    rows, total = list_seizures(store, user=user, commodity=commodity, text=q, source=chosen)
    context = {
        "rows": rows,
        "total": total,
        "commodity": commodity,
        "q": q,
        "source": chosen.value if chosen else "",
    }
    return render(request, "seizures.html", context)


@router.get("/seizures/{seizure_id}")
def seizure(request: Request, seizure_id: int, user: PageUser, store: StoreDep) -> Response:
    """One seizure: items, concealment, route, persons, photos and linked cases."""
    found, photos = get_seizure(store, user=user, seizure_id=seizure_id)
    recorded = request.query_params.get("recorded") == "1"
    links = linked_cases(store, user=user, seizure_id=seizure_id)
    context = {"s": found, "photos": photos, "recorded": recorded, "links": links}
    return render(request, "seizure.html", context)


@router.get("/photos/{photo_id}")
def photo(photo_id: int, user: PageUser, store: StoreDep, settings: SettingsDep) -> Response:
    """A seizure photo, to those who may see the seizure."""
    found = get_photo(store, user=user, photo_id=photo_id)
    return FileResponse(settings.data_dir / found.stored_as, media_type=found.content_type)


@router.get("/profiles")
def profile_list(request: Request, user: PageUser, store: StoreDep) -> Response:
    """Risk profiles with how often each fired and what its inspections found."""
    rows = profiles.list_profiles(store, user=user)
    return render(request, "profiles.html", {"rows": rows})


@router.get("/profiles/{profile_id}/edit")
def profile_form(request: Request, profile_id: str, user: PageUser, store: StoreDep) -> Response:
    """The profile editing form (risk analysts only)."""
    access.require(user, access.EDIT_PROFILES, "edit risk profiles")
    found = profiles.get_profile(store, user=user, profile_id=profile_id)
    return render(request, "profile_edit.html", {"p": found})


@router.post("/profiles/{profile_id}/edit")
def profile_save(
    request: Request,
    profile_id: str,
    form: FormDep,
    user: PageUser,
    store: StoreDep,
    engines: EnginesDep,
) -> Response:
    """Save a profile change as its next version."""
    access.require(user, access.EDIT_PROFILES, "edit risk profiles")
    found = profiles.get_profile(store, user=user, profile_id=profile_id)
    weight_text = str(form.get("weight", "")).strip()
    channel_text = str(form.get("channel", ""))
    try:
        change = profiles.ProfileChange(
            description=str(form.get("description", "")).strip(),
            weight=float(weight_text) if weight_text else None,
            channel=Channel(channel_text) if channel_text else None,
            enabled=form.get("enabled") == "on",
        )
    except ValueError:
        message = "The weight must be a number, and the channel one of the four."
        return render(request, "profile_edit.html", {"p": found, "error": message}, status=422)
    try:
        profiles.edit_profile(
            store, user=user, profile_id=profile_id, change=change, engines=engines
        )
    except Invalid as exc:
        return render(request, "profile_edit.html", {"p": found, "error": exc.detail}, status=422)
    return RedirectResponse("/profiles", status_code=303)


@router.get("/watchlist")
def watchlist(request: Request, user: PageUser, store: StoreDep) -> Response:
    """Watchlist entries (intelligence officers only)."""
    rows = watchlists.list_entries(store, user=user)
    return render(request, "watchlist.html", {"rows": rows})


@router.get("/watchlist/{entry_id}")
def watchlist_entry(request: Request, entry_id: str, user: PageUser, store: StoreDep) -> Response:
    """One watchlist entry with its source and handling code (every view is audited)."""
    entry = watchlists.view_entry(store, user=user, entry_id=entry_id).view
    return render(request, "watchlist_entry.html", {"e": entry})


@router.get("/audit")
def audit_trail(request: Request, user: PageUser, store: StoreDep) -> Response:
    """The newest audit entries (administrators only)."""
    access.require(user, access.VIEW_AUDIT, "read the audit trail")
    with store.transaction() as uow:
        entries = uow.audit.latest(limit=200)
    return render(request, "audit.html", {"entries": entries})
