"""Large files are read in a second process: same rows, same errors, and no process left over."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from tests.builders import KCS_HEADER, kcs_row, make_document, write_jsonl

from kordon.intake import background
from kordon.intake.prepared import PreparedRow, prepared_batches
from kordon.intake.reader import ParsedRow
from kordon.services.importing import BATCH_SIZE, import_file
from kordon.storage.store import SqlStore

# Each test here takes seconds: `make check` leaves them out, `make test` runs them.
pytestmark = pytest.mark.slow


def _kcs_file(path: Path, rows: int) -> Path:
    lines = [KCS_HEADER] + [kcs_row(str(1_000_000 + n)) for n in range(rows)]
    lines[7] = kcs_row("bad-country", Country_of_Origin="QQ")
    lines[BATCH_SIZE + 3] = lines[5]  # the same declaration again, a batch later
    lines[BATCH_SIZE + 9] = kcs_row("1000003", Net_Mass="5")  # same id, other content
    path.write_text("\n".join(lines) + "\n" + kcs_row("9999999")[:30], encoding="utf-8")
    return path


def test_reading_apart_gives_the_same_summary_as_reading_here(
    store: SqlStore, tmp_path: Path
) -> None:
    path = _kcs_file(tmp_path / "k.csv", 2 * BATCH_SIZE + 500)
    apart = import_file(store, path, background=True)
    assert multiprocessing.active_children() == []
    here = import_file(store, path, background=False)
    assert (apart.imported, apart.unchanged) == (2 * BATCH_SIZE + 500 - 3, 1)
    assert (here.imported, here.unchanged) == (0, apart.imported + 1)
    assert apart.rejected == here.rejected == 3
    assert [str(error) for error in apart.errors] == [str(error) for error in here.errors]
    lines = [error.line for error in apart.errors]
    assert lines == [8, BATCH_SIZE + 10, 2 * BATCH_SIZE + 502]


def test_a_file_refused_by_the_reader_is_one_error(store: SqlStore, tmp_path: Path) -> None:
    path = tmp_path / "k.csv"
    path.write_text(KCS_HEADER.replace("HS6 Code,", "HS Code,") + "\n" + kcs_row() + "\n")
    summary = import_file(store, path, background=True)
    assert (summary.imported, len(summary.errors)) == (0, 1)
    assert summary.errors[0].field == "HS6 Code"


def _failing_after_one_batch(how: str) -> object:
    def batches(rows: Iterable[ParsedRow], size: int) -> Iterator[list[PreparedRow]]:
        iterator = prepared_batches(rows, size)
        yield next(iterator)
        if how == "raise":
            raise ValueError("disk on fire")
        os._exit(3)

    return batches


@pytest.mark.parametrize(
    ("how", "words"),
    [
        ("raise", "stopped at an unexpected error (ValueError: disk on fire)"),
        ("exit", "stopped before the end (exit status 3)"),
    ],
)
def test_a_reader_that_fails_keeps_what_was_written(
    store: SqlStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str, words: str
) -> None:
    monkeypatch.setattr(background, "prepared_batches", _failing_after_one_batch(how))
    path = _kcs_file(tmp_path / "k.csv", 2 * BATCH_SIZE)
    summary = import_file(store, path, background=True)
    assert summary.imported == BATCH_SIZE - 1  # the first batch, less its bad row
    assert words in summary.errors[-1].reason
    assert summary.errors[-1].reason.endswith("; the rows before it were kept")
    assert multiprocessing.active_children() == []
    strict = import_file(store, path, strict=True, background=True)
    assert strict.imported == 0 and words in strict.errors[-1].reason
    assert "kept" not in strict.errors[-1].reason


def test_stopping_early_stops_the_reader(tmp_path: Path) -> None:
    path = _kcs_file(tmp_path / "k.csv", 3 * BATCH_SIZE)
    batches = background.read_prepared(path, BATCH_SIZE, background=True)
    assert len(next(batches)) == BATCH_SIZE
    batches.close()
    assert multiprocessing.active_children() == []


def test_only_large_files_are_read_apart(tmp_path: Path) -> None:
    small = _kcs_file(tmp_path / "small.csv", BATCH_SIZE + 10)
    large = _kcs_file(tmp_path / "large.csv", 4 * BATCH_SIZE)
    assert large.stat().st_size >= background.BACKGROUND_FROM_BYTES > small.stat().st_size
    assert not background.worth_a_reader(small)
    assert background.worth_a_reader(large) == (background._usable_cores() > 1)
    assert not background.worth_a_reader(tmp_path / "missing.csv")


def test_strict_reading_apart_is_still_all_or_nothing(store: SqlStore, tmp_path: Path) -> None:
    path = _kcs_file(tmp_path / "k.csv", 2 * BATCH_SIZE)
    refused = import_file(store, path, strict=True, background=True)
    assert refused.imported == 0 and refused.rejected == 2 * BATCH_SIZE + 1
    clean = tmp_path / "clean.csv"
    clean.write_text(
        "\n".join([KCS_HEADER] + [kcs_row(str(n)) for n in range(2 * BATCH_SIZE + 7)]) + "\n"
    )
    written = import_file(store, clean, strict=True, background=True)
    assert (written.imported, written.rejected) == (2 * BATCH_SIZE + 7, 0)


def test_json_lines_read_apart(store: SqlStore, tmp_path: Path) -> None:
    documents = [make_document(id=f"J{n}") for n in range(BATCH_SIZE + 50)]
    documents[BATCH_SIZE + 1] = make_document(id="bad", lodged_at="soon")
    path = write_jsonl(tmp_path / "a.jsonl", documents)
    summary = import_file(store, path, background=True)
    assert (summary.imported, summary.rejected) == (BATCH_SIZE + 49, 1)
    assert (summary.errors[0].line, summary.errors[0].field) == (BATCH_SIZE + 2, "lodged_at")
    with store.transaction() as uow:
        stored = uow.declarations.get("J7")
    assert stored is not None and stored.declaration.drivers[0].name == "Məhəmməd Əlizadə"
