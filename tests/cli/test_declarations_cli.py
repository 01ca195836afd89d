"""`kordon declarations import`: summary, --json shape, exit status, clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.builders import make_document, write_jsonl
from typer.testing import CliRunner

from kordon.cli import build_app


@pytest.fixture
def run(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("KORDON_DATABASE_URL", sqlite_url)
    return CliRunner()


def test_json_summary_and_exit_status(run: CliRunner, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", [make_document(id="A"), make_document(id="B")])
    result = run.invoke(build_app(), ["declarations", "import", "--json", str(path)])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {"imported": 2, "unchanged": 0, "rejected": 0, "errors": []}
    bad = write_jsonl(
        tmp_path / "b.jsonl", [make_document(id="A"), make_document(id="C", items=[])]
    )
    result = run.invoke(build_app(), ["declarations", "import", "--json", str(bad)])
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert (summary["imported"], summary["unchanged"], summary["rejected"]) == (0, 1, 1)
    assert summary["errors"][0]["field"] == "items"
    assert summary["errors"][0]["line"] == 2


def test_human_summary_names_file_line_and_field(run: CliRunner, tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", [make_document(id="A", checkpoint="")])
    result = run.invoke(build_app(), ["declarations", "import", str(path)])
    assert result.exit_code == 1
    assert "a.jsonl, line 1, field 'checkpoint': is required" in result.output
    assert "0 imported, 0 unchanged, 1 rejected." in result.output


def test_missing_file_is_a_sentence(run: CliRunner, tmp_path: Path) -> None:
    result = run.invoke(build_app(), ["declarations", "import", str(tmp_path / "none.csv")])
    assert result.exit_code == 1
    assert "no such file" in result.output
    assert "Traceback" not in result.output


def test_bad_database_url_is_a_sentence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KORDON_DATABASE_URL", "oracle://nowhere/db")
    path = write_jsonl(tmp_path / "a.jsonl", [make_document()])
    result = CliRunner().invoke(build_app(), ["declarations", "import", str(path)])
    assert result.exit_code == 1
    assert "Kordon supports SQLite and PostgreSQL" in result.output


def test_an_unknown_id_is_a_sentence_and_the_not_found_status(run: CliRunner) -> None:
    result = run.invoke(build_app(), ["declarations", "show", "AZ-NOWHERE"])
    assert result.exit_code == 3
    assert "No declaration has the id 'AZ-NOWHERE'." in result.output
    assert "Traceback" not in result.output
