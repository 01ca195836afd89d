"""Features a customs analyst would recognise, built from the canonical table and its history.

Every feature belongs to a group (one entity, one attribute or the unit value) so that
explanations speak of "HS 0806.20 from IR" rather than of column numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from kordon.risk.model.history import KEYS, VALUE_KEYS, with_derived

# Low-cardinality attributes the trees split on directly (codes fixed at training time).
CATEGORICAL_FEATURES = (
    "hs2",
    "procedure",
    "checkpoint",
    "import_type",
    "import_use",
    "payment_type",
    "mode_of_transport",
    "tax_type",
    "origin_indicator",
    "origin",
    "departure",
)
# Categories seen fewer times than this in training are treated as unseen.
MIN_CATEGORY_COUNT = 5


@dataclass(frozen=True)
class FeatureSpec:
    """How features are computed: part of a saved model's identity."""

    smoothing: float
    categories: dict[str, list[str]]

    def names(self) -> list[str]:
        """Feature names in the order of the matrix columns."""
        names = [f"cat_{c}" for c in CATEGORICAL_FEATURES]
        names += ["log_mass", "log_value", "log_unit_value", "tax_rate", "same_origin_departure"]
        names += [f"unit_dev_{k}" for k in VALUE_KEYS]
        names += [f"unit_n_{k}" for k in VALUE_KEYS]
        for key in KEYS:
            names += [f"rate_{key}", f"crit_{key}", f"n_{key}"]
        return names


def feature_group(name: str) -> str:
    """The group a feature belongs to, used to add up its contributions."""
    for prefix in ("rate_", "crit_", "n_"):
        if name.startswith(prefix):
            return "history:" + name[len(prefix) :]
    if name.startswith("cat_"):
        return "attribute:" + name[4:]
    if name.startswith(("unit_", "log_unit")):
        return "unit_value"
    return "amount:" + name


def learn_categories(frame: pd.DataFrame) -> dict[str, list[str]]:
    """The categories frequent enough in training to get their own code."""
    data = with_derived(frame)
    out: dict[str, list[str]] = {}
    for column in CATEGORICAL_FEATURES:
        counts = data[column].dropna().astype(str).value_counts()
        out[column] = sorted(counts[counts >= MIN_CATEGORY_COUNT].index.tolist())
    return out


def _rate(hits: pd.Series, n: pd.Series, prior: pd.Series, strength: float) -> pd.Series:
    """Violation rate shrunk towards prior, so a single inspection does not make a 100% rate."""
    return (hits + strength * prior) / (n + strength)


def build_features(
    frame: pd.DataFrame, stats: dict[str, pd.DataFrame], spec: FeatureSpec
) -> pd.DataFrame:
    """The feature matrix for frame, given the past totals each row sees."""
    data = with_derived(frame)
    cols: dict[str, pd.Series | np.ndarray] = {}
    for column in CATEGORICAL_FEATURES:
        codes = {value: float(i) for i, value in enumerate(spec.categories[column])}
        # Unseen and rare categories become missing: the trees send them the default way.
        cols[f"cat_{column}"] = data[column].astype(object).map(codes).astype(float)
    mass = data["net_mass_kg"].astype(float)
    value = data["value"].astype(float)
    cols["log_mass"] = np.log1p(mass.clip(lower=0))
    cols["log_value"] = np.log1p(value.clip(lower=0))
    cols["log_unit_value"] = data["log_unit_value"]
    cols["tax_rate"] = data["tax_rate"].astype(float)
    cols["same_origin_departure"] = (data["origin"] == data["departure"]).astype(float)
    unit = data["log_unit_value"]
    for key in VALUE_KEYS:
        s = stats["value_" + key]
        mean = s["v1"] / s["vn"].where(s["vn"] > 0)
        var = s["v2"] / s["vn"].where(s["vn"] > 0) - mean**2
        # A floor on the spread keeps a group of near-identical prices from exploding the ratio.
        spread = np.sqrt(var.clip(lower=0.0) + 0.25)
        cols[f"unit_dev_{key}"] = (unit - mean) / spread
        cols[f"unit_n_{key}"] = np.log1p(s["vn"])
    g = stats["global"]
    prior = (g["fraud"] + 1.0) / (g["n"] + 5.0)
    crit_prior = (g["critical"] + 0.1) / (g["n"] + 10.0)
    for key in KEYS:
        s = stats[key]
        cols[f"rate_{key}"] = _rate(s["fraud"], s["n"], prior, spec.smoothing)
        cols[f"crit_{key}"] = _rate(s["critical"], s["n"], crit_prior, spec.smoothing)
        cols[f"n_{key}"] = np.log1p(s["n"])
    matrix = pd.DataFrame({k: np.asarray(v, dtype=float) for k, v in cols.items()})
    return matrix[spec.names()]
