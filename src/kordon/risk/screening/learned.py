"""A learned decision over the matcher's features, for the names the rules leave in between.

A logistic regression, as nomenklatura's learned matcher is: each feature of a comparison
(and the rules' own score) gets one weight, so a decision is explained by the features and
their weights. It is fitted on the labelled development pairs
(`scripts/fit_screening_model.py`) and saved with its name, version and feature names; a
saved model whose feature names differ from the code's is refused, not silently misread.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from kordon.domain.logistic import ModelMismatchError as ModelMismatchError
from kordon.domain.logistic import as_saved, read_saved

NAME = "kordon-names-learned"
# 1: fitted on the class pairs' training split. 2: the same features, fitted on every
# development set (the class pairs' splits, holdout-2, -3 and -4, the alias pairs). 3: the
# same features as kordon-names v7 reads them, fitted on every development set, holdout-5 too.
VERSION = "3"
MODEL_FILE = "learned-v3.json"
# What the model reads: the features that say how much of each name was found, then the
# rules' score. Whether a pair crosses scripts or is reordered is left out: in any labelled set
# those say more about how the set was made than about who is named.
FEATURE_NAMES: tuple[str, ...] = (
    "query_coverage",
    "entry_coverage",
    "joined_similarity",
    "legal_form_mismatch",
    "rule_score",
)


@dataclass(frozen=True, slots=True)
class LearnedDecision:
    """Weights of a fitted logistic regression over `FEATURE_NAMES`."""

    coefficients: tuple[float, ...]
    intercept: float
    feature_names: tuple[str, ...] = FEATURE_NAMES
    name: str = NAME
    version: str = VERSION
    training: dict[str, Any] = field(default_factory=dict)

    def probability(self, values: Sequence[float]) -> float:
        """The probability that two names are one person or company, 0..1."""
        z = self.intercept + sum(w * x for w, x in zip(self.coefficients, values, strict=True))
        if z < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    def contributions(self, values: Sequence[float]) -> dict[str, float]:
        """Each feature's share of the decision (weight times value), by feature name."""
        return {
            name: round(w * x, 4)
            for name, w, x in zip(self.feature_names, self.coefficients, values, strict=True)
        }

    def to_dict(self) -> dict[str, Any]:
        """The model as plain data, for saving."""
        return as_saved(self.name, self.version, self.feature_names, self.coefficients,
                        self.intercept, training=self.training)  # fmt: skip

    def save(self, path: str | Path) -> None:
        """Write the model as JSON."""
        Path(path).write_text(json.dumps(self.to_dict(), indent=2) + "\n", encoding="utf-8")


def from_dict(data: dict[str, Any], source: str = "model") -> LearnedDecision:
    """A model from plain data; refused when its name, version or features differ."""
    saved = read_saved(data, name=NAME, version=VERSION, features=FEATURE_NAMES, source=source,
                       refit="scripts/fit_screening_model.py")  # fmt: skip
    return LearnedDecision(saved.coefficients, saved.intercept, saved.feature_names, NAME,
                           VERSION, data.get("training", {}))  # fmt: skip


def load(path: str | Path) -> LearnedDecision:
    """Read a saved model (ModelMismatchError when it does not fit this code)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ModelMismatchError(f"{path}: cannot read the model ({exc})") from None
    return from_dict(data, str(path))


@lru_cache(maxsize=1)
def packaged() -> LearnedDecision | None:
    """The model shipped with Kordon, read once (None before one has been fitted)."""
    path = resources.files("kordon.risk.screening").joinpath(MODEL_FILE)
    if not path.is_file():
        return None
    return from_dict(json.loads(path.read_text("utf-8")), MODEL_FILE)


def fit(rows: Sequence[Sequence[float]], labels: Sequence[bool], c: float = 1.0) -> LearnedDecision:
    """Fit the logistic regression on feature rows (in `FEATURE_NAMES` order) and labels."""
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=c, max_iter=2000)
    model.fit([list(r) for r in rows], [int(x) for x in labels])
    coefficients = tuple(float(w) for w in model.coef_[0])
    return LearnedDecision(coefficients, float(model.intercept_[0]))
