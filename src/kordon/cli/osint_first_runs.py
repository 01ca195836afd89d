"""`kordon bench osint --first-runs`: the kept first-run readings checked against the figures
recorded for them, and the field and record decisions measured forward on them: each of the
newest batches' first-run readings decided by a model fitted only on the first-run readings of
the batches numbered below it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table

if TYPE_CHECKING:
    from kordon.osint.evaluate import Batches, LabelledText
    from kordon.osint.first_runs import Check
    from kordon.osint.forward import BatchFigures

# The newest batches read forward, each by decisions fitted on the first runs before it.
FORWARD_BATCHES = 12


def report(
    console: Console, data: Path, labelled: Sequence[LabelledText], batches: Batches
) -> None:
    """Check the kept readings, then measure both decisions forward on them; a set that keeps
    no first-run reading is refused (ValueError)."""
    from kordon.cli.osint_field_decision import print_values
    from kordon.osint import field_forward, first_runs, forward

    kept = first_runs.load(data, labelled)
    if not kept:
        raise ValueError(
            f"{data / first_runs.FOLDER} holds no first-run reading: "
            "scripts/osint_first_readings.py rebuilds them"
        )
    print_checks(console, first_runs.check(kept, batches))
    fitted = first_runs.with_field_spans(kept, batches)
    spans = {batches.batch_of(item.name) for item, _ in fitted}
    left_out = {batches.batch_of(item.name) for item, _ in kept} - spans
    if left_out:
        named = ", ".join(name for name, _, _ in batches.ranges if name in left_out)
        console.print(f"left out of fitting, their reader kept no field spans: {named}")
    reads = forward.read_all(fitted, batches)
    names = forward_batches(batches)
    first = min((f for n, f, _ in batches.ranges if n in names), default=0)
    print_values(console, [r for r in reads if forward.number(r.item.name) >= first],
                 "Decided field values of the forward batches' first runs")  # fmt: skip
    print_figures(console, field_forward.forward(reads, batches, names), "field decision")
    print_figures(console, forward.forward(reads, batches, names), "record decision")


def forward_batches(batches: Batches) -> list[str]:
    """The names of the batches read forward: the newest FORWARD_BATCHES."""
    return [name for name, _, _ in batches.ranges][-FORWARD_BATCHES:]


def print_checks(console: Console, checks: Sequence[Check]) -> None:
    """Each batch's kept reading scored now beside its first run's recorded figures."""
    title = "Kept first-run readings: recorded figures, and the kept records scored now"
    table = Table("batch", "language", "texts", "records", "record F1", "field F1",
                  "now record F1", "now field F1", "same", title=title)  # fmt: skip
    same = 0
    for c in checks:
        same += c.reproduced
        table.add_row(c.batch, c.language, str(c.now[0]), str(c.now[1]), f"{c.recorded[2]:.3f}",
                      f"{c.recorded[3]:.3f}", f"{c.now[2]:.3f}", f"{c.now[3]:.3f}",
                      "yes" if c.reproduced else "no")  # fmt: skip
    console.print(table)
    console.print(f"first runs reproduced by the kept readings: {same} of {len(checks)}")


def print_figures(console: Console, figures: Sequence[BatchFigures], label: str) -> None:
    """Each forward batch's first run without and with the decision, the batches pooled, and
    how many batch readings it helped or hurt."""
    from kordon.osint.forward import pooled

    title = f"Forward on first runs: the {label} fitted on the first runs before each batch"
    table = Table("batch", "language", "fitted on", "record F1", "field F1", "with: record F1",
                  "field F1", "records dropped", "values emptied", title=title)  # fmt: skip
    moved = {"better": 0, "worse": 0, "same": 0}
    for f in figures:
        w, d = f.without, f.with_decision
        dropped = (w.records.tp + w.records.fp) - (d.records.tp + d.records.fp)
        emptied = (w.micro_fields.tp + w.micro_fields.fp) - (d.micro_fields.tp + d.micro_fields.fp)
        change = d.micro_fields.f1 - w.micro_fields.f1
        moved["better" if change > 1e-9 else "worse" if change < -1e-9 else "same"] += 1
        table.add_row(f.batch, f.language, f"{f.trained_on} texts", f"{w.records.f1:.3f}",
                      f"{w.micro_fields.f1:.3f}", f"{d.records.f1:.3f}",
                      f"{d.micro_fields.f1:.3f}", str(dropped), str(emptied))  # fmt: skip
    console.print(table)
    for key, (w, d) in sorted(pooled(figures).items()):
        console.print(
            f"{label} on first runs, pooled {key}: record F1 {w.records.f1:.3f} without, "
            f"{d.records.f1:.3f} with; micro field F1 {w.micro_fields.f1:.3f} without, "
            f"{d.micro_fields.f1:.3f} with (P {w.micro_fields.precision:.3f} to "
            f"{d.micro_fields.precision:.3f}, R {w.micro_fields.recall:.3f} to "
            f"{d.micro_fields.recall:.3f})"
        )
    console.print(
        f"{label} on first runs, field F1 by batch reading: {moved['better']} better, "
        f"{moved['worse']} worse, {moved['same']} the same of {len(figures)}"
    )
