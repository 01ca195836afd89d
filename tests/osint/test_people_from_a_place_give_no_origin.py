"""Officers, a person or a report said to come from a place ("Agents from the San Diego
Sector", "a U.S. citizen from Eagle Pass, Texas", "коллеги из Эквадора") say nothing of where the
goods came from: no origin. Goods said to come from a place ("a container from Colombia",
"кокаин из Эквадора") still have it."""

from __future__ import annotations

import pytest

from kordon.osint import extract_text


def _origins(text: str) -> list[str | None]:
    return [r.origin_country for r in extract_text(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Agents from the San Diego Sector pulled over a car on Interstate 15 in Temecula and "
        "found 8 kg of methamphetamine in its tires.",
        "The driver, a U.S. citizen from Eagle Pass, Texas, carried 4 kg of heroin in the tire "
        "well at the Hidalgo crossing.",
        "According to a news release from U.S. Customs and Border Protection, officers at the "
        "Laredo crossing found 20 kg of cocaine in a truck.",
        "В порту Санкт-Петербурга изъяли 40 кг кокаина; в поиске груза помогли коллеги из "
        "Эквадора.",
        "На посту Кайрак у гражданина из Таджикистана изъяли 2 кг героина.",
    ],
)
def test_people_from_a_place_give_no_origin(text: str) -> None:
    assert _origins(text) == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers at the port of Philadelphia found 40 kg of cocaine in a container from "
            "Colombia.",
            "CO",
        ),
        ("В порту Санкт-Петербурга изъяли 40 кг кокаина из Эквадора.", "EC"),
    ],
)
def test_goods_from_a_place_have_their_origin(text: str, expected: str) -> None:
    assert _origins(text) == [expected]
