"""Small builders for test data: a valid thing by default, overridden where a test cares."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

BASE_DOCUMENT: dict[str, Any] = {
    "id": "AZ-2026-000001",
    "lodged_at": "2026-03-01T09:30:00",
    "checkpoint": "AZ-AST",
    "direction": "transit",
    "procedure": "T1",
    "consignor": {"kind": "company", "name": "Tabriz Dried Fruit Co", "country": "IR"},
    "consignee": {"kind": "company", "name": "Fructe Uscate SRL", "country": "MD"},
    "drivers": [
        {
            "kind": "person",
            "name": "Məhəmməd Əlizadə",
            "country": "IR",
            "identifiers": {"passport": "X12345678"},
        }
    ],
    "conveyance": {
        "mode": "road",
        "tractor_plate": "12 ع 345 67",
        "trailer_plate": "10-AB-123",
        "registration_country": "IR",
    },
    "route": {"origin": "IR", "departure": "IR", "transit": ["AZ", "GE"], "destination": "MD"},
    "items": [
        {
            "hs_code": "080620",
            "description": "Raisins",
            "packages": 1400,
            "gross_mass_kg": 21000,
            "net_mass_kg": 20000,
            "value": 30000,
            "currency": "USD",
            "origin_country": "IR",
        }
    ],
}


def make_document(**overrides: Any) -> dict[str, Any]:
    """A valid declaration document; keyword arguments replace top-level fields."""
    document = copy.deepcopy(BASE_DOCUMENT)
    document.update(overrides)
    return document


def write_jsonl(path: Path, documents: list[Any]) -> Path:
    """Write documents as JSON Lines (strings are written as they are)."""
    lines = [d if isinstance(d, str) else json.dumps(d, ensure_ascii=False) for d in documents]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


KCS_HEADER = (
    "Declaration ID,Date,Office ID,Process Type,Import Type,Import Use,Payment Type,"
    "Mode of Transport,Declarant ID,Importer ID,Seller ID,Courier ID,HS6 Code,"
    "Country of Departure,Country of Origin,Tax Rate,Tax Type,Country of Origin Indicator,"
    "Net Mass,Item Price,Fraud,Critical Fraud"
)


def kcs_row(declaration_id: str = "97061800", **overrides: str) -> str:
    """One KCS CSV line; keyword arguments (column names with _ for spaces) replace values."""
    values = {
        "Declaration ID": declaration_id,
        "Date": "2020-01-01",
        "Office ID": "30",
        "Process Type": "B",
        "Import Type": "11",
        "Import Use": "21",
        "Payment Type": "11",
        "Mode of Transport": "10",
        "Declarant ID": "ZZR1LT6",
        "Importer ID": "QLRUBN9",
        "Seller ID": "0VKY2BR",
        "Courier ID": "",
        "HS6 Code": "440890",
        "Country of Departure": "BE",
        "Country of Origin": "BE",
        "Tax Rate": "0.0",
        "Tax Type": "FEU1",
        "Country of Origin Indicator": "G",
        "Net Mass": "108.0",
        "Item Price": "372254.4",
        "Fraud": "0",
        "Critical Fraud": "0",
    }
    for key, value in overrides.items():
        values[key.replace("_", " ")] = value
    return ",".join(values.values())


def make_image(kind: str = "PNG", size: tuple[int, int] = (64, 48)) -> bytes:
    """A small real image (PNG, JPEG or WEBP) made with Pillow, as an upload would carry."""
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", size, (120, 80, 40)).save(out, format=kind)
    return out.getvalue()


# A risk profile that sends every raisin declaration (the default document's goods) to red.
RED_RAISINS_PROFILE = """
- id: RED-RAISINS
  description: Raisins in transit
  owner: analyst
  channel: red
  when: {field: item.hs_code, prefix: ["0806"]}
"""
