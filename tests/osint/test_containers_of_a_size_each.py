"""A count of containers or units and the size of each one ("119 drums of 250 litres each",
"40 мешков сахара по 50 кг") is one find of their product, in weight or in volume; the size
of one container alone, or a container's capacity, is no find."""

from __future__ import annotations

import pytest

from kordon.osint import extract_text

Read = tuple[str, float | None, float | None, float | None]


def read(text: str) -> list[Read]:
    """Each record's goods, weight, count and volume, in the reader's order."""
    return [
        (r.substance, r.quantity_kg, r.quantity_count, r.quantity_litres)
        for r in extract_text(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Revenue officers impounded 64 drums of smuggled ethanol of 200 litres each at the "
            "border town.",
            [("ethanol", None, None, 12800.0)],
        ),
        (
            "The two lorries carried 64 drums of 200 litres each of ethanol, officers said.",
            [("ethanol", None, None, 12800.0)],
        ),
        (
            "Officers at the port seized 35 sacks of sugar of 50 kg each, hidden under cement.",
            [("sugar", 1750.0, None, None)],
        ),
        (
            "Police found 16 packets of heroin of 2 kg each in the spare wheel.",
            [("heroin", 32.0, None, None)],
        ),
        (
            "Таможенники задержали грузовик и изъяли 64 бочки спирта по 200 литров.",
            [("ethanol", None, None, 12800.0)],
        ),
        (
            "Таможенники изъяли 35 мешков сахара по 50 кг.",
            [("sugar", 1750.0, None, None)],
        ),
    ],
)
def test_a_count_of_containers_times_the_size_of_each(text: str, expected: list[Read]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A container's capacity is the size of what was found, not how much it held.
        (
            "The drums, with a capacity of 200 litres each, held ethanol seized by officers.",
            [("ethanol", None, None, None)],
        ),
        # Bottles are goods counted, not containers poured out.
        (
            "Officers seized 200 bottles of brandy of 0.5 litres each at the post.",
            [("alcoholic beverages", None, 200.0, None)],
        ),
        (
            "Hər biri 1 litrlik olmaqla 268 ədəd araq və 40 ədəd konyak aşkar edilib.",
            [("alcoholic beverages", None, 268.0, None), ("alcoholic beverages", None, 40.0, None)],
        ),
        (
            "Таможенники изъяли 120 бутылок коньяка по 0,5 литра.",
            [("alcoholic beverages", None, 120.0, None)],
        ),
        # A total the report writes stands; the size of the containers holding it is no find.
        (
            "Officers seized 900 litres of ethanol in 5 drums of 200 litres.",
            [("ethanol", None, None, 900.0)],
        ),
        (
            "Таможенники изъяли 900 литров спирта в бочках по 200 литров.",
            [("ethanol", None, None, 900.0)],
        ),
    ],
)
def test_a_size_without_its_count_is_no_product(text: str, expected: list[Read]) -> None:
    assert read(text) == expected
