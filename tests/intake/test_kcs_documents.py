"""A KCS row maps straight onto Kordon's layout: the same document the layout itself reads back."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.builders import KCS_HEADER, kcs_row

from kordon.domain.document import to_document
from kordon.intake.errors import FieldErrors
from kordon.intake.layout import parse_document
from kordon.intake.prepared import prepare
from kordon.intake.reader import read_file
from kordon.resources import data_file


@pytest.mark.slow
@pytest.mark.parametrize("name", ["df_syn_train_eng.csv", "df_syn_valid_eng.csv"])
def test_every_shipped_kcs_row_is_a_valid_kordon_document(name: str) -> None:
    # A KCS row and the same declaration sent as a Kordon JSON line must hash alike, or
    # re-sending it through the API would be reported as a conflict.
    rows = 0
    for parsed in read_file(data_file(f"kcs/{name}")):
        assert parsed.record is not None, parsed.errors
        document = parsed.record.document
        errors = FieldErrors("check", parsed.line)
        again = parse_document(errors, document)
        assert again is not None, errors.errors
        assert to_document(again.declaration) == document
        assert to_document(parsed.record.declaration) == document
        rows += 1
    assert rows > 8000


def test_kcs_document_in_full(tmp_path: Path) -> None:
    path = tmp_path / "k.csv"
    path.write_text(KCS_HEADER + "\n" + kcs_row(Courier_ID="  ", Tax_Type="") + "\n")
    record = next(read_file(path)).record
    assert record is not None
    assert record.document == {
        "id": "97061800",
        "lodged_at": "2020-01-01T00:00:00",
        "checkpoint": "KR-30",
        "direction": "import",
        "procedure": "B",
        "declarant": {"kind": "company", "name": "ZZR1LT6"},
        "consignee": {"kind": "company", "name": "QLRUBN9"},
        "consignor": {"kind": "company", "name": "0VKY2BR"},
        "route": {"origin": "BE", "departure": "BE", "destination": "KR"},
        "items": [
            {
                "hs_code": "440890",
                "net_mass_kg": 108.0,
                "value": 372254.4,
                "currency": "KRW",
                "origin_country": "BE",
            }
        ],
        "attributes": {
            "office_id": "30",
            "import_type": "11",
            "import_use": "21",
            "payment_type": "11",
            "mode_of_transport": "10",
            "tax_rate": "0.0",
            "origin_indicator": "G",
        },
    }
    prepared = prepare(record)
    assert prepared.items == (("440890", "BE", 108.0, 372254.4, "KRW"),)
    assert (prepared.checkpoint, prepared.origin, prepared.destination) == ("KR-30", "BE", "KR")


def test_kcs_codes_longer_than_storage_keeps_are_errors(tmp_path: Path) -> None:
    path = tmp_path / "k.csv"
    lines = [KCS_HEADER, kcs_row("9" * 65), kcs_row("2", Office_ID="7" * 30), kcs_row("3")]
    path.write_text("\n".join(lines) + "\n")
    rows = list(read_file(path))
    assert [row.record.declaration.id for row in rows if row.record] == ["3"]
    found = {(e.line, e.field): e.reason for row in rows for e in row.errors}
    assert found == {
        (2, "Declaration ID"): "is 65 characters long; at most 64 are allowed",
        (3, "Office ID"): "is 30 characters long; at most 29 are allowed",
    }
