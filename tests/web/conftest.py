"""An app over a seeded database, and a way to sign in as any seeded user."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from fastapi import FastAPI
from fastapi.testclient import TestClient
from tests.web.seed import PASSWORD, Seeded, seed

from kordon.app import create_app
from kordon.services import accounts
from kordon.settings import Settings
from kordon.storage.store import SqlStore

SECRET = "test-secret-" + "x" * 32
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@dataclass
class Site:
    """A running app (in-process) over a seeded database."""

    settings: Settings
    store: SqlStore
    seeded: Seeded
    app: FastAPI

    def client(self) -> TestClient:
        """A fresh browser-like client with its own cookies, on the running app."""
        return TestClient(self.app, follow_redirects=False)


def csrf_of(html: str) -> str:
    """The CSRF token of the first form on a page."""
    found = CSRF.search(html)
    assert found, "the page has no CSRF field"
    return found.group(1)


def sign_in(client: TestClient, username: str, password: str = PASSWORD) -> TestClient:
    """Sign a client in through the sign-in form."""
    page = client.get("/sign-in")
    response = client.post(
        "/sign-in",
        data={"username": username, "password": password, "csrf_token": csrf_of(page.text)},
    )
    assert response.status_code == 303, response.text
    return client


@pytest.fixture(autouse=True)
def cheap_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2 with the smallest parameters: the same code path, a fraction of the time."""
    cheap = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(accounts, "hasher", lambda: cheap)


@pytest.fixture
def site(database_url: str, tmp_path: Path) -> Iterator[Site]:
    """A seeded site on each database."""
    settings = Settings(database_url=database_url, secret_key=SECRET, data_dir=tmp_path / "var")
    app = create_app(settings)
    # One client runs the app's lifespan (opening the store); the others share that app.
    with TestClient(app) as boot:
        store: SqlStore = app.state.store
        yield Site(settings, store, seed(store), app)
        boot.close()


@pytest.fixture
def pages(site: Site) -> dict[str, TestClient]:
    """One signed-in client per seeded user, plus 'anonymous'."""
    clients: dict[str, TestClient] = {}
    for username in (
        "officer",
        "samur",
        "analyst",
        "intel",
        "supervisor",
        "admin",
        "enforcement",
        "anonymous",
    ):
        client = site.client()
        clients[username] = client if username == "anonymous" else sign_in(client, username)
    return clients


@pytest.fixture(scope="module")
def live_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The app served by uvicorn on a free local port, over a seeded SQLite file (per module)."""
    from tests.web.browsing import serve_seeded

    with serve_seeded(tmp_path_factory.mktemp("browser")) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One headless Chromium per module (Debian's package, never a download)."""
    from tests.web.browsing import headless_chromium

    with headless_chromium() as launched:
        yield launched
