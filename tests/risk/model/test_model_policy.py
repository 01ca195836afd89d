from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd
import pytest

from kordon.risk.model.estimator import TargetingModel
from kordon.risk.model.metrics import precision_at, recall_at, targeting_metrics
from kordon.risk.model.policy import Exploration, select
from kordon.risk.model.simulate import replay

# Each test here takes seconds: `make check` leaves them out, `make test` runs them.
pytestmark = pytest.mark.slow


def test_exploit_takes_the_top_scores_and_explore_the_rest() -> None:
    scores = np.linspace(0, 1, 100)
    chosen = select(scores, 20, 0.25, np.random.default_rng(0))
    assert len(chosen.indices) == 20 == len(set(chosen.indices.tolist()))
    exploit = chosen.indices[[w == "exploit" for w in chosen.why]]
    explore = chosen.indices[[w == "explore" for w in chosen.why]]
    assert sorted(exploit.tolist()) == list(range(85, 100))
    assert len(explore) == 5 and (explore < 85).all()


def test_weighted_exploration_prefers_higher_scores() -> None:
    scores = np.r_[np.full(500, 0.001), np.full(500, 0.9), np.ones(10)]
    rng = np.random.default_rng(1)
    picks = select(scores, 110, 100 / 110, rng, Exploration.WEIGHTED)
    explored = picks.indices[10:]
    assert (explored >= 500).mean() > 0.9


def test_exploit_only_and_bad_share() -> None:
    scores = np.arange(10.0)
    assert set(select(scores, 3, 0.0, np.random.default_rng(0)).why) == {"exploit"}
    with pytest.raises(ValueError, match="between 0 and 1"):
        select(scores, 3, 1.5, np.random.default_rng(0))


def test_metrics_on_a_known_ranking() -> None:
    labels = np.array([1, 1, 0, 0, 1, 0, 0, 0, 0, 0])
    scores = np.arange(10.0)[::-1]
    assert precision_at(labels, scores, 0.2) == 1.0
    assert recall_at(labels, scores, 0.2) == pytest.approx(2 / 3)
    figures = targeting_metrics(labels, labels, scores)
    assert figures["p@10%"] == 1.0


def test_replay_sees_labels_only_of_what_it_selected(
    sample_frame: pd.DataFrame, make_model: Callable[[], TargetingModel]
) -> None:
    # Ten weeks of random warm-up, one retrain, then five weeks scored by the model.
    sample_frame = sample_frame[sample_frame["lodged_at"] < "2020-04-20"]
    run = replay(
        sample_frame,
        "exploit + random 10%",
        0.2,
        warmup_weeks=10,
        retrain_every=10,
        model_factory=make_model,
    )
    assert sum(run.selected.values()) <= len(sample_frame)
    assert sum(run.violations.values()) == int(sample_frame["fraud"].sum())
    assert 0 <= run.total_precision() <= 1 and 0 <= run.total_recall() <= 1
    random = replay(sample_frame, "random", 0.2)
    assert sum(random.selected.values()) == sum(run.selected.values())
