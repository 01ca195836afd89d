"""The lodging route's short way for the common request answers exactly as FastAPI's own
handler does: the same statuses, headers and bodies, errors included."""

from __future__ import annotations

import gc
import json
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import orjson
import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient
from tests.builders import make_document

from kordon.api import fast_body
from kordon.api.lodging_answer import lodging_answer
from kordon.api.routers import declarations
from kordon.app import create_app
from kordon.domain.accounts import Role
from kordon.services.accounts import create_user, issue_token
from kordon.services.collector import SERVING
from kordon.settings import Settings

SECRET = "k" * 40
JSON = {"Content-Type": "application/json"}
# Requests the route must answer the same way whichever handler reads them.
REQUESTS: dict[str, tuple[bytes, dict[str, str]]] = {
    "malformed JSON": (b'{"id": "A",', JSON),
    "empty body": (b"", JSON),
    "no content type": (json.dumps(make_document(id="A")).encode(), {}),
    "plain text": (json.dumps(make_document(id="A")).encode(), {"Content-Type": "text/plain"}),
    "JSON with NaN": (b'{"id": NaN}', JSON),
    "an integer past 64 bits": (b'{"id": 123456789012345678901234567890}', JSON),
    "a number": (b"17", JSON),
    "an invalid document": (json.dumps(make_document(id="B", items=[])).encode(), JSON),
    "an empty batch": (b"[]", JSON),
    "a batch with one bad declaration": (
        json.dumps(
            [make_document(id="C"), make_document(id="D", items=[{"hs_code": "1"}])]
        ).encode(),
        JSON,
    ),
    "JSON content type with a charset": (
        b'{"id": 1',
        {"Content-Type": "application/json; charset=utf-8"},
    ),
}
TOKENS = {"no token": None, "a bad token": "Bearer kdn_nope", "not bearer": "Basic abc"}


def _client(database_url: str, tmp_path: Path) -> Iterator[TestClient]:
    settings = Settings(database_url=database_url, secret_key=SECRET, data_dir=tmp_path)
    with TestClient(create_app(settings)) as test_client:
        store = test_client.app.state.store  # type: ignore[attr-defined]
        create_user(store, username="intake", role=Role.ADMINISTRATOR, password="pale plum orchard")
        test_client.headers["Authorization"] = f"Bearer {issue_token(store, 'intake')}"
        yield test_client


@pytest.fixture
def short(sqlite_url: str, tmp_path: Path) -> Iterator[TestClient]:
    for client in _client(sqlite_url, tmp_path):
        # FastAPI builds an included route's handler at its first request: build it now.
        assert client.post("/api/declarations", content=b"").status_code == 422
        yield client


@pytest.fixture
def general(
    short: TestClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[TestClient]:
    """The same application with FastAPI's own handler on the lodging route (built after
    `short` has built its own)."""
    monkeypatch.setattr(fast_body.ReadsItsBody, "get_route_handler", APIRoute.get_route_handler)
    other = tmp_path / "general"
    other.mkdir()
    yield from _client(f"sqlite:///{other / 'kordon.db'}", other)


def _answer(client: TestClient, body: bytes, headers: dict[str, str]) -> tuple[Any, ...]:
    response = client.post("/api/declarations", content=body, headers=headers)
    # The time of an assessment differs between the two databases, and with it the length.
    kept = sorted((k, v) for k, v in response.headers.items() if k != "content-length")
    content = response.json() if response.content.startswith(b"{") else response.content
    if isinstance(content, dict):
        for assessment in content.get("assessments", []):
            assessment.pop("assessed_at")
    return response.status_code, kept, content


@pytest.mark.parametrize("case", REQUESTS)
def test_each_request_is_answered_as_fastapi_answers_it(
    short: TestClient, general: TestClient, case: str
) -> None:
    body, headers = REQUESTS[case]
    assert _answer(short, body, headers) == _answer(general, body, headers)


@pytest.mark.parametrize("case", TOKENS)
def test_refused_callers_are_answered_as_before(
    short: TestClient, general: TestClient, case: str
) -> None:
    headers = {**JSON, "Authorization": TOKENS[case] or ""}
    body = json.dumps(make_document(id="A")).encode()
    assert _answer(short, body, headers) == _answer(general, body, headers)


def test_a_lodgement_gets_the_same_answer(short: TestClient, general: TestClient) -> None:
    body = json.dumps(make_document(id="A")).encode()
    answer = _answer(short, body, JSON)
    assert answer[0] == 201 and answer == _answer(general, body, JSON)


def test_the_common_request_takes_the_short_way(
    short: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    read: list[bytes] = []

    def loads(raw: bytes) -> Any:
        read.append(raw)
        return orjson.loads(raw)

    reader = SimpleNamespace(loads=loads, JSONDecodeError=orjson.JSONDecodeError)
    monkeypatch.setattr(fast_body, "orjson", reader)
    body = json.dumps(make_document(id="A")).encode()
    assert short.post("/api/declarations", content=body, headers=JSON).status_code == 201
    assert read == [body]


def test_a_body_is_read_and_answered_under_the_servers_collector_threshold(
    short: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[str, int]] = []

    def loads(raw: bytes) -> Any:
        seen.append(("read", gc.get_threshold()[0]))
        return orjson.loads(raw)

    def answer(*args: Any) -> bytes:
        seen.append(("answered", gc.get_threshold()[0]))
        return lodging_answer(*args)

    monkeypatch.setattr(
        fast_body, "orjson", SimpleNamespace(loads=loads, JSONDecodeError=orjson.JSONDecodeError)
    )
    monkeypatch.setattr(declarations, "lodging_answer", answer)
    body = json.dumps([make_document(id="A"), make_document(id="B")]).encode()
    assert short.post("/api/declarations", content=body, headers=JSON).status_code == 201
    # Set when the application started, and left as it is by the request.
    assert seen == [("read", SERVING), ("answered", SERVING)]
    assert gc.get_threshold()[0] == SERVING


def test_the_published_description_is_unchanged(short: TestClient) -> None:
    """Byte for byte the document FastAPI published before the lodging route read its own
    body. After a deliberate change to the API, write the new one with
    `python -m tests.api.test_lodging_route`."""
    assert short.get("/openapi.json").content == DESCRIPTION.read_bytes()


DESCRIPTION = Path(__file__).with_name("openapi.json")

if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        for client in _client(f"sqlite:///{scratch}/kordon.db", Path(scratch)):
            DESCRIPTION.write_bytes(client.get("/openapi.json").content)
