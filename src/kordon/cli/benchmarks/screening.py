"""`kordon bench screening`: screening speed on generated lists, quality on labelled pairs."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from kordon.bench.screening import (
    EntityResult,
    QualityResult,
    SpeedResult,
    measure_alerts,
    measure_entities,
    measure_quality,
    measure_speed,
)
from kordon.risk.screening import DEFAULT_THRESHOLD, NAME, VERSION
from kordon.risk.screening.quality import NOMENKLATURA_THRESHOLD, Quality, read_pairs

T = TypeVar("T")
DEFAULT_PAIRS = Path("data/screening/pairs.jsonl")
CLASS_PAIRS = Path("data/screening/classes/pairs.jsonl")
P99_TARGET_MS = 5.0
# Targets on the alias pairs (all of them), and on the held-out split of the class pairs.
RECALL_TARGET = 0.95
PRECISION_TARGET = 0.97
CLASS_RECALL_TARGET = 0.90
CLASS_PRECISION_TARGET = 0.95


def screening(
    sizes: Annotated[
        str, typer.Option(help="Comma-separated sizes of the generated watchlists.")
    ] = "100000,1000000",
    queries: Annotated[int, typer.Option(min=100, help="Names screened per list.")] = 3000,
    pairs: Annotated[Path, typer.Option(help="Labelled name pairs (JSON Lines).")] = DEFAULT_PAIRS,
    class_pairs: Annotated[
        Path,
        typer.Option(
            help="Labelled pairs by class, with their splits (data/screening/classes/pairs.jsonl "
            "holds train and test; each holdout-N/ folder beside it holds one hold-out set, "
            "split holdout-N)."
        ),
    ] = CLASS_PAIRS,
    split: Annotated[
        str,
        typer.Option(
            help="Which split of the class pairs to measure: a split the file holds "
            "(test and train, or holdout-N for a hold-out set's own file) or all."
        ),
    ] = "test",
    alert_list: Annotated[
        int,
        typer.Option(
            min=0,
            help="Generated entries on the list that unlisted real names are screened against.",
        ),
    ] = 100_000,
    nomenklatura: Annotated[
        bool, typer.Option(help="Also run nomenklatura's logic-v2 on the same pairs.")
    ] = True,
    speed: Annotated[bool, typer.Option(help="Run the speed part.")] = True,
    entities: Annotated[
        Path | None,
        typer.Option(
            help="Entities (JSON Lines, as holdout-5/entities.jsonl): screen each published "
            "name against a list holding the entity's other names, all other entities and "
            "the generated entries (--alert-list of them); precision and recall per class."
        ),
    ] = None,
) -> None:
    """Screening throughput and p50/p99 latency per name; precision and recall vs nomenklatura."""
    console = Console(width=180)
    console.print(f"[bold]{NAME} v{VERSION}[/], default threshold {DEFAULT_THRESHOLD}")
    given = [(pairs, "--pairs"), (class_pairs, "--class-pairs")]
    if entities is not None:
        given.append((entities, "--entities"))
    for path, hint in given:
        if not path.exists():
            raise typer.BadParameter(f"{path}: no such file", param_hint=hint)
    splits = sorted({p.split for p in read_pairs(class_pairs)})
    if split != "all" and split not in splits:
        raise typer.BadParameter(
            f"split must be all or one that {class_pairs} holds: {', '.join(splits)}",
            param_hint="--split",
        )
    try:
        size_list = [int(s.replace("_", "")) for s in sizes.split(",") if s.strip()]
    except ValueError:
        raise typer.BadParameter("sizes must be whole numbers", param_hint="--sizes") from None
    with console.status("scoring labelled pairs"):
        result = measure_quality(pairs, with_nomenklatura=nomenklatura)
    console.print(_quality_table(result, RECALL_TARGET, PRECISION_TARGET))
    console.print(_variant_table(result))
    with console.status(f"scoring the {split} split of the class pairs"):
        classes = measure_quality(class_pairs, with_nomenklatura=nomenklatura, split=split)
    console.print(_quality_table(classes, CLASS_RECALL_TARGET, CLASS_PRECISION_TARGET))
    console.print(_class_table(classes))
    console.print(_named_table(classes))
    with console.status("screening names that are not on the list"):
        alerts = measure_alerts(class_pairs.parent / "entities.jsonl", alert_list)
    console.print(
        f"Alerts at threshold {DEFAULT_THRESHOLD}: {alerts.per_100k:,.0f} per 100,000 screened "
        f"names not on the list ({alerts.alerts} of {alerts.screened} real names of unlisted "
        f"people and companies, screened against {alerts.list_entries:,} entries; "
        f"{alerts.on_relatives} of them on a relative or sister company)"
    )
    if entities is not None:
        with console.status("screening each published name against its entity's other names"):
            try:
                by_entity = measure_entities(entities, alert_list)
            except (KeyError, ValueError) as exc:
                raise typer.BadParameter(
                    f"{entities}: not an entities file ({exc})", param_hint="--entities"
                ) from None
        console.print(_entity_table(by_entity))
    if result.nomenklatura_error:
        console.print(f"nomenklatura: {result.nomenklatura_error}")
    if not speed:
        return
    speeds = []
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
    ) as progress:

        def track(items: Iterable[T], description: str, total: int) -> Iterator[T]:
            """Advance a progress bar over items."""
            task = progress.add_task(description, total=total)
            for item in items:
                progress.advance(task)
                yield item
            progress.remove_task(task)

        for size in size_list:
            speeds.append(measure_speed(size, queries, track))
    console.print(_speed_table(speeds))


def _speed_table(results: list[SpeedResult]) -> Table:
    """Speed figures, one row per list size, with the p99 target."""
    table = Table(title=f"Screening speed (target: p99 < {P99_TARGET_MS} ms per name at 1M)")
    for column in (
        "entries", "names", "build s", "memory MB", "queries", "p50 ms", "p99 ms", "mean ms",
        "names/s", "cpu p50 ms", "cpu p99 ms", "load", "matched", "p99 target",
    ):  # fmt: skip
        table.add_column(column, justify="right")
    for r in results:
        verdict = (
            "-" if r.entries < 1_000_000 else ("met" if r.p99_ms < P99_TARGET_MS else "MISSED")
        )
        table.add_row(
            f"{r.entries:,}",
            f"{r.names:,}",
            f"{r.build_seconds:.1f}",
            f"{r.memory_mb:,.0f}",
            f"{r.queries:,}",
            f"{r.p50_ms:.2f}",
            f"{r.p99_ms:.2f}",
            f"{r.mean_ms:.2f}",
            f"{r.throughput:,.0f}",
            f"{r.cpu_p50_ms:.2f}",
            f"{r.cpu_p99_ms:.2f}",
            f"{r.load:.1f}",
            f"{r.hit_share:.2f}",
            verdict,
        )
    return table


def _quality_table(result: QualityResult, recall_target: float, precision_target: float) -> Table:
    """Precision, recall and F1 of both matchers side by side."""
    table = Table(
        title=(
            f"Match quality on {result.pairs} labelled pairs ({result.positives} matches, "
            f"split: {result.split}); target recall >= {recall_target} at precision >= "
            f"{precision_target}"
        )
    )
    for column in ("matcher", "threshold", "precision", "recall", "F1", "TP", "FP", "FN", "note"):
        table.add_column(column, justify="right")

    def row(q: Quality, note: str) -> None:
        """One matcher's figures."""
        table.add_row(
            q.matcher,
            f"{q.threshold:.3f}",
            f"{q.precision:.3f}",
            f"{q.recall:.3f}",
            f"{q.f1:.3f}",
            str(q.true_pos),
            str(q.false_pos),
            str(q.false_neg),
            note,
        )

    met = result.kordon.recall >= recall_target and result.kordon.precision >= precision_target
    row(result.kordon, f"default; target {'met' if met else 'MISSED'}")
    row(result.kordon_screened, "default, through retrieval (screening the query)")
    if result.nomenklatura is not None:
        row(result.nomenklatura, f"yente's default match threshold {NOMENKLATURA_THRESHOLD}")
    row(result.kordon_best, "best F1 on these pairs (in-sample)")
    if result.nomenklatura_best is not None:
        row(result.nomenklatura_best, "best F1 on these pairs (in-sample)")
    return table


