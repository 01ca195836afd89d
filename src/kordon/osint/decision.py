"""A learned decision over the reader's records: is this record a find the report tells of today?

The rules make every record; this small logistic model, fitted on the labelled set, keeps or
drops each of them from what a careful reader weighs: words of totals, periods and earlier
seizures near it, a seizure verb in an earlier tense, where the record stands (a title, the
first paragraph, the last ones, a quotation), its figure against the text's others (the
largest, the sum of the others, told twice), the same goods in another record, how many
figures its sentence holds and how much of the story around it was found. Every feature is read
through the languages' vocabularies, so none names a word of one text.

It is fitted by `kordon bench osint --fit-decision` and kept in osint/languages/decision.json
with its name, version and feature names; a saved model whose features differ from the code's
is refused. The threshold is chosen on records of texts the model was not fitted on (five
folds grouped by text). Each decision is explained by its features' shares (weight times
value).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from kordon.domain import logistic
from kordon.domain.logistic import ModelMismatchError as ModelMismatchError
from kordon.osint import record_model
from kordon.osint.lexicon import BACKGROUND_LEAD, SEIZURE_ACTIONS
from kordon.osint.quantities import agrees
from kordon.osint.records import SeizureRecord, quantity_of
from kordon.osint.vocabulary import fold, vocabulary

NAME = "kordon-osint-decision"
VERSION = "1"
MODEL_FILE = "decision.json"
# The record model's features (without its bias), then what the record's place in the text and
# its figure against the others say.
FEATURE_NAMES: tuple[str, ...] = (
    *record_model.FEATURES[1:],
    "first paragraph",
    "last paragraphs",
    "quotation",
    "seizure verb",
    "earlier tense",
    "earlier lead",
    "largest figure",
    "sum of others",
    "figure told again",
    "goods told again",
    "figures in sentence",
    "records in text",
)
_FIGURE = re.compile(r"\d+(?:[.,]\d+)?")
_QUOTES = re.compile(r"[«“„\"][^«»“”„\"]{20,}[»”\"]")
# "had been seized", "were detained last": English shows an earlier find by its tense.
_EARLIER_EN = re.compile(r"\bhad\s+(?:been\s+)?\w+(?:ed|en|t)\b", re.IGNORECASE)
# "было изъято", "были обнаружены": Russian tells an earlier find by "было" with a participle.
_EARLIER_RU = re.compile(r"(?<![^\W_])был[аио]?\s+\w+(?:н|т)(?:[аоы]|ы\w)?(?![^\W_])", re.I)
_MOST_FIGURES = 6.0
_MOST_RECORDS = 20.0
_FOLDS = 5
# The inverse of the ridge strength (scikit-learn's C): a few hundred negatives against a
# thousand positives fit two dozen weights only when they are held back from the extremes.
_C = 1.0


def _paragraphs(body: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", body) if p.strip()]


def _where(evidence: str, paragraphs: list[str]) -> int | None:
    """The paragraph the evidence is read from, or None when it is not found whole."""
    probe = evidence.strip()[:60]
    if not probe:
        return None
    return next((k for k, p in enumerate(paragraphs) if probe in p), None)


def seizure_verb(text: str, language: str) -> bool:
    if language in ("ru", "az"):
        return vocabulary(language).seizure_actions.search(text) is not None
    return SEIZURE_ACTIONS.search(text) is not None


def _earlier_tense(text: str, language: str) -> bool:
    if language == "ru":
        return _EARLIER_RU.search(text) is not None
    if language == "az":
        tense = vocabulary(language).background_tense
        return bool(tense and tense.search(text))
    return _EARLIER_EN.search(text) is not None


def _earlier_lead(text: str, language: str) -> bool:
    """Whether the sentence opens on an earlier time ("Earlier", "Ранее", "Daha əvvəl")."""
    if language in ("ru", "az"):
        opening = fold(text.strip()).lstrip("\"'«“„-– ")
        return any(re.match(rf"{re.escape(w)}(?![^\W_])", opening)
                   for w in vocabulary(language).background_lead)  # fmt: skip
    return BACKGROUND_LEAD.search(text.strip()) is not None


def features(
    record: SeizureRecord, records: Sequence[SeizureRecord], body: str, language: str
) -> list[float]:
    """The record's features, in the order of FEATURE_NAMES, beside the text's other records."""
    evidence = record.evidence or ""
    paragraphs = _paragraphs(body)
    where = _where(evidence, paragraphs)
    own = quantity_of(record)
    others = [r for r in records if r is not record]
    same_kind = [a[1] for a in map(quantity_of, others) if a is not None and own and a[0] == own[0]]
    largest = bool(own and same_kind and own[1] > max(same_kind))
    summed = bool(own and len(same_kind) >= 2 and agrees(own[1], sum(same_kind)))
    again = bool(own and any(agrees(own[1], v) for v in same_kind))
    goods_again = any(r.substance == record.substance for r in others)
    figures = min(len(_FIGURE.findall(evidence)), _MOST_FIGURES) / _MOST_FIGURES
    return [
        *record_model.features(record, language)[1:],
        float(where == 0),
        float(where is not None and len(paragraphs) >= 3 and where >= len(paragraphs) - 2),
        float(_QUOTES.search(evidence) is not None),
        float(seizure_verb(evidence, language)),
        float(_earlier_tense(evidence, language)),
        float(_earlier_lead(evidence, language)),
        float(largest),
        float(summed),
        float(again),
        float(goods_again),
        figures,
        min(len(records), _MOST_RECORDS) / _MOST_RECORDS,
    ]


@dataclass(frozen=True, slots=True)
class Decision:
    """Weights of a fitted logistic regression over FEATURE_NAMES, and the threshold under
    which a record is dropped."""

    coefficients: tuple[float, ...]
    intercept: float
    threshold: float
    feature_names: tuple[str, ...] = FEATURE_NAMES
    name: str = NAME
    version: str = VERSION
    training: dict[str, Any] = field(default_factory=dict)

    def probability(self, values: Sequence[float]) -> float:
        """The modelled chance that the record is a find the report tells of, 0..1."""
        return logistic.probability(self.intercept, self.coefficients, values)

    def keeps(self, values: Sequence[float]) -> bool:
        """Whether a record of these features stays."""
        return self.probability(values) >= self.threshold

    def contributions(self, values: Sequence[float]) -> list[tuple[str, float]]:
        """Each feature's share of the decision (weight times value), largest first."""
        shares = logistic.contributions(self.feature_names, self.coefficients, values)
        return sorted(((n, c) for n, c in shares.items() if c), key=lambda s: -abs(s[1]))

    def to_dict(self) -> dict[str, Any]:
        """The model as plain data, for saving."""
        return logistic.as_saved(self.name, self.version, self.feature_names, self.coefficients,
                                 self.intercept, threshold=round(self.threshold, 4),
                                 training=self.training)  # fmt: skip


