"""Assessments: the channel a declaration gets, and every reason for it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class Channel(StrEnum):
    """ASYCUDA selectivity channels, from least to most intrusive at the border."""

    GREEN = "green"  # release
    YELLOW = "yellow"  # documentary check
    RED = "red"  # physical inspection
    BLUE = "blue"  # release now, post-clearance audit later


class ReasonSource(StrEnum):
    """Where a reason comes from."""

    PROFILE = "profile"
    WATCHLIST = "watchlist"
    MODEL = "model"
    RANDOM = "random"
    CAPACITY = "capacity"
    OVERRIDE = "override"
    NETWORK = "network"


@dataclass(frozen=True, slots=True)
class Reason:
    """One named, described piece of why a declaration got its channel."""

    source: ReasonSource
    code: str
    description: str
    weight: float = 0.0
    channel: Channel | None = None
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Assessment:
    """The outcome of risk assessment for one declaration."""

    declaration_id: str
    channel: Channel
    score: float
    reasons: tuple[Reason, ...]
    assessed_at: datetime
    engine_version: str
    profile_versions: dict[str, int] = field(default_factory=dict)
    model_version: str | None = None
    random_control: bool = False
    # Name -> version of every reason provider that took part (profile set, watchlist, model).
    provider_versions: dict[str, str] = field(default_factory=dict)
    id: int | None = None

    def stored_as(self, assessment_id: int) -> Assessment:
        """The assessment under the id it was stored with (made directly: a lodged batch
        stores hundreds, and `dataclasses.replace` took several times as long for each)."""
        return Assessment(self.declaration_id, self.channel, self.score, self.reasons,
                          self.assessed_at, self.engine_version, self.profile_versions,
                          self.model_version, self.random_control, self.provider_versions,
                          assessment_id)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Override:
    """A supervisor's change of channel, which always carries a reason."""

    declaration_id: str
    from_channel: Channel
    to_channel: Channel
    reason: str
    by: str
    at: datetime
