"""Fit the learned screening decision on the development pairs and save it.

    .venv/bin/python scripts/fit_screening_model.py         # fit, print, save
    .venv/bin/python scripts/fit_screening_model.py --dry-run --leave-one-set-out
    .venv/bin/python scripts/fit_screening_model.py --dry-run --evaluate "$H16"
    .venv/bin/python scripts/fit_screening_model.py --add "$H16"

with H16=data/screening/classes/holdout-16/pairs.jsonl:holdout-16, a set once it is measured.

The development pairs are the class pairs' `train` and `test` splits, `holdout-2` to
`holdout-15` and the alias pairs (`data/screening/pairs.jsonl`); `--add` takes in more sets.
Each set is scored with part weights and entry counts from a list of its own candidates, as
the benchmark does, and only the pairs the decision is asked about (the rules' score at
LEARNED_FROM or more) are fitted. The script prints the weights, the out-of-fold precision and
recall (5 folds, grouped by entity) beside those of the saved model on the same pairs, and, for
each `--evaluate` set (never fitted on), the figures of the new model and of the saved one: a
refit shows what it changes before it replaces anything.

`--leave-one-set-out` fits, for each hold-out set, on every other development set and scores
that set, beside the saved model on the same pairs: the figure of a refit on a set it never
saw. It also counts, for each of the rules' caps on the decision (`scorer.CAPS`), the matches
and false hits (by class) the left-out sets would gain if the model decided there.
`--features extended` fits the rules' readings as features of their own
(`learned.EXTENDED_FEATURES`), `v3` the saved model's; saved only when they are the code's.
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
    CAPS,
    DEFAULT_THRESHOLD,
    LEARNED_FROM,
    comparison,
    decide,
    rule_inputs,
    with_rule_score,
)

ROOT = Path(__file__).resolve().parent.parent
CLASSES = "data/screening/classes"
HOLDOUTS = tuple(f"{CLASSES}/holdout-{n}/pairs.jsonl:holdout-{n}" for n in range(2, 16))
DEVELOPMENT = (
    f"{CLASSES}/pairs.jsonl:train",
    f"{CLASSES}/pairs.jsonl:test",
    *HOLDOUTS,
    "data/screening/pairs.jsonl",
)
OUT = ROOT / "src" / "kordon" / "risk" / "screening" / learned.MODEL_FILE
FOLDS = 5
REGULARISATION_C = 1.0
# The classes whose false hits the acceptance counts one by one.
WATCHED = ("relatives", "namesake", "company distinctive word")


@dataclass(frozen=True, slots=True)
class Row:
    """One scored pair: every rule input and the rules' score, the label, its group, classes."""

    found: dict[str, float]
    match: bool
    group: str
    classes: tuple[str, ...]
    text: str

    def values(self, names: Sequence[str]) -> list[float]:
        """The model's inputs, in `names` order."""
        return [self.found[n] for n in names]


def rows_of(spec: str) -> list[Row]:
    """The scored pairs of one set, `path` or `path:split`."""
    path, _, split = spec.partition(":")
    pairs: list[Pair] = read_pairs(ROOT / path)
    if split:
        pairs = [p for p in pairs if p.split == split]
    if not pairs:
        raise SystemExit(f"{spec}: no pairs")
    index = candidate_index(pairs)
    out = []
    for p in pairs:
        sub = index._names[p.kind]
        cmp = comparison(
            parse_name(p.query, p.kind),
            parse_name(p.candidate, p.kind),
            sub.rarity,
            carriers=sub.entries_with,
        )
        out.append(
            Row(
                with_rule_score(rule_inputs(cmp)),
                p.match,
                f"{spec}:{p.candidate_entity}",
                p.classes,
                f"{p.query} / {p.candidate}",
            )
        )
    return out


def counts(scores: Sequence[float], rows: Sequence[Row]) -> tuple[int, int, int]:
    """True hits, false hits and misses at the threshold."""
    tp = sum(1 for s, r in zip(scores, rows, strict=True) if s >= DEFAULT_THRESHOLD and r.match)
    fp = sum(1 for s, r in zip(scores, rows, strict=True) if s >= DEFAULT_THRESHOLD and not r.match)
    fn = sum(1 for s, r in zip(scores, rows, strict=True) if s < DEFAULT_THRESHOLD and r.match)
    return tp, fp, fn


def figures(scores: Sequence[float], rows: Sequence[Row]) -> str:
    """Precision and recall at the threshold, as the benchmark prints them."""
    return _figures(*counts(scores, rows))


def _figures(tp: int, fp: int, fn: int) -> str:
    """Precision and recall from the counts."""
    return (
        f"precision {tp / max(1, tp + fp):.4f}, recall {tp / max(1, tp + fn):.4f} "
        f"({tp} TP, {fp} FP, {fn} FN)"
    )


def scored(
    model: learned.LearnedDecision | None,
    rows: Sequence[Row],
    lifted: frozenset[str] = frozenset(),
) -> list[float]:
    """The final score of each row with a model in place of the packaged one."""
    return [decide(dict(r.found), model, lifted) for r in rows]


