"""`kordon bench network`: link quality on the labelled pairs, and linking speed at scale."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from kordon.bench.network import measure_speed
from kordon.bench.network_provider import BATCH, ProviderResult, measure_provider
from kordon.bench.scratch import drop_postgres, fresh_postgres
from kordon.cli.benchmarks.options import ScratchPostgres
from kordon.risk.network.quality import load_pairs, measure
from kordon.risk.network.resolve import NAME, VERSION

DEFAULT_PAIRS = Path("data/network/linking-pairs.jsonl")
# Targets from the network issue.
PRECISION_TARGET = 0.98
RECALL_TARGET = 0.90
P99_TARGET_MS = 10.0


def _verdict(ok: bool) -> str:
    return "meets the target" if ok else "MISSES the target"


def network(
    pairs: Annotated[Path, typer.Option(help="Labelled mention pairs (JSON Lines).")] = (
        DEFAULT_PAIRS
    ),
    mentions: Annotated[
        int, typer.Option(min=1000, help="Generated mentions the speed index is built from.")
    ] = 1_000_000,
    declarations: Annotated[int, typer.Option(min=100, help="New declarations linked.")] = 2000,
    repeat: Annotated[
        float,
        typer.Option(
            min=0.0,
            max=0.9,
            help="Share of generated mentions naming someone named "
            "before (0: the index holds about one entity per mention).",
        ),
    ] = 0.0,
    speed: Annotated[bool, typer.Option(help="Run the speed part.")] = True,
    provider_mentions: Annotated[
        int,
        typer.Option(
            min=1000, help="Generated mentions in the stored index the network provider reads."
        ),
    ] = 100_000,
    provider: Annotated[bool, typer.Option(help="Run the network provider part.")] = True,
    postgres_url: ScratchPostgres = None,
) -> None:
    """Link precision and recall on labelled pairs; index build time and linking latency."""
    console = Console(width=160)
    if not pairs.exists():
        raise typer.BadParameter(f"{pairs}: no such file", param_hint="--pairs")
    try:
        labelled = load_pairs(pairs)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--pairs") from None
    quality = measure(labelled)
    console.print(f"[bold]{NAME} v{VERSION}[/] on {len(labelled)} labelled pairs "
                  f"({quality.pairs} decisions, both ways round)")  # fmt: skip
    console.print(f"link precision {quality.precision:.3f} (target >= {PRECISION_TARGET}: "
                  f"{_verdict(quality.precision >= PRECISION_TARGET)})")  # fmt: skip
    console.print(f"link recall    {quality.recall:.3f} (target >= {RECALL_TARGET}: "
                  f"{_verdict(quality.recall >= RECALL_TARGET)})")  # fmt: skip
    for what, count in sorted(quality.errors.items()):
        console.print(f"  {count:4d} x {what}")
    if provider:
        _provider_part(console, provider_mentions, declarations, postgres_url)
    if not speed:
        return
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=console) as bar:  # fmt: skip
        task = bar.add_task("indexing generated mentions", total=mentions)
        result = measure_speed(mentions, declarations, lambda n: bar.advance(task, n), repeat)
    console.print(
        f"index built from {result.mentions:,} mentions in {result.build_seconds:.1f} s "
        f"({result.mentions / result.build_seconds:,.0f} a second): {result.entities:,} "
        f"entities, peak memory {result.peak_rss_mb:,.0f} MB"
    )
    console.print(
        f"linking one declaration (8 mentions) against {result.entities:,} entities, "
        f"{result.declarations:,} declarations: p50 {result.p50_ms:.2f} ms, "
        f"p99 {result.p99_ms:.2f} ms (target < {P99_TARGET_MS:g} ms: "
        f"{_verdict(result.p99_ms < P99_TARGET_MS)})"
    )
    console.print(
        f"processor time of the same linking: p50 {result.cpu_p50_ms:.2f} ms, "
        f"p99 {result.cpu_p99_ms:.2f} ms; load average {os.getloadavg()[0]:.1f} "
        f"on {os.cpu_count()} processors"
    )
    console.print(
        f"baseline, the same run: exact identifier lookups only, p50 "
        f"{result.baseline_p50_ms:.3f} ms, p99 {result.baseline_p99_ms:.3f} ms"
    )


def _provider_part(
    console: Console, mentions: int, declarations: int, postgres_url: str | None
) -> None:
    """The network reason provider per declaration on a stored index, SQLite (and PostgreSQL
    when a server is given), beside one identifier lookup in the same database."""
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'network.db'}"
        _print_provider(console, "SQLite", _measure(console, url, mentions, declarations))
    if postgres_url:
        name = "kordon_bench_network"
        url = fresh_postgres(postgres_url, name)
        try:
            result = _measure(console, url, mentions, declarations)
        finally:
            drop_postgres(postgres_url, name)
        _print_provider(console, "PostgreSQL", result)


def _measure(console: Console, url: str, mentions: int, declarations: int) -> ProviderResult:
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=console) as bar:  # fmt: skip
        task = bar.add_task("storing the index the provider reads", total=mentions)
        return measure_provider(url, mentions, min(declarations, 1000),
                                lambda n: bar.advance(task, n))  # fmt: skip


def _print_provider(console: Console, database: str, result: ProviderResult) -> None:
    console.print(
        f"network provider on {database}, {result.entities:,} stored entities and "
        f"{result.seizures:,} seizures, one declaration at a time ({result.declarations:,}, "
        f"{result.flagged:,} flagged): p50 {result.p50_ms:.2f} ms, p99 {result.p99_ms:.2f} ms "
        f"wall; processor p50 {result.cpu_p50_ms:.2f} ms, p99 {result.cpu_p99_ms:.2f} ms; "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} processors"
    )
    console.print(
        f"baseline, the same database: one identifier lookup per declaration, p50 "
        f"{result.baseline_p50_ms:.3f} ms, p99 {result.baseline_p99_ms:.3f} ms "
        f"(provider / baseline at p50: {result.p50_ms / result.baseline_p50_ms:.0f}x)"
    )
    console.print(
        f"the same declarations {BATCH} at a time: {result.batch_wall_ms_each:.2f} ms wall, "
        f"{result.batch_cpu_ms_each:.2f} ms processor per declaration"
    )
