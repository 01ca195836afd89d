"""Analysts' and supervisors' pages: all queues, expired profiles, the monthly report's month."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from fastapi.testclient import TestClient
from tests.web.conftest import Site

from kordon.analytics import Month
from kordon.risk.profiles import parse_profiles


def test_a_supervisor_sees_every_checkpoints_queue(pages: dict[str, TestClient]) -> None:
    html = pages["supervisor"].get("/queues").text
    rows = dict(
        re.findall(r'<a href="/queue\?checkpoint=(AZ-[A-Z]+)[^"]*">.*?</td>(.*?)</tr>', html, re.S)
    )
    assert set(rows) == {"AZ-AST", "AZ-SAM"}
    astara = re.findall(r'<td class="num">([^<]*)', rows["AZ-AST"])
    # 4 declarations: red 2, yellow 1, blue 0, green 1; capacity 4; none inspected, 2 waiting.
    assert astara[:5] == ["4", "2", "1", "0", "1"]
    assert "used 2 of 4" in rows["AZ-AST"]
    assert "used 1 of 3" in rows["AZ-SAM"]
    for other in ("officer", "analyst", "intel", "enforcement"):
        assert pages[other].get("/queues").status_code == 403, other
    assert 'href="/queues"' not in pages["officer"].get("/queue").text


def test_expired_profiles_are_marked(site: Site, pages: dict[str, TestClient]) -> None:
    (old,) = parse_profiles(
        """
- id: AZ-OLD-01
  description: Last winter's apples from Georgia
  owner: analyst
  weight: 20
  valid_until: 2025-03-31
  when: {field: item.hs_code, prefix: ["0808"]}
""",
        source="test",
    )
    with site.store.transaction() as uow:
        uow.profiles.save(old)
    html = pages["analyst"].get("/profiles").text
    row = html[html.index("AZ-OLD-01") : html.index("</tr>", html.index("AZ-OLD-01"))]
    assert "expired 31 Mar 2025" in row
    current = html[html.index("AZ-HER-01") : html.index("</tr>", html.index("AZ-HER-01"))]
    assert "expired" not in current


def test_the_monthly_report_opens_on_the_last_complete_month(pages: dict[str, TestClient]) -> None:
    last = Month.of(datetime.now(UTC).date()).previous()
    html = pages["enforcement"].get("/reports/monthly").text
    assert f'name="month" value="{last}"' in html
    assert last < Month.of(date.today())


def test_the_audit_page_shows_events_in_words_and_filters(pages: dict[str, TestClient]) -> None:
    admin = pages["admin"]
    everything = admin.get("/audit").text
    assert (
        "Assessed declaration AZ-AST-0001: Red · physical inspection, risk score 94." in everything
    )
    assert "Created the account officer (Officer)." in everything
    signed_in = admin.get("/audit", params={"action": "user.", "actor": "officer"}).text
    assert "Signed in from" in signed_in and "Assessed declaration" not in signed_in
    assessments = admin.get("/audit", params={"action": "assessment.create"}).text
    assert assessments.count("Assessed declaration") == 5
    tomorrow = date.today().toordinal() + 2
    later = date.fromordinal(tomorrow).isoformat()
    assert "No event matches." in admin.get("/audit", params={"start": later}).text
    bad = admin.get("/audit", params={"start": "yesterday"})
    assert bad.status_code == 422 and "is not a date (YYYY-MM-DD)" in bad.text
    assert pages["supervisor"].get("/audit").status_code == 403
