"""Headless Chromium against the app served by uvicorn: the helpers the browser tests share."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from tests.web.seed import PASSWORD, seed

from kordon.app import create_app
from kordon.services import accounts
from kordon.settings import Settings
from kordon.storage.store import SqlStore, open_store

SHOTS = Path(__file__).resolve().parents[2] / "test-output" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serve_seeded(
    folder: Path, prepare: Callable[[SqlStore, Settings], object] | None = None
) -> Iterator[str]:
    """The app served by uvicorn on a free local port, over a SQLite file the seed (or
    `prepare`) filled."""
    import uvicorn

    url = f"sqlite:///{folder / 'kordon.db'}"
    with pytest.MonkeyPatch.context() as patch:
        cheap = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
        patch.setattr(accounts, "hasher", lambda: cheap)
        settings = Settings(database_url=url, secret_key="b" * 40, data_dir=folder / "var")
        store = open_store(url)
        if prepare is None:
            seed(store)
        else:
            prepare(store, settings)
        store.close()
        port = _free_port()
        server = uvicorn.Server(
            uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning")
        )
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        for _ in range(200):
            if server.started:
                break
            time.sleep(0.05)
        try:
            yield f"http://127.0.0.1:{port}"
        finally:
            server.should_exit = True
            thread.join(timeout=10)


@contextmanager
def headless_chromium() -> Iterator[Any]:
    """Debian's Chromium, headless (never a download); skips when it is not installed."""
    if not Path(CHROMIUM).exists():
        pytest.skip("Chromium is not installed (scripts/system-deps.sh installs it)")
    from playwright.sync_api import sync_playwright

    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            yield launched
        finally:
            launched.close()


def expect(locator: Any) -> Any:
    """Playwright's retrying assertions (they do not evaluate strings, so CSP allows them)."""
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect(locator)


def new_page(browser: Any, **context: Any) -> Any:
    """A page in a fresh browser context (its own cookies), printing console errors."""
    page = browser.new_context(viewport={"width": 1280, "height": 860}, **context).new_page()
    page.on("console", lambda message: print("console:", message.text))
    page.on("pageerror", lambda error: print("page error:", error))
    # Forms that cannot be undone ask first; the tests answer yes.
    page.on("dialog", lambda dialog: dialog.accept())
    return page


def sign_in_page(page: Any, live_url: str, username: str, password: str = PASSWORD) -> None:
    """Fill and send the sign-in form (the caller checks where it lands)."""
    page.goto(f"{live_url}/sign-in")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button:has-text('Sign in')")


def signed_in(
    browser: Any, live_url: str, username: str, password: str = PASSWORD, **context: Any
) -> Any:
    """A page signed in as a user, on the queue."""
    page = new_page(browser, **context)
    page.goto(f"{live_url}/queue")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button:has-text('Sign in')")
    page.wait_for_url(f"{live_url}/queue")
    return page


def shot(page: Any, name: str) -> None:
    """A full-page screenshot under test-output/screenshots."""
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


@contextmanager
def serve_with_cases(folder: Path) -> Iterator[str]:
    """The seeded app with the analytics cases (seizures, routes, links) stored as well."""
    from tests.analytics.cases import store_cases, store_declarations

    with serve_seeded(folder) as url:
        store = open_store(f"sqlite:///{folder / 'kordon.db'}")
        try:
            store_declarations(store, checkpoints=False)
            store_cases(store)
        finally:
            store.close()
        yield url
