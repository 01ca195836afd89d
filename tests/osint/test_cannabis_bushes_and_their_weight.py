"""Cannabis counted in bushes and weighed as the herb they yield, in one breath, is one find of
plants, counted and weighed; bushes and herb listed apart are two finds."""

from __future__ import annotations

import pytest

from .reading import goods_found


@pytest.mark.parametrize(
    "text",
    [
        "В селе полицейские изъяли у местного жителя 60 кустов марихуаны общим весом 35 кг.",
        "В селе полицейские изъяли у местного жителя 60 кустов сухой и сырой марихуаны общим "
        "весом 35 кг.",
        "Polis əməkdaşları rayon sakininin həyətindən 60 kol qurudulmuş marixuana aşkar "
        "ediblər, ümumi çəkisi 35 kq olub.",
        "Police seized 60 cannabis plants weighing 35 kg from a yard.",
    ],
)
def test_bushes_weighed_as_herb_are_one_find(text: str) -> None:
    assert goods_found(text) == [("cannabis plants", 35.0, 60.0, "plants")]


@pytest.mark.parametrize(
    "text",
    [
        "В селе полицейские изъяли у местного жителя 60 кустов конопли и 35 кг марихуаны.",
        "Polis əməkdaşları rayon sakininin həyətindən 60 kol çətənə bitkisi və 35 kiloqram "
        "marixuana aşkar ediblər.",
        "Police seized 60 cannabis plants and 35 kg of cannabis from a yard.",
    ],
)
def test_bushes_and_herb_listed_apart_are_two_finds(text: str) -> None:
    assert goods_found(text) == [
        ("cannabis plants", None, 60.0, "plants"),
        ("cannabis herb", 35.0, None, None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "В селе полицейские изъяли у местного жителя 200 кустов конопли. Изъятая конопля "
        "весила 40 кг.",
        "Polis əməkdaşları rayon sakininin həyətindən 200 kol çətənə bitkisi götürüblər. "
        "Ekspertizanın rəyinə görə, götürülən çətənənin çəkisi 40 kiloqram olub.",
    ],
)
def test_bushes_weighed_in_the_next_sentence_are_one_find(text: str) -> None:
    assert goods_found(text) == [("cannabis plants", 40.0, 200.0, "plants")]


@pytest.mark.parametrize(
    "text",
    [
        "В селе полицейские изъяли у местного жителя 200 кустов конопли. Также у него изъято "
        "40 кг марихуаны.",
        "Polis əməkdaşları həyətdə 200 kol çətənə bitkisi aşkar ediblər. Həmçinin evdən 40 "
        "kiloqram marixuana götürülüb.",
    ],
)
def test_herb_seized_besides_the_bushes_is_a_find_of_its_own(text: str) -> None:
    assert goods_found(text) == [
        ("cannabis plants", None, 200.0, "plants"),
        ("cannabis herb", 40.0, None, None),
    ]
