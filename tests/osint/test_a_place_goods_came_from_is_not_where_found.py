"""A place the goods, a vehicle or people came from ("следовавшем из Праги в Цюрих", "из
турецкого порта Карасу", "arriving from Johannesburg") is not where the find was made: it is
no record's place. The place named where the find was made stays."""

from __future__ import annotations

import pytest

from kordon.osint import extract_text


def _places(text: str) -> list[str | None]:
    return [r.place for r in extract_text(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Таможенники нашли в поезде, следовавшем из Праги в Цюрих, 1 кг кокаина.",
        "Таможенники выявили 40 тонн незадекларированного топлива на теплоходе, следующем из "
        "турецкого порта Карасу.",
        "Customs officers found 8 kg of heroin in the bag of a passenger arriving from "
        "Johannesburg.",
    ],
)
def test_a_place_goods_came_from_is_no_place(text: str) -> None:
    assert _places(text) == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В порту Санкт-Петербурга таможенники нашли 1200 кг кокаина в контейнере, прибывшем "
            "из бельгийского города Антверпен.",
            "порту Санкт-Петербурга",
        ),
        (
            "На посту Кайрак таможенники нашли 2 кг героина в автобусе, следовавшем из Душанбе.",
            "посту Кайрак",
        ),
    ],
)
def test_the_place_of_the_find_stays(text: str, expected: str) -> None:
    assert _places(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Полицейские изъяли 300 пачек сигарет на одной из улиц города Сигет.", "города Сигет"),
        ("Таможенники изъяли 40 кг героина в одном из домов Смоленска.", "Смоленска"),
    ],
)
def test_one_of_many_places_is_no_source(text: str, expected: str) -> None:
    assert _places(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "По дороге из Перми в Тюмени полицейские задержали водителя с 4 кг героина.",
            "Тюмени",
        ),
        (
            "По дороге из Уфы под Самарой полицейские задержали мужчину с 2 кг гашиша.",
            "Самарой",
        ),
    ],
)
def test_the_place_after_the_one_people_came_from_is_where(text: str, expected: str) -> None:
    # The words after "из" end at the preposition of the next place.
    assert _places(text) == [expected]
