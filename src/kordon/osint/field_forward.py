"""The field decision measured forward: each batch read with fields left empty by a decision
fitted only on the texts numbered below it, and the whole set decided out of fold.

Also what the decision is fitted on: every decided field value the reader gives, whether it is
right, wrong against a labelled value, or given where the label has none.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from dataclasses import dataclass

from kordon.osint import field_decision
from kordon.osint.confidence import pairs
from kordon.osint.evaluate import Batches, Scores, present, score_text, value_matches
from kordon.osint.evaluate import folds as text_folds
from kordon.osint.forward import BatchFigures, Read, Reader, number, read_folds, read_forward
from kordon.osint.records import SeizureRecord

RIGHT, WRONG, UNLABELLED = "right", "wrong", "unlabelled"


@dataclass(frozen=True, slots=True)
class Value:
    """One decided field value the reader gave, its features and how the labels take it."""

    text: int
    language: str
    name: str
    features: list[float]
    outcome: str


def values_of(read: Read) -> list[Value]:
    """The decided field values of one text's records."""
    found = []
    for got, label in pairs(read.item.expected, read.found):
        for name in field_decision.DECIDED:
            value = getattr(got, name)
            if not present(value):
                continue
            expected = getattr(label, name) if label is not None else None
            if not present(expected):
                outcome = UNLABELLED
            elif value_matches(name, expected, value):
                outcome = RIGHT
            else:
                outcome = WRONG
            values = field_decision.features(got, name, read.language)
            found.append(Value(number(read.item.name), read.language, name, values, outcome))
    return found


def fit_on(reads: Sequence[Read]) -> field_decision.FieldDecision:
    """The field decision fitted on these texts' values, its thresholds the ones that read
    these texts' fields best by the chances of models fitted on other folds."""
    scores = Scores()
    rows: dict[str, list[field_decision.Row]] = {n: [] for n in field_decision.DECIDED}
    for r in reads:
        score_text(r.item.expected, r.found, scores)
        for v in values_of(r):
            rows[v.name].append((v.text, v.features, v.outcome == RIGHT))
    micro = scores.micro_fields
    return field_decision.fit(rows, micro.tp, micro.fp, micro.fn)


def decided(read: Read, model: field_decision.FieldDecision) -> list[SeizureRecord]:
    """The text's records with the fields the decision leaves empty emptied (copies)."""
    records = copy.deepcopy(read.found)
    field_decision.decide(records, read.language, model)
    return records


def forward(reads: Sequence[Read], batches: Batches, names: Sequence[str]) -> list[BatchFigures]:
    """Each named batch read with a field decision fitted only on the texts below it."""

    def fitted(train: Sequence[Read]) -> Reader:
        model = fit_on(train)
        return lambda r: decided(r, model)

    return read_forward(reads, batches, names, fitted)


def out_of_fold(reads: Sequence[Read], folds: int = 5) -> dict[str, tuple[Scores, Scores]]:
    """Every text read without and with a field decision fitted on the other folds of texts
    (grouped by text, in the order of their numbers), by language and over all ("all")."""
    ordered = sorted(reads, key=lambda r: number(r.item.name))

    def fold(rest: list[Read], held: list[Read]) -> tuple[Reader, list[Read]]:
        model = fit_on(rest)
        return (lambda r: decided(r, model)), held

    return read_folds([fold(rest, held) for rest, held in text_folds(ordered, folds)])
