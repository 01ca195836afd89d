"""The same role boundaries through the API, with bearer tokens."""

from __future__ import annotations

from fastapi.testclient import TestClient
from tests.builders import make_document
from tests.web.conftest import Site
from tests.web.seed import RED_ID, SAMUR_ID


def _api(site: Site, username: str) -> TestClient:
    client = site.client()
    client.headers["Authorization"] = f"Bearer {site.seeded.tokens[username]}"
    return client


EVERYONE = {"officer", "samur", "analyst", "intel", "supervisor", "admin", "enforcement"}
API_MATRIX = [
    ("GET", f"/api/declarations/{RED_ID}", EVERYONE - {"samur"}),
    ("GET", "/api/seizures", EVERYONE),
    ("GET", "/api/profiles", {"analyst", "supervisor", "admin"}),
    ("GET", "/api/watchlist", {"intel"}),
]


def test_every_role_boundary_through_the_api(site: Site) -> None:
    for method, path, allowed in API_MATRIX:
        for username in site.seeded.tokens:
            status = _api(site, username).request(method, path).status_code
            expected = 200 if username in allowed else 403
            if username == "samur" and "/declarations/" in path:
                expected = 404
            assert status == expected, f"{username} {method} {path}: {status} not {expected}"


def test_officer_cannot_reach_another_checkpoint(site: Site) -> None:
    officer = _api(site, "officer")
    assert officer.get(f"/api/declarations/{SAMUR_ID}").status_code == 404
    listing = officer.get("/api/declarations").json()
    assert {d["declaration"]["checkpoint"] for d in listing["items"]} == {"AZ-AST"}
    assert officer.get("/api/declarations", params={"checkpoint": "AZ-SAM"}).status_code == 404
    body = {"outcome": "nothing_found", "detection_method": "random_control"}
    recorded = officer.post(f"/api/declarations/{SAMUR_ID}/inspections", json=body)
    assert recorded.status_code == 404


def test_watchlist_details_through_the_api(site: Site) -> None:
    officer = _api(site, "officer").get(f"/api/declarations/{RED_ID}").json()
    text = str(officer)
    assert "H3-NOFORN" not in text and "Muhammad Alizadeh" not in text and "DTX-7" not in text
    hit = next(r for r in officer["assessment"]["reasons"] if r["source"] == "watchlist")
    assert hit["details"] == {"action": "stop", "role": "driver"}
    intel = str(_api(site, "intel").get(f"/api/declarations/{RED_ID}").json())
    assert "H3-NOFORN" in intel


def test_recording_and_overriding_through_the_api(site: Site) -> None:
    body = {
        "outcome": "seizure",
        "detection_method": "intelligence",
        "items": [{"commodity": "heroin", "quantity": "320.6 kg",
                   "concealment_location": "fuel_tank",
                   "concealment_method": "false_compartment"}],
    }  # fmt: skip
    assert (
        _api(site, "analyst").post(f"/api/declarations/{RED_ID}/inspections", json=body).status_code
        == 403
    )
    done = _api(site, "officer").post(f"/api/declarations/{RED_ID}/inspections", json=body)
    assert done.status_code == 201
    seizure = _api(site, "officer").get(f"/api/seizures/{done.json()['seizure_id']}").json()
    assert seizure["items"][0]["quantity"] == 320.6 and seizure["items"][0]["unit"] == "kg"
    assert _api(site, "samur").get(f"/api/seizures/{done.json()['seizure_id']}").status_code == 404
    bad = dict(body, items=[dict(body["items"][0], quantity="some")])  # type: ignore[arg-type]
    invalid = _api(site, "officer").post(f"/api/declarations/{RED_ID}/inspections", json=bad)
    assert invalid.status_code == 422 and invalid.json()["error"]["errors"][0]["field"]
    override = {"channel": "yellow", "reason": "Documents verified with the Iranian side"}
    url = f"/api/declarations/{RED_ID}/override"
    assert _api(site, "officer").post(url, json=override).status_code == 403
    assert _api(site, "supervisor").post(url, json={**override, "reason": ""}).status_code == 422
    changed = _api(site, "supervisor").post(url, json=override).json()
    assert changed["channel"] == "yellow" and changed["reasons"][-1]["source"] == "override"
    assert "supervisor" in changed["reasons"][-1]["description"]


def test_only_intake_roles_lodge(site: Site) -> None:
    document = make_document(id="AZ-AST-0100")
    assert _api(site, "officer").post("/api/declarations", json=document).status_code == 403
    assert _api(site, "admin").post("/api/declarations", json=document).status_code == 201


def test_watchlist_crud_is_for_intelligence_officers_and_takes_effect(site: Site) -> None:
    entry = {
        "kind": "vehicle",
        "names": ["10-ZZ-999"],
        "country": "AZ",
        "source": "Border service liaison",
        "handling_code": "H2",
        "action": "stop",
    }
    for username in ("officer", "analyst", "supervisor", "admin"):
        refused = _api(site, username).put("/api/watchlist/WL-NEW", json=entry)
        assert refused.status_code == 403, username
    intel = _api(site, "intel")
    created = intel.put("/api/watchlist/WL-NEW", json=entry)
    assert created.status_code == 201 and created.json()["source"] == "Border service liaison"
    assert intel.put("/api/watchlist/WL-NEW", json=entry).status_code == 200
    bad = intel.put("/api/watchlist/WL-BAD", json={**entry, "kind": "boat"})
    assert bad.status_code == 422 and bad.json()["error"]["errors"][0]["field"] == "kind"
    assert intel.get("/api/watchlist/WL-NEW").json()["handling_code"] == "H2"

    plated = make_document(
        id="AZ-NEW-PLATE",
        conveyance={"mode": "road", "tractor_plate": "10 ZZ 999", "registration_country": "AZ"},
    )
    lodged = _api(site, "admin").post("/api/declarations", json=plated).json()
    (assessment,) = lodged["assessments"]
    assert assessment["channel"] == "red"
    assert any(r["source"] == "watchlist" for r in assessment["reasons"])
    seen = intel.get("/api/declarations/AZ-NEW-PLATE").json()["assessment"]["reasons"]
    hit = next(r for r in seen if r["details"].get("entry_id") == "WL-NEW")
    assert (
        hit["details"]["role"] == "tractor_plate"
        and hit["details"]["source"] == "Border service liaison"
    )

    assert intel.delete("/api/watchlist/WL-NEW").status_code == 204
    assert intel.get("/api/watchlist/WL-NEW").status_code == 404
    assert intel.delete("/api/watchlist/WL-NEW").status_code == 404
