"""Several uvicorn worker processes, each listening on a socket of its own (SO_REUSEPORT).

uvicorn's own `--workers` binds one socket in the parent and lets every worker accept from it:
whichever worker's event loop wakes first accepts every connection waiting, so clients that
connect together (a load balancer's or a broker's keep-alive connections) mostly end up on one
worker, which then does most of the work while the others idle. With a socket per worker on
the same port, the kernel shares new connections out between them instead.
"""

from __future__ import annotations

import multiprocessing
import signal
import socket
import time
from multiprocessing.process import BaseProcess
from types import FrameType

# How often the parent checks that its workers are alive, in seconds.
WATCH_EVERY = 0.5
# A worker that stops sooner than this after it started is failing, not crashing: the
# command stops rather than start it again and again.
STARTING = 10.0


def can_share_port() -> bool:
    """True where each worker can listen on a socket of its own (Linux, the BSDs)."""
    return hasattr(socket, "SO_REUSEPORT")


def reusable_socket(host: str, port: int) -> socket.socket:
    """A listening socket on host:port that other processes may listen on too."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    try:
        sock.bind((host, port))
        sock.listen(2048)
    except OSError:
        sock.close()
        raise
    return sock


def ensure_free(host: str, port: int) -> None:
    """Raise OSError if anything listens on host:port, another `kordon serve` included.

    The probe leaves SO_REUSEPORT off on purpose: a socket with it set could join a port that
    another server of the same user holds with it set, and two servers would then share the
    traffic without a word.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        probe.bind((host, port))


def _worker(app: str, host: str, port: int, access_log: bool) -> None:
    import uvicorn

    sock = reusable_socket(host, port)
    config = uvicorn.Config(app, factory=True, log_level="info", access_log=access_log)
    uvicorn.Server(config).run(sockets=[sock])


def run_workers(app: str, host: str, port: int, workers: int, *, access_log: bool) -> None:
    """Run `workers` processes serving the app factory `app` on host:port until SIGINT or
    SIGTERM, starting a worker again if one dies after it was up; raise OSError if the port
    is taken, RuntimeError if a worker stops as soon as it starts."""
    # Fail here, before any worker starts, if the address is taken or cannot be listened on.
    ensure_free(host, port)
    reusable_socket(host, port).close()
    context = multiprocessing.get_context("spawn")
    stopping = False

    def stop(signum: int, frame: FrameType | None) -> None:
        nonlocal stopping
        stopping = True

    def start() -> tuple[BaseProcess, float]:
        process = context.Process(target=_worker, args=(app, host, port, access_log))
        process.start()
        return process, time.monotonic()

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    running = [start() for _ in range(workers)]
    try:
        while not stopping:
            time.sleep(WATCH_EVERY)
            for n, (process, started) in enumerate(running):
                if process.is_alive() or stopping:
                    continue
                if time.monotonic() - started < STARTING:
                    raise RuntimeError(
                        f"a worker process stopped as it started (exit status {process.exitcode})"
                    )
                running[n] = start()
    finally:
        _stop_all([process for process, _ in running])
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _stop_all(processes: list[BaseProcess]) -> None:
    # A signal to the whole process group has reached the workers already: give them a
    # moment to finish on their own (a second SIGTERM would cut their shutdown short).
    waited = time.monotonic() + 2
    for process in processes:
        process.join(max(waited - time.monotonic(), 0))
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(30)
        if process.is_alive():
            process.kill()
            process.join()
