"""Assessment with a large watchlist: in batch through the engine, and one declaration at a time
through `POST /api/declarations` on a real server, against `GET /healthz` as the HTTP floor."""

from __future__ import annotations

import socket
import statistics
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import httpx
import uvicorn

from kordon.app import create_app
from kordon.bench.assess import synthetic_declarations
from kordon.domain import Declaration
from kordon.domain.accounts import Role
from kordon.domain.profile import RiskProfile
from kordon.intake.layout import to_document
from kordon.risk.engine import Engine
from kordon.risk.profiles import ProfileSet
from kordon.risk.screening import ScreeningIndex
from kordon.risk.screening.generate import generate_watchlist
from kordon.risk.screening.provider import WatchlistProvider
from kordon.services.accounts import create_user, issue_token
from kordon.settings import Settings
from kordon.storage.store import open_store


@dataclass(frozen=True)
class Latencies:
    """Per-request wall times in milliseconds."""

    name: str
    millis: tuple[float, ...]

    @property
    def p50(self) -> float:
        """Median."""
        return statistics.median(self.millis)

    @property
    def p99(self) -> float:
        """99th percentile."""
        ordered = sorted(self.millis)
        return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]

    @property
    def per_second(self) -> float:
        """Requests per second, one after the other."""
        return 1000 * len(self.millis) / sum(self.millis)


@dataclass(frozen=True)
class ServingResult:
    """Batch throughput with the watchlist, and HTTP latencies."""

    watchlist_entries: int
    index_seconds: float
    batch_declarations: int
    batch_seconds: float
    health: Latencies
    lodge: Latencies

    @property
    def batch_rate(self) -> float:
        """Declarations per second through the engine in batch."""
        return self.batch_declarations / self.batch_seconds


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _timed_requests(
    client: httpx.Client, name: str, requests: Sequence[tuple[str, str, object | None]]
) -> Latencies:
    millis: list[float] = []
    for method, path, body in requests:
        started = time.perf_counter()
        response = client.request(method, path, json=body)
        millis.append(1000 * (time.perf_counter() - started))
        if response.status_code >= 400:
            raise RuntimeError(f"{method} {path} answered {response.status_code}: {response.text}")
    return Latencies(name, tuple(millis))


def run_serving_bench(
    profiles: Sequence[RiskProfile],
    *,
    watchlist_size: int,
    batch: Sequence[Declaration],
    requests: int,
) -> ServingResult:
    """Measure batch assessment with the watchlist, then HTTP lodging on a live server."""
    entries = list(generate_watchlist(watchlist_size))
    started = time.perf_counter()
    index = ScreeningIndex.build(entries)
    index_seconds = time.perf_counter() - started
    engine = Engine([ProfileSet(profiles), WatchlistProvider(index, "bench")])
    started = time.perf_counter()
    engine.assess_many(batch, datetime(2026, 3, 9))
    batch_seconds = time.perf_counter() - started

    with tempfile.TemporaryDirectory(prefix="kordon-serve-") as folder:
        settings = Settings(
            database_url=f"sqlite:///{Path(folder) / 'kordon.db'}",
            data_dir=Path(folder),
            secret_key="bench-secret-key-that-is-long-enough-0123456789",
            random_control_share=0.02,
        )
        store = open_store(settings.database_url)
        with store.transaction() as uow:
            for profile in profiles:
                uow.profiles.save(profile)
            uow.watchlist.save_many(entries)
        create_user(store, username="bench", role=Role.ADMINISTRATOR, password="bench-password-1")
        token = issue_token(store, "bench")
        store.close()
        port = _free_port()
        server = uvicorn.Server(
            uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning")
        )
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        try:
            deadline = time.monotonic() + 60
            while not server.started and time.monotonic() < deadline:
                time.sleep(0.05)
            documents = [to_document(d) for d in synthetic_declarations(requests + 1, seed=99)]
            headers = {"Authorization": f"Bearer {token}"}
            with httpx.Client(
                base_url=f"http://127.0.0.1:{port}", headers=headers, timeout=120
            ) as client:
                # The first lodging builds the engine (profiles, the watchlist index): not timed.
                _timed_requests(client, "warm-up", [("POST", "/api/declarations", documents[0])])
                health = _timed_requests(
                    client, "GET /healthz", [("GET", "/healthz", None)] * requests
                )
                lodge = _timed_requests(
                    client,
                    "POST /api/declarations",
                    [("POST", "/api/declarations", doc) for doc in documents[1:]],
                )
        finally:
            server.should_exit = True
            thread.join(timeout=30)
    return ServingResult(
        watchlist_entries=len(entries),
        index_seconds=index_seconds,
        batch_declarations=len(batch),
        batch_seconds=batch_seconds,
        health=health,
        lodge=lodge,
    )
