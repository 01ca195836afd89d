"""`kordon bench assess`: risk engine throughput with many profiles."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

console = Console()

ASSESS_TARGET_PER_SECOND = 2_000


def assess(
    profiles: Annotated[int, typer.Option(min=1, help="Number of risk profiles.")] = 200,
    declarations: Annotated[
        int, typer.Option(min=100, help="Number of synthetic declarations.")
    ] = 20_000,
    base: Annotated[
        Path, typer.Option(help="Profiles used first, topped up to --profiles.")
    ] = Path("data/profiles/azerbaijan.yaml"),
    capacity: Annotated[int, typer.Option(min=0, help="Red slots per checkpoint per day.")] = 40,
    random_share: Annotated[float, typer.Option(min=0, max=1, help="Random control share.")] = 0.02,
    seed: Annotated[int, typer.Option(help="Seed of the synthetic data.")] = 1,
) -> None:
    """Risk engine throughput (declarations/s) with N profiles, against a no-profile baseline."""
    from kordon.bench import assess as bench
    from kordon.cli.common import fail, progress
    from kordon.risk.profiles import ProfileError, load_profiles

    try:
        known = load_profiles(base) if base.is_file() else []
    except ProfileError as exc:
        fail(str(exc))
    profile_list = bench.synthetic_profiles(profiles, known, seed)
    batch = bench.synthetic_declarations(declarations, seed)
    with progress() as bar:
        task = bar.add_task("assessing", total=len(batch))
        result = bench.run_assess_bench(
            batch,
            profile_list,
            capacity=capacity,
            random_share=random_share,
            progress=lambda n: bar.advance(task, n),
        )
    table = Table(
        title=f"Assessment of {result.declarations:,} declarations with {result.profiles} "
        f"profiles ({len(known)} from {base.name}) on {os.cpu_count()} cores"
    )
    for column in ("run", "seconds", "declarations/s"):
        table.add_column(column, justify="left" if column == "run" else "right")
    rows = [
        ("baseline: engine without profiles", result.baseline_seconds, result.baseline_rate),
        ("engine", result.assess_seconds, result.assess_rate),
        ("engine + channel selection", result.assess_seconds + result.select_seconds,
         result.total_rate),
    ]  # fmt: skip
    for name, seconds, rate in rows:
        table.add_row(name, f"{seconds:.2f}", f"{rate:,.0f}")
    console.print(table)
    verdict = "meets" if result.assess_rate >= ASSESS_TARGET_PER_SECOND else "misses"
    console.print(
        f"Engine: {result.assess_rate:,.0f} declarations/s; {verdict} the target of "
        f"{ASSESS_TARGET_PER_SECOND:,}/s. Reasons per declaration: "
        f"{result.reasons_per_declaration:.2f}."
    )
    channels = ", ".join(f"{k} {v:,}" for k, v in result.channels.items())
    console.print(f"Channels with {capacity} red slots per checkpoint per day: {channels}.")


HTTP_P99_TARGET_MS = 20.0


def serving(
    watchlist_size: Annotated[
        int, typer.Option(min=1000, help="Entries in the generated watchlist.")
    ] = 100_000,
    declarations: Annotated[
        int, typer.Option(min=100, help="Declarations assessed in batch.")
    ] = 20_000,
    requests: Annotated[int, typer.Option(min=10, help="Declarations lodged over HTTP.")] = 500,
) -> None:
    """Assessment with 200 profiles and a large watchlist: in batch, and through the HTTP API."""
    from kordon.bench import assess as bench
    from kordon.bench.serving import run_serving_bench
    from kordon.resources import data_file
    from kordon.risk.profiles import load_profiles

    profiles = bench.synthetic_profiles(200, load_profiles(data_file("profiles/azerbaijan.yaml")))
    console.print(f"Generating a {watchlist_size:,}-entry watchlist and starting a server ...")
    result = run_serving_bench(
        profiles,
        watchlist_size=watchlist_size,
        batch=bench.synthetic_declarations(declarations, 3),
        requests=requests,
    )
    console.print(
        f"Watchlist index of {result.watchlist_entries:,} entries built in "
        f"{result.index_seconds:.1f} s."
    )
    verdict = "meets" if result.batch_rate >= ASSESS_TARGET_PER_SECOND else "misses"
    console.print(
        f"Batch: {result.batch_declarations:,} declarations with 200 profiles and the watchlist "
        f"in {result.batch_seconds:.2f} s = {result.batch_rate:,.0f}/s; {verdict} the target "
        f"of {ASSESS_TARGET_PER_SECOND:,}/s."
    )
    table = Table(title=f"HTTP on 127.0.0.1, {requests} requests one after the other")
    for column in ("request", "p50 ms", "p99 ms", "requests/s"):
        table.add_column(column, justify="left" if column == "request" else "right")
    for row in (result.health, result.lodge):
        table.add_row(row.name, f"{row.p50:.2f}", f"{row.p99:.2f}", f"{row.per_second:,.0f}")
    console.print(table)
    verdict = "meets" if result.lodge.p99 <= HTTP_P99_TARGET_MS else "misses"
    console.print(
        f"POST /api/declarations (lodge, check, store, screen, assess, audit): p99 "
        f"{result.lodge.p99:.1f} ms; {verdict} the target of {HTTP_P99_TARGET_MS:g} ms "
        f"({result.lodge.p99 / result.health.p99:.1f}x the p99 of GET /healthz)."
    )
