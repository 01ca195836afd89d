"""A Russian report of police finds that names no place is a national tally only when it
tells of no one person, house, car or luggage: a find in a passenger's bag or a brother's
house is one seizure, as the Azerbaijani reader already takes "sakini", "üzərindən"."""

from __future__ import annotations

import pytest

from kordon.osint import extract_text

from .reading import goods_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "У пассажира рейса таможенники изъяли 25 смартфонов.\n"
            "Затем в квартире его сестры полицейские нашли 3 кг гашиша.",
            [("mobile phones", None, 25.0, "phones"), ("cannabis resin", 3.0, None, None)],
        ),
        (
            "Сотрудники полиции обнаружили в гараже 2 автомата и 300 патронов.",
            [("firearms", None, 2.0, "pieces"), ("ammunition", None, 300.0, "rounds")],
        ),
        (
            "Полицейские остановили водителя и нашли у него 600 граммов героина.",
            [("heroin", 0.6, None, None)],
        ),
    ],
)
def test_police_finds_of_one_person_are_read(text: str, expected: list[tuple[object, ...]]) -> None:
    assert goods_found(text) == expected


def test_police_finds_of_a_day_with_no_person_or_place_stay_a_tally() -> None:
    text = "Вчера сотрудники полиции изъяли из незаконного оборота 14 кг наркотиков и 5 пистолетов."
    assert extract_text(text) == []
