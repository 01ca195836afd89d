"""A count set off by a dash right after the weight of goods ("105 kilograms of glass eels -
about 300,000 eels in total -") restates the one find in pieces, as a count in brackets does;
a dash that starts other goods leaves them finds of their own."""

from __future__ import annotations

import pytest

from .reading import amounts_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Inspectors found 62 kilograms of glass eels - about 180,000 eels - in four bags.",
            [("fish", 62.0, 180000.0)],
        ),
        (
            "Officers seized 900 kilograms of crabs – about 2,000 crabs – from the boat.",
            [("crab", 900.0, 2000.0)],
        ),
        (
            "Officers seized 1.2 tons of sturgeon (340 fish) from the boat.",
            [("sturgeon", 1200.0, 340.0)],
        ),
    ],
)
def test_a_count_after_a_dash_restates_the_weight(
    text: str, expected: list[tuple[str, float | None, float | None]]
) -> None:
    assert amounts_found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers seized 1.2 tons of sturgeon – 40 rifles were found beside it.",
            [("sturgeon", 1200.0, None), ("firearms", None, 40.0)],
        ),
        # A drug's count is its packing, after a dash as in brackets.
        (
            "Officers seized 2 kg of heroin - 40 wraps - in the car.",
            [("heroin", 2.0, None)],
        ),
    ],
)
def test_other_goods_after_a_dash_stay_apart(
    text: str, expected: list[tuple[str, float | None, float | None]]
) -> None:
    assert amounts_found(text) == expected
