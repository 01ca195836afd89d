"""Counts that describe a scenario, for the demo's opening screen and for tests."""

from __future__ import annotations

from collections import Counter
from typing import Any

from kordon.scenario.model import Fate, Scenario


def scenario_summary(scenario: Scenario) -> dict[str, Any]:
    """Declarations per checkpoint, inspections, findings and planted attempts per network."""
    per_checkpoint = Counter(d.checkpoint for d in scenario.declarations)
    queue = Counter(d.checkpoint for d in scenario.queue())
    findings = [i for i in scenario.history if i.found_violation]
    past = len(scenario.declarations) - sum(queue.values())
    planted: dict[str, dict[str, int]] = {}
    for case in scenario.ground_truth.values():
        fates = planted.setdefault(case.network, {fate.value: 0 for fate in Fate})
        fates[case.fate.value] += 1
    return {
        "seed": scenario.seed,
        "start": scenario.start.isoformat(),
        "today": scenario.today.isoformat(),
        "days": (scenario.today - scenario.start).days + 1,
        "declarations": len(scenario.declarations),
        "declarations_per_checkpoint": dict(sorted(per_checkpoint.items())),
        "queue_today": sum(queue.values()),
        "queue_per_checkpoint": dict(sorted(queue.items())),
        "inspections": len(scenario.history),
        "inspection_rate": round(len(scenario.history) / past, 4) if past else 0.0,
        "findings": len(findings),
        "seizures": sum(1 for i in findings if i.outcome.value == "seizure"),
        "hit_rate": round(len(findings) / len(scenario.history), 4) if scenario.history else 0.0,
        "hidden_violations": len(scenario.hidden_violations),
        "networks": len(scenario.networks),
        "planted_by_network": dict(sorted(planted.items())),
        "watchlist_entries": len(scenario.watchlist),
    }
