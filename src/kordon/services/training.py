"""Training the targeting model on outcomes: from files in any layout, or from the database."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd

from kordon.domain import Declaration, Inspection
from kordon.intake.errors import IntakeError
from kordon.intake.reader import detect_layout, read_file
from kordon.risk.model.artefact import save
from kordon.risk.model.estimator import TargetingModel, Trainer
from kordon.risk.model.frame import (
    FrameError,
    frame_from_declarations,
    frame_from_kcs_csv,
    is_kcs_header,
)
from kordon.risk.model.metrics import targeting_metrics
from kordon.services.ports import Store

# Fewer inspected declarations than this teach a model nothing it can be trusted with.
MIN_TRAINING_ROWS = 200


def _one_label(inspections: Sequence[Inspection]) -> Inspection:
    """A declaration inspected more than once counts as a violation if any inspection found one."""
    found = [i for i in inspections if i.found_violation]
    chosen = found[-1] if found else inspections[-1]
    return replace(chosen, critical=any(i.critical for i in inspections))


def frame_from_store(store: Store) -> pd.DataFrame:
    """Every inspected declaration in the database with its label, oldest first."""
    with store.transaction() as uow:
        by_declaration: dict[str, list[Inspection]] = {}
        for inspection in uow.inspections.all():
            by_declaration.setdefault(inspection.declaration_id, []).append(inspection)
        declarations = [s.declaration for s in uow.declarations.get_many(list(by_declaration))]
    if not declarations:
        raise FrameError("the database holds no inspected declaration to learn from")
    labels = [_one_label(found) for found in by_declaration.values()]
    frame = frame_from_declarations(declarations, labels)
    return frame.sort_values("lodged_at", kind="stable").reset_index(drop=True)


def _frame_from_intake(path: Path, *, require_labels: bool) -> pd.DataFrame:
    declarations: list[Declaration] = []
    labels: list[Inspection] = []
    for row in read_file(path):
        if row.record is None:
            raise FrameError("; ".join(str(error) for error in row.errors))
        declaration = row.record.declaration
        declarations.append(declaration)
        past = row.record.outcome
        if past is not None:
            labels.append(
                Inspection(
                    declaration_id=declaration.id,
                    inspected_at=declaration.lodged_at,
                    officer="",
                    outcome=past.outcome,
                    detection_method=past.detection_method,
                    critical=past.critical,
                )
            )
        elif require_labels:
            raise FrameError(
                f"{path}, line {row.line}: declaration {declaration.id} has no outcome "
                "to learn from"
            )
    return frame_from_declarations(declarations, labels)


def frame_from_files(paths: Sequence[Path], *, require_labels: bool = True) -> pd.DataFrame:
    """Declarations from files in the KCS layout or Kordon's own, oldest first."""
    if not paths:
        raise FrameError("no input file given")
    frames = []
    for path in paths:
        if not path.is_file():
            raise FrameError(f"{path}: no such file")
        try:
            with path.open(encoding="utf-8", errors="replace") as stream:
                header = stream.readline().split(",")
            # A KCS-like header goes to the KCS reader, which names any column it lacks.
            if is_kcs_header(header) or detect_layout(path) == "kcs":
                frames.append(frame_from_kcs_csv(path, require_labels=require_labels))
            else:
                frames.append(_frame_from_intake(path, require_labels=require_labels))
        except IntakeError as exc:
            raise FrameError(str(exc)) from exc
    frame = pd.concat(frames, ignore_index=True)
    return frame.sort_values("lodged_at", kind="stable").reset_index(drop=True)


def has_violations(frame: pd.DataFrame) -> bool:
    """True when the labels hold both outcomes, which training needs."""
    return bool(frame["fraud"].notna().any() and frame["fraud"].nunique() >= 2)


@dataclass(frozen=True)
class Trained:
    """A saved model and the figures it was measured with on the latest part of the period."""

    model: TargetingModel
    metrics: dict[str, float]


def targeting_model(*, estimators: int = 400, threads: int = 2) -> TargetingModel:
    """An untrained targeting model: `estimators` rounds for violations, 3/4 for critical ones."""
    return TargetingModel(
        n_estimators=estimators,
        critical_estimators=max(1, estimators * 3 // 4),
        num_threads=threads,
    )


def holdout_metrics(
    frame: pd.DataFrame, make: Callable[[], TargetingModel], trainer: Trainer | None = None
) -> dict[str, float]:
    """Figures of a model trained on the first 80% of the time range, tested on the rest
    (empty when either part lacks one of the two outcomes, or the frame is too small)."""
    start, end = frame["lodged_at"].min(), frame["lodged_at"].max()
    cut = start + (end - start) * 0.8
    early, late = frame[frame["lodged_at"] < cut], frame[frame["lodged_at"] >= cut]
    late = late[late["fraud"].notna()]
    if early["fraud"].nunique() < 2 or late["fraud"].nunique() < 2 or len(frame) < 200:
        return {}
    model = _fit(make(), early, trainer)
    scores = model.score_frame(late)
    figures = targeting_metrics(
        late["fraud"].to_numpy(),
        late["critical"].fillna(0).to_numpy(),
        scores["fraud_score"].to_numpy(),
        scores["critical_score"].to_numpy(),
    )
    figures["holdout_rows"] = float(len(late))
    return {k: round(v, 4) for k, v in figures.items()}


def train(
    frame: pd.DataFrame,
    out: Path,
    *,
    estimators: int = 400,
    threads: int = 2,
    evaluate: bool = False,
    on_stage: Callable[[str], None] | None = None,
    trainer: Trainer | None = None,
) -> Trained:
    """Train on every labelled row and save the model with its card; with `evaluate`, first
    measure a model trained on the earliest 80% of the period on the rest."""

    def make() -> TargetingModel:
        return targeting_model(estimators=estimators, threads=threads)

    metrics: dict[str, float] = {}
    if evaluate:
        if on_stage:
            on_stage("measuring on the latest 20% of the period")
        metrics = holdout_metrics(frame, make, trainer)
    if on_stage:
        on_stage(f"training on {len(frame):,} declarations")
    model = _fit(make(), frame, trainer)
    save(model, out, metrics)
    return Trained(model, metrics)


def train_from_store(
    store: Store,
    out: Path,
    *,
    minimum_rows: int = MIN_TRAINING_ROWS,
    estimators: int = 400,
    threads: int = 2,
    evaluate: bool = False,
    on_stage: Callable[[str], None] | None = None,
    trainer: Trainer | None = None,
) -> Trained | None:
    """Train on every recorded outcome and save the model; None while the labels lack one of
    the two outcomes or number fewer than `minimum_rows`."""
    frame = frame_from_store(store)
    if not has_violations(frame) or len(frame) < minimum_rows:
        return None
    return train(frame, out, estimators=estimators, threads=threads, evaluate=evaluate,
                 on_stage=on_stage, trainer=trainer)  # fmt: skip


def _fit(model: TargetingModel, frame: pd.DataFrame, trainer: Trainer | None) -> TargetingModel:
    """Fit in this process, or with the trainer given (boosting on a Dask cluster)."""
    return model.fit(frame) if trainer is None else model.fit(frame, trainer=trainer)
