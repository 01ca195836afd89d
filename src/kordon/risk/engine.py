"""The risk engine: gathers reasons from every provider and explains the candidate channel.

Score scale: the weights of all reasons are summed and clipped to 0..100 (negative weights,
e.g. for trusted traders, may lower it). `EngineConfig` maps the score to a channel:
>= `red_at` red, >= `yellow_at` yellow, else green. A reason may also name a channel directly
(a profile's `channel:`, a watchlist "stop"); the most intrusive channel at the border wins, in
the order green < blue < yellow < red. Blue (post-clearance audit) therefore comes from rules
that name it, never from the score alone.

The result is a *candidate*: `kordon.risk.selection` then applies capacity, random control
and watchlist stops to decide the final channel.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from kordon.domain.assessment import Assessment, Channel, Reason, ReasonSource
from kordon.domain.declaration import Declaration

ENGINE_VERSION = "kordon-engine/1"
MAX_SCORE = 100.0
# How intrusive each channel is at the border; the engine keeps the highest.
INTRUSIVENESS = {Channel.GREEN: 0, Channel.BLUE: 1, Channel.YELLOW: 2, Channel.RED: 3}


class ReasonProvider(Protocol):
    """A named, versioned source of reasons (profiles, watchlist, model)."""

    @property
    def name(self) -> str:
        """Stable name, recorded with each assessment."""
        ...

    @property
    def version(self) -> str:
        """Version of what the provider loaded (rule set, list, model)."""
        ...

    def reasons(self, declaration: Declaration) -> list[Reason]:
        """Every reason this source finds in `declaration`."""
        ...


@dataclass(frozen=True, slots=True)
class EngineConfig:
    """Score thresholds that turn a score into a candidate channel."""

    yellow_at: float = 30.0
    red_at: float = 60.0

    def __post_init__(self) -> None:
        if not 0 <= self.yellow_at <= self.red_at <= MAX_SCORE:
            raise ValueError(
                f"thresholds must satisfy 0 <= yellow_at <= red_at <= {MAX_SCORE:g}; "
                f"got yellow_at={self.yellow_at:g}, red_at={self.red_at:g}"
            )


def score_of(reasons: Iterable[Reason]) -> float:
    """The sum of the reasons' weights, clipped to 0..100."""
    return min(MAX_SCORE, max(0.0, sum(r.weight for r in reasons)))


def channel_for(score: float, reasons: Iterable[Reason], config: EngineConfig) -> Channel:
    """The candidate channel: the score's channel or a named one, whichever is more intrusive."""
    channel = Channel.GREEN
    if score >= config.red_at:
        channel = Channel.RED
    elif score >= config.yellow_at:
        channel = Channel.YELLOW
    for reason in reasons:
        if reason.channel is not None and INTRUSIVENESS[reason.channel] > INTRUSIVENESS[channel]:
            channel = reason.channel
    return channel


class Engine:
    """Combines reason providers into explained candidate assessments."""

    def __init__(
        self, providers: Sequence[ReasonProvider], config: EngineConfig | None = None
    ) -> None:
        self.providers = tuple(providers)
        self.config = config or EngineConfig()
        names = [p.name for p in self.providers]
        if len(set(names)) != len(names):
            raise ValueError(f"reason providers need distinct names; got {names}")
        self.provider_versions = {p.name: p.version for p in self.providers}

    def assess(self, declaration: Declaration, at: datetime) -> Assessment:
        """The candidate assessment of one declaration, with every reason and version."""
        reasons: list[Reason] = []
        for provider in self.providers:
            reasons.extend(provider.reasons(declaration))
        return self._explained(declaration, reasons, at)

    def _explained(
        self, declaration: Declaration, reasons: list[Reason], at: datetime
    ) -> Assessment:
        score = score_of(reasons)
        profile_versions = {
            r.code: int(r.details.get("version", 0))
            for r in reasons
            if r.source is ReasonSource.PROFILE
        }
        return Assessment(
            declaration_id=declaration.id,
            channel=channel_for(score, reasons, self.config),
            score=score,
            reasons=tuple(reasons),
            assessed_at=at,
            engine_version=ENGINE_VERSION,
            profile_versions=profile_versions,
            model_version=self.provider_versions.get("model"),
            provider_versions=dict(self.provider_versions),
        )

    def assess_many(self, declarations: Iterable[Declaration], at: datetime) -> list[Assessment]:
        """Candidate assessments of many declarations, in order.

        A provider with a `reasons_many` method (the model) is asked once for the whole batch.
        """
        batch = list(declarations)
        gathered: list[list[Reason]] = [[] for _ in batch]
        for provider in self.providers:
            many = getattr(provider, "reasons_many", None)
            found = many(batch) if many is not None else [provider.reasons(d) for d in batch]
            for reasons, more in zip(gathered, found, strict=True):
                reasons.extend(more)
        return [self._explained(d, r, at) for d, r in zip(batch, gathered, strict=True)]
