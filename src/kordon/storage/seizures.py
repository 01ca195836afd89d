"""Seizures with their items, and photo metadata, in SQL."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import Connection, func, insert, or_, select

from kordon.domain import (
    DetectionMethod,
    Person,
    Seizure,
    SeizureItem,
    SeizureReport,
    SeizureSource,
)
from kordon.services.ports import PhotoRecord, SeizureFilter
from kordon.storage.findings import item_from, item_values, person_values
from kordon.storage.tables import photos, seizure_items, seizure_reports, seizures


class SqlSeizures:
    """SeizureRepository on one connection."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def add(self, seizure: Seizure) -> int:
        """Store a seizure with its items and return its id."""
        result = self.connection.execute(
            insert(seizures).values(
                source=seizure.source.value,
                occurred_on=seizure.occurred_on,
                reported_on=seizure.reported_on,
                country=seizure.country,
                place=seizure.place,
                checkpoint=seizure.checkpoint,
                declaration_id=seizure.declaration_id,
                inspection_id=seizure.inspection_id,
                detection_method=(
                    seizure.detection_method.value if seizure.detection_method else None
                ),
                conveyance=seizure.conveyance,
                origin_country=seizure.origin_country,
                transit_countries=list(seizure.transit_countries),
                destination_country=seizure.destination_country,
                persons=[person_values(p) for p in seizure.persons],
                reporting_agency=seizure.reporting_agency,
                provenance_url=seizure.provenance_url,
                evidence=seizure.evidence,
                recorded_at=seizure.recorded_at,
                duplicate_of=seizure.duplicate_of,
                confidence=seizure.confidence,
            )
        )
        key = result.inserted_primary_key
        assert key is not None
        seizure_id = int(key[0])
        if seizure.items:
            self.connection.execute(
                insert(seizure_items),
                [
                    {"seizure_id": seizure_id, "line_no": line_no, **item_values(item)}
                    for line_no, item in enumerate(seizure.items, start=1)
                ],
            )
        return seizure_id

    def add_report(self, seizure_id: int, report: SeizureReport) -> None:
        """Record one more public report of a stored seizure."""
        self.connection.execute(
            insert(seizure_reports).values(
                seizure_id=seizure_id,
                url=report.url,
                reported_on=report.reported_on,
                language=report.language,
                evidence=report.evidence,
            )
        )

    def get(self, seizure_id: int) -> Seizure | None:
        """One seizure, or None."""
        row = self.connection.execute(
            select(seizures).where(seizures.c.id == seizure_id)
        ).one_or_none()
        if row is None:
            return None
        return self._with_items([row])[0]

    def search(self, where: SeizureFilter, *, limit: int, offset: int) -> tuple[list[Seizure], int]:
        """A page of seizures, newest first, and how many match in all."""
        conditions: list[Any] = []
        if where.checkpoint:
            at_checkpoint = seizures.c.checkpoint == where.checkpoint
            if where.with_open_source:
                public = seizures.c.source == SeizureSource.OPEN_SOURCE.value
                at_checkpoint = or_(at_checkpoint, public)
            conditions.append(at_checkpoint)
        if where.source:
            conditions.append(seizures.c.source == where.source.value)
        if where.country:
            conditions.append(seizures.c.country == where.country)
        if where.min_confidence is not None:
            # Kordon's own seizures carry no reader's confidence: they are always listed.
            conditions.append(
                or_(seizures.c.confidence.is_(None), seizures.c.confidence >= where.min_confidence)
            )
        if where.declaration_id:
            conditions.append(seizures.c.declaration_id == where.declaration_id)
        if where.commodity:
            conditions.append(
                seizures.c.id.in_(
                    select(seizure_items.c.seizure_id).where(
                        seizure_items.c.commodity == where.commodity
                    )
                )
            )
        if where.text:
            pattern = f"%{where.text}%"
            conditions.append(
                or_(
                    seizures.c.declaration_id.ilike(pattern),
                    seizures.c.conveyance.ilike(pattern),
                    seizures.c.place.ilike(pattern),
                )
            )
        total = self.connection.execute(
            select(func.count()).select_from(seizures).where(*conditions)
        ).scalar_one()
        query = (
            select(seizures)
            .where(*conditions)
            .order_by(seizures.c.recorded_at.desc(), seizures.c.id.desc())
            .limit(limit)
            .offset(offset)
        )
        return self._with_items(list(self.connection.execute(query))), int(total)

    def linked(self, ids: Sequence[int], declaration_ids: Sequence[str]) -> list[Seizure]:
        """The seizures with these ids or found on these declarations, duplicates left out."""
        rows: dict[int, Any] = {}
        wanted_ids, wanted_declarations = sorted(set(ids)), sorted(set(declaration_ids))
        for column, values in ((seizures.c.id, wanted_ids),
                               (seizures.c.declaration_id, wanted_declarations)):  # fmt: skip
            for start in range(0, len(values), 500):
                query = select(seizures).where(
                    column.in_(values[start : start + 500]), seizures.c.duplicate_of.is_(None)
                )
                rows.update((row.id, row) for row in self.connection.execute(query))
        return self._with_items([rows[i] for i in sorted(rows)])

    def _with_items(self, rows: list[Any]) -> list[Seizure]:
        ids = [row.id for row in rows]
        items: dict[int, list[SeizureItem]] = {i: [] for i in ids}
        if ids:
            query = (
                select(seizure_items)
                .where(seizure_items.c.seizure_id.in_(ids))
                .order_by(seizure_items.c.seizure_id, seizure_items.c.line_no)
            )
            for item in self.connection.execute(query):
                items[item.seizure_id].append(item_from(item._mapping))
        reports: dict[int, list[SeizureReport]] = {i: [] for i in ids}
        if ids:
            query = (
                select(seizure_reports)
                .where(seizure_reports.c.seizure_id.in_(ids))
                .order_by(seizure_reports.c.id)
            )
            for r in self.connection.execute(query):
                reports[r.seizure_id].append(
                    SeizureReport(r.url, r.reported_on, r.language, r.evidence)
                )
        return [
            replace(_seizure(row, tuple(items[row.id])), reports=tuple(reports[row.id]))
            for row in rows
        ]


