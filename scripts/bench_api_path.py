"""Processor time of the API's request path in one process, robust to a loaded machine.

The application is called as an ASGI app (no socket, no uvicorn) over a SQLite database;
lodging itself is replaced by a stand-in that returns a stored answer at once, so what is
timed is the path every request takes: the guard and its token check (real, in the thread
pool), FastAPI's middleware and routing, reading the body, the route, the answer. Prints the
processor time (user+sys, every thread of the process) per request:

    .venv/bin/python scripts/bench_api_path.py [--requests 3000]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
import time
from concurrent.futures import Future
from datetime import datetime
from pathlib import Path
from typing import Any

from fastapi import FastAPI

from kordon.app import create_app
from kordon.bench.load import documents, prepare
from kordon.services.accounts import token_user
from kordon.services.lodging import Lodged
from kordon.settings import Settings

Headers = list[tuple[bytes, bytes]]


class Answered:
    """A lodger that answers at once with what a real lodging answered before."""

    def __init__(self, real: Any, single: Lodged, batch: Lodged) -> None:
        self.real, self.single, self.batch = real, single, batch

    def submit(self, *, user: Any, documents: list[Any]) -> Future[Lodged] | None:
        if len(documents) != 1:
            return None
        answer: Future[Lodged] = Future()
        answer.set_result(self.single)
        return answer

    def lodge(self, *, user: Any, documents: list[Any]) -> Lodged:
        return self.batch

    def close(self) -> None:
        self.real.close()


async def call(app: FastAPI, method: str, path: str, body: bytes, headers: Headers) -> int:
    """One request straight into the ASGI app; its status."""
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
             "method": method, "scheme": "http", "path": path, "raw_path": path.encode(),
             "query_string": b"", "root_path": "", "headers": headers,
             "client": ("127.0.0.1", 5000), "server": ("127.0.0.1", 8000), "state": {}}  # fmt: skip
    delivered = False
    statuses: list[int] = []

    async def receive() -> dict[str, Any]:
        nonlocal delivered
        if not delivered:
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}
        await asyncio.Event().wait()  # the client never goes away
        raise AssertionError

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            statuses.append(message["status"])

    await app(scope, receive, send)
    return statuses[0]


async def measure(requests: int) -> None:
    scratch = Path(tempfile.mkdtemp(prefix="kordon-api-path-"))
    url = f"sqlite:///{scratch / 'kordon.db'}"
    token = prepare(url, capacity=40)
    app = create_app(Settings(database_url=url, secret_key="k" * 40, data_dir=scratch))
    async with app.router.lifespan_context(app):
        state = app.state
        user = token_user(state.store, token, demo=False)
        assert user is not None
        day = datetime(2026, 3, 1)
        one, *batch = documents(501, seed=7, day=day)
        real = state.lodger
        state.lodger = Answered(
            real, real.lodge(user=user, documents=[one]), real.lodge(user=user, documents=batch)
        )
        json_body: Headers = [(b"host", b"localhost"), (b"content-type", b"application/json"),
                              (b"authorization", f"Bearer {token}".encode())]  # fmt: skip
        single = json.dumps(documents(1, seed=8, day=day)[0]).encode()
        many = json.dumps(batch).encode()
        cases = [
            ("GET /healthz", "GET", "/healthz", b"", [(b"host", b"localhost")], requests),
            ("POST one declaration", "POST", "/api/declarations", single,
             [*json_body, (b"content-length", str(len(single)).encode())], requests),
            ("POST a batch of 500", "POST", "/api/declarations", many,
             [*json_body, (b"content-length", str(len(many)).encode())], max(requests // 30, 10)),
        ]  # fmt: skip
        for label, method, path, body, headers, count in cases:
            for _ in range(min(count, 50)):  # warm up: first requests build FastAPI's routes
                assert await call(app, method, path, body, headers) in (200, 201), label
            started = time.process_time()
            for _ in range(count):
                await call(app, method, path, body, headers)
            spent = time.process_time() - started
            print(f"{label:22s} {count:6,d} requests  {1000 * spent / count:7.3f} ms cpu/request")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=3000)
    asyncio.run(measure(parser.parse_args().requests))


if __name__ == "__main__":
    main()
