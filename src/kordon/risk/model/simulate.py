"""`kordon bench selection`: replay the declarations week by week under selection bias.

Each policy sees every declaration as it arrives but the label only of those it selected. The
first weeks are selected at random (there is no model yet); after that the model is retrained
on the labels revealed so far every few weeks, and scores each week with the history known at
that time. Precision and recall are counted per period against all violations in the period.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from kordon.risk.model.estimator import TargetingModel
from kordon.risk.model.history import History
from kordon.risk.model.policy import Exploration, select

POLICIES = ("exploit only", "exploit + random 10%", "exploit + weighted 10%", "random")


@dataclass
class PolicyRun:
    """What one policy selected and found, per period."""

    policy: str
    rate: float
    selected: dict[str, int] = field(default_factory=dict)
    hits: dict[str, int] = field(default_factory=dict)
    violations: dict[str, int] = field(default_factory=dict)

    def precision(self, period: str) -> float:
        """Violations found per inspection in a period."""
        n = self.selected.get(period, 0)
        return self.hits.get(period, 0) / n if n else float("nan")

    def recall(self, period: str) -> float:
        """Share of the period's violations that were found."""
        n = self.violations.get(period, 0)
        return self.hits.get(period, 0) / n if n else float("nan")

    def total_precision(self) -> float:
        """Precision over the whole replay."""
        n = sum(self.selected.values())
        return sum(self.hits.values()) / n if n else float("nan")

    def total_recall(self) -> float:
        """Recall over the whole replay."""
        n = sum(self.violations.values())
        return sum(self.hits.values()) / n if n else float("nan")


def _policy_shape(policy: str) -> tuple[float, Exploration] | None:
    """Exploration share and kind of a policy, None for pure random selection."""
    if policy == "random":
        return None
    if policy == "exploit only":
        return 0.0, Exploration.RANDOM
    kind = Exploration.WEIGHTED if "weighted" in policy else Exploration.RANDOM
    return 0.10, kind


def replay(
    frame: pd.DataFrame,
    policy: str,
    rate: float,
    *,
    warmup_weeks: int = 4,
    retrain_every: int = 4,
    period: str = "M",
    seed: int = 0,
    model_factory: Callable[[], TargetingModel] | None = None,
    step: Callable[[], None] = lambda: None,
) -> PolicyRun:
    """Run one policy at one inspection rate over frame in date order."""
    shape = _policy_shape(policy)
    factory = model_factory or (lambda: TargetingModel(n_estimators=150, critical_estimators=0))
    rng = np.random.default_rng(seed)
    data = frame.sort_values("lodged_at", kind="stable").reset_index(drop=True)
    truth = data["fraud"].to_numpy().copy()
    truth_crit = data["critical"].to_numpy().copy()
    seen = data.assign(fraud=np.nan, critical=np.nan)
    weeks = data["lodged_at"].dt.to_period("W").to_numpy()
    periods = data["lodged_at"].dt.to_period(period).astype(str).to_numpy()
    run = PolicyRun(policy=policy, rate=rate)
    model: TargetingModel | None = None
    history: History | None = None
    for number, week in enumerate(pd.unique(weeks)):
        rows = np.flatnonzero(weeks == week)
        capacity = max(1, round(len(rows) * rate))
        if shape is None or model is None or number < warmup_weeks:
            chosen = rng.choice(rows, size=capacity, replace=False)
        else:
            scores = model.predict_proba(seen.iloc[rows], history)[:, 1]
            share, kind = shape
            chosen = rows[select(scores, capacity, share, rng, kind).indices]
        seen.loc[chosen, "fraud"] = truth[chosen]
        seen.loc[chosen, "critical"] = truth_crit[chosen]
        for i in rows:
            run.selected.setdefault(periods[i], 0)
            run.hits.setdefault(periods[i], 0)
            run.violations[periods[i]] = run.violations.get(periods[i], 0) + int(truth[i])
        for i in chosen:
            run.selected[periods[i]] += 1
            run.hits[periods[i]] += int(truth[i])
        if shape is not None:
            known = seen.iloc[: rows[-1] + 1]
            due = number + 1 >= warmup_weeks and (number + 1 - warmup_weeks) % retrain_every == 0
            if due and known["fraud"].nunique() == 2:
                model = factory().fit(known)
                history = model.history_
            elif history is not None:
                history.add(seen.iloc[rows])
        step()
    return run


def week_count(frame: pd.DataFrame) -> int:
    """How many weeks a replay of frame takes."""
    return int(frame["lodged_at"].dt.to_period("W").nunique())
