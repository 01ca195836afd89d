"""No feature may use information from the day of the declaration or later."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from kordon.risk.model.features import FeatureSpec, build_features, learn_categories
from kordon.risk.model.history import History, past_statistics

# Each test here takes seconds: `make check` leaves them out, `make test` runs them.
pytestmark = pytest.mark.slow


def features(frame: pd.DataFrame, spec: FeatureSpec) -> pd.DataFrame:
    return build_features(frame, past_statistics(frame), spec).set_axis(frame.index)


def test_future_labels_and_rows_do_not_change_earlier_features(sample_frame: pd.DataFrame) -> None:
    frame = sample_frame.sort_values("lodged_at", kind="stable").reset_index(drop=True)
    spec = FeatureSpec(smoothing=5.0, categories=learn_categories(frame))
    cut = frame["lodged_at"].iloc[len(frame) // 2]
    before = frame["lodged_at"] < cut
    reference = features(frame, spec)[before]

    flipped = frame.copy()
    flipped.loc[~before, "fraud"] = 1.0 - flipped.loc[~before, "fraud"]
    flipped.loc[~before, "critical"] = 1.0
    flipped.loc[~before, "value"] *= 1000.0
    pd.testing.assert_frame_equal(features(flipped, spec)[before], reference)

    dropped = frame[before]
    pd.testing.assert_frame_equal(features(dropped, spec), reference)


def test_same_day_labels_never_reach_the_features(sample_frame: pd.DataFrame) -> None:
    frame = sample_frame.sort_values("lodged_at", kind="stable").reset_index(drop=True)
    spec = FeatureSpec(smoothing=5.0, categories=learn_categories(frame))
    day = frame["lodged_at"].iloc[len(frame) // 3]
    on_day = frame["lodged_at"] == day
    assert on_day.sum() >= 1
    flipped = frame.copy()
    later = frame["lodged_at"] >= day
    flipped.loc[later, "fraud"] = 1.0 - flipped.loc[later, "fraud"]
    pd.testing.assert_frame_equal(features(flipped, spec)[on_day], features(frame, spec)[on_day])
    # ...while the next day's rows do see them: the test above is not vacuous.
    next_day = frame["lodged_at"] > day
    assert not features(flipped, spec)[next_day].equals(features(frame, spec)[next_day])


def test_history_lookup_matches_the_training_features(sample_frame: pd.DataFrame) -> None:
    frame = sample_frame.sort_values("lodged_at", kind="stable").reset_index(drop=True)
    spec = FeatureSpec(smoothing=5.0, categories=learn_categories(frame))
    day = frame["lodged_at"].iloc[int(len(frame) * 0.7)]
    today = frame[frame["lodged_at"] == day]
    history = History.from_frame(frame[frame["lodged_at"] < day])
    online = build_features(today, history.lookup(today), spec)
    offline = features(frame, spec)[frame["lodged_at"] == day]
    np.testing.assert_allclose(online.to_numpy(), offline.to_numpy(), equal_nan=True)


def test_uninspected_rows_count_as_traffic_only(sample_frame: pd.DataFrame) -> None:
    frame = sample_frame.head(50)
    unlabelled = frame.assign(fraud=np.nan, critical=np.nan)
    history = History.from_frame(unlabelled)
    assert history.totals["global"].loc["all", "n"] == 0
    assert history.totals["global"].loc["all", "traffic"] == 50
