"""A count written after its goods belongs to them: "pirotexnika vasitələri - 20 min ədəd
götürülüb", "onların sayı 20 min ədəd olub", as "сигареты в количестве 5 тысяч пачек" and
"fireworks, a total of 20,000 pieces" already were; "pirotexnika" is the noun itself, not a
dative, so "200 ədəd pirotexnika" counts it."""

from __future__ import annotations

import pytest

from .reading import Goods, goods_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Polis əməkdaşları anbarda sahibkardan pirotexnika vasitələri - 12 min ədəd "
            "götürüblər.",
            [("pyrotechnics", None, 12000.0, "pieces")],
        ),
        (
            "Polis əməkdaşları anbarda fişəng aşkar ediblər, onların sayı 12 min ədəd olub.",
            [("pyrotechnics", None, 12000.0, "pieces")],
        ),
        (
            "Gömrükçülər anbarda 300 ədəd pirotexnika aşkar ediblər.",
            [("pyrotechnics", None, 300.0, "pieces")],
        ),
        (
            "Полицейские обнаружили на складе пиротехнику в количестве 12 тысяч штук.",
            [("pyrotechnics", None, 12000.0, "pieces")],
        ),
        (
            "Таможенники обнаружили в фуре сигареты в количестве 7 тысяч пачек.",
            [("cigarettes", None, 7000.0, "packs")],
        ),
        (
            "Police found fireworks in the warehouse, a total of 12,000 pieces.",
            [("pyrotechnics", None, 12000.0, "pieces")],
        ),
        (
            "Gömrükçülər yük maşınında siqaret aşkar ediblər, onların sayı 7 min qutu olub.",
            [("cigarettes", None, 7000.0, "packs")],
        ),
    ],
)
def test_the_count_after_the_goods_is_theirs(text: str, expected: list[Goods]) -> None:
    assert goods_found(text) == expected
