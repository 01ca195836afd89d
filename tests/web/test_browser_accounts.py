"""Accounts in headless Chromium: my password, and an administrator managing users and tokens."""

from __future__ import annotations

from typing import Any

import pytest
from tests.web.browsing import expect, new_page, shot, sign_in_page, signed_in
from tests.web.seed import PASSWORD, RED_ID, SAMUR_ID

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


def _secret(page: Any) -> str:
    text: str = page.inner_text("code.secret").strip()
    return text


def _user_page(admin: Any, live_url: str, username: str) -> None:
    admin.goto(f"{live_url}/users")
    admin.click(f"table.users a:has-text('{username}')")
    admin.wait_for_url(f"{live_url}/users/{username}")


def test_user_changes_their_password(browser: Any, live_url: str) -> None:
    page = signed_in(browser, live_url, "analyst")
    other = signed_in(browser, live_url, "analyst")
    page.click("a.account-link")
    page.wait_for_url(f"{live_url}/account")
    assert "Risk analyst" in page.inner_text(".kv")
    page.fill("input[name=current]", "not my password")
    page.fill("input[name=new]", "a new long password")
    page.fill("input[name=repeated]", "a new long password")
    page.click("button:has-text('Change password')")
    expect(page.locator("#current-error")).to_contain_text("current password is wrong")
    page.fill("input[name=current]", PASSWORD)
    page.fill("input[name=new]", "a new long password")
    page.fill("input[name=repeated]", "a new long password")
    page.click("button:has-text('Change password')")
    page.wait_for_url(f"{live_url}/account?done=password")
    expect(page.locator(".notice")).to_contain_text("Your password is changed")
    shot(page, "16-my-account")
    # This session stays; the other one has ended.
    page.goto(f"{live_url}/queue")
    assert page.url == f"{live_url}/queue"
    other.goto(f"{live_url}/queue")
    assert "/sign-in" in other.url

    fresh = new_page(browser)
    sign_in_page(fresh, live_url, "analyst", PASSWORD)
    expect(fresh.locator(".alert")).to_contain_text("wrong")
    sign_in_page(fresh, live_url, "analyst", "a new long password")
    fresh.wait_for_url(f"{live_url}/queue")


def test_administrator_creates_an_officer(browser: Any, live_url: str) -> None:
    admin = signed_in(browser, live_url, "admin")
    admin.click("nav a:has-text('Users')")
    admin.wait_for_url(f"{live_url}/users")
    admin.fill("input[name=username]", "officer")
    admin.fill("input[name=display_name]", "Rashad Mammadov")
    admin.select_option("select[name=role]", "officer")
    admin.select_option("select[name=checkpoint]", "AZ-SAM")
    admin.click("button:has-text('Create user')")
    expect(admin.locator("#username-error")).to_contain_text("exists already")
    expect(admin.locator("input[name=display_name]")).to_have_value("Rashad Mammadov")
    expect(admin.locator("select[name=checkpoint]")).to_have_value("AZ-SAM")
    admin.fill("input[name=username]", "rashad")
    shot(admin, "17-users")
    admin.click("button:has-text('Create user')")
    expect(admin.locator(".secret-box")).to_contain_text("Initial password")
    password = _secret(admin)
    shot(admin, "18-user-created")

    officer = signed_in(browser, live_url, "rashad", password)
    assert "Rashad Mammadov" in officer.inner_text(".who")
    rows = officer.inner_text("#rows")
    assert SAMUR_ID in rows and RED_ID not in rows


def test_administrator_disables_and_enables_an_account(browser: Any, live_url: str) -> None:
    supervisor = signed_in(browser, live_url, "supervisor")
    admin = signed_in(browser, live_url, "admin")
    _user_page(admin, live_url, "supervisor")
    admin.click("button:has-text('Disable account')")
    expect(admin.locator(".notice")).to_contain_text("disabled")
    supervisor.goto(f"{live_url}/queue")
    assert "/sign-in" in supervisor.url
    sign_in_page(supervisor, live_url, "supervisor")
    expect(supervisor.locator(".alert")).to_contain_text("disabled")

    admin.click("button:has-text('Enable account')")
    expect(admin.locator(".notice")).to_contain_text("enabled")
    sign_in_page(supervisor, live_url, "supervisor")
    supervisor.wait_for_url(f"{live_url}/queue")

    # Nobody locks themselves out.
    _user_page(admin, live_url, "admin")
    assert admin.locator("button:has-text('Disable account')").count() == 0


def test_administrator_resets_a_password(browser: Any, live_url: str) -> None:
    intel = signed_in(browser, live_url, "intel")
    admin = signed_in(browser, live_url, "admin")
    _user_page(admin, live_url, "intel")
    admin.click("button:has-text('Reset password')")
    expect(admin.locator(".secret-box")).to_contain_text("New password of intel")
    password = _secret(admin)
    # Reloading shows the account again: the form is not sent twice, no second password made.
    assert admin.url == f"{live_url}/users/intel"
    admin.reload()
    expect(admin.locator("h1")).to_contain_text("intel")
    expect(admin.locator(".secret-box")).to_have_count(0)
    intel.goto(f"{live_url}/queue")
    assert "/sign-in" in intel.url
    sign_in_page(intel, live_url, "intel", PASSWORD)
    expect(intel.locator(".alert")).to_contain_text("wrong")
    sign_in_page(intel, live_url, "intel", password)
    intel.wait_for_url(f"{live_url}/queue")


def test_administrator_issues_and_revokes_a_token(browser: Any, live_url: str) -> None:
    admin = signed_in(browser, live_url, "admin")
    _user_page(admin, live_url, "samur")
    admin.fill("input[name=name]", "ASYCUDA bridge")
    admin.click("button:has-text('Issue token')")
    expect(admin.locator(".secret-box")).to_contain_text("ASYCUDA bridge")
    token = _secret(admin)
    shot(admin, "19-token-issued")

    api = browser.new_context().request
    headers = {"Authorization": f"Bearer {token}"}
    assert api.get(f"{live_url}/api/declarations", headers=headers).status == 200
    row = admin.locator("table.tokens tr", has_text="ASYCUDA bridge")
    row.locator("button:has-text('Revoke')").click()
    expect(admin.locator(".notice")).to_contain_text("revoked")
    expect(admin.locator("table.tokens tr", has_text="ASYCUDA bridge")).to_contain_text("Revoked")
    assert api.get(f"{live_url}/api/declarations", headers=headers).status == 401


def test_non_administrator_is_refused_the_users_page(browser: Any, live_url: str) -> None:
    page = signed_in(browser, live_url, "officer")
    assert page.locator("nav a:has-text('Users')").count() == 0
    response = page.goto(f"{live_url}/users")
    assert response.status == 403
    assert "Only an administrator may manage accounts" in page.inner_text("main")
