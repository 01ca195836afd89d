"""Public reports into the seizure database: stored once, likely duplicates flagged."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kordon.domain import SeizureSource
from kordon.services.osint_ingest import ingest_reports
from kordon.services.ports import SeizureFilter
from kordon.storage.store import SqlStore

REPORT = Path(__file__).parents[1] / "osint" / "fixtures" / "azerbaijan-622kg-heroin-fuel-tanks.txt"


def _with_source(tmp_path: Path, name: str, url: str) -> Path:
    path = tmp_path / name
    path.write_text(f"SOURCE: {url}\n" + REPORT.read_text(encoding="utf-8"), encoding="utf-8")
    return path


@pytest.mark.slow
def test_ingest_stores_once_and_flags_a_second_source(store: SqlStore, tmp_path: Path) -> None:
    first = _with_source(tmp_path, "a.txt", "https://news.example/a")
    summary = ingest_reports(store, [first])
    assert (summary.stored, summary.duplicates, summary.errors) == (4, 0, [])
    again = ingest_reports(store, [first])
    assert (again.stored, again.unchanged) == (0, 4)
    other = _with_source(tmp_path, "b.txt", "https://other.example/b")
    second = ingest_reports(store, [other])
    # The two heroin seizures are the same events; "drugs (unspecified)" never matches.
    assert (second.stored, second.duplicates) == (4, 2)
    with store.transaction() as uow:
        rows, total = uow.seizures.search(
            SeizureFilter(source=SeizureSource.OPEN_SOURCE), limit=50, offset=0
        )
    assert total == 8
    flagged = [s for s in rows if s.duplicate_of is not None]
    assert {s.provenance_url for s in flagged} == {"https://other.example/b"}
    heroin = [s for s in rows if s.items[0].commodity == "heroin"]
    assert sorted(s.items[0].quantity or 0.0 for s in heroin) == [301.475, 301.475, 320.6, 320.6]
    assert all(s.evidence for s in rows)


def test_unreadable_and_empty_reports_are_reported(store: SqlStore, tmp_path: Path) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    quiet = tmp_path / "quiet.txt"
    quiet.write_text("The customs committee signed a cooperation agreement today.\n")
    summary = ingest_reports(store, [binary, quiet])
    assert summary.stored == 0 and summary.without_seizures == 1
    assert len(summary.errors) == 1 and "photo.txt" in summary.errors[0]


def test_the_report_date_is_kept_with_each_seizure(store: SqlStore, tmp_path: Path) -> None:
    dated = tmp_path / "dated.txt"
    dated.write_text(
        "SOURCE: https://news.example/d\nDATE: 2025-06-12\n" + REPORT.read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    summary = ingest_reports(store, [dated])
    with store.transaction() as uow:
        stored = [uow.seizures.get(number) for number in summary.stored_ids]
    assert {s.reported_on for s in stored if s is not None} == {date(2025, 6, 12)}
