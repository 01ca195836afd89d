"""The load client's reading of HTTP/1.1 answers: lengths, chunks, closes and garbage."""

from __future__ import annotations

import asyncio
import subprocess
import sys

import pytest

from kordon.bench.client import HttpError, encode, read_response
from kordon.bench.processes import session_cpu_seconds


def _read(raw: bytes) -> tuple[int, bytes, bool]:
    async def run() -> tuple[int, bytes, bool]:
        reader = asyncio.StreamReader()
        reader.feed_data(raw)
        reader.feed_eof()
        return await read_response(reader)

    return asyncio.run(run())


def test_a_sized_answer_and_the_next_one_on_the_same_connection() -> None:
    raw = (b"HTTP/1.1 201 Created\r\ncontent-length: 7\r\n\r\n{\"a\":1}"
           b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}")  # fmt: skip

    async def run() -> list[tuple[int, bytes, bool]]:
        reader = asyncio.StreamReader()
        reader.feed_data(raw)
        reader.feed_eof()
        return [await read_response(reader), await read_response(reader)]

    assert asyncio.run(run()) == [(201, b'{"a":1}', True), (200, b"{}", True)]


def test_a_chunked_answer_and_a_closing_one() -> None:
    chunked = (b"HTTP/1.1 422 Unprocessable\r\nTransfer-Encoding: chunked\r\n"
               b"Connection: close\r\n\r\n3\r\nabc\r\n2;x=y\r\nde\r\n0\r\n\r\n")  # fmt: skip
    assert _read(chunked) == (422, b"abcde", False)


def test_garbage_is_an_error_not_a_status() -> None:
    with pytest.raises(HttpError):
        _read(b"SSH-2.0-OpenSSH\r\n\r\n")


def test_a_request_carries_its_token_and_json_body() -> None:
    sent = encode("127.0.0.1:8000", "kt_abc", "POST", "/api/declarations", [{"id": "é"}])
    head, _, body = sent.partition(b"\r\n\r\n")
    assert head.startswith(b"POST /api/declarations HTTP/1.1\r\n")
    assert b"Authorization: Bearer kt_abc" in head
    assert body == '[{"id":"é"}]'.encode() and f"Content-Length: {len(body)}".encode() in head


def test_the_servers_processor_time_is_read_from_its_session() -> None:
    # A child in a session of its own spins for a moment: its time is counted there.
    child = subprocess.Popen(
        [sys.executable, "-c", "import time\nend = time.process_time() + 0.3\n"
         "while time.process_time() < end: pass\nprint('spun', flush=True)\ntime.sleep(30)"],
        start_new_session=True,
        stdout=subprocess.PIPE,
    )  # fmt: skip
    try:
        assert child.stdout is not None and child.stdout.readline() == b"spun\n"
        spent = session_cpu_seconds(child.pid)
    finally:
        child.kill()
        child.wait()
    assert 0.25 <= spent < 5
