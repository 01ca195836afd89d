"""The officer's queue: each row's main reason, the capacity box, paging, the inspected count."""

from __future__ import annotations

import re
from datetime import timedelta

from fastapi.testclient import TestClient
from tests.builders import make_document
from tests.web.conftest import Site, csrf_of
from tests.web.seed import RED_ID

from kordon.intake.reader import read_documents
from kordon.services.importing import import_rows


def _row(html: str, declaration_id: str) -> str:
    """The table row of one declaration."""
    found = re.search(
        rf"<tr>\s*<td[^>]*>[^<]*</td>\s*<td><a href=\"/declarations/{declaration_id}\".*?</tr>",
        html,
        re.S,
    )
    assert found, f"{declaration_id} is not in the queue"
    return found.group(0)


def test_each_row_names_its_main_reason(pages: dict[str, TestClient]) -> None:
    html = pages["officer"].get("/queue").text
    assert "why-watchlist" in _row(html, RED_ID)
    assert "action: stop" in _row(html, RED_ID)
    nuts = _row(html, "AZ-AST-0002")
    assert "Risk profile" in nuts and "AZ-NUT-02: Nuts under-valued per kg" in nuts
    control = _row(html, "AZ-AST-0004")
    assert "why-random" in control and "Random control" in control
    # An officer sees that there is a watchlist hit, never whom it matched.
    assert "Muhammad Alizadeh" not in html


def test_capacity_box_says_used_of_capacity_and_waiting(pages: dict[str, TestClient]) -> None:
    html = pages["officer"].get("/queue").text
    # Astara: capacity 4, two declarations in red, none inspected yet.
    assert "used 2 of 4" in html
    assert "2 waiting" in html
    assert "Left" not in html


def test_recording_an_inspection_updates_the_queue(pages: dict[str, TestClient]) -> None:
    officer = pages["officer"]
    form = officer.get(f"/declarations/{RED_ID}/inspection").text
    response = officer.post(
        f"/declarations/{RED_ID}/inspection",
        data={
            "csrf_token": csrf_of(form),
            "outcome": "nothing_found",
            "detection_method": "xray",
            "notes": "Tank volume matches the tractor; scanned the trailer floor.",
        },
    )
    assert response.status_code == 303
    html = officer.get("/queue").text
    assert re.search(r'class="inspected-count">1<', html)
    assert "1 waiting" in html
    page = officer.get(f"/declarations/{RED_ID}").text
    assert "X-ray scanner" in page
    assert "Tank volume matches the tractor; scanned the trailer floor." in page


def test_the_queue_pages_at_fifty_rows(site: Site, pages: dict[str, TestClient]) -> None:
    documents = [
        make_document(
            id=f"AZ-AST-9{n:03d}",
            lodged_at=(site.seeded.today + timedelta(minutes=3 + n)).isoformat(timespec="seconds"),
        )
        for n in range(60)
    ]
    summary = import_rows(site.store, read_documents(documents), source="test")
    assert summary.rejected == 0
    first = pages["officer"].get("/queue").text
    assert "64 of 64 declarations" in first and "page 1 of 2" in first
    assert len(re.findall(r'<a href="/declarations/', first)) == 50
    # The riskiest come first: the red declarations are on page one.
    assert RED_ID in first
    second = pages["officer"].get(f"/queue?day={site.seeded.today.date()}&page=2").text
    assert len(re.findall(r'<a href="/declarations/', second)) == 14
    assert RED_ID not in second
