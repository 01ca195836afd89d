"""My account and the users pages: role boundaries, field errors, nothing half-written."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import func, select
from tests.web.conftest import Site, csrf_of, sign_in
from tests.web.seed import PASSWORD, USERS

from kordon.services import account_admin, accounts
from kordon.storage.tables import audit_log, users

ADMIN_POSTS = [
    ("/users", {"username": "mallory", "role": "administrator"}),
    ("/users/analyst/disable", {}),
    ("/users/analyst/enable", {}),
    ("/users/analyst/password", {}),
    ("/users/analyst/tokens", {"name": "stolen"}),
    ("/users/analyst/tokens/3/revoke", {}),
]


def _audit_count(site: Site) -> int:
    with site.store.engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(audit_log)).scalar_one())


def test_only_administrators_manage_accounts(site: Site) -> None:
    supervisor = sign_in(site.client(), "supervisor")
    csrf = csrf_of(supervisor.get("/account").text)
    assert 'href="/users"' not in supervisor.get("/queue").text
    before = _audit_count(site)
    for path, form in ADMIN_POSTS:
        response = supervisor.post(path, data={**form, "csrf_token": csrf})
        assert response.status_code == 403, path
        assert "Only an administrator may manage accounts" in response.text
    assert _audit_count(site) == before
    assert account_admin.get_user(site.store, "analyst").disabled is False
    assert accounts.token_user(site.store, site.seeded.tokens["analyst"], demo=False) is not None


def _create(admin: TestClient, **form: str) -> tuple[int, str]:
    csrf = csrf_of(admin.get("/users").text)
    response = admin.post("/users", data={"csrf_token": csrf, **form})
    return response.status_code, response.text


def test_creating_users_reports_errors_beside_the_field(site: Site) -> None:
    admin = sign_in(site.client(), "admin")
    refusals = [
        ({"username": "analyst", "role": "risk_analyst"}, "username", "exists already"),
        ({"username": "Bad Name!", "role": "supervisor"}, "username", "is not valid"),
        ({"username": "o2", "role": "officer", "checkpoint": ""}, "checkpoint", "one checkpoint"),
        ({"username": "o2", "role": "officer", "checkpoint": "XX"}, "checkpoint", "No checkpoint"),
        ({"username": "o2", "role": "king"}, "role", "Choose what the account may do"),
    ]
    for form, field, message in refusals:
        status, page = _create(admin, **form)
        assert status == 422, form
        assert f'id="{field}-error">' in page and message in page.split(f'id="{field}-error">')[1]
        assert "Traceback" not in page
    with site.store.engine.connect() as connection:
        stored = connection.execute(select(func.count()).select_from(users)).scalar_one()
        assert stored == len(USERS)

    status, page = _create(
        admin, username="Ali.Rzayev", display_name="Ali Rzayev", role="officer", checkpoint="AZ-SAM"
    )
    assert status == 200 and "Initial password" in page
    password = page.split('<code class="secret">')[1].split("</code>")[0]
    created = accounts.authenticate(
        site.store, username="ali.rzayev", password=password, address="t", demo=False
    )
    assert created.checkpoint == "AZ-SAM" and created.name == "Ali Rzayev"
    # Shown once: the account page never shows it again.
    assert password not in admin.get("/users/ali.rzayev").text
    assert admin.get("/users/nobody").status_code == 404


def test_administrator_cannot_disable_themselves(site: Site) -> None:
    admin = sign_in(site.client(), "admin")
    page = admin.get("/users/admin").text
    assert "/users/admin/disable" not in page
    response = admin.post("/users/admin/disable", data={"csrf_token": csrf_of(page)})
    assert response.status_code == 422 and "cannot disable your own account" in response.text
    assert admin.get("/queue").status_code == 200


def test_password_change_errors_on_the_account_page(site: Site) -> None:
    analyst = sign_in(site.client(), "analyst")
    csrf = csrf_of(analyst.get("/account").text)
    cases = [
        (
            {"current": "wrong wrong wrong", "new": "new north wind", "repeated": "new north wind"},
            "current",
        ),
        ({"current": PASSWORD, "new": "weak", "repeated": "weak"}, "new"),
        (
            {"current": PASSWORD, "new": "new north wind", "repeated": "misty mountain pass"},
            "repeated",
        ),
    ]
    for form, field in cases:
        response = analyst.post("/account/password", data={"csrf_token": csrf, **form})
        assert response.status_code == 422 and f'id="{field}-error"' in response.text
    sign_in(site.client(), "analyst")


def test_own_tokens_are_listed_and_revoked(site: Site) -> None:
    officer = sign_in(site.client(), "officer")
    page = officer.get("/account").text
    token = account_admin.tokens_of(site.store, "officer")[0]
    assert token.prefix in page and "Active" in page
    other = account_admin.tokens_of(site.store, "samur")[0]
    csrf = csrf_of(page)
    refused = officer.post(f"/account/tokens/{other.id}/revoke", data={"csrf_token": csrf})
    assert refused.status_code == 422 and "no such token" in refused.text
    done = officer.post(f"/account/tokens/{token.id}/revoke", data={"csrf_token": csrf})
    assert done.headers["location"] == "/account?done=revoked"
    assert "Revoked" in officer.get("/account").text
    api = site.client().get(
        "/api/declarations", headers={"Authorization": f"Bearer {site.seeded.tokens['officer']}"}
    )
    assert api.status_code == 401
    assert accounts.token_user(site.store, site.seeded.tokens["samur"], demo=False) is not None
