"""A port held by another server is refused before any worker starts, SO_REUSEPORT or not."""

from __future__ import annotations

import socket

import pytest

from kordon.cli.workers import can_share_port, ensure_free, reusable_socket


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def test_a_free_port_passes() -> None:
    ensure_free("127.0.0.1", _free_port())


def test_a_port_another_server_listens_on_is_refused() -> None:
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        with pytest.raises(OSError):
            ensure_free("127.0.0.1", other.getsockname()[1])


@pytest.mark.skipif(not can_share_port(), reason="SO_REUSEPORT is not available here")
def test_a_port_another_kordon_serve_shares_is_refused() -> None:
    # Another `kordon serve --workers` of the same user: its sockets allow reuse, and a
    # worker's socket would join them; the probe must not.
    port = _free_port()
    held = reusable_socket("127.0.0.1", port)
    try:
        reusable_socket("127.0.0.1", port).close()  # what the probe guards against
        with pytest.raises(OSError):
            ensure_free("127.0.0.1", port)
    finally:
        held.close()
