"""Lodging assesses; profiles change what the engine does; overrides need a reason."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from tests.builders import make_document

from kordon.app import create_app
from kordon.domain.accounts import Role
from kordon.services.accounts import create_user, issue_token
from kordon.settings import Settings

RED_RULE = """
- id: RAISINS-IR-MD
  description: Raisins from Iran to Moldova
  owner: risk-unit
  channel: red
  when:
    all:
      - {field: item.hs_code, prefix: ["0806"]}
      - {field: route.destination, eq: MD}
"""


ANALYST: dict[str, str] = {}


@pytest.fixture
def client(database_url: str, tmp_path: Path) -> Iterator[TestClient]:
    settings = Settings(
        database_url=database_url,
        random_control_share=0.0,
        secret_key="k" * 40,
        data_dir=tmp_path,
    )
    with TestClient(create_app(settings)) as test_client:
        store = test_client.app.state.store  # type: ignore[attr-defined]
        create_user(store, username="sup", role=Role.SUPERVISOR, password="p" * 16)
        create_user(store, username="analyst", role=Role.RISK_ANALYST, password="p" * 16)
        test_client.headers["Authorization"] = f"Bearer {issue_token(store, 'sup')}"
        ANALYST["Authorization"] = f"Bearer {issue_token(store, 'analyst')}"
        yield test_client


def test_lodging_returns_the_assessment_and_profiles_apply_at_once(client: TestClient) -> None:
    first = client.post("/api/declarations", json=make_document(id="A")).json()
    assert first["assessments"][0]["channel"] == "green"
    saved = client.put(
        "/api/profiles/RAISINS-IR-MD", json={"definition": RED_RULE}, headers=ANALYST
    )
    assert saved.status_code == 201 and saved.json()["version"] == 1
    second = client.post("/api/declarations", json=make_document(id="B")).json()
    assessment = second["assessments"][0]
    assert assessment["channel"] == "red"
    reason = assessment["reasons"][0]
    assert (reason["source"], reason["code"]) == ("profile", "RAISINS-IR-MD")
    assert assessment["profile_versions"] == {"RAISINS-IR-MD": 1}
    read = client.get(f"/api/assessments/{assessment['id']}").json()
    assert read == assessment
    listed = client.get("/api/profiles").json()
    assert listed[0]["fired"] == 1 and listed[0]["hit_rate"] is None
    assert client.get("/api/declarations/B").json()["channel"] == "red"


def test_invalid_profile_points_at_the_spot(client: TestClient) -> None:
    bad = RED_RULE.replace("route.destination", "route.destinaton")
    response = client.put("/api/profiles/RAISINS-IR-MD", json={"definition": bad}, headers=ANALYST)
    assert response.status_code == 422
    error = response.json()["error"]["errors"][0]
    assert "did you mean 'route.destination'" in error["reason"]
    mismatch = client.put("/api/profiles/OTHER", json={"definition": RED_RULE}, headers=ANALYST)
    assert mismatch.status_code == 400


def test_profile_update_makes_a_new_version_and_delete_removes(client: TestClient) -> None:
    client.put("/api/profiles/RAISINS-IR-MD", json={"definition": RED_RULE}, headers=ANALYST)
    changed = RED_RULE.replace("channel: red", "weight: 40")
    response = client.put(
        "/api/profiles/RAISINS-IR-MD", json={"definition": changed}, headers=ANALYST
    )
    assert response.status_code == 200 and response.json()["version"] == 2
    assert client.delete("/api/profiles/RAISINS-IR-MD", headers=ANALYST).status_code == 204
    assert client.get("/api/profiles/RAISINS-IR-MD").status_code == 404
    assert client.delete("/api/profiles/RAISINS-IR-MD", headers=ANALYST).status_code == 404


def test_override_needs_a_reason_and_is_recorded(client: TestClient) -> None:
    client.post("/api/declarations", json=make_document(id="A"))
    refused = client.post(
        "/api/declarations/A/override", json={"channel": "red", "reason": "  ", "by": "sup"}
    )
    assert refused.status_code == 422
    assert "needs a reason" in refused.json()["error"]["detail"]
    done = client.post(
        "/api/declarations/A/override",
        json={"channel": "red", "reason": "Tip-off from the border service", "by": "sup"},
    )
    assert done.status_code == 200
    body = done.json()
    assert body["channel"] == "red" and body["reasons"][-1]["source"] == "override"
    assert "Tip-off from the border service" in body["reasons"][-1]["description"]
    assert client.get("/api/declarations/A").json()["channel"] == "red"
    missing = client.post(
        "/api/declarations/NOPE/override", json={"channel": "red", "reason": "x", "by": "sup"}
    )
    assert missing.status_code == 404
