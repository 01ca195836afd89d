"""Storing seizures read from public reports, beside Kordon's own, with likely duplicates flagged.

Re-ingesting a report stores nothing new: a record with the same provenance, evidence and
quantity as a stored one is counted as unchanged. A record that most likely restates a stored
seizure (same substance, quantity within 1%, same country, dates within a week) is stored
with `duplicate_of` pointing at it, so analysts can see one event reported twice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from kordon.domain import Seizure, SeizureSource
from kordon.osint import (
    ReportError,
    decode_report,
    extract_text,
    likely_duplicate,
    parse_report,
    to_seizures,
)
from kordon.services import entity_index
from kordon.services.ports import SeizureFilter, Store

# How many stored open-source and inspection seizures of one country a new record is compared with.
COMPARE_WITH = 5000


@dataclass
class IngestSummary:
    """What ingesting reports stored, flagged and refused."""

    reports: int = 0
    stored: int = 0
    duplicates: int = 0
    unchanged: int = 0
    without_seizures: int = 0
    errors: list[str] = field(default_factory=list)
    stored_ids: list[int] = field(default_factory=list)


def _same_record(a: Seizure, b: Seizure) -> bool:
    return (
        a.provenance_url == b.provenance_url
        and a.evidence == b.evidence
        and [(i.commodity, i.quantity) for i in a.items]
        == [(i.commodity, i.quantity) for i in b.items]
    )


def read_report(path: Path) -> list[Seizure]:
    """The seizures of one report file, with its provenance; ReportError when unreadable."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReportError(f"{path}: cannot be read ({exc.strerror or exc}).") from exc
    report = parse_report(decode_report(data, name=str(path)))
    provenance = report.source or f"file:{path.name}"
    return to_seizures(
        extract_text(report.body), provenance_url=provenance, reported_on=report.published
    )


def store_open_source(store: Store, seizures: Sequence[Seizure], summary: IngestSummary) -> None:
    """Store open-source seizures, skipping exact repeats and flagging likely duplicates."""
    now = datetime.now(UTC).replace(tzinfo=None)
    with store.transaction() as uow:
        for seizure in seizures:
            known, _ = uow.seizures.search(
                SeizureFilter(country=seizure.country), limit=COMPARE_WITH, offset=0
            )
            if any(_same_record(seizure, other) for other in known):
                summary.unchanged += 1
                continue
            twin = next((other for other in known if likely_duplicate(seizure, other)), None)
            record = replace(
                seizure,
                source=SeizureSource.OPEN_SOURCE,
                recorded_at=now,
                duplicate_of=twin.id if twin is not None else None,
            )
            stored_id = uow.seizures.add(record)
            entity_index.index_seizures(uow, [replace(record, id=stored_id)])
            summary.stored_ids.append(stored_id)
            summary.stored += 1
            summary.duplicates += int(twin is not None)


def ingest_reports(
    store: Store, paths: Sequence[Path], *, on_progress: Callable[[int], None] | None = None
) -> IngestSummary:
    """Read each report and store its seizures; an unreadable report is an error, not a stop."""
    summary = IngestSummary()
    for path in paths:
        summary.reports += 1
        try:
            seizures = read_report(path)
        except ReportError as exc:
            summary.errors.append(str(exc))
        else:
            if not seizures:
                summary.without_seizures += 1
            store_open_source(store, seizures, summary)
        if on_progress:
            on_progress(1)
    return summary
