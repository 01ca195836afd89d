"""Checkpoints (customs offices) and their daily inspection capacity in SQL."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, delete, insert, select
from sqlalchemy.dialects import postgresql, sqlite

from kordon.domain import Checkpoint, CheckpointKind
from kordon.storage.tables import checkpoint_days, checkpoints


class SqlCheckpoints:
    """CheckpointRepository on one connection."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def upsert_many(self, items: Sequence[Checkpoint]) -> None:
        """Add checkpoints or replace those with the same code."""
        if not items:
            return
        codes = [item.code for item in items]
        self.connection.execute(delete(checkpoints).where(checkpoints.c.code.in_(codes)))
        self.connection.execute(
            insert(checkpoints),
            [
                {
                    "code": item.code,
                    "name": item.name,
                    "country": item.country,
                    "kind": item.kind.value,
                    "border_with": item.border_with,
                    "daily_capacity": item.daily_capacity,
                    "latitude": item.latitude,
                    "longitude": item.longitude,
                }
                for item in items
            ],
        )

    def list(self) -> list[Checkpoint]:
        """Every checkpoint, by code."""
        rows = self.connection.execute(select(checkpoints).order_by(checkpoints.c.code))
        return [_checkpoint(row) for row in rows]

    def get(self, code: str) -> Checkpoint | None:
        """One checkpoint, or None."""
        row = self.connection.execute(
            select(checkpoints).where(checkpoints.c.code == code)
        ).one_or_none()
        return _checkpoint(row) if row is not None else None

    def lock_day(self, code: str, day: date) -> None:
        """Hold a checkpoint-day's lock until the transaction ends (see `checkpoint_days`)."""
        # One upsert locks the row on PostgreSQL, creating it if need be, even when two
        # transactions create it at once; on SQLite any write takes the single writer lock.
        dialect = postgresql if self.connection.dialect.name == "postgresql" else sqlite
        statement = dialect.insert(checkpoint_days).values(checkpoint=code, day=day, claims=1)
        self.connection.execute(
            statement.on_conflict_do_update(
                index_elements=["checkpoint", "day"],
                set_={"claims": checkpoint_days.c.claims + 1},
            )
        )


def _checkpoint(row: Any) -> Checkpoint:
    return Checkpoint(
        code=row.code,
        name=row.name,
        country=row.country,
        kind=CheckpointKind(row.kind),
        border_with=row.border_with,
        daily_capacity=row.daily_capacity,
        latitude=row.latitude,
        longitude=row.longitude,
    )
