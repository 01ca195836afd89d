"""A declaration's page, recording its inspection, and the supervisor's override."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response
from starlette.datastructures import UploadFile

from kordon.domain import Channel
from kordon.domain.accounts import User
from kordon.domain.errors import Conflict, Invalid
from kordon.domain.text import N_, Message
from kordon.http.deps import SettingsDep, StoreDep
from kordon.services import access
from kordon.services.briefing import brief
from kordon.services.inspections import (
    InspectionInput,
    InspectionInvalid,
    ItemInput,
    PersonInput,
    PhotoInput,
    record_inspection,
)
from kordon.services.overrides import override_as
from kordon.services.party_history import party_history
from kordon.services.photos import PhotoLimits, photos_of_declaration
from kordon.web.auth import FormDep, PageUser
from kordon.web.labels import METHODS, OUTCOMES
from kordon.web.templating import render

router = APIRouter(include_in_schema=False)


def _page(
    request: Request, store: StoreDep, user: User, declaration_id: str, **extra: Any
) -> Response:
    briefing = brief(store, user=user, declaration_id=declaration_id)
    status = int(extra.pop("status", 200))
    history = party_history(store, user=user, declaration_id=declaration_id)
    photos = photos_of_declaration(store, user=user, declaration_id=declaration_id)
    context = {
        "b": briefing,
        "d": briefing.stored.declaration,
        "channels": list(Channel),
        "history": history,
        "photos": photos,
        **extra,
    }
    return render(request, "declaration.html", context, status=status)


@router.get("/declarations/{declaration_id}")
def declaration(request: Request, declaration_id: str, user: PageUser, store: StoreDep) -> Response:
    """Parties, conveyance, route, goods, and every reason for the channel."""
    return _page(request, store, user, declaration_id)


@router.post("/declarations/{declaration_id}/override")
def override(
    request: Request, declaration_id: str, form: FormDep, user: PageUser, store: StoreDep
) -> Response:
    """A supervisor changes the channel, with a mandatory reason."""
    access.require(user, access.OVERRIDE_CHANNEL, "override a channel")
    try:
        to_channel = Channel(str(form.get("channel", "")))
        override_as(
            store,
            user=user,
            declaration_id=declaration_id,
            to_channel=to_channel,
            reason=str(form.get("reason", "")),
        )
    except (ValueError, Invalid) as exc:
        message = str(exc) if isinstance(exc, Invalid) else "Choose the new channel."
        return _page(request, store, user, declaration_id, override_error=message, status=422)
    return RedirectResponse(f"/declarations/{declaration_id}", status_code=303)


def _form_context(briefing_id: str, values: dict[str, Any]) -> dict[str, Any]:
    return {"outcomes": OUTCOMES, "methods": METHODS, "values": values, "id": briefing_id}


@router.get("/declarations/{declaration_id}/inspection")
def inspection_form(
    request: Request, declaration_id: str, user: PageUser, store: StoreDep
) -> Response:
    """The form for recording what the inspection found."""
    access.require(user, access.RECORD_INSPECTION, "record an inspection")
    briefing = brief(store, user=user, declaration_id=declaration_id)
    context = {"b": briefing, "d": briefing.stored.declaration, **_form_context(declaration_id, {})}
    return render(request, "inspection.html", context)


def _rows(form: Any, names: tuple[str, ...]) -> list[dict[str, str]]:
    columns = [form.getlist(name) for name in names]
    rows = []
    for values in zip(*columns, strict=False):
        row = {name: str(value).strip() for name, value in zip(names, values, strict=True)}
        if any(row.values()):
            rows.append(row)
    return rows


@router.post("/declarations/{declaration_id}/inspection")
def record(
    request: Request,
    declaration_id: str,
    form: FormDep,
    user: PageUser,
    store: StoreDep,
    settings: SettingsDep,
) -> Response:
    """Store the inspection; a seizure goes to the seizures list with normalised quantities."""
    access.require(user, access.RECORD_INSPECTION, "record an inspection")
    items = _rows(form, ("commodity", "quantity", "location", "method", "packaging"))
    persons = _rows(form, ("person_name", "person_role", "person_nationality", "person_id"))
    uploads = [
        PhotoInput(upload.filename, upload.file)  # spooled to disk by the form parser
        for upload in form.getlist("photos")
        if isinstance(upload, UploadFile) and upload.filename
    ]
    entry = InspectionInput(
        outcome=str(form.get("outcome", "")),
        detection_method=str(form.get("detection_method", "")),
        notes=str(form.get("notes", "")),
        reinspection_reason=str(form.get("reinspection_reason", "")),
        items=tuple(
            ItemInput(r["commodity"], r["quantity"], r["location"], r["method"], r["packaging"])
            for r in items
        ),
        persons=tuple(
            PersonInput(r["person_name"], r["person_role"], r["person_nationality"], r["person_id"])
            for r in persons
        ),
        photos=tuple(uploads),
    )
    try:
        recorded = record_inspection(
            store,
            user=user,
            declaration_id=declaration_id,
            form=entry,
            data_dir=settings.data_dir,
            photo_limits=PhotoLimits.in_megabytes(
                settings.max_photos, settings.max_photo_mb, settings.max_photos_mb
            ),
        )
    except (Invalid, Conflict) as exc:
        # A form mistake names its fields; a second inspection without a reason is a conflict.
        problems = (
            exc.messages
            if isinstance(exc, InspectionInvalid)
            else [(Message(N_("Re-inspection reason")), exc.message)]
        )
        briefing = brief(store, user=user, declaration_id=declaration_id)
        values = {
            "outcome": entry.outcome,
            "detection_method": entry.detection_method,
            "notes": entry.notes,
            "items": items,
            "persons": persons,
            "reinspection_reason": entry.reinspection_reason,
        }
        context = {
            "b": briefing,
            "d": briefing.stored.declaration,
            "errors": problems,
            **_form_context(declaration_id, values),
        }
        status = 409 if isinstance(exc, Conflict) else 422
        return render(request, "inspection.html", context, status=status)
    if recorded.seizure_id is not None:
        return RedirectResponse(f"/seizures/{recorded.seizure_id}?recorded=1", status_code=303)
    return RedirectResponse(f"/declarations/{declaration_id}?recorded=1", status_code=303)
