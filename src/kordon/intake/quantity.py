"""Seizure quantities as officers write them, normalised to kg, pieces or litres with pint."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from kordon.domain import QuantityUnit
from kordon.domain.errors import Invalid

# A number followed by a unit: "301 kilograms", "475 g", "1,5 l", "12 pcs", "2.5t".
_PART = re.compile(r"(\d+(?:[.,]\d+)?)\s*([^\d\s.,][^\d\s]*)?")
_WORDS = re.compile(r"\b(?:and|plus)\b|[+&]", re.IGNORECASE)
_ALIASES = {
    "kilo": "kilogram",
    "kilos": "kilogram",
    "kgs": "kilogram",
    "gr": "gram",
    "grs": "gram",
    "tonne": "metric_ton",
    "tonnes": "metric_ton",
    "ton": "metric_ton",
    "tons": "metric_ton",
    "t": "metric_ton",
    "lbs": "pound",
    "ltr": "liter",
    "litre": "liter",
    "litres": "liter",
    "millilitre": "milliliter",
    "millilitres": "milliliter",
}
_BASE = {"[mass]": ("kilogram", QuantityUnit.KG), "[length] ** 3": ("liter", QuantityUnit.LITRES)}
UNITS_HELP = 'kg, g, t, lb, oz, l, ml or pieces; parts add up ("301 kg 475 g")'


class QuantityError(Invalid, ValueError):
    """A quantity that cannot be read or mixes kinds of unit."""


@dataclass(frozen=True, slots=True)
class Quantity:
    """A normalised quantity and the text it was read from."""

    value: float
    unit: QuantityUnit
    as_written: str


@lru_cache(maxsize=1)
def _registry() -> Any:
    # Building the registry takes a moment, so it happens on first use, not at import.
    import pint

    registry: Any = pint.UnitRegistry()
    registry.define("piece = [count] = pcs = pc = pieces = unit = units = tablets = tablet")
    return registry


def _unit_name(text: str) -> str:
    word = text.strip().rstrip(".").lower()
    return _ALIASES.get(word, word)


def parse_quantity(text: str, *, default_unit: str | None = None) -> Quantity:
    """Read "301 kilograms 475 grams" as 301.475 kg; every part must be the same kind of unit."""
    written = " ".join(text.split())
    cleaned = _WORDS.sub(" ", written)
    parts = list(_PART.finditer(cleaned))
    leftover = _PART.sub("", cleaned).strip()
    if not parts or leftover:
        raise QuantityError(
            f"{written!r} is not a quantity: write a number and a unit ({UNITS_HELP})."
        )
    registry = _registry()
    total = 0.0
    unit: QuantityUnit | None = None
    for part in parts:
        number = float(part.group(1).replace(",", "."))
        name = _unit_name(part.group(2) or default_unit or "")
        if not name:
            raise QuantityError(
                f"{written!r}: the number {part.group(1)} has no unit ({UNITS_HELP})."
            )
        try:
            measured = registry.Quantity(number, name)
        except Exception as exc:  # pint raises several kinds of error for unknown names
            raise QuantityError(
                f"{written!r}: {name!r} is not a unit Kordon knows ({UNITS_HELP})."
            ) from exc
        value, this_unit = _normalise(measured, written)
        if unit is not None and this_unit is not unit:
            raise QuantityError(f"{written!r} mixes {unit.value} and {this_unit.value}.")
        unit = this_unit
        total += value
    assert unit is not None
    return Quantity(value=round(total, 6), unit=unit, as_written=written)


def _normalise(measured: Any, written: str) -> tuple[float, QuantityUnit]:
    dimensionality = str(measured.dimensionality)
    if dimensionality == "[count]":
        return float(measured.to("piece").magnitude), QuantityUnit.PIECES
    if dimensionality in _BASE:
        target, unit = _BASE[dimensionality]
        return float(measured.to(target).magnitude), unit
    raise QuantityError(f"{written!r} is not a mass, a volume or a number of pieces.")
