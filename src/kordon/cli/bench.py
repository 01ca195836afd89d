"""`kordon bench ...`: benchmarks that print their figures, one module each."""

from __future__ import annotations

import typer

from kordon.cli import bench_assess, bench_intake, bench_scenario, osint

app = typer.Typer(help="Run a benchmark and print its figures.", no_args_is_help=True)
app.command("intake")(bench_intake.intake)
app.command("scenario")(bench_scenario.scenario)
app.command("assess")(bench_assess.assess)
app.command("osint")(osint.bench_osint)
