"""Bodies before authentication, on a live server: a refused body is never read.

Each test sends the request line, the headers and only the first part of a large body, then
waits for the answer: a server that read the body first would never answer in time.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from tests.web.browsing import serve_seeded

from kordon.services import accounts
from kordon.storage.store import open_store

NINETY_NINE_MB = 99 * 1_048_576
CHUNK = b"x" * 65_536


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int, str]]:
    """(host, port, a supervisor's API token) of a live server."""
    folder = tmp_path_factory.mktemp("bodies")
    with serve_seeded(folder) as url:
        store = open_store(f"sqlite:///{folder / 'kordon.db'}")
        token = accounts.issue_token(store, "supervisor", name="bodies")
        store.close()
        parts = urlsplit(url)
        yield parts.hostname or "127.0.0.1", parts.port or 80, token


def _send(
    server: tuple[str, int, str],
    path: str,
    *,
    headers: dict[str, str],
    chunks: int,
    chunked: bool = False,
    method: str = "POST",
) -> str:
    """Send the head and `chunks` pieces of body, then the status line the server answered."""
    host, port, _ = server
    head = [f"{method} {path} HTTP/1.1", f"Host: {host}:{port}", "Connection: close"]
    head += [f"{name}: {value}" for name, value in headers.items()]
    if chunked:
        head.append("Transfer-Encoding: chunked")
    with socket.create_connection((host, port), timeout=10) as sock:
        sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode())
        try:
            for _ in range(chunks):
                piece = CHUNK
                if chunked:
                    piece = f"{len(CHUNK):x}\r\n".encode() + CHUNK + b"\r\n"
                sock.sendall(piece)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server answered and closed: what we are testing for
        answer = sock.recv(4096).decode("latin-1")
    return answer.split("\r\n", 1)[0]


def test_an_anonymous_99_mb_post_is_refused_unread(server: tuple[str, int, str]) -> None:
    declared = {"Content-Type": "application/json", "Content-Length": str(NINETY_NINE_MB)}
    assert " 401 " in _send(server, "/api/declarations", headers=declared, chunks=2)
    streamed = {"Content-Type": "application/json"}
    assert " 401 " in _send(server, "/api/declarations", headers=streamed, chunks=2, chunked=True)


def test_a_forged_token_is_refused_before_the_body(server: tuple[str, int, str]) -> None:
    headers = {
        "Authorization": "Bearer kdn_not-a-real-token",
        "Content-Type": "application/json",
        "Content-Length": str(NINETY_NINE_MB),
    }
    assert " 401 " in _send(server, "/api/declarations", headers=headers, chunks=2)


def test_an_anonymous_page_post_goes_to_sign_in_unread(server: tuple[str, int, str]) -> None:
    headers = {
        "Content-Type": "multipart/form-data; boundary=x",
        "Content-Length": str(NINETY_NINE_MB),
    }
    status = _send(server, "/declarations/AZ-AST-0001/inspection", headers=headers, chunks=2)
    assert " 303 " in status


def test_too_large_for_its_route_is_413(server: tuple[str, int, str]) -> None:
    token = {"Authorization": f"Bearer {server[2]}", "Content-Type": "application/json"}
    declared = {**token, "Content-Length": str(40 * 1_048_576)}
    assert " 413 " in _send(server, "/api/declarations", headers=declared, chunks=1)
    # Without a length, counted while streaming: a profile takes at most 1 MB.
    status = _send(server, "/api/profiles/P1", headers=token, chunks=40, chunked=True, method="PUT")
    assert " 413 " in status
