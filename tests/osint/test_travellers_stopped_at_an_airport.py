"""A citizen, man or woman stopped at an airport with no other conveyance named travelled by
air, as a passenger so stopped does; one stopped in a car near the airport came by car, and a
traveller at a land post is no air passenger."""

from __future__ import annotations

import pytest

from .reading import field_found


@pytest.mark.parametrize(
    "text",
    [
        "A Spanish citizen was detained at Riga International Airport after customs found "
        "2 kilograms of cocaine on him.",
        "Customs seized 40 live turtles from a man travelling through a U.S. airport.",
        "В аэропорту Пулково задержан гражданин Литвы, у которого изъяли 3 кг кокаина.",
        "В аэропорту Внуково таможенники изъяли у мужчины 25 000 долларов и 2 кг гашиша.",
        "Hava limanında Gürcüstan vətəndaşından 2 kiloqram heroin götürülüb.",
    ],
)
def test_a_traveller_stopped_at_an_airport_travelled_by_air(text: str) -> None:
    found = field_found(text, "conveyance")
    assert found and all(c == "air_passenger" for c in found)


@pytest.mark.parametrize(
    ("text", "conveyance"),
    [
        (
            "Police stopped a car near the airport and found 5 kilograms of cocaine on a "
            "Spanish citizen.",
            "car",
        ),
        (
            "На таможенном посту задержан гражданин Литвы, у которого изъяли 3 кг кокаина.",
            None,
        ),
    ],
)
def test_a_traveller_by_road_or_at_a_land_post_is_no_air_passenger(
    text: str, conveyance: str | None
) -> None:
    assert field_found(text, "conveyance") == [conveyance]
