"""Storing seizures read from public reports, beside Kordon's own, one event once.

Re-ingesting a report stores nothing new: a record with the same provenance, evidence and
quantity as a stored one is counted as unchanged. A record that most likely restates a stored
seizure (same substance, quantity within 1%, same country, dates within a week), whatever
language either report is written in, is not stored again: its report is added to the stored
seizure's sources, so one event told by three outlets is one seizure with three sources.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from kordon.domain import Seizure, SeizureReport, SeizureSource, clock
from kordon.osint import (
    ReportError,
    decode_report,
    extract_text,
    likely_duplicate,
    parse_report,
    to_seizures,
)
from kordon.osint.language import detect_languages
from kordon.services import entity_index
from kordon.services.ports import SeizureFilter, Store

logger = logging.getLogger(__name__)

# How many stored open-source and inspection seizures of one country a new record is compared with.
COMPARE_WITH = 5000


class ReaderFault(ReportError):
    """The reader itself failed on a report: the report is skipped, not marked as read, so that
    it is read again once the fault is mended; the traceback goes to the log."""


@dataclass
class IngestSummary:
    """What ingesting reports stored, flagged and refused."""

    reports: int = 0
    stored: int = 0
    merged: int = 0  # seizures merged, as one more source, into an event already stored
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


def read_report(path: Path) -> tuple[list[Seizure], str]:
    """The seizures of one report file, with its provenance, and the report's language;
    ReportError when unreadable or in a language the reader does not read."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReportError(f"{path}: cannot be read ({exc.strerror or exc}).") from exc
    return read_text(decode_report(data, name=str(path)), name=str(path))


def read_text(text: str, *, name: str) -> tuple[list[Seizure], str]:
    """The seizures of one report's text (SOURCE/DATE header first) and its language."""
    report = parse_report(text)
    provenance = report.source or f"file:{Path(name).name}"
    try:
        records = extract_text(text)
        language = detect_languages(report.body).main
    except ReportError as exc:
        raise ReportError(f"{name}: {exc}") from exc
    except Exception as exc:  # one report's fault must not stop a batch or a feed
        logger.exception("The reader failed on %s", name)
        raise ReaderFault(
            f"{name}: the reader failed on this report ({type(exc).__name__}); it was skipped "
            "and the fault written to the log."
        ) from exc
    seizures = to_seizures(records, provenance_url=provenance, reported_on=report.published)
    return seizures, language


def _already_told(seizure: Seizure, twin: Seizure) -> bool:
    """True when the stored event already has this report among its sources."""
    return seizure.provenance_url == twin.provenance_url or any(
        r.url == seizure.provenance_url for r in twin.reports
    )


def store_open_source(
    store: Store,
    seizures: Sequence[Seizure],
    summary: IngestSummary,
    *,
    language: str | None = None,
) -> None:
    """Store open-source seizures: exact repeats skipped, a known event's new report merged."""
    now = clock.now()
    with store.transaction() as uow:
        for seizure in seizures:
            known, _ = uow.seizures.search(
                SeizureFilter(country=seizure.country), limit=COMPARE_WITH, offset=0
            )
            if any(_same_record(seizure, other) for other in known):
                summary.unchanged += 1
                continue
            twin = next((other for other in known if likely_duplicate(seizure, other)), None)
            if twin is not None and twin.id is not None:
                if _already_told(seizure, twin):
                    summary.unchanged += 1
                    continue
                report = SeizureReport(
                    url=seizure.provenance_url or "",
                    reported_on=seizure.reported_on,
                    language=language,
                    evidence=seizure.evidence,
                )
                uow.seizures.add_report(twin.id, report)
                summary.merged += 1
                continue
            record = replace(seizure, source=SeizureSource.OPEN_SOURCE, recorded_at=now)
            stored_id = uow.seizures.add(record)
            entity_index.index_seizures(uow, [replace(record, id=stored_id)])
            summary.stored_ids.append(stored_id)
            summary.stored += 1


def ingest_reports(
    store: Store, paths: Sequence[Path], *, on_progress: Callable[[int], None] | None = None
) -> IngestSummary:
    """Read each report and store its seizures; an unreadable report is an error, not a stop."""
    summary = IngestSummary()
    for path in paths:
        summary.reports += 1
        try:
            seizures, language = read_report(path)
        except ReportError as exc:
            summary.errors.append(str(exc))
        else:
            if not seizures:
                summary.without_seizures += 1
            store_open_source(store, seizures, summary, language=language)
        if on_progress:
            on_progress(1)
    return summary
