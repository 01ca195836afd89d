"""The decisions fitted and measured on kept first-run readings: batches whose reader kept no
field spans left out of fitting, each forward batch decided by a fit on the batches below it
only, the forward batches pooled, and `kordon bench osint --first-runs` as a user runs it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kordon.cli import build_app
from kordon.osint import field_decision, field_forward, first_runs, forward
from kordon.osint.evaluate import Scores, load_batches, load_labelled, score_text
from kordon.osint.records import SeizureRecord

runner = CliRunner()
_HIDING = "inside the spare tyre"


def _found(n: int, *, spans: bool) -> SeizureRecord:
    sentence = f"Officers found {n} kg of heroin {_HIDING} of a car."
    return SeizureRecord(
        context="primary", substance="heroin", quantity_kg=float(n), evidence=sentence,
        concealment=_HIDING if n % 3 else "the officers grew suspicious of the driver",
        field_evidence={"concealment": sentence} if spans else {},
    )  # fmt: skip


def _labelled_set(root: Path, last: int = 30, spans_from: int = 11) -> None:
    """Texts 1..last in batches of ten, labelled with the hiding place; each kept reading gives
    it, or a clause in every third text; readings below spans_from carry no field spans."""
    (root / "texts").mkdir(parents=True)
    (root / "expected").mkdir()
    names = [(f"{a}-{a + 9}", a, a + 9) for a in range(1, last, 10)]
    run = [{"language": "en", "texts": 10, "records": 10, "record_f1": 1.0, "field_f1": 0.5}]
    (root / "batches.json").write_text(json.dumps({
        "languages": [{"first": 1, "last": last, "language": "en"}],
        "batches": [{"name": n, "first": a, "last": b, "first_run": run} for n, a, b in names],
    }))  # fmt: skip
    readings: dict[str, dict[str, list[dict[str, object]]]] = {}
    for n in range(1, last + 1):
        name = f"{n:02d}-en-heroin"
        (root / "texts" / f"{name}.txt").write_text(f"Officers found {n} kg of heroin.")
        label = SeizureRecord(context="primary", substance="heroin", quantity_kg=float(n),
                              concealment=_HIDING)  # fmt: skip
        (root / "expected" / f"{name}.json").write_text(json.dumps([label.to_json()]))
        batch = next(b for b, a, z in names if a <= n <= z)
        found = _found(n, spans=n >= spans_from)
        readings.setdefault(batch, {})[name] = [found.to_json()]
    for batch, kept in readings.items():
        first_runs.save(first_runs.batch_folder(root, batch), kept)


def test_batches_whose_reader_kept_no_field_spans_are_left_out_of_fitting(
    tmp_path: Path,
) -> None:
    _labelled_set(tmp_path)
    batches = load_batches(tmp_path)
    kept = first_runs.load(tmp_path, load_labelled(tmp_path))
    fitted = first_runs.with_field_spans(kept, batches)
    assert len(kept) == 30
    assert {batches.batch_of(item.name) for item, _ in fitted} == {"11-20", "21-30"}


def test_each_forward_batch_is_decided_by_a_fit_on_the_first_runs_below_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _labelled_set(tmp_path)
    batches = load_batches(tmp_path)
    kept = first_runs.load(tmp_path, load_labelled(tmp_path))
    reads = forward.read_all(first_runs.with_field_spans(kept, batches), batches)
    fitted_on: list[list[int]] = []
    fit = field_forward.fit_on

    def spy(train: list[forward.Read]) -> field_decision.FieldDecision:
        fitted_on.append(sorted(forward.number(r.item.name) for r in train))
        return fit(train)

    monkeypatch.setattr(field_forward, "fit_on", spy)
    figures = field_forward.forward(reads, batches, ["21-30"])
    assert fitted_on == [list(range(11, 21))]
    (figure,) = figures
    # Fitted on kept spans where every clause was wrong, it empties the batch's clauses.
    assert figure.with_decision.fields["concealment"].fp < figure.without.fields["concealment"].fp
    assert figure.with_decision.micro_fields.f1 > figure.without.micro_fields.f1


def test_the_forward_batches_pooled_are_their_texts_scored_together(tmp_path: Path) -> None:
    _labelled_set(tmp_path)
    batches = load_batches(tmp_path)
    kept = first_runs.load(tmp_path, load_labelled(tmp_path))
    reads = forward.read_all(first_runs.with_field_spans(kept, batches), batches)
    figures = field_forward.forward(reads, batches, ["11-20", "21-30"])
    without, _ = forward.pooled(figures)["all"]
    together = Scores()
    for item, found in kept[10:]:
        score_text(item.expected, found, together)
    assert (without.texts, without.records, without.micro_fields) == (
        together.texts, together.records, together.micro_fields
    )  # fmt: skip


def test_bench_first_runs_checks_the_kept_readings_and_measures_forward(tmp_path: Path) -> None:
    _labelled_set(tmp_path)
    result = runner.invoke(build_app(), ["bench", "osint", "--data", str(tmp_path),
                                         "--first-runs"], env={"COLUMNS": "200"})  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "first runs reproduced by the kept readings: 0 of 3" in result.stdout
    assert "left out of fitting, their reader kept no field spans: 1-10" in result.stdout
    assert "field decision on first runs, pooled all" in result.stdout
    assert "record decision on first runs, pooled en" in result.stdout


def test_bench_first_runs_without_readings_or_beside_a_reading_option_is_refused(
    tmp_path: Path,
) -> None:
    _labelled_set(tmp_path)
    beside = runner.invoke(build_app(), ["bench", "osint", "--data", str(tmp_path),
                                         "--first-runs", "--language", "en"])  # fmt: skip
    assert beside.exit_code == 1
    assert "--first-runs reads no text" in beside.stderr
    for folder in (tmp_path / first_runs.FOLDER).iterdir():
        for path in folder.iterdir():
            path.unlink()
    empty = runner.invoke(build_app(), ["bench", "osint", "--data", str(tmp_path),
                                        "--first-runs"])  # fmt: skip
    assert empty.exit_code == 1
    assert "holds no first-run reading" in empty.stderr
    assert "scripts/osint_first_readings.py" in empty.stderr
