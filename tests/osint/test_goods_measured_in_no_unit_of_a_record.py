"""Goods measured in a unit no record holds ("20 cubic metres of timber", "350 метров
кабеля", "16 kubmetr həcmində meşə materialı") were found and measured: beside other goods and
their figures they are a find of their own, with no quantity. A title naming the same goods
tells of that find again. Pipes told by their length are a pipeline laid to smuggle through,
and a distance ("300 metres from the border") measures no goods."""

from __future__ import annotations

import pytest

from kordon.osint import extract_text

from .reading import goods_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Timber and tools seized in Qusar\nPolice found 4 sawing machines, 12 kg of heroin "
            "and 20 cubic metres of timber at a workshop in Qusar.",
            ["heroin", "timber"],
        ),
        (
            "В Кусаре изъяли древесину\nПолицейские обнаружили в цехе в Кусаре 4 станка и 20 "
            "кубометров древесины.",
            ["machinery", "timber"],
        ),
        (
            "Qusarda taxta materialları aşkarlanıb\nPolis sexdə 4 ədəd dəzgah və 20 kubmetr "
            "müxtəlif növ taxta materialı aşkar edib.",
            ["machinery", "timber"],
        ),
        (
            "Heroin found on a boat near Baku\nPolice found 12 kg of heroin on a boat near "
            "Baku. They also found 350 metres of cable on it.",
            ["heroin", "electric cables"],
        ),
        (
            "В лодке у Баку нашли героин\nПолицейские нашли в лодке у Баку 12 кг героина. "
            "Также в лодке было обнаружено 350 метров кабеля.",
            ["heroin", "electric cables"],
        ),
        (
            "Bakı yaxınlığında qayıqda heroin aşkarlanıb\nPolis Bakı yaxınlığında qayıqda 12 kq "
            "heroin aşkar edib. Qayıqda həmçinin 350 metr naqil aşkar edilib.",
            ["heroin", "electric cables"],
        ),
    ],
)
def test_goods_measured_in_no_units_of_a_record_are_a_find(text: str, expected: list[str]) -> None:
    found = goods_found(text)
    assert [g[0] for g in found] == expected
    assert all(g[1:] == (None, None, None) for g in found if g[0] in {"timber", "electric cables"})


@pytest.mark.parametrize(
    "text",
    [
        "Quba rayonunda avtomobildə 16 kubmetr həcmində qanunsuz meşə materialı aşkar edilib.",
        "Meşə materialı aşkarlanıb\nQuba rayonunda avtomobildə 16 kubmetr həcmində qanunsuz "
        "meşə materialı aşkar edilib.",
    ],
)
def test_forest_material_is_timber(text: str) -> None:
    assert [g[0] for g in goods_found(text)] == ["timber"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Пограничники обнаружили трубопровод\nНа участке заставы пограничники нашли 2 кг "
            "героина. Также обнаружено 150 метров пластиковой трубы, проложенной к границе.",
            ["heroin"],
        ),
        (
            "Border guards seized heroin\nBorder guards found 2 kg of heroin 300 metres from the "
            "border.",
            ["heroin"],
        ),
    ],
)
def test_a_pipeline_or_a_distance_is_no_find(text: str, expected: list[str]) -> None:
    assert [r.substance for r in extract_text(text)] == expected
