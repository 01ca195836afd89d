"""`kordon bench targeting`: the model against the dataset paper's recipe and random selection.

Every method trains on the same earlier file and is judged on the same later one, in one run.
The baselines follow the KCS dataset paper: XGBoost and LightGBM on label-encoded columns.
"""

from __future__ import annotations

import resource
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import lightgbm as lgb
import numpy as np
import pandas as pd

from kordon.risk.model.estimator import TargetingModel
from kordon.risk.model.frame import CATEGORICAL_COLUMNS, NUMERIC_COLUMNS, frame_from_kcs_csv
from kordon.risk.model.kcs import TRAIN_FILE, VALID_FILE
from kordon.risk.model.metrics import best_recall_at, targeting_metrics

# The acceptance targets on a later period, as (figure, threshold).
TARGETS = {"p@5%": 0.97, "p@10%": 0.90, "r@10%": 0.42, "crit r@5%": 0.80}
TIME_BUDGET_S = 60.0
MEMORY_BUDGET_MB = 2048.0


@dataclass
class MethodResult:
    """One method's figures on the evaluation file."""

    name: str
    metrics: dict[str, float]
    train_s: float = float("nan")
    score_s: float = float("nan")
    peak_mb: float = float("nan")


@dataclass
class TargetingReport:
    """Everything the targeting benchmark measured."""

    train_rows: int
    eval_rows: int
    violation_rate: float
    best_recall_10: float
    results: list[MethodResult] = field(default_factory=list)
    scale_rows: int = 0
    scale_seconds: float = float("nan")
    scale_peak_mb: float = float("nan")


def peak_rss_mb() -> float:
    """The process's peak resident memory so far, in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def label_encoded(train: pd.DataFrame, other: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The paper's features: every column label-encoded on training codes (unseen -> -1)."""
    a, b = pd.DataFrame(index=train.index), pd.DataFrame(index=other.index)
    for column in CATEGORICAL_COLUMNS:
        codes = {v: i for i, v in enumerate(sorted(train[column].dropna().astype(str).unique()))}
        a[column] = train[column].astype(str).map(codes).fillna(-1).astype(int)
        b[column] = other[column].astype(str).map(codes).fillna(-1).astype(int)
    for column in NUMERIC_COLUMNS:
        a[column], b[column] = train[column], other[column]
    return a, b


def _baseline(name: str, train: pd.DataFrame, valid: pd.DataFrame) -> MethodResult:
    """Train one label-encoded baseline for violations and for critical violations."""
    x_train, x_valid = label_encoded(train, valid)
    started = time.perf_counter()
    models = []
    for label in ("fraud", "critical"):
        y = train[label].to_numpy()
        if name == "xgboost":
            from xgboost import XGBClassifier

            model = XGBClassifier(n_estimators=300, max_depth=6, learning_rate=0.1, n_jobs=2)
        else:
            model = lgb.LGBMClassifier(n_estimators=300, num_threads=2, verbose=-1)
        models.append(model.fit(x_train, y))
    train_s = time.perf_counter() - started
    started = time.perf_counter()
    fraud_score = models[0].predict_proba(x_valid)[:, 1]
    critical_score = models[1].predict_proba(x_valid)[:, 1]
    score_s = time.perf_counter() - started
    figures = targeting_metrics(
        valid["fraud"].to_numpy(), valid["critical"].to_numpy(), fraud_score, critical_score
    )
    return MethodResult(f"{name} (label-encoded)", figures, train_s, score_s, peak_rss_mb())


def _random(valid: pd.DataFrame, draws: int = 50, seed: int = 0) -> MethodResult:
    """Random selection, averaged over several draws."""
    rng = np.random.default_rng(seed)
    fraud, critical = valid["fraud"].to_numpy(), valid["critical"].to_numpy()
    runs = []
    for _ in range(draws):
        score = rng.random(len(valid))
        runs.append(targeting_metrics(fraud, critical, score))
    mean = {k: float(np.mean([r[k] for r in runs])) for k in runs[0]}
    return MethodResult("random selection", mean, 0.0, 0.0)


def run_targeting(
    train_file: Path = TRAIN_FILE,
    valid_file: Path = VALID_FILE,
    baselines: bool = True,
    scale: bool = True,
    step: Callable[[str], None] = lambda _: None,
) -> TargetingReport:
    """Train on the earlier file, evaluate on the later one, and measure every method."""
    step("reading data")
    train = frame_from_kcs_csv(train_file)
    valid = frame_from_kcs_csv(valid_file)
    fraud = valid["fraud"].to_numpy()
    report = TargetingReport(
        train_rows=len(train),
        eval_rows=len(valid),
        violation_rate=float(fraud.mean()),
        best_recall_10=best_recall_at(fraud, 0.10),
    )
    step("training Kordon's model")
    started = time.perf_counter()
    model = TargetingModel().fit(train)
    train_s = time.perf_counter() - started
    step("scoring with Kordon's model")
    started = time.perf_counter()
    scores = model.score_frame(valid)
    score_s = time.perf_counter() - started
    figures = targeting_metrics(
        fraud,
        valid["critical"].to_numpy(),
        scores["fraud_score"].to_numpy(),
        scores["critical_score"].to_numpy(),
    )
    report.results.append(MethodResult("kordon", figures, train_s, score_s, peak_rss_mb()))
    if baselines:
        for name in ("xgboost", "lightgbm"):
            step(f"training the {name} baseline")
            report.results.append(_baseline(name, train, valid))
    report.results.append(_random(valid))
    if scale:
        step("training on train+valid and scoring (time budget)")
        both = pd.concat([train, valid], ignore_index=True)
        started = time.perf_counter()
        TargetingModel().fit(both).score_frame(valid)
        report.scale_rows = len(both)
        report.scale_seconds = time.perf_counter() - started
        report.scale_peak_mb = peak_rss_mb()
    return report
