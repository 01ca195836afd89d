"""One search box: declarations, seizures and entities by plate, name, company or id."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from fastapi.testclient import TestClient
from tests.web.conftest import Site
from tests.web.seed import SAMUR_ID

from kordon.domain import QuantityUnit, Seizure, SeizureItem, SeizureSource
from kordon.domain.watchlist import RequestedAction, WatchlistEntry, WatchlistKind


def _found(html: str, section: str) -> set[str]:
    """The declaration ids or seizure numbers linked from one section of the results."""
    part = re.search(rf'<section class="panel search-{section}">(.*?)</section>', html, re.S)
    assert part, f"no {section} section"
    return set(re.findall(r'href="/(?:declarations|seizures)/([^"]+)"', part.group(1)))


def test_a_name_is_found_across_scripts(pages: dict[str, TestClient]) -> None:
    # The seed's drivers are written "Məhəmməd Əlizadə"; Cyrillic and Persian find them.
    for typed in ("Мухаммад Ализаде", "محمد علیزاده", "muhammad alizadeh", "Alizad"):
        html = pages["supervisor"].get("/search", params={"q": typed}).text
        found = _found(html, "declarations")
        assert SAMUR_ID in found and "AZ-AST-0001" in found, typed
    html = pages["supervisor"].get("/search", params={"q": "Мухаммад Ализаде"}).text
    entities = html[html.index("search-entities") : html.index("search-declarations")]
    assert "Məhəmməd Əlizadə" in entities and ">5<" in entities


def test_an_officer_searches_only_their_checkpoint(pages: dict[str, TestClient]) -> None:
    html = pages["officer"].get("/search", params={"q": "Alizadeh"}).text
    found = _found(html, "declarations")
    assert "AZ-AST-0001" in found and SAMUR_ID not in found
    assert (
        _found(pages["officer"].get("/search", params={"q": SAMUR_ID}).text, "declarations")
        == set()
    )


def test_plates_companies_and_ids(pages: dict[str, TestClient]) -> None:
    supervisor = pages["supervisor"]
    by_plate = _found(supervisor.get("/search", params={"q": "10 АВ 123"}).text, "declarations")
    assert {"AZ-AST-0001", SAMUR_ID} <= by_plate
    # A legal form written differently still finds the company, and only it.
    by_company = _found(
        supervisor.get("/search", params={"q": "Gilan Agro MMC"}).text, "declarations"
    )
    assert by_company == {"AZ-AST-0003"}
    by_id = _found(supervisor.get("/search", params={"q": "ast-0004"}).text, "declarations")
    assert by_id == {"AZ-AST-0004"}


def test_the_date_range_limits_and_bad_dates_are_explained(
    site: Site, pages: dict[str, TestClient]
) -> None:
    today = site.seeded.today.date()
    supervisor = pages["supervisor"]
    inside = {"q": "Gilan Agro", "start": str(today), "end": str(today)}
    assert _found(supervisor.get("/search", params=inside).text, "declarations") == {"AZ-AST-0003"}
    before = {"q": "Gilan Agro", "end": str(today - timedelta(days=1))}
    assert _found(supervisor.get("/search", params=before).text, "declarations") == set()
    bad = supervisor.get("/search", params={"q": "Gilan", "start": "31.12.2026"})
    assert bad.status_code == 422 and "is not a date (YYYY-MM-DD)" in bad.text
    backwards = supervisor.get(
        "/search", params={"q": "Gilan", "start": "2026-02-01", "end": "2026-01-01"}
    )
    assert backwards.status_code == 422 and "before its start" in backwards.text


def test_seizures_are_found_by_plate_and_person(site: Site, pages: dict[str, TestClient]) -> None:
    with site.store.transaction() as uow:
        seizure_id = uow.seizures.add(
            Seizure(
                SeizureSource.INSPECTION,
                (SeizureItem("heroin", 320.6, QuantityUnit.KG),),
                occurred_on=date(2026, 1, 10),
                checkpoint="AZ-SAM",
                conveyance="85-ZZ-412",
                recorded_at=datetime(2026, 1, 10, 9),
            )
        )
    found = _found(pages["supervisor"].get("/search", params={"q": "85ZZ412"}).text, "seizures")
    assert found == {str(seizure_id)}
    # At Samur: an Astara officer does not find it.
    assert (
        _found(pages["officer"].get("/search", params={"q": "85ZZ412"}).text, "seizures") == set()
    )


def test_only_intelligence_officers_find_watchlist_entries(
    site: Site, pages: dict[str, TestClient]
) -> None:
    entry = WatchlistEntry(
        "WL-0042", WatchlistKind.PERSON, ("Muhammad Alizadeh",), source="liaison",
        action=RequestedAction.STOP,
    )  # fmt: skip
    with site.store.transaction() as uow:
        uow.watchlist.save_many([entry])
    assert (
        'href="/watchlist/WL-0042"' in pages["intel"].get("/search", params={"q": "Ализаде"}).text
    )
    assert "WL-0042" not in pages["supervisor"].get("/search", params={"q": "Ализаде"}).text
    with site.store.transaction() as uow:
        actions = [e.action for e in uow.audit.latest(limit=5)]
    assert "watchlist.search" in actions
