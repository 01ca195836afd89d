"""Which declarations to inspect: most capacity on the highest scores, some on exploration.

Only inspected declarations get labels, so a policy that always takes the top scores learns
only about what it already suspects. Exploration spends a share of the capacity elsewhere:
"random" draws uniformly from the rest; "weighted" draws from the rest with probability
proportional to the score, which still reaches every declaration but wastes fewer inspections.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import numpy as np

EXPLOIT = "exploit"
EXPLORE = "explore"


class Exploration(StrEnum):
    """How the exploration share is drawn."""

    RANDOM = "random"
    WEIGHTED = "weighted"


@dataclass(frozen=True)
class Selection:
    """The chosen rows, each with why it was chosen (exploit or explore)."""

    indices: np.ndarray
    why: tuple[str, ...]


def select(
    scores: np.ndarray,
    capacity: int,
    exploration_share: float,
    rng: np.random.Generator,
    exploration: Exploration = Exploration.RANDOM,
) -> Selection:
    """Pick capacity rows: the top scores, plus exploration_share of capacity drawn elsewhere."""
    if not 0.0 <= exploration_share <= 1.0:
        raise ValueError(f"exploration share must be between 0 and 1, got {exploration_share}")
    values = np.asarray(scores, dtype=float)
    n = len(values)
    capacity = max(0, min(int(capacity), n))
    explore_count = round(capacity * exploration_share)
    exploit_count = capacity - explore_count
    order = np.argsort(-values, kind="stable")
    exploit = order[:exploit_count]
    rest = order[exploit_count:]
    if explore_count and len(rest):
        weights = None
        if exploration is Exploration.WEIGHTED:
            positive = np.clip(values[rest], 1e-6, None)
            weights = positive / positive.sum()
        explore = rng.choice(rest, size=min(explore_count, len(rest)), replace=False, p=weights)
    else:
        explore = np.array([], dtype=int)
    indices = np.concatenate([exploit, explore]).astype(int)
    why = (EXPLOIT,) * len(exploit) + (EXPLORE,) * len(explore)
    return Selection(indices=indices, why=why)
