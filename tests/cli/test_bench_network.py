"""`kordon bench network` prints the network provider's latency beside a plain lookup's."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from kordon.cli import build_app

pytestmark = pytest.mark.slow


def test_the_provider_part_prints_both_figures() -> None:
    args = ["bench", "network", "--no-speed", "--provider-mentions", "2000",
            "--declarations", "100"]  # fmt: skip
    done = CliRunner().invoke(build_app(), args)
    assert done.exit_code == 0, done.output
    text = " ".join(done.output.split())
    assert re.search(r"network provider on SQLite, [\d,]+ stored entities and \d+ seizures", text)
    assert re.search(r"processor p50 [\d.]+ ms, p99 [\d.]+ ms", text)
    assert re.search(r"one identifier lookup per declaration, p50 [\d.]+ ms", text)
    assert re.search(r"100 at a time: [\d.]+ ms wall, [\d.]+ ms processor per declaration", text)
