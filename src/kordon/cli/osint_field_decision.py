"""`kordon bench osint --forward` and `--fit-decision` for the field decision: what the reader's
free field values are, each batch read with fields left empty by a decision fitted before it,
and the decision fitted on the whole set."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.console import Console
from rich.table import Table

if TYPE_CHECKING:
    from kordon.osint.evaluate import Batches
    from kordon.osint.forward import Read

# The newest batches read forward: each read by a decision fitted on the batches before it.
FORWARD_BATCHES = 8
# The table's short heading of each feature but the two languages', in FEATURE_NAMES' order.
SHORT_NAMES = ("words", "vocab", "own", "else", "figure", "verb", "dist")


def print_values(console: Console, reads: Sequence[Read], title: str) -> None:
    """How often each decided field's values are right, wrong against a labelled value, or
    given where the label is empty, by language, with the mean of each feature by outcome."""
    from kordon.osint import field_forward

    values = [v for r in reads for v in field_forward.values_of(r)]
    short = SHORT_NAMES
    table = Table("field", "language", "values", "right", "wrong", "unlabelled",
                  *(f"{s} R/W/U" for s in short), title=title)  # fmt: skip
    keys = sorted({(v.name, v.language) for v in values})
    for name, language in keys:
        mine = [v for v in values if v.name == name and v.language == language]
        count = Counter(v.outcome for v in mine)
        means = []
        for i in range(len(short)):
            parts = []
            for outcome in (field_forward.RIGHT, field_forward.WRONG, field_forward.UNLABELLED):
                xs = [v.features[i] for v in mine if v.outcome == outcome]
                parts.append(f"{sum(xs) / len(xs):.2f}" if xs else "-")
            means.append("/".join(parts))
        table.add_row(name, language, str(len(mine)), str(count[field_forward.RIGHT]),
                      str(count[field_forward.WRONG]), str(count[field_forward.UNLABELLED]),
                      *means)  # fmt: skip
    console.print(table)


def print_forward(console: Console, reads: Sequence[Read], batches: Batches) -> None:
    """The values' table over the whole set and the forward batches, each forward batch read
    with and without a field decision fitted before it, and the whole set decided out of fold."""
    from kordon.cli.osint_decision import print_averages
    from kordon.osint import field_forward
    from kordon.osint.forward import number

    names = [name for name, _, _ in batches.ranges][-FORWARD_BATCHES:]
    first = min((f for n, f, _ in batches.ranges if n in names), default=0)
    print_values(console, reads, "Decided field values (whole set): share R/W/U of each feature")
    print_values(console, [r for r in reads if number(r.item.name) >= first],
                 "Decided field values (forward batches)")  # fmt: skip
    figures = field_forward.forward(reads, batches, names)
    title = "Forward: fields left empty by a decision fitted on the texts before each batch"
    table = Table("batch", "language", "fitted on", "record F1", "field F1",
                  "with: record F1", "field F1", "emptied", title=title)  # fmt: skip
    for f in figures:
        w, d = f.without, f.with_decision
        emptied = (w.micro_fields.tp + w.micro_fields.fp) - (d.micro_fields.tp + d.micro_fields.fp)
        table.add_row(f.batch, f.language, f"{f.trained_on} texts", f"{w.records.f1:.3f}",
                      f"{w.micro_fields.f1:.3f}", f"{d.records.f1:.3f}",
                      f"{d.micro_fields.f1:.3f}", str(emptied))  # fmt: skip
    console.print(table)
    print_averages(console, figures, "field decision forward average")
    for key, (w, d) in sorted(field_forward.out_of_fold(reads).items()):
        console.print(
            f"field decision, whole set {key} decided out of fold (5 folds by text): field F1 "
            f"{w.micro_fields.f1:.3f} without, {d.micro_fields.f1:.3f} with (P "
            f"{w.micro_fields.precision:.3f} to {d.micro_fields.precision:.3f}, R "
            f"{w.micro_fields.recall:.3f} to {d.micro_fields.recall:.3f})"
        )


def fit_and_save(console: Console, reads: Sequence[Read]) -> None:
    """Fit the field decision on the whole set, save it beside the record decision, and list
    its weights and thresholds."""
    from kordon.osint import field_decision, field_forward

    model = field_forward.fit_on(reads)
    path = field_decision.model_path()
    field_decision.save(model, path)
    table = Table("feature", *model.fields, title="Field decision (logistic, one per field)")
    for i, name in enumerate(field_decision.FEATURE_NAMES):
        table.add_row(name, *(f"{m.coefficients[i]:+.3f}" for m in model.fields.values()))
    table.add_row("(intercept)", *(f"{m.intercept:+.3f}" for m in model.fields.values()))
    table.add_row("threshold", *(f"{m.threshold:.2f}" for m in model.fields.values()))
    console.print(table)
    console.print(
        f"field decision fitted on {len(reads)} texts and saved to {path}; applied by the "
        f"reader: {'yes' if field_decision.ENABLED else 'no'}"
    )
