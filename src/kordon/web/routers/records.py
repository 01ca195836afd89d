"""Seizures, photos, risk profiles, the watchlist and the audit trail."""

from __future__ import annotations

import math

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, RedirectResponse, Response

from kordon.domain import Channel, SeizureSource, clock
from kordon.domain.errors import Invalid
from kordon.http.deps import EnginesDep, RowId, SettingsDep, StoreDep
from kordon.services import access, profiles
from kordon.services.audit_trail import ACTIONS, audit_trail
from kordon.services.profile_trial import try_profile
from kordon.services.seizure_analysis import linked_cases
from kordon.services.seizures import get_photo, get_seizure, list_seizures
from kordon.web.auth import FormDep, PageUser
from kordon.web.forms import read_day
from kordon.web.templating import render

router = APIRouter(include_in_schema=False)
SEIZURES_PER_PAGE = 50
# The reader's confidence below which public records can be hidden from the seizures list.
CONFIDENCE_FLOORS = ("0.5", "0.7", "0.8", "0.9")


@router.get("/seizures")
def seizures(
    request: Request,
    user: PageUser,
    store: StoreDep,
    commodity: str = "",
    q: str = "",
    source: str = "",
    page: int = 1,
    confidence: str = "",
) -> Response:
    """Seizures, newest first, 50 a page, with quantities in kg, pieces or litres, from every
    source; public records the reader trusts less than the chosen confidence can be hidden."""
    chosen = SeizureSource(source) if source in {s.value for s in SeizureSource} else None
    floor = float(confidence) if confidence in CONFIDENCE_FLOORS else None
    page = max(page, 1)
    rows, total = list_seizures(
        store,
        user=user,
        commodity=commodity,
        text=q,
        source=chosen,
        min_confidence=floor,
        limit=SEIZURES_PER_PAGE,
        offset=(page - 1) * SEIZURES_PER_PAGE,
    )
    context = {
        "rows": rows,
        "total": total,
        "page": page,
        "pages": max(math.ceil(total / SEIZURES_PER_PAGE), 1),
        "commodity": commodity,
        "q": q,
        "source": chosen.value if chosen else "",
        "confidence": confidence if floor is not None else "",
        "confidence_floors": CONFIDENCE_FLOORS,
    }
    return render(request, "seizures.html", context)


@router.get("/seizures/{seizure_id}")
def seizure(request: Request, seizure_id: RowId, user: PageUser, store: StoreDep) -> Response:
    """One seizure: items, concealment, route, persons, photos and linked cases."""
    found, photos = get_seizure(store, user=user, seizure_id=seizure_id)
    recorded = request.query_params.get("recorded") == "1"
    links = linked_cases(store, user=user, seizure_id=seizure_id)
    context = {"s": found, "photos": photos, "recorded": recorded, "links": links}
    return render(request, "seizure.html", context)


@router.get("/photos/{photo_id}")
def photo(photo_id: RowId, user: PageUser, store: StoreDep, settings: SettingsDep) -> Response:
    """A seizure photo, to those who may see the seizure."""
    found = get_photo(store, user=user, photo_id=photo_id)
    return FileResponse(settings.data_dir / found.stored_as, media_type=found.content_type)


@router.get("/profiles")
def profile_list(request: Request, user: PageUser, store: StoreDep) -> Response:
    """Risk profiles with how often each fired and what its inspections found."""
    rows = profiles.list_profiles(store, user=user)
    today = clock.today()
    return render(request, "profiles.html", {"rows": rows, "today": today})


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


@router.get("/audit")
def audit_page(
    request: Request,
    user: PageUser,
    store: StoreDep,
    actor: str = "",
    action: str = "",
    start: str = "",
    end: str = "",
    page: int = 1,
) -> Response:
    """The audit trail in words, filtered by actor, action and date (administrators only)."""
    form = {"actor": actor, "action": action, "start": start, "end": end}
    found = audit_trail(
        store,
        user=user,
        actor=actor,
        action=action,
        start=read_day(start, "first"),
        end=read_day(end, "last"),
        page=page,
    )
    context = {"t": found, "form": form, "actions": ACTIONS}
    return render(request, "audit.html", context)


@router.get("/profiles/{profile_id}/criteria")
def criteria_form(request: Request, profile_id: str, user: PageUser, store: StoreDep) -> Response:
    """The profile's whole definition, criteria included, to edit and try (risk analysts)."""
    access.require(user, access.EDIT_PROFILES, "edit risk profiles")
    found = profiles.get_profile(store, user=user, profile_id=profile_id)
    return render(request, "profile_criteria.html", {"p": found, "text": found.definition})


@router.post("/profiles/{profile_id}/criteria")
def criteria_save(
    request: Request,
    profile_id: str,
    form: FormDep,
    user: PageUser,
    store: StoreDep,
    engines: EnginesDep,
) -> Response:
    """Try the edited definition on the last 30 days, or save it as the next version; the
    definition is checked as the YAML import checks it."""
    access.require(user, access.EDIT_PROFILES, "edit risk profiles")
    text = str(form.get("definition", ""))
    found = profiles.get_profile(store, user=user, profile_id=profile_id)
    context: dict[str, object] = {"p": found, "text": text}
    try:
        edited = profiles.parse_profile(text, profile_id=profile_id)
        if form.get("do") == "save":
            profiles.put_profile(
                store, user=user, profile_id=profile_id, definition=text, engines=engines
            )
            return RedirectResponse(f"/profiles?saved={profile_id}", status_code=303)
    except Invalid as exc:
        context.update(error=exc.detail, problems=exc.errors)
        return render(request, "profile_criteria.html", context, status=422)
    context["trial"] = try_profile(store, user=user, edited=edited)
    return render(request, "profile_criteria.html", context)
