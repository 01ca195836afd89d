"""Deployment defaults: Secure cookies and HSTS in production, the client address behind a
proxy, and the sign-in redirect keeping the page's query."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from starlette.requests import Request
from tests.web.conftest import Site, csrf_of
from tests.web.seed import PASSWORD

from kordon.settings import Settings
from kordon.web.auth import client_address


def test_production_cookies_are_secure_and_hsts_is_sent(site: Site) -> None:
    assert site.settings.environment == "production"
    client = site.client()
    page = client.get("/sign-in")
    assert "secure" in page.headers["set-cookie"].lower()
    assert page.headers["strict-transport-security"].startswith("max-age=")
    signed = client.post(
        "/sign-in",
        data={"username": "officer", "password": PASSWORD, "csrf_token": csrf_of(page.text)},
    )
    assert "secure" in signed.headers["set-cookie"].lower()


def test_the_demo_over_plain_http_keeps_cookies_usable() -> None:
    demo = Settings(environment="demo")
    assert not demo.cookies_secure() and Settings(secret_key="s" * 40).cookies_secure()
    assert not Settings(secret_key="s" * 40, secure_cookies=False).cookies_secure()


def _request(peer: str, forwarded: str | None) -> Request:
    headers = [(b"x-forwarded-for", forwarded.encode())] if forwarded else []
    return Request({"type": "http", "client": (peer, 50000), "headers": headers})


def test_forwarded_for_is_believed_only_from_listed_proxies() -> None:
    settings = Settings(secret_key="s" * 40, trusted_proxies=["10.0.0.0/8", "192.0.2.1"])
    # A client that writes the header itself gains nothing.
    assert client_address(_request("203.0.113.5", "198.51.100.1"), settings) == "203.0.113.5"
    # Behind the listed proxies, the nearest address they did not add is the client.
    forwarded = "1.2.3.4, 198.51.100.1, 10.1.1.1"
    assert client_address(_request("192.0.2.1", forwarded), settings) == "198.51.100.1"
    assert client_address(_request("10.2.3.4", "not an address"), settings) == "10.2.3.4"
    untrusting = Settings(secret_key="s" * 40)
    assert client_address(_request("10.2.3.4", "198.51.100.1"), untrusting) == "10.2.3.4"


def test_signing_in_returns_to_the_page_with_its_whole_query(site: Site) -> None:
    client = site.client()
    asked = "/seizures?commodity=heroin&q=fuel+tank"
    redirect = client.get(asked)
    assert redirect.status_code == 303
    target = parse_qs(urlsplit(redirect.headers["location"]).query)["next"][0]
    assert target == "/seizures?commodity=heroin&q=fuel tank" or target == asked
    form = client.get(redirect.headers["location"])
    signed = client.post(
        "/sign-in",
        data={
            "username": "enforcement",
            "password": PASSWORD,
            "csrf_token": csrf_of(form.text),
            "next": target,
        },
    )
    assert signed.status_code == 303
    landed = urlsplit(signed.headers["location"])
    assert landed.path == "/seizures"
    assert parse_qs(landed.query) == {"commodity": ["heroin"], "q": ["fuel tank"]}