def from_dict(data: dict[str, Any], source: str = "decision") -> Decision:
    """A decision from plain data; refused when its name, version or features differ."""
    refit = "kordon bench osint --fit-decision"
    saved = logistic.read_saved(data, name=NAME, version=VERSION, features=FEATURE_NAMES,
                                source=source, refit=refit)  # fmt: skip
    try:
        threshold = float(data["threshold"])
    except (KeyError, TypeError, ValueError) as exc:
        raise ModelMismatchError(f"{source}: the decision has no threshold ({exc})") from None
    return Decision(saved.coefficients, saved.intercept, threshold, saved.feature_names, NAME,
                    VERSION, dict(data.get("training", {})))  # fmt: skip


def model_path() -> Path:
    """Where the fitted decision is kept in the package, beside confidence.json."""
    return Path(str(resources.files("kordon.osint").joinpath("languages", MODEL_FILE)))


@cache
def packaged() -> Decision | None:
    """The decision shipped with the reader, read once (None before one has been fitted)."""
    path = model_path()
    if not path.exists():
        return None
    return from_dict(json.loads(path.read_text(encoding="utf-8")), MODEL_FILE)


# Whether the reader drops the records the decision would: off until the forward figures
# (`kordon bench osint --forward`) show it reads batches it has never seen better.
ENABLED = False


