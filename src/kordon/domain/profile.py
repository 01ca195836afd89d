"""Risk profiles: named, owned, versioned criteria that add weight or force a channel."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from kordon.domain.assessment import Channel


@dataclass(frozen=True, slots=True)
class Condition:
    """One test of one field: `field` `op` `value` (e.g. route.origin in [IR, AF])."""

    field: str
    op: str
    value: Any


@dataclass(frozen=True, slots=True)
class AllOf:
    """True when every part is true."""

    parts: tuple[Criteria, ...]


@dataclass(frozen=True, slots=True)
class AnyOf:
    """True when at least one part is true."""

    parts: tuple[Criteria, ...]


@dataclass(frozen=True, slots=True)
class Not:
    """True when the part is false."""

    part: Criteria


Criteria = Condition | AllOf | AnyOf | Not


@dataclass(frozen=True, slots=True)
class RiskProfile:
    """A risk profile: when its criteria hold it adds `weight` or proposes `channel`."""

    id: str
    description: str
    owner: str
    criteria: Criteria
    version: int = 1
    valid_from: date | None = None
    valid_until: date | None = None
    # Checkpoint codes the profile applies at; empty means every checkpoint.
    checkpoints: tuple[str, ...] = ()
    weight: float | None = None
    channel: Channel | None = None
    enabled: bool = True

    def active_on(self, day: date) -> bool:
        """True when the profile is enabled and `day` lies in its validity window."""
        if not self.enabled:
            return False
        if self.valid_from is not None and day < self.valid_from:
            return False
        return self.valid_until is None or day <= self.valid_until

    def applies_at(self, checkpoint: str) -> bool:
        """True when the profile's scope includes `checkpoint`."""
        return not self.checkpoints or checkpoint in self.checkpoints


@dataclass(frozen=True, slots=True)
class ProfileStats:
    """How often a profile fired, how often that led to an inspection, and what it found."""

    fired: int = 0
    inspected: int = 0
    findings: int = 0

    @property
    def hit_rate(self) -> float | None:
        """Findings per inspection of a declaration the profile fired on; None before any."""
        if self.inspected == 0:
            return None
        return self.findings / self.inspected
