"""An import killed part-way leaves whole declarations behind, and a re-run completes it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select
from tests.builders import KCS_HEADER, kcs_row

from kordon.services.importing import import_file
from kordon.storage.store import SqlStore
from kordon.storage.tables import declaration_items, declarations, inspections

# Each test here takes seconds: `make check` leaves them out, `make test` runs them.
pytestmark = pytest.mark.slow

ROWS = 60_000


def _write_big_kcs(path: Path) -> None:
    lines = [KCS_HEADER] + [kcs_row(str(10_000_000 + n)) for n in range(ROWS)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _counts(store: SqlStore) -> tuple[int, int, int]:
    with store.engine.connect() as connection:
        return tuple(  # type: ignore[return-value]
            connection.execute(select(func.count()).select_from(table)).scalar_one()
            for table in (declarations, declaration_items, inspections)
        )


def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def _wait_until_gone(pids: list[int]) -> None:
    # The reading process must not outlive the import: it ends when its pipe breaks.
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        alive = []
        for pid in pids:
            try:
                state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
            except OSError:
                continue
            if state != "Z":
                alive.append(pid)
        if not alive:
            return
        time.sleep(0.05)
    raise AssertionError(f"the reading processes {alive} outlived the killed import")


def test_killed_import_leaves_the_database_consistent(
    store: SqlStore, database_url: str, tmp_path: Path
) -> None:
    path = tmp_path / "big.csv"
    _write_big_kcs(path)
    env = dict(os.environ, KORDON_DATABASE_URL=database_url)
    process = subprocess.Popen(
        [sys.executable, "-m", "kordon", "declarations", "import", str(path)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and _counts(store)[0] == 0:
        time.sleep(0.05)
    readers = _children(process.pid)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert readers, "a file this large is read in a second process"
    _wait_until_gone(readers)
    stored, items, outcomes = _counts(store)
    assert 0 < stored < ROWS, "the kill should land in the middle of the import"
    assert stored == items == outcomes
    summary = import_file(store, path)
    assert summary.unchanged == stored
    assert summary.imported == ROWS - stored
    assert _counts(store) == (ROWS, ROWS, ROWS)
