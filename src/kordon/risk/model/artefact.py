"""A trained model on disk: boosters, entity history and a model card, refused when stale.

Layout of a model directory:
  model.json      the model card: name, version, training window, features, parameters,
                  metrics and library versions (also what `load` checks)
  MODEL_CARD.md   the same card for people
  fraud.txt       the violation ensemble (LightGBM text format)
  critical.txt    the critical-violation ensemble, when training had critical cases
  critical_given_fraud.txt  critical violations among violations (chain-rule estimate)
  history.npz     per-entity totals of the training data, for scoring without a database
"""

from __future__ import annotations

import json
import platform
from datetime import UTC
from importlib import metadata
from pathlib import Path
from typing import Any

import lightgbm as lgb
import numpy as np
import pandas as pd

from kordon.domain import clock
from kordon.risk.model.card import CARD, ArtefactError, read_card
from kordon.risk.model.estimator import TargetingModel
from kordon.risk.model.features import FeatureSpec
from kordon.risk.model.history import History

FORMAT = 1


def _versions() -> dict[str, str]:
    """Versions of the libraries a saved model depends on."""
    out = {"python": platform.python_version()}
    for name in ("kordon", "lightgbm", "numpy", "pandas", "scikit-learn"):
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "unknown"
    return out


def model_card(model: TargetingModel, metrics: dict[str, float] | None = None) -> dict[str, Any]:
    """Everything a reader needs to know about a trained model, as plain data."""
    start, end = model.training_window_
    return {
        "name": model.NAME,
        "version": model.VERSION,
        "format": FORMAT,
        "created_at": clock.now().replace(tzinfo=UTC).isoformat(timespec="seconds"),
        "training_window": [start.date().isoformat(), end.date().isoformat()],
        "training_rows": model.n_training_rows_,
        "violation_rate": round(model.fraud_rate_, 4),
        "critical_rate": round(model.critical_rate_, 4),
        "has_critical_model": model.critical_booster_ is not None,
        "parameters": model.get_params(),
        "smoothing": model.spec_.smoothing,
        "categories": model.spec_.categories,
        "features": model.feature_names_,
        "metrics": metrics or {},
        "fit_seconds": round(model.fit_seconds_, 2),
        "libraries": _versions(),
    }


def _card_markdown(card: dict[str, Any]) -> str:
    """The model card written for people."""
    lines = [
        f"# {card['name']} {card['version']}",
        "",
        f"- Trained: {card['created_at']} in {card['fit_seconds']} s",
        f"- Training window: {card['training_window'][0]} to {card['training_window'][1]}",
        f"- Inspected declarations: {card['training_rows']} "
        f"(violation rate {card['violation_rate']:.1%}, critical {card['critical_rate']:.2%})",
        f"- Features ({len(card['features'])}): {', '.join(card['features'])}",
        "- Parameters: " + ", ".join(f"{k}={v}" for k, v in card["parameters"].items()),
        "- Libraries: " + ", ".join(f"{k} {v}" for k, v in card["libraries"].items()),
    ]
    if card["metrics"]:
        lines.append("- Metrics: " + ", ".join(f"{k} {v}" for k, v in card["metrics"].items()))
    return "\n".join(lines) + "\n"


def save(
    model: TargetingModel, directory: str | Path, metrics: dict[str, float] | None = None
) -> Path:
    """Write a trained model and its card to directory (created if needed)."""
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    card = model_card(model, metrics)
    model.booster_.save_model(str(out / "fraud.txt"))
    if model.critical_booster_ is not None:
        model.critical_booster_.save_model(str(out / "critical.txt"))
    if model.critical_given_fraud_booster_ is not None:
        model.critical_given_fraud_booster_.save_model(str(out / "critical_given_fraud.txt"))
    arrays: dict[str, np.ndarray] = {}
    for name, table in model.history_.totals.items():
        arrays[f"{name}.keys"] = table.index.to_numpy().astype(str)
        arrays[f"{name}.values"] = table.to_numpy(dtype=float)
        arrays[f"{name}.columns"] = np.asarray(table.columns, dtype=str)
    np.savez_compressed(out / "history.npz", **arrays)  # type: ignore[arg-type]
    (out / CARD).write_text(json.dumps(card, indent=2, default=str), encoding="utf-8")
    (out / "MODEL_CARD.md").write_text(_card_markdown(card), encoding="utf-8")
    return out


def load(directory: str | Path) -> TargetingModel:
    """Read a saved model, refusing one whose features differ from what this code computes."""
    root = Path(directory)
    card = read_card(root)
    if card.get("name") != TargetingModel.NAME or card.get("format") != FORMAT:
        raise ArtefactError(
            f"{root}: model {card.get('name')!r} format {card.get('format')!r} is not "
            f"{TargetingModel.NAME!r} format {FORMAT}; retrain it with `kordon model train`"
        )
    spec = FeatureSpec(smoothing=float(card["smoothing"]), categories=card["categories"])
    expected = spec.names()
    if card.get("features") != expected:
        saved = set(card.get("features") or [])
        gone = sorted(saved - set(expected))
        new = sorted(set(expected) - saved)
        raise ArtefactError(
            f"{root}: the model was trained on different features than this version of Kordon "
            f"computes (only in the model: {gone or 'none'}; only in the code: {new or 'none'}, "
            "or a different order); retrain it with `kordon model train`"
        )
    model = TargetingModel(**card["parameters"])
    model.booster_ = lgb.Booster(model_file=str(root / "fraud.txt"))
    if model.booster_.feature_name() != expected:
        raise ArtefactError(f"{root}/fraud.txt: its features do not match the model card")
    crit = root / "critical.txt"
    model.critical_booster_ = lgb.Booster(model_file=str(crit)) if crit.is_file() else None
    given = root / "critical_given_fraud.txt"
    model.critical_given_fraud_booster_ = (
        lgb.Booster(model_file=str(given)) if given.is_file() else None
    )
    model.spec_ = spec
    model.feature_names_ = expected
    model.n_features_in_ = len(expected)
    model.classes_ = np.array([0, 1])
    start, end = card["training_window"]
    model.training_window_ = (pd.Timestamp(start), pd.Timestamp(end))
    model.n_training_rows_ = int(card["training_rows"])
    model.fraud_rate_ = float(card["violation_rate"])
    model.critical_rate_ = float(card["critical_rate"])
    model.fit_seconds_ = float(card["fit_seconds"])
    model.history_ = _load_history(root / "history.npz", end)
    return model


def _load_history(path: Path, last_day: str) -> History:
    """The per-entity totals stored beside a model."""
    if not path.is_file():
        raise ArtefactError(f"{path}: missing; the model directory is incomplete")
    history = History(last_day=pd.Timestamp(last_day))
    with np.load(path, allow_pickle=False) as data:
        names = {k.rsplit(".", 1)[0] for k in data.files}
        for name in sorted(names):
            history.totals[name] = pd.DataFrame(
                data[f"{name}.values"],
                index=pd.Index(data[f"{name}.keys"].astype(object)),
                columns=[str(c) for c in data[f"{name}.columns"]],
            )
    return history
