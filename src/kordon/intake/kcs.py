"""The Korea Customs Service layout (the synthetic import declarations of arXiv:2208.02484)."""

from __future__ import annotations

from functools import lru_cache

from kordon.domain import (
    Declaration,
    DetectionMethod,
    Direction,
    GoodsItem,
    Outcome,
    Party,
    PartyKind,
    Route,
)
from kordon.intake import checks
from kordon.intake.errors import FieldErrors
from kordon.intake.layout import IntakeRecord, PastOutcome

REQUIRED_COLUMNS = (
    "Declaration ID",
    "Date",
    "Office ID",
    "Process Type",
    "Import Type",
    "Import Use",
    "Payment Type",
    "Mode of Transport",
    "Declarant ID",
    "Importer ID",
    "Seller ID",
    "Courier ID",
    "HS6 Code",
    "Country of Departure",
    "Country of Origin",
    "Tax Rate",
    "Tax Type",
    "Country of Origin Indicator",
    "Net Mass",
    "Item Price",
)
LABEL_COLUMNS = ("Fraud", "Critical Fraud")

# KCS columns Kordon keeps as free attributes of the declaration, under these names.
ATTRIBUTE_COLUMNS = {
    "Office ID": "office_id",
    "Import Type": "import_type",
    "Import Use": "import_use",
    "Payment Type": "payment_type",
    "Mode of Transport": "mode_of_transport",
    "Tax Rate": "tax_rate",
    "Tax Type": "tax_type",
    "Country of Origin Indicator": "origin_indicator",
}


def is_kcs_header(columns: list[str]) -> bool:
    """True when a CSV header looks like the KCS layout (most of its columns are there)."""
    return sum(column in columns for column in REQUIRED_COLUMNS) >= len(REQUIRED_COLUMNS) // 2


@lru_cache(maxsize=65536)
def _company(name: str) -> Party | None:
    # Parties are immutable and the same importers recur, so one object serves every row.
    return Party(PartyKind.COMPANY, name) if name else None


def _labels(errors: FieldErrors, row: dict[str, str]) -> PastOutcome | None:
    fraud_raw = row.get("Fraud", "").strip()
    critical_raw = row.get("Critical Fraud", "").strip()
    if not fraud_raw and not critical_raw:
        return None
    if fraud_raw not in ("0", "1"):
        errors.add("Fraud", f"{fraud_raw!r} must be 0 or 1")
        return None
    if critical_raw not in ("0", "1", "2"):
        errors.add("Critical Fraud", f"{critical_raw!r} must be 0, 1 or 2")
        return None
    if (fraud_raw == "1") != (critical_raw in ("1", "2")):
        errors.add("Critical Fraud", f"{critical_raw} contradicts Fraud {fraud_raw}")
        return None
    outcome = Outcome.IRREGULARITY if fraud_raw == "1" else Outcome.NOTHING_FOUND
    return PastOutcome(
        outcome, critical=critical_raw == "2", detection_method=DetectionMethod.UNKNOWN
    )


def parse_kcs_row(errors: FieldErrors, row: dict[str, str]) -> IntakeRecord | None:
    """Check one KCS row and map it onto a declaration (with its label as a past outcome)."""
    declaration_id = checks.text(errors, "Declaration ID", row["Declaration ID"], required=True)
    errors.declaration_id = declaration_id
    lodged_at = checks.timestamp(errors, "Date", row["Date"])
    office = checks.text(errors, "Office ID", row["Office ID"], required=True)
    procedure = checks.text(errors, "Process Type", row["Process Type"], required=True)
    hs = checks.hs_code(errors, "HS6 Code", row["HS6 Code"])
    departure = checks.country(errors, "Country of Departure", row["Country of Departure"])
    origin = checks.country(errors, "Country of Origin", row["Country of Origin"])
    net_mass = checks.number(errors, "Net Mass", row["Net Mass"])
    price = checks.number(errors, "Item Price", row["Item Price"])
    tax_rate = row["Tax Rate"].strip()
    if tax_rate:
        checks.number(errors, "Tax Rate", tax_rate)
    outcome = _labels(errors, row)
    if errors:
        return None
    assert declaration_id and lodged_at and office and procedure and hs
    attributes = {
        name: row[column].strip() for column, name in ATTRIBUTE_COLUMNS.items() if row[column]
    }
    declaration = Declaration(
        id=declaration_id,
        lodged_at=lodged_at,
        checkpoint=f"KR-{office}",
        direction=Direction.IMPORT,
        procedure=procedure,
        items=(
            GoodsItem(
                hs_code=hs,
                net_mass_kg=net_mass,
                value=price,
                currency="KRW",
                origin_country=origin,
            ),
        ),
        declarant=_company(row["Declarant ID"].strip()),
        consignee=_company(row["Importer ID"].strip()),
        consignor=_company(row["Seller ID"].strip()),
        carrier=_company(row["Courier ID"].strip()),
        route=Route(origin=origin, departure=departure, destination="KR"),
        attributes=attributes,
    )
    return IntakeRecord(declaration, outcome, errors.line)
