"""Assessments, each with its channel and every reason, in SQL."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, insert, select, text

from kordon.domain import (
    Assessment,
    Channel,
    Reason,
    ReasonSource,
)
from kordon.storage.bulk import COPY_FROM, bulk_insert
from kordon.storage.tables import assessments


def _row(assessment: Assessment) -> dict[str, Any]:
    return {
        "declaration_id": assessment.declaration_id,
        "channel": assessment.channel.value,
        "score": assessment.score,
        "random_control": assessment.random_control,
        "reasons": [reason_to_json(reason) for reason in assessment.reasons],
        "assessed_at": assessment.assessed_at,
        "engine_version": assessment.engine_version,
        "profile_versions": assessment.profile_versions,
        "model_version": assessment.model_version,
        "provider_versions": assessment.provider_versions,
    }


def reason_to_json(reason: Reason) -> dict[str, Any]:
    """A reason as stored and as the API shows it."""
    return {
        "source": reason.source.value,
        "code": reason.code,
        "description": reason.description,
        "weight": reason.weight,
        "channel": reason.channel.value if reason.channel else None,
        "details": reason.details,
    }


def reason_from_json(doc: dict[str, Any]) -> Reason:
    """A stored reason."""
    return Reason(
        source=ReasonSource(doc["source"]),
        code=doc["code"],
        description=doc["description"],
        weight=float(doc.get("weight", 0.0)),
        channel=Channel(doc["channel"]) if doc.get("channel") else None,
        details=dict(doc.get("details") or {}),
    )


class SqlAssessments:
    """AssessmentRepository on one connection."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def add(self, assessment: Assessment) -> int:
        """Store an assessment and return its id."""
        result = self.connection.execute(insert(assessments).values(_row(assessment)))
        key = result.inserted_primary_key
        assert key is not None
        return int(key[0])

    def add_many(self, items: Sequence[Assessment]) -> list[int]:
        """Store assessments in one statement and return their ids, in order."""
        if not items:
            return []
        if self.connection.dialect.name == "postgresql" and len(items) >= COPY_FROM:
            return self._copy_many(items)
        statement = insert(assessments).returning(assessments.c.id, sort_by_parameter_order=True)
        result = self.connection.execute(statement, [_row(item) for item in items])
        return [int(row[0]) for row in result]

    def _copy_many(self, items: Sequence[Assessment]) -> list[int]:
        # A batch's ids are drawn from the column's own sequence first, then the rows go in
        # by COPY: a multi-row INSERT ... RETURNING of thousands of values costs the client
        # more processor time than the database spends storing them.
        ids = list(
            self.connection.execute(
                text(
                    "SELECT nextval(pg_get_serial_sequence('assessments', 'id')) "
                    "FROM generate_series(1, :count)"
                ),
                {"count": len(items)},
            ).scalars()
        )
        rows = [_row(item) for item in items]
        columns = ("id", *rows[0])
        bulk_insert(
            self.connection,
            assessments,
            columns,
            [(key, *row.values()) for key, row in zip(ids, rows, strict=True)],
        )
        return [int(key) for key in ids]

    def get(self, assessment_id: int) -> Assessment | None:
        """One assessment, or None."""
        row = self.connection.execute(
            select(assessments).where(assessments.c.id == assessment_id)
        ).one_or_none()
        return _assessment(row) if row is not None else None

    def latest_for(self, declaration_id: str) -> Assessment | None:
        """The newest assessment of a declaration."""
        row = self.connection.execute(
            select(assessments)
            .where(assessments.c.declaration_id == declaration_id)
            .order_by(assessments.c.id.desc())
            .limit(1)
        ).one_or_none()
        return _assessment(row) if row is not None else None


def _assessment(row: Any) -> Assessment:
    return Assessment(
        id=row.id,
        declaration_id=row.declaration_id,
        channel=Channel(row.channel),
        score=row.score,
        reasons=tuple(reason_from_json(doc) for doc in row.reasons),
        assessed_at=row.assessed_at,
        engine_version=row.engine_version,
        profile_versions=dict(row.profile_versions),
        model_version=row.model_version,
        random_control=row.random_control,
        provider_versions=dict(row.provider_versions or {}),
    )
