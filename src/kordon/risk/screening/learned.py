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
# 4: the same features as kordon-names v22 reads them, fitted on every development set
# (holdout-2 to holdout-15 with the class and alias pairs) and judged leaving each hold-out set
# out in turn; the rules' readings since v8 as features of their own were measured so and not
# kept (`EXTENDED_FEATURES`). kordon-names v23 reads it unchanged: its one new reading (a first
# given name in front) lifts the rules' score of a few pairs above what v22 gave them, and the
# model's weights apply to that score as they are. kordon-names v24 reads it unchanged too: its
# readings change which words are generic or legal forms, before any feature is worked
# out; so does v25, whose reading of Chinese characters comes before any feature too, and v26,
# whose acronyms of word heads set the acronym feature the rules already hold a pair at, and
# whose legal forms and serial numbers are read before any feature.
VERSION = "4"
MODEL_FILE = "learned-v4.json"
# What v3 and v4 read: the features that say how much of each name was found, then the rules' score.
# Whether a pair crosses scripts or is reordered is left out: in any labelled set those say
# more about how the set was made than about who is named.
V3_FEATURES: tuple[str, ...] = (
    "query_coverage",
    "entry_coverage",
    "joined_similarity",
    "legal_form_mismatch",
    "rule_score",
)
# The rules' readings since kordon-names v8 as features of their own: those that tell a
# relative, a namesake or a sister company from the same party (given names that agree, a
# relative's shape, a company's word more or words left over, a short name in a long chain) and
# those that find one party written otherwise (a short form, the family or shared tail, a part
# spelt otherwise, a number, the word for a company, one word of its own, an acronym). Fitted
# with them the model leaves each hold-out set with more false hits on sister companies and no
# more matches: the flags take in the pairs the caps hold anyway, and the rules' score weighs
# less for the rest (`scripts/fit_screening_model.py --features extended`).
EXTENDED_FEATURES: tuple[str, ...] = (
    *V3_FEATURES[:-1],
    "given_name_agreement",
    "relatives",
    "short_in_long",
    "distinctive_extra",
    "words_left_over",
    "short_form",
    "ends_agree",
    "part_spelt_otherwise",
    "same_number",
    "company_word_only",
    "word_more",
    "acronym",
    "rule_score",
)
# The side each feature's weight is held to when fitted: +1 for what says one party, -1 for
# what says another; the coverages and a legal-form clash are free, their whole effect counted
# with their share of the rules' score.
EXPECTED_SIGNS: dict[str, int] = {
    "joined_similarity": 1,
    "given_name_agreement": 1,
    "relatives": -1,
    "short_in_long": -1,
    "distinctive_extra": -1,
    "words_left_over": -1,
    "short_form": 1,
    "ends_agree": 1,
    "part_spelt_otherwise": 1,
    "same_number": 1,
    "company_word_only": 1,
    "word_more": 1,
    "acronym": 1,
    "rule_score": 1,
}
FEATURE_NAMES: tuple[str, ...] = V3_FEATURES


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


def fit(
    rows: Sequence[Sequence[float]],
    labels: Sequence[bool],
    c: float = 1.0,
    names: Sequence[str] = FEATURE_NAMES,
    signs: dict[str, int] | None = None,
) -> LearnedDecision:
    """Fit the logistic regression on feature rows (in `names` order) and labels.

    The loss is scikit-learn's (L2 on the weights, `c` times the log loss); `signs` holds
    weights to the side a reader expects (+1 at least zero, -1 at most zero), so a feature
    that names a relative or another company never counts for a match.
    """
    import numpy as np
    from scipy.optimize import minimize

    x = np.asarray([list(r) for r in rows], dtype=float)
    y = np.asarray([1.0 if v else 0.0 for v in labels])
    n = x.shape[1]

    def loss(theta: Any) -> tuple[float, Any]:
        w, b = theta[:n], theta[n]
        z = x @ w + b
        # log(1 + e^z) - y z, and its gradient, computed stably.
        value = float(np.sum(np.logaddexp(0.0, z) - y * z))
        residual = 1.0 / (1.0 + np.exp(-z)) - y
        grad = np.append(c * (x.T @ residual) + w, c * residual.sum())
        return 0.5 * float(w @ w) + c * value, grad

    side = signs or {}
    bounds = [
        (0.0, None) if side.get(k, 0) > 0 else (None, 0.0) if side.get(k, 0) < 0 else (None, None)
        for k in names
    ] + [(None, None)]
    found = minimize(loss, np.zeros(n + 1), jac=True, method="L-BFGS-B", bounds=bounds,
                     options={"maxiter": 5000})  # fmt: skip
    coefficients = tuple(float(w) for w in found.x[:n])
    return LearnedDecision(coefficients, float(found.x[n]), tuple(names))
