"""Reading a large file in a second process, so that reading it and writing it overlap.

Parsing, checking and preparing a row costs about as much as writing it, so on two cores an
import runs about one and a half times as fast when a forked process reads the file while this
one writes (`kordon bench intake` shows both ways).
Batches come back over a pipe in file order, so an import killed part-way leaves the same whole
batches behind as one read in this process. The reading process ends by itself when the writing
one goes away: its next send finds the pipe broken.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import traceback
from collections.abc import Generator
from contextlib import suppress
from multiprocessing.connection import Connection
from pathlib import Path

from kordon.intake.errors import IntakeError, RowError
from kordon.intake.prepared import PreparedRow, prepared_batches
from kordon.intake.reader import read_file

# Files smaller than this are read in this process: starting another one would not pay off.
BACKGROUND_FROM_BYTES = 256 << 10


def worth_a_reader(path: Path) -> bool:
    """True when path is large enough, and the machine has a spare core, to read it apart."""
    try:
        size = path.stat().st_size
    except OSError:
        return False
    forks = "fork" in multiprocessing.get_all_start_methods()
    return forks and size >= BACKGROUND_FROM_BYTES and _usable_cores() > 1


def _usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def read_prepared(
    path: Path, size: int, *, background: bool
) -> Generator[list[PreparedRow], None, None]:
    """The file's rows in prepared batches of size, read here or in a forked process.

    Raises IntakeError when the file cannot be read (further), or when the reading process ends
    without finishing. Close the iterator when stopping early: that stops the reader too.
    """
    if not background:
        yield from prepared_batches(read_file(path), size)
        return
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    reader = context.Process(
        target=_read, args=(path, size, receiver, sender), name="kordon-reader", daemon=True
    )
    reader.start()
    sender.close()
    try:
        while True:
            try:
                kind, payload = receiver.recv()
            except EOFError:
                reader.join(5)
                raise IntakeError(
                    RowError(
                        str(path),
                        None,
                        None,
                        "the process reading the file stopped before the end "
                        f"(exit status {reader.exitcode})",
                    )
                ) from None
            if kind == "rows":
                yield payload
            elif kind == "refused":
                raise IntakeError(payload)
            elif kind == "failed":
                raise IntakeError(
                    RowError(
                        str(path),
                        None,
                        None,
                        f"reading the file stopped at an unexpected error ({payload})",
                    )
                )
            else:
                return
    finally:
        receiver.close()
        if reader.is_alive():
            reader.terminate()
        reader.join()


def _read(path: Path, size: int, receiver: Connection, sender: Connection) -> None:
    # Only the writing process may hold the pipe's reading end, or a send would not fail when
    # that process dies. Ctrl-C reaches both processes: the writing one handles it.
    receiver.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        _send_batches(path, size, sender)
    finally:
        # Leave without the usual clean-up: it would flush stdout, whose lock a progress-bar
        # thread of the writing process may have held at the moment of the fork.
        os._exit(0)


def _send_batches(path: Path, size: int, sender: Connection) -> None:
    try:
        for batch in prepared_batches(read_file(path), size):
            sender.send(("rows", batch))
        message: tuple[str, object] = ("done", None)
    except _PIPE_GONE:
        return  # the writing process is gone: nobody is left to read what this one prepares
    except IntakeError as exc:
        message = ("refused", exc.error)
    except Exception as exc:  # sent on, to be reported by the writing process
        message = ("failed", "".join(traceback.format_exception_only(exc)).strip())
    with suppress(*_PIPE_GONE):
        sender.send(message)


_PIPE_GONE = (BrokenPipeError, ConnectionResetError)
