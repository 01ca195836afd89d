"""The learned targeting model: features, estimator, saved artefact, explanations, policy."""

from kordon.risk.model.artefact import ArtefactError, load, read_card, save
from kordon.risk.model.estimator import ModelError, TargetingModel
from kordon.risk.model.explain import Contribution, explain
from kordon.risk.model.frame import (
    FrameError,
    frame_from_declarations,
    frame_from_kcs_csv,
    load_training_frame,
)
from kordon.risk.model.history import History
from kordon.risk.model.policy import Exploration, Selection, select
from kordon.risk.model.scoring import (
    DeclarationScore,
    as_reasons,
    extend_history,
    model_version,
    score_declarations,
    score_frame,
)

__all__ = [
    "ArtefactError",
    "Contribution",
    "DeclarationScore",
    "Exploration",
    "FrameError",
    "History",
    "ModelError",
    "Selection",
    "TargetingModel",
    "as_reasons",
    "explain",
    "extend_history",
    "frame_from_declarations",
    "frame_from_kcs_csv",
    "load",
    "load_training_frame",
    "model_version",
    "read_card",
    "save",
    "score_declarations",
    "score_frame",
    "select",
]
