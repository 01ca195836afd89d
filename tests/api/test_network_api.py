"""GET /api/seizures/{id}/network, exports and watchlist proposals, with need-to-know."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from tests.services.network_world import DECOYS, NETWORK, build_world, entity_of

from kordon.app import create_app
from kordon.domain.accounts import Role
from kordon.services import entity_network
from kordon.services.accounts import create_user, issue_token
from kordon.settings import Settings

USERS = {
    "intel": (Role.INTELLIGENCE_OFFICER, None),
    "astara": (Role.OFFICER, "AZ-AST"),
    "samur": (Role.OFFICER, "AZ-SAM"),
    "enforcement": (Role.ENFORCEMENT_ANALYST, None),
}


@pytest.fixture
def api(
    database_url: str, tmp_path: Path
) -> Iterator[tuple[TestClient, dict[str, dict[str, str]], int]]:
    settings = Settings(database_url=database_url, secret_key="k" * 40, data_dir=tmp_path)
    with TestClient(create_app(settings)) as client:
        store = client.app.state.store  # type: ignore[attr-defined]
        world = build_world(store, tmp_path)
        headers = {}
        for name, (role, checkpoint) in USERS.items():
            create_user(
                store, username=name, role=role, password="pale plum orchard", checkpoint=checkpoint
            )
            headers[name] = {"Authorization": f"Bearer {issue_token(store, name)}"}
        yield client, headers, world.seizure_id


def test_the_network_of_a_seizure(api: tuple[TestClient, dict[str, dict[str, str]], int]) -> None:
    client, headers, sid = api
    body = client.get(f"/api/seizures/{sid}/network", headers=headers["intel"]).json()
    assert set(body) == {"declarations", "entities"}
    ids = {d["id"] for d in body["declarations"]}
    assert ids == NETWORK and not ids & DECOYS
    row = next(d for d in body["declarations"] if d["id"] == "NET-PLATE")
    assert row["checkpoint"] == "AZ-SAM" and row["hops"] == 1 and row["channel"] is None
    assert row["path"][0]["kind"] == "plate" and "same plate 10AB321" in row["path"][0]["reason"]


def test_officers_see_their_checkpoint_only(
    api: tuple[TestClient, dict[str, dict[str, str]], int],
) -> None:
    client, headers, sid = api
    astara = client.get(f"/api/seizures/{sid}/network", headers=headers["astara"]).json()
    assert {d["checkpoint"] for d in astara["declarations"]} == {"AZ-AST"}
    assert client.get(f"/api/seizures/{sid}/network", headers=headers["samur"]).status_code == 404
    assert client.get(f"/api/seizures/{sid}/network.graphml",
                      headers=headers["samur"]).status_code == 404  # fmt: skip
    mine = client.get("/api/declarations/NET-PLATE/network", headers=headers["samur"])
    assert mine.status_code == 200
    other = client.get("/api/declarations/NET-NAME/network", headers=headers["samur"])
    assert other.status_code == 404


def test_exports(api: tuple[TestClient, dict[str, dict[str, str]], int]) -> None:
    client, headers, sid = api
    graphml = client.get(f"/api/seizures/{sid}/network.graphml", headers=headers["intel"])
    assert graphml.status_code == 200 and "<graphml" in graphml.text
    nodes = client.get(f"/api/seizures/{sid}/network.csv?part=nodes", headers=headers["intel"])
    assert nodes.text.startswith("id,type,label,checkpoint,date")


def test_proposals_are_decided_with_a_reason_and_audited(
    api: tuple[TestClient, dict[str, dict[str, str]], int],
) -> None:
    client, headers, sid = api
    denied = client.get(f"/api/seizures/{sid}/proposals", headers=headers["enforcement"])
    assert denied.status_code == 403
    found = client.get(f"/api/seizures/{sid}/proposals", headers=headers["intel"]).json()
    driver = next(p for p in found if "Elçin Həsənov" in p["names"])
    assert driver["identifiers"] == {"passport": "C01928374"} and driver["state"] == "proposed"
    url = f"/api/proposals/{driver['id']}/decision"
    blank = client.post(url, json={"accept": True, "reason": " "}, headers=headers["intel"])
    assert blank.status_code == 422
    done = client.post(url, json={"accept": True, "reason": "Driver of the heroin truck"},
                       headers=headers["intel"]).json()  # fmt: skip
    assert done["state"] == "accepted" and done["entry_id"]
    entries = client.get("/api/watchlist", headers=headers["intel"]).json()
    assert done["entry_id"] in {e["id"] for e in entries}
    again = client.post(url, json={"accept": False, "reason": "x"}, headers=headers["intel"])
    assert again.status_code == 409
    other = next(p for p in found if p["id"] != driver["id"])
    rejected = client.post(f"/api/proposals/{other['id']}/decision",
                           json={"accept": False, "reason": "A ferry line, not a party"},
                           headers=headers["intel"]).json()  # fmt: skip
    assert rejected["state"] == "rejected" and rejected["entry_id"] is None
    # Asking again keeps the decisions rather than proposing afresh.
    again_listed = client.get(f"/api/seizures/{sid}/proposals", headers=headers["intel"]).json()
    assert {p["id"]: p["state"] for p in again_listed}[driver["id"]] == "accepted"
    store = client.app.state.store  # type: ignore[attr-defined]
    with store.transaction() as uow:
        trail = uow.audit.latest(limit=10, subject_type="watchlist_proposal")
    assert sorted(e.action for e in trail) == [
        "watchlist_proposal.accept",
        "watchlist_proposal.reject",
    ]
    assert {e.details["reason"] for e in trail} == {
        "Driver of the heroin truck",
        "A ferry line, not a party",
    }


def _records(client: TestClient, url: str, headers: dict[str, str]) -> set[tuple[str, str]]:
    return {(r["type"], r["id"]) for r in client.get(url, headers=headers).json()["records"]}


def test_the_network_of_an_entity(api: tuple[TestClient, dict[str, dict[str, str]], int]) -> None:
    client, headers, sid = api
    driver = entity_of(client.app.state.store, "NET-PASSPORT", "driver")  # type: ignore[attr-defined]
    url = f"/api/entities/{driver}/network"
    body = client.get(url, headers=headers["intel"]).json()
    assert body["entity"]["id"] == driver and body["entity"]["kind"] == "person"
    every = {(r["type"], r["id"]) for r in body["records"]}
    assert {
        ("declaration", "AZ-AST-S"),
        ("declaration", "NET-PASSPORT"),
        ("seizure", str(sid)),
    } <= every
    assert ("declaration", "DECOY-CONFLICT") not in every
    assert "NET-PASSPORT" in {d["id"] for d in body["declarations"]}
    astara = _records(client, url, headers["astara"])
    assert ("declaration", "AZ-AST-S") in astara and ("declaration", "NET-PASSPORT") not in astara
    samur = _records(client, url, headers["samur"])
    assert ("declaration", "NET-PASSPORT") in samur
    assert ("declaration", "AZ-AST-S") not in samur and ("seizure", str(sid)) not in samur
    missing = client.get("/api/entities/987654321/network", headers=headers["intel"])
    assert missing.status_code == 404


def test_an_entity_too_common_to_draw_is_said_so(
    api: tuple[TestClient, dict[str, dict[str, str]], int], monkeypatch: pytest.MonkeyPatch
) -> None:
    client, headers, _ = api
    driver = entity_of(client.app.state.store, "NET-PASSPORT", "driver")  # type: ignore[attr-defined]
    monkeypatch.setattr(entity_network, "MAX_NAMED", 1)
    answer = client.get(f"/api/entities/{driver}/network", headers=headers["intel"])
    assert answer.status_code == 422
    assert "too common to draw" in answer.text
