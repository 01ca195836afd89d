"""A count written after its goods belongs to them: "pirotexnika vasitələri - 20 min ədəd
götürülüb", "onların sayı 20 min ədəd olub", as "сигареты в количестве 5 тысяч пачек" and
"fireworks, a total of 20,000 pieces" already were; "pirotexnika" is the noun itself, not a
dative, so "200 ədəd pirotexnika" counts it."""

from __future__ import annotations

import pytest

from kordon.osint import extract_text


def _read(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(r.substance, r.quantity_count, r.count_unit) for r in extract_text(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Polis əməkdaşları anbarda sahibkardan pirotexnika vasitələri - 12 min ədəd "
            "götürüblər.",
            [("pyrotechnics", 12000.0, "pieces")],
        ),
        (
            "Polis əməkdaşları anbarda fişəng aşkar ediblər, onların sayı 12 min ədəd olub.",
            [("pyrotechnics", 12000.0, "pieces")],
        ),
        (
            "Gömrükçülər anbarda 300 ədəd pirotexnika aşkar ediblər.",
            [("pyrotechnics", 300.0, "pieces")],
        ),
        (
            "Полицейские обнаружили на складе пиротехнику в количестве 12 тысяч штук.",
            [("pyrotechnics", 12000.0, "pieces")],
        ),
        (
            "Таможенники обнаружили в фуре сигареты в количестве 7 тысяч пачек.",
            [("cigarettes", 7000.0, "packs")],
        ),
        (
            "Police found fireworks in the warehouse, a total of 12,000 pieces.",
            [("pyrotechnics", 12000.0, "pieces")],
        ),
        (
            "Gömrükçülər yük maşınında siqaret aşkar ediblər, onların sayı 7 min qutu olub.",
            [("cigarettes", 7000.0, "packs")],
        ),
    ],
)
def test_the_count_after_the_goods_is_theirs(
    text: str, expected: list[tuple[str, float | None, str | None]]
) -> None:
    assert _read(text) == expected
