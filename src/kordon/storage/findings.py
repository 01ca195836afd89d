"""Seized items and persons as stored: shared by inspections (JSON) and seizures (rows)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kordon.domain import Person, QuantityUnit, SeizureItem


def item_values(item: SeizureItem) -> dict[str, Any]:
    """A seized item's stored values."""
    return {
        "commodity": item.commodity,
        "quantity": item.quantity,
        "unit": item.unit.value,
        "quantity_as_written": item.quantity_as_written,
        "concealment_location": item.concealment_location,
        "concealment_method": item.concealment_method,
        "packaging": item.packaging,
    }


def item_from(values: Mapping[Any, Any]) -> SeizureItem:
    """A seized item from its stored values (a JSON object or a table row's mapping)."""
    return SeizureItem(
        commodity=values["commodity"],
        quantity=values["quantity"],
        unit=QuantityUnit(values["unit"]),
        quantity_as_written=values.get("quantity_as_written"),
        concealment_location=values.get("concealment_location"),
        concealment_method=values.get("concealment_method"),
        packaging=values.get("packaging"),
    )


def person_values(person: Person) -> dict[str, Any]:
    """A person's stored values."""
    return {
        "name": person.name,
        "role": person.role,
        "nationality": person.nationality,
        "identifier": person.identifier,
    }
