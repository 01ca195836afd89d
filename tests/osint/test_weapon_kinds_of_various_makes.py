"""Weapons finds counted by kind, each kind's count read over words of variety ("7 müxtəlif
növ qumbara", "assorted"), and grenade-launcher rounds and grenade fuses named in all three
languages."""

from __future__ import annotations

import pytest

from .reading import goods_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Words of variety between the figure and the goods describe them: the count stays.
        (
            "Polis meşədə 2 tapança, 9 müxtəlif növ qumbara və 150 ədəd patron aşkar edib.",
            [
                ("firearms", None, 2.0, "pieces"),
                ("explosives", None, 9.0, "pieces"),
                ("ammunition", None, 150.0, "rounds"),
            ],
        ),
        (
            "Polis evdən 4 müxtəlif markalı tüfəng və 30 ədəd patron aşkar edib.",
            [("firearms", None, 4.0, "pieces"), ("ammunition", None, 30.0, "rounds")],
        ),
        (
            "Police found 3 pistols, 8 assorted grenades and 120 rounds of ammunition in a "
            "barn near the border.",
            [
                ("firearms", None, 3.0, "pieces"),
                ("explosives", None, 8.0, "pieces"),
                ("ammunition", None, 120.0, "rounds"),
            ],
        ),
        # A grenade-launcher round and the fuses of grenades are explosives, counted.
        (
            "Polis postun yaxınlığında 2 avtomat, 3 qumbaraatan mərmisi və 6 ədəd fitil "
            "aşkar edib.",
            [
                ("firearms", None, 2.0, "pieces"),
                ("explosives", None, 3.0, "pieces"),
                ("explosives", None, 6.0, "pieces"),
            ],
        ),
        (
            "В ходе обыска в гараже изъяты 2 автомата, 4 выстрела к гранатомёту и 5 запалов.",
            [
                ("firearms", None, 2.0, "pieces"),
                ("explosives", None, 4.0, "pieces"),
                ("explosives", None, 5.0, "pieces"),
            ],
        ),
        (
            "Officers found 2 rifles, 4 grenade launcher rounds and 5 grenade fuses in a cellar.",
            [
                ("firearms", None, 2.0, "pieces"),
                ("explosives", None, 4.0, "pieces"),
                ("explosives", None, 5.0, "pieces"),
            ],
        ),
    ],
)
def test_each_kind_of_a_weapons_find_is_counted(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert goods_found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A comb is no magazine and a lighter no igniter; pomegranates are fruit.
        "Polis evdən 3 ədəd tapança, bir daraq və bir alışqan aşkar edib.",
        "В ходе обыска в гараже изъяты 2 пистолета и 6 гранатов, купленных на рынке.",
        "Customs officers seized 2 pistols, a comb and a lighter from the driver.",
    ],
)
def test_words_near_weapons_that_name_no_weapon_are_no_find(text: str) -> None:
    kinds = [g[0] for g in goods_found(text)]
    assert kinds[0] == "firearms"
    assert "explosives" not in kinds
    assert "magazines" not in kinds
