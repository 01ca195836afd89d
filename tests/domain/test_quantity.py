"""Quantities as officers write them become kg, pieces or litres."""

from __future__ import annotations

import pytest

from kordon.domain import QuantityUnit
from kordon.domain.quantity import QuantityError, parse_quantity


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("301 kilograms 475 grams", 301.475, QuantityUnit.KG),
        ("301 kg 475 g", 301.475, QuantityUnit.KG),
        ("320.6 kg", 320.6, QuantityUnit.KG),
        ("320,6 kg", 320.6, QuantityUnit.KG),
        ("1.2 t", 1200.0, QuantityUnit.KG),
        ("2 tonnes", 2000.0, QuantityUnit.KG),
        ("10 lb", 4.535924, QuantityUnit.KG),
        ("16 oz", 0.453592, QuantityUnit.KG),
        ("12000 pieces", 12000.0, QuantityUnit.PIECES),
        ("500 pcs", 500.0, QuantityUnit.PIECES),
        ("40 litres", 40.0, QuantityUnit.LITRES),
        ("1 l and 500 ml", 1.5, QuantityUnit.LITRES),
    ],
)
def test_normalised(text: str, value: float, unit: QuantityUnit) -> None:
    quantity = parse_quantity(text)
    assert quantity.value == pytest.approx(value) and quantity.unit is unit
    assert quantity.as_written == text


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("a lot", "not a quantity"),
        ("12", "has no unit"),
        ("3 kg 2 l", "mixes kg and litres"),
        ("3 zorks", "not a unit Kordon knows"),
        ("5 metres", "not a mass"),
    ],
)
def test_refused(text: str, message: str) -> None:
    with pytest.raises(QuantityError, match=message):
        parse_quantity(text)
