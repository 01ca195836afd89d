"""Grenades, mines, rockets, shells and gunpowder are explosives in every language: "6 гранат",
"гранату", "1 mina", "2 ədəd raket", "5 ədəd top mərmisi", "12 kilograms of gun powder",
"15 килограммов пороха", "8 kiloqram barıt". The Russian "гранат" is also a pomegranate's
name, but the grenade's own case forms ("гранату", "гранатой", "6 гранат") are read as it.
A figure after a colon that names its own goods ("тайник с оружием: 5 гранат") counts those
goods, not the whole cache named before the colon."""

from __future__ import annotations

import pytest

from .reading import goods_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "У задержанного в машине изъяли три гранаты и 40 патронов.",
            [("explosives", None, 3.0, "pieces"), ("ammunition", None, 40.0, "rounds")],
        ),
        ("Под полом сарая пограничники нашли 6 гранат.", [("explosives", None, 6.0, "pieces")]),
        (
            "Əməliyyat zamanı 4 qumbara, 2 tüfəng və 1 mina götürülüb.",
            [
                ("explosives", None, 4.0, "pieces"),
                ("firearms", None, 2.0, "pieces"),
                ("explosives", None, 1.0, "pieces"),
            ],
        ),
        (
            "Sərhədçilər meşədə 5 ədəd top mərmisi və 2 ədəd raket aşkar ediblər.",
            [("explosives", None, 5.0, "pieces"), ("explosives", None, 2.0, "pieces")],
        ),
        (
            "Officers seized two shotguns and three hand grenades from the shed.",
            [("firearms", None, 2.0, "pieces"), ("explosives", None, 3.0, "pieces")],
        ),
    ],
)
def test_grenades_mines_and_shells_are_counted_explosives(
    text: str, expected: list[tuple[str, None, float, str]]
) -> None:
    assert sorted(goods_found(text), key=str) == sorted(expected, key=str)


def test_a_lone_grenade_is_a_find() -> None:
    found = goods_found("При обыске в сарае полицейские изъяли гранату и пистолет Макарова.")
    assert sorted(g[0] for g in found) == ["explosives", "firearms"]


@pytest.mark.parametrize(
    "text",
    [
        "Officers seized 12 kilograms of gun powder in the garage.",
        "В гараже полицейские изъяли 12 килограммов пороха.",
        "Polis qarajda 12 kiloqram barıt aşkar edib.",
    ],
)
def test_gunpowder_is_weighed_explosives(text: str) -> None:
    assert goods_found(text) == [("explosives", 12.0, None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "В подвале гаража полицейские нашли тайник с оружием: 7 гранат и 120 патронов.",
        "Police found a cache of weapons in the loft: 7 grenades and 120 cartridges.",
    ],
)
def test_a_figure_after_a_colon_counts_its_own_goods(text: str) -> None:
    assert sorted(goods_found(text), key=str) == sorted(
        [("explosives", None, 7.0, "pieces"), ("ammunition", None, 120.0, "rounds")], key=str
    )
