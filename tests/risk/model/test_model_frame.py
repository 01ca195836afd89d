from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from tests.risk.model.model_builders import kcs_declaration

from kordon.domain import (
    Declaration,
    GoodsItem,
)
from kordon.risk.model.frame import (
    COLUMNS,
    FrameError,
    frame_from_declarations,
    frame_from_kcs_csv,
    load_training_frame,
)

HEADER = (
    "Declaration ID,Date,Office ID,Process Type,Import Type,Import Use,Payment Type,"
    "Mode of Transport,Declarant ID,Importer ID,Seller ID,Courier ID,HS6 Code,"
    "Country of Departure,Country of Origin,Tax Rate,Tax Type,Country of Origin Indicator,"
    "Net Mass,Item Price,Fraud,Critical Fraud"
)
ROW = "1,2020-01-02,30,B,11,21,11,10,DCL1,IMP1,SEL1,,80620,IR,IR,8.0,A,Y,100.0,5000.0,1,2"


def write(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "decl.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_reads_labels_codes_and_offices(tmp_path: Path) -> None:
    frame = frame_from_kcs_csv(write(tmp_path, HEADER, ROW))
    row = frame.iloc[0]
    assert list(frame.columns) == list(COLUMNS)
    assert row["hs6"] == "080620"  # the lost leading zero comes back
    assert row["checkpoint"] == "KR-30"
    assert row["courier"] is None
    assert (row["fraud"], row["critical"]) == (1.0, 1.0)


def test_critical_fraud_one_is_a_violation_but_not_critical(tmp_path: Path) -> None:
    frame = frame_from_kcs_csv(write(tmp_path, HEADER, ROW[:-1] + "1"))
    assert (frame.iloc[0]["fraud"], frame.iloc[0]["critical"]) == (1.0, 0.0)


def test_missing_column_is_named(tmp_path: Path) -> None:
    header = HEADER.replace("Item Price,", "")
    row = ROW.replace(",5000.0", "")
    with pytest.raises(FrameError, match=r"decl\.csv: missing column\(s\) 'Item Price'"):
        frame_from_kcs_csv(write(tmp_path, header, row))


def test_bad_number_names_line_and_column(tmp_path: Path) -> None:
    bad = ROW.replace("100.0", "heavy")
    with pytest.raises(FrameError, match=r"'Net Mass' is not a number: line 3 \('heavy'\)"):
        frame_from_kcs_csv(write(tmp_path, HEADER, ROW, bad))


def test_bad_date_and_labels_are_refused(tmp_path: Path) -> None:
    with pytest.raises(FrameError, match=r"'Date' is not a YYYY-MM-DD date: line 2"):
        frame_from_kcs_csv(write(tmp_path, HEADER, ROW.replace("2020-01-02", "02/01/2020")))
    with pytest.raises(FrameError, match=r"'Fraud' must be 0/1: line 2"):
        frame_from_kcs_csv(write(tmp_path, HEADER, ROW[:-3] + "x,2"))
    with pytest.raises(FrameError, match="contradicts Fraud"):
        frame_from_kcs_csv(write(tmp_path, HEADER, ROW[:-3] + "0,2"))


def test_unknown_layout_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FrameError, match="unknown layout"):
        load_training_frame([write(tmp_path, "a,b,c", "1,2,3")])
    with pytest.raises(FrameError, match="no such file"):
        load_training_frame([tmp_path / "absent.csv"])


def test_declarations_give_the_same_frame_as_the_csv(kcs_file: Path) -> None:
    raw = pd.read_csv(kcs_file, dtype=str, keep_default_na=False).head(40)
    pairs = [kcs_declaration(row) for _, row in raw.iterrows()]
    from_domain = frame_from_declarations([d for d, _ in pairs], [i for _, i in pairs])
    from_csv = frame_from_kcs_csv(kcs_file).head(40)
    pd.testing.assert_frame_equal(from_domain, from_csv, check_dtype=False)
    assert from_csv["critical"].sum() + from_csv["fraud"].sum() > 0


def test_multi_item_declaration_uses_its_most_valuable_item(kcs_file: Path) -> None:
    raw = pd.read_csv(kcs_file, dtype=str, keep_default_na=False).head(1)
    declaration, _ = kcs_declaration(raw.iloc[0])
    cheap = GoodsItem(hs_code="090111", net_mass_kg=1.0, value=1.0)
    dear = GoodsItem(hs_code="710813", net_mass_kg=2.0, value=1e9)
    multi = Declaration(**{**_fields(declaration), "items": (cheap, dear)})
    row = frame_from_declarations([multi]).iloc[0]
    assert row["hs6"] == "710813"
    assert row["net_mass_kg"] == 3.0


def _fields(declaration: Declaration) -> dict[str, Any]:
    return {name: getattr(declaration, name) for name in Declaration.__slots__}