def _seizure(row: Any, items: tuple[SeizureItem, ...]) -> Seizure:
    return Seizure(
        id=row.id,
        source=SeizureSource(row.source),
        items=items,
        occurred_on=row.occurred_on,
        reported_on=row.reported_on,
        country=row.country,
        place=row.place,
        checkpoint=row.checkpoint,
        declaration_id=row.declaration_id,
        inspection_id=row.inspection_id,
        detection_method=DetectionMethod(row.detection_method) if row.detection_method else None,
        conveyance=row.conveyance,
        origin_country=row.origin_country,
        transit_countries=tuple(row.transit_countries),
        destination_country=row.destination_country,
        persons=tuple(Person(**p) for p in row.persons),
        reporting_agency=row.reporting_agency,
        provenance_url=row.provenance_url,
        evidence=row.evidence,
        recorded_at=row.recorded_at,
        duplicate_of=row.duplicate_of,
        confidence=row.confidence,
    )


def _photo(row: Any) -> PhotoRecord:
    return PhotoRecord(
        id=row.id,
        seizure_id=row.seizure_id,
        inspection_id=row.inspection_id,
        filename=row.filename,
        content_type=row.content_type,
        stored_as=row.stored_as,
        sha256=row.sha256,
        size=row.size,
        uploaded_by=row.uploaded_by,
        uploaded_at=row.uploaded_at,
    )


class SqlPhotos:
    """PhotoRepository on one connection."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def add(self, photo: PhotoRecord) -> int:
        """Store photo metadata and return its id."""
        result = self.connection.execute(
            insert(photos).values(
                seizure_id=photo.seizure_id,
                inspection_id=photo.inspection_id,
                filename=photo.filename,
                content_type=photo.content_type,
                stored_as=photo.stored_as,
                sha256=photo.sha256,
                size=photo.size,
                uploaded_by=photo.uploaded_by,
                uploaded_at=photo.uploaded_at,
            )
        )
        key = result.inserted_primary_key
        assert key is not None
        return int(key[0])

    def get(self, photo_id: int) -> PhotoRecord | None:
        """One photo, or None."""
        row = self.connection.execute(select(photos).where(photos.c.id == photo_id)).one_or_none()
        return _photo(row) if row is not None else None

    def for_seizure(self, seizure_id: int) -> list[PhotoRecord]:
        """The photos of a seizure."""
        query = select(photos).where(photos.c.seizure_id == seizure_id).order_by(photos.c.id)
        return [_photo(row) for row in self.connection.execute(query)]

    def for_inspections(self, inspection_ids: Sequence[int]) -> list[PhotoRecord]:
        """The photos of some inspections, with or without a seizure."""
        if not inspection_ids:
            return []
        query = (
            select(photos)
            .where(photos.c.inspection_id.in_(list(inspection_ids)))
            .order_by(photos.c.id)
        )
        return [_photo(row) for row in self.connection.execute(query)]
