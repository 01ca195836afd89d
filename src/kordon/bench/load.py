"""A bounded load test against a live `kordon serve`: many clients lodging at once.

The server runs as its own process (`kordon serve --workers N`, as in production) on a free
port of 127.0.0.1; the clients are asyncio tasks in another process (see bench.client), each
sending its next request as soon as the last one is answered. Every phase sends a fixed
number of requests, so the test ends whatever the machine's speed. `GET /healthz` from the
same clients is the same-run floor.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import httpx
from sqlalchemy import text

from kordon.bench import client
from kordon.bench.assess import synthetic_declarations
from kordon.bench.processes import busy_share, machine_ticks, session_cpu_seconds, tree_cpu_seconds
from kordon.bench.serving import Latencies
from kordon.domain import Checkpoint, CheckpointKind
from kordon.domain.accounts import Role
from kordon.domain.document import to_document
from kordon.risk.profiles import parse_profiles
from kordon.services import audit
from kordon.services.accounts import create_user, issue_token
from kordon.settings import Settings
from kordon.storage.store import SqlStore
from kordon.storage.store import open_store as open_sql_store

CHECKPOINT = "AZ-AST"
SECRET = "bench-secret-key-that-is-long-enough-0123456789"
# Transit declarations are red candidates: about a third of the traffic competes for the
# checkpoint-day's few red slots, so the capacity invariant is tested under contention.
PROFILES = """
- id: BENCH-TRANSIT
  description: Transit consignments (load test)
  owner: bench
  channel: red
  when: {field: direction, eq: transit}
"""


@dataclass(frozen=True)
class Phase(Latencies):
    """One phase's requests: each one's latency, how long they took together, how many failed."""

    items_per_request: int
    seconds: float
    errors: int
    # The first few failures, each as the status and the start of the answer (or the error).
    failures: tuple[str, ...] = ()
    # Processor time of the server's processes and of the load client during the phase.
    server_cpu_seconds: float = 0.0
    client_cpu_seconds: float = 0.0
    # PostgreSQL's processor time, when it runs on this machine (None when it cannot be read).
    database_cpu_seconds: float | None = None
    # The share of all cores' time that was busy during the phase, whatever ran.
    machine_busy: float = 0.0

    @property
    def server_cpu_ms(self) -> float:
        """The server's processor milliseconds per request."""
        return 1000 * self.server_cpu_seconds / max(len(self.millis), 1)

    @property
    def database_cpu_ms(self) -> float | None:
        """PostgreSQL's processor milliseconds per request, when it could be read."""
        if self.database_cpu_seconds is None:
            return None
        return 1000 * self.database_cpu_seconds / max(len(self.millis), 1)

    @property
    def requests_per_second(self) -> float:
        """Requests answered per second of wall time (clients working at once)."""
        return len(self.millis) / self.seconds

    @property
    def items_per_second(self) -> float:
        """Declarations (or probes) per second of wall time."""
        return self.requests_per_second * self.items_per_request


@dataclass(frozen=True)
class CapacityCheck:
    """Red channels of each capacity-bound checkpoint-day against its capacity."""

    capacity: int
    worst_day_red: int
    days: int

    @property
    def held(self) -> bool:
        """True when no checkpoint-day has more red channels than slots."""
        return self.worst_day_red <= self.capacity


def open_store(url: str) -> SqlStore:
    """The test's database under the audit key the served workers derive from SECRET, so that
    the entries written here and theirs form one chain under one key."""
    return open_sql_store(url, audit_key=Settings(secret_key=SECRET).audit_secret())


def prepare(url: str, capacity: int) -> str:
    """Migrate the database, add the checkpoint, the profile and an account; return a token."""
    store = open_store(url)
    try:
        with store.transaction() as uow:
            uow.checkpoints.upsert_many(
                [Checkpoint(CHECKPOINT, "Astara", "AZ", CheckpointKind.LAND_BORDER, "IR", capacity)]
            )
            for profile in parse_profiles(PROFILES):
                uow.profiles.save(profile)
        create_user(store, username="loadtest", role=Role.ADMINISTRATOR, password="load-test-pass")
        return issue_token(store, "loadtest", name="load test")
    finally:
        store.close()


