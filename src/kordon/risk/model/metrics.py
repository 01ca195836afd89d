"""Targeting figures: precision and recall when inspecting the top n% of a ranking."""

from __future__ import annotations

import numpy as np
from sklearn.metrics import roc_auc_score


def _top(scores: np.ndarray, share: float) -> np.ndarray:
    """Indices of the highest scores, share of all rows (at least one)."""
    k = max(1, round(len(scores) * share))
    # Stable sort on the negated scores: ties keep file order, so runs are repeatable.
    return np.argsort(-np.asarray(scores, dtype=float), kind="stable")[:k]


def precision_at(labels: np.ndarray, scores: np.ndarray, share: float) -> float:
    """Share of violations among the top share of declarations by score."""
    return float(np.asarray(labels)[_top(scores, share)].mean())


def recall_at(labels: np.ndarray, scores: np.ndarray, share: float) -> float:
    """Share of all violations found by inspecting the top share of declarations."""
    y = np.asarray(labels)
    total = y.sum()
    return float(y[_top(scores, share)].sum() / total) if total else float("nan")


def auc(labels: np.ndarray, scores: np.ndarray) -> float:
    """Area under the ROC curve, NaN when only one class is present."""
    y = np.asarray(labels)
    return float(roc_auc_score(y, scores)) if 0 < y.sum() < len(y) else float("nan")


def targeting_metrics(
    fraud: np.ndarray,
    critical: np.ndarray,
    fraud_score: np.ndarray,
    critical_score: np.ndarray | None = None,
) -> dict[str, float]:
    """The benchmark's figures; critical recall ranks by critical_score when there is one."""
    crit_rank = fraud_score if critical_score is None else critical_score
    out = {f"p@{p}%": precision_at(fraud, fraud_score, p / 100) for p in (1, 2, 5, 10)}
    out |= {f"r@{p}%": recall_at(fraud, fraud_score, p / 100) for p in (5, 10)}
    out["crit r@5%"] = recall_at(critical, crit_rank, 0.05)
    out["auc"] = auc(fraud, fraud_score)
    return out


def best_recall_at(labels: np.ndarray, share: float) -> float:
    """The recall a perfect ranking would reach by inspecting share of declarations."""
    y = np.asarray(labels)
    k = max(1, round(len(y) * share))
    return float(min(k, y.sum()) / y.sum()) if y.sum() else float("nan")
