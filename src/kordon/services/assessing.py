"""Assessing declarations: the engine's candidates, then capacity and random control, stored.

Two forms, as selection has them: `assess_pending` decides whole checkpoint-days at once (the
highest scores take the red slots), and `assess_arrivals` decides declarations one by one as
they are lodged, counting the red slots already used that day.

Many processes, on one host or several, may assess the same checkpoint-day at once. Red slots
are therefore counted and taken under the checkpoint-day's lock in the database, held from the
count to the commit; the engine's work, which is most of the time, happens before the lock.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from kordon.domain import Assessment, Channel, Declaration, ReasonSource, clock
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

    def add(self, other: AssessSummary) -> None:
        """Add another summary's counts (of declarations assessed elsewhere)."""
        self.assessed += other.assessed
        for key, count in other.channels.items():
            self.channels[key] = self.channels.get(key, 0) + count
        self.random_controls += other.random_controls


def build_engine(
    uow: UnitOfWork, config: EngineConfig, extra: Sequence[ReasonProvider] = ()
) -> Engine:
    """An engine over the stored profiles plus any other providers (watchlist, model)."""
    return Engine([ProfileSet(uow.profiles.list()), *extra], config)


def _fired(assessment: Assessment) -> dict[str, int]:
    return {
        reason.code: int(reason.details.get("version", 0))
        for reason in assessment.reasons
        if reason.source is ReasonSource.PROFILE
    }


def store_assessment(
    uow: UnitOfWork, assessment: Assessment, *, actor: str = "engine"
) -> Assessment:
    """Store an assessment, the profiles that fired in it, and the declaration's channel."""
    (stored,) = store_assessments(uow, [assessment], actor=actor)
    return stored


def store_assessments(
    uow: UnitOfWork,
    items: Sequence[Assessment],
    *,
    actor: str = "engine",
    actors: Mapping[str, str] | None = None,
    channels_stored: bool = False,
) -> list[Assessment]:
    """Store assessments, the profiles that fired in them and the declarations' channels
    (unless the declarations were stored with them), a few statements for the lot rather
    than a few per assessment. The audit trail names `actor`, or the one `actors` gives for
    a declaration id (lodgements of several accounts stored together)."""
    ids = uow.assessments.add_many(items)
    stored = [assessment.stored_as(key) for assessment, key in zip(items, ids, strict=True)]
    uow.profiles.record_fired_many(
        [(key, a.declaration_id, _fired(a)) for a, key in zip(stored, ids, strict=True)]
    )
    if not channels_stored:
        uow.declarations.set_channels([(a.declaration_id, a.channel) for a in stored])
    for assessment in stored:
        by = actors.get(assessment.declaration_id, actor) if actors else actor
        audit.record_assessment(uow, assessment, actor=by)
    return stored


def _capacities(uow: UnitOfWork) -> dict[str, int | None]:
    return {checkpoint.code: checkpoint.daily_capacity for checkpoint in uow.checkpoints.list()}


def _lock_days(
    uow: UnitOfWork, days: Sequence[tuple[str, date]], capacities: dict[str, int | None]
) -> dict[tuple[str, date], int]:
    """Lock the capacity-bound checkpoint-days (in one order, so that two transactions never
    wait for each other) and count the red slots each has used."""
    bound = [key for key in sorted(set(days)) if capacities.get(key[0]) is not None]
    return uow.checkpoints.claim_days(bound)


def assess_arrivals(
    store: Store,
    engine: Engine,
    ids: Sequence[str],
    policy: SelectionPolicy,
    *,
    actor: str = "engine",
) -> list[Assessment]:
    """Assess newly lodged declarations one by one, within the day's remaining red slots;
    the audit trail names the account that lodged them."""
    with store.transaction() as uow:
        declarations = [stored.declaration for stored in uow.declarations.get_many(ids)]
    if not declarations:
        return []
    candidates = engine.assess_many(declarations, clock.now())
    with store.transaction() as uow:
        return settle_arrivals(uow, declarations, candidates, policy, actor=actor)


