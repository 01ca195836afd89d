"""Building the demo: a scenario's traffic, history, profiles and channels in the database."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kordon.domain import Channel, Checkpoint
from kordon.domain.profile import RiskProfile
from kordon.domain.watchlist import WatchlistEntry
from kordon.intake.layout import IntakeRecord
from kordon.intake.reader import ParsedRow
from kordon.risk.engine import Engine
from kordon.risk.model.scoring import model_version
from kordon.risk.profiles import import_profiles
from kordon.scenario import Scenario, scenario_summary
from kordon.services import entity_index
from kordon.services.assessing import AssessSummary, SelectionPolicy, assess_pending
from kordon.services.importing import import_rows
from kordon.services.ports import Store, UnitOfWork
from kordon.services.training import train_from_store


@dataclass
class Catch:
    """Planted smuggling attempts sent to physical inspection, against random selection."""

    attempts: int = 0
    caught: int = 0
    random_expected: float = 0.0


@dataclass
class DemoResult:
    """What the demo built and how well the engine did on the planted networks."""

    scenario: dict[str, Any]
    imported: int
    inspections: int
    profiles: int
    watchlist: int
    model: str | None
    assessed: AssessSummary
    all_days: Catch
    today: Catch
    queue_today: dict[str, dict[str, int]] = field(default_factory=dict)


def _evaluate(
    store: Store, scenario: Scenario, capacities: dict[str, int | None], only_today: bool
) -> Catch:
    """Count planted attempts that went red, and what random selection would expect."""
    catch = Catch()
    per_day: Counter[tuple[str, object]] = Counter(
        (d.checkpoint, d.lodged_at.date()) for d in scenario.declarations
    )
    by_id = {d.id: d for d in scenario.declarations}
    with store.transaction() as uow:
        for declaration_id in scenario.ground_truth:
            declaration = by_id[declaration_id]
            if only_today and declaration.lodged_at.date() != scenario.today:
                continue
            stored = uow.declarations.get(declaration_id)
            catch.attempts += 1
            catch.caught += int(stored is not None and stored.channel is Channel.RED)
            capacity = capacities.get(declaration.checkpoint)
            traffic = per_day[(declaration.checkpoint, declaration.lodged_at.date())]
            catch.random_expected += 1.0 if capacity is None else min(1.0, capacity / traffic)
    return catch


def build_demo(
    store: Store,
    scenario: Scenario,
    checkpoints: Sequence[Checkpoint],
    profiles: Sequence[RiskProfile],
    watchlist: Sequence[WatchlistEntry],
    *,
    policy: SelectionPolicy,
    engine_factory: Callable[[UnitOfWork], Engine],
    model_dir: Path | None = None,
    on_progress: Callable[[str, int, int], None] | None = None,
) -> DemoResult:
    """Load a scenario as the system would see it, assess everything and evaluate the catch."""
    with store.transaction() as uow:
        uow.checkpoints.upsert_many(checkpoints)
        import_profiles(uow.profiles, profiles)
        uow.watchlist.save_many(watchlist)
        entity_index.index_watchlist(uow, watchlist)
    rows = (
        ParsedRow(index, IntakeRecord(declaration, None, index))
        for index, declaration in enumerate(scenario.declarations, start=1)
    )
    total = len(scenario.declarations)
    imported = import_rows(
        store,
        rows,
        source=f"demo scenario (seed {scenario.seed})",
        on_progress=(lambda n: on_progress("import", n, total)) if on_progress else None,
    )
    with store.transaction() as uow:
        uow.inspections.add_many(scenario.history)
        checkpoints_of = {d.id: d.checkpoint for d in scenario.declarations}
        for inspection in scenario.history:
            entity_index.index_inspection(
                uow, inspection, checkpoints_of.get(inspection.declaration_id)
            )
        for seizure in scenario.seizures():
            uow.seizures.add(seizure)
    # One thread: the demo's history is small, and OpenMP threads spin badly on a busy machine.
    model = train_from_store(store, model_dir, threads=1) if model_dir is not None else None
    with store.transaction() as uow:
        engine = engine_factory(uow)
    assessed = assess_pending(
        store,
        engine,
        policy,
        on_progress=(lambda n: on_progress("assess", n, total)) if on_progress else None,
    )
    capacities = {c.code: c.daily_capacity for c in checkpoints}
    queue: dict[str, dict[str, int]] = {}
    with store.transaction() as uow:
        for declaration in scenario.queue():
            stored = uow.declarations.get(declaration.id)
            channel = stored.channel.value if stored and stored.channel else "none"
            counts = queue.setdefault(declaration.checkpoint, {})
            counts[channel] = counts.get(channel, 0) + 1
    return DemoResult(
        scenario=scenario_summary(scenario),
        imported=imported.imported,
        inspections=len(scenario.history),
        profiles=len(profiles),
        watchlist=len(watchlist),
        model=model_version(model) if model is not None else None,
        assessed=assessed,
        all_days=_evaluate(store, scenario, capacities, only_today=False),
        today=_evaluate(store, scenario, capacities, only_today=True),
        queue_today=dict(sorted(queue.items())),
    )
