"""Inspections joined with their declaration's checkpoint and latest assessment, in SQL."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, select

from kordon.analytics.targeting import InspectionFact
from kordon.domain import Channel, DetectionMethod, Outcome
from kordon.storage.tables import assessments, declarations, inspections


class SqlInspectionFacts:
    """InspectionFactRepository on one connection."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def between(
        self, *, start: datetime, end: datetime, checkpoint: str | None = None
    ) -> list[InspectionFact]:
        """Inspections made in [start, end), at one checkpoint or all, oldest first."""
        window = [inspections.c.inspected_at >= start, inspections.c.inspected_at < end]
        inspected = select(inspections.c.declaration_id).where(*window)
        latest = (
            select(assessments.c.declaration_id, func.max(assessments.c.id).label("id"))
            .where(assessments.c.declaration_id.in_(inspected))
            .group_by(assessments.c.declaration_id)
            .subquery()
        )
        query = (
            select(
                inspections.c.declaration_id,
                inspections.c.inspected_at,
                inspections.c.outcome,
                inspections.c.detection_method,
                declarations.c.checkpoint,
                assessments.c.channel,
                assessments.c.random_control,
            )
            .join(declarations, declarations.c.id == inspections.c.declaration_id)
            .outerjoin(latest, latest.c.declaration_id == inspections.c.declaration_id)
            .outerjoin(assessments, assessments.c.id == latest.c.id)
            .where(*window)
            .order_by(inspections.c.inspected_at, inspections.c.id)
        )
        if checkpoint is not None:
            query = query.where(declarations.c.checkpoint == checkpoint)
        return [_fact(row) for row in self.connection.execute(query)]


def _fact(row: Any) -> InspectionFact:
    return InspectionFact(
        declaration_id=row.declaration_id,
        inspected_at=row.inspected_at,
        checkpoint=row.checkpoint,
        outcome=Outcome(row.outcome),
        detection_method=DetectionMethod(row.detection_method),
        channel=Channel(row.channel) if row.channel else None,
        random_control=bool(row.random_control),
    )
