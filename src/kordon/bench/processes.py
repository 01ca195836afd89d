"""Processor time from /proc (Linux): a session's processes, a PostgreSQL server's, the machine's.

A load test on one machine shares its cores between the application's workers, PostgreSQL and
the clients. What the server costs a request says little about the ceiling unless the
database's share and how busy the whole machine was are read beside it.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import create_engine, text


def _stat(pid: int | str) -> list[bytes] | None:
    """The fields of /proc/PID/stat after the command's name, or None if it has ended."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            return stat.read().rsplit(b")", 1)[1].split()
    except OSError:
        return None


# Field positions after the command's name: state, ppid, pgrp, session, ..., utime (12th),
# stime, cutime (the children it has reaped), cstime.
_PPID, _SESSION, _UTIME, _STIME, _CUTIME, _CSTIME = 1, 3, 11, 12, 13, 14


def _live_ticks(field: int, value: int) -> int:
    """Processor ticks of the live processes whose stat `field` is `value` (a session, or a
    parent)."""
    total = 0
    for entry in os.listdir("/proc"):
        fields = _stat(entry) if entry.isdigit() else None
        if fields is not None and int(fields[field]) == value:
            total += int(fields[_UTIME]) + int(fields[_STIME])
    return total


def session_cpu_seconds(session: int) -> float:
    """Processor time of every live process of a session."""
    return _live_ticks(_SESSION, session) / os.sysconf("SC_CLK_TCK")


def tree_cpu_seconds(root: int) -> float:
    """Processor time of a process, the children it has reaped and its live children: for a
    PostgreSQL postmaster, the whole server (every backend is its child, and a backend that
    ends is counted in the postmaster's reaped time)."""
    total = 0
    for _ in range(10):
        own = _stat(root)
        live = _live_ticks(_PPID, root)
        again = _stat(root)
        if own is None or again is None:
            return 0.0
        total = sum(int(own[i]) for i in (_UTIME, _STIME, _CUTIME, _CSTIME)) + live
        # A child reaped while its brothers were read was counted nowhere or twice: the
        # reaped time moved meanwhile, so read again.
        if all(own[i] == again[i] for i in (_CUTIME, _CSTIME)):
            break
    return total / os.sysconf("SC_CLK_TCK")


def machine_ticks() -> tuple[int, int]:
    """Busy and total clock ticks of all cores so far (idle and waiting for I/O are not busy)."""
    with open("/proc/stat") as stat:
        values = [int(v) for v in stat.readline().split()[1:]]
    idle = values[3] + (values[4] if len(values) > 4 else 0)
    # Guest time is counted in user time already.
    total = sum(values[:8])
    return total - idle, total


def busy_share(before: tuple[int, int], after: tuple[int, int]) -> float:
    """The share of all cores' time that was busy between two `machine_ticks` readings."""
    busy, total = after[0] - before[0], after[1] - before[1]
    return busy / total if total > 0 else 0.0


def local_postmaster(url: str) -> int | None:
    """The process id of the PostgreSQL server at `url` when it runs on this machine and its
    data directory can be read from here; None otherwise (another host, no rights to see it)."""
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            folder = connection.execute(text("SHOW data_directory")).scalar()
    except Exception:  # not allowed to see it, or not PostgreSQL: nothing to count
        return None
    finally:
        engine.dispose()
    try:
        pid = int(Path(str(folder), "postmaster.pid").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return pid if _stat(pid) is not None else None
