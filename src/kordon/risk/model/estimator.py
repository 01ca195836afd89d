"""The targeting model: two gradient-boosted tree ensembles over entity history features.

It follows scikit-learn's estimator contract: `__init__` stores hyper-parameters only, `fit`
returns self and sets attributes ending in `_`, `predict_proba` gives the violation
probability. A second ensemble gives the probability of a critical violation (drugs, weapons,
public safety), read with `predict_critical`.

Critical cases are about 1% of inspections, so the critical ensembles have their own
hyper-parameters (`critical_*`); `critical_combine` says how the direct and the chain-rule
estimates make one score. `kordon.risk.model.crossval` compares settings on the training
period alone.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import lightgbm as lgb
import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.utils.validation import check_is_fitted

from kordon.domain.errors import Invalid
from kordon.risk.model.features import FeatureSpec, build_features, learn_categories
from kordon.risk.model.frame import COLUMNS
from kordon.risk.model.history import History, past_statistics

# How the direct and the chain-rule estimates of a critical violation are combined.
COMBINATIONS = ("mean", "geometric", "direct", "chain")


class ModelError(Invalid, ValueError):
    """The model cannot be trained or used on the data it was given."""


@dataclass(frozen=True, eq=False)
class TrainJob:
    """One ensemble to boost: its parameters, rows, labels and rounds. The jobs of one fit do
    not depend on each other, so a cluster may boost them at the same time."""

    params: dict[str, Any]
    matrix: pd.DataFrame
    labels: np.ndarray
    rounds: int
    categorical: list[str] = field(default_factory=list)


def train_job(job: TrainJob) -> lgb.Booster:
    """Boost one ensemble (the same call wherever it runs, so the result is the same)."""
    data = lgb.Dataset(
        job.matrix, job.labels, categorical_feature=job.categorical, free_raw_data=True
    )
    return lgb.train(job.params, data, num_boost_round=job.rounds)


def train_here(jobs: Sequence[TrainJob]) -> list[lgb.Booster]:
    """Boost the ensembles one after the other in this process."""
    return [train_job(job) for job in jobs]


# How a fit boosts its ensembles: in this process, or on a cluster (kordon.services.cluster).
Trainer = Callable[[Sequence[TrainJob]], list[lgb.Booster]]


def _check_frame(frame: pd.DataFrame) -> None:
    """Refuse a table that lacks canonical columns, naming them."""
    if not isinstance(frame, pd.DataFrame):
        raise ModelError("the targeting model reads a canonical pandas DataFrame (see frame.py)")
    missing = [c for c in COLUMNS if c not in frame.columns]
    if missing:
        raise ModelError(f"the table lacks canonical column(s): {', '.join(missing)}")


class TargetingModel(ClassifierMixin, BaseEstimator):  # type: ignore[misc]
    """Scores declarations by the probability that inspection finds a violation."""

    NAME = "kordon-targeting"
    VERSION = "1.0"

    def __init__(
        self,
        n_estimators: int = 400,
        learning_rate: float = 0.05,
        num_leaves: int = 31,
        min_child_samples: int = 20,
        feature_fraction: float = 0.8,
        critical_estimators: int = 300,
        critical_num_leaves: int | None = None,
        critical_min_child_samples: int | None = None,
        critical_reg_lambda: float = 0.0,
        critical_scale_pos_weight: float = 1.0,
        critical_combine: str = "mean",
        smoothing: float = 5.0,
        max_bin: int = 255,
        num_threads: int = 2,
        random_state: int = 0,
    ) -> None:
        self.n_estimators = n_estimators
        self.learning_rate = learning_rate
        self.num_leaves = num_leaves
        self.min_child_samples = min_child_samples
        self.feature_fraction = feature_fraction
        self.critical_estimators = critical_estimators
        self.critical_num_leaves = critical_num_leaves
        self.critical_min_child_samples = critical_min_child_samples
        self.critical_reg_lambda = critical_reg_lambda
        self.critical_scale_pos_weight = critical_scale_pos_weight
        self.critical_combine = critical_combine
        self.smoothing = smoothing
        self.max_bin = max_bin
        self.num_threads = num_threads
        self.random_state = random_state

    def _params(self) -> dict[str, Any]:
        """LightGBM parameters from the hyper-parameters."""
        return {
            "objective": "binary",
            "learning_rate": self.learning_rate,
            "num_leaves": self.num_leaves,
            "min_child_samples": self.min_child_samples,
            "feature_fraction": self.feature_fraction,
            "bagging_fraction": 0.8,
            "bagging_freq": 1,
            "max_bin": self.max_bin,
            "force_col_wise": True,
            "num_threads": self.num_threads,
            "seed": self.random_state,
            "deterministic": True,
            "verbose": -1,
        }

    def _critical_params(self, direct: bool) -> dict[str, Any]:
        """LightGBM parameters of the critical ensembles (None means as for violations)."""
        params = self._params()
        if self.critical_num_leaves is not None:
            params["num_leaves"] = self.critical_num_leaves
        if self.critical_min_child_samples is not None:
            params["min_child_samples"] = self.critical_min_child_samples
        params["lambda_l2"] = self.critical_reg_lambda
        # Reweighting positives only makes sense where they are rare: the direct ensemble.
        if direct and self.critical_scale_pos_weight != 1.0:
            params["scale_pos_weight"] = self.critical_scale_pos_weight
        return params

    def fit(
        self, X: pd.DataFrame, y: Any = None, *, trainer: Trainer = train_here
    ) -> TargetingModel:
        """Learn from inspected declarations; rows without a label count as traffic only.

        The history features are computed here, in time order, whatever `trainer` is: only
        the boosting of the (independent) ensembles goes where `trainer` sends it."""
        started = time.perf_counter()
        _check_frame(X)
        if self.critical_combine not in COMBINATIONS:
            raise ModelError(
                f"critical_combine must be one of {', '.join(COMBINATIONS)}, "
                f"not {self.critical_combine!r}"
            )
        if y is not None:
            X = X.assign(fraud=np.asarray(y, dtype=float))
        frame = X.sort_values("lodged_at", kind="stable").reset_index(drop=True)
        labelled = frame["fraud"].notna().to_numpy()
        fraud = frame["fraud"].to_numpy()[labelled]
        if labelled.sum() == 0 or len(np.unique(fraud)) < 2:
            raise ModelError(
                "training needs inspected declarations with and without a violation "
                f"(got {int(labelled.sum())} labelled rows, {int(np.nansum(fraud))} violations)"
            )
        self.spec_ = FeatureSpec(
            smoothing=float(self.smoothing), categories=learn_categories(frame)
        )
        matrix = build_features(frame, past_statistics(frame), self.spec_)
        self.feature_names_ = list(matrix.columns)
        self.n_features_in_ = len(self.feature_names_)
        categorical = [c for c in self.feature_names_ if c.startswith("cat_")]
        train = matrix[labelled]
        jobs = [TrainJob(self._params(), train, fraud, self.n_estimators, categorical)]
        critical = np.nan_to_num(frame["critical"].to_numpy()[labelled])
        self.critical_rate_ = float(critical.mean())
        # critical_estimators=0 skips the critical ensembles (the selection replay needs none).
        if len(np.unique(critical)) == 2 and self.critical_estimators > 0:
            rounds = self.critical_estimators
            # Critical cases are violations, so P(critical) = P(violation) * P(critical |
            # violation); the second factor learns from the violations alone.
            found = fraud == 1
            jobs += [
                TrainJob(self._critical_params(direct=True), train, critical, rounds, categorical),
                TrainJob(self._critical_params(direct=False), train[found], critical[found],
                         rounds, categorical),
            ]  # fmt: skip
        boosters = trainer(jobs)
        self.booster_ = boosters[0]
        self.critical_booster_: lgb.Booster | None = boosters[1] if len(boosters) > 1 else None
        self.critical_given_fraud_booster_: lgb.Booster | None = (
            boosters[2] if len(boosters) > 2 else None
        )
        self.history_ = History.from_frame(frame)
        self.classes_ = np.array([0, 1])
        self.training_window_ = (frame["lodged_at"].min(), frame["lodged_at"].max())
        self.n_training_rows_ = int(labelled.sum())
        self.fraud_rate_ = float(fraud.mean())
        self.fit_seconds_ = time.perf_counter() - started
        return self

    def features(self, X: pd.DataFrame, history: History | None = None) -> pd.DataFrame:
        """The feature matrix of declarations lodged after the training data."""
        check_is_fitted(self, "booster_")
        _check_frame(X)
        source = history if history is not None else self.history_
        matrix = build_features(X, source.lookup(X), self.spec_)
        return matrix.set_axis(X.index)

    def predict_proba(self, X: pd.DataFrame, history: History | None = None) -> np.ndarray:
        """Probabilities of no violation and of a violation, one row per declaration."""
        matrix = self.features(X, history)
        p = np.asarray(self.booster_.predict(matrix), dtype=float)
        return np.column_stack([1.0 - p, p])

    def predict(self, X: pd.DataFrame) -> np.ndarray:
        """1 where a violation is more likely than not."""
        return (self.predict_proba(X)[:, 1] >= 0.5).astype(int)

    def _critical(self, matrix: pd.DataFrame, fraud: np.ndarray) -> np.ndarray:
        """The direct and the chain-rule estimates of a critical violation, combined."""
        if self.critical_booster_ is None:
            return np.full(len(matrix), self.critical_rate_)
        direct = np.asarray(self.critical_booster_.predict(matrix), dtype=float)
        if self.critical_given_fraud_booster_ is None or self.critical_combine == "direct":
            return direct
        given = np.asarray(self.critical_given_fraud_booster_.predict(matrix), dtype=float)
        chain = fraud * given
        if self.critical_combine == "chain":
            return np.asarray(chain, dtype=float)
        if self.critical_combine == "geometric":
            # Agreement counts: a case both estimates rank high beats one only one of them does.
            return np.asarray(np.sqrt(direct * chain), dtype=float)
        return np.asarray(0.5 * (direct + chain), dtype=float)

    def predict_critical(self, X: pd.DataFrame, history: History | None = None) -> np.ndarray:
        """Probability of a critical violation (drugs, weapons, public safety)."""
        matrix = self.features(X, history)
        return self._critical(matrix, np.asarray(self.booster_.predict(matrix), dtype=float))

    def score_frame(self, X: pd.DataFrame, history: History | None = None) -> pd.DataFrame:
        """Both scores for each declaration, keyed by declaration_id."""
        matrix = self.features(X, history)
        fraud = np.asarray(self.booster_.predict(matrix), dtype=float)
        critical = self._critical(matrix, fraud)
        return pd.DataFrame(
            {
                "declaration_id": X["declaration_id"].to_numpy(),
                "fraud_score": np.asarray(fraud, dtype=float),
                "critical_score": np.asarray(critical, dtype=float),
            },
            index=X.index,
        )
