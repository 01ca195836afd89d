"""Public reports into the seizure database: stored once, likely duplicates flagged."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from kordon.domain import SeizureSource
from kordon.services.osint_ingest import ingest_reports
from kordon.services.ports import SeizureFilter
from kordon.storage.store import SqlStore

READER = "kordon.services.osint_ingest.extract_text"  # the reader as ingesting calls it
REPORT = Path(__file__).parents[1] / "osint" / "fixtures" / "azerbaijan-622kg-heroin-fuel-tanks.txt"


def _with_source(tmp_path: Path, name: str, url: str) -> Path:
    path = tmp_path / name
    path.write_text(f"SOURCE: {url}\n" + REPORT.read_text(encoding="utf-8"), encoding="utf-8")
    return path


@pytest.mark.slow
def test_ingest_stores_once_and_merges_a_second_source(store: SqlStore, tmp_path: Path) -> None:
    first = _with_source(tmp_path, "a.txt", "https://news.example/a")
    summary = ingest_reports(store, [first])
    assert (summary.stored, summary.merged, summary.errors) == (4, 0, [])
    again = ingest_reports(store, [first])
    assert (again.stored, again.unchanged) == (0, 4)
    other = _with_source(tmp_path, "b.txt", "https://other.example/b")
    second = ingest_reports(store, [other])
    # The two heroin seizures are the same events; "drugs (unspecified)" never matches.
    assert (second.stored, second.merged) == (2, 2)
    assert ingest_reports(store, [other]).stored == 0  # a merged report is not merged twice
    with store.transaction() as uow:
        rows, total = uow.seizures.search(
            SeizureFilter(source=SeizureSource.OPEN_SOURCE), limit=50, offset=0
        )
    assert total == 6
    heroin = [s for s in rows if s.items[0].commodity == "heroin"]
    assert sorted(s.items[0].quantity or 0.0 for s in heroin) == [301.475, 320.6]
    assert all([r.url for r in s.reports] == ["https://other.example/b"] for s in heroin)
    assert all(s.evidence for s in rows)


def test_one_event_in_three_languages_is_stored_once_with_its_sources(
    store: SqlStore, tmp_path: Path
) -> None:
    fixtures = Path(__file__).parents[1] / "osint" / "fixtures"
    reports = [fixtures / f"samur-heroin-fuel-tank.{code}.txt" for code in ("ru", "az", "en")]
    summary = ingest_reports(store, reports)
    assert summary.errors == []
    with store.transaction() as uow:
        rows, _ = uow.seizures.search(SeizureFilter(country="AZ"), limit=50, offset=0)
    samur = [s for s in rows if s.items[0].quantity == 320.6]
    assert len(samur) == 1, rows
    (event,) = samur
    sources = [event.provenance_url, *(r.url for r in event.reports)]
    assert sorted(s or "" for s in sources) == ["https://example.test/az", "https://example.test/en",
                               "https://example.test/ru"]  # fmt: skip
    assert {r.language for r in event.reports} | {"ru"} == {"ru", "az", "en"}
    assert summary.merged == 2


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


def test_the_seizures_list_can_hide_records_the_reader_trusts_little(store: SqlStore) -> None:
    from dataclasses import replace as with_

    from kordon.domain import QuantityUnit, Seizure, SeizureItem

    base = Seizure(
        source=SeizureSource.OPEN_SOURCE,
        items=(SeizureItem(commodity="heroin", quantity=1.0, unit=QuantityUnit.KG),),
        country="AZ",
        recorded_at=datetime(2025, 11, 24),
    )
    with store.transaction() as uow:
        for conf in (0.3, 0.9, None):
            source = SeizureSource.INSPECTION if conf is None else SeizureSource.OPEN_SOURCE
            uow.seizures.add(with_(base, confidence=conf, source=source))
    with store.transaction() as uow:
        rows, total = uow.seizures.search(SeizureFilter(min_confidence=0.5), limit=10, offset=0)
    assert total == 2
    assert sorted((r.confidence or 0.0) for r in rows) == [0.0, 0.9]


def test_a_report_of_hostile_figures_does_not_stop_the_ones_after_it(
    store: SqlStore, tmp_path: Path
) -> None:
    hostile = tmp_path / "a.txt"
    hostile.write_text("Guards seized 4" + "0" * 380 + " pills of tramadol.\n", encoding="utf-8")
    summary = ingest_reports(store, [hostile, _with_source(tmp_path, "b.txt", "https://b.test/")])
    # The first report is a find of tramadol told by no figure, the second its four records.
    assert (summary.reports, summary.stored, summary.errors) == (2, 1 + 4, [])


def test_a_fault_of_the_reader_is_an_error_of_its_report_and_the_rest_are_stored(
    store: SqlStore,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    from kordon.osint import extract_text as real

    def failing_on_marker(text: str) -> object:
        if "MARKER" in text:
            raise KeyError("lexicon")
        return real(text)

    monkeypatch.setattr(READER, failing_on_marker)
    bad = tmp_path / "bad.txt"
    bad.write_text("SOURCE: https://x.test/bad\nMARKER\n" + REPORT.read_text("utf-8"), "utf-8")
    good = _with_source(tmp_path, "good.txt", "https://news.example/good")
    with caplog.at_level("ERROR", logger="kordon.services.osint_ingest"):
        summary = ingest_reports(store, [bad, good])
    (error,) = summary.errors
    assert error == (
        f"{bad}: the reader failed on this report (KeyError); it was skipped and the fault "
        "written to the log."
    )
    assert summary.stored == 4 and summary.reports == 2
    assert "Traceback" in caplog.text or caplog.records[0].exc_info is not None
