"""Small KCS samples and tiny models shared by the targeting-model tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from kordon.risk.model.estimator import TargetingModel
from kordon.risk.model.frame import frame_from_kcs_csv

TRAIN = Path(__file__).resolve().parents[3] / "data" / "kcs" / "df_syn_train_eng.csv"


def write_kcs_sample(path: Path, every: int = 60, start: int = 0) -> Path:
    """Write every n-th row of the committed KCS training file, spread over the whole year."""
    raw = pd.read_csv(TRAIN, dtype=str, keep_default_na=False)
    raw.iloc[start::every].to_csv(path, index=False)
    return path


def tiny_model() -> TargetingModel:
    """A model small enough to train in a test."""
    return TargetingModel(n_estimators=20, critical_estimators=10, num_threads=1)


@pytest.fixture
def make_model() -> Callable[[], TargetingModel]:
    """A factory of tiny models."""
    return tiny_model


@pytest.fixture(scope="session")
def kcs_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """About 620 KCS rows from across 2020."""
    return write_kcs_sample(tmp_path_factory.mktemp("kcs") / "sample.csv")


@pytest.fixture(scope="session")
def sample_frame(kcs_file: Path) -> pd.DataFrame:
    """The sample as a canonical table."""
    return frame_from_kcs_csv(kcs_file)


@pytest.fixture(scope="session")
def fitted(sample_frame: pd.DataFrame) -> TargetingModel:
    """A tiny model trained on the sample."""
    return tiny_model().fit(sample_frame)
