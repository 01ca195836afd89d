"""The pages' language: saved choice, then Accept-Language, then the deployment default."""

from __future__ import annotations

from fastapi.testclient import TestClient
from tests.web.conftest import Site, csrf_of, sign_in

from kordon.web.i18n import LANGUAGE_COOKIE


def test_accept_language_chooses_when_nothing_is_saved(pages: dict[str, TestClient]) -> None:
    page = pages["officer"].get("/queue", headers={"accept-language": "ru-RU,ru;q=0.9"})
    assert '<html lang="ru">' in page.text
    assert page.headers["content-language"] == "ru"
    assert "Выйти" in page.text and "Sign out" not in page.text


def test_the_deployment_default_applies_without_a_header(site: Site) -> None:
    site.app.state.settings = site.settings.model_copy(update={"default_language": "az"})
    try:
        page = site.client().get("/sign-in")
    finally:
        site.app.state.settings = site.settings
    assert '<html lang="az">' in page.text and "Kordon-a daxil olun" in page.text


def test_the_switch_saves_the_choice_in_the_account(site: Site) -> None:
    first = sign_in(site.client(), "officer")
    queue = first.get("/queue?channel=red")
    answer = first.post(
        "/language",
        data={"language": "az", "next": "/queue?channel=red", "csrf_token": csrf_of(queue.text)},
    )
    assert answer.status_code == 303 and answer.headers["location"] == "/queue?channel=red"
    assert '<html lang="az">' in first.get("/queue").text
    stored = site.store.transaction
    with stored() as uow:
        found = uow.users.by_name("officer")
    assert found is not None and found.user.language == "az"
    # Another browser, asking for Russian: the account's choice wins.
    other = sign_in(site.client(), "officer")
    assert '<html lang="az">' in other.get("/queue", headers={"accept-language": "ru"}).text


def test_the_switch_needs_the_csrf_token_when_signed_in(site: Site) -> None:
    client = sign_in(site.client(), "officer")
    answer = client.post("/language", data={"language": "ru", "next": "/queue"})
    assert answer.status_code == 403
    assert '<html lang="en">' in client.get("/queue").text


def test_a_signed_out_browser_keeps_its_choice_in_a_cookie(site: Site) -> None:
    client = site.client()
    answer = client.post("/language", data={"language": "ru", "next": "//evil.example/"})
    assert answer.headers["location"] == "/queue"
    assert client.cookies.get(LANGUAGE_COOKIE) == "ru"
    page = client.get("/sign-in")
    assert '<html lang="ru">' in page.text and "Вход в Kordon" in page.text


def test_an_unknown_language_changes_nothing(site: Site) -> None:
    client = site.client()
    client.post("/language", data={"language": "xx", "next": "/sign-in"})
    assert LANGUAGE_COOKIE not in client.cookies
