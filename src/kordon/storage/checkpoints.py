"""Checkpoints (customs offices) and their daily inspection capacity in SQL."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, delete, insert, select
from sqlalchemy.dialects import postgresql, sqlite

from kordon.domain import Channel, Checkpoint, CheckpointKind
from kordon.storage.bulk import pipeline
from kordon.storage.declarations import SqlDeclarations
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

    def claim_days(self, days: Sequence[tuple[str, date]]) -> dict[tuple[str, date], int]:
        """Lock checkpoint-days, in the order given, and count the red channels of each."""
        if self.connection.dialect.name != "postgresql":
            found = {}
            for code, day in days:
                self.lock_day(code, day)
                found[(code, day)] = SqlDeclarations(self.connection).red_count(code, day)
            return found
        # Each lock and count go to the server together, one round trip for them all: the
        # server runs them in order, and each count, a statement of its own, sees what was
        # committed by the time its lock was granted.
        counts = []
        with pipeline(self.connection) as cursor:
            for code, day in days:
                start = datetime.combine(day, time())
                cursor.execute(_LOCK_DAY, {"checkpoint": code, "day": day})
                counted = cursor.connection.cursor()
                counted.execute(
                    _RED_COUNT,
                    {
                        "checkpoint": code,
                        "start": start,
                        "end": start + timedelta(days=1),
                        "red": Channel.RED.value,
                    },
                )
                counts.append(counted)
        found = {}
        for key, counted in zip(days, counts, strict=True):
            row = counted.fetchone()
            found[key] = int(row[0]) if row else 0
            counted.close()
        return found

    def claim_bound_days(
        self, days: Sequence[tuple[str, date]]
    ) -> tuple[dict[str, int | None], dict[tuple[str, date], int]]:
        """Every checkpoint's daily capacity, and `claim_days` of those of these days (in the
        order given) whose checkpoint has one: on PostgreSQL in one round trip, each lock and
        count taking place only if the checkpoint's capacity is set when it runs."""
        if self.connection.dialect.name != "postgresql":
            listed = {c.code: c.daily_capacity for c in self.list()}
            return listed, self.claim_days([k for k in days if listed.get(k[0]) is not None])
        counts = []
        with pipeline(self.connection) as cursor:
            read = cursor.connection.cursor()
            read.execute(_CAPACITIES)
            for code, day in days:
                start = datetime.combine(day, time())
                cursor.execute(_LOCK_BOUND_DAY, {"checkpoint": code, "day": day})
                counted = cursor.connection.cursor()
                counted.execute(_BOUND_RED_COUNT, {"checkpoint": code, "start": start,
                                                   "end": start + timedelta(days=1),
                                                   "red": Channel.RED.value})  # fmt: skip
                counts.append(counted)
        with read:
            capacities: dict[str, int | None] = dict(read.fetchall())
        found = {}
        for key, counted in zip(days, counts, strict=True):
            with counted:
                row = counted.fetchone()
            if capacities.get(key[0]) is not None:
                found[key] = int(row[0]) if row else 0
        return capacities, found


_LOCK_DAY = (
    "INSERT INTO checkpoint_days (checkpoint, day, claims) VALUES (%(checkpoint)s, %(day)s, 1) "
    "ON CONFLICT (checkpoint, day) DO UPDATE SET claims = checkpoint_days.claims + 1"
)
_CAPACITY_SET = (
    "EXISTS (SELECT 1 FROM checkpoints WHERE code = CAST(%(checkpoint)s AS VARCHAR) "
    "AND daily_capacity IS NOT NULL)"
)
_CAPACITIES = "SELECT code, daily_capacity FROM checkpoints ORDER BY code"
_LOCK_BOUND_DAY = (
    "INSERT INTO checkpoint_days (checkpoint, day, claims) "
    "SELECT CAST(%(checkpoint)s AS VARCHAR), CAST(%(day)s AS DATE), 1 "
    f"WHERE {_CAPACITY_SET} "
    "ON CONFLICT (checkpoint, day) DO UPDATE SET claims = checkpoint_days.claims + 1"
)
_RED_COUNT = (
    "SELECT count(*) FROM declarations WHERE checkpoint = %(checkpoint)s "
    "AND lodged_at >= %(start)s AND lodged_at < %(end)s AND channel = %(red)s"
)
_BOUND_RED_COUNT = f"{_RED_COUNT} AND {_CAPACITY_SET}"


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
