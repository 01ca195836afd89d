"""`kordon serve --workers N`: several processes over PostgreSQL, refused over SQLite."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import httpx
import pytest
from tests.builders import make_document
from tests.web.browsing import _free_port
from typer.testing import CliRunner

from kordon.cli import build_app
from kordon.domain.accounts import Role
from kordon.services import accounts
from kordon.storage.store import open_store

SECRET = "s" * 40


def test_several_workers_over_sqlite_are_refused(
    sqlite_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KORDON_DATABASE_URL", sqlite_url)
    monkeypatch.setenv("KORDON_SECRET_KEY", SECRET)
    result = CliRunner().invoke(build_app(), ["serve", "--workers", "2", "--port", "1"])
    assert result.exit_code == 1
    assert "need PostgreSQL" in result.output


@pytest.mark.postgres
def test_two_workers_serve_and_lodge(database_url: str) -> None:
    if not database_url.startswith("postgresql"):
        pytest.skip("several workers run over PostgreSQL only")
    store = open_store(database_url)
    accounts.create_user(
        store, username="broker", role=Role.SUPERVISOR, password="a long enough password"
    )
    token = accounts.issue_token(store, "broker")
    store.close()
    port = _free_port()
    env = {**os.environ, "KORDON_DATABASE_URL": database_url, "KORDON_SECRET_KEY": SECRET}
    server = subprocess.Popen(
        [sys.executable, "-m", "kordon", "serve", "--workers", "2", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
            for _ in range(300):
                try:
                    if client.get("/healthz").status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.1)
            headers = {"Authorization": f"Bearer {token}"}
            documents = [make_document(id=f"W-{n}") for n in range(20)]
            answers = [client.post("/api/declarations", json=d, headers=headers) for d in documents]
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        _, log = server.communicate(timeout=30)
    assert [a.status_code for a in answers] == [201] * 20, answers[0].text
    assert log.count("Started server process") == 2, log
