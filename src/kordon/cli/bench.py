"""`kordon bench ...`: benchmarks that print their figures."""

from __future__ import annotations

import typer

from kordon.cli import model_bench

app = typer.Typer(help="Run a benchmark and print its figures.", no_args_is_help=True)
app.command("targeting")(model_bench.targeting)
app.command("selection")(model_bench.selection)
