"""Assessments: read one, with every reason."""

from __future__ import annotations

from dataclasses import replace

from fastapi import APIRouter

from kordon.api.auth import ApiUser
from kordon.api.mapping import assessment_out
from kordon.api.schemas import AssessmentOut
from kordon.domain.errors import NotFound
from kordon.http.deps import StoreDep
from kordon.services import access

router = APIRouter(prefix="/api/assessments", tags=["assessments"])


@router.get("/{assessment_id}", response_model=AssessmentOut)
def read_one(assessment_id: int, store: StoreDep, user: ApiUser) -> AssessmentOut:
    """One assessment with its channel, score, reasons and the versions that produced it
    (watchlist details only for intelligence officers; officers: their checkpoint only)."""
    with store.transaction() as uow:
        found = uow.assessments.get(assessment_id)
        stored = uow.declarations.get(found.declaration_id) if found else None
    if (
        found is None
        or stored is None
        or not access.sees_checkpoint(user, stored.declaration.checkpoint)
    ):
        raise NotFound(f"No assessment has the id {assessment_id}.")
    return assessment_out(replace(found, reasons=access.redact_reasons(found.reasons, user)))
