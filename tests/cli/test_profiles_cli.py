"""`kordon profiles ...` and `kordon assess` end to end, on the demo profiles."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from kordon.cli import build_app

ROOT = Path(__file__).parents[2]
DEMO = ROOT / "data" / "profiles" / "azerbaijan.yaml"
DECLARATIONS = Path(__file__).parent / "fixtures" / "declarations.jsonl"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(build_app(), list(args))
    return result.exit_code, result.stdout, result.stderr


def test_import_dry_run_then_import_then_unchanged(tmp_path: Path) -> None:
    store = str(tmp_path / "profiles.yaml")
    code, out, _ = run("profiles", "import", str(DEMO), "--dry-run", "--store", store)
    assert code == 0 and "21 would change" in out
    assert not (tmp_path / "profiles.yaml").exists()
    code, out, _ = run("profiles", "import", str(DEMO), "--store", store)
    assert code == 0 and "added     AZ-TR-DRIEDFRUIT-SOUTH (version 1)" in out
    code, out, _ = run("profiles", "import", str(DEMO), "--store", store)
    assert code == 0 and "0 changed" in out


def test_import_refuses_a_bad_file_with_the_spot(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(DEMO.read_text(encoding="utf-8").replace("route.destination", "route.dest", 1))
    code, _, err = run("profiles", "import", str(bad), "--store", str(tmp_path / "s.yaml"))
    assert code == 1
    assert "nothing was imported" in err
    assert "profile AZ-TR-DRIEDFRUIT-SOUTH, when.all[3].field: unknown field 'route.dest'" in err
    assert not (tmp_path / "s.yaml").exists()


def test_export_reads_back_and_list_shows_profiles(tmp_path: Path) -> None:
    store = str(tmp_path / "profiles.yaml")
    run("profiles", "import", str(DEMO), "--store", store)
    out_file = tmp_path / "out.yaml"
    code, _, _ = run("profiles", "export", "--store", store, "-o", str(out_file))
    assert code == 0
    code, out, _ = run("profiles", "import", str(out_file), "--store", store)
    assert "0 changed" in out
    code, out, _ = run("profiles", "list", "--store", store)
    assert code == 0 and "AZ-PRECURSOR-ACETIC-ANHYDRIDE-AF" in out
    code, _, err = run("profiles", "export", "--store", store, "--id", "NOPE")
    assert code == 1 and "no profile with id NOPE" in err


def test_fields_lists_the_registry() -> None:
    code, out, _ = run("profiles", "fields")
    assert code == 0 and "item.value_per_kg" in out and "attributes.<name>" in out


def test_assess_explains_channels() -> None:
    code, out, _ = run("assess", str(DECLARATIONS), "--profiles", str(DEMO), "--json")
    assert code == 0
    by_id = {a["declaration_id"]: a for a in json.loads(out)}
    raisins = by_id["AST-2026-000117"]
    assert raisins["channel"] == "red"
    codes = {r["code"] for r in raisins["reasons"]}
    assert {"AZ-TR-DRIEDFRUIT-SOUTH", "AZ-TR-RAISINS-CHEAP", "AZ-VEH-MIXED-REGISTRATION"} <= codes
    assert by_id["BAL-2026-000031"]["channel"] == "yellow"
    assert by_id["SAM-2026-000502"] == {**by_id["SAM-2026-000502"], "channel": "green", "score": 0}


def test_assess_under_capacity_sends_the_overflow_to_yellow() -> None:
    code, out, _ = run("assess", str(DECLARATIONS), "--profiles", str(DEMO), "--capacity", "0")
    assert code == 0
    assert "AST-2026-000117  YELLOW" in out and "over-capacity" in out
