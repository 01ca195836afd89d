"""Assessments: read one, with every reason."""

from __future__ import annotations

from fastapi import APIRouter

from kordon.api.auth import ApiUser
from kordon.api.mapping import assessment_out
from kordon.api.schemas import AssessmentOut
from kordon.http.deps import StoreDep
from kordon.services.declarations import get_assessment

router = APIRouter(prefix="/api/assessments", tags=["assessments"])


@router.get("/{assessment_id}", response_model=AssessmentOut)
def read_one(assessment_id: int, store: StoreDep, user: ApiUser) -> AssessmentOut:
    """One assessment with its channel, score, reasons and the versions that produced it
    (watchlist details only for intelligence officers; officers: their checkpoint only)."""
    return assessment_out(get_assessment(store, user=user, assessment_id=assessment_id))
