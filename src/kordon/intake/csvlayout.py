"""Kordon's CSV layout: one row per goods item; consecutive rows with one id form a declaration.

Declaration-level columns repeat on every item row and must agree. Columns named `attr_<name>`
become free attributes. The rows are turned into the JSON document layout and checked there, so
both layouts obey the same rules; errors are reported with the CSV line and column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from kordon.intake.errors import RowError

PARTY_COLUMNS = {
    f"{role}_{part}": (role, part)
    for role in ("declarant", "consignor", "consignee", "carrier")
    for part in ("name", "kind", "country", "tax_id")
}
DRIVER_COLUMNS = {
    f"{prefix}_{part}": (index, part)
    for index, prefix in enumerate(("driver", "co_driver"))
    for part in ("name", "nationality", "passport")
}
DECLARATION_COLUMNS = {
    "declaration_id",
    "lodged_at",
    "checkpoint",
    "direction",
    "procedure",
    "transport_mode",
    "tractor_plate",
    "trailer_plate",
    "vehicle_country",
    "origin_country",
    "departure_country",
    "transit_countries",
    "destination_country",
    "outcome",
    "critical",
    *PARTY_COLUMNS,
    *DRIVER_COLUMNS,
}
ITEM_COLUMNS = {
    "item_hs_code",
    "item_description",
    "item_packages",
    "item_gross_mass_kg",
    "item_net_mass_kg",
    "item_value",
    "item_currency",
    "item_origin_country",
}
REQUIRED_COLUMNS = ("declaration_id", "lodged_at", "checkpoint", "direction", "procedure")


def is_kordon_header(columns: list[str]) -> bool:
    """True when a CSV header is Kordon's own layout."""
    return "declaration_id" in columns


def header_problems(columns: list[str]) -> list[str]:
    """What is wrong with a Kordon CSV header: missing, unknown or repeated columns."""
    problems = [
        f"the required column '{name}' is missing"
        for name in REQUIRED_COLUMNS
        if name not in columns
    ]
    if "item_hs_code" not in columns:
        problems.append("the required column 'item_hs_code' is missing")
    known = DECLARATION_COLUMNS | ITEM_COLUMNS
    for name in columns:
        if name not in known and not name.startswith("attr_"):
            problems.append(f"'{name}' is not a column of Kordon's CSV layout")
    repeated = {name for name in columns if columns.count(name) > 1}
    problems.extend(f"the column '{name}' appears more than once" for name in sorted(repeated))
    return problems


def _declaration_part(row: dict[str, str]) -> dict[str, str]:
    return {
        key: value
        for key, value in row.items()
        if (key in DECLARATION_COLUMNS or key.startswith("attr_")) and value.strip()
    }


@dataclass
class CsvGroup:
    """The rows of one declaration while they are being read."""

    first_line: int
    head: dict[str, str]
    item_rows: list[dict[str, str]] = field(default_factory=list)
    item_lines: list[int] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    def add_item_row(self, file: str, line: int, row: dict[str, str]) -> None:
        """Add an item row, checking that its declaration-level columns agree with the first."""
        part = _declaration_part(row)
        for key in set(part) | set(self.head):
            if part.get(key, "").strip() != self.head.get(key, "").strip():
                self.errors.append(
                    RowError(
                        file,
                        line,
                        key,
                        f"differs from line {self.first_line} of the same declaration "
                        f"({self.head.get(key, '')!r} there, {part.get(key, '')!r} here)",
                        self.head.get("declaration_id"),
                    )
                )
        self.item_rows.append(row)
        self.item_lines.append(line)


def start_group(line: int, row: dict[str, str]) -> CsvGroup:
    """Begin a declaration at its first row."""
    group = CsvGroup(first_line=line, head=_declaration_part(row))
    group.item_rows.append(row)
    group.item_lines.append(line)
    return group


def _blank_to_none(value: str | None) -> str | None:
    return value if value and value.strip() else None


