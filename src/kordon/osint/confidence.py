"""How far to trust a record and each of its fields: calibrated rates from the labelled set.

A record's raw value is the chance a logistic model gives it from features of its evidence
(osint/record_model.py); a field's is the share of that field's values, in that language, that
the labels confirm. Rates of kinds seen a few times are shrunk towards their kin, and kinds
right by chance in the texts fitted on are right less often in others, so raw values are
mapped to confidences by an isotonic (monotone) fit of the share right against the raw value,
learnt on values of texts they were not fitted on, with its blocks pooled until each block's
share right is known to within a few hundredths. All are fitted by `kordon bench osint
--fit-confidence` and kept in osint/languages/confidence.json; a field kind never seen falls
back to its language, then to 0.5, and a record without a fitted model to the rate of its
kind.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from kordon.osint.evaluate import FIELDS, present, records_match, value_matches
from kordon.osint.evaluate import folds as text_folds
from kordon.osint.lexicon import KNOWN_GOODS, UNSPECIFIED
from kordon.osint.record_model import FEATURES, RecordModel, features, fit_model
from kordon.osint.records import SeizureRecord

# Rates are smoothed towards their coarser kind's by this many pseudo-observations: a kind
# seen twice is not certain.
_PRIOR = 20.0
_BINS = 10
# Folds of texts for learning the map, and for measuring calibration, on texts the rates were
# not fitted on.
_FOLDS = 5
# The isotonic map's blocks hold at least this many values, and this share of all of them: a
# share right over fewer is noise that does not hold on other texts. With 8% of all, the
# lowest field block of some folds (values the folds' rates ranked lowest, right 68 times in 100
# where they were learnt) held values right 80 times in 100 on the texts it was applied to: a
# bin 0.6-0.7 of 141 fields with a gap of 0.136 in one order of sixteen. The rates of the small
# field kinds move from fold to fold, so which values rank lowest does too; with 12% the lowest
# block took in enough of its neighbours to hold, until a set of 727 texts put one fold's
# lowest block at 0.675 where its values were right 81 times in 100 (a bin 0.6-0.7 of 332
# fields, gap 0.135, in the texts' own order). With 16% every order of sixteen is within 0.02.
_MIN_BLOCK = 30
_MIN_SHARE = 0.16
# ... and enough values that their share right is known to within this (one standard error,
# sqrt(p(1 - p) / n)): a block right 85 times in 100 needs about 200 values, one right 97 times
# in 100 about 47. A confidence is then a share measured on enough values to hold on texts it
# was not learnt on, whatever its level. At 0.03 one order of sixteen of the 583 texts put a
# bin of records 0.102 from its share right.
_ERROR = 0.025
# A record block's share is known over the texts its records come from (`isotonic`'s groups),
# to within this. With 823 texts, a fold's lowest record block (359 records right 79 times in
# 100, known to 0.021 both by records and by texts) held records right 91 times in 100 on the
# texts it was applied to, 0.12 off; at 0.02 over texts that block takes in its neighbour and
# every order of sixteen is within 0.04.
_RECORD_ERROR = 0.02
# A field block's share is known over texts too, to within this. The fields of a text are
# read from one reading of the report: a text read well has its place, its countries and its
# hiding place right together, so a block of values from few texts is known less well than
# its count of values says. With 823 texts one fold's lowest field block (raw 0.43 to 0.75,
# the 16% of values the smallest block must hold, 24 kinds of place, countries and
# concealment) stood at 0.699 over values, with a block of its own above it, and its values in
# the fold it was applied to were right 80.5 times in 100 (a bin 0.6-0.7 of 442 fields 0.106
# off, one order of sixteen), while the other folds' lowest blocks, pooled with their
# neighbour, stood at 0.76 to 0.77. Over texts the pooled 0.77 is what is known at 0.015; at
# 0.02 or 0.025 over texts no block moves (the 16% binds first).
_FIELD_ERROR = 0.015
# The map is learnt on the raw values the texts get in this many partitions into folds (the
# texts' own order and fixed shuffles), pooled. With one partition, the level of the lowest
# record block followed which texts happened to share a fold: in three orders of sixteen of
# 727 texts a fold's lowest level fell just under 0.8 where its records were right 87 to 91
# times in 100 (a gap of 0.113 in one). Pooled over two, every order was within 0.02, until
# 775 texts put one order's record gap at 0.149 (a few folds' lowest level in a small bin of its
# own); pooled over three, the largest of sixteen orders is 0.079. With 799 texts three left one
# order's fields 0.079 off, four 0.027 (its records 0.12 off either way: see the README).
_PARTITIONS = 4


def record_kind(record: SeizureRecord, language: str) -> str:
    """The kind of a record that its confidence is kept for."""
    figure = any(
        v is not None for v in (record.quantity_kg, record.quantity_count, record.quantity_litres)
    )
    named = record.substance != UNSPECIFIED
    return (
        f"{language}|{record.context}|{'figure' if figure else 'no figure'}|"
        f"{'named' if named else 'unspecified'}"
    )


def field_key(record: SeizureRecord, name: str, language: str) -> str:
    """The kind of a field value its confidence is kept for: its language, its name, and
    whether it was read from the sentence that holds the seizure or from another one."""
    span = record.field_evidence.get(name)
    where = "unknown" if not span else "own" if span in record.evidence else "elsewhere"
    return f"{language}|{name}|{where}"


@dataclass
class _Rate:
    hits: float = 0.0
    total: float = 0.0


Step = tuple[float, float]  # (lowest raw rate of a block, share right in it)


def _mapped(steps: list[Step], raw: float) -> float:
    """The confidence of a raw rate: the share right of the block it falls in."""
    if not steps:
        return raw
    value = steps[0][1]
    for low, share in steps:
        if raw >= low:
            value = share
    return value


@dataclass
class ConfidenceTable:
    """Fitted rates, per record kind and per language and field, and the isotonic maps from
    those raw rates to confidences."""

    records: dict[str, float] = field(default_factory=dict)
    fields: dict[str, float] = field(default_factory=dict)
    maps: dict[str, list[Step]] = field(default_factory=dict)
    model: RecordModel = field(default_factory=RecordModel)

    def record_raw(self, record: SeizureRecord, language: str) -> float:
        """The modelled chance a record is right, from its evidence; without a fitted model,
        the fitted rate of records of its kind in its language."""
        scored = self.model.score(record, language)
        if scored is not None:
            return scored
        return self.records.get(record_kind(record, language), self.records.get(language, 0.5))

    def field_raw(self, record: SeizureRecord, name: str, language: str) -> float:
        """The fitted rate of a value of this field, read in this language from where it was."""
        for key in (field_key(record, name, language), f"{language}|{name}", name):
            if key in self.fields:
                return self.fields[key]
        return 0.5

    def record(self, record: SeizureRecord, language: str) -> float:
        """The confidence of a record of this kind in this language."""
        return _mapped(self.maps.get("record", []), self.record_raw(record, language))

    def field(self, record: SeizureRecord, name: str, language: str) -> float:
        """The confidence of a value of this field, read in this language from where it was."""
        return _mapped(self.maps.get("field", []), self.field_raw(record, name, language))

    def to_json(self) -> dict[str, Any]:
        """The table as stored in confidence.json."""
        maps = {what: [list(step) for step in steps] for what, steps in self.maps.items()}
        model = {"features": list(FEATURES), "weights": self.model.weights}
        return {
            "records": self.records, "fields": self.fields, "calibration": maps,
            "record_model": model,
        }  # fmt: skip


def pairs(
    expected: list[SeizureRecord], found: list[SeizureRecord]
) -> list[tuple[SeizureRecord, SeizureRecord | None]]:
    """Each extracted record with the labelled one it matches, or None."""
    left = list(expected)
    pairs: list[tuple[SeizureRecord, SeizureRecord | None]] = []
    for f in found:
        match = next((e for e in left if records_match(e, f)), None)
        if match is not None:
            left.remove(match)
        pairs.append((f, match))
    return pairs


Observation = tuple[str, str, float, bool]  # (what, key, confidence, right)


def observations(
    results: Iterable[tuple[str, list[SeizureRecord], list[SeizureRecord]]],
    table: ConfidenceTable | None = None,
    *,
    raw: bool = False,
) -> list[Observation]:
    """For every extracted record and field value: its kind, confidence (the table's raw rate
    when `raw`) and whether it is right."""
    seen: list[Observation] = []
    for language, expected, found in results:
        for got, label in pairs(expected, found):
            kind = record_kind(got, language)
            if table is None:
                conf = 0.0
            else:
                conf = table.record_raw(got, language) if raw else table.record(got, language)
            seen.append(("record", kind, conf, label is not None))
            for name in FIELDS:
                value = getattr(got, name)
                if not present(value):
                    continue
                want = getattr(label, name) if label is not None else None
                right = present(want) and value_matches(name, want, value)
                if table is None:
                    conf = 0.0
                elif raw:
                    conf = table.field_raw(got, name, language)
                else:
                    conf = table.field(got, name, language)
                seen.append(("field", field_key(got, name, language), conf, bool(right)))
    return seen


def fit(seen: list[Observation]) -> ConfidenceTable:
    """Rates per record kind and per field kind from observations of right and wrong values.

    Each kind's rate is smoothed towards its coarser kind's (a field in one language towards
    the field in all, a record kind towards its language), so a kind seen a few times borrows
    from what is known about its kin instead of from an arbitrary one half."""
    counts: dict[tuple[str, str], _Rate] = {}
    for what, key, _, right in seen:
        parts = key.split("|")
        levels = [parts[0], key] if what == "record" else [parts[1], "|".join(parts[:2]), key]
        for k in levels:
            rate = counts.setdefault((what, k), _Rate())
            rate.hits += right
            rate.total += 1
    table = ConfidenceTable()
    for (what, key), rate in sorted(counts.items(), key=lambda kv: kv[0][1].count("|")):
        target = table.records if what == "record" else table.fields
        parts = key.split("|")
        if what == "record":
            parent = target.get(parts[0], 0.5) if len(parts) > 1 else 0.5
        elif len(parts) == 1:
            parent = 0.5
        else:
            parent = target.get("|".join(parts[:-1]) if len(parts) == 3 else parts[1], 0.5)
        target[key] = round((rate.hits + _PRIOR * parent) / (rate.total + _PRIOR), 3)
    return table


@dataclass(frozen=True, slots=True)
class Bin:
    """One of ten confidence bins: how many values, their mean confidence, and how many right."""

    low: float
    count: int
    mean_confidence: float
    observed: float


def calibration(seen: list[Observation], what: str) -> list[Bin]:
    """Values in ten bins of confidence, with the share right in each (empty bins left out)."""
    bins: list[list[Observation]] = [[] for _ in range(_BINS)]
    for o in seen:
        if o[0] == what:
            bins[min(int(o[2] * _BINS), _BINS - 1)].append(o)
    return [
        Bin(i / _BINS, len(b), sum(o[2] for o in b) / len(b), sum(o[3] for o in b) / len(b))
        for i, b in enumerate(bins)
        if b
    ]


Result = tuple[str, list[SeizureRecord], list[SeizureRecord]]  # (language, labelled, found)


def _folds(results: list[Result], folds: int) -> list[tuple[list[Result], list[Result]]]:
    """Each fold of the texts with the texts of the other folds."""
    return [(rest, fold) for rest, fold in text_folds(results, folds) if rest and fold]


def isotonic(
    points: list[tuple[float, bool]],
    min_block: int = _MIN_BLOCK,
    error: float = _ERROR,
    groups: list[int] | None = None,
) -> list[Step]:
    """The monotone step map from raw rate to share right (pool adjacent violators), its blocks
    pooled until each holds at least `min_block` values and enough for its share right to be
    known to within _ERROR.

    Blocks pooled only to a fixed size were calibrated where they were learnt and not on other
    texts: a block of 30 records right 80 times in 100 has a standard error of 0.07, so each
    fold of a cross-fit put that level a little above or below another fold's, on either side
    of a bin edge, and a bin held ten of those records with half of them right. The shares were
    also shrunk towards the share of all, which lifted the low blocks above what they measured.
    A block's size now follows from its share: the fewer right, the more values it needs.

    `groups` names the text each value was read from. Values of one text are right or wrong
    together (a misread report gives several wrong records, a clear one several right), so a
    share's standard error is taken over texts, not values: with 823 texts a block of 359
    records right 79 times in 100 looked known to within 0.021, but its records came from few
    texts of many goods each, and on other texts the records of that level were right 92 times
    in 100. Without groups every value is its own."""
    blocks: list[_Block] = []
    order = sorted(range(len(points)), key=lambda k: points[k])
    for k in order:
        rate, right = points[k]
        group = groups[k] if groups is not None else k
        if not blocks or blocks[-1].low != rate:
            blocks.append(_Block(rate))
        blocks[-1].add(group, right)

    def merge(i: int) -> None:  # block i takes in block i + 1
        blocks[i].take(blocks[i + 1])
        del blocks[i + 1]

    i = 0
    while i < len(blocks) - 1:
        if blocks[i].share >= blocks[i + 1].share:
            merge(i)
            i = max(i - 1, 0)
        else:
            i += 1

    def loose(block: _Block) -> float:
        """The share of the values it needs that the block lacks; 0 when it has them all."""
        short = max(0.0, min_block - block.values) / min_block
        se = block.standard_error()
        return max(short, 1.0 - (error / se) ** 2 if se > error else 0.0)

    while len(blocks) > 1 and max(loose(b) for b in blocks) > 0:
        small = max(range(len(blocks)), key=lambda k: loose(blocks[k]))
        if small in (0, len(blocks) - 1):
            merge(0 if small == 0 else small - 1)
            continue
        before, here, after = (blocks[k].share for k in (small - 1, small, small + 1))
        # A small block joins the neighbour whose share right is nearer its own.
        merge(small - 1 if abs(here - before) <= abs(after - here) else small)
    return [(round(b.low, 3), round(b.share, 3)) for b in blocks]


@dataclass
class _Block:
    """Values of the isotonic map pooled into one level: right and all, by the text of each."""

    low: float
    right: float = 0.0
    values: float = 0.0
    by_group: dict[int, list[float]] = field(default_factory=dict)

    def add(self, group: int, right: bool) -> None:
        self.right += right
        self.values += 1
        counts = self.by_group.setdefault(group, [0.0, 0.0])
        counts[0] += right
        counts[1] += 1

    def take(self, other: _Block) -> None:
        self.right += other.right
        self.values += other.values
        for group, (right, values) in other.by_group.items():
            counts = self.by_group.setdefault(group, [0.0, 0.0])
            counts[0] += right
            counts[1] += values

    @property
    def share(self) -> float:
        return self.right / self.values

    def standard_error(self) -> float:
        """The standard error of the share, its values clustered by group."""
        p = self.share
        spread = sum((right - p * values) ** 2 for right, values in self.by_group.values())
        return float(spread**0.5 / self.values)


def _fitted(results: list[Result]) -> ConfidenceTable:
    """Field rates and the record model fitted on these texts, not yet mapped."""
    table = fit(observations(results))
    rows = [
        (features(got, language), label is not None)
        for language, expected, found in results
        for got, label in pairs(expected, found)
    ]
    table.model = fit_model(rows)
    return table


def partitions(
    results: list[Result], count: int = _PARTITIONS, first_seed: int = 1000
) -> list[list[Result]]:
    """The texts in `count` orders, each cut into folds by `_folds`: as given, then shuffled
    with the fixed seeds after `first_seed`, so that a fit is the same every time it is run on
    the same texts. The fit and the measure over orders (`gaps_over_orders`) use seeds apart."""
    orders = [list(results)]
    for seed in range(first_seed + 1, first_seed + count):
        shuffled = list(results)
        random.Random(seed).shuffle(shuffled)
        orders.append(shuffled)
    return orders


def fit_calibrated(results: list[Result]) -> ConfidenceTable:
    """Rates and the record model fitted on all the texts, mapped to confidences by isotonic
    fits learnt on the raw values each fold of the texts gets from the other folds, pooled
    over `_PARTITIONS` partitions of the texts into folds."""
    table = _fitted(results)
    held_out: list[tuple[int, Observation]] = []  # (the text's place in results, value)
    place = {id(r): k for k, r in enumerate(results)}
    orders = partitions(results)
    for order in orders:
        for rest, fold in _folds(order, _FOLDS):
            fitted = _fitted(rest)
            for result in fold:
                held_out.extend(
                    (place[id(result)], o) for o in observations([result], fitted, raw=True)
                )
    # Every value is counted once in each partition: a block needs as many values in each as
    # one partition's block would. A share's error is taken over texts (the records and fields
    # of one text are read from one reading of the report, right or wrong together), and a
    # text's values in every partition are of one text, so that error needs no scaling.
    n = len(orders)
    for what, error in (("record", _RECORD_ERROR), ("field", _FIELD_ERROR)):
        kept = [(k, o) for k, o in held_out if o[0] == what]
        if not kept:
            continue
        points = [(o[2], o[3]) for _, o in kept]
        least = max(_MIN_BLOCK * n, int(_MIN_SHARE * len(points)))
        table.maps[what] = isotonic(points, least, error, [k for k, _ in kept])
    return table


def cross_fitted(results: list[Result], folds: int = _FOLDS) -> list[Observation]:
    """Observations of each fold of the texts scored with rates and maps fitted on the other
    folds only: calibration measured on texts nothing was fitted on. Five folds, not two
    halves: what is fitted on half the texts is noisier than what is fitted on all of them
    and shipped, most in the sparse low bins."""
    seen: list[Observation] = []
    for rest, fold in _folds(results, folds):
        seen.extend(observations(fold, fit_calibrated(rest)))
    return seen


def largest_gap(seen: list[Observation], what: str, least: int = 10) -> float:
    """The largest gap between mean confidence and share right over bins of `least` or more
    values."""
    gaps = [
        abs(b.mean_confidence - b.observed) for b in calibration(seen, what) if b.count >= least
    ]
    return max(gaps, default=0.0)


def gaps_over_orders(results: list[Result], orders: int) -> list[tuple[float, float]]:
    """The largest record and field gaps of the cross-fit with the texts in `orders` orders:
    as given, then shuffled with fixed seeds. Which texts share a fold decides which values
    share a bin; a calibration that holds in one order only was luck."""
    gaps = []
    for rows in partitions(results, orders, first_seed=0):
        seen = cross_fitted(rows)
        gaps.append((largest_gap(seen, "record"), largest_gap(seen, "field")))
    return gaps


def table_path() -> Path:
    """Where the fitted table is kept in the package."""
    return Path(str(resources.files("kordon.osint").joinpath("languages", "confidence.json")))


@cache
def load_table() -> ConfidenceTable:
    """The fitted table, or an empty one (every confidence 0.5) when none was fitted."""
    path = table_path()
    if not path.exists():
        return ConfidenceTable()
    data = json.loads(path.read_text(encoding="utf-8"))
    maps = {
        what: [(float(low), float(share)) for low, share in steps]
        for what, steps in data.get("calibration", {}).items()
    }
    model = data.get("record_model", {})
    weights = [float(w) for w in model.get("weights", [])]
    if list(model.get("features", [])) != list(FEATURES):
        weights = []  # fitted for other features: fall back to the rates of record kinds
    return ConfidenceTable(dict(data["records"]), dict(data["fields"]), maps, RecordModel(weights))


UNNAMED_GOODS = 0.5


def apply(records: list[SeizureRecord], language: str) -> None:
    """Set each record's confidence and its fields' confidences."""
    table = load_table()
    for record in records:
        record.confidence = table.record(record, language)
        record.field_confidence = {
            name: table.field(record, name, language)
            for name in FIELDS
            if present(getattr(record, name))
        }
        if record.substance not in KNOWN_GOODS:
            # Goods read in the report's own words from what a count counts ("36 top ...
            # kabelləri"): no labelled record is of this kind yet, so their confidence is a
            # prior held at an even chance, not a fitted share.
            record.confidence = min(record.confidence, UNNAMED_GOODS)
            record.field_confidence["substance"] = min(
                record.field_confidence.get("substance", UNNAMED_GOODS), UNNAMED_GOODS
            )
