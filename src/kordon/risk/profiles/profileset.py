"""A set of compiled risk profiles: the reason provider for the rule language."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from kordon.domain.assessment import Reason, ReasonSource
from kordon.domain.declaration import Declaration, Direction
from kordon.domain.profile import AllOf, Condition, Criteria, RiskProfile
from kordon.risk.profiles.compile import (
    DeclTest,
    ItemFinder,
    compile_criteria,
    compile_item_finder,
)

# valid from, valid until, directions the criteria can hold for, test, reason
_Entry = tuple[date, date, frozenset[str], DeclTest, Reason]
_Active = tuple[tuple[DeclTest, Reason], ...]
_ALL_DIRECTIONS = frozenset(d.value for d in Direction)


def _directions(criteria: Criteria) -> frozenset[str]:
    """Directions for which the criteria can hold, read from top-level direction conditions.

    Most profiles name a direction; skipping them for the others before any test runs is the
    cheapest filter there is.
    """
    parts = criteria.parts if isinstance(criteria, AllOf) else (criteria,)
    allowed = _ALL_DIRECTIONS
    for part in parts:
        if isinstance(part, Condition) and part.field == "direction":
            if part.op == "eq":
                allowed = allowed & {part.value}
            elif part.op == "in":
                allowed = allowed & frozenset(part.value)
    return allowed


class ProfileSet:
    """Enabled profiles compiled once; `reasons` tests those in scope and valid that day."""

    name = "profiles"

    def __init__(self, profiles: Iterable[RiskProfile]) -> None:
        self.profiles = tuple(p for p in profiles if p.enabled)
        self._everywhere: list[_Entry] = []
        self._by_checkpoint: dict[str, list[_Entry]] = {}
        for profile in self.profiles:
            entry = (
                profile.valid_from or date.min,
                profile.valid_until or date.max,
                _directions(profile.criteria),
                compile_criteria(profile.criteria),
                _reason(profile),
            )
            if not profile.checkpoints:
                self._everywhere.append(entry)
            for code in profile.checkpoints:
                self._by_checkpoint.setdefault(code, []).append(entry)
        self.profile_versions = {p.id: p.version for p in self.profiles}
        digest = hashlib.sha256(
            "\n".join(f"{k}@{v}" for k, v in sorted(self.profile_versions.items())).encode()
        ).hexdigest()[:12]
        # One string naming exactly which profile versions were loaded.
        self.version = f"{len(self.profiles)}:{digest}"
        self._active: dict[tuple[str, date, str], _Active] = {}
        self._finders: dict[str, ItemFinder] = {}
        for profile in self.profiles:
            finder = compile_item_finder(profile.criteria)
            if finder is not None:
                self._finders[profile.id] = finder

    def active(self, checkpoint: str, day: date, direction: str) -> _Active:
        """The compiled tests in scope at `checkpoint`, valid on `day`, for `direction`."""
        key = (checkpoint, day, direction)
        found = self._active.get(key)
        if found is None:
            entries = (*self._everywhere, *self._by_checkpoint.get(checkpoint, ()))
            found = tuple((test, reason) for start, end, directions, test, reason in entries
                          if start <= day <= end and direction in directions)  # fmt: skip
            if len(self._active) > 10_000:
                self._active.clear()
            self._active[key] = found
        return found

    def reasons(self, declaration: Declaration) -> list[Reason]:
        """One reason per profile that fires on `declaration`, naming the goods items it saw."""
        active = self.active(
            declaration.checkpoint, declaration.lodged_at.date(), declaration.direction
        )
        fired = [reason for test, reason in active if test(declaration)]
        return [self._with_items(reason, declaration) for reason in fired]

    def _with_items(self, reason: Reason, declaration: Declaration) -> Reason:
        finder = self._finders.get(reason.code)
        if finder is None:
            return reason
        items = finder(declaration)
        details = {**reason.details, "items": [n + 1 for n in items],
                   "hs_codes": [declaration.items[n].hs_code for n in items]}  # fmt: skip
        return replace(reason, details=details)


def _reason(profile: RiskProfile) -> Reason:
    return Reason(
        source=ReasonSource.PROFILE,
        code=profile.id,
        description=profile.description,
        weight=profile.weight or 0.0,
        channel=profile.channel,
        details={"version": profile.version, "owner": profile.owner},
    )
