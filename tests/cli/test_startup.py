"""`kordon` starts without the model's libraries: only commands that score import them."""

from __future__ import annotations

import subprocess
import sys

import pytest

# Each test here takes seconds: `make check` leaves them out, `make test` runs them.
pytestmark = pytest.mark.slow

HEAVY = "('lightgbm','sklearn','scipy','pandas')"


def test_importing_the_cli_leaves_the_model_libraries_unloaded() -> None:
    code = f"import kordon.cli, sys; print(sorted(m for m in {HEAVY} if m in sys.modules))"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "[]", done.stdout + done.stderr
