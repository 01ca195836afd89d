"""What the audit trail records and who may read which of its details."""

from __future__ import annotations

from fastapi.testclient import TestClient
from tests.builders import make_document
from tests.web.conftest import Site, csrf_of
from tests.web.seed import RED_ID

from kordon.domain.accounts import AuditEntry

ENTRY = {
    "kind": "person",
    "names": ["Rustam Karimov"],
    "country": "UZ",
    "source": "Liaison report LR-5521",
    "handling_code": "H2-ORCON",
    "action": "stop",
}


def _api(site: Site, username: str) -> TestClient:
    client = site.client()
    client.headers["Authorization"] = f"Bearer {site.seeded.tokens[username]}"
    return client


def _entries(site: Site, action: str) -> list[AuditEntry]:
    with site.store.transaction() as uow:
        return [e for e in uow.audit.latest(limit=500) if e.action == action]


def test_watchlist_changes_keep_protected_fields_from_administrators(
    site: Site, pages: dict[str, TestClient]
) -> None:
    assert _api(site, "intel").put("/api/watchlist/WL-9001", json=ENTRY).status_code == 201
    changed = {**ENTRY, "handling_code": "H3-NOFORN"}
    assert _api(site, "intel").put("/api/watchlist/WL-9001", json=changed).status_code == 200
    page = pages["admin"].get("/audit").text
    assert "WL-9001" in page and "watchlist.added" in page and "watchlist.updated" in page
    for secret in ("LR-5521", "H2-ORCON", "H3-NOFORN", "Rustam Karimov"):
        assert secret not in page, secret
    # The entry's own history, with every detail, is for intelligence officers.
    history = pages["intel"].get("/watchlist/WL-9001").text
    assert "H2-ORCON" in history and "watchlist.updated" in history  # the old handling code


def test_sign_in_failures_lockouts_and_sign_outs_are_audited(site: Site) -> None:
    client = site.client()
    form = client.get("/sign-in").text
    for _ in range(6):
        client.post(
            "/sign-in",
            data={"username": "analyst", "password": "wrong guess", "csrf_token": csrf_of(form)},
        )
    failed = _entries(site, "user.sign_in_failed")
    assert len(failed) == 3 and failed[0].subject_id == "analyst"  # then it is slowed down
    assert failed[0].details.get("address")
    assert _entries(site, "user.locked_out")
    signed = site.client()
    from tests.web.conftest import sign_in

    sign_in(signed, "officer")
    queue = signed.get("/queue").text
    assert signed.post("/sign-out", data={"csrf_token": csrf_of(queue)}).status_code == 303
    assert [e.actor for e in _entries(site, "user.sign_out")] == ["officer"]


def test_lodging_through_the_api_names_the_account(site: Site) -> None:
    document = make_document(id="AZ-AST-0900", checkpoint="AZ-AST")
    assert _api(site, "supervisor").post("/api/declarations", json=document).status_code == 201
    created = [e for e in _entries(site, "assessment.create") if e.subject_id == "AZ-AST-0900"]
    assert [e.actor for e in created] == ["supervisor"]


def test_every_read_of_watchlist_details_is_audited(site: Site) -> None:
    intel = _api(site, "intel")
    assessment_id = intel.get(f"/api/declarations/{RED_ID}").json()["assessment"]["id"]
    before = len(_entries(site, "watchlist.view"))
    assert "H3-NOFORN" in intel.get(f"/api/assessments/{assessment_id}").text
    views = _entries(site, "watchlist.view")
    assert len(views) == before + 1 and views[0].actor == "intel"
    # Nobody else sees the details, so their reads are not watchlist views.
    _api(site, "supervisor").get(f"/api/assessments/{assessment_id}")
    assert len(_entries(site, "watchlist.view")) == before + 1