def to_document(group: CsvGroup) -> dict[str, Any]:
    """The declaration document that a group of CSV rows describes."""
    head = group.head
    doc: dict[str, Any] = {
        "id": head.get("declaration_id"),
        "lodged_at": head.get("lodged_at"),
        "checkpoint": head.get("checkpoint"),
        "direction": head.get("direction"),
        "procedure": head.get("procedure"),
    }
    parties: dict[str, dict[str, Any]] = {}
    for column, (role, part) in PARTY_COLUMNS.items():
        value = _blank_to_none(head.get(column))
        if value is None:
            continue
        party = parties.setdefault(role, {"kind": "company"})
        if part == "tax_id":
            party.setdefault("identifiers", {})["tax_id"] = value
        else:
            party[part] = value
    doc.update(parties)
    drivers: dict[int, dict[str, Any]] = {}
    for column, (index, part) in DRIVER_COLUMNS.items():
        value = _blank_to_none(head.get(column))
        if value is None:
            continue
        driver = drivers.setdefault(index, {"kind": "person"})
        if part == "nationality":
            driver["country"] = value
        elif part == "passport":
            driver.setdefault("identifiers", {})["passport"] = value
        else:
            driver[part] = value
    if drivers:
        doc["drivers"] = [drivers[index] for index in sorted(drivers)]
    conveyance = {
        "mode": _blank_to_none(head.get("transport_mode")),
        "tractor_plate": _blank_to_none(head.get("tractor_plate")),
        "trailer_plate": _blank_to_none(head.get("trailer_plate")),
        "registration_country": _blank_to_none(head.get("vehicle_country")),
    }
    if any(conveyance.values()):
        doc["conveyance"] = {key: value for key, value in conveyance.items() if value}
    transit = [code for code in re.split(r"[\s;,>]+", head.get("transit_countries", "")) if code]
    doc["route"] = {
        key: value
        for key, value in {
            "origin": _blank_to_none(head.get("origin_country")),
            "departure": _blank_to_none(head.get("departure_country")),
            "transit": transit or None,
            "destination": _blank_to_none(head.get("destination_country")),
        }.items()
        if value
    }
    doc["items"] = [
        {
            column.removeprefix("item_"): row[column]
            for column in ITEM_COLUMNS
            if column in row and row[column].strip()
        }
        for row in group.item_rows
    ]
    attributes = {
        key.removeprefix("attr_"): value for key, value in head.items() if key.startswith("attr_")
    }
    if attributes:
        doc["attributes"] = attributes
    if _blank_to_none(head.get("outcome")):
        critical = head.get("critical", "").strip().lower()
        doc["outcome"] = {"result": head["outcome"], "critical": critical in ("1", "true", "yes")}
    return doc


_ITEM_FIELD = re.compile(r"^items\[(\d+)\]\.(\w+)$")
_DRIVER_FIELD = re.compile(r"^drivers\[(\d+)\]\.(\w+)(?:\.(\w+))?$")
_DOC_TO_COLUMN = {
    "id": "declaration_id",
    "route.origin": "origin_country",
    "route.departure": "departure_country",
    "route.destination": "destination_country",
    "conveyance.mode": "transport_mode",
    "conveyance.tractor_plate": "tractor_plate",
    "conveyance.trailer_plate": "trailer_plate",
    "conveyance.registration_country": "vehicle_country",
    "outcome.result": "outcome",
    "outcome.critical": "critical",
}


def locate(group: CsvGroup, error: RowError) -> RowError:
    """Point a document-level error at the CSV line and column it came from."""
    name = error.field or ""
    line = group.first_line
    column: str | None = _DOC_TO_COLUMN.get(name)
    if column is None and (match := _ITEM_FIELD.match(name)):
        index = int(match.group(1))
        line = group.item_lines[index] if index < len(group.item_lines) else line
        column = f"item_{match.group(2)}"
    elif column is None and (match := _DRIVER_FIELD.match(name)):
        prefix = ("driver", "co_driver")[min(int(match.group(1)), 1)]
        part = {"country": "nationality", "identifiers": "passport"}.get(
            match.group(2), match.group(2)
        )
        column = f"{prefix}_{part}"
    elif column is None and name.startswith("route.transit"):
        column = "transit_countries"
    elif column is None and name.startswith("attributes."):
        column = "attr_" + name.removeprefix("attributes.")
    elif column is None and "." in name:
        role, part = name.split(".", 1)
        column = f"{role}_{'tax_id' if part.startswith('identifiers') else part}"
    return RowError(error.file, line, column or error.field, error.reason, error.declaration_id)
