"""`kordon bench intake`: import throughput into SQLite and PostgreSQL."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from kordon.cli.benchmarks.options import ScratchPostgres
from kordon.resources import data_file

console = Console()

KCS_FILES = ("kcs/df_syn_train_eng.csv", "kcs/df_syn_valid_eng.csv")
TARGET_SQLITE_ROWS_PER_SECOND = 20_000


def intake(
    files: Annotated[
        list[Path] | None, typer.Argument(help="Files to import (default: both KCS files).")
    ] = None,
    postgres_url: ScratchPostgres = None,
) -> None:
    """Rows per second into SQLite and PostgreSQL, against a no-checks baseline."""
    from kordon.bench import intake as bench

    chosen = files or [data_file(name) for name in KCS_FILES]
    missing = [str(path) for path in chosen if not path.is_file()]
    if missing:
        raise typer.BadParameter(f"no such file: {', '.join(missing)}")
    figures = bench.run(chosen, postgres_url)
    baseline = figures[0].rows_per_second
    table = Table(title=f"Intake of {figures[0].rows:,} rows on {os.cpu_count()} cores")
    for column in ("run", "rows", "seconds", "rows/s", "vs baseline"):
        table.add_column(column, justify="left" if column == "run" else "right")
    for figure in figures:
        table.add_row(
            figure.name,
            f"{figure.rows:,}",
            f"{figure.seconds:.2f}",
            f"{figure.rows_per_second:,.0f}",
            f"{figure.rows_per_second / baseline:.2f}x",
        )
    console.print(table)
    sqlite = next(f for f in figures if f.name == bench.SQLITE_IMPORT)
    verdict = "meets" if sqlite.rows_per_second >= TARGET_SQLITE_ROWS_PER_SECOND else "misses"
    console.print(
        f"SQLite import: {sqlite.rows_per_second:,.0f} rows/s; "
        f"{verdict} the target of {TARGET_SQLITE_ROWS_PER_SECOND:,} rows/s."
    )
    if not postgres_url:
        console.print("PostgreSQL not measured: set KORDON_TEST_POSTGRES_URL or --postgres-url.")
