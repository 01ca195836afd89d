"""Seizure intelligence, the monthly report and linked cases on the pages."""

from __future__ import annotations

from fastapi.testclient import TestClient
from tests.analytics.cases import store_cases, store_declarations
from tests.web.conftest import Site


def _seed(site: Site) -> dict[str, int]:
    store_declarations(site.store, checkpoints=False)
    return store_cases(site.store)


def test_the_intelligence_page(site: Site, pages: dict[str, TestClient]) -> None:
    ids = _seed(site)
    page = pages["enforcement"].get("/intelligence")
    assert page.status_code == 200
    html = page.text
    assert html.count('<svg class="chart"') == 2 and "Heroin (kg)" in html
    assert "Cigarettes (pieces)" in html
    # The only cocaine seizure has no date: it is totalled, not charted.
    assert "Not charted: no seizure of these is dated within the charted months" in html
    assert "Cocaine (kg): 5 kg in 1" in html
    assert "1 likely duplicate" in html and "1 seizure without an event date" in html
    assert "Same route IR → MD and concealment (Fuel tank), 1 day apart." in html
    assert "Same person: \u2068رضا حسین‌زاده\u2069 / Reza Hosseinzadeh." in html
    assert f'<a href="/seizures/{ids["astara"]}">' in html
    assert "times the median heroin seizure" in html
    narrowed = (
        pages["analyst"]
        .get(
            "/intelligence", params={"start": "2026-11", "end": "2026-11", "source": "open_source"}
        )
        .text
    )
    assert "Cigarettes (pieces)" in narrowed and "Heroin (kg)" not in narrowed


def test_bad_filters_get_a_sentence(pages: dict[str, TestClient]) -> None:
    for query, message in (
        ("start=2026-13", "from: &#39;2026-13&#39; is not a month between"),
        ("end=last+year", "to: &#39;last year&#39; is not a month written YYYY-MM"),
        ("start=2026-11&end=2026-01", "The period ends (2026-01) before it starts (2026-11)."),
        ("source=rumour", "source: &#39;rumour&#39; is not inspection or open_source."),
    ):
        response = pages["enforcement"].get(f"/intelligence?{query}")
        assert response.status_code == 422, query
        assert message in response.text and "Traceback" not in response.text
    bad_month = pages["supervisor"].get("/reports/monthly?month=2026-1")
    assert bad_month.status_code == 422 and "is not a month written YYYY-MM" in bad_month.text
    bad_format = pages["supervisor"].get("/reports/monthly?month=2026-11&format=pdf")
    assert bad_format.status_code == 422 and "is not html, markdown or csv" in bad_format.text


def test_the_monthly_report_page_and_its_downloads(
    site: Site, pages: dict[str, TestClient]
) -> None:
    _seed(site)
    client = pages["enforcement"]
    html = client.get("/reports/monthly?month=2026-11").text
    assert "<h1>Seizure report, Nov 2026</h1>" in html
    assert "<td>Heroin</td><td>kg</td><td>622.075 kg</td><td>2</td>" in html
    assert "Not enough inspections to compare targeting" in html
    csv = client.get("/reports/monthly?month=2026-11&format=csv")
    assert csv.headers["content-type"].startswith("text/csv")
    assert "2026-11,Totals by commodity and unit,Heroin,kg,622.075,2," in csv.text
    markdown = client.get("/reports/monthly?month=2026-11&format=markdown").text
    assert "| Heroin | kg | 622.075 kg | 2 |" in markdown


def test_linked_cases_on_the_seizure_page_keep_the_officers_scope(
    site: Site, pages: dict[str, TestClient]
) -> None:
    ids = _seed(site)
    officer = pages["officer"].get(f"/seizures/{ids['astara']}").text
    assert "Linked cases" in officer
    assert f'<a href="/seizures/{ids["october"]}">' in officer
    assert f'<a href="/seizures/{ids["samur"]}">' not in officer
    analyst = pages["enforcement"].get(f"/seizures/{ids['astara']}").text
    assert f'<a href="/seizures/{ids["samur"]}">' in analyst
    assert "Same declaration party: Tabriz Dried Fruit Co (consignor)." in analyst
    lone = pages["enforcement"].get(f"/seizures/{ids['cigarettes']}").text
    assert "No other seizure shares a person" in lone
