"""`kordon bench assess`: pure engine throughput with N profiles."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.progress import Progress

from kordon.risk.benchmark import run_assess_bench, synthetic_declarations, synthetic_profiles
from kordon.risk.profiles import ProfileError, load_profiles

TARGET_RATE = 2000.0
DEMO_PROFILES = Path("data/profiles/azerbaijan.yaml")


def assess(
    profiles: int = typer.Option(200, min=1, help="Number of risk profiles to load."),
    declarations: int = typer.Option(20_000, min=100, help="Number of declarations to assess."),
    base: Path = typer.Option(DEMO_PROFILES, help="Profiles used first, topped up to --profiles."),
    capacity: int = typer.Option(40, min=0, help="Daily red capacity of each checkpoint."),
    random_share: float = typer.Option(0.02, min=0, max=1, help="Random control share."),
    seed: int = typer.Option(1, help="Seed of the synthetic declarations and profiles."),
) -> None:
    """Assess synthetic declarations against N profiles and print the throughput."""
    console = Console()
    try:
        known = load_profiles(base) if base.exists() else []
    except ProfileError as exc:
        raise typer.BadParameter(str(exc), param_hint="--base") from exc
    profile_list = synthetic_profiles(profiles, known, seed)
    batch = synthetic_declarations(declarations, seed)
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("assessing", total=len(batch))
        result = run_assess_bench(
            batch,
            profile_list,
            capacity=capacity,
            random_share=random_share,
            progress=lambda n: progress.advance(task, n),
        )
    verdict = "meets" if result.assess_rate >= TARGET_RATE else "MISSES"
    console.print(f"profiles {result.profiles} ({len(known)} from {base.name}), "
                  f"declarations {result.declarations:,}, "
                  f"reasons/declaration {result.reasons_per_declaration:.2f}")  # fmt: skip
    console.print(f"engine             {result.assess_rate:>9,.0f} declarations/s "
                  f"({result.assess_seconds:.2f} s)")  # fmt: skip
    console.print(f"target             {TARGET_RATE:>9,.0f} declarations/s: {verdict}")
    console.print(f"engine + selection {result.total_rate:>9,.0f} declarations/s "
                  f"(selection {result.select_seconds:.2f} s)")  # fmt: skip
    console.print(f"baseline, 0 rules  {result.baseline_rate:>9,.0f} declarations/s")
    channels = ", ".join(f"{k} {v:,}" for k, v in result.channels.items())
    console.print(f"channels (capacity {capacity}/checkpoint/day): {channels}")
