"""The model learns from outcomes in the database and joins the engine as a reason source."""

from __future__ import annotations

from itertools import islice
from pathlib import Path

import pytest
from tests.builders import make_document, write_jsonl
from typer.testing import CliRunner

from kordon.bootstrap import engine_for, selection_policy
from kordon.cli import build_app
from kordon.domain import ReasonSource
from kordon.resources import data_file
from kordon.services.assessing import assess_arrivals
from kordon.services.importing import import_file
from kordon.services.training import frame_from_files, frame_from_store, train_from_store
from kordon.settings import Settings
from kordon.storage.store import SqlStore


def _kcs_sample(tmp_path: Path, rows: int = 800) -> Path:
    source = data_file("kcs/df_syn_train_eng.csv")
    with source.open(encoding="utf-8") as stream:
        lines = list(islice(stream, rows + 1))
    path = tmp_path / "sample.csv"
    path.write_text("".join(lines), encoding="utf-8")
    return path


def test_training_from_the_database_and_scoring_in_the_engine(
    store: SqlStore, tmp_path: Path
) -> None:
    assert import_file(store, _kcs_sample(tmp_path)).imported == 800
    frame = frame_from_store(store)
    assert len(frame) == 800 and frame["fraud"].notna().all()
    model = train_from_store(store, tmp_path / "model", estimators=30, threads=1)
    assert model is not None and (tmp_path / "model" / "model.json").is_file()

    settings = Settings(model_dir=tmp_path / "model", random_control_share=0.0)
    import_file(store, write_jsonl(tmp_path / "new.jsonl", [make_document(id="NEW-1")]))
    with store.transaction() as uow:
        engine = engine_for(uow, settings)
    assert "model" in engine.provider_versions
    (assessment,) = assess_arrivals(store, engine, ["NEW-1"], selection_policy(settings))
    (reason,) = [r for r in assessment.reasons if r.source is ReasonSource.MODEL]
    assert 0.0 <= reason.details["fraud_score"] <= 1.0
    assert reason.weight == pytest.approx(
        60 * reason.details["fraud_score"] + 40 * reason.details["critical_score"], abs=0.1
    )
    assert assessment.model_version is not None and "kordon-targeting" in assessment.model_version


def test_training_files_in_kordon_layout_need_outcomes(tmp_path: Path) -> None:
    labelled = [
        make_document(id=f"L{n}", outcome={"result": "seizure" if n % 5 == 0 else "nothing_found"})
        for n in range(10)
    ]
    frame = frame_from_files([write_jsonl(tmp_path / "l.jsonl", labelled)])
    assert frame["fraud"].sum() == 2
    unlabelled = write_jsonl(tmp_path / "u.jsonl", [make_document(id="U1")])
    with pytest.raises(ValueError, match="has no outcome to learn from"):
        frame_from_files([unlabelled])


def test_model_train_from_db_command(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KORDON_DATABASE_URL", sqlite_url)
    runner = CliRunner()
    runner.invoke(build_app(), ["declarations", "import", str(_kcs_sample(tmp_path, 400))])
    out = tmp_path / "m"
    result = runner.invoke(
        build_app(),
        ["model", "train", "--from-db", "--out", str(out), "--estimators", "20", "--threads", "1",
         "--no-evaluate"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert (out / "model.json").is_file()
    both = runner.invoke(build_app(), ["model", "train", "--from-db", "--input", "x.csv",
                                       "--out", str(out)])  # fmt: skip
    assert both.exit_code != 0 and "either --input" in both.output