def decide(
    records: list[SeizureRecord], body: str, language: str, model: Decision | None
) -> list[SeizureRecord]:
    """The records the decision keeps (all of them without a model)."""
    if model is None:
        return records
    return [r for r in records if model.keeps(features(r, records, body, language))]


Row = tuple[int, list[float], bool]  # (the text's group, features, right)


def fit_weights(
    rows: Sequence[Row], width: int = len(FEATURE_NAMES)
) -> tuple[tuple[float, ...], float]:
    """A logistic regression's weights and bias over rows of (group, features, right), of
    `width` features; without both outcomes, no weights and the bias of the share right."""
    from sklearn.linear_model import LogisticRegression

    labels = [int(r[2]) for r in rows]
    if len(set(labels)) < 2:
        rate = sum(labels) / max(len(labels), 1)
        return tuple(0.0 for _ in range(width)), math.log((rate + 1e-3) / (1 - rate + 1e-3))
    model = LogisticRegression(C=_C, max_iter=5000)
    model.fit([r[1] for r in rows], labels)
    return tuple(float(w) for w in model.coef_[0]), float(model.intercept_[0])


THRESHOLDS = tuple(step / 100 for step in range(0, 96))


def best_threshold(scored: Sequence[tuple[float, bool]], labelled: int) -> float:
    """The threshold of the best record F1 over scored records (chance, right), with
    `labelled` records to find: the records below it dropped."""
    best, best_f1 = 0.0, -1.0
    for t in THRESHOLDS:
        tp = sum(1 for p, right in scored if right and p >= t)
        fp = sum(1 for p, right in scored if not right and p >= t)
        f1 = 2 * tp / (2 * tp + fp + (labelled - tp)) if labelled + fp else 0.0
        if f1 > best_f1 + 1e-9:
            best, best_f1 = t, f1
    return best


Chooser = Callable[[list[float]], float]


def fold_chances(rows: Sequence[Row], width: int = len(FEATURE_NAMES)) -> list[float]:
    """Each row's chance from a model fitted on the other folds of texts (five, grouped by
    the rows' groups)."""
    groups = sorted({r[0] for r in rows})
    chances = [0.0] * len(rows)
    for k in range(_FOLDS):
        held = {g for i, g in enumerate(groups) if i % _FOLDS == k}
        weights, bias = fit_weights([r for r in rows if r[0] not in held], width)
        for i, r in enumerate(rows):
            if r[0] in held:
                chances[i] = logistic.probability(bias, weights, r[1])
    return chances


def fit(rows: Sequence[Row], labelled: int, choose: Chooser | None = None) -> Decision:
    """The decision fitted on rows of (text, features, right), its threshold chosen on the
    chances rows get from models fitted on the other folds of texts: by `choose` (given
    those chances in the order of rows), or else the best record F1, `labelled` counting the
    labelled records of those texts, found or not."""
    groups = sorted({r[0] for r in rows})
    chances = fold_chances(rows)
    weights, bias = fit_weights(rows)
    if choose is not None:
        threshold = choose(chances)
    else:
        threshold = best_threshold([(c, r[2]) for c, r in zip(chances, rows, strict=True)],
                                   labelled)  # fmt: skip
    training = {"records": len(rows), "texts": len(groups), "labelled": labelled}
    return Decision(weights, bias, threshold, training=training)


def save(model: Decision, path: Path) -> None:
    """Write the decision as JSON."""
    path.write_text(json.dumps(model.to_dict(), indent=1) + "\n", encoding="utf-8")
