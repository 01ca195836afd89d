"""Training on a Dask cluster gives the same model as training in one process."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from tests.risk.model.conftest import tiny_model

from kordon.risk.model.metrics import targeting_metrics
from kordon.services.cluster import ClusterError, cluster_trainer, connect


def _metrics(model: object, frame: pd.DataFrame) -> dict[str, float]:
    scores = model.score_frame(frame)  # type: ignore[attr-defined]
    return targeting_metrics(
        frame["fraud"].to_numpy(),
        frame["critical"].fillna(0).to_numpy(),
        scores["fraud_score"].to_numpy(),
        scores["critical_score"].to_numpy(),
    )


def test_cluster_training_equals_single_process(sample_frame: pd.DataFrame) -> None:
    ordered = sample_frame.sort_values("lodged_at", kind="stable")
    cut = len(ordered) * 3 // 4
    early, late = ordered.iloc[:cut], ordered.iloc[cut:]
    here = tiny_model().fit(early)
    with connect("local") as client:
        there = tiny_model().fit(early, trainer=cluster_trainer(client))
    assert there.critical_booster_ is not None
    np.testing.assert_allclose(
        here.score_frame(late)["fraud_score"], there.score_frame(late)["fraud_score"], atol=1e-9
    )
    single, clustered = _metrics(here, late), _metrics(there, late)
    for name in ("p@5%", "r@5%", "p@10%", "r@10%", "crit r@5%", "auc"):
        assert single[name] == pytest.approx(clustered[name], abs=0.005, nan_ok=True), name


def test_a_bad_cluster_address_is_refused_with_a_sentence() -> None:
    refused = pytest.raises(ClusterError, match="neither 'local' nor a scheduler address")
    with refused, connect("somewhere:8786"):
        pass
