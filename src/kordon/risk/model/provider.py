"""The learned score as a reason source for the risk engine.

The score adds `FRAUD_WEIGHT` x violation score plus `CRITICAL_WEIGHT` x critical-violation
score to the assessment (0..100 scale, like every reason's weight), and explains itself with
the model's top contributions in words an officer understands.
"""

from __future__ import annotations

from collections.abc import Sequence

from kordon.domain import Declaration, Reason, ReasonSource
from kordon.risk.model.estimator import TargetingModel
from kordon.risk.model.explain import explain
from kordon.risk.model.frame import frame_from_declarations
from kordon.risk.model.scoring import DeclarationScore, model_version

FRAUD_WEIGHT = 60.0
CRITICAL_WEIGHT = 40.0
# A model weight below this hardly moves an assessment and is left unexplained.
EXPLAIN_FROM = 5.0


def score_reason(score: DeclarationScore, version: str) -> Reason:
    """One model score as one reason, its top contributions in the details."""
    weight = round(FRAUD_WEIGHT * score.fraud_score + CRITICAL_WEIGHT * score.critical_score, 1)
    lead = score.contributions[0].description if score.contributions else ""
    return Reason(
        source=ReasonSource.MODEL,
        code="model",
        description=(
            f"Learned score: violation likelihood {score.fraud_score:.2f}, critical "
            f"{score.critical_score:.2f}" + (f"; mainly {lead}" if lead else "")
        ),
        weight=weight,
        details={
            "fraud_score": round(score.fraud_score, 4),
            "critical_score": round(score.critical_score, 4),
            "model_version": version,
            "contributions": [
                {"code": c.code, "description": c.description, "weight": round(c.weight, 3)}
                for c in score.contributions
            ],
        },
    )


class ModelProvider:
    """The reason provider named "model": scores declarations, one or many at a time."""

    name = "model"

    def __init__(self, model: TargetingModel) -> None:
        self.model = model
        self.version = model_version(model)

    def reasons(self, declaration: Declaration) -> list[Reason]:
        """The model's reason for one declaration."""
        return self.reasons_many([declaration])[0]

    def reasons_many(self, declarations: Sequence[Declaration]) -> list[list[Reason]]:
        """The model's reasons for many declarations, scored in one batch (much faster).

        Explaining a score (SHAP contributions) costs far more than computing it, so only the
        scores that move an assessment, a weight of at least EXPLAIN_FROM, are explained.
        """
        if not declarations:
            return []
        frame = frame_from_declarations(declarations)
        scores = self.model.score_frame(frame)
        weights = FRAUD_WEIGHT * scores["fraud_score"] + CRITICAL_WEIGHT * scores["critical_score"]
        worth = frame.index[(weights >= EXPLAIN_FROM).to_numpy()]
        explained = (
            dict(zip(worth, explain(self.model, frame.loc[worth]), strict=True))
            if len(worth)
            else {}
        )
        ids = scores["declaration_id"].astype(str).tolist()
        fraud = scores["fraud_score"].astype(float).tolist()
        critical = scores["critical_score"].astype(float).tolist()
        return [
            [
                score_reason(
                    DeclarationScore(
                        ids[i], fraud[i], critical[i], tuple(explained.get(index, ()))
                    ),
                    self.version,
                )
            ]
            for i, index in enumerate(frame.index)
        ]
