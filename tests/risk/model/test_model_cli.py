from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from kordon.cli import build_app

# Each test here takes seconds: `make check` leaves them out, `make test` runs them.
pytestmark = pytest.mark.slow

runner = CliRunner()


def test_train_then_score_writes_one_row_per_input_row(kcs_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "model"
    trained = runner.invoke(
        build_app(),
        [
            *("model", "train", "--input", str(kcs_file), "--out", str(out)),
            *("--estimators", "20", "--threads", "1"),
        ],
    )
    assert trained.exit_code == 0, trained.output
    assert (out / "model.json").is_file() and (out / "MODEL_CARD.md").is_file()
    scored_file = tmp_path / "scores.csv"
    scored = runner.invoke(
        build_app(),
        [
            "model",
            "score",
            "--model",
            str(out),
            "--input",
            str(kcs_file),
            "--output",
            str(scored_file),
        ],
    )
    assert scored.exit_code == 0, scored.output
    scores = pd.read_csv(scored_file, dtype={"declaration_id": str})
    source = pd.read_csv(kcs_file, dtype=str)
    assert len(scores) == len(source)
    assert scores["declaration_id"].tolist() == source["Declaration ID"].tolist()
    assert {"fraud_score", "critical_score", "reason_1"} <= set(scores.columns)
    card = runner.invoke(build_app(), ["model", "card", "--model", str(out)])
    assert "Training window: 2020-01-01 to 2020-12-31" in card.output


def test_bad_input_fails_with_a_sentence(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("Declaration ID,HS6 Code,Item Price\n1,080620,10\n")
    result = runner.invoke(
        build_app(), ["model", "train", "--input", str(bad), "--out", str(tmp_path / "m")]
    )
    assert result.exit_code == 1
    assert "missing column(s) 'Date'" in result.output
    assert "Traceback" not in result.output
    missing = runner.invoke(
        build_app(),
        ["model", "score", "--model", str(tmp_path), "--input", str(bad), "--output", "x.csv"],
    )
    assert missing.exit_code == 1
    assert "not a Kordon model directory" in missing.output


def test_from_db_on_an_empty_database_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KORDON_DATABASE_URL", f"sqlite:///{tmp_path / 'empty.db'}")
    result = runner.invoke(build_app(), ["model", "train", "--from-db", "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert "holds no inspected declaration to learn from" in result.output
