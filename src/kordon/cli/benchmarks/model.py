"""The bodies of `kordon bench targeting` and `kordon bench selection`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from kordon.risk.model.kcs import TRAIN_FILE, VALID_FILE

if TYPE_CHECKING:
    from kordon.bench.targeting import MethodResult
    from kordon.risk.model.simulate import PolicyRun

FIGURES = ("p@1%", "p@2%", "p@5%", "p@10%", "r@5%", "r@10%", "crit r@5%", "auc")


def _ratio(value: float, base: float) -> str:
    """value / base as 'x1.23', or a dash when base is zero."""
    return f"x{value / base:.2f}" if base else "-"


def targeting(
    train: Path = typer.Option(TRAIN_FILE, help="Earlier declarations with outcomes (KCS)."),
    valid: Path = typer.Option(VALID_FILE, help="Later declarations to evaluate on (KCS)."),
    baselines: bool = typer.Option(True, help="Also run the label-encoded XGBoost / LightGBM."),
    scale: bool = typer.Option(True, help="Also time training on train+valid plus scoring."),
) -> None:
    """Train on 2020, evaluate on 2021 Q1: Kordon's model against baselines and random."""
    from kordon.bench.targeting import MEMORY_BUDGET_MB, TARGETS, TIME_BUDGET_S, run_targeting
    from kordon.risk.model.frame import FrameError

    console = Console(width=150)
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("benchmark", total=4 + (2 if baselines else 0) + int(scale))

        def step(what: str) -> None:
            progress.update(task, description=what, advance=1)

        try:
            report = run_targeting(train, valid, baselines=baselines, scale=scale, step=step)
        except FrameError as exc:
            Console(stderr=True).print(f"[red]error:[/red] {exc}", highlight=False)
            raise typer.Exit(2) from None
    console.print(
        f"trained on {report.train_rows:,} declarations, evaluated on {report.eval_rows:,} "
        f"(violation rate {report.violation_rate:.1%}; best possible r@10% "
        f"{report.best_recall_10:.3f})"
    )
    table = Table(title="Targeting on a later period")
    table.add_column("method")
    for name in FIGURES:
        table.add_column(name, justify="right")
    for name in ("train s", "score s", "peak MiB"):
        table.add_column(name, justify="right")
    for result in report.results:
        table.add_row(
            result.name,
            *(f"{result.metrics[f]:.3f}" for f in FIGURES),
            f"{result.train_s:.1f}",
            f"{result.score_s:.2f}",
            f"{result.peak_mb:.0f}" if result.peak_mb == result.peak_mb else "-",
        )
    console.print(table)
    _comparisons(console, report.results)
    ours = report.results[0].metrics
    lines = [
        f"{name} {ours[name]:.3f} (target >= {goal}): {'met' if ours[name] >= goal else 'MISSED'}"
        for name, goal in TARGETS.items()
    ]
    if report.scale_rows:
        ok = report.scale_seconds < TIME_BUDGET_S and report.scale_peak_mb < MEMORY_BUDGET_MB
        lines.append(
            f"train on {report.scale_rows:,} rows + score: {report.scale_seconds:.1f} s, process "
            f"peak {report.scale_peak_mb:.0f} MiB (target < {TIME_BUDGET_S:.0f} s, "
            f"< {MEMORY_BUDGET_MB:.0f} MiB): {'met' if ok else 'MISSED'}"
        )
    console.print("\n".join(lines), highlight=False)


def _comparisons(console: Console, results: list[MethodResult]) -> None:
    """Kordon's figures as ratios to random selection and to the best baseline."""
    ours = results[0]
    randoms = [r for r in results if r.name == "random selection"]
    others = [r for r in results[1:] if r.name != "random selection"]
    table = Table(title="Kordon's model relative to the others")
    table.add_column("against")
    for name in FIGURES[:7]:
        table.add_column(name, justify="right")
    for other in randoms + others:
        table.add_row(other.name, *(_ratio(ours.metrics[f], other.metrics[f]) for f in FIGURES[:7]))
    console.print(table)


def selection(
    train: Path = typer.Option(TRAIN_FILE, help="Earlier declarations with outcomes (KCS)."),
    valid: Path = typer.Option(VALID_FILE, help="Later declarations with outcomes (KCS)."),
    rates: list[float] = typer.Option([0.05, 0.10], "--rate", help="Inspection rate(s)."),
    retrain_every: int = typer.Option(4, min=1, help="Retrain the model every N weeks."),
    period: str = typer.Option("Q", help="Reporting period: M (month) or Q (quarter)."),
    seed: int = typer.Option(0, help="Seed for random and exploratory draws."),
) -> None:
    """Replay the data week by week: labels only for what each policy selected."""
    import pandas as pd

    from kordon.risk.model.frame import FrameError, frame_from_kcs_csv
    from kordon.risk.model.simulate import POLICIES, replay, week_count

    if period not in ("M", "Q"):
        raise typer.BadParameter("period must be M or Q", param_hint="--period")
    console = Console(width=150)
    try:
        frame = pd.concat([frame_from_kcs_csv(train), frame_from_kcs_csv(valid)])
    except FrameError as exc:
        Console(stderr=True).print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(2) from None
    weeks = week_count(frame)
    runs: dict[float, list[PolicyRun]] = {}
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("replaying", total=weeks * len(POLICIES) * len(rates))
        for rate in rates:
            for policy in POLICIES:
                progress.update(task, description=f"{policy} at {rate:.0%}")
                runs.setdefault(rate, []).append(
                    replay(
                        frame,
                        policy,
                        rate,
                        retrain_every=retrain_every,
                        period=period,
                        seed=seed,
                        step=lambda: progress.advance(task),
                    )
                )
    console.print(
        f"{len(frame):,} declarations over {weeks} weeks; the first 4 weeks are selected at "
        f"random, then the model retrains every {retrain_every} weeks on the labels it chose"
    )
    for rate, policy_runs in runs.items():
        table = Table(title=f"Inspecting {rate:.0%} of each week (precision / recall)")
        table.add_column("period")
        for run in policy_runs:
            table.add_column(run.policy, justify="right")
        for label in policy_runs[0].selected:
            table.add_row(
                label,
                *(f"{r.precision(label):.3f} / {r.recall(label):.3f}" for r in policy_runs),
            )
        table.add_row(
            "all",
            *(f"{r.total_precision():.3f} / {r.total_recall():.3f}" for r in policy_runs),
            style="bold",
        )
        base = policy_runs[-1].total_precision()
        table.add_row("vs random", *(_ratio(r.total_precision(), base) for r in policy_runs))
        console.print(table)