def _variant_table(result: QualityResult) -> Table:
    """Share of pairs each matcher gets right, by kind of pair."""
    table = Table(title="Right answers by kind of pair (at each matcher's default threshold)")
    for column in ("variant", "label", "pairs", "kordon", "nomenklatura logic-v2"):
        table.add_column(column, justify="right")
    for variant, pairs, label, ours, theirs in result.by_variant:
        table.add_row(
            variant or "-",
            "match" if label else "no match",
            str(pairs),
            f"{ours:.3f}",
            "-" if theirs is None else f"{theirs:.3f}",
        )
    return table


def _class_table(result: QualityResult) -> Table:
    """Precision and recall per class for both matchers, at their default thresholds."""
    table = Table(
        title=f"Precision and recall by class ({result.split} split; '-' where a class has "
        "no pair of the label needed)"
    )
    for column in (
        "class", "matches", "non-matches", "kordon precision", "kordon recall",
        "kordon false hits", "nomenklatura precision", "nomenklatura recall",
        "nomenklatura false hits",
    ):  # fmt: skip
        table.add_column(column, justify="right")
    theirs = {c.name: c for c in result.nomenklatura_classes or []}

    def fmt(value: float | None) -> str:
        """A share to three places, or '-' when there is none."""
        return "-" if value is None else f"{value:.3f}"

    for ours in result.kordon_classes:
        other = theirs.get(ours.name)
        table.add_row(
            ours.name,
            str(ours.matches),
            str(ours.non_matches),
            fmt(ours.precision),
            fmt(ours.recall),
            str(ours.false_hits),
            fmt(other.precision) if other else "-",
            fmt(other.recall) if other else "-",
            str(other.false_hits) if other else "-",
        )
    return table


