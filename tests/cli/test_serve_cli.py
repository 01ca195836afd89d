"""`kordon serve --workers N`: several processes over PostgreSQL, refused over SQLite."""

from __future__ import annotations

import asyncio
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
        held = [asyncio.run(_connections_per_worker(server.pid, port, 16)) for _ in range(4)]
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        _, log = server.communicate(timeout=30)
    assert [a.status_code for a in answers] == [201] * 20, answers[0].text
    assert log.count("Started server process") == 2, log
    # Connections opened together are shared out, not all accepted by one worker (each
    # worker listens on a socket of its own).
    assert all(len(each) == 2 and min(each) >= 1 for each in held), held


async def _connections_per_worker(parent: int, port: int, count: int) -> list[int]:
    """Open `count` keep-alive connections at once, each answered once; how many each worker
    process holds (from /proc: its sockets' inodes among the port's established ones)."""
    await asyncio.sleep(1)  # both workers idle, as when clients connect after a lull
    streams = await asyncio.gather(
        *(asyncio.open_connection("127.0.0.1", port) for _ in range(count))
    )
    for _, writer in streams:
        writer.write(b"GET /healthz HTTP/1.1\r\nHost: test\r\n\r\n")
    for reader, _ in streams:
        await reader.readuntil(b"\r\n\r\n")
    established = set()
    with open("/proc/net/tcp") as table:
        for line in table.readlines()[1:]:
            fields = line.split()
            if int(fields[1].split(":")[1], 16) == port and fields[3] == "01":
                established.add(fields[9])
    held = []
    for pid in _children(parent):
        inodes = set()
        for fd in os.listdir(f"/proc/{pid}/fd"):
            try:
                target = os.readlink(f"/proc/{pid}/fd/{fd}")
            except FileNotFoundError:
                continue  # closed since the listing
            if target.startswith("socket:["):
                inodes.add(target[8:-1])
        held.append(len(inodes & established))
    for _, writer in streams:
        writer.close()
    return held


def _children(parent: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    fields = stat.read().rsplit(")", 1)[1].split()
                # The workers are the server's spawned children (not its resource tracker).
                if int(fields[1]) == parent and _spawned(int(entry)):
                    found.append(int(entry))
            except (FileNotFoundError, ProcessLookupError):
                continue  # a process of the busy machine ended between the listing and the read
    return found


def _spawned(pid: int) -> bool:
    with open(f"/proc/{pid}/cmdline", "rb") as command:
        return b"spawn_main" in command.read()
