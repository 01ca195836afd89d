"""The audit trail as the administrator reads it: filtered by actor, action and date."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from kordon.domain.accounts import AuditEntry, User
from kordon.domain.errors import Invalid
from kordon.services import access
from kordon.services.ports import Store

PER_PAGE = 100
# The actions the filter offers; a prefix ending in "." stands for every action of its kind.
ACTIONS = (
    "assessment.create",
    "channel.override",
    "inspection.record",
    "profile.",
    "watchlist.",
    "user.",
    "token.",
)


@dataclass(frozen=True, slots=True)
class AuditPage:
    """One page of matching entries, newest first."""

    entries: list[AuditEntry]
    total: int
    page: int
    pages: int
    actors: list[str]


def audit_trail(
    store: Store,
    *,
    user: User,
    actor: str = "",
    action: str = "",
    start: date | None = None,
    end: date | None = None,
    page: int = 1,
) -> AuditPage:
    """Audit entries by actor, action and date (administrators only), a page at a time."""
    access.require(user, access.VIEW_AUDIT, "read the audit trail")
    if action and action not in ACTIONS and "." not in action:
        raise Invalid(f"action: {action!r} is not an action in the audit trail.", field="action")
    if start and end and end < start:
        raise Invalid("The last day is before the first day.", field="end")
    page = max(page, 1)
    with store.transaction() as uow:
        entries, total = uow.audit.search(
            actor=actor or None,
            action=action or None,
            start=datetime.combine(start, time()) if start else None,
            end=datetime.combine(end + timedelta(days=1), time()) if end else None,
            limit=PER_PAGE,
            offset=(page - 1) * PER_PAGE,
        )
        actors = uow.audit.actors()
    return AuditPage(entries, total, page, max(math.ceil(total / PER_PAGE), 1), actors)
