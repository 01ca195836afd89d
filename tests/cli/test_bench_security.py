"""`kordon bench security`: every hostile case replayed against a live server is handled."""

from __future__ import annotations

import subprocess
import sys


def test_every_hostile_case_is_handled() -> None:
    command = [sys.executable, "-m", "kordon", "bench", "security"]
    done = subprocess.run(command, capture_output=True, text=True, check=False, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert sum(line.startswith("PASS") for line in lines) >= 20
    assert not [line for line in lines if line.startswith("FAIL")]
    assert lines[-1].startswith(
        f"{sum(line.startswith('PASS') for line in lines)} passed, 0 failed"
    )
