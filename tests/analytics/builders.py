"""A seizure builder for the analytics tests."""

from __future__ import annotations

from datetime import date
from typing import Any

from kordon.domain import Person, QuantityUnit, Seizure, SeizureItem, SeizureSource


def make_seizure(
    seizure_id: int,
    commodity: str = "heroin",
    quantity: float | None = 10.0,
    unit: QuantityUnit = QuantityUnit.KG,
    *,
    location: str | None = None,
    method: str | None = None,
    persons: tuple[str, ...] = (),
    **overrides: Any,
) -> Seizure:
    """A seizure of one item; keyword overrides set any other field."""
    item = SeizureItem(commodity, quantity, unit, None, location, method)
    values: dict[str, Any] = {
        "id": seizure_id,
        "source": SeizureSource.INSPECTION,
        "items": (item,),
        "occurred_on": date(2026, 11, 5),
        "persons": tuple(Person(name, "driver") for name in persons),
    }
    values.update(overrides)
    return Seizure(**values)
