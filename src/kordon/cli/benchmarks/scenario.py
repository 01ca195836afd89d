"""`kordon bench scenario`: time the demo scenario generator."""

from __future__ import annotations

import typer


def scenario(
    days: int = typer.Option(60, min=1, help="Days of traffic to generate."),
    seed: int = typer.Option(7, help="Seed of the generator."),
    repeats: int = typer.Option(3, min=1, help="Runs; the best time counts."),
) -> None:
    """Time the demo scenario generator against its five-second target."""
    from kordon.bench.scenario import bench_generation

    figures = bench_generation(seed=seed, days=days, repeats=repeats)
    for key, value in figures.items():
        typer.echo(f"{key:>24}: {value}")
    if not figures["within_target"]:
        raise typer.Exit(code=1)
