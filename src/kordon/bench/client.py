"""A lean HTTP/1.1 load client: keep-alive connections over raw asyncio streams.

A general-purpose client (httpx) spends several times the processor time per request that a
lodgement costs the server; on a small machine it would take the cores the server is being
measured on. This one sends prepared bytes and reads back only the status and the body, and
runs in a process of its own (on uvloop when installed), so that its cost is small and its
own, and the server's processes are what the figures measure.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from typing import Any
from urllib.parse import urlsplit

import orjson

# One request: method, path, and a body to send as JSON (or None).
Request = tuple[str, str, Any]


@dataclass(frozen=True)
class Outcome:
    """What one client process saw: each request's milliseconds, the wall time of all of
    them, failures counted and the first few described, and its own processor time."""

    millis: tuple[float, ...]
    seconds: float
    errors: int
    failures: tuple[str, ...]
    client_cpu_seconds: float


class HttpError(Exception):
    """The server's answer could not be read as HTTP/1.1."""


def run(base: str, requests: Sequence[Request], *, clients: int, token: str) -> Outcome:
    """Send the requests from `clients` concurrent keep-alive connections, in a process of
    its own; each connection sends its next request as soon as the last one is answered."""
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
        return pool.submit(_run_here, base, list(requests), clients, token).result()


def _run_here(base: str, requests: list[Request], clients: int, token: str) -> Outcome:
    try:
        import uvloop

        runner: Any = uvloop.run
    except ImportError:  # pragma: no cover - uvloop is in the lock; this keeps the client usable
        runner = asyncio.run
    started = time.process_time()
    outcome: Outcome = runner(_phase(base, requests, clients, token))
    return Outcome(
        outcome.millis,
        outcome.seconds,
        outcome.errors,
        outcome.failures,
        time.process_time() - started,
    )


def encode(host: str, token: str, method: str, path: str, body: Any) -> bytes:
    """The bytes of one request."""
    payload = b"" if body is None else orjson.dumps(body)
    head = [
        f"{method} {path} HTTP/1.1",
        f"Host: {host}",
        f"Authorization: Bearer {token}",
        "Accept: application/json",
    ]
    if body is not None:
        head += ["Content-Type: application/json", f"Content-Length: {len(payload)}"]
    return ("\r\n".join(head) + "\r\n\r\n").encode("ascii") + payload


async def read_response(reader: asyncio.StreamReader) -> tuple[int, bytes, bool]:
    """Status, body and whether the server keeps the connection open, of one response."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    parts = lines[0].split(" ", 2)
    if len(parts) < 2 or not parts[0].startswith("HTTP/1."):
        raise HttpError(f"not an HTTP/1.1 status line: {lines[0][:80]!r}")
    status = int(parts[1])
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name:
            headers[name.strip().lower()] = value.strip()
    if headers.get("transfer-encoding", "").lower() == "chunked":
        body = await _chunked(reader)
    else:
        body = await reader.readexactly(int(headers.get("content-length", "0")))
    return status, body, headers.get("connection", "").lower() != "close"


async def _chunked(reader: asyncio.StreamReader) -> bytes:
    parts: list[bytes] = []
    while True:
        size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
        if size == 0:
            await reader.readuntil(b"\r\n")
            return b"".join(parts)
        parts.append(await reader.readexactly(size))
        await reader.readexactly(2)


async def _phase(base: str, requests: list[Request], clients: int, token: str) -> Outcome:
    address = urlsplit(base)
    host, port = address.hostname or "127.0.0.1", address.port or 80
    # Encoded before the clock starts: the client's JSON work is not the server's latency.
    pending = [
        (f"{method} {path}", encode(f"{host}:{port}", token, method, path, body))
        for method, path, body in reversed(requests)
    ]
    millis: list[float] = []
    failures: list[str] = []
    errors = 0

    async def client() -> None:
        nonlocal errors
        streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None
        while pending:
            name, message = pending.pop()
            started = time.perf_counter()
            try:
                if streams is None:
                    streams = await asyncio.open_connection(host, port)
                reader, writer = streams
                writer.write(message)
                status, body, keep = await read_response(reader)
                failed, failure = status >= 400, f"{status} {body[:200].decode(errors='replace')}"
                if not keep:
                    writer.close()
                    streams = None
            except (OSError, asyncio.IncompleteReadError, HttpError, ValueError) as exc:
                failed, failure = True, f"{type(exc).__name__}: {exc}"
                if streams is not None:
                    streams[1].close()
                streams = None
            millis.append(1000 * (time.perf_counter() - started))
            errors += failed
            if failed and len(failures) < 5:
                failures.append(f"{name}: {failure}")
        if streams is not None:
            streams[1].close()

    started = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    seconds = time.perf_counter() - started
    return Outcome(tuple(millis), seconds, errors, tuple(failures), 0.0)
