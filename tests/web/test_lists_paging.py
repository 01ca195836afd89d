"""Lists that grew page: the seizures page at 50, GET /api/seizures past 100."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from fastapi.testclient import TestClient
from tests.web.conftest import Site

from kordon.domain import QuantityUnit, Seizure, SeizureItem, SeizureSource


def _add_seizures(site: Site, count: int) -> None:
    start = datetime(2026, 1, 1, 8)
    with site.store.transaction() as uow:
        for n in range(count):
            uow.seizures.add(
                Seizure(
                    SeizureSource.INSPECTION,
                    (SeizureItem("cannabis", float(n + 1), QuantityUnit.KG),),
                    checkpoint="AZ-AST" if n % 2 else "AZ-SAM",
                    recorded_at=start + timedelta(hours=n),
                )
            )


def test_api_seizures_page_past_one_hundred(site: Site) -> None:
    _add_seizures(site, 130)
    client = site.client()
    client.headers["Authorization"] = f"Bearer {site.seeded.tokens['supervisor']}"
    first = client.get("/api/seizures").json()
    assert first["total"] == 130 and len(first["items"]) == 100 and first["page"] == 1
    second = client.get("/api/seizures", params={"page": 2}).json()
    assert len(second["items"]) == 30
    ids = {s["id"] for s in first["items"]} | {s["id"] for s in second["items"]}
    assert len(ids) == 130
    small = client.get("/api/seizures", params={"page": 3, "per_page": 20}).json()
    assert [s["id"] for s in small["items"]] == [s["id"] for s in first["items"][40:60]]
    assert client.get("/api/seizures", params={"per_page": 0}).status_code == 422


def test_the_seizures_page_pages_at_fifty(site: Site, pages: dict[str, TestClient]) -> None:
    _add_seizures(site, 130)
    first = pages["supervisor"].get("/seizures").text
    assert "page 1 of 3" in first
    assert len(set(re.findall(r'<a href="/seizures/(\d+)">', first))) == 50
    last = pages["supervisor"].get("/seizures?page=3").text
    assert len(set(re.findall(r'<a href="/seizures/(\d+)">', last))) == 30
    # An officer's list is within their checkpoint: 65 of the 130.
    officer = pages["officer"].get("/seizures").text
    assert "page 1 of 2" in officer
