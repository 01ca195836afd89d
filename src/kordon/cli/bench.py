"""`kordon bench ...`: benchmarks that print their figures, one module each."""

from __future__ import annotations

import subprocess
import sys
from typing import Annotated, Any

import typer
import typer.main

from kordon.cli import (
    bench_assess,
    bench_intake,
    bench_load,
    bench_network,
    bench_scenario,
    bench_screening,
    bench_volume,
    model_bench,
    osint,
)

app = typer.Typer(help="Run a benchmark and print its figures.", no_args_is_help=True)
app.command("intake")(bench_intake.intake)
app.command("scenario")(bench_scenario.scenario)
app.command("assess")(bench_assess.assess)
app.command("serving")(bench_assess.serving)
app.command("osint")(osint.bench_osint)
app.command("screening")(bench_screening.screening)
app.command("network")(bench_network.network)
app.command("targeting")(model_bench.targeting)
app.command("selection")(model_bench.selection)
app.command("load")(bench_load.load)
app.command("volume")(bench_volume.volume)


@app.command("all")
def run_all(
    skip: Annotated[
        list[str] | None, typer.Option(help="A benchmark to leave out (repeatable).")
    ] = None,
) -> None:
    """Run every benchmark with its defaults, one after the other."""
    # Typer ships its own click: the group is reached through its `commands` mapping.
    commands: dict[str, Any] = getattr(typer.main.get_command(app), "commands", {})
    names = [name for name in commands if name != "all" and name not in (skip or [])]
    unknown = sorted(set(skip or []) - set(commands))
    if unknown:
        raise typer.BadParameter(
            f"no benchmark is called {', '.join(unknown)}", param_hint="--skip"
        )
    failed: list[str] = []
    for name in names:
        typer.secho(f"\n== kordon bench {name}", bold=True)
        # Each benchmark runs in a process of its own: process-wide figures such as peak memory
        # would otherwise include the benchmarks before it, and one benchmark's failure must not
        # hide the others' figures.
        if subprocess.run([sys.executable, "-m", "kordon", "bench", name], check=False).returncode:
            failed.append(name)
    if failed:
        typer.echo(f"\nBenchmarks that failed or missed a target: {', '.join(failed)}", err=True)
        raise typer.Exit(1)
