"""A weapon's model written right before a part of it names the part: "four AK-47 bolts" are
firearm parts and "six AK-47 magazines" magazines, not ten more rifles. Russian and Azerbaijani
name the part first ("четыре затвора АК-47"), and the rifles themselves stay firearms."""

from __future__ import annotations

import pytest

from kordon.osint import extract_text


def _read(text: str) -> list[tuple[str, float | None]]:
    return [(r.substance, r.quantity_count) for r in extract_text(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers seized two AK-47 rifles, three AK-47 bolts and five AK-47 magazines in "
            "the van.",
            [("firearms", 2.0), ("firearm parts", 3.0), ("magazines", 5.0)],
        ),
        (
            "Officers found three Kalashnikov barrels in a parcel.",
            [("firearm parts", 3.0)],
        ),
        (
            "Пограничники изъяли два автомата АК-47, три затвора АК-47 и пять магазинов к АК-47.",
            [("firearms", 2.0), ("magazines", 5.0)],
        ),
        (
            "Officers seized two AK-47 rifles in the van.",
            [("firearms", 2.0)],
        ),
        (
            "Officers seized two AK-47 rifles and 300 rounds of ammunition in the van.",
            [("firearms", 2.0), ("ammunition", 300.0)],
        ),
    ],
)
def test_a_models_part_is_no_weapon(text: str, expected: list[tuple[str, float | None]]) -> None:
    assert _read(text) == expected
