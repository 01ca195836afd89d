"""A risk analyst edits a profile's criteria in the page, tries them on 30 days, then saves."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from tests.web.conftest import Site, csrf_of
from tests.web.seed import RED_ID, SAMUR_ID

EDITED = """- id: AZ-HER-01
  description: Nuts in transit from Iran to Moldova via the Caucasus
  owner: analyst
  weight: 40
  when:
    all:
      - {field: item.hs_code, prefix: ["0802"]}
      - {field: route.destination, eq: MD}
"""


def _ids(html: str, css: str) -> set[str]:
    part = re.search(rf'<ul class="plain {css}">(.*?)</ul>', html, re.S)
    assert part, css
    return set(re.findall(r'href="/declarations/([^"]+)"', part.group(1)))


def _numbers(html: str, css: str) -> list[str]:
    row = re.search(rf'<tr class="{css}">(.*?)</tr>', html, re.S)
    assert row, css
    return re.findall(r'<td class="num">([^<]*)</td>', row.group(1))


def test_try_shows_what_the_change_would_do_and_stores_nothing(
    site: Site, pages: dict[str, TestClient]
) -> None:
    analyst = pages["analyst"]
    # An inspection of a declaration the stored version fires on, which found something.
    officer = pages["officer"]
    officer.post(
        f"/declarations/{RED_ID}/inspection",
        data={"csrf_token": csrf_of(officer.get(f"/declarations/{RED_ID}/inspection").text),
              "outcome": "irregularity", "detection_method": "risk_profile"},
    )  # fmt: skip
    form = analyst.get("/profiles/AZ-HER-01/criteria").text
    assert "prefix:" in form and "0806" in form
    tried = analyst.post(
        "/profiles/AZ-HER-01/criteria",
        data={"csrf_token": csrf_of(form), "definition": EDITED, "do": "try"},
    )
    assert tried.status_code == 200
    html = tried.text
    # Stored: raisins to Moldova (0001, 0003); edited: pistachios to Moldova (0002, Samur).
    assert _numbers(html, "trial-current")[:3] == ["2", "1", "1"]
    assert _numbers(html, "trial-edited")[:3] == ["2", "0", "0"]
    assert _ids(html, "trial-added") == {"AZ-AST-0002", SAMUR_ID}
    assert _ids(html, "trial-dropped") == {RED_ID, "AZ-AST-0003"}
    with site.store.transaction() as uow:
        stored = uow.profiles.get("AZ-HER-01")
    assert stored is not None and stored.version == 3


def test_a_bad_definition_is_explained_by_line_and_field(
    site: Site, pages: dict[str, TestClient]
) -> None:
    analyst = pages["analyst"]
    csrf = csrf_of(analyst.get("/profiles/AZ-HER-01/criteria").text)
    broken = EDITED.replace("item.hs_code", "item.hs_cod")
    for do in ("try", "save"):
        response = analyst.post(
            "/profiles/AZ-HER-01/criteria",
            data={"csrf_token": csrf, "definition": broken, "do": do},
        )
        assert response.status_code == 422
        assert "The profile is not valid." in response.text
        assert "line 7" in response.text and "item.hs_code" in response.text
    other_id = EDITED.replace("AZ-HER-01", "AZ-HER-99")
    response = analyst.post(
        "/profiles/AZ-HER-01/criteria",
        data={"csrf_token": csrf, "definition": other_id, "do": "save"},
    )
    assert response.status_code == 422 and "with the id" in response.text
    with site.store.transaction() as uow:
        stored = uow.profiles.get("AZ-HER-01")
    assert stored is not None and stored.version == 3


def test_saving_makes_the_next_version(site: Site, pages: dict[str, TestClient]) -> None:
    analyst = pages["analyst"]
    csrf = csrf_of(analyst.get("/profiles/AZ-HER-01/criteria").text)
    saved = analyst.post(
        "/profiles/AZ-HER-01/criteria",
        data={"csrf_token": csrf, "definition": EDITED, "do": "save"},
    )
    assert saved.status_code == 303
    with site.store.transaction() as uow:
        stored = uow.profiles.get("AZ-HER-01")
    assert stored is not None and stored.version == 4
    assert stored.description.startswith("Nuts in transit")
    assert pages["supervisor"].get("/profiles/AZ-HER-01/criteria").status_code == 403
