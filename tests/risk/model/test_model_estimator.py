from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from tests.risk.model.model_builders import kcs_declaration

from kordon.domain import ReasonSource
from kordon.risk.model.estimator import ModelError, TargetingModel
from kordon.risk.model.explain import explain
from kordon.risk.model.scoring import (
    as_reasons,
    extend_history,
    model_version,
    score_declarations,
)

# Each test here takes seconds: `make check` leaves them out, `make test` runs them.
pytestmark = pytest.mark.slow


def test_follows_the_estimator_contract(fitted: TargetingModel, sample_frame: pd.DataFrame) -> None:
    unfitted = clone(fitted)
    assert unfitted.get_params() == fitted.get_params()
    assert not hasattr(unfitted, "booster_")
    with pytest.raises(NotFittedError):
        unfitted.predict_proba(sample_frame)
    proba = fitted.predict_proba(sample_frame.head(30))
    assert proba.shape == (30, 2)
    np.testing.assert_allclose(proba.sum(axis=1), 1.0)
    assert set(fitted.predict(sample_frame.head(30))) <= {0, 1}
    assert list(fitted.classes_) == [0, 1]


def test_scores_both_violation_and_critical(
    fitted: TargetingModel, sample_frame: pd.DataFrame
) -> None:
    scores = fitted.score_frame(sample_frame.head(20))
    assert list(scores.columns) == ["declaration_id", "fraud_score", "critical_score"]
    assert scores["fraud_score"].between(0, 1).all()
    assert scores["critical_score"].between(0, 1).all()
    assert fitted.critical_booster_ is not None


def test_unseen_entities_and_codes_still_get_a_score(
    fitted: TargetingModel, sample_frame: pd.DataFrame
) -> None:
    row = sample_frame.head(1).assign(
        importer="NEVER-SEEN",
        declarant="NOBODY",
        seller=None,
        hs6="970600",
        origin="ZZ",
        departure="ZZ",
        checkpoint="KR-999",
        procedure="Q",
        lodged_at=pd.Timestamp("2021-06-30"),
        fraud=np.nan,
        critical=np.nan,
    )
    scores = fitted.score_frame(row)
    assert np.isfinite(scores[["fraud_score", "critical_score"]].to_numpy()).all()
    reasons = explain(fitted, row)[0]
    assert all(r.description for r in reasons)


def test_refuses_data_it_cannot_learn_from(
    sample_frame: pd.DataFrame, make_model: Callable[[], TargetingModel]
) -> None:
    with pytest.raises(ModelError, match="with and without a violation"):
        make_model().fit(sample_frame.assign(fraud=0.0))
    with pytest.raises(ModelError, match="lacks canonical column"):
        make_model().fit(sample_frame.drop(columns=["hs6"]))


def test_explanations_speak_of_entities(fitted: TargetingModel, sample_frame: pd.DataFrame) -> None:
    later = sample_frame.tail(40)
    reasons = explain(fitted, later, top=3)
    assert len(reasons) == 40
    flat = [r for rs in reasons for r in rs]
    assert flat, "some declaration must have a reason that raised its score"
    assert all(r.weight > 0 and r.code.startswith("model.") for r in flat)
    history = [r for r in flat if r.code.startswith("model.history.")]
    assert any("violation rate" in r.description or "never" in r.description for r in history)
    assert all(len(rs) <= 3 for rs in reasons)


def test_scores_declarations_one_at_a_time(fitted: TargetingModel, kcs_file: Path) -> None:
    raw = pd.read_csv(kcs_file, dtype=str, keep_default_na=False).tail(3)
    declarations = [kcs_declaration(row)[0] for _, row in raw.iterrows()]
    scored = score_declarations(fitted, declarations[:1])
    assert [s.declaration_id for s in scored] == [declarations[0].id]
    assert 0 <= scored[0].fraud_score <= 1
    reasons = as_reasons(scored[0], fitted)
    assert reasons[0].source is ReasonSource.MODEL and reasons[0].code == "model.score"
    assert "2020-01-01..2020-12-31" in model_version(fitted)
    # Later outcomes move the entity rates without retraining.
    outcome = kcs_declaration(raw.iloc[-1])[1]
    history = extend_history(fitted, declarations, [outcome])
    again = score_declarations(fitted, declarations[:1], history)
    assert again[0].declaration_id == declarations[0].id
    assert score_declarations(fitted, []) == []


def test_critical_combinations_follow_the_chain_rule(
    fitted: TargetingModel, sample_frame: pd.DataFrame
) -> None:
    rows = sample_frame.tail(40)
    matrix = fitted.features(rows)
    assert fitted.critical_booster_ is not None
    assert fitted.critical_given_fraud_booster_ is not None
    direct = fitted.critical_booster_.predict(matrix)
    chain = fitted.predict_proba(rows)[:, 1] * fitted.critical_given_fraud_booster_.predict(matrix)
    expected = {
        "mean": 0.5 * (direct + chain),
        "geometric": np.sqrt(direct * chain),
        "direct": direct,
        "chain": chain,
    }
    try:
        for combine, want in expected.items():
            fitted.set_params(critical_combine=combine)
            np.testing.assert_allclose(fitted.predict_critical(rows), want)
    finally:
        fitted.set_params(critical_combine="mean")


def test_critical_ensembles_have_their_own_parameters(
    make_model: Callable[[], TargetingModel], sample_frame: pd.DataFrame
) -> None:
    model = make_model().set_params(critical_num_leaves=3, critical_min_child_samples=2)
    model.fit(sample_frame)
    assert model.critical_booster_ is not None
    leaves = [t["num_leaves"] for t in model.critical_booster_.dump_model()["tree_info"]]
    assert max(leaves) <= 3
    violation = [t["num_leaves"] for t in model.booster_.dump_model()["tree_info"]]
    assert max(violation) > 3


def test_refuses_an_unknown_critical_combination(
    make_model: Callable[[], TargetingModel], sample_frame: pd.DataFrame
) -> None:
    with pytest.raises(ModelError, match="critical_combine must be one of mean, geometric"):
        make_model().set_params(critical_combine="max").fit(sample_frame)
