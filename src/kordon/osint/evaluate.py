"""Scoring extracted records against labelled ones: per record and per field P, R and F1."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from kordon.domain.quantity import QuantityUnit
from kordon.osint.lexicon import find_substances
from kordon.osint.quantities import agrees, find_quantities
from kordon.osint.records import READING_KEYS, RECORD_KEYS, SeizureRecord, quantity_of
from kordon.osint.report import parse_report

FIELDS = tuple(k for k in RECORD_KEYS if k not in READING_KEYS)
FREE_TEXT = frozenset({"reporting_agency", "place", "concealment", "cover_cargo"})
NUMBERS = frozenset({"quantity_kg", "quantity_count", "quantity_litres"})
LISTS = frozenset({"transit_countries", "offender_nationality"})
_STOP = frozenset(
    [
        "the",
        "and",
        "for",
        "with",
        "from",
        "into",
        "inside",
        "within",
        "under",
        "was",
        "were",
        "his",
        "her",
        "its",
        "their",
        "that",
        "this",
        "of",
        "one",
        "two",
        "part",
    ]
)


@dataclass(slots=True)
class Tally:
    """True positives, false positives and false negatives, and the scores they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """Share of extracted items that are right."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of labelled items that were extracted."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Tally) -> None:
        """Add another tally's counts to this one."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass(slots=True)
class Scores:
    """Record-level and per-field tallies over a labelled set."""

    records: Tally = field(default_factory=Tally)
    fields: dict[str, Tally] = field(default_factory=lambda: {f: Tally() for f in FIELDS})
    texts: int = 0

    def add(self, other: Scores) -> None:
        """Add another set of texts' tallies to these."""
        self.records.add(other.records)
        for name, tally in other.fields.items():
            self.fields.setdefault(name, Tally()).add(tally)
        self.texts += other.texts

    @property
    def micro_fields(self) -> Tally:
        """All fields' counts added together (micro-average)."""
        total = Tally()
        for tally in self.fields.values():
            total.add(tally)
        return total


def records_match(expected: SeizureRecord, found: SeizureRecord) -> bool:
    """Same substance, and quantities agreeing within 0.1% (or both absent)."""
    if expected.substance.strip().lower() != found.substance.strip().lower():
        return False
    qe, qf = quantity_of(expected), quantity_of(found)
    if qe is None or qf is None:
        return qe is qf
    return qe[0] == qf[0] and agrees(qe[1], qf[1])


def _words(text: str) -> set[str]:
    # Letters of any script: free text in Russian or Azerbaijani is compared in its own words.
    return {w for w in re.findall(r"[^\W_]{3,}", text.casefold()) if w not in _STOP}


def value_matches(name: str, expected: Any, found: Any) -> bool:
    """Whether one field's extracted value counts as the labelled one."""
    if name in FREE_TEXT:
        return bool(_words(str(expected)) & _words(str(found)))
    if name in NUMBERS:
        return agrees(float(expected), float(found))
    if name in LISTS:
        return set(expected) == set(found)
    return bool(expected == found)


def present(value: Any) -> bool:
    """True when a field has a value: not None, not empty."""
    return value is not None and value != [] and value != ""


def score_text(expected: list[SeizureRecord], found: list[SeizureRecord], scores: Scores) -> None:
    """Add one text's matches and field agreements to the running scores."""
    unmatched = list(found)
    pairs: list[tuple[SeizureRecord | None, SeizureRecord | None]] = []
    for exp in expected:
        match: SeizureRecord | None = next((f for f in unmatched if records_match(exp, f)), None)
        if match is not None:
            unmatched.remove(match)
            scores.records.tp += 1
        else:
            scores.records.fn += 1
        pairs.append((exp, match))
    scores.records.fp += len(unmatched)
    pairs.extend((None, f) for f in unmatched)
    for labelled, extracted in pairs:
        for name in FIELDS:
            e = getattr(labelled, name) if labelled else None
            g = getattr(extracted, name) if extracted else None
            tally = scores.fields[name]
            if present(e) and present(g) and value_matches(name, e, g):
                tally.tp += 1
                continue
            if present(g):
                tally.fp += 1
            if present(e):
                tally.fn += 1
    scores.texts += 1


@dataclass(frozen=True, slots=True)
class LabelledText:
    """One text of the evaluation set and its expected records."""

    name: str
    text: str
    expected: list[SeizureRecord]


_Item = TypeVar("_Item")


def folds(items: Sequence[_Item], count: int) -> list[tuple[list[_Item], list[_Item]]]:
    """The items cut into `count` folds by their place (every count-th item), each fold after
    the items of the other folds: (the others, the fold)."""
    return [
        (
            [x for i, x in enumerate(items) if i % count != k],
            [x for i, x in enumerate(items) if i % count == k],
        )
        for k in range(count)
    ]


