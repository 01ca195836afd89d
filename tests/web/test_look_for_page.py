"""The declaration page's "What to look for" comes from its reasons and linked seizures."""

from __future__ import annotations

from datetime import date, datetime

from fastapi.testclient import TestClient
from tests.web.conftest import Site
from tests.web.seed import RED_ID

from kordon.domain import QuantityUnit, Seizure, SeizureItem, SeizureSource


def test_a_seizure_with_the_same_plate_says_where_the_drugs_were(
    site: Site, pages: dict[str, TestClient]
) -> None:
    seizure = Seizure(
        SeizureSource.INSPECTION,
        (SeizureItem("heroin", 301.475, QuantityUnit.KG, concealment_location="fuel_tank"),),
        occurred_on=date(2026, 1, 10),
        checkpoint="AZ-AST",
        conveyance="10AB123",
        origin_country="IR",
        destination_country="MD",
        recorded_at=datetime(2026, 1, 10, 12),
    )
    with site.store.transaction() as uow:
        seizure_id = uow.seizures.add(seizure)
    html = pages["officer"].get(f"/declarations/{RED_ID}").text
    look_for = html[html.index("What to look for") : html.index('<ul class="reasons">')]
    assert f"Seizure {seizure_id} had the same vehicle plate" in look_for
    assert "the fuel tank" in look_for
    assert f'href="/seizures/{seizure_id}"' in look_for
    assert "Earlier seizures from Iran to Moldova were hidden in: the fuel tank (1)" in look_for
    # The watchlist hit's requested action is in words, the officer sees no matched name.
    assert "Stop the vehicle and inspect it physically" in look_for


def test_an_officer_gets_no_hint_from_another_checkpoints_seizure(
    site: Site, pages: dict[str, TestClient]
) -> None:
    seizure = Seizure(
        SeizureSource.INSPECTION,
        (SeizureItem("heroin", 320.6, QuantityUnit.KG, concealment_location="fuel_tank"),),
        checkpoint="AZ-SAM",
        conveyance="10-AB-123",
        recorded_at=datetime(2026, 1, 11, 12),
    )
    with site.store.transaction() as uow:
        seizure_id = uow.seizures.add(seizure)
    assert f"Seizure {seizure_id}" not in pages["officer"].get(f"/declarations/{RED_ID}").text
    assert f"Seizure {seizure_id}" in pages["supervisor"].get(f"/declarations/{RED_ID}").text
