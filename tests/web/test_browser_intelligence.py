"""Seizure intelligence in headless Chromium: the SVG trend chart, a link, the printable report."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from tests.web.browsing import expect, serve_with_cases, shot, signed_in

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]


@pytest.fixture(scope="module")
def live_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The seeded app with the analytics cases stored as well."""
    with serve_with_cases(tmp_path_factory.mktemp("intelligence")) as url:
        yield url


def test_the_intelligence_page_draws_its_charts_and_links(browser: Any, live_url: str) -> None:
    page = signed_in(browser, live_url, "enforcement")
    page.click("nav a:has-text('Seizure intelligence')")
    page.wait_for_url(f"{live_url}/intelligence")
    chart = page.locator("figure.trend").filter(has_text="Heroin (kg)").locator("svg.chart")
    expect(chart).to_be_visible()
    box = chart.bounding_box()
    assert box is not None and box["width"] > 200 and box["height"] > 50
    # October: an inspection and public reports, stacked; November: inspections only.
    assert chart.locator("rect.bar").count() == 3
    links = page.locator("#links table.links")
    expect(links).to_contain_text("Same route IR → MD and concealment (Fuel tank), 1 day apart.")
    shot(page, "20-intelligence")
    links.locator("tbody tr").first.locator("a").first.click()
    page.wait_for_url(f"{live_url}/seizures/*")
    expect(page.locator("#linked-cases")).to_contain_text("Same")
    shot(page, "21-seizure-linked-cases")

    page.goto(f"{live_url}/reports/monthly?month=2026-11")
    expect(page.locator(".report h1")).to_have_text("Seizure report, Nov 2026")
    page.emulate_media(media="print")
    assert not page.locator("header.top").is_visible()
    shot(page, "22-monthly-report-print")
