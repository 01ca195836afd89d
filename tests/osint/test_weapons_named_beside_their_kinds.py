"""A generic word for arms ("weapons", "оружие", "silah-sursat") named without a figure beside
the kinds of arms a report counts (rifles, rounds, knives) names those finds, not another one.
Named alone, it is the find."""

from __future__ import annotations

import pytest

from kordon.osint import extract_text


def _goods(text: str) -> list[str]:
    return [r.substance for r in extract_text(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Weapons seized at the border\nOfficers found four rifles and 889 rounds of ammunition in "
        "the truck at the crossing.",
        "Officers seized weapons at the crossing on Monday. In the truck they found four rifles "
        "and 889 rounds of ammunition.",
        "На границе изъято оружие\nПограничники нашли в грузовике четыре автомата и 889 патронов.",
        "Sərhəddə silah-sursat aşkarlanıb\nSərhədçilər yük maşınında 4 avtomat və 889 ədəd "
        "patron aşkar ediblər.",
    ],
)
def test_weapons_named_beside_their_kinds_are_no_find(text: str) -> None:
    assert _goods(text) == ["firearms", "ammunition"]


def test_weapons_named_alone_are_the_find() -> None:
    assert _goods("Police seized weapons in a raid in Baku.") == ["weapons"]
