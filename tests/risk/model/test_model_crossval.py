from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from tests.risk.model.conftest import tiny_model

from kordon.risk.model.crossval import (
    CandidateResult,
    Fold,
    FoldError,
    FoldResult,
    choose,
    evaluate,
    fold_scores,
    month_folds,
)

# Each test here takes seconds: `make check` leaves them out, `make test` runs them.
pytestmark = pytest.mark.slow

TINY = {"n_estimators": 20, "critical_estimators": 10, "num_threads": 1}


def test_folds_cut_at_whole_months_and_validate_later(sample_frame: pd.DataFrame) -> None:
    first, second = month_folds(sample_frame)
    assert (first.train_end, first.valid_end) == (
        pd.Timestamp("2020-07-01"),
        pd.Timestamp("2020-10-01"),
    )
    assert (second.train_end, second.valid_end) == (
        pd.Timestamp("2020-10-01"),
        pd.Timestamp("2021-01-01"),
    )
    for fold in (first, second):
        train, valid = fold.split(sample_frame)
        assert train["lodged_at"].max() < fold.train_end <= valid["lodged_at"].min()
        assert valid["lodged_at"].max() < fold.valid_end
        assert not set(train.index) & set(valid.index)


def test_no_later_label_reaches_the_fold_model(sample_frame: pd.DataFrame) -> None:
    fold = month_folds(sample_frame)[0]
    later = sample_frame["lodged_at"] >= fold.train_end
    flipped = sample_frame.copy()
    flipped.loc[later, "fraud"] = 1.0 - flipped.loc[later, "fraud"]
    flipped.loc[later, "critical"] = 1.0 - flipped.loc[later, "critical"]
    pd.testing.assert_frame_equal(
        fold_scores(tiny_model(), sample_frame, fold), fold_scores(tiny_model(), flipped, fold)
    )


def test_earlier_labels_do_reach_the_fold_model(sample_frame: pd.DataFrame) -> None:
    fold = month_folds(sample_frame)[0]
    earlier = sample_frame["lodged_at"] < fold.train_end
    flipped = sample_frame.copy()
    flipped.loc[earlier, "fraud"] = 1.0 - flipped.loc[earlier, "fraud"]
    before = fold_scores(tiny_model(), sample_frame, fold)["fraud_score"]
    after = fold_scores(tiny_model(), flipped, fold)["fraud_score"]
    assert not np.allclose(before.to_numpy(), after.to_numpy())


def test_refuses_folds_it_cannot_cut(sample_frame: pd.DataFrame) -> None:
    with pytest.raises(FoldError, match="training months"):
        month_folds(sample_frame, [(6, 6)])
    with pytest.raises(FoldError, match="no labelled declarations"):
        month_folds(sample_frame, [(12, 15)])
    with pytest.raises(FoldError, match="no declarations"):
        month_folds(sample_frame.head(0))


def test_evaluates_every_fold_and_seed(sample_frame: pd.DataFrame) -> None:
    folds = month_folds(sample_frame)
    result = evaluate("tiny", TINY, sample_frame, folds, seeds=(0, 1))
    assert [(f.fold, f.seed) for f in result.folds] == [
        (folds[0].name, 0),
        (folds[0].name, 1),
        (folds[1].name, 0),
        (folds[1].name, 1),
    ]
    assert all(0.0 <= f.metrics["p@5%"] <= 1.0 for f in result.folds)
    critical_cases = sum(f.critical_cases for f in result.folds)
    assert critical_cases > 0, "the sample should hold critical cases in its validation months"
    assert 0 <= result.critical_found() <= critical_cases


def _result(name: str, found: list[int], p5: float = 0.9) -> CandidateResult:
    """A candidate with given critical cases found out of 10 per fold."""
    folds = [
        FoldResult(
            f"fold {i}", 0, {"crit r@5%": n / 10, "p@5%": p5, "p@10%": 0.8, "r@10%": 0.4}, 10, 1.0
        )
        for i, n in enumerate(found)
    ]
    return CandidateResult(name, {}, folds)


def test_choose_keeps_the_current_model_unless_another_finds_more() -> None:
    current = _result("current", [5, 6])
    assert choose([current, _result("same", [6, 5])]).name == "current"
    assert choose([current, _result("better", [6, 6])]).name == "better"
    assert choose([current, _result("best", [7, 7]), _result("better", [6, 6])]).name == "best"
    # A gain smaller than the required share of all critical cases (20 here) is noise.
    assert choose([current, _result("better", [6, 6])], min_gain=0.1).name == "current"
    assert choose([current, _result("better", [7, 6])], min_gain=0.1).name == "better"
    # Finding more critical cases does not excuse worse violation targeting.
    assert choose([current, _result("costly", [9, 9], p5=0.85)]).name == "current"
    assert choose([current, _result("costly", [9, 9], p5=0.85)], tolerance=0.1).name == "costly"


def test_a_fold_is_a_plain_value() -> None:
    fold = Fold("x", pd.Timestamp("2020-02-01"), pd.Timestamp("2020-03-01"))
    frame = pd.DataFrame({"lodged_at": pd.to_datetime(["2020-01-31", "2020-02-01", "2020-03-01"])})
    train, valid = fold.split(frame)
    assert list(train.index) == [0] and list(valid.index) == [1]
