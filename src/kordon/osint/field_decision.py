"""A learned decision over the reader's free fields: leave a value empty when it is more likely
wrong than right.

A wrong value costs field F1 twice (a false value beside the labelled one missed), an empty one
only the miss; a value given where the report tells of none costs a false value for nothing.
So a reader that leaves a field empty when unsure reads unseen reports better than one that
always answers, if it knows when it is unsure. For each decided field a small logistic model
weighs what a careful reader would look at in any report: how long the value is (a hiding
place is a few words, not a clause), whether it holds a word of the field's own vocabulary
(hiding places, vehicles, places), whether it was read in the seizure's own sentence or
elsewhere, whether the sentence it was read from holds a figure or a verb of seizure, how far
the value stands from the nearest figure, and the language.

It is fitted by `kordon bench osint --fit-decision` and kept in
osint/languages/field_decision.json with its name, version and feature names; a saved model
whose features differ from the code's is refused. Each field's threshold is chosen on values of
texts the model was not fitted on (five folds grouped by text), to the best micro field F1.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from kordon.domain import logistic
from kordon.domain.logistic import ModelMismatchError as ModelMismatchError
from kordon.osint import decision
from kordon.osint.decision import Row as Row
from kordon.osint.decision import fit_weights, fold_chances, seizure_verb
from kordon.osint.evaluate import Tally
from kordon.osint.gazetteer import find_places
from kordon.osint.lexicon import CONCEALMENT_NOUNS, CONVEYANCES
from kordon.osint.records import SeizureRecord
from kordon.osint.vocabulary import vocabulary

NAME = "kordon-osint-field-decision"
VERSION = "1"
MODEL_FILE = "field_decision.json"
# The free fields read from a span of the report, where a reading can go wide of the find.
DECIDED: tuple[str, ...] = ("concealment", "conveyance", "place", "cover_cargo")
FEATURE_NAMES: tuple[str, ...] = (
    "words",
    "own vocabulary",
    "own sentence",
    "elsewhere",
    "figure in span",
    "seizure verb in span",
    "distance to figure",
    "russian",
    "azerbaijani",
)
_MOST_WORDS = 12.0
_MOST_DISTANCE = 30.0
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W_]+")
# English words of hiding places beyond the concealment nouns the reader reads.
_EN_HIDING = re.compile(
    r"\b(?:" + "|".join(re.escape(n) for n in CONCEALMENT_NOUNS) + r"|suitcases?|luggage|"
    r"baggage|bags?|backpacks?|handbags?|pockets?|shoes|clothing|underwear|body|stomach|"
    r"trunk|boot|panels?|tanks?|boxes|crates?|pallets?|sacks?|containers?|parcels?|"
    r"packages?|seats?|bumpers?|wheels?|engine)\b",
    re.IGNORECASE,
)
_EN_VEHICLE = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for words in CONVEYANCES.values() for w in words) + r")\b",
    re.IGNORECASE,
)
_EN_PLACE = re.compile(
    r"\b(?:airport|port|seaport|border|checkpoint|crossing|city|district|province|region|"
    r"terminal|station|harbou?r|highway|road|village|town|customs post)\b",
    re.IGNORECASE,
)


def _own_vocabulary(name: str, value: str, span: str, language: str) -> bool:
    """Whether the value (or, for a conveyance, its span) holds a word of the field's own
    vocabulary: a hiding place, a vehicle, a place."""
    if name == "concealment":
        if language == "en":
            return _EN_HIDING.search(value) is not None
        return vocabulary(language).concealment_cues.search(value) is not None
    if name == "conveyance":
        if language == "en":
            return _EN_VEHICLE.search(span) is not None
        return vocabulary(language).conveyances.search(span) is not None
    if name == "place":
        if find_places(value):
            return True
        if language == "en":
            return _EN_PLACE.search(value) is not None
        vocab = vocabulary(language)
        return any(t.search(value) is not None for t in (vocab.place_nouns, vocab.place_heads))
    if name == "cover_cargo":
        return language != "en" and vocabulary(language).cover_cues.search(span) is not None
    return False


def _distance(value: str, span: str) -> float:
    """Words between the value and the nearest figure of its span, 0..1 (1 when either is
    not found, 0 when the figure lies inside the value: "2 bags" in "2 bags of sugar")."""
    # Matched in the span itself: casefolding first would shift the offsets after an "ß" or "İ".
    found = re.search(re.escape(value), span, re.IGNORECASE)
    figures = [m.start() for m in _DIGIT.finditer(span)]
    if found is None or not figures:
        return 1.0
    start, end = found.span()

    def gap(p: int) -> int:
        return 0 if start <= p < end else min(abs(p - start), abs(p - end))

    nearest = min(figures, key=gap)
    if gap(nearest) == 0:
        return 0.0
    a, b = sorted((nearest, start if nearest < start else end))
    words = len(_WORD.findall(span[a:b]))
    return min(words, _MOST_DISTANCE) / _MOST_DISTANCE


def features(record: SeizureRecord, name: str, language: str) -> list[float]:
    """A field value's features, in the order of FEATURE_NAMES."""
    value = str(getattr(record, name) or "")
    span = record.field_evidence.get(name) or ""
    own = bool(span) and span in (record.evidence or "")
    return [
        min(len(value.split()), _MOST_WORDS) / _MOST_WORDS,
        float(_own_vocabulary(name, value, span, language)),
        float(own),
        float(bool(span) and not own),
        float(_DIGIT.search(span) is not None),
        float(bool(span) and seizure_verb(span, language)),
        _distance(value, span),
        float(language == "ru"),
        float(language == "az"),
    ]


