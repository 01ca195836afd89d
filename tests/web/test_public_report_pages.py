"""Public seizure reports on the pages: one event with all its sources, and the reader's trust."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from fastapi.testclient import TestClient
from tests.web.conftest import Site

from kordon.domain import Seizure, SeizureItem, SeizureReport, SeizureSource
from kordon.domain.quantity import QuantityUnit


def _public(site: Site, confidence: float, place: str) -> int:
    seizure = Seizure(
        source=SeizureSource.OPEN_SOURCE,
        items=(SeizureItem(commodity="heroin", quantity=320.6, unit=QuantityUnit.KG),),
        country="AZ",
        place=place,
        provenance_url="https://news.test/ru",
        recorded_at=datetime(2025, 11, 24),
        confidence=confidence,
    )
    with site.store.transaction() as uow:
        number = uow.seizures.add(replace(seizure))
        uow.seizures.add_report(number, SeizureReport("https://news.test/az", language="az"))
    return number


def test_a_seizure_shows_its_other_reports_and_the_list_hides_low_confidence(
    site: Site, pages: dict[str, TestClient]
) -> None:
    trusted = _public(site, 0.93, "Samur post")
    _public(site, 0.41, "Doubtful place")
    page = pages["enforcement"].get(f"/seizures/{trusted}").text
    assert "Also reported by" in page and "https://news.test/az" in page and "0.93" in page
    listing = pages["enforcement"].get("/seizures?confidence=0.9").text
    assert "Samur post" in listing and "Doubtful place" not in listing
    assert "Doubtful place" in pages["enforcement"].get("/seizures").text
