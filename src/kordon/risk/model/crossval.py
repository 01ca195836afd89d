"""Choosing the model's settings on the training period alone, with time-based folds.

A fold trains on the months up to a cut and is judged on the months after it, exactly as the
benchmark trains on one year and is judged on the next quarter: entity history comes from the
fold's training rows only, so no label of the validation months reaches training or features.
The later file (and any held-back quarter) is never read here, so settings chosen with these
folds are not tuned to the period they are finally judged on.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from kordon.domain.errors import Invalid
from kordon.risk.model.estimator import TargetingModel
from kordon.risk.model.metrics import targeting_metrics

# (training months, last validation month), counted from the first month of the data.
DEFAULT_SPLITS = ((6, 9), (9, 12))
# The figures a candidate is compared on; the last one is what the comparison optimises.
GUARDED = ("p@5%", "p@10%", "r@10%")
OBJECTIVE = "crit r@5%"
# Rare positives: smaller trees, more rows per leaf, an L2 penalty on leaf values.
_RARE = {"critical_num_leaves": 15, "critical_min_child_samples": 50, "critical_reg_lambda": 5.0}
# The critical-ranking settings compared for docs/targeting-model.md; the first is the default.
CANDIDATES: dict[str, dict[str, Any]] = {
    "current": {},
    "geometric": {"critical_combine": "geometric"},
    "rare": dict(_RARE),
    "rare+geometric": {**_RARE, "critical_combine": "geometric"},
    "rare+weighted": {**_RARE, "critical_scale_pos_weight": 5.0},
    "rare+weighted+geometric": {
        **_RARE,
        "critical_scale_pos_weight": 5.0,
        "critical_combine": "geometric",
    },
}


class FoldError(Invalid, ValueError):
    """The data cannot be cut into the requested folds."""


@dataclass(frozen=True)
class Fold:
    """Train on lodged_at < train_end, validate on train_end <= lodged_at < valid_end."""

    name: str
    train_end: pd.Timestamp
    valid_end: pd.Timestamp

    def split(self, frame: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
        """The fold's training rows and validation rows of frame."""
        when = frame["lodged_at"]
        train = frame[when < self.train_end]
        valid = frame[(when >= self.train_end) & (when < self.valid_end)]
        return train, valid


def month_folds(
    frame: pd.DataFrame, splits: Sequence[tuple[int, int]] = DEFAULT_SPLITS
) -> list[Fold]:
    """Folds cut at whole months from the first month of frame, refusing empty ones."""
    if frame.empty:
        raise FoldError("no declarations to cut into folds")
    first = frame["lodged_at"].min().to_period("M").to_timestamp()
    folds = []
    for trained, last in splits:
        if not 0 < trained < last:
            raise FoldError(f"fold ({trained}, {last}): needs 0 < training months < last month")
        fold = Fold(
            name=f"months 1-{trained} -> {trained + 1}-{last}",
            train_end=first + pd.DateOffset(months=trained),
            valid_end=first + pd.DateOffset(months=last),
        )
        train, valid = fold.split(frame)
        if train["fraud"].notna().sum() == 0 or valid["fraud"].notna().sum() == 0:
            raise FoldError(f"fold {fold.name}: no labelled declarations on one side of the cut")
        folds.append(fold)
    return folds


@dataclass
class FoldResult:
    """One candidate's figures on one fold with one seed."""

    fold: str
    seed: int
    metrics: dict[str, float]
    critical_cases: int
    seconds: float


@dataclass
class CandidateResult:
    """One candidate's figures on every fold and seed."""

    name: str
    params: dict[str, Any]
    folds: list[FoldResult] = field(default_factory=list)

    def mean(self, figure: str) -> float:
        """The figure averaged over folds and seeds (folds where it is undefined left out)."""
        return float(np.nanmean([f.metrics[figure] for f in self.folds]))

    def critical_found(self) -> int:
        """Critical cases found in the top 5%, summed over folds and seeds."""
        # A fold without critical cases has no recall (NaN) and finds none.
        return sum(
            round(f.metrics[OBJECTIVE] * f.critical_cases) for f in self.folds if f.critical_cases
        )


def fold_scores(model: TargetingModel, frame: pd.DataFrame, fold: Fold) -> pd.DataFrame:
    """Fit a copy of model on the fold's training rows and score its validation rows."""
    train, valid = fold.split(frame)
    # Labels of the validation rows are dropped before they get near the model.
    blind = valid.assign(fraud=np.nan, critical=np.nan)
    fitted = TargetingModel(**model.get_params()).fit(train)
    return fitted.score_frame(blind)


def evaluate(
    name: str,
    params: Mapping[str, Any],
    frame: pd.DataFrame,
    folds: Sequence[Fold],
    seeds: Sequence[int] = (0,),
    step: Callable[[str], None] = lambda _: None,
) -> CandidateResult:
    """One candidate's targeting figures on every fold, once per seed."""
    result = CandidateResult(name, dict(params))
    for fold in folds:
        _, valid = fold.split(frame)
        critical = valid["critical"].to_numpy()
        for seed in seeds:
            step(f"{name}: {fold.name}, seed {seed}")
            started = time.perf_counter()
            model = TargetingModel(**{**params, "random_state": seed})
            scores = fold_scores(model, frame, fold)
            metrics = targeting_metrics(
                valid["fraud"].to_numpy(),
                critical,
                scores["fraud_score"].to_numpy(),
                scores["critical_score"].to_numpy(),
            )
            seconds = time.perf_counter() - started
            cases = int(np.nansum(critical))
            result.folds.append(FoldResult(fold.name, seed, metrics, cases, seconds))
    return result


def compare(
    candidates: Mapping[str, Mapping[str, Any]],
    frame: pd.DataFrame,
    folds: Sequence[Fold],
    seeds: Sequence[int] = (0,),
    step: Callable[[str], None] = lambda _: None,
) -> list[CandidateResult]:
    """Every candidate's figures on the same folds and seeds, in the order given."""
    return [
        evaluate(name, params, frame, folds, seeds, step) for name, params in candidates.items()
    ]


def choose(
    results: Sequence[CandidateResult], tolerance: float = 0.0, min_gain: float = 0.01
) -> CandidateResult:
    """The candidate finding the most critical cases without losing on the guarded figures.

    The first result is the current model. A candidate qualifies when, on every fold and seed,
    each of p@5%, p@10% and r@10% is at least the current model's minus tolerance, and when it
    finds more critical cases than the current model by at least min_gain of all the critical
    cases of the folds and seeds: with about 90 critical cases a fold, a change of seed alone
    moves the count by a few, and that is no reason to change the model.
    """
    if not results:
        raise ValueError("no candidates to choose from")
    base = results[0]
    cases = sum(f.critical_cases for f in base.folds)
    needed = max(1, math.ceil(min_gain * cases))
    best = base
    for candidate in results[1:]:
        guarded = all(
            mine.metrics[g] >= theirs.metrics[g] - tolerance
            for mine, theirs in zip(candidate.folds, base.folds, strict=True)
            for g in GUARDED
        )
        gain = candidate.critical_found() - base.critical_found()
        if guarded and gain >= needed and candidate.critical_found() > best.critical_found():
            best = candidate
    return best