def documents(count: int, seed: int, day: datetime) -> list[dict[str, Any]]:
    """Declarations at one checkpoint on one day: every lodgement contends for its slots."""
    found = []
    for n, declaration in enumerate(synthetic_declarations(count, seed=seed)):
        document = to_document(declaration)
        document["checkpoint"] = CHECKPOINT
        document["lodged_at"] = (day + timedelta(seconds=n % 86_000)).isoformat()
        found.append(document)
    return found


def free_port() -> int:
    """A port of 127.0.0.1 nothing listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass(frozen=True)
class Served:
    """A running server: where it answers, and its process group (its session)."""

    base: str
    pid: int

    def cpu_seconds(self) -> float:
        """Processor time the server's live processes have used so far (user and system)."""
        return session_cpu_seconds(self.pid)


@contextmanager
def served(url: str, workers: int) -> Iterator[Served]:
    """`kordon serve --workers N` over the database, on a free port; stopped at the end.
    Without an access log: in production the reverse proxy in front keeps it."""
    port = free_port()
    env = {**os.environ, "KORDON_DATABASE_URL": url, "KORDON_SECRET_KEY": SECRET,
           "KORDON_RANDOM_CONTROL_SHARE": "0.02"}  # fmt: skip
    command = [sys.executable, "-m", "kordon", "serve", "--workers", str(workers),
               "--no-access-log"]  # fmt: skip
    server = subprocess.Popen(
        [*command, "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base, server)
        yield Served(base, server.pid)
    finally:
        stop_session(server)


def stop_session(server: subprocess.Popen[bytes]) -> None:
    """Stop a server started in a session of its own, and every process of that session."""
    os.killpg(server.pid, signal.SIGTERM)
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait()


def wait_until_up(base: str, server: subprocess.Popen[bytes]) -> None:
    """Return once the server answers `/healthz`; raise if it stops or takes two minutes."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"the server stopped at start (exit status {server.returncode})")
        try:
            if httpx.get(f"{base}/healthz", timeout=5).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise RuntimeError("the server did not answer /healthz within two minutes")


def run_phase(
    server: Served,
    name: str,
    requests: Sequence[tuple[str, str, Any]],
    *,
    clients: int,
    token: str,
    items_per_request: int = 1,
    postmaster: int | None = None,
) -> Phase:
    """Send the requests from `clients` concurrent clients (in a process of their own); time
    each one, and count the processor time the server's processes spent on them, that of
    the PostgreSQL server whose postmaster is given, and how busy the machine was."""
    database = tree_cpu_seconds(postmaster) if postmaster is not None else None
    ticks = machine_ticks()
    before = server.cpu_seconds()
    outcome = client.run(server.base, requests, clients=clients, token=token)
    after = server.cpu_seconds()
    if postmaster is not None and database is not None:
        database = tree_cpu_seconds(postmaster) - database
    return Phase(
        name,
        outcome.millis,
        items_per_request,
        outcome.seconds,
        outcome.errors,
        outcome.failures,
        server_cpu_seconds=after - before,
        client_cpu_seconds=outcome.client_cpu_seconds,
        database_cpu_seconds=database,
        machine_busy=busy_share(ticks, machine_ticks()),
    )


def check_capacity(url: str, capacity: int) -> CapacityCheck:
    """The most red channels any day of the checkpoint has (the load test has no watchlist,
    so no stop goes red beyond capacity: every red channel counts)."""
    store = open_store(url)
    try:
        with store.transaction() as uow:
            rows = uow.connection.execute(
                text("SELECT lodged_at, channel FROM declarations WHERE checkpoint = :checkpoint"),
                {"checkpoint": CHECKPOINT},
            ).all()
    finally:
        store.close()
    reds: dict[object, int] = {}
    for lodged_at, channel in rows:
        day = lodged_at.date() if isinstance(lodged_at, datetime) else str(lodged_at)[:10]
        reds[day] = reds.get(day, 0) + (channel == "red")
    return CapacityCheck(capacity, max(reds.values(), default=0), len(reds))


def check_trail(url: str) -> audit.Verification:
    """The audit trail walked whole after the run: concurrent appends must leave one
    unbroken chain."""
    store = open_store(url)
    try:
        return audit.verify(store)
    finally:
        store.close()
