"""`kordon report monthly`: each format, a file, and a bad month."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from tests.analytics.cases import store_cases, store_declarations
from typer.testing import CliRunner

from kordon.cli import build_app
from kordon.storage.store import open_store


@pytest.fixture
def run(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("KORDON_DATABASE_URL", sqlite_url)
    store = open_store(sqlite_url)
    try:
        store_declarations(store)
        store_cases(store)
    finally:
        store.close()
    return CliRunner()


def test_markdown_by_default(run: CliRunner) -> None:
    done = run.invoke(build_app(), ["report", "monthly", "--month", "2026-11"])
    assert done.exit_code == 0, done.output
    text = done.stdout
    assert text.startswith("# Seizure report, Nov 2026")
    assert "| Heroin | kg | 622.075 kg | 2 | 0 | 2 | 0 | 64 kg | +872% |" in text
    assert "Same route IR → MD and concealment (Fuel tank), 1 day apart." in text
    assert "Not enough inspections to compare targeting with random control" in text


def test_csv_keeps_numbers_and_units_apart(run: CliRunner) -> None:
    done = run.invoke(build_app(), ["report", "monthly", "--month", "2026-11", "--format", "csv"])
    assert done.exit_code == 0, done.output
    rows = list(csv.reader(io.StringIO(done.stdout)))
    totals = [r for r in rows if r[1] == "Totals by commodity and unit"]
    assert (totals[0][:6]) == [
        "2026-11",
        "Totals by commodity and unit",
        "Heroin",
        "kg",
        "622.075",
        "2",
    ]
    assert totals[1][2:5] == ["Cigarettes", "pieces", "2000000"]


def test_html_to_a_file(run: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "november.html"
    args = ["report", "monthly", "--month", "2026-11", "--format", "html", "--output", str(target)]
    done = run.invoke(build_app(), args)
    assert done.exit_code == 0, done.output
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and "<h2>Flagged outliers</h2>" in page
    assert "Wrote the 2026-11 report (html)" in done.stderr


@pytest.mark.parametrize("month", ["2026-13", "11/2026", "2026"])
def test_a_bad_month_is_a_sentence(run: CliRunner, month: str) -> None:
    done = run.invoke(build_app(), ["report", "monthly", "--month", month])
    assert done.exit_code == 1
    assert "--month:" in done.stderr and "Traceback" not in done.output
