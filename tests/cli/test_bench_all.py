"""`kordon bench all`: each benchmark in a process of its own, unknown names refused."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

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


EVALUATION = Path(__file__).resolve().parents[2] / "data" / "osint-eval"


def _bench_all(*args: str, where: Path | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "kordon", "bench", "all", *args]
    return subprocess.run(
        command, capture_output=True, text=True, check=False, timeout=300, cwd=where
    )


def _small_evaluation_set(root: Path) -> None:
    # The benchmarks read their defaults relative to where they run: a few reports of each
    # language there keep this test about the command, not about the reader's speed on the
    # whole set (minutes on a busy machine).
    target = root / "data" / "osint-eval"
    (target / "texts").mkdir(parents=True)
    (target / "expected").mkdir()
    languages = json.loads((EVALUATION / "batches.json").read_text(encoding="utf-8"))["languages"]
    (target / "batches.json").write_text(
        json.dumps({"languages": languages, "batches": []}), encoding="utf-8"
    )
    for first in ("01", "73", "102"):  # the first English, Russian and Azerbaijani reports
        for text in sorted((EVALUATION / "texts").glob(f"{first}-*.txt")):
            shutil.copy(text, target / "texts")
            shutil.copy(EVALUATION / "expected" / f"{text.stem}.json", target / "expected")


def test_runs_each_benchmark_and_reports_its_figures(tmp_path: Path) -> None:
    _small_evaluation_set(tmp_path)
    done = _bench_all(*EVERY_BENCHMARK_BUT_OSINT, where=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "== kordon bench osint" in done.stdout
    assert "records: precision" in done.stdout
    assert "OSINT extraction on 3 texts" in done.stdout


def test_an_unknown_benchmark_name_is_refused() -> None:
    done = _bench_all("--skip=nothing")
    assert done.returncode == 2
    assert "no benchmark is called nothing" in done.stderr
