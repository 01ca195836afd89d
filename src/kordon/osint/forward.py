"""The decision measured forward: each batch read by a decision fitted only on the texts before it.

A batch's first run is the reader on texts it has never seen. Fitting the decision on the texts
numbered below a batch and reading the batch with and without it shows what a first run with
the decision would have looked like (an overstatement: the rules themselves were written after
those batches were seen). The whole set is measured too, each fold of texts (five, grouped by
text) decided by a model fitted on the other folds.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kordon.osint import decision
from kordon.osint.confidence import pairs
from kordon.osint.evaluate import Batches, LabelledText, Scores, score_text
from kordon.osint.evaluate import folds as text_folds
from kordon.osint.records import SeizureRecord
from kordon.osint.report import parse_report

Result = tuple[LabelledText, list[SeizureRecord]]


def number(name: str) -> int:
    """The number a labelled text's name starts with (-1 without one)."""
    match = re.match(r"\d+", name)
    return int(match.group()) if match else -1


@dataclass(frozen=True, slots=True)
class Read:
    """One text's records, each with its features and whether the labels confirm it."""

    item: LabelledText
    language: str
    found: list[SeizureRecord]
    values: list[list[float]]
    right: list[bool]


def read_all(results: Sequence[Result], batches: Batches) -> list[Read]:
    """The features of every record of every text, read once."""
    reads = []
    for item, found in results:
        language = batches.language_of(item.name)
        body = parse_report(item.text).body
        confirmed = {id(got): label is not None for got, label in pairs(item.expected, found)}
        values = [decision.features(r, found, body, language) for r in found]
        reads.append(Read(item, language, found, values, [confirmed[id(r)] for r in found]))
    return reads


def fit_on(reads: Sequence[Read]) -> decision.Decision:
    """The decision fitted on these texts' records, its threshold the one that reads these
    texts best (record F1 plus micro field F1) by the chances of models fitted on other folds."""
    rows = [
        (number(r.item.name), v, right)
        for r in reads
        for v, right in zip(r.values, r.right, strict=True)
    ]

    def choose(chances: list[float]) -> float:
        best, best_score = 0.0, -1.0
        for t in decision.THRESHOLDS:
            scores, k = Scores(), 0
            for r in reads:
                held = chances[k : k + len(r.found)]
                k += len(r.found)
                decided = [f for f, c in zip(r.found, held, strict=True) if c >= t]
                score_text(r.item.expected, decided, scores)
            score = scores.records.f1 + scores.micro_fields.f1
            if score > best_score + 1e-9:
                best, best_score = t, score
        return best

    return decision.fit(rows, sum(len(r.item.expected) for r in reads), choose)


def kept(read: Read, model: decision.Decision) -> list[SeizureRecord]:
    """The text's records the decision keeps."""
    return [r for r, v in zip(read.found, read.values, strict=True) if model.keeps(v)]


@dataclass(frozen=True, slots=True)
class BatchFigures:
    """One batch in one language, read with and without the decision."""

    batch: str
    language: str
    trained_on: int
    without: Scores
    with_decision: Scores


Reader = Callable[[Read], list[SeizureRecord]]


def read_forward(
    reads: Sequence[Read],
    batches: Batches,
    names: Sequence[str],
    fitted: Callable[[Sequence[Read]], Reader],
) -> list[BatchFigures]:
    """Each named batch read as it is and as `fitted` (given only the texts numbered below
    the batch) reads it, by language."""
    figures = []
    for batch, first, last in batches.ranges:
        if batch not in names:
            continue
        train = [r for r in reads if number(r.item.name) < first]
        read_with = fitted(train)
        held = [r for r in reads if first <= number(r.item.name) <= last]
        for language in sorted({r.language for r in held}):
            without, decided = Scores(), Scores()
            for r in held:
                if r.language == language:
                    score_text(r.item.expected, r.found, without)
                    score_text(r.item.expected, read_with(r), decided)
            figures.append(BatchFigures(batch, language, len(train), without, decided))
    return figures


def pooled(figures: Sequence[BatchFigures]) -> dict[str, tuple[Scores, Scores]]:
    """The batches' texts scored together without and with the decision, by language and over
    all ("all"): micro figures, where a batch of few records weighs by its records."""
    by: dict[str, tuple[Scores, Scores]] = {}
    for f in figures:
        for key in (f.language, "all"):
            without, decided = by.setdefault(key, (Scores(), Scores()))
            without.add(f.without)
            decided.add(f.with_decision)
    return by


def forward(reads: Sequence[Read], batches: Batches, names: Sequence[str]) -> list[BatchFigures]:
    """Each named batch read with a decision fitted only on the texts numbered below it."""

    def fitted(train: Sequence[Read]) -> Reader:
        model = fit_on(train)
        return lambda r: kept(r, model)

    return read_forward(reads, batches, names, fitted)


def fold_fits(reads: Sequence[Read], folds: int = 5) -> list[tuple[decision.Decision, list[Read]]]:
    """For each fold of the texts (grouped by text, in the order of their numbers), a decision
    fitted on the other folds, with the fold's texts: fitted once, read by both measures below."""
    ordered = sorted(reads, key=lambda r: number(r.item.name))
    return [(fit_on(rest), held) for rest, held in text_folds(ordered, folds)]


def out_of_fold(
    fits: Sequence[tuple[decision.Decision, list[Read]]],
) -> dict[str, tuple[Scores, Scores]]:
    """Every text read without and with a decision fitted on the other folds of texts, by
    language and over all ("all")."""

    def reader(model: decision.Decision) -> Reader:
        return lambda r: kept(r, model)

    return read_folds([(reader(model), held) for model, held in fits])


def read_folds(folds: Sequence[tuple[Reader, list[Read]]]) -> dict[str, tuple[Scores, Scores]]:
    """Each fold's texts read as they are and by the fold's reader (fitted on the other folds),
    by language and over all ("all")."""
    by: dict[str, tuple[Scores, Scores]] = {}
    for read_with, held in folds:
        for r in held:
            for key in (r.language, "all"):
                without, decided = by.setdefault(key, (Scores(), Scores()))
                score_text(r.item.expected, r.found, without)
                score_text(r.item.expected, read_with(r), decided)
    return by


def out_of_fold_chances(
    fits: Sequence[tuple[decision.Decision, list[Read]]],
) -> list[tuple[float, bool]]:
    """Every record's chance from a decision fitted on the other folds of texts, and whether
    the labels confirm it: how well the chance itself is calibrated."""
    return [
        (model.probability(v), ok)
        for model, held in fits
        for r in held
        for v, ok in zip(r.values, r.right, strict=True)
    ]
