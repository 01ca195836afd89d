"""Every checkpoint's queue on one page, for the supervisor who moves capacity between them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from kordon.domain import Channel, Checkpoint, clock
from kordon.domain.accounts import User
from kordon.services import access
from kordon.services.ports import QueueRow, Store
from kordon.services.queue import DayPage


@dataclass(frozen=True, slots=True)
class CheckpointDay:
    """One checkpoint's day: declarations per channel, capacity used, inspected, waiting."""

    checkpoint: Checkpoint
    total: int
    by_channel: dict[str, int]
    capacity: int | None
    inspected: int
    waiting: int
    seizures: int

    @property
    def red(self) -> int:
        """Declarations in the red channel: the physical inspections asked for."""
        return self.by_channel.get(Channel.RED.value, 0)

    @property
    def over_capacity(self) -> bool:
        """More red declarations than the checkpoint can inspect in a day."""
        return self.capacity is not None and self.red > self.capacity


@dataclass(frozen=True, slots=True)
class Overview(DayPage):
    """Every checkpoint on one day, and the day's totals."""

    day: date
    rows: tuple[CheckpointDay, ...]


def _day_of(checkpoint: Checkpoint, rows: list[QueueRow]) -> CheckpointDay:
    by_channel: dict[str, int] = {}
    for row in rows:
        key = row.stored.channel.value if row.stored.channel else "none"
        by_channel[key] = by_channel.get(key, 0) + 1
    red = [r for r in rows if r.stored.channel is Channel.RED]
    return CheckpointDay(
        checkpoint=checkpoint,
        total=len(rows),
        by_channel=by_channel,
        capacity=checkpoint.daily_capacity,
        inspected=sum(1 for r in rows if r.inspection_outcome),
        waiting=sum(1 for r in red if not r.inspection_outcome),
        seizures=sum(1 for r in rows if r.inspection_outcome == "seizure"),
    )


def all_queues(
    store: Store, *, user: User, day: date | None = None, today: date | None = None
) -> Overview:
    """Every checkpoint's queue on a day (today's, or the latest day anything was lodged)."""
    access.require(user, access.VIEW_ALL_QUEUES, "see every checkpoint's queue")
    today = today or clock.today()
    with store.transaction() as uow:
        checkpoints = uow.checkpoints.list()
        if day is None:
            tomorrow = datetime.combine(today + timedelta(days=1), time())
            latest = [uow.queue.latest_day(checkpoint=c.code, before=tomorrow) for c in checkpoints]
            day = max((d for d in latest if d is not None), default=today)
        start = datetime.combine(day, time())
        rows = uow.queue.rows(checkpoint=None, start=start, end=start + timedelta(days=1))
    by_checkpoint: dict[str, list[QueueRow]] = {}
    for row in rows:
        by_checkpoint.setdefault(row.stored.declaration.checkpoint, []).append(row)
    days = [_day_of(c, by_checkpoint.get(c.code, [])) for c in checkpoints]
    # Where the pressure is comes first: waiting inspections, then traffic.
    days.sort(key=lambda d: (-d.waiting, -d.total, d.checkpoint.code))
    return Overview(day=day, rows=tuple(days))
