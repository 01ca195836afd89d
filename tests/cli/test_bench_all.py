"""`kordon bench all`: each benchmark in a process of its own, unknown names refused."""

from __future__ import annotations

import subprocess
import sys

import pytest

# Each test here takes seconds: `make check` leaves them out, `make test` runs them.
pytestmark = pytest.mark.slow

EVERY_BENCHMARK_BUT_OSINT = [
    "--skip=intake",
    "--skip=scenario",
    "--skip=assess",
    "--skip=serving",
    "--skip=screening",
    "--skip=targeting",
    "--skip=selection",
    "--skip=security",
    "--skip=load",
    "--skip=volume",
    "--skip=network",
]


def _bench_all(*args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "kordon", "bench", "all", *args]
    return subprocess.run(command, capture_output=True, text=True, check=False, timeout=300)


def test_runs_each_benchmark_and_reports_its_figures() -> None:
    done = _bench_all(*EVERY_BENCHMARK_BUT_OSINT)
    assert done.returncode == 0, done.stderr
    assert "== kordon bench osint" in done.stdout
    assert "records: precision" in done.stdout


def test_an_unknown_benchmark_name_is_refused() -> None:
    done = _bench_all("--skip=nothing")
    assert done.returncode == 2
    assert "no benchmark is called nothing" in done.stderr
