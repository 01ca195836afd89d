"""Glasses worn on the face ("очки", "eynək", "eyeglasses") are counted goods of their own
class, whether or not they shade from the sun; "очков" in a game's score is no goods."""

from __future__ import annotations

import pytest

from .reading import goods_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Таможенники изъяли в магазине 1200 очков с поддельным товарным знаком.",
            [("sunglasses", None, 1200.0, "items")],
        ),
        (
            "Gömrük əməkdaşları sərnişinin çamadanında 300 ədəd eynək aşkar ediblər.",
            [("sunglasses", None, 300.0, "items")],
        ),
        (
            "Officers seized 450 counterfeit eyeglasses at the port of entry.",
            [("sunglasses", None, 450.0, "items")],
        ),
        (
            "Спортсмен набрал 10 очков, а таможенники изъяли 5 кг героина.",
            [("heroin", 5.0, None, None)],
        ),
    ],
)
def test_glasses_are_counted_goods(text: str, expected: list[tuple[object, ...]]) -> None:
    assert goods_found(text) == expected
