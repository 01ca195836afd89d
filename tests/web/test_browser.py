"""The checkpoint workflow in headless Chromium, with a screenshot of every main page."""

from __future__ import annotations

from typing import Any

import pytest
from tests.web.browsing import expect, shot, signed_in
from tests.web.seed import RED_ID

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


def test_sign_in_page(browser: Any, live_url: str) -> None:
    page = browser.new_context(viewport={"width": 1280, "height": 720}).new_page()
    page.goto(f"{live_url}/queue")
    assert "/sign-in" in page.url
    shot(page, "01-sign-in")
    page.fill("input[name=username]", "officer")
    page.fill("input[name=password]", "wrong password")
    page.click("button:has-text('Sign in')")
    assert "wrong" in page.inner_text(".alert")


def test_officer_works_the_queue_and_records_a_seizure(browser: Any, live_url: str) -> None:
    page = signed_in(browser, live_url, "officer")
    groups = page.locator(".group h2").all_inner_texts()
    assert groups[0].startswith("Red")
    assert "AZ-SAM" not in page.inner_text("#rows")
    shot(page, "02-queue")
    page.fill(".filters input[name=q]", "gilan")
    expect(page.locator("#rows")).not_to_contain_text(RED_ID)
    assert "AZ-AST-0003" in page.inner_text("#rows")
    page.fill(".filters input[name=q]", "")
    expect(page.locator("#rows")).to_contain_text(RED_ID)

    page.click(f"a:has-text('{RED_ID}')")
    page.wait_for_url(f"{live_url}/declarations/{RED_ID}")
    reasons = page.inner_text(".reasons")
    assert "Dried fruit in transit from Iran to Moldova" in reasons
    assert "Watchlist hit" in reasons and "stop" in reasons
    assert "H3-NOFORN" not in page.content() and "DTX-7" not in page.content()
    assert "Fuel tanks larger" in page.inner_text(".lookfor")
    assert page.locator(".route-chain li").count() == 4
    shot(page, "03-declaration-officer")

    page.click("a:has-text('Record inspection')")
    page.check("input[name=outcome][value=seizure]")
    page.check("input[name=detection_method][value=intelligence]")
    page.select_option("select[name=commodity]", "heroin")
    page.fill("input[name=quantity]", "301 kilograms 475 grams")
    page.select_option("select[name=location]", "fuel_tank")
    page.select_option("select[name=method]", "false_compartment")
    page.select_option("select[name=packaging]", "packets")
    page.fill("input[name=person_name]", "Məhəmməd Əlizadə")
    page.select_option("select[name=person_role]", "driver")
    page.fill("input[name=person_nationality]", "IR")
    page.click("button:has-text('+ Add another item')")
    assert page.locator("select[name=commodity]").count() == 2
    shot(page, "04-record-inspection")
    page.click("button:has-text('Save inspection')")
    page.wait_for_url("**/seizures/*?recorded=1")
    assert "301.475 kg" in page.inner_text(".qty")
    shot(page, "05-seizure")

    page.goto(f"{live_url}/seizures")
    first = page.locator("table.seizures tbody tr").first.inner_text()
    assert "Heroin" in first and "301.475 kg" in first and "Fuel tank" in first
    shot(page, "06-seizures")

    # The outcome counts at once in the statistics of the profile that fired.
    analyst = signed_in(browser, live_url, "analyst")
    analyst.goto(f"{live_url}/profiles")
    assert "100%" in analyst.locator("tr:has-text('AZ-HER-01')").inner_text()
    shot(analyst, "11-profiles")


def test_officer_of_another_checkpoint_cannot_open_it(browser: Any, live_url: str) -> None:
    page = signed_in(browser, live_url, "samur")
    response = page.goto(f"{live_url}/declarations/{RED_ID}")
    assert response.status == 404
    assert "No declaration has the id" in page.inner_text("main")
    shot(page, "07-not-found-other-checkpoint")


def test_intelligence_officer_sees_sources(browser: Any, live_url: str) -> None:
    page = signed_in(browser, live_url, "intel")
    page.goto(f"{live_url}/declarations/{RED_ID}")
    text = page.inner_text(".reasons")
    assert "H3-NOFORN" in text and "Muhammad Alizadeh" in text
    shot(page, "08-declaration-intelligence")
    page.goto(f"{live_url}/watchlist")
    assert "WL-0042" in page.inner_text("table")
    shot(page, "09-watchlist")


def test_form_without_csrf_token_is_refused(browser: Any, live_url: str) -> None:
    page = signed_in(browser, live_url, "officer")
    page.goto(f"{live_url}/declarations/AZ-AST-0003/inspection")
    page.evaluate("document.querySelector('form.inspection-form input[name=csrf_token]').remove()")
    page.check("input[name=outcome][value=nothing_found]")
    page.check("input[name=detection_method][value=random_control]")
    with page.expect_navigation():
        page.click("button:has-text('Save inspection')")
    assert "security token" in page.inner_text("main")
    shot(page, "10-csrf-refused")


def test_supervisor_overrides_a_channel(browser: Any, live_url: str) -> None:
    supervisor = signed_in(browser, live_url, "supervisor")
    supervisor.goto(f"{live_url}/declarations/AZ-AST-0002")
    supervisor.select_option("select[name=channel]", "red")
    supervisor.fill("textarea[name=reason]", "Same consignor as last week's seizure at Samur")
    supervisor.click("button:has-text('Override')")
    supervisor.wait_for_url(f"{live_url}/declarations/AZ-AST-0002")
    assert "Same consignor" in supervisor.inner_text("main")
    shot(supervisor, "12-override")


def test_queue_on_a_tablet(browser: Any, live_url: str) -> None:
    page = signed_in(
        browser, live_url, "officer", is_mobile=True, has_touch=True, device_scale_factor=1
    )
    page.set_viewport_size({"width": 800, "height": 1200})
    page.goto(f"{live_url}/queue")
    shot(page, "13-queue-tablet")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_url}/declarations/{RED_ID}")
    shot(page, "14-declaration-phone")


def test_api_documentation_is_served_locally(browser: Any, live_url: str) -> None:
    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{live_url}/docs")
    expect(page.locator(".swagger-ui .title")).to_contain_text("Kordon")
    assert requested and all(url.startswith(live_url) for url in requested)
    shot(page, "15-api-docs")
