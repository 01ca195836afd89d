"""Declarations, goods items and inspections in SQL."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

import orjson
from sqlalchemy import Connection, bindparam, func, insert, select, update

from kordon.domain import (
    Channel,
    DetectionMethod,
    Inspection,
    Outcome,
    Person,
)
from kordon.domain.document import from_document
from kordon.intake.prepared import PreparedDeclaration
from kordon.services.ports import DeclarationFilter, StoredDeclaration
from kordon.storage.among import among
from kordon.storage.bulk import write_rows
from kordon.storage.findings import item_from, item_values, person_values
from kordon.storage.tables import (
    declaration_items,
    declarations,
    inspections,
    unindexed_declarations,
)

_DECLARATION_COLUMNS = (
    "id",
    "lodged_at",
    "checkpoint",
    "direction",
    "procedure",
    "origin",
    "destination",
    "channel",
    "content_hash",
    "document",
    "source",
    "imported_at",
)
_ITEM_COLUMNS = (
    "declaration_id",
    "line_no",
    "hs_code",
    "origin_country",
    "net_mass_kg",
    "value",
    "currency",
)
_OUTCOME_COLUMNS = (
    "declaration_id",
    "inspected_at",
    "officer",
    "outcome",
    "detection_method",
    "critical",
    "notes",
    "items",
    "persons",
)

# SQLite allows 32,766 bound parameters per statement; PostgreSQL 65,535. Stay well below.
_ID_CHUNK = 900
_SOURCE_LENGTH = 200  # the length of declarations.source


class SqlDeclarations:
    """DeclarationRepository on one connection."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def existing_hashes(self, ids: Sequence[str]) -> dict[str, str]:
        """Content hashes of the ids already stored."""
        found: dict[str, str] = {}
        for start in range(0, len(ids), _ID_CHUNK):
            chunk = ids[start : start + _ID_CHUNK]
            query = select(declarations.c.id, declarations.c.content_hash).where(
                among(self.connection, declarations.c.id, chunk)
            )
            found.update({row.id: row.content_hash for row in self.connection.execute(query)})
        return found

    def insert_many(
        self,
        rows: Sequence[PreparedDeclaration],
        *,
        source: str,
        at: datetime,
        channels: Mapping[str, Channel] | None = None,
        unindexed: bool = False,
    ) -> None:
        """Store new declarations, their items and any past outcome they carry; `unindexed`
        marks them as waiting for the entity index (see `unindexed_declarations`)."""
        chosen = {key: channel.value for key, channel in (channels or {}).items()}
        if not rows:
            return
        # A deep path can be longer than the column: its end says more than its start.
        if len(source) > _SOURCE_LENGTH:
            source = "…" + source[-(_SOURCE_LENGTH - 1) :]
        officer = f"imported from {source}"[:100]
        write_rows(
            self.connection,
            [
                (
                    declarations,
                    _DECLARATION_COLUMNS,
                    [
                        (
                            row.id,
                            row.lodged_at,
                            row.checkpoint,
                            row.direction,
                            row.procedure,
                            row.origin,
                            row.destination,
                            chosen.get(row.id),
                            row.content_hash,
                            row.document,
                            source,
                            at,
                        )
                        for row in rows
                    ],
                ),
                (
                    declaration_items,
                    _ITEM_COLUMNS,
                    [
                        (row.id, line_no, *item)
                        for row in rows
                        for line_no, item in enumerate(row.items, start=1)
                    ],
                ),
                (
                    inspections,
                    _OUTCOME_COLUMNS,
                    [
                        (
                            row.id,
                            row.lodged_at,
                            officer,
                            row.outcome,
                            row.detection_method,
                            row.critical,
                            "",
                            (),
                            (),
                        )
                        for row in rows
                        if row.outcome is not None
                    ],
                ),
                (
                    unindexed_declarations,
                    ("declaration_id", "queued_at"),
                    [(row.id, at) for row in rows] if unindexed else [],
                ),
            ],
        )

    def document(self, declaration_id: str) -> dict[str, Any] | None:
        """The stored document of a declaration."""
        query = select(declarations.c.document).where(declarations.c.id == declaration_id)
        text = self.connection.execute(query).scalar_one_or_none()
        return json.loads(text) if text is not None else None

    def get(self, declaration_id: str) -> StoredDeclaration | None:
        """One declaration, or None."""
        query = select(declarations).where(declarations.c.id == declaration_id)
        row = self.connection.execute(query).one_or_none()
        return _stored(row) if row is not None else None

    def search(
        self, where: DeclarationFilter, *, limit: int, offset: int
    ) -> tuple[list[StoredDeclaration], int]:
        """A page of declarations, newest first, and how many match in all."""
        conditions = _conditions(where)
        total = self.connection.execute(
            select(func.count()).select_from(declarations).where(*conditions)
        ).scalar_one()
        query = (
            select(declarations)
            .where(*conditions)
            .order_by(declarations.c.lodged_at.desc(), declarations.c.id)
            .limit(limit)
            .offset(offset)
        )
        return [_stored(row) for row in self.connection.execute(query)], total

    def documents(
        self, where: DeclarationFilter, *, limit: int, offset: int
    ) -> list[dict[str, Any]]:
        """A page of stored documents, newest first, not built into declarations: a scan
        reads every one and builds only those it keeps."""
        query = (
            select(declarations.c.document)
            .where(*_conditions(where))
            .order_by(declarations.c.lodged_at.desc(), declarations.c.id)
            .limit(limit)
            .offset(offset)
        )
        return [orjson.loads(row.document) for row in self.connection.execute(query)]

    def red_count(self, checkpoint: str, day: date) -> int:
        """Declarations lodged at a checkpoint on a day that are in the red channel."""
        start = datetime.combine(day, time())
        return int(
            self.connection.execute(
                select(func.count())
                .select_from(declarations)
                .where(
                    declarations.c.checkpoint == checkpoint,
                    declarations.c.lodged_at >= start,
                    declarations.c.lodged_at < start + timedelta(days=1),
                    declarations.c.channel == Channel.RED.value,
                )
            ).scalar_one()
        )

    def unassessed_ids(self) -> list[str]:
        """Ids of the declarations that have no channel yet, oldest first."""
        query = (
            select(declarations.c.id)
            .where(declarations.c.channel.is_(None))
            .order_by(declarations.c.lodged_at, declarations.c.id)
        )
        return list(self.connection.execute(query).scalars())

    def unassessed_days(self) -> dict[tuple[str, date], list[str]]:
        """Ids of the declarations without a channel, by checkpoint and day lodged."""
        query = (
            select(declarations.c.id, declarations.c.checkpoint, declarations.c.lodged_at)
            .where(declarations.c.channel.is_(None))
            .order_by(declarations.c.lodged_at, declarations.c.id)
        )
        days: dict[tuple[str, date], list[str]] = {}
        for key, checkpoint, lodged_at in self.connection.execute(query):
            days.setdefault((checkpoint, lodged_at.date()), []).append(key)
        return days

    def get_many(self, ids: Sequence[str]) -> list[StoredDeclaration]:
        """Several declarations, in the order asked (missing ids are left out)."""
        found: dict[str, StoredDeclaration] = {}
        for start in range(0, len(ids), _ID_CHUNK):
            query = select(declarations).where(
                among(self.connection, declarations.c.id, ids[start : start + _ID_CHUNK])
            )
            for row in self.connection.execute(query):
                found[row.id] = _stored(row)
        return [found[i] for i in ids if i in found]

    def set_channel(self, declaration_id: str, channel: Channel) -> None:
        """Record a declaration's current channel."""
        self.set_channels([(declaration_id, channel)])

    def set_channels(self, channels: Sequence[tuple[str, Channel]]) -> None:
        """Record the current channel of many declarations in one statement."""
        if not channels:
            return
        self.connection.execute(
            update(declarations)
            .where(declarations.c.id == bindparam("declaration_id"))
            .values(channel=bindparam("new_channel")),
            [{"declaration_id": key, "new_channel": channel.value} for key, channel in channels],
        )


