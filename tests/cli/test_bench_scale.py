"""`kordon bench load` and `kordon bench volume` on tiny sizes: they run and report."""

from __future__ import annotations

import os
import subprocess
import sys


def _bench(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "KORDON_TEST_POSTGRES_URL"}
    command = [sys.executable, "-m", "kordon", "bench", *args]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=600)


def test_load_reports_throughput_latency_and_the_capacity_invariant() -> None:
    done = _bench("load", "--requests", "40", "--batches", "2", "--batch-size", "20",
                  "--capacity", "3", "--clients", "4")  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr
    assert "POST one declaration" in done.stdout and "p99" in done.stdout
    # Where the processor time went: the database column is empty on SQLite.
    assert "db cpu" in done.stdout and "busy" in done.stdout
    assert "Capacity invariant held: at most 3 red channels" in done.stdout
    # The setup's entries and the workers' are one chain under the workers' key.
    assert "Audit trail verified:" in done.stdout and "BROKEN" not in done.stdout


def test_volume_reports_each_stage_at_three_sizes() -> None:
    done = _bench("volume", "--declarations", "400")
    assert done.returncode in (0, 1), done.stderr
    rows = [line for line in done.stdout.splitlines() if line.startswith("│ SQLite")]
    assert len(rows) == 3, done.stdout
    # The verdict is on processor time (Kordon's own work); wall time is judged beside it.
    assert "in processor time" in done.stdout and "in wall time" in done.stdout
    assert (done.returncode == 0) == ("NOT linear in processor time" not in done.stdout)
    assert "processor" in done.stdout
    for row in rows:
        cells = [cell.strip() for cell in row.split("│") if cell.strip()]
        assert float(cells[-2].replace(",", "")) > 0, row
    # Every stage of every size shows a bar that reaches its size.
    bars = [line.split() for line in done.stderr.splitlines() if line.startswith("SQLite, ")]
    for size in ("100", "200", "400"):
        for stage in ("checking", "importing", "assessing"):
            assert any(
                bar[1] == f"{size}:" and bar[2] == stage and f"{size}/{size}" in bar for bar in bars
            ), (size, stage, done.stderr)