@dataclass(frozen=True, slots=True)
class FieldModel:
    """One field's weights over FEATURE_NAMES and the threshold under which its value is
    left empty."""

    coefficients: tuple[float, ...]
    intercept: float
    threshold: float

    def probability(self, values: Sequence[float]) -> float:
        """The modelled chance the value is right, 0..1."""
        return logistic.probability(self.intercept, self.coefficients, values)


@dataclass(frozen=True, slots=True)
class FieldDecision:
    """The decided fields' models."""

    fields: dict[str, FieldModel]
    training: dict[str, Any] = field(default_factory=dict)

    def keeps(self, name: str, values: Sequence[float]) -> bool:
        """Whether a value of this field with these features stays."""
        model = self.fields.get(name)
        return model is None or model.probability(values) >= model.threshold

    def to_dict(self) -> dict[str, Any]:
        """The decision as plain data, for saving."""
        return {
            "fields": {
                n: logistic.as_saved(
                    NAME,
                    VERSION,
                    FEATURE_NAMES,
                    m.coefficients,
                    m.intercept,
                    threshold=round(m.threshold, 4),
                )
                for n, m in self.fields.items()
            },
            "training": self.training,
        }


def from_dict(data: dict[str, Any], source: str = "field decision") -> FieldDecision:
    """A field decision from plain data; refused when a model's name, version or features
    differ from the code's."""
    refit = "kordon bench osint --fit-decision"
    models: dict[str, FieldModel] = {}
    try:
        entries = dict(data["fields"])
    except (KeyError, TypeError, ValueError) as exc:
        raise ModelMismatchError(f"{source}: not a {NAME} model ({exc})") from None
    for name, entry in entries.items():
        saved = logistic.read_saved(entry, name=NAME, version=VERSION, features=FEATURE_NAMES,
                                    source=f"{source} ({name})", refit=refit)  # fmt: skip
        try:
            threshold = float(entry["threshold"])
        except (KeyError, TypeError, ValueError) as exc:
            raise ModelMismatchError(f"{source} ({name}): no threshold ({exc})") from None
        models[name] = FieldModel(saved.coefficients, saved.intercept, threshold)
    return FieldDecision(models, dict(data.get("training", {})))


def model_path() -> Path:
    """Where the fitted field decision is kept in the package, beside the record decision."""
    return Path(str(resources.files("kordon.osint").joinpath("languages", MODEL_FILE)))


@cache
def packaged() -> FieldDecision | None:
    """The field decision shipped with the reader, read once (None before one is fitted)."""
    path = model_path()
    if not path.exists():
        return None
    return from_dict(json.loads(path.read_text(encoding="utf-8")), MODEL_FILE)


# Whether the reader leaves fields empty as the decision says: on only when the forward
# figures (`kordon bench osint --forward`) show batches never seen read better with it.
ENABLED = False


def decide(records: list[SeizureRecord], language: str, model: FieldDecision | None) -> None:
    """Leave empty each decided field the model does not keep, its evidence with it."""
    if model is None:
        return
    for record in records:
        for name in DECIDED:
            if getattr(record, name) and not model.keeps(name, features(record, name, language)):
                setattr(record, name, None)
                record.field_evidence.pop(name, None)
                record.field_confidence.pop(name, None)


def best_thresholds(
    scored: dict[str, list[tuple[float, bool]]], tp: int, fp: int, fn: int
) -> dict[str, float]:
    """Each field's threshold for the best micro field F1 of all fields, from scored values
    (chance, right) and the counts of every field before any is left empty: a right value
    left empty is a hit become a miss, a wrong one a false value gone. Chosen a field at a
    time, twice over, the others held at their last choice."""
    chosen = {name: 0.0 for name in scored}

    def counts(name: str, t: float) -> tuple[int, int]:
        lost = sum(1 for p, ok in scored[name] if ok and p < t)
        gone = sum(1 for p, ok in scored[name] if not ok and p < t)
        return lost, gone

    for _ in range(2):
        for name in scored:
            others = [counts(n, chosen[n]) for n in scored if n != name]
            lost0 = sum(o[0] for o in others)
            gone0 = sum(o[1] for o in others)
            best, best_f1 = 0.0, -1.0
            for t in decision.THRESHOLDS:
                lost, gone = counts(name, t)
                f1 = Tally(tp - lost0 - lost, fp - gone0 - gone, fn + lost0 + lost).f1
                if f1 > best_f1 + 1e-9:
                    best, best_f1 = t, f1
            chosen[name] = best
    return chosen


def fit(rows: dict[str, list[Row]], tp: int, fp: int, fn: int) -> FieldDecision:
    """Each decided field's model fitted on its rows of (text, features, right), the
    thresholds chosen on out-of-fold chances to the best micro F1 over all fields (tp, fp,
    fn: the counts of every field of those texts as read)."""
    scored = {
        name: list(zip(fold_chances(r, len(FEATURE_NAMES)), (x[2] for x in r), strict=True))
        for name, r in rows.items()
    }
    thresholds = best_thresholds(scored, tp, fp, fn)
    models = {}
    for name, r in rows.items():
        weights, bias = fit_weights(r, len(FEATURE_NAMES))
        models[name] = FieldModel(weights, bias, thresholds[name])
    texts = len({x[0] for r in rows.values() for x in r})
    training = {"values": sum(len(r) for r in rows.values()), "texts": texts}
    return FieldDecision(models, training)


def save(model: FieldDecision, path: Path) -> None:
    """Write the field decision as JSON."""
    path.write_text(json.dumps(model.to_dict(), indent=1) + "\n", encoding="utf-8")
