"""Builders shared by the targeting-model tests."""

from __future__ import annotations

from datetime import datetime

import pandas as pd

from kordon.domain import (
    Declaration,
    DetectionMethod,
    Direction,
    GoodsItem,
    Inspection,
    Outcome,
    Party,
    PartyKind,
    Route,
)
from kordon.risk.model.frame import ATTRIBUTE_COLUMNS


def kcs_declaration(row: pd.Series) -> tuple[Declaration, Inspection]:
    """A KCS row as the intake maps it to a Declaration and its inspection outcome."""

    def company(value: str) -> Party | None:
        return Party(PartyKind.COMPANY, value) if value else None

    attributes = {
        "office_id": row["Office ID"],
        **{
            col: row[kcs]
            for col, kcs in zip(
                ATTRIBUTE_COLUMNS,
                (
                    "Import Type",
                    "Import Use",
                    "Payment Type",
                    "Mode of Transport",
                    "Tax Rate",
                    "Tax Type",
                    "Country of Origin Indicator",
                ),
                strict=True,
            )
        },
    }
    declaration = Declaration(
        id=row["Declaration ID"],
        lodged_at=datetime.fromisoformat(row["Date"]),
        checkpoint=f"KR-{row['Office ID']}",
        direction=Direction.IMPORT,
        procedure=row["Process Type"],
        items=(
            GoodsItem(
                hs_code=row["HS6 Code"].zfill(6),
                net_mass_kg=float(row["Net Mass"]),
                value=float(row["Item Price"]),
                currency="KRW",
                origin_country=row["Country of Origin"],
            ),
        ),
        declarant=company(row["Declarant ID"]),
        consignee=company(row["Importer ID"]),
        consignor=company(row["Seller ID"]),
        carrier=company(row["Courier ID"]),
        route=Route(
            origin=row["Country of Origin"],
            departure=row["Country of Departure"],
            destination="KR",
        ),
        attributes=attributes,
    )
    inspection = Inspection(
        declaration_id=row["Declaration ID"],
        inspected_at=datetime.fromisoformat(row["Date"]),
        officer="kcs",
        outcome=Outcome.IRREGULARITY if row["Fraud"] == "1" else Outcome.NOTHING_FOUND,
        detection_method=DetectionMethod.UNKNOWN,
        critical=row["Critical Fraud"] == "2",
    )
    return declaration, inspection
