"""`kordon bench ...`: benchmarks that print their figures, one module each.

The commands live here; what they measure lives in `kordon.bench`.
"""

from __future__ import annotations

import subprocess
import sys
from typing import Annotated, Any

import typer
import typer.main

from kordon.cli import osint
from kordon.cli.benchmarks import (
    assess,
    intake,
    load,
    model,
    network,
    scenario,
    screening,
    security,
    volume,
)

app = typer.Typer(help="Run a benchmark and print its figures.", no_args_is_help=True)
app.command("intake")(intake.intake)
app.command("scenario")(scenario.scenario)
app.command("assess")(assess.assess)
app.command("serving")(assess.serving)
app.command("osint")(osint.bench_osint)
app.command("screening")(screening.screening)
app.command("network")(network.network)
app.command("targeting")(model.targeting)
app.command("selection")(model.selection)
app.command("security")(security.security)
app.command("load")(load.load)
app.command("volume")(volume.volume)


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
