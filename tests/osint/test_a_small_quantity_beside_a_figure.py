"""Goods told by "a small quantity" beside a figure of other goods are a find of their own, with
no quantity, as "a large quantity" already was: "five tons of diesel along with a small quantity
of narcotics", "пять тонн топлива и небольшое количество наркотиков"."""

from __future__ import annotations

import pytest

from .reading import goods_found


@pytest.mark.parametrize(
    "text",
    [
        "At the port officers found five tons of diesel in the fish hold along with a small "
        "quantity of narcotics.",
        "В порту пограничники обнаружили в трюме пять тонн дизельного топлива и небольшое "
        "количество наркотиков.",
    ],
)
def test_a_small_quantity_is_a_find(text: str) -> None:
    assert goods_found(text) == [
        ("fuel", 5000.0, None, None),
        ("drugs (unspecified)", None, None, None),
    ]


def test_a_small_boat_is_no_amount() -> None:
    text = "At the port officers found five tons of diesel hidden in a small fishing boat."
    assert goods_found(text) == [("fuel", 5000.0, None, None)]
