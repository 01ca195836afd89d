"""The checkpoint queue: the day's declarations grouped by channel, riskiest first."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from kordon.domain import Channel, Checkpoint, Reason, ReasonSource, clock
from kordon.domain.accounts import User
from kordon.services import access
from kordon.services.ports import QueueRow, Store

# Most intrusive first: what the officer has to act on comes first.
CHANNEL_ORDER = (Channel.RED, Channel.YELLOW, Channel.BLUE, Channel.GREEN)
PER_PAGE = 50
# A hit on operational information outranks everything; a random control is named as such
# even when a rule also fired, because it is what put the declaration in the sample.
_FIRST = (ReasonSource.WATCHLIST, ReasonSource.RANDOM, ReasonSource.OVERRIDE)


@dataclass(frozen=True, slots=True)
class MainReason:
    """The one reason a queue row shows: its kind (a ReasonSource value) and a few words."""

    kind: str
    text: str
    # The reason itself, where a page words it from its details (a network path).
    reason: Reason | None = None


def main_reason(row: QueueRow, user: User) -> MainReason | None:
    """The reason that most explains a row's channel, redacted to what the user may see."""
    reasons = access.redact_reasons(row.reasons, user)
    if row.random_control and not any(r.source is ReasonSource.RANDOM for r in reasons):
        return MainReason(ReasonSource.RANDOM.value, "")
    for source in _FIRST:
        first = next((r for r in reasons if r.source is source), None)
        if first is not None:
            action = (
                str(first.details.get("action", "")) if source is ReasonSource.WATCHLIST else ""
            )
            return MainReason(source.value, action)
    weighed = [r for r in reasons if r.source is not ReasonSource.CAPACITY]
    if not weighed:
        capacity = next((r for r in reasons if r.source is ReasonSource.CAPACITY), None)
        return MainReason(capacity.source.value, capacity.description) if capacity else None
    top = max(weighed, key=lambda r: (r.channel is not None, r.weight))
    if top.source is ReasonSource.PROFILE:
        return MainReason(top.source.value, f"{top.code}: {top.description}")
    if top.source is ReasonSource.MODEL:
        return MainReason(top.source.value, _model_words(top.details))
    return MainReason(top.source.value, top.description, top)


def network_reason(row: QueueRow, user: User) -> Reason | None:
    """The weightiest network reason of a row, redacted to what the user may see: shown
    beside the main reason, so that a link to a seizure is never hidden behind a rule."""
    found = [r for r in access.redact_reasons(row.reasons, user)
             if r.source is ReasonSource.NETWORK]  # fmt: skip
    return max(found, key=lambda r: r.weight) if found else None


def _model_words(details: dict[str, object]) -> str:
    """The model's leading contribution, or its likelihood when it gave none."""
    contributions = details.get("contributions")
    if isinstance(contributions, list) and contributions:
        lead = contributions[0]
        if isinstance(lead, dict) and lead.get("description"):
            return str(lead["description"])
    fraud = details.get("fraud_score")
    return f"{float(fraud):.0%}" if isinstance(fraud, int | float) else ""


class DayPage:
    """A page of one day, with links to the day before and after."""

    __slots__ = ()
    day: date

    @property
    def previous_day(self) -> date:
        """The day before, for navigation."""
        return self.day - timedelta(days=1)

    @property
    def next_day(self) -> date:
        """The day after, for navigation."""
        return self.day + timedelta(days=1)


@dataclass(frozen=True, slots=True)
class ChannelGroup:
    """The declarations of one channel (None: not yet assessed)."""

    channel: Channel | None
    rows: tuple[QueueRow, ...]


@dataclass(frozen=True, slots=True)
class QueueView(DayPage):
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
    # Red declarations of the day not yet inspected.
    waiting: int = 0
    page: int = 1
    pages: int = 1
    reasons: dict[str, MainReason | None] | None = None
    networks: dict[str, Reason | None] | None = None

    @property
    def left(self) -> int | None:
        """Physical inspections the checkpoint can still add today."""
        return None if self.capacity is None else max(self.capacity - self.planned, 0)

    def reason(self, row: QueueRow) -> MainReason | None:
        """The main reason shown on a row."""
        return (self.reasons or {}).get(row.stored.declaration.id)

    def network(self, row: QueueRow) -> Reason | None:
        """The network reason shown on a row, if one fired."""
        return (self.networks or {}).get(row.stored.declaration.id)


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
    page: int = 1,
    per_page: int = PER_PAGE,
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
    if user.role.value == "officer":
        checkpoints = tuple(c for c in checkpoints if c.code == code)
    red = [row for row in rows if row.stored.channel is Channel.RED]
    # The day's declarations that have been inspected, whenever the inspection was recorded.
    inspected = sum(1 for row in rows if row.inspection_outcome)
    shown = [
        row
        for row in rows
        if (channel is None or row.stored.channel is channel)
        and (not text.strip() or _matches(row, text.strip()))
    ]
    order = {c: n for n, c in enumerate(CHANNEL_ORDER)}
    shown.sort(
        key=lambda r: (
            order.get(r.stored.channel, len(order)) if r.stored.channel else len(order),
            -(r.score or 0.0),
            r.stored.declaration.lodged_at,
        )
    )
    pages = max(math.ceil(len(shown) / per_page), 1)
    page = min(max(page, 1), pages)
    on_page = shown[(page - 1) * per_page : page * per_page]
    groups = [
        ChannelGroup(c, tuple(r for r in on_page if r.stored.channel is c)) for c in CHANNEL_ORDER
    ]
    groups.append(ChannelGroup(None, tuple(r for r in on_page if r.stored.channel is None)))
    return QueueView(
        day=day,
        checkpoint=office,
        checkpoints=checkpoints,
        groups=tuple(g for g in groups if g.rows),
        total=len(rows),
        shown=len(shown),
        capacity=office.daily_capacity if office else None,
        planned=len(red),
        inspected=inspected,
        waiting=sum(1 for row in red if not row.inspection_outcome),
        page=page,
        pages=pages,
        reasons={r.stored.declaration.id: main_reason(r, user) for r in on_page},
        networks={r.stored.declaration.id: network_reason(r, user) for r in on_page},
    )
