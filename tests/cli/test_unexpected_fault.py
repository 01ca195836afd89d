"""A fault of Kordon's own ends a command with a sentence and status 70, not a traceback."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

import kordon.osint
from kordon.cli import build_app
from kordon.cli.common import UNEXPECTED

runner = CliRunner()


def _broken_reader(text: str) -> list[object]:
    raise ZeroDivisionError("division by zero")


def test_a_fault_is_told_as_a_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KORDON_DEBUG", raising=False)
    monkeypatch.setattr(kordon.osint, "extract_text", _broken_reader)
    result = runner.invoke(build_app(), ["osint", "extract", "-"], input="12 kg of cocaine")
    assert result.exit_code == UNEXPECTED == 70
    said = " ".join(result.stderr.split())
    assert "Kordon failed unexpectedly (ZeroDivisionError: division by zero)" in said
    assert "KORDON_DEBUG=1" in said and "Traceback" not in result.output


def test_kordon_debug_shows_the_fault_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KORDON_DEBUG", "1")
    monkeypatch.setattr(kordon.osint, "extract_text", _broken_reader)
    result = runner.invoke(build_app(), ["osint", "extract", "-"], input="12 kg of cocaine")
    assert isinstance(result.exception, ZeroDivisionError)


def test_the_command_line_own_errors_keep_their_status() -> None:
    assert runner.invoke(build_app(), ["osint", "extract"]).exit_code == 2  # missing argument
    assert runner.invoke(build_app(), ["no-such-command"]).exit_code == 2
