"""Documentation stays complete: every command has help, every setting a description."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import typer.main
from typer.testing import CliRunner

from kordon import __version__
from kordon.cli import build_app
from kordon.settings import Settings

ROOT = Path(__file__).parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands(group: Any, prefix: str = "kordon") -> list[tuple[str, Any]]:
    # Typer ships its own copy of click, so groups are recognised by their commands.
    found: list[tuple[str, Any]] = []
    for name, command in group.commands.items():
        path = f"{prefix} {name}"
        found.append((path, command))
        if hasattr(command, "commands"):
            found.extend(_commands(command, path))
    return found


@pytest.mark.slow
def test_every_command_has_help_text() -> None:
    root = typer.main.get_command(build_app())
    assert hasattr(root, "commands")
    runner = CliRunner()
    for path, command in _commands(root):
        assert command.help or command.short_help, f"{path} has no help text"
        result = runner.invoke(build_app(), [*path.split()[1:], "--help"])
        assert result.exit_code == 0, f"{path} --help failed: {result.output}"


def test_every_setting_is_described_and_documented() -> None:
    for name, field in Settings.model_fields.items():
        assert field.description, f"setting {name} has no description"
        assert f"KORDON_{name.upper()}" in README, f"KORDON_{name.upper()} is not in the README"


def test_readme_shows_the_two_commands() -> None:
    assert "make demo" in README and "make test" in README


def test_every_command_is_in_the_readme() -> None:
    root = typer.main.get_command(build_app())
    for path, command in _commands(root):
        if hasattr(command, "commands"):
            continue
        assert f"`{path}" in README, f"{path} is not documented in the README"


def test_the_changelog_describes_the_current_version() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"\n## {__version__}\n" in changelog, f"CHANGELOG.md has no section for {__version__}"