def settle_arrivals(
    uow: UnitOfWork,
    declarations: Sequence[Declaration],
    candidates: Sequence[Assessment],
    policy: SelectionPolicy,
    *,
    actor: str = "engine",
) -> list[Assessment]:
    """Give stored declarations their channels from their candidates (computed beforehand,
    outside any lock) under the lock of each one's checkpoint-day, held until the caller's
    transaction commits; store the assessments."""
    finals = decide_arrivals(uow, declarations, candidates, policy)
    return store_assessments(uow, finals, actor=actor)


def decide_arrivals(
    uow: UnitOfWork,
    declarations: Sequence[Declaration],
    candidates: Sequence[Assessment],
    policy: SelectionPolicy,
) -> list[Assessment]:
    """The final channels of arriving declarations, one by one within each checkpoint-day's
    remaining red slots; the days stay locked until the caller's transaction ends, and the
    caller stores the assessments (and channels) in it."""
    if not declarations:
        return []
    keys = [(d.checkpoint, d.lodged_at.date()) for d in declarations]
    # Locked in one order (sorted), so that two transactions never wait for each other.
    capacities, used = uow.checkpoints.claim_bound_days(sorted(set(keys)))
    finals: list[Assessment] = []
    for key, candidate in zip(keys, candidates, strict=True):
        checkpoint, day = key
        final = decide(
            Candidate(candidate, checkpoint),
            used.get(key, 0),
            capacities.get(checkpoint),
            policy.random_share,
            policy.seed,
            day,
        )
        if final.channel is Channel.RED and key in used:
            used[key] += 1
        finals.append(final)
    return finals


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

    Candidates are computed for several checkpoint-days at once (the model scores a batch far
    faster than one declaration at a time); selection and storage go one checkpoint-day per
    transaction. Memory stays bounded by the batch, whatever the number pending.
    """
    with store.transaction() as uow:
        days = uow.declarations.unassessed_days()
    return assess_days(store, engine, policy, pending_days(days), on_progress=on_progress)


DayIds = tuple[tuple[str, date], list[str]]


def pending_days(days: dict[tuple[str, date], list[str]]) -> list[DayIds]:
    """Checkpoint-days and their declaration ids, earliest day first."""
    return sorted(days.items(), key=lambda item: (item[0][1], item[0][0]))


def assess_days(
    store: Store,
    engine: Engine,
    policy: SelectionPolicy,
    days: Sequence[DayIds],
    *,
    on_progress: Callable[[int], None] | None = None,
) -> AssessSummary:
    """Assess the declarations of whole checkpoint-days, deciding each day on its own."""
    summary = AssessSummary()
    with store.transaction() as uow:
        capacities = _capacities(uow)
    batch: list[DayIds] = []
    for item in days:
        batch.append(item)
        if sum(len(ids) for _, ids in batch) >= CANDIDATE_BATCH:
            _assess_batch(store, engine, policy, batch, capacities, summary, on_progress)
            batch = []
    _assess_batch(store, engine, policy, batch, capacities, summary, on_progress)
    return summary


def _assess_batch(
    store: Store,
    engine: Engine,
    policy: SelectionPolicy,
    batch: Sequence[DayIds],
    capacities: dict[str, int | None],
    summary: AssessSummary,
    on_progress: Callable[[int], None] | None,
) -> None:
    if not batch:
        return
    with store.transaction() as uow:
        declarations = uow.declarations.get_many([i for _, ids in batch for i in ids])
    candidates = engine.assess_many([s.declaration for s in declarations], clock.now())
    groups: dict[tuple[str, date], list[Assessment]] = {}
    for stored, candidate in zip(declarations, candidates, strict=True):
        key = (stored.declaration.checkpoint, stored.declaration.lodged_at.date())
        groups.setdefault(key, []).append(candidate)
    for (checkpoint, day), found in groups.items():
        with store.transaction() as uow:
            capacity = capacities.get(checkpoint)
            used = _lock_days(uow, [(checkpoint, day)], capacities).get((checkpoint, day), 0)
            remaining = None if capacity is None else max(capacity - used, 0)
            finals = select_channels(
                [Candidate(c, checkpoint) for c in found],
                {checkpoint: remaining},
                policy.random_share,
                policy.seed,
                day,
                policy.fill_from,
            )
            for stored_assessment in store_assessments(uow, finals):
                summary.count(stored_assessment)
        if on_progress:
            on_progress(len(found))
