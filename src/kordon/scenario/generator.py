"""The deterministic scenario generator behind `kordon demo`."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from kordon.domain import Checkpoint, Declaration
from kordon.scenario.decoys import decoy_drafts
from kordon.scenario.history import simulate_history
from kordon.scenario.lanes import LANES
from kordon.scenario.model import HiddenViolation, PlantedCase, Scenario
from kordon.scenario.networks import ATTEMPTS, NETWORKS, network
from kordon.scenario.planting import planted_draft
from kordon.scenario.population import build_population
from kordon.scenario.traffic import WEEKDAY_FACTOR, Draft, background_draft, daily_count
from kordon.scenario.watchlist import build_watchlist

DEFAULT_END = date(2026, 11, 24)
# Daily physical-inspection capacity per office, as in data/checkpoints/azerbaijan.yaml.
DEFAULT_CAPACITY: dict[str, int | None] = {
    "AZ-AST": 20, "AZ-BIL": 8, "AZ-SAM": 16, "AZ-YAL": 4, "AZ-RBR": 12, "AZ-BKS": 4,
    "AZ-MZM": 3, "AZ-ALT": 15, "AZ-GYD": 12, "AZ-CUL": 4, "AZ-SDR": 4,
}  # fmt: skip


def generate_scenario(
    seed: int = 7,
    days: int = 60,
    end: date = DEFAULT_END,
    trucks_per_day_scale: float = 1.0,
    checkpoints: Sequence[Checkpoint] | None = None,
) -> Scenario:
    """Generate `days` days of traffic ending on `end` (today, the unassessed queue)."""
    if days < 1:
        raise ValueError(f"days must be at least 1, not {days}")
    if trucks_per_day_scale <= 0:
        raise ValueError(f"trucks_per_day_scale must be positive, not {trucks_per_day_scale}")
    start = end - timedelta(days=days - 1)
    population = build_population(random.Random(f"{seed}:population"), days)
    planted_rng = random.Random(f"{seed}:networks")
    by_day: list[list[Draft]] = []
    decoy_kinds: dict[int, str] = {}
    for day_index in range(days):
        day = start + timedelta(days=day_index)
        rng = random.Random(f"{seed}:traffic:{day.isoformat()}")
        factor = WEEKDAY_FACTOR[day.weekday()] * trucks_per_day_scale
        drafts = [
            background_draft(rng, population, lane_index, day_index, day)
            for lane_index, lane in enumerate(LANES)
            for _ in range(daily_count(rng, lane.per_day * factor))
        ]
        offset = days - 1 - day_index
        drafts += [
            planted_draft(planted_rng, population, attempt, day_index, day)
            for attempt in ATTEMPTS
            if attempt.offset == offset
        ]
        if offset == 0:
            for kind, draft in decoy_drafts(random.Random(f"{seed}:decoys"), population,
                                            day_index, day):  # fmt: skip
                decoy_kinds[id(draft)] = kind
                drafts.append(draft)
        drafts.sort(key=lambda d: (d.lodged_at, d.checkpoint))
        by_day.append(drafts)

    ids: dict[int, str] = {}
    declarations: list[Declaration] = []
    for day_index, drafts in enumerate(by_day):
        day = start + timedelta(days=day_index)
        counters: Counter[str] = Counter()
        for draft in drafts:
            counters[draft.checkpoint] += 1
            declaration_id = f"{draft.checkpoint}-{day:%Y%m%d}-{counters[draft.checkpoint]:04d}"
            ids[id(draft)] = declaration_id
            declarations.append(_declaration(declaration_id, draft))

    capacity = dict(DEFAULT_CAPACITY)
    if checkpoints is not None:
        capacity.update({c.code: c.daily_capacity for c in checkpoints})
    history, fates = simulate_history(random.Random(f"{seed}:history"), by_day[:-1], ids, capacity)
    ground_truth: dict[str, PlantedCase] = {}
    hidden: dict[str, HiddenViolation] = {}
    for drafts in by_day:
        for draft in drafts:
            declaration_id = ids[id(draft)]
            if draft.attempt is not None:
                plant = network(draft.attempt.network)
                ground_truth[declaration_id] = PlantedCase(
                    declaration_id=declaration_id,
                    network=plant.code,
                    substance=plant.substance,
                    quantity=draft.attempt.quantity,
                    unit=plant.unit,
                    concealment_location=plant.concealment_location,
                    concealment_method=plant.concealment_method,
                    fate=fates.get(declaration_id, draft.attempt.fate),
                )
            elif draft.violation is not None:
                hidden[declaration_id] = HiddenViolation(
                    declaration_id, draft.violation, draft.violation_detail
                )
    decoys = {ids[key]: kind for key, kind in decoy_kinds.items()}
    watchlist = build_watchlist(random.Random(f"{seed}:watchlist"), population, end)
    return Scenario(
        seed=seed,
        start=start,
        today=end,
        declarations=declarations,
        history=history,
        ground_truth=ground_truth,
        networks=list(NETWORKS),
        hidden_violations=hidden,
        watchlist=watchlist,
        decoys=decoys,
    )


def _declaration(declaration_id: str, draft: Draft) -> Declaration:
    fields: dict[str, Any] = dict(draft.fields)
    fields["items"] = tuple(fields["items"])
    return Declaration(
        id=declaration_id, lodged_at=draft.lodged_at, checkpoint=draft.checkpoint, **fields
    )
