"""Grenades, mines, rockets, shells and gunpowder are explosives in every language: "6 гранат",
"гранату", "1 mina", "2 ədəd raket", "5 ədəd top mərmisi", "12 kilograms of gun powder",
"15 килограммов пороха", "8 kiloqram barıt", "5 landmines", "4 мины и 7 снарядов". A word
that also names an ordinary thing ("гранаты" pomegranates, "мины" a look on a face, "mines" of
coal, "raketi" a racket) is a munition only with a count before it, a model's code after it or a
word of arms in its sentence; "black powder" is any dark powder.
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police seized 5 landmines and 8 artillery shells in the cellar. The owner was held.",
            [("explosives", None, 5.0, "pieces"), ("explosives", None, 8.0, "pieces")],
        ),
        (
            "Police seized 6 rockets and 9 mines in the cellar. The owner was held.",
            [("explosives", None, 6.0, "pieces"), ("explosives", None, 9.0, "pieces")],
        ),
        (
            "В подвале дома у жителя Твери полицейские изъяли 4 мины и 7 снарядов. Возбуждено "
            "уголовное дело.",
            [("explosives", None, 4.0, "pieces"), ("explosives", None, 7.0, "pieces")],
        ),
    ],
)
def test_mines_rockets_and_shells_are_counted_explosives(
    text: str, expected: list[tuple[str, None, float, str]]
) -> None:
    assert sorted(goods_found(text), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(
    "text",
    [
        "На рынке у продавца изъяли гранаты и инжир общим весом 3 тонны. Фрукты ввезли без "
        "документов.",
        "Officers seized 3 kg of a black powder believed to be cocaine. The man was held.",
        "Gömrükçülər yükdə badminton raketi və 5 kq heroin aşkar ediblər. Sürücü saxlanılıb.",
        "Водитель с кислой миной смотрел, как полицейские изымают 4 кг героина. Он задержан.",
        "Officers seized 4 kg of gold brought from the mines in the north. Two men were held.",
    ],
)
def test_a_munition_word_in_its_ordinary_sense_is_no_explosives(text: str) -> None:
    assert "explosives" not in [g[0] for g in goods_found(text)]


def test_a_munition_word_beside_arms_is_explosives() -> None:
    found = goods_found("При обыске в сарае полицейские изъяли ракеты и патроны к автомату.")
    assert "explosives" in [g[0] for g in found]
