"""Assessments: read one, with every reason."""

from __future__ import annotations

from fastapi import APIRouter

from kordon.api.deps import StoreDep
from kordon.api.errors import NotFound
from kordon.api.mapping import assessment_out
from kordon.api.schemas import AssessmentOut

router = APIRouter(prefix="/api/assessments", tags=["assessments"])


@router.get("/{assessment_id}", response_model=AssessmentOut)
def read_one(assessment_id: int, store: StoreDep) -> AssessmentOut:
    """One assessment with its channel, score, reasons and the versions that produced it."""
    with store.transaction() as uow:
        found = uow.assessments.get(assessment_id)
    if found is None:
        raise NotFound(f"No assessment has the id {assessment_id}.")
    return assessment_out(found)
