"""How likely an extracted record is a seizure the report tells of, from its evidence.

A record's kind alone (language, context, figure or none) barely ranks records: nearly all are
"primary, with a figure, goods named". What tells a true record from a restated total or a
background figure is in its evidence: the words of totals and periods near it, a title line
without a full stop, a sentence of many figures (a list or a tally), a figure given loosely
("over 7 kg"), how much of the story around it (place, agency, date, concealment) was found.
These are the features of a small logistic model, fitted by `kordon bench osint
--fit-confidence` (Newton's method with a ridge penalty) on labelled texts.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from kordon.osint.lexicon import AGGREGATE, BACKGROUND, GOODS, UNSPECIFIED
from kordon.osint.records import SeizureRecord
from kordon.osint.vocabulary import fold, vocabulary

_STORY = ("place", "reporting_agency", "date", "concealment", "conveyance", "origin_country")
_FIGURE = re.compile(r"\d+(?:[.,]\d+)?")
_END = (".", "!", "?", "»", '"', "”", ")", ":")
# Ridge penalty on the weights (not the bias): a few hundred records fit a dozen weights only
# when they are held back from the extremes.
_RIDGE = 5.0
_STEPS = 25

FEATURES = (
    "bias", "russian", "azerbaijani", "background", "figure", "named", "goods", "loose",
    "many figures", "total words", "title", "story", "own place",
)  # fmt: skip


def features(record: SeizureRecord, language: str) -> list[float]:
    """The record's features, in the order of FEATURES."""
    evidence = record.evidence or ""
    figure = any(
        v is not None for v in (record.quantity_kg, record.quantity_count, record.quantity_litres)
    )
    story = sum(1 for name in _STORY if getattr(record, name)) / len(_STORY)
    place_span = record.field_evidence.get("place", "")
    return [
        1.0,
        float(language == "ru"),
        float(language == "az"),
        float(record.context == "background"),
        float(figure),
        float(record.substance != UNSPECIFIED),
        float(record.substance in GOODS),
        float(record.quantity_qualifier not in (None, "exact")),
        float(len(_FIGURE.findall(evidence)) >= 4),
        float(_totals(evidence, language)),
        float(bool(evidence) and not evidence.rstrip().endswith(_END)),
        story,
        float(bool(place_span) and place_span in evidence),
    ]


def _totals(text: str, language: str) -> bool:
    """Whether the evidence holds words of totals, periods or earlier seizures."""
    if language in ("ru", "az"):
        v = vocabulary(language)
        return bool(v.aggregate.search(fold(text)) or v.background.search(text))
    return bool(AGGREGATE.search(text) or BACKGROUND.search(text))


@dataclass
class RecordModel:
    """Weights of the logistic model, one per feature."""

    weights: list[float] = field(default_factory=list)

    def score(self, record: SeizureRecord, language: str) -> float | None:
        """The modelled chance the record is right, or None when no model was fitted."""
        if len(self.weights) != len(FEATURES):
            return None
        return _sigmoid(
            sum(w * x for w, x in zip(self.weights, features(record, language), strict=True))
        )


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def fit_model(rows: list[tuple[list[float], bool]]) -> RecordModel:
    """Logistic weights for rows of (features, right), by Newton's method with a ridge."""
    n = len(FEATURES)
    w = [0.0] * n
    if not rows:
        return RecordModel(w)
    for _ in range(_STEPS):
        grad = [0.0] * n
        hess = [[0.0] * n for _ in range(n)]
        for x, right in rows:
            p = _sigmoid(sum(a * b for a, b in zip(w, x, strict=True)))
            g = p - float(right)
            s = p * (1.0 - p)
            for i in range(n):
                grad[i] += g * x[i]
                if x[i]:
                    for j in range(n):
                        hess[i][j] += s * x[i] * x[j]
        for i in range(1, n):
            grad[i] += _RIDGE * w[i]
            hess[i][i] += _RIDGE
        hess[0][0] += 1e-6
        step = _solve(hess, grad)
        w = [a - b for a, b in zip(w, step, strict=True)]
        if max(abs(b) for b in step) < 1e-6:
            break
    return RecordModel([round(a, 4) for a in w])


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """x with a·x = b, by Gaussian elimination with partial pivoting (a is small and SPD)."""
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        if abs(m[col][col]) < 1e-12:
            continue
        for r in range(col + 1, n):
            factor = m[r][col] / m[col][col]
            for c in range(col, n + 1):
                m[r][c] -= factor * m[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        if abs(m[r][r]) < 1e-12:
            continue
        x[r] = (m[r][n] - sum(m[r][c] * x[c] for c in range(r + 1, n))) / m[r][r]
    return x
