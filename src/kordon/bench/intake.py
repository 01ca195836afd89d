"""Intake throughput: the KCS files into SQLite and PostgreSQL, against a no-checks baseline."""

from __future__ import annotations

import csv
import os
import sqlite3
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kordon.bench.scratch import fresh_postgres
from kordon.intake.prepared import prepare
from kordon.intake.reader import read_file
from kordon.services.importing import import_file
from kordon.storage.store import open_store

# The run the target is about: as `kordon declarations import` does it.
SQLITE_IMPORT = "import into SQLite (WAL)"


@dataclass(frozen=True)
class Figure:
    """One measured run."""

    name: str
    rows: int
    seconds: float

    @property
    def rows_per_second(self) -> float:
        """Throughput."""
        return self.rows / self.seconds if self.seconds else float("inf")


def _timed(name: str, run: Callable[[], int]) -> Figure:
    start = time.perf_counter()
    rows = run()
    return Figure(name, rows, time.perf_counter() - start)


def _parse_only(files: list[Path]) -> int:
    rows = 0
    for path in files:
        for parsed in read_file(path):
            if parsed.record is not None:
                prepare(parsed.record)
            rows += 1
    return rows


def _baseline(files: list[Path], folder: Path) -> int:
    """Raw CSV rows into one SQLite table with no checks at all: the floor of any import."""
    connection = sqlite3.connect(folder / "baseline.db")
    connection.execute("PRAGMA journal_mode=WAL")
    rows = 0
    for path in files:
        with path.open(encoding="utf-8", newline="") as stream:
            reader = csv.reader(stream)
            header = next(reader)
            columns = ", ".join(f'"{name}"' for name in header)
            connection.execute(f"CREATE TABLE IF NOT EXISTS raw ({columns})")
            marks = ", ".join("?" for _ in header)
            batch = list(reader)
            connection.executemany(f"INSERT INTO raw VALUES ({marks})", batch)
            rows += len(batch)
    connection.commit()
    connection.close()
    return rows


def _import_all(url: str, files: list[Path], *, background: bool | None = None) -> int:
    store = open_store(url)
    try:
        rows = 0
        for path in files:
            summary = import_file(store, path, background=background)
            if summary.errors:
                raise RuntimeError(f"{path}: {summary.errors[0]}")
            rows += summary.imported + summary.unchanged
        return rows
    finally:
        store.close()


def run(files: list[Path], postgres_url: str | None) -> list[Figure]:
    """Measure every variant and return the figures in print order."""
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="kordon-bench-") as folder_name:
        folder = Path(folder_name)
        figures.append(
            _timed("baseline: raw CSV into SQLite, no checks", lambda: _baseline(files, folder))
        )
        figures.append(_timed("parse and check only (no database)", lambda: _parse_only(files)))
        url = f"sqlite:///{folder / 'kordon.db'}"
        figures.append(_timed(SQLITE_IMPORT, lambda: _import_all(url, files)))
        figures.append(
            _timed("re-import into SQLite (all unchanged)", lambda: _import_all(url, files))
        )
        alone = f"sqlite:///{folder / 'alone.db'}"
        figures.append(
            _timed(
                "import into SQLite, reading and writing in one process",
                lambda: _import_all(alone, files, background=False),
            )
        )
        if postgres_url:
            pg = fresh_postgres(postgres_url, f"kordon_bench_{os.getpid()}")
            figures.append(_timed("import into PostgreSQL", lambda: _import_all(pg, files)))
            figures.append(
                _timed("re-import into PostgreSQL (all unchanged)", lambda: _import_all(pg, files))
            )
    return figures
