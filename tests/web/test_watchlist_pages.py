"""Intelligence officers add, change and end watchlist entries in the pages; hits link back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from fastapi.testclient import TestClient
from tests.web.conftest import Site, csrf_of
from tests.web.seed import RED_ID

ENTRY = {
    "id": "WL-0100",
    "kind": "person",
    "names": "Rashad Guliyev\nРашад Гулиев",
    "action": "inspect",
    "source": "Liaison report 2026/201",
    "handling_code": "H2",
    "country": "az",
    "identifiers": "passport: C01234567",
    "valid_from": "",
    "valid_until": "",
    "notes": "",
}


def _post(client: TestClient, path: str, data: dict[str, str]) -> object:
    csrf = csrf_of(client.get("/watchlist/new").text)
    return client.post(path, data={**data, "csrf_token": csrf})


def test_add_change_and_end_an_entry(site: Site, pages: dict[str, TestClient]) -> None:
    intel = pages["intel"]
    added = _post(intel, "/watchlist/new", ENTRY)
    assert added.status_code == 303 and added.headers["location"] == "/watchlist/WL-0100?saved=1"
    with site.store.transaction() as uow:
        stored = uow.watchlist.get("WL-0100")
    assert stored is not None and stored.names == ("Rashad Guliyev", "Рашад Гулиев")
    assert stored.country == "AZ" and stored.identifiers == {"passport": "C01234567"}

    again = _post(intel, "/watchlist/new", ENTRY)
    assert again.status_code == 422 and "already an entry" in again.text

    changed = _post(intel, "/watchlist/WL-0100/edit", {**ENTRY, "action": "stop"})
    assert changed.status_code == 303
    with site.store.transaction() as uow:
        stored = uow.watchlist.get("WL-0100")
    assert stored is not None and stored.action.value == "stop"

    ended = _post(intel, "/watchlist/WL-0100/end", {})
    assert ended.status_code == 303
    with site.store.transaction() as uow:
        stored = uow.watchlist.get("WL-0100")
        actions = [e.action for e in uow.audit.latest(limit=10)]
    yesterday = datetime.now(UTC).date() - timedelta(days=1)
    assert stored is not None and stored.valid_until == yesterday
    assert not stored.is_valid_on(datetime.now(UTC).date())
    assert {"watchlist.added", "watchlist.updated", "watchlist.ended"} <= set(actions)
    assert "ended" in intel.get("/watchlist").text


def test_a_bad_entry_is_refused_with_the_field_and_nothing_is_stored(
    site: Site, pages: dict[str, TestClient]
) -> None:
    cases = {
        "names": ({"names": "  "}, "Names: must be a non-empty list"),
        "country": ({"country": "Azerbaijan"}, "Country: must be a two-letter country code"),
        "valid_until": (
            {"valid_from": "2026-05-01", "valid_until": "2026-04-01"},
            "Valid until: is before valid_from",
        ),
        "identifiers": ({"identifiers": "C01234567"}, 'Identifiers: line 1 is not "scheme: value"'),
    }
    for field, (change, message) in cases.items():
        response = _post(pages["intel"], "/watchlist/new", {**ENTRY, **change})
        assert response.status_code == 422, field
        assert message in response.text.replace("&#34;", '"'), field
    with site.store.transaction() as uow:
        assert uow.watchlist.get("WL-0100") is None


def test_only_intelligence_officers_change_the_watchlist(pages: dict[str, TestClient]) -> None:
    for other in ("officer", "analyst", "supervisor", "admin"):
        client = pages[other]
        assert client.get("/watchlist/new").status_code == 403, other
        csrf = csrf_of(client.get("/account").text)
        response = client.post("/watchlist/new", data={**ENTRY, "csrf_token": csrf})
        assert response.status_code == 403, other


def test_an_entrys_hits_link_to_the_declarations(pages: dict[str, TestClient]) -> None:
    # The seed's red declaration hit WL-0042 (the entry is known from its hits).
    html = pages["intel"].get("/watchlist/WL-0042").text
    assert f'<a href="/declarations/{RED_ID}">{RED_ID}</a>' in html
