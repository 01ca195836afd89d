"""Training the targeting model on outcomes: from files in any layout, or from the database."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

import pandas as pd

from kordon.domain import Declaration, Inspection
from kordon.intake.errors import IntakeError
from kordon.intake.reader import detect_layout, read_file
from kordon.risk.model.artefact import save
from kordon.risk.model.estimator import TargetingModel
from kordon.risk.model.frame import (
    FrameError,
    frame_from_declarations,
    frame_from_kcs_csv,
    is_kcs_header,
)
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


def train_from_store(
    store: Store, out: Path, *, estimators: int = 400, threads: int = 2
) -> TargetingModel | None:
    """Train on every recorded outcome and save the model; None while labels are too few."""
    frame = frame_from_store(store)
    if not has_violations(frame) or len(frame) < MIN_TRAINING_ROWS:
        return None
    model = TargetingModel(
        n_estimators=estimators,
        critical_estimators=max(1, estimators * 3 // 4),
        num_threads=threads,
    ).fit(frame)
    save(model, out)
    return model
