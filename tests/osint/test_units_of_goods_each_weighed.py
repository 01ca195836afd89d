"""Units of goods followed by each one's weight ("250 брикетов кокаина, каждый весом по 1 кг",
"250 briket kokain, hər biri 1 kiloqram") are one find weighing their product, whatever the
units are called; a weight of the goods themselves is no count of units."""

from __future__ import annotations

import pytest

from .reading import amounts_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Пограничники изъяли в автомобиле 250 брикетов кокаина, каждый весом по 1 кг.",
            ("cocaine", 250.0, None),
        ),
        (
            "Пограничники изъяли в автомобиле 30 упаковок героина, каждая весом по 0,5 кг.",
            ("heroin", 15.0, None),
        ),
        (
            "Sərhədçilər avtomobildə 250 briket kokain, hər biri 1 kiloqram, aşkar ediblər.",
            ("cocaine", 250.0, None),
        ),
        (
            "Officers found 250 packages of cocaine, each weighing 2 kilograms, in the car.",
            ("cocaine", 500.0, None),
        ),
    ],
)
def test_units_each_weighed_give_the_finds_weight(
    text: str, expected: tuple[str, float | None, float | None]
) -> None:
    assert amounts_found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Пограничники изъяли 250 брикетов кокаина общим весом 250 кг.",
            ("cocaine", 250.0, None),
        ),
        ("Пограничники изъяли 12 кг героина, спрятанного в двери.", ("heroin", 12.0, None)),
        (
            "Officers found 20 kilograms of cocaine in 20 bricks, each weighing 1 kilogram.",
            ("cocaine", 20.0, None),
        ),
    ],
)
def test_a_total_weight_is_not_multiplied(
    text: str, expected: tuple[str, float | None, float | None]
) -> None:
    assert amounts_found(text) == [expected]