def _named_table(result: QualityResult) -> Table:
    """Recall over all matches beside recall over the matches that are not another name."""
    table = Table(
        title=f"Recall with and without the {result.other_names} matches labelled 'other name' "
        "(names sharing no name part: nom de guerre, nickname, former name, acronym)"
    )
    for column in (
        "matcher", "precision", "recall, all matches", "recall without 'other name'",
        "matches", "matches without 'other name'",
    ):  # fmt: skip
        table.add_column(column, justify="right")
    for every, named in (
        (result.kordon, result.kordon_named),
        (result.kordon_screened, result.kordon_screened_named),
    ):
        if named is None:
            continue
        table.add_row(
            every.matcher,
            f"{every.precision:.3f}",
            f"{every.recall:.3f}",
            f"{named.recall:.3f}",
            str(every.true_pos + every.false_neg),
            str(named.true_pos + named.false_neg),
        )
    return table


def _entity_table(result: EntityResult) -> Table:
    """Leave-one-name-out precision and recall, overall and per class."""
    table = Table(
        title=(
            f"Each published name screened against its entity's other names ({result.entities} "
            f"entities, {result.single_named} with a single name, not screened; list of "
            f"{result.list_entries:,} entries; threshold {DEFAULT_THRESHOLD})"
        )
    )
    for column in ("class", "names screened", "found", "false hits", "precision", "recall"):
        table.add_column(column, justify="right")
    for row in (result.overall, *result.classes):
        table.add_row(
            row.name,
            str(row.screened),
            str(row.found),
            str(row.false_hits),
            f"{row.precision:.3f}",
            f"{row.recall:.3f}",
        )
    return table
