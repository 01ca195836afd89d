"""The checkpoint queue: the day's declarations grouped by channel, riskiest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from kordon.domain import Channel, Checkpoint, clock
from kordon.domain.accounts import User
from kordon.services import access
from kordon.services.ports import QueueRow, Store

# Most intrusive first: what the officer has to act on comes first.
CHANNEL_ORDER = (Channel.RED, Channel.YELLOW, Channel.BLUE, Channel.GREEN)


@dataclass(frozen=True, slots=True)
class ChannelGroup:
    """The declarations of one channel (None: not yet assessed)."""

    channel: Channel | None
    rows: tuple[QueueRow, ...]


@dataclass(frozen=True, slots=True)
class QueueView:
    """A checkpoint's queue for one day, with its inspection capacity."""

    day: date
    checkpoint: Checkpoint | None
    checkpoints: tuple[Checkpoint, ...]
    groups: tuple[ChannelGroup, ...]
    total: int
    shown: int
    capacity: int | None
    planned: int
    inspected: int

    @property
    def previous_day(self) -> date:
        """The day before, for navigation."""
        return self.day - timedelta(days=1)

    @property
    def next_day(self) -> date:
        """The day after, for navigation."""
        return self.day + timedelta(days=1)

    @property
    def left(self) -> int | None:
        """Physical inspections the checkpoint can still add today."""
        return None if self.capacity is None else max(self.capacity - self.planned, 0)


def _matches(row: QueueRow, text: str) -> bool:
    declaration = row.stored.declaration
    haystack = [declaration.id, *declaration.plates(), declaration.procedure]
    haystack += [party.name for _, party in declaration.parties()]
    haystack += [item.hs_code for item in declaration.items]
    haystack += [item.description for item in declaration.items]
    haystack += list(declaration.route.countries())
    needle = text.casefold()
    return any(needle in value.casefold() for value in haystack if value)


def checkpoint_queue(
    store: Store,
    *,
    user: User,
    day: date | None = None,
    today: date | None = None,
    checkpoint: str | None = None,
    channel: Channel | None = None,
    text: str = "",
) -> QueueView:
    """A day's queue at a checkpoint the user may see, filtered and sorted by risk. Without a
    day it is today's, or, when nothing has been lodged today, the latest day's."""
    code = access.scope_checkpoint(user, checkpoint)
    today = today or clock.today()
    with store.transaction() as uow:
        checkpoints = tuple(uow.checkpoints.list())
        if code is None and checkpoints:
            code = checkpoints[0].code
        office = uow.checkpoints.get(code) if code else None
        if day is None:
            tomorrow = datetime.combine(today + timedelta(days=1), time())
            latest = uow.queue.latest_day(checkpoint=code, before=tomorrow) if code else None
            day = latest or today
        start = datetime.combine(day, time())
        end = start + timedelta(days=1)
        rows = uow.queue.rows(checkpoint=code, start=start, end=end) if code else []
        inspected = uow.queue.inspected_count(checkpoint=code, start=start, end=end) if code else 0
    if user.role.value == "officer":
        checkpoints = tuple(c for c in checkpoints if c.code == code)
    planned = sum(1 for row in rows if row.stored.channel is Channel.RED)
    shown = [
        row
        for row in rows
        if (channel is None or row.stored.channel is channel)
        and (not text.strip() or _matches(row, text.strip()))
    ]
    shown.sort(key=lambda r: (-(r.score or 0.0), r.stored.declaration.lodged_at))
    groups = [
        ChannelGroup(c, tuple(r for r in shown if r.stored.channel is c)) for c in CHANNEL_ORDER
    ]
    groups.append(ChannelGroup(None, tuple(r for r in shown if r.stored.channel is None)))
    return QueueView(
        day=day,
        checkpoint=office,
        checkpoints=checkpoints,
        groups=tuple(g for g in groups if g.rows),
        total=len(rows),
        shown=len(shown),
        capacity=office.daily_capacity if office else None,
        planned=planned,
        inspected=inspected,
    )
