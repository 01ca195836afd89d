"""Fit the learned screening decision on the training split of the class pairs and save it.

    .venv/bin/python scripts/fit_screening_model.py   # writes risk/screening/learned-v1.json

Only `split == "train"` pairs are read, and of those the ones the decision is asked
about: the test split stays unseen. The script prints the weights and the out-of-fold
precision and recall (5 folds, grouped by entity) at the default threshold, so a refit shows
what it changes.
"""

from __future__ import annotations

import sys
import zlib
from pathlib import Path

from kordon.risk.screening import learned
from kordon.risk.screening.names import parse_name
from kordon.risk.screening.quality import candidate_index, read_pairs
from kordon.risk.screening.scorer import (
    DEFAULT_THRESHOLD,
    LEARNED_FROM,
    comparison,
    feature_values,
)

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT / "data" / "screening" / "classes" / "pairs.jsonl"
OUT = ROOT / "src" / "kordon" / "risk" / "screening" / learned.MODEL_FILE
FOLDS = 5


def main() -> None:
    """Fit, report out-of-fold figures, save."""
    pairs = [p for p in read_pairs(PAIRS) if p.split == "train"]
    index = candidate_index(pairs)
    rarity = {kind: sub.rarity for kind, sub in index._names.items()}
    rows = [
        feature_values(
            comparison(parse_name(p.query, p.kind), parse_name(p.candidate, p.kind), rarity[p.kind])
        )
        for p in pairs
    ]
    # The decision is asked only where the rules' score reaches LEARNED_FROM: fit it there.
    asked = [n for n, row in enumerate(rows) if row[-1] >= LEARNED_FROM]
    rows = [rows[n] for n in asked]
    pairs = [pairs[n] for n in asked]
    labels = [p.match for p in pairs]
    groups = [zlib.crc32(p.candidate_entity.encode()) % FOLDS for p in pairs]
    tp = fp = fn = 0
    for fold in range(FOLDS):
        train = [n for n, g in enumerate(groups) if g != fold]
        test = [n for n, g in enumerate(groups) if g == fold]
        model = learned.fit([rows[n] for n in train], [labels[n] for n in train])
        for n in test:
            hit = model.probability(rows[n]) >= DEFAULT_THRESHOLD
            tp += hit and labels[n]
            fp += hit and not labels[n]
            fn += (not hit) and labels[n]
    print(
        f"out-of-fold at {DEFAULT_THRESHOLD}: precision {tp / max(1, tp + fp):.3f}, "
        f"recall {tp / max(1, tp + fn):.3f} ({tp} TP, {fp} FP, {fn} FN)",
        file=sys.stderr,
    )
    model = learned.fit(rows, labels)
    model = learned.LearnedDecision(
        model.coefficients,
        model.intercept,
        training={"pairs": str(PAIRS.relative_to(ROOT)), "split": "train", "rows": len(rows),
                  "matches": sum(labels), "regularisation_C": 1.0},
    )  # fmt: skip
    for name, weight in zip(model.feature_names, model.coefficients, strict=True):
        print(f"{name:>24} {weight:+.3f}", file=sys.stderr)
    print(f"{'intercept':>24} {model.intercept:+.3f}", file=sys.stderr)
    model.save(OUT)


if __name__ == "__main__":
    main()
