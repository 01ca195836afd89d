"""Fit the learned screening decision on the development pairs and save it.

    .venv/bin/python scripts/fit_screening_model.py         # fit, print, save
    .venv/bin/python scripts/fit_screening_model.py --dry-run --evaluate "$H6"
    .venv/bin/python scripts/fit_screening_model.py --add "$H6"

with H6=data/screening/classes/holdout-6/pairs.jsonl:holdout-6, a set once it is measured.

The development pairs are the class pairs' `train` and `test` splits, `holdout-2` to
`holdout-5` and the alias pairs (`data/screening/pairs.jsonl`); `--add` takes in more sets.
Each set is scored with part weights from a list of its own candidates, as the benchmark does,
and only the pairs the decision is asked about (the rules' score at LEARNED_FROM or more) are
fitted. The script prints the weights, the out-of-fold precision and recall (5 folds, grouped
by entity) beside those of the saved model on the same pairs, and, for each `--evaluate` set
(never fitted on), the figures of the new model and of the saved one: a refit shows what it
changes before it replaces anything.
"""

from __future__ import annotations

import argparse
import sys
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kordon.risk.screening import learned
from kordon.risk.screening.names import parse_name
from kordon.risk.screening.quality import Pair, candidate_index, read_pairs
from kordon.risk.screening.scorer import (
    DEFAULT_THRESHOLD,
    LEARNED_FROM,
    comparison,
    decide,
    feature_values,
    rule_inputs,
)

ROOT = Path(__file__).resolve().parent.parent
CLASSES = "data/screening/classes"
DEVELOPMENT = (
    f"{CLASSES}/pairs.jsonl:train",
    f"{CLASSES}/pairs.jsonl:test",
    f"{CLASSES}/holdout-2/pairs.jsonl:holdout-2",
    f"{CLASSES}/holdout-3/pairs.jsonl:holdout-3",
    f"{CLASSES}/holdout-4/pairs.jsonl:holdout-4",
    f"{CLASSES}/holdout-5/pairs.jsonl:holdout-5",
    "data/screening/pairs.jsonl",
)
OUT = ROOT / "src" / "kordon" / "risk" / "screening" / learned.MODEL_FILE
FOLDS = 5
REGULARISATION_C = 1.0


@dataclass(frozen=True, slots=True)
class Row:
    """One scored pair: the model's inputs, every rule input, the label and its group."""

    values: list[float]
    found: dict[str, float]
    match: bool
    group: str


def rows_of(spec: str) -> list[Row]:
    """The scored pairs of one set, `path` or `path:split`."""
    path, _, split = spec.partition(":")
    pairs: list[Pair] = read_pairs(ROOT / path)
    if split:
        pairs = [p for p in pairs if p.split == split]
    if not pairs:
        raise SystemExit(f"{spec}: no pairs")
    index = candidate_index(pairs)
    rarity = {kind: sub.rarity for kind, sub in index._names.items()}
    out = []
    for p in pairs:
        cmp = comparison(
            parse_name(p.query, p.kind), parse_name(p.candidate, p.kind), rarity[p.kind]
        )
        out.append(
            Row(feature_values(cmp), rule_inputs(cmp), p.match, f"{spec}:{p.candidate_entity}")
        )
    return out


def figures(scores: Sequence[float], rows: Sequence[Row]) -> str:
    """Precision and recall at the threshold, as the benchmark prints them."""
    tp = sum(1 for s, r in zip(scores, rows, strict=True) if s >= DEFAULT_THRESHOLD and r.match)
    fp = sum(1 for s, r in zip(scores, rows, strict=True) if s >= DEFAULT_THRESHOLD and not r.match)
    fn = sum(1 for s, r in zip(scores, rows, strict=True) if s < DEFAULT_THRESHOLD and r.match)
    return (
        f"precision {tp / max(1, tp + fp):.3f}, recall {tp / max(1, tp + fn):.3f} "
        f"({tp} TP, {fp} FP, {fn} FN)"
    )


def scored(model: learned.LearnedDecision | None, rows: Sequence[Row]) -> list[float]:
    """The final score of each row with a model in place of the packaged one."""
    return [decide(dict(r.found), model) for r in rows]


def main(argv: Sequence[str] | None = None) -> None:
    """Fit, report out-of-fold and evaluation figures, save unless told not to."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--add", action="append", default=[], help="another set, path[:split]")
    parser.add_argument("--evaluate", action="append", default=[], help="a set to report on")
    parser.add_argument("--dry-run", action="store_true", help="report only, save nothing")
    args = parser.parse_args(argv)
    specs = [*DEVELOPMENT, *args.add]
    rows = [row for spec in specs for row in rows_of(spec)]
    # The decision is asked only where the rules' score reaches LEARNED_FROM: fit it there.
    asked = [r for r in rows if r.values[-1] >= LEARNED_FROM]
    folds = [zlib.crc32(r.group.encode()) % FOLDS for r in asked]
    out_of_fold = [0.0] * len(asked)
    for fold in range(FOLDS):
        train = [r for r, f in zip(asked, folds, strict=True) if f != fold]
        model = learned.fit([r.values for r in train], [r.match for r in train], REGULARISATION_C)
        for n, f in enumerate(folds):
            if f == fold:
                out_of_fold[n] = decide(dict(asked[n].found), model)
    saved = learned.packaged()
    print(f"fitted on {len(asked)} pairs of {len(rows)} ({', '.join(specs)})", file=sys.stderr)
    print(f"out of fold, new model: {figures(out_of_fold, asked)}", file=sys.stderr)
    print(
        f"same pairs, saved model (rules alone if none): {figures(scored(saved, asked), asked)}",
        file=sys.stderr,
    )
    model = learned.fit([r.values for r in asked], [r.match for r in asked], REGULARISATION_C)
    model = learned.LearnedDecision(
        model.coefficients,
        model.intercept,
        training={"pairs": list(specs), "rows": len(asked), "matches": sum(r.match for r in asked),
                  "regularisation_C": REGULARISATION_C},
    )  # fmt: skip
    for spec in args.evaluate:
        held = rows_of(spec)
        print(f"{spec}, new model: {figures(scored(model, held), held)}", file=sys.stderr)
        print(
            f"{spec}, saved model (rules alone if none): {figures(scored(saved, held), held)}",
            file=sys.stderr,
        )
    for name, weight in zip(model.feature_names, model.coefficients, strict=True):
        print(f"{name:>24} {weight:+.3f}", file=sys.stderr)
    print(f"{'intercept':>24} {model.intercept:+.3f}", file=sys.stderr)
    if not args.dry_run:
        model.save(OUT)


if __name__ == "__main__":
    main()
