"""The pages: sign-in, queue, declaration, inspection recording, role boundaries, CSRF."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from tests.web.conftest import Site, csrf_of, sign_in
from tests.web.seed import PASSWORD, RED_ID, SAMUR_ID

from kordon.domain import QuantityUnit, Seizure, SeizureItem, SeizureSource
from kordon.storage.tables import audit_log, seizure_items

ANALYSIS = {"enforcement", "analyst", "intel", "supervisor", "admin"}
# (path, users who get 200; everyone else signed in gets 403, or 404 where marked)
ROLE_MATRIX = [
    ("/queue", {"officer", "samur", "analyst", "intel", "supervisor", "admin", "enforcement"}),
    ("/seizures", {"officer", "samur", "analyst", "intel", "supervisor", "admin", "enforcement"}),
    ("/intelligence", ANALYSIS),
    ("/intelligence?start=2026-01&end=2026-12&commodity=heroin&source=inspection", ANALYSIS),
    ("/reports/monthly?month=2026-11", ANALYSIS),
    ("/reports/monthly?month=2026-11&format=csv", ANALYSIS),
    ("/profiles", {"analyst", "supervisor", "admin"}),
    ("/profiles/AZ-HER-01/edit", {"analyst"}),
    ("/watchlist", {"intel"}),
    ("/watchlist/WL-0042", {"intel"}),
    ("/audit", {"admin"}),
    ("/account", {"officer", "samur", "analyst", "intel", "supervisor", "admin", "enforcement"}),
    ("/users", {"admin"}),
    ("/users/officer", {"admin"}),
    (f"/declarations/{RED_ID}/inspection", {"officer", "supervisor"}),
]


def test_pages_need_a_session(pages: dict[str, TestClient]) -> None:
    response = pages["anonymous"].get("/queue?channel=red")
    assert response.status_code == 303
    assert response.headers["location"] == "/sign-in?next=/queue?channel=red"


def test_every_role_boundary_on_the_pages(pages: dict[str, TestClient]) -> None:
    for path, allowed in ROLE_MATRIX:
        for username, client in pages.items():
            if username == "anonymous":
                continue
            status = client.get(path).status_code
            expected = 200 if username in allowed else 403
            if username == "samur" and "/declarations/" in path:
                expected = 404
            assert status == expected, f"{username} GET {path}: {status}, expected {expected}"


def test_officer_sees_only_own_checkpoint(pages: dict[str, TestClient]) -> None:
    queue = pages["officer"].get("/queue").text
    assert RED_ID in queue and SAMUR_ID not in queue
    assert queue.index("Red · physical inspection") < queue.index("Yellow · documents")
    other = pages["officer"].get(f"/declarations/{SAMUR_ID}")
    assert other.status_code == 404 and "No declaration has the id" in other.text
    asking = pages["officer"].get("/queue?checkpoint=AZ-SAM").text
    assert SAMUR_ID not in asking


def test_queue_search_through_htmx(pages: dict[str, TestClient]) -> None:
    rows = pages["supervisor"].get(
        "/queue", params={"checkpoint": "AZ-AST", "q": "gilan"}, headers={"HX-Request": "true"}
    )
    assert rows.status_code == 200 and "<html" not in rows.text
    assert "AZ-AST-0003" in rows.text and RED_ID not in rows.text


def test_watchlist_details_are_need_to_know(site: Site, pages: dict[str, TestClient]) -> None:
    officer = pages["officer"].get(f"/declarations/{RED_ID}").text
    for secret in ("H3-NOFORN", "DTX-7", "Muhammad Alizadeh", "WL-0042"):
        assert secret not in officer
    assert "Watchlist hit" in officer and "stop" in officer
    assert "Fuel tanks larger than the tractor needs" in officer
    intel = pages["intel"].get(f"/declarations/{RED_ID}").text
    assert "H3-NOFORN" in intel and "Muhammad Alizadeh" in intel and "0.93" in intel
    with site.store.engine.connect() as connection:
        viewed = connection.execute(
            select(audit_log.c.actor).where(audit_log.c.action == "watchlist.view")
        ).all()
    assert [row.actor for row in viewed] == ["intel"]


def _seizure_form(csrf: str | None) -> dict[str, str]:
    form = {
        "outcome": "seizure",
        "detection_method": "intelligence",
        "commodity": "heroin",
        "quantity": "301 kilograms 475 grams",
        "location": "fuel_tank",
        "method": "false_compartment",
        "packaging": "packets",
        "person_name": "Məhəmməd Əlizadə",
        "person_role": "driver",
        "person_nationality": "IR",
    }
    if csrf is not None:
        form["csrf_token"] = csrf
    return form


def test_recording_a_seizure(site: Site, pages: dict[str, TestClient]) -> None:
    officer = pages["officer"]
    form = officer.get(f"/declarations/{RED_ID}/inspection")
    photo = ("tank.png", b"\x89PNG\r\n\x1a\n" + b"0" * 64, "image/png")
    response = officer.post(
        f"/declarations/{RED_ID}/inspection",
        data=_seizure_form(csrf_of(form.text)),
        files={"photos": photo},
    )
    assert response.status_code == 303, response.text
    seizure_page = officer.get(response.headers["location"]).text
    assert "301.475 kg" in seizure_page and "Fuel tank" in seizure_page
    assert "301.475 kg" in officer.get("/seizures").text
    with site.store.engine.connect() as connection:
        item = connection.execute(select(seizure_items)).one()
    assert (item.quantity, item.unit, item.quantity_as_written) == (
        301.475,
        "kg",
        "301 kilograms 475 grams",
    )
    # The outcome feeds the profile statistics and is stored as the training label.
    profiles = pages["analyst"].get("/profiles").text
    row = profiles[profiles.index("AZ-HER-01") :]
    assert "100%" in row[: row.index("</tr>")]
    assert pages["samur"].get("/seizures").text.count("301.475") == 0


def test_form_without_csrf_is_refused(site: Site, pages: dict[str, TestClient]) -> None:
    response = pages["officer"].post(f"/declarations/{RED_ID}/inspection", data=_seizure_form(None))
    assert response.status_code == 403
    assert "security token" in response.text
    wrong = pages["officer"].post(
        f"/declarations/{RED_ID}/inspection", data=_seizure_form("forged")
    )
    assert wrong.status_code == 403
    with site.store.engine.connect() as connection:
        assert connection.execute(select(seizure_items)).all() == []


def test_bad_quantity_keeps_the_form(pages: dict[str, TestClient]) -> None:
    officer = pages["officer"]
    csrf = csrf_of(officer.get(f"/declarations/{RED_ID}/inspection").text)
    form = {**_seizure_form(csrf), "quantity": "a lot"}
    response = officer.post(f"/declarations/{RED_ID}/inspection", data=form)
    assert response.status_code == 422
    assert "item 1 quantity" in response.text and "Nothing was saved" in response.text


def test_supervisor_override_needs_a_reason(pages: dict[str, TestClient]) -> None:
    supervisor = pages["supervisor"]
    csrf = csrf_of(supervisor.get(f"/declarations/{RED_ID}").text)
    url = f"/declarations/{RED_ID}/override"
    refused = supervisor.post(url, data={"csrf_token": csrf, "channel": "green", "reason": ""})
    assert refused.status_code == 422 and "reason" in refused.text
    done = supervisor.post(
        url,
        data={"csrf_token": csrf, "channel": "yellow", "reason": "Tank checked at Bilasuvar"},
    )
    assert done.status_code == 303
    assert "Tank checked at Bilasuvar" in supervisor.get(f"/declarations/{RED_ID}").text
    officer_csrf = csrf_of(pages["officer"].get(f"/declarations/{RED_ID}").text)
    forbidden = pages["officer"].post(
        url, data={"csrf_token": officer_csrf, "channel": "green", "reason": "I would like to"}
    )
    assert forbidden.status_code == 403


def test_sign_in_is_rate_limited(site: Site) -> None:
    client = site.client()
    for _ in range(5):
        page = client.get("/sign-in")
        wrong = client.post(
            "/sign-in",
            data={"username": "officer", "password": "nope", "csrf_token": csrf_of(page.text)},
        )
        assert wrong.status_code == 401
    page = client.get("/sign-in")
    locked = client.post(
        "/sign-in",
        data={"username": "officer", "password": PASSWORD, "csrf_token": csrf_of(page.text)},
    )
    assert locked.status_code == 429 and "locked for 15 minutes" in locked.text


def test_sign_in_form_needs_its_token(site: Site) -> None:
    client = site.client()
    client.get("/sign-in")
    response = client.post("/sign-in", data={"username": "officer", "password": PASSWORD})
    assert response.status_code == 403


def test_session_cookie_flags_and_sign_out(site: Site) -> None:
    client = site.client()
    page = client.get("/sign-in")
    response = client.post(
        "/sign-in",
        data={"username": "admin", "password": PASSWORD, "csrf_token": csrf_of(page.text)},
    )
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie
    csrf = csrf_of(client.get("/queue").text)
    client.post("/sign-out", data={"csrf_token": csrf})
    assert client.get("/queue").status_code == 303


@pytest.mark.parametrize("next_path", ["https://evil.example/", "//evil.example/"])
def test_sign_in_never_redirects_off_site(site: Site, next_path: str) -> None:
    client = site.client()
    page = client.get("/sign-in")
    response = client.post(
        "/sign-in",
        data={"username": "admin", "password": PASSWORD, "next": next_path,
              "csrf_token": csrf_of(page.text)},
    )  # fmt: skip
    assert response.headers["location"] == "/queue"


def test_disabled_user_loses_the_session(site: Site) -> None:
    from kordon.services.account_admin import disable_user

    client = site.client()
    sign_in(client, "analyst")
    assert client.get("/queue").status_code == 200
    disable_user(site.store, "analyst")
    assert client.get("/queue").status_code == 303


# (path, form, users who get past the role check: they see 422 for this deliberately
# incomplete form; officers of another checkpoint get 404; everyone else 403)
POST_MATRIX = [
    (f"/declarations/{RED_ID}/inspection", {"outcome": "seizure"}, {"officer", "supervisor"}),
    (f"/declarations/{RED_ID}/override", {"channel": "green", "reason": ""}, {"supervisor"}),
    ("/profiles/AZ-HER-01/edit", {"description": "x", "weight": "heavy"}, {"analyst"}),
]


def test_every_role_boundary_on_the_forms(site: Site, pages: dict[str, TestClient]) -> None:
    for path, form, allowed in POST_MATRIX:
        for username, client in pages.items():
            if username == "anonymous":
                continue
            csrf = csrf_of(client.get("/queue").text)
            status = client.post(path, data={**form, "csrf_token": csrf}).status_code
            expected = 422 if username in allowed else 403
            if username == "samur" and "/declarations/" in path:
                expected = 403 if "override" in path else 404
            assert status == expected, f"{username} POST {path}: {status}, expected {expected}"
    with site.store.engine.connect() as connection:
        assert connection.execute(select(seizure_items)).all() == []


def test_photos_are_kept_and_guarded(site: Site, pages: dict[str, TestClient]) -> None:
    officer = pages["officer"]
    csrf = csrf_of(officer.get(f"/declarations/{RED_ID}/inspection").text)
    png = b"\x89PNG\r\n\x1a\n" + b"1" * 32
    response = officer.post(
        f"/declarations/{RED_ID}/inspection",
        data=_seizure_form(csrf),
        files={"photos": ("tank.png", png, "image/png")},
    )
    page = officer.get(response.headers["location"]).text
    photo_url = page[page.index('src="/photos/') + 5 :].split('"')[0]
    assert officer.get(photo_url).content == png
    assert pages["samur"].get(photo_url).status_code == 404
    assert pages["analyst"].get(photo_url).status_code == 200
    files = list((site.settings.data_dir / "photos").rglob("*.png"))
    assert len(files) == 1


def _routes(routes: list[Any]) -> Iterator[Any]:
    for route in routes:
        # Newer FastAPI wraps included routers; the page routers have no prefix.
        nested = getattr(route, "original_router", None)
        yield from _routes(nested.routes) if nested is not None else [route]


def test_every_form_route_checks_csrf(site: Site, pages: dict[str, TestClient]) -> None:
    from fastapi.routing import APIRoute

    values = {
        "declaration_id": RED_ID,
        "profile_id": "AZ-HER-01",
        "username": "analyst",
        "token_id": "1",
        "entry_id": "WL-0042",
        "seizure_id": "1",
        "proposal_id": "1",
    }
    posts = [
        route.path.format(**values)
        for route in _routes(site.app.routes)
        if isinstance(route, APIRoute)
        and "POST" in route.methods
        and not route.path.startswith("/api/")
        and route.path != "/sign-in"
    ]
    assert len(posts) >= 4
    for path in posts:
        for username in ("officer", "supervisor", "analyst"):
            response = pages[username].post(path, data={"reason": "no token at all"})
            assert response.status_code == 403, f"{username} POST {path} without CSRF"
            assert "security token" in response.text


def test_analyst_edits_a_profile_as_a_new_version(site: Site, pages: dict[str, TestClient]) -> None:
    analyst = pages["analyst"]
    form = analyst.get("/profiles/AZ-HER-01/edit").text
    assert "Save as version 4" in form
    saved = analyst.post(
        "/profiles/AZ-HER-01/edit",
        data={"csrf_token": csrf_of(form), "description": "Dried fruit IR to MD", "weight": "55",
              "enabled": "on"},
    )  # fmt: skip
    assert saved.status_code == 303
    listed = analyst.get("/profiles").text
    assert "v4" in listed and "weight 55" in listed
    both = analyst.post(
        "/profiles/AZ-HER-01/edit",
        data={"csrf_token": csrf_of(form), "weight": "10", "channel": "red"},
    )
    assert both.status_code == 422 and "not both" in both.text
    with site.store.engine.connect() as connection:
        edits = connection.execute(
            select(audit_log.c.details).where(audit_log.c.action == "profile.edit")
        ).all()
    assert [row.details["version"] for row in edits] == [4]


def test_officers_also_see_seizures_from_public_reports(
    site: Site, pages: dict[str, TestClient]
) -> None:
    item = SeizureItem("heroin", 116.0, QuantityUnit.KG, concealment_method="secret compartment")
    report = Seizure(
        SeizureSource.OPEN_SOURCE,
        (item,),
        country="GE",
        place="Red Bridge",
        reporting_agency="Georgian police",
        reported_on=date(2026, 2, 27),
        recorded_at=datetime(2026, 3, 1),
    )
    with site.store.transaction() as uow:
        number = uow.seizures.add(report)
    page = pages["officer"].get("/seizures").text
    assert "Georgian police" in page
    assert "recorded at AZ-AST or read from public reports" in page
    assert "27 Feb 2026 (reported)" in page
    assert pages["officer"].get(f"/seizures/{number}").status_code == 200
