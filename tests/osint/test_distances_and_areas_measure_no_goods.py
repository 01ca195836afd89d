"""A distance ("200 metres from the post", "в 300 метрах от заставы", "300 metr aralıda") or
the floor area of a place ("a shed of 600 square metres storing ...", "600 kvadratmetrlik
anbarda") measures no goods: the goods named after it are no find of their own."""

from __future__ import annotations

import pytest

from kordon.osint import extract_text
from kordon.osint.measures import measured_apart


def _measured(text: str, goods: str) -> bool:
    return measured_apart(text, 0, text.index(goods), goods)


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        ("Officers stopped a van 400 metres away with cigarettes inside", "cigarettes"),
        ("Police searched a shed of 600 square metres holding cigarettes", "cigarettes"),
        ("В 200 метрах от поста пограничники нашли сигареты", "сигареты"),
        ("На расстоянии 50 метров от берега лежали сигареты", "сигареты"),
        ("Postdan 200 metr aralıda siqaret tapılıb", "siqaret"),
        ("600 kvadratmetrlik anbarda siqaret saxlanılırdı", "siqaret"),
    ],
)
def test_a_distance_or_an_area_measures_no_goods(text: str, goods: str) -> None:
    assert not _measured(text, goods)


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        ("They found 80 metres of copper cable", "copper"),
        ("Нашли 80 метров медного кабеля", "медного"),
        ("80 metr mis naqil aşkar edilib", "mis"),
    ],
)
def test_goods_told_by_their_measure_are_measured(text: str, goods: str) -> None:
    assert _measured(text, goods)


def test_the_goods_a_place_of_some_area_holds_are_one_find() -> None:
    text = (
        "Police in Rustavi, Georgia, seized 9,000 packs of cigarettes in a storehouse of 250 "
        "square metres storing cigarettes."
    )
    assert [r.substance for r in extract_text(text)] == ["cigarettes"]


@pytest.mark.parametrize(
    ("text", "goods", "measured"),
    [
        ("Anbarda 30 m3 həcmində taxta materialı tapılıb", "taxta", True),
        ("На складе нашли 30 m3 древесины", "древесины", True),
        ("They found 30 m3 of timber", "timber", True),
        ("Police searched a store of 300 m2 holding cigarettes", "cigarettes", False),
    ],
)
def test_a_unit_symbol_measures_goods_in_every_language(
    text: str, goods: str, measured: bool
) -> None:
    assert _measured(text, goods) is measured
