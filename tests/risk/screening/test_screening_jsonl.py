"""Reading watchlists from JSON Lines: valid entries in, bad lines out with where and why."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from kordon.domain.watchlist import RequestedAction, WatchlistKind
from kordon.risk.screening import WatchlistFileError, read_watchlist_jsonl


def write_lines(path: Path, *rows: object) -> Path:
    """Write rows (dicts as JSON, strings as they are) one a line."""
    path.write_text(
        "\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows)
        + "\n",
        encoding="utf-8",
    )
    return path


GOOD = {
    "id": "p1",
    "kind": "person",
    "names": ["İlham Əliyev", "Ильхам Алиев"],
    "country": "az",
    "identifiers": {"passport": "C123"},
    "source": "liaison",
    "action": "stop",
    "valid_until": "2027-01-31",
}


def test_reads_every_field(tmp_path: Path) -> None:
    entries = read_watchlist_jsonl(write_lines(tmp_path / "w.jsonl", GOOD, "", GOOD | {"id": "p2"}))
    assert [e.id for e in entries] == ["p1", "p2"]
    first = entries[0]
    assert first.kind == WatchlistKind.PERSON
    assert first.names == ("İlham Əliyev", "Ильхам Алиев")
    assert first.country == "AZ"
    assert first.identifiers == {"passport": "C123"}
    assert first.action == RequestedAction.STOP
    assert first.valid_until == date(2027, 1, 31)
    assert first.is_valid_on(date(2027, 1, 31)) and not first.is_valid_on(date(2027, 2, 1))


@pytest.mark.parametrize(
    ("row", "field", "reason"),
    [
        (GOOD | {"kind": "ship"}, "kind", "must be one of person, company, vehicle"),
        (GOOD | {"names": []}, "names", "non-empty list"),
        ({k: v for k, v in GOOD.items() if k != "id"}, "id", "is required"),
        (GOOD | {"country": "Azerbaijan"}, "country", "two-letter"),
        (GOOD | {"valid_until": "31/01/2027"}, "valid_until", "YYYY-MM-DD"),
        (GOOD | {"action": "arrest"}, "action", "must be one of"),
        (GOOD | {"identifiers": ["C123"]}, "identifiers", "object"),
    ],
)
def test_bad_entry_names_file_line_field_and_reason(
    tmp_path: Path, row: dict[str, object], field: str, reason: str
) -> None:
    path = write_lines(tmp_path / "w.jsonl", GOOD | {"id": "ok"}, row)
    with pytest.raises(WatchlistFileError) as caught:
        read_watchlist_jsonl(path)
    error = caught.value
    assert (error.path, error.line, error.field) == (str(path), 2, field)
    assert reason in error.reason
    assert f"line 2, field '{field}'" in str(error)


def test_bad_json_and_duplicate_ids(tmp_path: Path) -> None:
    with pytest.raises(WatchlistFileError, match="line 1: not valid JSON"):
        read_watchlist_jsonl(write_lines(tmp_path / "a.jsonl", "{not json"))
    with pytest.raises(WatchlistFileError, match="line 2, field 'id': duplicate id 'p1'"):
        read_watchlist_jsonl(write_lines(tmp_path / "b.jsonl", GOOD, GOOD))
