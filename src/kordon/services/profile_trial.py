"""What a changed risk profile would have done on the last 30 days, before it is saved.

The page's counterpart of `kordon profiles try`: the stored declarations of the 30 days up to
the latest one lodged are put to the profile as it stands and as edited, and the page shows
how often each fires, how many of those declarations were inspected and how many inspections
found something, and which declarations the change adds or drops. Nothing is stored.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from kordon.domain import Declaration
from kordon.domain.accounts import User
from kordon.domain.profile import RiskProfile
from kordon.risk.profiles import ProfileSet
from kordon.services import access
from kordon.services.ports import DeclarationFilter, Store, UnitOfWork

DAYS = 30
BATCH = 2_000
# How many added and dropped declarations the page lists.
LISTED = 20


@dataclass(frozen=True, slots=True)
class Firing:
    """How one version of a profile did on the period."""

    fired: int = 0
    inspected: int = 0
    findings: int = 0

    @property
    def hit_rate(self) -> float | None:
        """Findings per inspected declaration it fired on."""
        return self.findings / self.inspected if self.inspected else None


@dataclass(frozen=True, slots=True)
class Trial:
    """The profile as stored and as edited, on the same declarations."""

    start: datetime | None
    end: datetime | None
    declarations: int
    current: Firing
    edited: Firing
    added: tuple[str, ...]
    dropped: tuple[str, ...]
    added_total: int
    dropped_total: int


def _period(uow: UnitOfWork) -> tuple[datetime, datetime] | None:
    newest, _ = uow.declarations.search(DeclarationFilter(), limit=1, offset=0)
    if not newest:
        return None
    end = newest[0].declaration.lodged_at + timedelta(seconds=1)
    return end - timedelta(days=DAYS), end


def _declarations(uow: UnitOfWork, start: datetime, end: datetime) -> Iterator[Declaration]:
    where = DeclarationFilter(lodged_from=start, lodged_before=end)
    offset = 0
    while True:
        rows, _ = uow.declarations.search(where, limit=BATCH, offset=offset)
        yield from (row.declaration for row in rows)
        if len(rows) < BATCH:
            return
        offset += BATCH


def _firing(uow: UnitOfWork, fired: list[str]) -> Firing:
    inspected = findings = 0
    for declaration_id in fired:
        inspections = uow.inspections.for_declaration(declaration_id)
        inspected += bool(inspections)
        findings += any(i.found_violation for i in inspections)
    return Firing(len(fired), inspected, findings)


def try_profile(store: Store, *, user: User, edited: RiskProfile) -> Trial:
    """The edited profile against the stored one on the last 30 days of declarations."""
    access.require(user, access.EDIT_PROFILES, "try risk profiles")
    with store.transaction() as uow:
        current = uow.profiles.get(edited.id)
        period = _period(uow)
        if period is None:
            return Trial(None, None, 0, Firing(), Firing(), (), (), 0, 0)
        before = ProfileSet([current] if current else [])
        after = ProfileSet([edited])
        fired_before: list[str] = []
        fired_after: list[str] = []
        seen = 0
        for declaration in _declarations(uow, *period):
            seen += 1
            if before.reasons(declaration):
                fired_before.append(declaration.id)
            if after.reasons(declaration):
                fired_after.append(declaration.id)
        was, now = set(fired_before), set(fired_after)
        added = [d for d in fired_after if d not in was]
        dropped = [d for d in fired_before if d not in now]
        return Trial(
            start=period[0],
            end=period[1],
            declarations=seen,
            current=_firing(uow, fired_before),
            edited=_firing(uow, fired_after),
            added=tuple(added[:LISTED]),
            dropped=tuple(dropped[:LISTED]),
            added_total=len(added),
            dropped_total=len(dropped),
        )
