"""`kordon checkpoints load|list`: an administration loads its own offices."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from kordon.cli import build_app
from kordon.resources import data_file


@pytest.fixture(autouse=True)
def database(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KORDON_DATABASE_URL", sqlite_url)


def test_load_then_reload_and_list() -> None:
    runner = CliRunner()
    seed = str(data_file("checkpoints/azerbaijan.yaml"))
    first = runner.invoke(build_app(), ["checkpoints", "load", seed])
    assert first.exit_code == 0 and "11 added, 0 replaced" in first.output
    again = runner.invoke(build_app(), ["checkpoints", "load", seed])
    assert "0 added, 11 replaced" in again.output
    listed = runner.invoke(build_app(), ["checkpoints", "list"])
    assert listed.exit_code == 0 and "AZ-AST" in listed.output and "Astara" in listed.output


def test_a_bad_file_loads_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "- {code: XX-1, name: One, country: AZ, kind: land_border, border_with: IR}\n"
        "- {code: XX-2, name: Two, country: AZ, kind: seaport}\n",
        encoding="utf-8",
    )
    runner = CliRunner()
    result = runner.invoke(build_app(), ["checkpoints", "load", str(bad)])
    assert result.exit_code == 1
    assert "kind" in result.output and "nothing was loaded" in result.output
    listed = runner.invoke(build_app(), ["checkpoints", "list"])
    assert "0 checkpoints." in listed.output
