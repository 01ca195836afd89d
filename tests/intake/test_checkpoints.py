from pathlib import Path

import pytest

from kordon.domain import CheckpointKind
from kordon.intake.checkpoints import CheckpointFileError, load_checkpoints

SEED_FILE = Path(__file__).resolve().parents[2] / "data" / "checkpoints" / "azerbaijan.yaml"

GOOD_ENTRY = """\
- code: XX-ONE
  name: One
  country: AZ
  kind: land_border
  border_with: IR
  daily_capacity: 5
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "checkpoints.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_seed_file_has_the_azerbaijani_checkpoints() -> None:
    checkpoints = {c.code: c for c in load_checkpoints(SEED_FILE)}
    for code in ("AZ-AST", "AZ-BIL", "AZ-SAM", "AZ-YAL", "AZ-RBR", "AZ-ALT", "AZ-GYD"):
        assert code in checkpoints
    astara = checkpoints["AZ-AST"]
    assert astara.kind is CheckpointKind.LAND_BORDER and astara.border_with == "IR"
    assert astara.daily_capacity and 10 <= astara.daily_capacity <= 25
    assert astara.latitude and 38 < astara.latitude < 39
    assert checkpoints["AZ-SAM"].border_with == "RU"
    assert checkpoints["AZ-ALT"].kind is CheckpointKind.PORT
    assert checkpoints["AZ-GYD"].kind is CheckpointKind.AIRPORT


def test_another_administration_loads_its_own_file(tmp_path: Path) -> None:
    [checkpoint] = load_checkpoints(write(tmp_path, GOOD_ENTRY))
    assert checkpoint.code == "XX-ONE" and checkpoint.daily_capacity == 5
    assert checkpoint.latitude is None


@pytest.mark.parametrize(
    ("text", "line", "entry", "field", "reason"),
    [
        (GOOD_ENTRY.replace("land_border", "seaport"), 4, 1, "kind", "unknown kind 'seaport'"),
        (GOOD_ENTRY.replace("country: AZ", "country: XQ"), 3, 1, "country", "'XQ' is not"),
        (GOOD_ENTRY + GOOD_ENTRY.replace("name: One", "name: Two"), 7, 2, "code", "duplicate"),
        (GOOD_ENTRY.replace("  name: One\n", ""), 1, 1, "name", "missing required field"),
        (GOOD_ENTRY.replace("capacity: 5", "capacity: -3"), 6, 1, "daily_capacity", "negative"),
        (GOOD_ENTRY.replace("capacity: 5", "capacity: lots"), 6, 1, "daily_capacity", "whole"),
        (GOOD_ENTRY + "  colour: red\n", 7, 1, "colour", "unknown field"),
        (GOOD_ENTRY + "  latitude: 123.0\n", 7, 1, "latitude", "outside"),
    ],
)
def test_bad_entries_say_where_and_why(
    tmp_path: Path, text: str, line: int, entry: int, field: str, reason: str
) -> None:
    path = write(tmp_path, text)
    with pytest.raises(CheckpointFileError) as caught:
        load_checkpoints(path)
    error = caught.value
    assert (error.line, error.entry, error.field) == (line, entry, field)
    assert reason in error.reason
    assert str(path) in str(error) and f"line {line}" in str(error)


def test_a_file_that_is_not_a_list_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CheckpointFileError, match="must be a list"):
        load_checkpoints(write(tmp_path, "code: AZ-AST\n"))


def test_invalid_yaml_is_refused_with_its_line(tmp_path: Path) -> None:
    with pytest.raises(CheckpointFileError, match="line 2: not valid YAML"):
        load_checkpoints(write(tmp_path, "- code: A\n\tname: B\n"))


def test_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CheckpointFileError, match="cannot read"):
        load_checkpoints(tmp_path / "absent.yaml")