def _conditions(where: DeclarationFilter) -> list[Any]:
    conditions: list[Any] = []
    if where.checkpoint:
        conditions.append(declarations.c.checkpoint == where.checkpoint)
    if where.lodged_from:
        conditions.append(declarations.c.lodged_at >= where.lodged_from)
    if where.lodged_before:
        conditions.append(declarations.c.lodged_at < where.lodged_before)
    if where.channel:
        conditions.append(declarations.c.channel == where.channel.value)
    if where.unassessed:
        conditions.append(declarations.c.channel.is_(None))
    return conditions


def _stored(row: Any) -> StoredDeclaration:
    return StoredDeclaration(
        declaration=from_document(json.loads(row.document)),
        channel=Channel(row.channel) if row.channel else None,
        source=row.source,
        imported_at=row.imported_at,
    )


class SqlInspections:
    """InspectionRepository on one connection."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def add_many(self, records: Sequence[Inspection]) -> None:
        """Store inspections."""
        if records:
            self.connection.execute(insert(inspections), [_inspection_row(r) for r in records])

    def add(self, record: Inspection) -> int:
        """Store one inspection and return its id."""
        result = self.connection.execute(insert(inspections).values(_inspection_row(record)))
        key = result.inserted_primary_key
        assert key is not None
        return int(key[0])

    def all(self) -> list[Inspection]:
        """Every inspection, oldest first: the training labels."""
        query = select(inspections).order_by(inspections.c.inspected_at, inspections.c.id)
        return [_inspection(row) for row in self.connection.execute(query)]

    def critical_for(self, declaration_ids: Sequence[str]) -> list[Inspection]:
        """The critical findings (drugs, weapons) of these declarations, oldest first."""
        out: list[Inspection] = []
        wanted = sorted(set(declaration_ids))
        for start in range(0, len(wanted), 500):
            query = (
                select(inspections)
                .where(
                    among(
                        self.connection, inspections.c.declaration_id, wanted[start : start + 500]
                    ),
                    inspections.c.critical.is_(True),
                )
                .order_by(inspections.c.inspected_at, inspections.c.id)
            )
            out.extend(_inspection(row) for row in self.connection.execute(query))
        return out

    def declaration_of(self, inspection_id: int) -> str | None:
        """The declaration an inspection examined, or None."""
        query = select(inspections.c.declaration_id).where(inspections.c.id == inspection_id)
        found: str | None = self.connection.execute(query).scalar_one_or_none()
        return found

    def for_declaration(self, declaration_id: str, *, lock: bool = False) -> list[Inspection]:
        """Every inspection of a declaration, oldest first; `lock` holds the declaration's row
        until the transaction ends, so that two officers cannot both record the first one."""
        if lock and self.connection.dialect.name == "postgresql":
            self.connection.execute(
                select(declarations.c.id)
                .where(declarations.c.id == declaration_id)
                .with_for_update()
            )
        query = (
            select(inspections)
            .where(inspections.c.declaration_id == declaration_id)
            .order_by(inspections.c.inspected_at, inspections.c.id)
        )
        return [_inspection(row) for row in self.connection.execute(query)]


def _inspection_row(record: Inspection) -> dict[str, Any]:
    return {
        "declaration_id": record.declaration_id,
        "inspected_at": record.inspected_at,
        "officer": record.officer,
        "outcome": record.outcome.value,
        "detection_method": record.detection_method.value,
        "critical": record.critical,
        "notes": record.notes,
        "items": [item_values(item) for item in record.items],
        "persons": [person_values(person) for person in record.persons],
        "reinspection_reason": record.reinspection_reason,
    }


def _inspection(row: Any) -> Inspection:
    return Inspection(
        id=row.id,
        declaration_id=row.declaration_id,
        inspected_at=row.inspected_at,
        officer=row.officer,
        outcome=Outcome(row.outcome),
        detection_method=DetectionMethod(row.detection_method),
        critical=row.critical,
        notes=row.notes,
        items=tuple(item_from(item) for item in row.items),
        persons=tuple(Person(**person) for person in row.persons),
        reinspection_reason=row.reinspection_reason,
    )
