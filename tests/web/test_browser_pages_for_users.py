"""In headless Chromium: the queue's reasons and paging, search, analysts' editing, the map."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from tests.web.browsing import expect, serve_with_cases, shot, signed_in
from tests.web.seed import RED_ID

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


@pytest.fixture(scope="module")
def live_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The seeded app with the analytics cases stored as well."""
    with serve_with_cases(tmp_path_factory.mktemp("pages")) as url:
        yield url


def test_queue_reasons_then_recording_updates_the_count(browser: Any, live_url: str) -> None:
    page = signed_in(browser, live_url, "officer")
    row = page.locator("tr", has=page.locator(f"a[href='/declarations/{RED_ID}']"))
    expect(row.locator(".why")).to_have_text("Watchlist")
    expect(page.locator(".capacity")).to_contain_text("used 2 of 4")
    expect(page.locator(".capacity")).to_contain_text("2 waiting")
    shot(page, "30-queue-reasons")
    row.locator("a:has-text('Record')").click()
    page.check("input[name=outcome][value=nothing_found]")
    page.check("input[name=detection_method][value=xray]")
    page.fill("textarea[name=notes]", "Fuel tank checked with a probe; nothing behind the plate.")
    page.click("button:has-text('Save inspection')")
    expect(page.locator(".inspections")).to_contain_text("X-ray scanner")
    expect(page.locator(".inspections")).to_contain_text("nothing behind the plate")
    page.click("nav a:has-text('Queue')")
    expect(page.locator(".inspected-count")).to_have_text("1")
    expect(page.locator(".capacity")).to_contain_text("1 waiting")


def test_search_box_across_scripts(browser: Any, live_url: str) -> None:
    page = signed_in(browser, live_url, "supervisor")
    page.fill(".top-search input", "Мухаммад Ализаде")
    page.press(".top-search input", "Enter")
    page.wait_for_url(f"{live_url}/search?*")
    expect(page.locator(".search-declarations")).to_contain_text(RED_ID)
    expect(page.locator(".search-entities")).to_contain_text("Məhəmməd Əlizadə")
    shot(page, "31-search")


def test_analyst_tries_criteria_before_saving(browser: Any, live_url: str) -> None:
    page = signed_in(browser, live_url, "analyst")
    page.goto(f"{live_url}/profiles/AZ-HER-01/criteria")
    box = page.locator("textarea[name=definition]")
    box.fill(box.input_value().replace('"0806"', '"0802"').replace("'0806'", "'0802'"))
    page.click("button:has-text('Try on the last 30 days')")
    expect(page.locator(".trial-edited")).to_be_visible()
    expect(page.locator(".trial-added")).to_contain_text("AZ-AST-0002")
    shot(page, "32-profile-try")
    page.click("button:has-text('Save as version 4')")
    page.wait_for_url(f"{live_url}/profiles?*")
    expect(page.locator("tr", has_text="AZ-HER-01")).to_contain_text("v4")


def test_intelligence_officer_adds_and_ends_an_entry(browser: Any, live_url: str) -> None:
    page = signed_in(browser, live_url, "intel")
    page.goto(f"{live_url}/watchlist")
    page.click("a:has-text('New entry')")
    page.fill("input[name=id]", "WL-0500")
    page.fill("textarea[name=names]", "Rashad Guliyev\nРашад Гулиев")
    page.select_option("select[name=action]", "stop")
    page.click("button:has-text('Add the entry')")
    expect(page.locator(".notice")).to_contain_text("saved")
    page.click("button:has-text('End this entry today')")
    expect(page.locator(".notice")).to_contain_text("ended")
    shot(page, "33-watchlist-entry")


def test_the_route_map_and_readable_charts(browser: Any, live_url: str) -> None:
    page = signed_in(browser, live_url, "enforcement")
    page.goto(f"{live_url}/intelligence")
    route_map = page.locator("svg.route-map")
    expect(route_map).to_be_visible()
    assert route_map.locator("path.leg").count() >= 1
    expect(route_map).to_contain_text("Moldova")
    chart = page.locator("svg.chart").first
    assert chart.locator("text.tick").count() >= 3
    expect(page.locator("#routes")).to_contain_text("Iran")
    shot(page, "34-route-map")
