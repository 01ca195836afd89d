"""Assessing declarations: the engine's candidates, then capacity and random control, stored.

Two forms, as selection has them: `assess_pending` decides whole checkpoint-days at once (the
highest scores take the red slots), and `assess_arrivals` decides declarations one by one as
they are lodged, counting the red slots already used that day.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from kordon.domain import Assessment, Declaration, ReasonSource, clock
from kordon.domain.profile import RiskProfile
from kordon.risk.engine import Engine, EngineConfig, ReasonProvider
from kordon.risk.profiles import ProfileSet
from kordon.risk.selection import Candidate, decide, select_channels
from kordon.services import audit
from kordon.services.ports import Store, UnitOfWork

# Declarations whose candidates are computed together (the model scores a batch at once).
CANDIDATE_BATCH = 5000


@dataclass(frozen=True)
class SelectionPolicy:
    """How candidates become channels: random control share, its seed, spare-capacity floor."""

    random_share: float
    seed: str
    fill_from: float | None = None


@dataclass
class AssessSummary:
    """How many declarations got which channel."""

    assessed: int = 0
    channels: dict[str, int] = field(default_factory=dict)
    random_controls: int = 0

    def count(self, assessment: Assessment) -> None:
        """Count one stored assessment."""
        self.assessed += 1
        key = assessment.channel.value
        self.channels[key] = self.channels.get(key, 0) + 1
        self.random_controls += int(assessment.random_control)


def build_engine(
    uow: UnitOfWork, config: EngineConfig, extra: Sequence[ReasonProvider] = ()
) -> Engine:
    """An engine over the stored profiles plus any other providers (watchlist, model)."""
    return Engine([ProfileSet(uow.profiles.list()), *extra], config)


def store_assessment(uow: UnitOfWork, assessment: Assessment) -> Assessment:
    """Store an assessment, the profiles that fired in it, and the declaration's channel."""
    assessment_id = uow.assessments.add(assessment)
    fired = {
        reason.code: int(reason.details.get("version", 0))
        for reason in assessment.reasons
        if reason.source is ReasonSource.PROFILE
    }
    uow.profiles.record_fired(assessment_id, assessment.declaration_id, fired)
    uow.declarations.set_channel(assessment.declaration_id, assessment.channel)
    stored = replace(assessment, id=assessment_id)
    audit.record_assessment(uow, stored)
    return stored


def _capacities(uow: UnitOfWork) -> dict[str, int | None]:
    return {checkpoint.code: checkpoint.daily_capacity for checkpoint in uow.checkpoints.list()}


def assess_arrivals(
    store: Store, engine: Engine, ids: Sequence[str], policy: SelectionPolicy
) -> list[Assessment]:
    """Assess newly lodged declarations one by one, within the day's remaining red slots."""
    results: list[Assessment] = []
    with store.transaction() as uow:
        capacities = _capacities(uow)
        for stored in uow.declarations.get_many(ids):
            declaration = stored.declaration
            day = declaration.lodged_at.date()
            candidate = Candidate(engine.assess(declaration, clock.now()), declaration.checkpoint)
            final = decide(
                candidate,
                uow.declarations.red_count(declaration.checkpoint, day),
                capacities.get(declaration.checkpoint),
                policy.random_share,
                policy.seed,
                day,
            )
            results.append(store_assessment(uow, final))
    return results


def pending_count(store: Store) -> int:
    """How many stored declarations have no channel yet."""
    with store.transaction() as uow:
        return len(uow.declarations.unassessed_ids())


def preview(
    declarations: Sequence[Declaration],
    profiles: Sequence[RiskProfile],
    config: EngineConfig,
    policy: SelectionPolicy,
    *,
    capacity: int | None,
) -> list[Assessment]:
    """What these profiles alone would decide for these declarations, nothing stored:
    candidates, then `capacity` red slots per checkpoint and day and the random control."""
    engine = Engine([ProfileSet(profiles)], config)
    by_day: dict[date, list[Candidate]] = {}
    for declaration, candidate in zip(
        declarations, engine.assess_many(declarations, clock.now()), strict=True
    ):
        by_day.setdefault(declaration.lodged_at.date(), []).append(
            Candidate(candidate, declaration.checkpoint)
        )
    capacities = {d.checkpoint: capacity for d in declarations}
    final: list[Assessment] = []
    for day, candidates in sorted(by_day.items()):
        final.extend(select_channels(candidates, capacities, policy.random_share, policy.seed,
                                     day, policy.fill_from))  # fmt: skip
    return final


def assess_pending(
    store: Store,
    engine: Engine,
    policy: SelectionPolicy,
    *,
    on_progress: Callable[[int], None] | None = None,
) -> AssessSummary:
    """Assess every declaration without a channel, then select channels a checkpoint-day at a time.

    Candidates are computed in large batches (the model scores a batch far faster than one
    declaration at a time); selection and storage go one checkpoint-day per transaction.
    """
    summary = AssessSummary()
    with store.transaction() as uow:
        pending = uow.declarations.unassessed_ids()
        capacities = _capacities(uow)
    groups: dict[tuple[str, date], list[Assessment]] = {}
    now = clock.now()
    for start in range(0, len(pending), CANDIDATE_BATCH):
        with store.transaction() as uow:
            batch = [
                s.declaration
                for s in uow.declarations.get_many(pending[start : start + CANDIDATE_BATCH])
            ]
        for declaration, candidate in zip(batch, engine.assess_many(batch, now), strict=True):
            key = (declaration.checkpoint, declaration.lodged_at.date())
            groups.setdefault(key, []).append(candidate)
    for (checkpoint, day), candidates in sorted(
        groups.items(), key=lambda item: (item[0][1], item[0][0])
    ):
        with store.transaction() as uow:
            capacity = capacities.get(checkpoint)
            used = uow.declarations.red_count(checkpoint, day)
            remaining = None if capacity is None else max(capacity - used, 0)
            finals = select_channels(
                [Candidate(c, checkpoint) for c in candidates],
                {checkpoint: remaining},
                policy.random_share,
                policy.seed,
                day,
                policy.fill_from,
            )
            for final in finals:
                summary.count(store_assessment(uow, final))
        if on_progress:
            on_progress(len(candidates))
    return summary
