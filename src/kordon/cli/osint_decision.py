"""`kordon bench osint --forward` and `--fit-decision`: the learned record decision measured
on batches it was not fitted on, and fitted on the whole set."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table

if TYPE_CHECKING:
    from kordon.osint.evaluate import Batches, LabelledText
    from kordon.osint.forward import BatchFigures
    from kordon.osint.records import SeizureRecord

# The six newest batches: each read by a decision fitted on the texts numbered below it.
FORWARD_BATCHES = 6


def print_forward(
    console: Console,
    results: Sequence[tuple[LabelledText, list[SeizureRecord]]],
    batches: Batches,
) -> None:
    """Each of the newest batches with and without a decision fitted before it, then the whole
    set decided out of fold, and how well the decision's chance is calibrated."""
    from kordon.cli import osint_field_decision
    from kordon.osint import confidence, forward

    reads = forward.read_all(results, batches)
    osint_field_decision.print_forward(console, reads, batches)
    names = [name for name, _, _ in batches.ranges][-FORWARD_BATCHES:]
    figures = forward.forward(reads, batches, names)
    title = "Forward: each batch decided by a model fitted on the texts before it"
    table = Table("batch", "language", "fitted on", "records", "record F1", "field F1",
                  "with decision: record F1", "field F1", "dropped", title=title)  # fmt: skip
    for f in figures:
        w, d = f.without, f.with_decision
        found = w.records.tp + w.records.fp
        kept = d.records.tp + d.records.fp
        table.add_row(f.batch, f.language, f"{f.trained_on} texts",
                      str(w.records.tp + w.records.fn), f"{w.records.f1:.3f}",
                      f"{w.micro_fields.f1:.3f}", f"{d.records.f1:.3f}",
                      f"{d.micro_fields.f1:.3f}", str(found - kept))  # fmt: skip
    console.print(table)
    print_averages(console, figures, "forward average")
    fits = forward.fold_fits(reads)
    for key, (w, d) in sorted(forward.out_of_fold(fits).items()):
        console.print(
            f"whole set {key}, decided out of fold (5 folds by text): record F1 "
            f"{w.records.f1:.3f} without, {d.records.f1:.3f} with (P {w.records.precision:.3f} "
            f"to {d.records.precision:.3f}, R {w.records.recall:.3f} to {d.records.recall:.3f}); "
            f"field F1 {w.micro_fields.f1:.3f} without, {d.micro_fields.f1:.3f} with"
        )
    seen = [("record", "", p, right) for p, right in forward.out_of_fold_chances(fits)]
    title = "Calibration of the decision's chance (out of fold, 5 folds by text)"
    bins = Table("chance", "records", "mean chance", "share right", "gap", title=title)
    for b in confidence.calibration(seen, "record"):
        bins.add_row(f"{b.low:.1f}-{b.low + 0.1:.1f}", str(b.count), f"{b.mean_confidence:.3f}",
                     f"{b.observed:.3f}", f"{abs(b.mean_confidence - b.observed):.3f}")  # fmt: skip
    console.print(bins)
    gap = confidence.largest_gap(seen, "record")
    console.print(f"largest gap of the decision's chance in a bin of 10 or more: {gap:.3f}")


def print_averages(console: Console, figures: Sequence[BatchFigures], label: str) -> None:
    """The batches' record and field F1 with and without, averaged by language and over all."""
    averages: dict[str, list[tuple[float, float, float, float]]] = {}
    for f in figures:
        w, d = f.without, f.with_decision
        row = (w.records.f1, w.micro_fields.f1, d.records.f1, d.micro_fields.f1)
        for key in (f.language, "all"):
            averages.setdefault(key, []).append(row)
    for key, rows in sorted(averages.items()):
        mean = [sum(r[i] for r in rows) / len(rows) for i in range(4)]
        console.print(
            f"{label} {key} ({len(rows)} batch readings): record F1 {mean[0]:.3f} "
            f"without, {mean[2]:.3f} with; field F1 {mean[1]:.3f} without, {mean[3]:.3f} with"
        )


def fit_and_save(
    console: Console,
    results: Sequence[tuple[LabelledText, list[SeizureRecord]]],
    batches: Batches,
) -> None:
    """Fit the decision on the whole set, save it beside the confidences, and list its weights
    and the records it would drop with the features that drop them."""
    from kordon.cli import osint_field_decision
    from kordon.osint import decision, forward

    reads = forward.read_all(results, batches)
    osint_field_decision.fit_and_save(console, reads)
    model = forward.fit_on(reads)
    path = decision.model_path()
    decision.save(model, path)
    weights = Table("feature", "weight", title="Record decision (logistic regression)")
    for name, w in sorted(zip(model.feature_names, model.coefficients, strict=True),
                          key=lambda nw: -abs(nw[1])):  # fmt: skip
        weights.add_row(name, f"{w:+.3f}")
    weights.add_row("(intercept)", f"{model.intercept:+.3f}")
    console.print(weights)
    console.print(
        f"threshold {model.threshold:.2f} (chosen out of fold, 5 folds by text); "
        f"fitted on {len(reads)} texts and saved to {path}; "
        f"applied by the reader: {'yes' if decision.ENABLED else 'no'}"
    )
    for r in reads:
        for record, values in zip(r.found, r.values, strict=True):
            if not model.keeps(values):
                top = ", ".join(f"{n} {c:+.2f}" for n, c in model.contributions(values)[:4])
                console.print(
                    f"{r.item.name}: would drop {record.substance} "
                    f"(chance {model.probability(values):.2f}; {top})"
                )