def fitted(rows: Sequence[Row], names: Sequence[str]) -> learned.LearnedDecision:
    """A model fitted on the rows the decision is asked about."""
    asked = [r for r in rows if r.found["rule_score"] >= LEARNED_FROM]
    return learned.fit(
        [r.values(names) for r in asked],
        [r.match for r in asked],
        REGULARISATION_C,
        names,
        learned.EXPECTED_SIGNS,
    )


def watched_false_hits(scores: Sequence[float], rows: Sequence[Row]) -> dict[str, int]:
    """False hits of the relatives, namesakes and sister companies."""
    return {
        c: sum(
            1
            for s, r in zip(scores, rows, strict=True)
            if s >= DEFAULT_THRESHOLD and not r.match and c in r.classes
        )
        for c in WATCHED
    }


def leave_one_set_out(by_spec: dict[str, list[Row]], names: Sequence[str]) -> None:
    """Fit on all sets but one, score that one, for each hold-out set; then the caps."""
    saved = learned.packaged()
    total_new, total_saved = [0, 0, 0], [0, 0, 0]
    watched_new: dict[str, int] = dict.fromkeys(WATCHED, 0)
    watched_saved: dict[str, int] = dict.fromkeys(WATCHED, 0)
    held: list[tuple[learned.LearnedDecision, list[Row]]] = []
    for spec in HOLDOUTS:
        rest = [r for other, rows in by_spec.items() if other != spec for r in rows]
        model = fitted(rest, names)
        rows = by_spec[spec]
        new, old = scored(model, rows), scored(saved, rows)
        held.append((model, rows))
        for total, s in ((total_new, new), (total_saved, old)):
            for k, v in enumerate(counts(s, rows)):
                total[k] += v
        for c, v in watched_false_hits(new, rows).items():
            watched_new[c] += v
        for c, v in watched_false_hits(old, rows).items():
            watched_saved[c] += v
        label = spec.rpartition(":")[2]
        print(f"{label:>11} left out, refit: {figures(new, rows)}", file=sys.stderr)
        print(f"{label:>11}      saved model: {figures(old, rows)}", file=sys.stderr)
        for old_s, new_s, r in zip(old, new, rows, strict=True):
            if (old_s >= DEFAULT_THRESHOLD) != (new_s >= DEFAULT_THRESHOLD):
                verdict = "match" if r.match else "false hit"
                print(
                    f"{'':>13}{old_s:.3f} -> {new_s:.3f} {verdict}: {r.text} "
                    f"[{', '.join(r.classes)}]",
                    file=sys.stderr,
                )
    print(f"pooled, refit: {_figures(*total_new)}; false hits {watched_new}", file=sys.stderr)
    print(f"pooled, saved: {_figures(*total_saved)}; false hits {watched_saved}", file=sys.stderr)
    for cap in CAPS:
        gained, added = 0, dict.fromkeys((*WATCHED, "other"), 0)
        for model, rows in held:
            base = scored(model, rows)
            lifted = scored(model, rows, frozenset({cap}))
            for before, after, r in zip(base, lifted, rows, strict=True):
                if before >= DEFAULT_THRESHOLD or after < DEFAULT_THRESHOLD:
                    continue
                if r.match:
                    gained += 1
                    continue
                kinds = [c for c in WATCHED if c in r.classes] or ["other"]
                for c in kinds:
                    added[c] += 1
        print(f"cap {cap} lifted: {gained} matches gained, false hits {added}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> None:
    """Fit, report out-of-fold and evaluation figures, save unless told not to."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--add", action="append", default=[], help="another set, path[:split]")
    parser.add_argument("--evaluate", action="append", default=[], help="a set to report on")
    parser.add_argument("--dry-run", action="store_true", help="report only, save nothing")
    parser.add_argument(
        "--leave-one-set-out", action="store_true", help="fit without each hold-out set in turn"
    )
    parser.add_argument(
        "--features",
        choices=("code", "v3", "extended"),
        default="code",
        help="the features to fit: the code's, v3's five, or the rules' readings added (measuring)",
    )
    args = parser.parse_args(argv)
    names = {"v3": learned.V3_FEATURES, "extended": learned.EXTENDED_FEATURES}.get(
        args.features, learned.FEATURE_NAMES
    )
    specs = [*DEVELOPMENT, *args.add]
    by_spec = {spec: rows_of(spec) for spec in specs}
    if args.leave_one_set_out:
        leave_one_set_out(by_spec, names)
    rows = [row for spec in specs for row in by_spec[spec]]
    # The decision is asked only where the rules' score reaches LEARNED_FROM: fit it there.
    asked = [r for r in rows if r.found["rule_score"] >= LEARNED_FROM]
    folds = [zlib.crc32(r.group.encode()) % FOLDS for r in asked]
    out_of_fold = [0.0] * len(asked)
    for fold in range(FOLDS):
        model = fitted([r for r, f in zip(asked, folds, strict=True) if f != fold], names)
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
    model = fitted(asked, names)
    model = learned.LearnedDecision(
        model.coefficients,
        model.intercept,
        model.feature_names,
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
    if not args.dry_run and names == learned.FEATURE_NAMES:
        model.save(OUT)


if __name__ == "__main__":
    main()
