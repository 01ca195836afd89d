"""`kordon bench network`: link quality on the labelled pairs, and linking speed at scale."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from kordon.risk.network.benchmark import measure_speed
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
