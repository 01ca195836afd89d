"""The Korea Customs Service layout (the synthetic import declarations of arXiv:2208.02484)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from functools import lru_cache
from typing import Any

from kordon.domain import Direction, Outcome, PartyKind
from kordon.intake import checks
from kordon.intake.errors import FieldErrors
from kordon.intake.layout import CODE_LENGTH, ID_LENGTH, IntakeRecord, PastOutcome

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

# The KCS party columns (opaque company codes) and the roles they fill on a declaration.
PARTY_COLUMNS = {
    "Declarant ID": "declarant",
    "Importer ID": "consignee",
    "Seller ID": "consignor",
    "Courier ID": "carrier",
}

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


_IMPORT = Direction.IMPORT.value
_COMPANY = PartyKind.COMPANY.value


def is_kcs_header(columns: list[str]) -> bool:
    """True when a CSV header looks like the KCS layout (most of its columns are there)."""
    return sum(column in columns for column in REQUIRED_COLUMNS) >= len(REQUIRED_COLUMNS) // 2


# The labels a KCS row may carry, by (Fraud, Critical Fraud): one shared outcome for each.
_PAST_OUTCOMES = {
    ("0", "0"): PastOutcome(Outcome.NOTHING_FOUND),
    ("1", "1"): PastOutcome(Outcome.IRREGULARITY),
    ("1", "2"): PastOutcome(Outcome.IRREGULARITY, critical=True),
}


def _labels(errors: FieldErrors, row: Mapping[str, str]) -> PastOutcome | None:
    fraud_raw = row.get("Fraud", "").strip()
    critical_raw = row.get("Critical Fraud", "").strip()
    if not fraud_raw and not critical_raw:
        return None
    known = _PAST_OUTCOMES.get((fraud_raw, critical_raw))
    if known is not None:
        return known
    if fraud_raw not in ("0", "1"):
        errors.add("Fraud", f"{fraud_raw!r} must be 0 or 1")
    elif critical_raw not in ("0", "1", "2"):
        errors.add("Critical Fraud", f"{critical_raw!r} must be 0, 1 or 2")
    else:
        errors.add("Critical Fraud", f"{critical_raw} contradicts Fraud {fraud_raw}")
    return None


def _codes(errors: FieldErrors, row: Mapping[str, str], names: Mapping[str, str]) -> dict[str, str]:
    """Opaque codes (of companies, offices, tariffs) under their names; empty ones left out."""
    found: dict[str, str] = {}
    for column, name in names.items():
        value = row[column].strip()
        if len(value) > checks.MAX_TEXT:
            checks.text(errors, column, value)  # records why
        elif value:
            found[name] = value
    return found


def parse_kcs_row(errors: FieldErrors, row: Mapping[str, str]) -> IntakeRecord | None:
    """Check one KCS row and map it onto Kordon's layout (with its label as a past outcome).

    The row becomes the document directly: the same document `to_document` gives for the
    declaration, so a KCS row and its Kordon JSON line hash alike, and a bulk import never
    builds domain objects it does not need.
    """
    declaration_id = checks.text(
        errors, "Declaration ID", row["Declaration ID"], required=True, limit=ID_LENGTH
    )
    errors.declaration_id = declaration_id
    lodged_at = checks.timestamp(errors, "Date", row["Date"])
    office = checks.text(
        errors, "Office ID", row["Office ID"], required=True, limit=CODE_LENGTH - len("KR-")
    )
    procedure = checks.text(
        errors, "Process Type", row["Process Type"], required=True, limit=CODE_LENGTH
    )
    hs = checks.hs_code(errors, "HS6 Code", row["HS6 Code"])
    departure = checks.country(errors, "Country of Departure", row["Country of Departure"])
    origin = checks.country(errors, "Country of Origin", row["Country of Origin"])
    net_mass = checks.number(errors, "Net Mass", row["Net Mass"])
    price = checks.number(errors, "Item Price", row["Item Price"])
    tax_rate = row["Tax Rate"].strip()
    if tax_rate:
        checks.number(errors, "Tax Rate", tax_rate)
    parties = _codes(errors, row, PARTY_COLUMNS)
    attributes = _codes(errors, row, ATTRIBUTE_COLUMNS)
    outcome = _labels(errors, row)
    if errors:
        return None
    assert declaration_id and lodged_at and office and procedure and hs
    route = {"destination": "KR"}
    if origin:
        route["origin"] = origin
    if departure:
        route["departure"] = departure
    item: dict[str, Any] = {"hs_code": hs, "currency": "KRW"}
    if net_mass is not None:
        item["net_mass_kg"] = net_mass
    if price is not None:
        item["value"] = price
    if origin:
        item["origin_country"] = origin
    document: dict[str, Any] = {
        "id": declaration_id,
        "lodged_at": _isoformat(lodged_at),
        "checkpoint": f"KR-{office}",
        "direction": _IMPORT,
        "procedure": procedure,
        "route": route,
        "items": [item],
    }
    for role, name in parties.items():
        document[role] = {"kind": _COMPANY, "name": name}
    if attributes:
        document["attributes"] = attributes
    return IntakeRecord(None, outcome, errors.line, document=document)


@lru_cache(maxsize=4096)
def _isoformat(moment: datetime) -> str:
    return moment.isoformat()
