"""Reading files: each kind of bad input gets its own clear error and no valid row is lost."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.builders import KCS_HEADER, kcs_row, make_document, write_jsonl

from kordon.intake.errors import IntakeError
from kordon.intake.reader import ParsedRow, detect_layout, read_file


def _read(path: Path) -> list[ParsedRow]:
    return list(read_file(path))


def _only_error(rows: list[ParsedRow]) -> tuple[int | None, str | None, str]:
    errors = [error for row in rows for error in row.errors]
    assert len(errors) == 1, errors
    return errors[0].line, errors[0].field, errors[0].reason


def test_detects_each_layout(tmp_path: Path) -> None:
    jsonl = write_jsonl(tmp_path / "a.jsonl", [make_document()])
    kcs = tmp_path / "k.csv"
    kcs.write_text(KCS_HEADER + "\n" + kcs_row() + "\n", encoding="utf-8")
    own = tmp_path / "o.csv"
    own.write_text("declaration_id,lodged_at,checkpoint,direction,procedure,item_hs_code\n")
    assert [detect_layout(p) for p in (jsonl, kcs, own)] == ["jsonl", "kcs", "kordon-csv"]


def test_valid_jsonl_round_trips_every_field(tmp_path: Path) -> None:
    rows = _read(write_jsonl(tmp_path / "a.jsonl", [make_document()]))
    declaration = rows[0].record.declaration  # type: ignore[union-attr]
    assert declaration.route.transit == ("AZ", "GE")
    assert declaration.drivers[0].identifiers == {"passport": "X12345678"}
    assert declaration.items[0].value_per_kg == 1.5


def test_bad_country_names_line_and_field_and_keeps_other_rows(tmp_path: Path) -> None:
    documents = [
        make_document(id="A"),
        make_document(id="B", route={"origin": "XX", "destination": "MD"}),
        make_document(id="C"),
    ]
    rows = _read(write_jsonl(tmp_path / "a.jsonl", documents))
    assert [row.record.declaration.id for row in rows if row.record] == ["A", "C"]
    line, field, reason = _only_error(rows)
    assert (line, field) == (2, "route.origin")
    assert "'XX' is not an ISO 3166-1 alpha-2 country code" in reason


@pytest.mark.parametrize(
    ("item", "field", "words"),
    [
        ({"hs_code": "0806"}, "items[0].hs_code", "exactly six digits"),
        ({"hs_code": "990000"}, "items[0].hs_code", "chapter 99"),
        ({"hs_code": "080620", "net_mass_kg": -5}, "items[0].net_mass_kg", "must not be negative"),
        ({"hs_code": "080620", "value": "lots"}, "items[0].value", "is not a number"),
    ],
)
def test_bad_goods_items(tmp_path: Path, item: dict[str, object], field: str, words: str) -> None:
    rows = _read(write_jsonl(tmp_path / "a.jsonl", [make_document(items=[item])]))
    line, found_field, reason = _only_error(rows)
    assert (line, found_field) == (1, field)
    assert words in reason


def test_bad_date(tmp_path: Path) -> None:
    rows = _read(write_jsonl(tmp_path / "a.jsonl", [make_document(lodged_at="31/02/2026")]))
    assert _only_error(rows)[1:] == (
        "lodged_at",
        "'31/02/2026' is not an ISO 8601 date or date-time (YYYY-MM-DD[THH:MM])",
    )


def test_unknown_field_is_reported_not_ignored(tmp_path: Path) -> None:
    rows = _read(write_jsonl(tmp_path / "a.jsonl", [make_document(consigner={"name": "x"})]))
    assert _only_error(rows)[1] == "consigner"


def test_truncated_jsonl_keeps_complete_lines(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    whole = json.dumps(make_document(id="A"))
    path.write_text(whole + "\n" + json.dumps(make_document(id="B"))[:40], encoding="utf-8")
    rows = _read(path)
    assert rows[0].record is not None
    line, _, reason = _only_error(rows)
    assert line == 2 and "truncated" in reason


def test_wrong_encoding_rejects_only_the_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    good = json.dumps(make_document(id="A"), ensure_ascii=False).encode()
    latin = json.dumps(make_document(id="B"), ensure_ascii=False).encode("utf-8")
    latin = latin.replace("Məhəmməd".encode(), "Mohammed é".encode("latin-1"))
    path.write_bytes(good + b"\n" + latin + b"\n" + good.replace(b'"A"', b'"C"') + b"\n")
    rows = _read(path)
    assert [row.record.declaration.id for row in rows if row.record] == ["A", "C"]
    line, _, reason = _only_error(rows)
    assert line == 2 and "not valid UTF-8" in reason


def test_utf16_file_is_refused_with_a_reason(tmp_path: Path) -> None:
    path = tmp_path / "k.csv"
    path.write_bytes((KCS_HEADER + "\n" + kcs_row() + "\n").encode("utf-16"))
    with pytest.raises(IntakeError) as caught:
        _read(path)
    assert "not recognised" in str(caught.value) or "UTF" in str(caught.value)


def test_kcs_missing_column_names_the_column(tmp_path: Path) -> None:
    path = tmp_path / "k.csv"
    header = KCS_HEADER.replace("HS6 Code,", "HS Code,")
    path.write_text(header + "\n" + kcs_row() + "\n", encoding="utf-8")
    with pytest.raises(IntakeError) as caught:
        _read(path)
    assert caught.value.error.field == "HS6 Code"
    assert "lacks these columns" in caught.value.error.reason


def test_kcs_rows_each_error_keeps_the_valid_rows(tmp_path: Path) -> None:
    path = tmp_path / "k.csv"
    lines = [
        KCS_HEADER,
        kcs_row("1"),
        kcs_row("2", Country_of_Origin="QQ"),
        kcs_row("3", HS6_Code="12AB56"),
        kcs_row("4", Date="2020-13-01"),
        kcs_row("5", Net_Mass="-1"),
        kcs_row("6", Fraud="1", Critical_Fraud="0"),
        kcs_row("7"),
        ",".join(kcs_row("8").split(",")[:10]),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows = _read(path)
    assert [row.record.declaration.id for row in rows if row.record] == ["1", "7"]
    found = {(e.line, e.field) for row in rows for e in row.errors}
    assert found == {
        (3, "Country of Origin"),
        (4, "HS6 Code"),
        (5, "Date"),
        (6, "Net Mass"),
        (7, "Critical Fraud"),
        (9, None),
    }
    truncated = next(e for row in rows for e in row.errors if e.line == 9)
    assert "10 fields but the header has 22" in truncated.reason


def test_kcs_row_maps_onto_a_declaration_with_its_label(tmp_path: Path) -> None:
    path = tmp_path / "k.csv"
    path.write_text(KCS_HEADER + "\n" + kcs_row(Fraud="1", Critical_Fraud="2") + "\n")
    record = _read(path)[0].record
    assert record is not None and record.outcome is not None
    assert record.outcome.critical and record.outcome.outcome.value == "irregularity"
    declaration = record.declaration
    assert declaration.checkpoint == "KR-30"
    assert declaration.consignee and declaration.consignee.name == "QLRUBN9"
    assert declaration.carrier is None
    assert declaration.attributes["tax_type"] == "FEU1"


KORDON_CSV_HEADER = (
    "declaration_id,lodged_at,checkpoint,direction,procedure,consignor_name,consignor_country,"
    "driver_name,driver_nationality,tractor_plate,origin_country,transit_countries,"
    "destination_country,item_hs_code,item_net_mass_kg,item_value,item_currency,attr_lane"
)


def test_kordon_csv_groups_item_rows_and_points_errors_at_csv_columns(tmp_path: Path) -> None:
    path = tmp_path / "o.csv"
    head = "2026-03-01T09:30,AZ-AST,transit,T1,Tabriz Fruit,IR,Əli Həsənov,AZ,10-AB-123,IR,AZ GE,MD"
    path.write_text(
        "\n".join(
            [
                KORDON_CSV_HEADER,
                f"A,{head},080620,20000,30000,USD,3",
                f"A,{head},080251,500,4000,USD,3",
                f"B,{head},080620,-1,30000,USD,3",
                f"B,{head.replace('AZ-AST', 'AZ-SAM')},080620,1,1,USD,3",
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    rows = _read(path)
    first = rows[0].record
    assert first is not None
    assert [item.hs_code for item in first.declaration.items] == ["080620", "080251"]
    assert first.declaration.route.transit == ("AZ", "GE")
    assert first.declaration.attributes == {"lane": "3"}
    assert first.declaration.drivers[0].country == "AZ"
    errors = rows[1].errors
    assert {(e.line, e.field) for e in errors} == {(5, "checkpoint")}


def test_kordon_csv_error_points_at_item_line(tmp_path: Path) -> None:
    path = tmp_path / "o.csv"
    head = "2026-03-01T09:30,AZ-AST,transit,T1,Tabriz Fruit,IR,Əli,AZ,10-AB-123,IR,AZ,MD"
    path.write_text(
        f"{KORDON_CSV_HEADER}\nA,{head},080620,1,1,USD,\nA,{head},080620,-4,1,USD,\n",
        encoding="utf-8",
    )
    rows = _read(path)
    assert [(e.line, e.field) for e in rows[0].errors] == [(3, "item_net_mass_kg")]


def test_kordon_csv_unknown_column_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "o.csv"
    path.write_text("declaration_id,lodged_at,checkpoint,direction,procedure,item_hs_code,colour\n")
    with pytest.raises(IntakeError) as caught:
        _read(path)
    assert "'colour' is not a column" in str(caught.value)


def test_missing_file_and_empty_file(tmp_path: Path) -> None:
    with pytest.raises(IntakeError, match="no such file"):
        _read(tmp_path / "nope.jsonl")
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    with pytest.raises(IntakeError, match="empty"):
        _read(empty)


@pytest.mark.parametrize("block", [7, 64, 1 << 20])
def test_lines_keep_their_numbers_across_decoding_blocks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, block: int
) -> None:
    # Files are decoded a block at a time; whatever the block size, a bad line is found at its
    # own line number, and every line around it lands whole (CRLF endings, a BOM, no final
    # newline, text in Azerbaijani).
    monkeypatch.setattr("kordon.intake.reader._BLOCK", block)
    lines = [json.dumps(make_document(id=f"D{n}"), ensure_ascii=False).encode() for n in range(9)]
    lines[4] = lines[4].replace("Məhəmməd".encode(), "Mohammed é".encode("latin-1"))
    path = tmp_path / "a.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + b"\r\n".join(lines))
    rows = _read(path)
    assert [row.record.declaration.id for row in rows if row.record] == [
        f"D{n}" for n in range(9) if n != 4
    ]
    line, _, reason = _only_error(rows)
    assert line == 5 and "not valid UTF-8" in reason


@pytest.mark.parametrize("block", [5, 100, 1 << 20])
def test_csv_quoted_newlines_and_bad_bytes_across_blocks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, block: int
) -> None:
    monkeypatch.setattr("kordon.intake.reader._BLOCK", block)
    rows_in = [kcs_row(str(n)) for n in range(1, 7)]
    rows_in[1] = rows_in[1].replace("FEU1", '"FE\nU1"')  # one record over two lines
    rows_in[3] = rows_in[3].replace("ZZR1LT6", "ZZR\x00LT6")
    path = tmp_path / "k.csv"
    path.write_text(KCS_HEADER + "\n" + "\n".join(rows_in) + "\n", encoding="utf-8")
    rows = _read(path)
    assert [row.record.declaration.id for row in rows if row.record] == ["1", "2", "3", "5", "6"]
    assert rows[1].record is not None
    assert rows[1].record.declaration.attributes["tax_type"] == "FE\nU1"
    line, _, reason = _only_error(rows)
    assert line == 6 and "NUL" in reason
