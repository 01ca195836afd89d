"""Processor time read from /proc for the load test: a server's process tree, PostgreSQL's,
and how busy the machine was."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kordon.bench.processes import (
    busy_share,
    local_postmaster,
    machine_ticks,
    session_cpu_seconds,
    tree_cpu_seconds,
)

SPIN = "import time\nend = time.process_time() + 0.3\nwhile time.process_time() < end: pass\n"
# A parent that reaps one spinning child, keeps a second one alive after it spun, then waits.
PARENT = f"""
import subprocess, sys, time
spin = {SPIN!r}
subprocess.run([sys.executable, "-c", spin], check=True)
live = subprocess.Popen([sys.executable, "-c", spin + "print('spun', flush=True)\\ntime.sleep(30)"],
                        stdout=subprocess.PIPE)
live.stdout.readline()
print("ready", flush=True)
time.sleep(30)
"""


def test_a_tree_counts_the_children_it_reaped_and_those_alive() -> None:
    parent = subprocess.Popen([sys.executable, "-c", PARENT], stdout=subprocess.PIPE,
                              start_new_session=True)  # fmt: skip
    try:
        assert parent.stdout is not None and parent.stdout.readline() == b"ready\n"
        tree = tree_cpu_seconds(parent.pid)
        live_only = session_cpu_seconds(parent.pid)
    finally:
        os.killpg(parent.pid, 9)
        parent.wait()
    # Two spins of 0.3 s: the reaped one counts in the tree, not among the live processes.
    assert 0.55 <= tree < 10
    assert 0.25 <= live_only < tree - 0.25


def test_a_process_that_has_ended_costs_nothing() -> None:
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    assert tree_cpu_seconds(gone.pid) == 0.0


def test_the_machines_busy_share_is_a_share_of_its_cores() -> None:
    before = machine_ticks()
    end = time.process_time() + 0.2
    while time.process_time() < end:
        pass
    share = busy_share(before, machine_ticks())
    # At least this process's one core of all of them was busy.
    assert 0.9 / (os.cpu_count() or 1) - 0.15 <= share <= 1.0
    assert busy_share(before, before) == 0.0


def test_no_postmaster_is_found_off_postgresql_or_off_this_machine(tmp_path: Path) -> None:
    assert local_postmaster(f"sqlite:///{tmp_path}/x.db") is None
    assert local_postmaster("postgresql+psycopg://nobody@127.0.0.1:1/none") is None


@pytest.mark.postgres
def test_postgresqls_own_processor_time_is_counted_on_this_machine() -> None:
    url = os.environ.get("KORDON_TEST_POSTGRES_URL")
    if not url:
        pytest.skip("KORDON_TEST_POSTGRES_URL is not set (make test starts PostgreSQL)")
    postmaster = local_postmaster(url)
    assert postmaster is not None
    before = tree_cpu_seconds(postmaster)
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT count(*) FROM generate_series(1, 3000000)")).scalar()
            # Read while the backend that did the work is alive (the reaped case is the
            # process tree's test above); its time may reach /proc a moment after the answer.
            grew = _grows(postmaster, before, 0.05)
    finally:
        engine.dispose()
    children = [e for e in os.listdir("/proc") if e.isdigit() and _parent(e) == postmaster]
    assert grew, (postmaster, before, tree_cpu_seconds(postmaster), len(children))


def _parent(pid: str) -> int | None:
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            return int(stat.read().rsplit(b")", 1)[1].split()[1])
    except OSError:
        return None


def _grows(postmaster: int, before: float, by: float) -> bool:
    waited = time.monotonic() + 5
    while tree_cpu_seconds(postmaster) - before < by:
        if time.monotonic() > waited:
            return False
        time.sleep(0.1)
    return True
