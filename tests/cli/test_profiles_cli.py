"""`kordon profiles ...` and `kordon assess` end to end, on the demo profiles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kordon.cli import build_app

ROOT = Path(__file__).parents[2]
DEMO = ROOT / "data" / "profiles" / "azerbaijan.yaml"
DECLARATIONS = Path(__file__).parent / "fixtures" / "declarations.jsonl"


@pytest.fixture(autouse=True)
def database(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KORDON_DATABASE_URL", sqlite_url)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(build_app(), list(args))
    return result.exit_code, result.stdout, result.stderr


def test_import_dry_run_then_import_then_unchanged(tmp_path: Path) -> None:
    code, out, _ = run("profiles", "import", str(DEMO), "--dry-run")
    assert code == 0 and "21 would change" in out
    code, out, _ = run("profiles", "export")
    assert code == 0 and out.strip() in ("", "[]")
    code, out, _ = run("profiles", "import", str(DEMO))
    assert code == 0 and "added     AZ-TR-DRIEDFRUIT-SOUTH (version 1)" in out
    code, out, _ = run("profiles", "import", str(DEMO))
    assert code == 0 and "0 changed" in out
    changed = tmp_path / "changed.yaml"
    changed.write_text(DEMO.read_text(encoding="utf-8").replace("weight: 35", "weight: 36", 1))
    code, out, _ = run("profiles", "import", str(changed))
    assert code == 0 and "updated   AZ-TR-DRIEDFRUIT-SOUTH (version 2)" in out
    code, out, _ = run("audit", "verify")
    assert code == 0 and "22 entries" in out  # 21 profiles added, then one changed


def test_import_refuses_a_bad_file_with_the_spot(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(DEMO.read_text(encoding="utf-8").replace("route.destination", "route.dest", 1))
    code, _, err = run("profiles", "import", str(bad))
    assert code == 1
    assert "nothing was imported" in err
    assert "profile AZ-TR-DRIEDFRUIT-SOUTH, when.all[3].field: unknown field 'route.dest'" in err
    code, out, _ = run("profiles", "export")
    assert "AZ-TR-DRIEDFRUIT-SOUTH" not in out


def test_export_reads_back_and_list_shows_profiles(tmp_path: Path) -> None:
    run("profiles", "import", str(DEMO))
    out_file = tmp_path / "out.yaml"
    code, _, _ = run("profiles", "export", "-o", str(out_file))
    assert code == 0
    code, out, _ = run("profiles", "import", str(out_file))
    assert "0 changed" in out
    code, out, _ = run("profiles", "list")
    assert code == 0 and "AZ-PRECURSOR-ACETIC-ANHYDRIDE-AF" in out
    code, _, err = run("profiles", "export", "--id", "NOPE")
    assert code == 1 and "no profile with id NOPE" in err


def test_fields_lists_the_registry() -> None:
    code, out, _ = run("profiles", "fields")
    assert code == 0 and "item.value_per_kg" in out and "attributes.<name>" in out


def test_assess_explains_channels() -> None:
    code, out, _ = run("profiles", "try", str(DECLARATIONS), "--profiles", str(DEMO), "--json")
    assert code == 0
    by_id = {a["declaration_id"]: a for a in json.loads(out)}
    raisins = by_id["AST-2026-000117"]
    assert raisins["channel"] == "red"
    codes = {r["code"] for r in raisins["reasons"]}
    assert {"AZ-TR-DRIEDFRUIT-SOUTH", "AZ-TR-RAISINS-CHEAP", "AZ-VEH-MIXED-REGISTRATION"} <= codes
    assert by_id["BAL-2026-000031"]["channel"] == "yellow"
    assert by_id["SAM-2026-000502"] == {**by_id["SAM-2026-000502"], "channel": "green", "score": 0}


def test_assess_under_capacity_sends_the_overflow_to_yellow() -> None:
    code, out, _ = run(
        "profiles", "try", str(DECLARATIONS), "--profiles", str(DEMO), "--capacity", "0"
    )
    assert code == 0
    assert "AST-2026-000117  YELLOW" in out and "over-capacity" in out
