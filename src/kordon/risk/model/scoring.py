"""Scoring declarations with a trained model: one row or a few at a time, or a whole file."""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pandas as pd

from kordon.domain import Declaration, Inspection, Reason, ReasonSource
from kordon.risk.model.estimator import TargetingModel
from kordon.risk.model.explain import Contribution, explain
from kordon.risk.model.frame import frame_from_declarations
from kordon.risk.model.history import History


@dataclass(frozen=True, slots=True)
class DeclarationScore:
    """The model's view of one declaration: two scores and the reasons behind them."""

    declaration_id: str
    fraud_score: float
    critical_score: float
    contributions: tuple[Contribution, ...]


def extend_history(
    model: TargetingModel,
    declarations: Iterable[Declaration] = (),
    outcomes: Iterable[Inspection] = (),
) -> History:
    """The model's stored history plus later declarations and their inspections."""
    history = copy.deepcopy(model.history_)
    history.add(frame_from_declarations(declarations, outcomes))
    return history


def score_frame(
    model: TargetingModel, frame: pd.DataFrame, top: int = 3, history: History | None = None
) -> pd.DataFrame:
    """Scores and the top reasons for each row of a canonical table."""
    scores = model.score_frame(frame, history)
    reasons = explain(model, frame, top=top, history=history)
    for k in range(top):
        scores[f"reason_{k + 1}"] = [r[k].description if len(r) > k else "" for r in reasons]
        scores[f"reason_{k + 1}_weight"] = [r[k].weight if len(r) > k else 0.0 for r in reasons]
    return scores


def score_declarations(
    model: TargetingModel,
    declarations: Sequence[Declaration],
    history: History | None = None,
    top: int = 3,
) -> list[DeclarationScore]:
    """Score declarations as they arrive; entity rates come from history or the model's own."""
    if not declarations:
        return []
    frame = frame_from_declarations(declarations)
    scores = model.score_frame(frame, history)
    reasons = explain(model, frame, top=top, history=history)
    return [
        DeclarationScore(
            declaration_id=str(row["declaration_id"]),
            fraud_score=float(row["fraud_score"]),
            critical_score=float(row["critical_score"]),
            contributions=tuple(why),
        )
        for row, why in zip(scores.to_dict("records"), reasons, strict=True)
    ]


def as_reasons(score: DeclarationScore, model: TargetingModel) -> tuple[Reason, ...]:
    """The model's part of an assessment: its score, then each top contribution."""
    head = Reason(
        source=ReasonSource.MODEL,
        code="model.score",
        description=(
            f"targeting model {model.NAME} {model.VERSION}: violation score "
            f"{score.fraud_score:.2f}, critical-violation score {score.critical_score:.3f}"
        ),
        weight=score.fraud_score,
        details={"critical_score": score.critical_score, "model_version": model_version(model)},
    )
    parts = tuple(
        Reason(source=ReasonSource.MODEL, code=c.code, description=c.description, weight=c.weight)
        for c in score.contributions
    )
    return (head, *parts)


def model_version(model: TargetingModel) -> str:
    """What an assessment records as the model that scored it, training window included."""
    start, end = model.training_window_
    return f"{model.NAME} {model.VERSION} trained {start.date()}..{end.date()}"
