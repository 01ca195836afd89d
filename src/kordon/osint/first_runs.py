"""The reader's first-run readings, kept: each batch's records as the reader of the day gave them,
before any change was made for that batch.

A batch's first run is the only reading of texts the rules were not mended for. Its figures
are in batches.json; the records themselves are kept under `first-runs/<batch>/<text>.json` (as
`kordon osint extract` printed them, evidence and confidences included), rebuilt by
`scripts/osint_first_readings.py` from the commit that read each batch. A decision that is to
help on the next unseen batch is fitted and measured on these, not on today's readings of texts
the rules were written from.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kordon.osint.evaluate import Batches, LabelledText, Scores, scores_by_batch
from kordon.osint.records import SeizureRecord

FOLDER = "first-runs"

Result = tuple[LabelledText, list[SeizureRecord]]


def batch_folder(root: Path, batch: str) -> Path:
    """Where a batch's kept readings lie under a labelled set."""
    return root / FOLDER / batch


def save(folder: Path, readings: Mapping[str, Sequence[Mapping[str, Any]]]) -> None:
    """Write each text's records as `<text>.json` in the folder, and remove the readings of
    texts no longer given, so the folder holds exactly this reading."""
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("*.json"):
        if stale.stem not in readings:
            stale.unlink()
    for name, records in sorted(readings.items()):
        text = json.dumps(list(records), indent=2, ensure_ascii=False) + "\n"
        path = folder / f"{name}.json"
        # Unchanged files are left alone, so a second run changes nothing on disk.
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")


def load(root: Path, labelled: Sequence[LabelledText]) -> list[Result]:
    """The labelled texts that have a kept first-run reading, each with its records; a reading
    whose records do not parse is refused with the file named."""
    results = []
    kept = {path.stem: path for path in (root / FOLDER).glob("*/*.json")}
    for item in labelled:
        path = kept.get(item.name)
        if path is None:
            continue
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            found = [SeizureRecord.from_json(r) for r in raw]
        except (ValueError, TypeError) as exc:
            raise ValueError(f"{path}: {exc}") from exc
        results.append((item, found))
    return results


@dataclass(frozen=True, slots=True)
class Check:
    """A batch's kept reading in one language scored now, beside the figures of its first run."""

    batch: str
    language: str
    recorded: tuple[int, int, float, float]
    now: tuple[int, int, float, float]

    @property
    def reproduced(self) -> bool:
        """Whether texts, records, record F1 and field F1 agree to the three places recorded."""
        return self.recorded == self.now


def check(results: Sequence[Result], batches: Batches) -> list[Check]:
    """Each first run's figures (texts, labelled records, record F1, micro field F1) against the
    kept readings scored with today's labels; batches with no kept reading are left out."""
    scored: dict[tuple[str, str], Scores] = scores_by_batch(list(results), batches)
    checks = []
    for run in batches.first_runs:
        s = scored.get((run.batch, run.language))
        if s is None:
            continue
        now = (s.texts, s.records.tp + s.records.fn, round(s.records.f1, 3),
               round(s.micro_fields.f1, 3))  # fmt: skip
        recorded = (run.texts, run.records, round(run.record_f1, 3), round(run.field_f1, 3))
        checks.append(Check(run.batch, run.language, recorded, now))
    return checks


def with_field_spans(results: Sequence[Result], batches: Batches) -> list[Result]:
    """The readings of the batches whose reader kept the words each field was read from: the
    decisions' features of a field's span (and the record decision's own place) cannot be
    read from a reading without them, so those batches are left out of fitting."""
    spans: set[str | None] = set()
    for item, found in results:
        if any(r.field_evidence for r in found):
            spans.add(batches.batch_of(item.name))
    return [(item, found) for item, found in results if batches.batch_of(item.name) in spans]
