"""A find hidden among a cover load ("among sacks of coffee", "среди мешков с кофе", "qəhvə
kisələrinin arasında") is the find the report names; the figure of the load that hides it
weighs that find, not the cover, and the cover is no find of its own. Goods the report names
alone are still read."""

from __future__ import annotations

import pytest

from .reading import amounts_found, field_found


@pytest.mark.parametrize(
    "text",
    [
        "Таможенники в порту задержали партию героина. Груз весом 800 килограммов был спрятан "
        "среди мешков с рисом.",
        "Пограничники обнаружили партию гашиша. Груз весом 800 килограммов лежал среди бананов.",
        "Customs officers at the port seized a shipment of heroin. The load, weighing 800 "
        "kilograms, was hidden among sacks of rice.",
        "Gömrükçülər limanda heroin partiyası aşkar ediblər. Çəkisi 800 kiloqram olan yük düyü "
        "kisələrinin arasında gizlədilmişdi.",
    ],
)
def test_the_figure_of_a_load_hidden_among_a_cover_weighs_the_find(text: str) -> None:
    found = amounts_found(text)
    assert len(found) == 1
    substance, kg, count = found[0]
    assert substance in ("heroin", "cannabis resin")
    assert (kg, count) == (800.0, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Goods the report names alone are the find, whatever the sentence says of them.
        ("Таможенники в порту изъяли 800 килограммов риса без документов.", ("rice", 800.0, None)),
        ("Among the goods seized were 12 kilograms of heroin.", ("heroin", 12.0, None)),
        ("Среди изъятого оказались 12 килограммов героина.", ("heroin", 12.0, None)),
    ],
)
def test_goods_named_alone_or_listed_among_the_seized_are_still_read(
    text: str, expected: tuple[str, float | None, float | None]
) -> None:
    assert amounts_found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "cover"),
    [
        (
            "Таможенники изъяли 300 кг кокаина. Груз весом 300 кг был спрятан среди ящиков с "
            "бананами.",
            "ящиков с бананами",
        ),
        ("Таможенники изъяли 300 кг кокаина, спрятанного среди бананов.", "бананов"),
    ],
)
def test_the_cover_a_find_was_hidden_among_is_its_cover_cargo(text: str, cover: str) -> None:
    assert field_found(text, "cover_cargo") == [cover]


def test_the_weight_of_a_load_is_no_cover_cargo() -> None:
    # "груз весом 300 кг": the load's weight, not goods the load was carried as.
    text = "Таможенники изъяли груз весом 300 кг кокаина, спрятанный в полу фуры."
    assert field_found(text, "cover_cargo") == [None]
