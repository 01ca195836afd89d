from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from kordon.risk.model.artefact import load, save
from kordon.risk.model.card import ArtefactError, read_card
from kordon.risk.model.estimator import TargetingModel

# Each test here trains a model: `make check` leaves them out, `make test` runs them.
pytestmark = pytest.mark.slow


def test_saved_model_round_trips(
    fitted: TargetingModel, sample_frame: pd.DataFrame, tmp_path: Path
) -> None:
    save(fitted, tmp_path / "m", metrics={"p@5%": 0.9})
    again = load(tmp_path / "m")
    rows = sample_frame.tail(50)
    pd.testing.assert_frame_equal(again.score_frame(rows), fitted.score_frame(rows))
    assert again.get_params() == fitted.get_params()
    card = read_card(tmp_path / "m")
    assert card["name"] == TargetingModel.NAME and card["version"] == TargetingModel.VERSION
    assert card["training_window"] == ["2020-01-01", "2020-12-31"]
    assert card["metrics"] == {"p@5%": 0.9}
    assert {"lightgbm", "pandas", "numpy", "scikit-learn"} <= set(card["libraries"])
    assert "Training window" in (tmp_path / "m" / "MODEL_CARD.md").read_text()


def test_refuses_a_model_with_other_features(fitted: TargetingModel, tmp_path: Path) -> None:
    save(fitted, tmp_path / "m")
    card_path = tmp_path / "m" / "model.json"
    card = json.loads(card_path.read_text())
    card["features"] = [*card["features"][:-1], "rate_vessel_name"]
    card_path.write_text(json.dumps(card))
    with pytest.raises(ArtefactError, match=r"different features.*rate_vessel_name"):
        load(tmp_path / "m")


def test_refuses_what_is_not_a_model(tmp_path: Path) -> None:
    with pytest.raises(ArtefactError, match="not a Kordon model directory"):
        load(tmp_path)
    (tmp_path / "model.json").write_text("{broken")
    with pytest.raises(ArtefactError, match="unreadable model card"):
        load(tmp_path)


def test_scores_stay_finite_after_loading(fitted: TargetingModel, tmp_path: Path) -> None:
    save(fitted, tmp_path / "m")
    model = load(tmp_path / "m")
    assert np.isfinite(model.history_.totals["hs6"].to_numpy()).all()


def test_a_card_without_the_critical_parameters_scores_as_before(
    fitted: TargetingModel, sample_frame: pd.DataFrame, tmp_path: Path
) -> None:
    save(fitted, tmp_path / "m")
    card_path = tmp_path / "m" / "model.json"
    card = json.loads(card_path.read_text())
    card["parameters"] = {
        k: v
        for k, v in card["parameters"].items()
        if not k.startswith("critical_") or k == "critical_estimators"
    }
    card_path.write_text(json.dumps(card))
    rows = sample_frame.tail(30)
    pd.testing.assert_frame_equal(load(tmp_path / "m").score_frame(rows), fitted.score_frame(rows))


def test_refuses_a_model_of_another_format(fitted: TargetingModel, tmp_path: Path) -> None:
    save(fitted, tmp_path / "m")
    card_path = tmp_path / "m" / "model.json"
    card = json.loads(card_path.read_text())
    card["format"] = 0
    card_path.write_text(json.dumps(card))
    with pytest.raises(ArtefactError, match=r"format 0 is not.*retrain it"):
        load(tmp_path / "m")
