"""Supervisors' channel overrides in SQL."""

from __future__ import annotations

from sqlalchemy import Connection, insert, select

from kordon.domain import Channel, Override
from kordon.storage.tables import overrides


class SqlOverrides:
    """OverrideRepository on one connection."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def add(self, override: Override) -> None:
        """Store an override."""
        self.connection.execute(
            insert(overrides).values(
                declaration_id=override.declaration_id,
                from_channel=override.from_channel.value,
                to_channel=override.to_channel.value,
                reason=override.reason,
                by=override.by,
                at=override.at,
            )
        )

    def for_declaration(self, declaration_id: str) -> list[Override]:
        """Every override of a declaration, oldest first."""
        rows = self.connection.execute(
            select(overrides)
            .where(overrides.c.declaration_id == declaration_id)
            .order_by(overrides.c.id)
        )
        return [
            Override(
                declaration_id=row.declaration_id,
                from_channel=Channel(row.from_channel),
                to_channel=Channel(row.to_channel),
                reason=row.reason,
                by=row.by,
                at=row.at,
            )
            for row in rows
        ]
