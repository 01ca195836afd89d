"""Explicit mapping from domain objects to wire schemas."""

from __future__ import annotations

from kordon.api.schemas import AssessmentOut, DeclarationOut, ReasonOut
from kordon.domain import Assessment
from kordon.domain.document import to_document
from kordon.services.ports import StoredDeclaration


def declaration_out(stored: StoredDeclaration) -> DeclarationOut:
    """A stored declaration for the API."""
    return DeclarationOut(
        declaration=to_document(stored.declaration),
        channel=stored.channel.value if stored.channel else None,
        source=stored.source,
        imported_at=stored.imported_at,
    )


def assessment_out(assessment: Assessment) -> AssessmentOut:
    """An assessment for the API, with every reason."""
    return AssessmentOut(
        id=assessment.id,
        declaration_id=assessment.declaration_id,
        channel=assessment.channel.value,
        score=assessment.score,
        random_control=assessment.random_control,
        reasons=[
            ReasonOut(
                source=reason.source.value,
                code=reason.code,
                description=reason.description,
                weight=reason.weight,
                channel=reason.channel.value if reason.channel else None,
                details=reason.details,
            )
            for reason in assessment.reasons
        ],
        assessed_at=assessment.assessed_at,
        engine_version=assessment.engine_version,
        profile_versions=assessment.profile_versions,
        model_version=assessment.model_version,
    )
