"""How long the demo scenario takes to generate, against its five-second target."""

from __future__ import annotations

import time
from typing import Any

from kordon.scenario.generator import generate_scenario

TARGET_SECONDS = 5.0


def bench_generation(seed: int = 7, days: int = 60, repeats: int = 3) -> dict[str, Any]:
    """Generate the scenario `repeats` times and report the best time against the target."""
    timings: list[float] = []
    declarations = 0
    for _ in range(repeats):
        started = time.perf_counter()
        scenario = generate_scenario(seed=seed, days=days)
        timings.append(time.perf_counter() - started)
        declarations = len(scenario.declarations)
    best = min(timings)
    return {
        "days": days,
        "declarations": declarations,
        "best_seconds": round(best, 3),
        "declarations_per_second": round(declarations / best),
        "target_seconds": TARGET_SECONDS,
        "within_target": best <= TARGET_SECONDS,
    }
