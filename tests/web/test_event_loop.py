"""A held database write lock delays only the requests that must write, never the others."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from tests.web.browsing import serve_seeded
from tests.web.conftest import sign_in

from kordon.services import accounts
from kordon.storage.store import open_store

# Long enough that a request waiting for it is unmistakable; shorter than the app's busy
# timeout (10 s), so the waiting request still succeeds once the lock is gone.
LOCK_SECONDS = 6.0


@pytest.fixture
def live(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A live server over a seeded SQLite file, and that file."""
    with serve_seeded(tmp_path) as url:
        yield url, tmp_path / "kordon.db"


@contextmanager
def write_lock(database: Path) -> Iterator[None]:
    """Hold SQLite's single writer lock, as a long import transaction does."""
    holder = sqlite3.connect(database, isolation_level=None, timeout=10)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("UPDATE users SET display_name = display_name")
    try:
        yield
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def _timed(client: httpx.Client, path: str, **kwargs: object) -> tuple[int, float]:
    start = time.monotonic()
    status = client.get(path, **kwargs).status_code  # type: ignore[arg-type]
    return status, time.monotonic() - start


def test_healthz_answers_while_a_page_waits_for_the_writer_lock(live: tuple[str, Path]) -> None:
    url, database = live
    officer = sign_in(httpx.Client(base_url=url, timeout=30), "officer")  # type: ignore[arg-type]
    # Make the officer's session due for its once-a-minute extension: that page load writes.
    store = open_store(f"sqlite:///{database}")
    with store.transaction() as uow:
        uow.connection.exec_driver_sql(
            "UPDATE sessions SET expires_at = datetime(expires_at, '-2 minutes')"
        )
    store.close()
    waiting: list[tuple[int, float]] = []
    with write_lock(database):
        page = threading.Thread(target=lambda: waiting.append(_timed(officer, "/queue")))
        page.start()
        time.sleep(0.3)  # the page request is now waiting for the lock in a worker thread
        with httpx.Client(base_url=url, timeout=30) as probe:
            status, seconds = _timed(probe, "/healthz")
        assert status == 200
        # The event loop is free: the probe answers long before the lock is released.
        assert seconds < LOCK_SECONDS / 2, f"/healthz took {seconds:.2f} s under a write lock"
        time.sleep(LOCK_SECONDS)
    page.join(timeout=20)
    assert waiting and waiting[0][0] == 200, waiting


def test_api_reads_do_not_write_on_every_request(live: tuple[str, Path]) -> None:
    url, database = live
    store = open_store(f"sqlite:///{database}")
    token = accounts.issue_token(store, "analyst", name="load test")
    store.close()
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=url, timeout=30) as client:
        assert client.get("/api/declarations", headers=headers).status_code == 200
        with write_lock(database):
            status, seconds = _timed(client, "/api/declarations", headers=headers)
        assert status == 200
        # The first use recorded "last used"; a read within the minute does not write again.
        assert seconds < LOCK_SECONDS / 2, f"a read took {seconds:.2f} s under a write lock"
    store = open_store(f"sqlite:///{database}")
    with store.transaction() as uow:
        analyst = uow.users.by_name("analyst")
        assert analyst is not None and analyst.user.id is not None
        used = [t.last_used_at for t in uow.api_tokens.for_user(analyst.user.id)]
    store.close()
    assert any(at is not None for at in used), "the token's use was not recorded"
