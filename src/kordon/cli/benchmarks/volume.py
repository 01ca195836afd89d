"""`kordon bench volume`: scenario traffic at national scale, stage by stage, N/4 to N."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from kordon.cli.benchmarks.options import ScratchPostgres
from kordon.cli.common import progress

if TYPE_CHECKING:
    from kordon.bench.volume import Run, Tracker

# Cost per declaration at N may exceed its cost at N/4 by this factor and still count as
# linear: indexes grow by log N, and a shared machine is noisy.
LINEAR_FACTOR = 1.3


def volume(
    declarations: Annotated[
        int, typer.Option(min=400, help="Declarations in the largest run (N).")
    ] = 40_000,
    seed: Annotated[int, typer.Option(help="Seed of the scenario generator.")] = 7,
    postgres_url: ScratchPostgres = None,
) -> None:
    """Intake, storage and assessment throughput on SQLite and PostgreSQL at N/4, N/2 and N
    declarations of scenario traffic, and whether the cost per declaration stays flat."""
    from kordon.bench import volume as bench
    from kordon.bench.scratch import drop_postgres, fresh_postgres

    console = Console(width=120)
    sizes = [declarations // 4, declarations // 2, declarations]
    runs: list[Run] = []
    with tempfile.TemporaryDirectory(prefix="kordon-volume-") as folder_name:
        folder = Path(folder_name)
        traffic = folder / "traffic.jsonl"
        with progress() as bar:
            task = bar.add_task("generating scenario traffic", total=declarations)
            generated = bench.write_traffic(
                traffic, declarations, seed, lambda n: bar.advance(task, n)
            )
        console.print(
            f"Generated {declarations:,} declarations in {generated:.0f} s "
            f"({declarations / generated:,.0f}/s; the generator, not Kordon)."
        )
        for size in sizes:
            part = bench.head(traffic, folder / f"traffic-{size}.jsonl", size)
            url = f"sqlite:///{folder / f'volume-{size}.db'}"
            with progress() as bar:
                runs.append(bench.measure("SQLite", url, part, size, _tracker(bar)))
            _done(console, runs[-1])
            Path(url.removeprefix("sqlite:///")).unlink()  # large runs fill the disk otherwise
            if postgres_url:
                name = f"kordon_volume_{os.getpid()}_{size}"
                pg = fresh_postgres(postgres_url, name)
                try:
                    with progress() as bar:
                        runs.append(bench.measure("PostgreSQL", pg, part, size, _tracker(bar)))
                finally:
                    drop_postgres(postgres_url, name)
                _done(console, runs[-1])
            part.unlink()
    linear = _report(console, runs)
    if not postgres_url:
        console.print("PostgreSQL not measured: set KORDON_TEST_POSTGRES_URL or --postgres-url.")
    if not linear:
        raise typer.Exit(1)


def _tracker(bar: Progress) -> Tracker:
    """A bar for each stage of a run: a national volume takes tens of minutes a stage."""

    def track(stage: str, total: int) -> Callable[[int], None]:
        task = bar.add_task(stage, total=total)
        return lambda done: bar.advance(task, done)

    return track


def _done(console: Console, run: Run) -> None:
    # Each run as it ends: a long benchmark shows its figures before the table at the end.
    console.print(
        f"{run.store}, {run.declarations:,} declarations: import {run.import_:.0f} s, "
        f"assess {run.assess:.0f} s, load average {os.getloadavg()[0]:.2f}.",
        highlight=False,
    )


def _report(console: Console, runs: list[Run]) -> bool:
    """Print the table and the linearity verdict; True when every store stayed linear."""
    table = Table(title=f"Volume on {os.cpu_count()} cores (declarations per second)")
    for column in ("store", "declarations", "check", "import", "store (import less check)",
                   "assess", "all stages µs/decl", "vs smallest", "processor µs/decl",
                   "vs smallest"):  # fmt: skip
        table.add_column(column, justify="left" if column == "store" else "right")
    linear = wall_linear = True
    for name in dict.fromkeys(run.store for run in runs):
        own = [run for run in runs if run.store == name]
        for run in own:
            wall = _cost(run) / _cost(own[0])
            processor = _processor_cost(run) / max(_processor_cost(own[0]), 1e-9)
            linear = linear and processor <= LINEAR_FACTOR
            wall_linear = wall_linear and wall <= LINEAR_FACTOR
            table.add_row(
                name,
                f"{run.declarations:,}",
                f"{run.per_second(run.check):,.0f}",
                f"{run.per_second(run.import_):,.0f}",
                f"{run.per_second(run.store_seconds):,.0f}",
                f"{run.per_second(run.assess):,.0f}",
                f"{_cost(run):,.0f}",
                f"{wall:.2f}",
                f"{_processor_cost(run):,.0f}",
                f"{processor:.2f}",
            )
    console.print(table)
    console.print(
        f"Cost per declaration from N/4 to N: {'linear' if linear else 'NOT linear'} in "
        f"processor time, {'linear' if wall_linear else 'NOT linear'} in wall time (allowed "
        f"up to {LINEAR_FACTOR}x the smallest run's cost). Processor time is Kordon's own "
        "work, which other work on the machine does not inflate; on PostgreSQL the database "
        "server's share is in the wall time only."
    )
    return linear


def _cost(run: Run) -> float:
    """Microseconds per declaration over import and assessment, wall time."""
    return 1e6 * (run.import_ + run.assess) / run.declarations


def _processor_cost(run: Run) -> float:
    """Microseconds of processor time per declaration over import and assessment."""
    return 1e6 * run.processor / run.declarations
