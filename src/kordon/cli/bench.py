"""`kordon bench ...`: benchmarks that print their figures."""

from __future__ import annotations

import typer

from kordon.cli import bench_screening

app = typer.Typer(help="Run a benchmark and print its figures.", no_args_is_help=True)

app.command("screening")(bench_screening.screening)
