"""Inspections and the seizures they record, for machine clients."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from kordon.api.auth import ApiUser
from kordon.domain import Seizure
from kordon.http.deps import SettingsDep, StoreDep
from kordon.services.inspections import (
    InspectionInput,
    ItemInput,
    PersonInput,
    record_inspection,
)
from kordon.services.seizures import get_seizure, list_seizures

router = APIRouter(prefix="/api", tags=["inspections"])


class ItemIn(BaseModel):
    """A seized commodity: quantity as written ("301 kg 475 g"), codes from the vocabularies."""

    commodity: str
    quantity: str
    concealment_location: str = ""
    concealment_method: str = ""
    packaging: str = ""


class PersonIn(BaseModel):
    """A detained person."""

    name: str
    role: str
    nationality: str = ""
    identifier: str = ""


class InspectionIn(BaseModel):
    """An inspection's outcome."""

    outcome: str = Field(description="nothing_found, seizure or irregularity.")
    detection_method: str
    notes: str = ""
    items: list[ItemIn] = Field(default_factory=list)
    persons: list[PersonIn] = Field(default_factory=list)


def _seizure_json(seizure: Seizure) -> dict[str, Any]:
    return {
        "id": seizure.id,
        "source": seizure.source.value,
        "occurred_on": seizure.occurred_on.isoformat() if seizure.occurred_on else None,
        "checkpoint": seizure.checkpoint,
        "declaration_id": seizure.declaration_id,
        "detection_method": seizure.detection_method.value if seizure.detection_method else None,
        "items": [
            {
                "commodity": i.commodity,
                "quantity": i.quantity,
                "unit": i.unit.value,
                "quantity_as_written": i.quantity_as_written,
                "concealment_location": i.concealment_location,
                "concealment_method": i.concealment_method,
                "packaging": i.packaging,
            }
            for i in seizure.items
        ],
        "persons": [
            {"name": p.name, "role": p.role, "nationality": p.nationality} for p in seizure.persons
        ],
    }


@router.post("/declarations/{declaration_id}/inspections", status_code=201)
def record(
    declaration_id: str, body: InspectionIn, store: StoreDep, settings: SettingsDep, user: ApiUser
) -> dict[str, Any]:
    """Record an inspection (officers at their checkpoint, supervisors)."""
    form = InspectionInput(
        outcome=body.outcome,
        detection_method=body.detection_method,
        notes=body.notes,
        items=tuple(ItemInput(**item.model_dump()) for item in body.items),
        persons=tuple(PersonInput(**person.model_dump()) for person in body.persons),
    )
    done = record_inspection(
        store, user=user, declaration_id=declaration_id, form=form, data_dir=settings.data_dir
    )
    return {"inspection_id": done.inspection_id, "seizure_id": done.seizure_id}


@router.get("/seizures")
def seizures(
    store: StoreDep,
    user: ApiUser,
    commodity: str = "",
    page: Annotated[int, Query(ge=1, description="Page number, from 1.")] = 1,
    per_page: Annotated[int, Query(ge=1, le=500, description="Seizures per page.")] = 100,
) -> dict[str, Any]:
    """Seizures, newest first, a page at a time (officers: their checkpoint's and the
    open-source ones)."""
    rows, total = list_seizures(
        store, user=user, commodity=commodity, limit=per_page, offset=(page - 1) * per_page
    )
    return {
        "items": [_seizure_json(s) for s in rows],
        "total": total,
        "page": page,
        "per_page": per_page,
    }


@router.get("/seizures/{seizure_id}")
def seizure(seizure_id: int, store: StoreDep, user: ApiUser) -> dict[str, Any]:
    """One seizure."""
    found, _ = get_seizure(store, user=user, seizure_id=seizure_id)
    return _seizure_json(found)
