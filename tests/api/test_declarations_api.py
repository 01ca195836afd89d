"""The declarations API: the same checks and error shape as file imports."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from tests.builders import make_document

from kordon.app import create_app
from kordon.domain.accounts import Role
from kordon.services.accounts import create_user, issue_token
from kordon.settings import Settings

SECRET = "k" * 40


@pytest.fixture
def client(database_url: str, tmp_path: Path) -> Iterator[TestClient]:
    settings = Settings(database_url=database_url, secret_key=SECRET, data_dir=tmp_path)
    with TestClient(create_app(settings)) as test_client:
        store = test_client.app.state.store  # type: ignore[attr-defined]
        create_user(store, username="intake", role=Role.ADMINISTRATOR, password="pale plum orchard")
        token = issue_token(store, "intake")
        test_client.headers["Authorization"] = f"Bearer {token}"
        yield test_client


def test_health(client: TestClient) -> None:
    assert client.get("/healthz").json()["status"] == "ok"


def test_the_api_needs_a_token(client: TestClient) -> None:
    response = client.get("/api/declarations", headers={"Authorization": ""})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    wrong = client.get("/api/declarations", headers={"Authorization": "Bearer kdn_nope"})
    assert wrong.status_code == 401


def test_lodge_one_then_read_it(client: TestClient) -> None:
    response = client.post("/api/declarations", json=make_document(id="A"))
    assert response.status_code == 201
    assert response.json()["imported"] == 1
    again = client.post("/api/declarations", json=make_document(id="A"))
    assert again.status_code == 200 and again.json()["unchanged"] == 1
    read = client.get("/api/declarations/A").json()
    assert read["declaration"]["route"]["transit"] == ["AZ", "GE"]


def test_batch_with_one_bad_declaration(client: TestClient) -> None:
    batch = [make_document(id="A"), make_document(id="B", items=[{"hs_code": "12"}])]
    response = client.post("/api/declarations", json=batch)
    assert response.status_code == 207
    body = response.json()
    assert (body["imported"], body["rejected"]) == (1, 1)
    assert body["errors"][0] == {
        "file": "request",
        "line": 2,
        "field": "items[0].hs_code",
        "reason": "HS code '12' must be exactly six digits",
        "declaration_id": "B",
    }


def test_everything_rejected_is_422(client: TestClient) -> None:
    response = client.post("/api/declarations", json=[make_document(direction="north")])
    assert response.status_code == 422


def test_malformed_json_gets_the_error_shape(client: TestClient) -> None:
    response = client.post(
        "/api/declarations", content=b'{"id": ', headers={"content-type": "application/json"}
    )
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["status"] == 422 and "not valid JSON" in error["errors"][0]["reason"]


def test_empty_batch_is_refused(client: TestClient) -> None:
    response = client.post("/api/declarations", json=[])
    assert response.status_code == 400
    assert "empty" in response.json()["error"]["detail"]


def test_unknown_declaration_is_404(client: TestClient) -> None:
    response = client.get("/api/declarations/nope")
    assert response.status_code == 404
    assert response.json()["error"]["detail"] == "No declaration has the id 'nope'."


def test_list_filters_and_pages(client: TestClient) -> None:
    client.post(
        "/api/declarations",
        json=[
            make_document(id=f"D{n}", lodged_at=f"2026-03-0{n}T10:00", checkpoint=checkpoint)
            for n, checkpoint in [(1, "AZ-AST"), (2, "AZ-AST"), (3, "AZ-SAM"), (4, "AZ-AST")]
        ],
    )
    page = client.get("/api/declarations", params={"checkpoint": "AZ-AST", "per_page": 2}).json()
    assert page["total"] == 3 and [d["declaration"]["id"] for d in page["items"]] == ["D4", "D2"]
    ranged = client.get("/api/declarations", params={"from": "2026-03-02", "to": "2026-03-03"})
    assert [d["declaration"]["id"] for d in ranged.json()["items"]] == ["D3", "D2"]
    bad = client.get("/api/declarations", params={"channel": "purple"})
    assert bad.status_code == 422 and bad.json()["error"]["errors"][0]["field"] == "channel"


def test_concurrent_single_lodgements_each_get_their_own_answer(client: TestClient) -> None:
    store = client.app.state.store  # type: ignore[attr-defined]
    create_user(store, username="watcher", role=Role.RISK_ANALYST, password="pale plum orchard")
    analyst = {"Authorization": f"Bearer {issue_token(store, 'watcher')}"}
    requests: list[tuple[dict[str, Any], dict[str, str]]] = [
        (make_document(id=f"C{n}", lodged_at=f"2026-03-01T10:{n:02d}:00"), {}) for n in range(8)
    ]
    requests += [
        (make_document(id="C0", lodged_at="2026-03-01T10:00:00"), {}),  # a repeat of C0
        (make_document(id="BAD", items=[{"hs_code": "12"}]), {}),
        (make_document(id="NOT-YOURS"), analyst),  # an analyst may not lodge
    ]
    start = threading.Barrier(len(requests))

    def post(request: tuple[dict[str, Any], dict[str, str]]) -> tuple[int, dict[str, Any]]:
        document, headers = request
        start.wait()
        response = client.post("/api/declarations", json=document, headers=headers)
        return response.status_code, response.json()

    with ThreadPoolExecutor(len(requests)) as pool:
        answers = list(pool.map(post, requests))
    for n, (status, body) in enumerate(answers[:8]):
        if n == 0 and status == 200:  # the repeat came first: then it is the new one
            assert body["unchanged"] == 1
            continue
        assert status == 201
        assert [a["declaration_id"] for a in body["assessments"]] == [f"C{n}"]
    repeat_status, repeat = answers[8]
    assert {answers[0][0], repeat_status} == {200, 201}  # one stores C0, the other finds it
    assert repeat["imported" if repeat_status == 201 else "unchanged"] == 1
    assert answers[9][0] == 422 and answers[9][1]["rejected"] == 1
    assert answers[10][0] == 403
    listed = client.get("/api/declarations", params={"per_page": 50}).json()
    assert sorted(d["declaration"]["id"] for d in listed["items"]) == [f"C{n}" for n in range(8)]
