"""A saved logistic regression: its weights read back only when they fit the code's features.

The screening matcher and the seizure reader each keep a small logistic model as JSON beside
their code, with its name, version and feature names. A model fitted for other features would
be silently misread (a weight applied to the wrong value), so reading one checks all three.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from kordon.domain.errors import Invalid


class ModelMismatchError(Invalid, ValueError):
    """A saved model that does not fit this code (other features, name or version)."""


def probability(intercept: float, coefficients: Sequence[float], values: Sequence[float]) -> float:
    """The logistic chance of the weighted values, 0..1."""
    z = intercept + sum(w * x for w, x in zip(coefficients, values, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def contributions(
    names: Sequence[str], coefficients: Sequence[float], values: Sequence[float]
) -> dict[str, float]:
    """Each feature's share of the decision (weight times value), by feature name."""
    return {name: round(w * x, 4) for name, w, x in zip(names, coefficients, values, strict=True)}


@dataclass(frozen=True, slots=True)
class Saved:
    """The weights of a saved model, checked against the code that reads them."""

    feature_names: tuple[str, ...]
    coefficients: tuple[float, ...]
    intercept: float


def as_saved(
    name: str, version: str, feature_names: Sequence[str], coefficients: Sequence[float],
    intercept: float, **extra: Any,
) -> dict[str, Any]:  # fmt: skip
    """A model as the plain data `read_saved` reads back, with anything else it keeps."""
    return {
        "name": name,
        "version": version,
        "feature_names": list(feature_names),
        "coefficients": [round(w, 6) for w in coefficients],
        "intercept": round(intercept, 6),
        **extra,
    }


def read_saved(
    data: dict[str, Any], *, name: str, version: str, features: tuple[str, ...], source: str,
    refit: str,
) -> Saved:  # fmt: skip
    """The weights of a saved model; refused when its name, version or features differ from
    the code's (`refit` says how to fit it again)."""
    try:
        names = tuple(data["feature_names"])
        coefficients = tuple(float(w) for w in data["coefficients"])
        intercept = float(data["intercept"])
        saved_name, saved_version = data["name"], str(data["version"])
    except (KeyError, TypeError, ValueError) as exc:
        raise ModelMismatchError(f"{source}: not a {name} model ({exc})") from None
    if saved_name != name or saved_version != version:
        raise ModelMismatchError(
            f"{source}: the model is {saved_name} v{saved_version}; this code reads {name} "
            f"v{version}"
        )
    if names != features:
        missing = sorted(set(features) - set(names))
        extra = sorted(set(names) - set(features))
        raise ModelMismatchError(
            f"{source}: the model's features differ from the code's "
            f"(missing {missing or 'none'}, unknown {extra or 'none'}, or another order); "
            f"fit it again with {refit}"
        )
    if len(coefficients) != len(names):
        raise ModelMismatchError(f"{source}: {len(coefficients)} weights for {len(names)} features")
    return Saved(names, coefficients, intercept)