def load_labelled(root: Path) -> list[LabelledText]:
    """The labelled set under root: texts/NAME.txt with expected/NAME.json."""
    texts_dir, expected_dir = root / "texts", root / "expected"
    if not texts_dir.is_dir() or not expected_dir.is_dir():
        raise FileNotFoundError(f"{root} must hold texts/ and expected/ folders")
    labelled = []
    for path in sorted(texts_dir.glob("*.txt")):
        label = expected_dir / f"{path.stem}.json"
        if not label.exists():
            raise FileNotFoundError(f"{path} has no expected records at {label}")
        try:
            raw = json.loads(label.read_text(encoding="utf-8"))
            expected = [SeizureRecord.from_json(r) for r in raw]
        except (ValueError, TypeError) as exc:
            raise ValueError(f"{label}: {exc}") from exc
        labelled.append(LabelledText(path.stem, path.read_text(encoding="utf-8"), expected))
    return labelled


def evaluate(
    labelled: Iterable[LabelledText],
    extract: Callable[[str], list[SeizureRecord]],
    *,
    on_text: Callable[[LabelledText, list[SeizureRecord]], None] | None = None,
) -> Scores:
    """Run extract over each labelled text and score what it returns."""
    scores = Scores()
    for item in labelled:
        found = extract(item.text)
        score_text(item.expected, found, scores)
        if on_text is not None:
            on_text(item, found)
    return scores


def baseline_extract(text: str) -> list[SeizureRecord]:
    """A naive reader to compare against: the first goods and the first figure, one record."""
    body = parse_report(text).body
    substances, quantities = find_substances(body), find_quantities(body)
    if not substances:
        return []
    record = SeizureRecord(context="primary", substance=substances[0].canonical)
    if quantities:
        q = quantities[0]
        record.quantity_qualifier = q.qualifier.value
        if q.unit is QuantityUnit.KG:
            record.quantity_kg = q.value
        elif q.unit is QuantityUnit.PIECES:
            record.quantity_count, record.count_unit = q.value, q.count_unit
        else:
            record.quantity_litres = q.value
    return [record]


@dataclass(frozen=True, slots=True)
class FirstRun:
    """A batch's figures the first time the reader ran on it, before any change for it."""

    batch: str
    language: str
    texts: int
    records: int
    record_f1: float
    field_f1: float


@dataclass(frozen=True, slots=True)
class Batches:
    """The languages of the labelled texts and each batch's first-run figures (batches.json)."""

    languages: list[tuple[int, int, str]]
    first_runs: list[FirstRun]
    ranges: list[tuple[str, int, int]] = field(default_factory=list)

    def language_of(self, name: str) -> str:
        """The language of a labelled text, by the number its name starts with."""
        match = re.match(r"\d+", name)
        number = int(match.group()) if match else -1
        for first, last, language in self.languages:
            if first <= number <= last:
                return language
        return "en"

    def batch_of(self, name: str) -> str | None:
        """The batch a labelled text was first read in, by the number its name starts with."""
        match = re.match(r"\d+", name)
        number = int(match.group()) if match else -1
        return next((b for b, first, last in self.ranges if first <= number <= last), None)


def load_batches(root: Path) -> Batches:
    """The batches file of a labelled set; a set without one is all English, first runs unknown.
    A batch labelled and not yet read has no `first_run` until its first reading is recorded."""
    path = root / "batches.json"
    if not path.exists():
        return Batches([], [])
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        languages = [
            (int(r["first"]), int(r["last"]), str(r["language"])) for r in data["languages"]
        ]
        runs = [
            FirstRun(b["name"], r["language"], int(r["texts"]), int(r["records"]),
                     float(r["record_f1"]), float(r["field_f1"]))
            for b in data["batches"] for r in b.get("first_run", [])
        ]  # fmt: skip
        ranges = [(str(b["name"]), int(b["first"]), int(b["last"])) for b in data["batches"]]
    except (ValueError, KeyError, TypeError) as exc:
        raise ValueError(f"{path}: {exc}") from exc
    return Batches(languages, runs, ranges)


def scores_by_language(
    results: list[tuple[LabelledText, list[SeizureRecord]]], batches: Batches
) -> dict[str, Scores]:
    """Record and field scores of each language's texts, from one run of the reader."""
    by_language: dict[str, Scores] = {}
    for item, found in results:
        scores = by_language.setdefault(batches.language_of(item.name), Scores())
        score_text(item.expected, found, scores)
    return by_language


def scores_by_batch(
    results: list[tuple[LabelledText, list[SeizureRecord]]], batches: Batches
) -> dict[tuple[str, str], Scores]:
    """Record and field scores of each batch's texts in each language, from one run: beside
    the batch's first run, how much of what the reader reads there it learnt there."""
    by_batch: dict[tuple[str, str], Scores] = {}
    for item, found in results:
        batch = batches.batch_of(item.name)
        if batch is not None:
            key = (batch, batches.language_of(item.name))
            score_text(item.expected, found, by_batch.setdefault(key, Scores()))
    return by_batch
