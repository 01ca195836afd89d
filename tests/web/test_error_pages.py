"""The same error reaches the API as JSON and the pages as an error page, with one status."""

from __future__ import annotations

from fastapi.testclient import TestClient
from tests.web.conftest import Site


def test_a_missing_profile_is_404_on_both_edges(site: Site, pages: dict[str, TestClient]) -> None:
    page = pages["analyst"].get("/profiles/NO-SUCH-PROFILE/edit")
    assert page.status_code == 404
    assert page.headers["content-type"].startswith("text/html")
    assert "No risk profile has the id &#39;NO-SUCH-PROFILE&#39;." in page.text
    api = site.client()
    api.headers["Authorization"] = f"Bearer {site.seeded.tokens['analyst']}"
    answer = api.get("/api/profiles/NO-SUCH-PROFILE")
    assert answer.status_code == 404
    assert answer.json()["error"] == {
        "status": 404,
        "detail": "No risk profile has the id 'NO-SUCH-PROFILE'.",
        "errors": [],
    }


def test_a_refused_role_is_403_on_both_edges(site: Site, pages: dict[str, TestClient]) -> None:
    page = pages["officer"].get("/profiles")
    assert page.status_code == 403 and "risk analyst" in page.text
    api = site.client()
    api.headers["Authorization"] = f"Bearer {site.seeded.tokens['officer']}"
    answer = api.get("/api/profiles")
    assert answer.status_code == 403
    assert "risk analyst" in answer.json()["error"]["detail"]
