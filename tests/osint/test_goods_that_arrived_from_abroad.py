"""Goods that arrived from abroad where they were seized ("a passenger arriving on a flight
from Colombia", "imported from Pakistan", "прилетевшего из Колумбии", "Kolumbiyadan gələn")
were bound for the seizing country: it is their destination. Goods said only to come from
abroad, with no word of their arrival, and goods that came from within the country, are
given no destination."""

from __future__ import annotations

import pytest

from kordon.osint import extract_text


def _route(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(r.country, r.origin_country, r.destination_country) for r in extract_text(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "CBP officers at Miami International Airport seized 3 kg of cocaine from a passenger "
            "arriving on a flight from Colombia.",
            ("US", "CO", "US"),
        ),
        (
            "Customs officers at the port of Felixstowe found 40 kg of heroin in a container of "
            "towels imported from Pakistan.",
            ("GB", "PK", "GB"),
        ),
        (
            "В аэропорту Пулково таможенники изъяли 3 кг кокаина у пассажира, прилетевшего из "
            "Колумбии.",
            ("RU", "CO", "RU"),
        ),
        (
            "Таможенники порта Новороссийск нашли 40 кг героина в контейнере с полотенцами, "
            "который прибыл из Пакистана.",
            ("RU", "PK", "RU"),
        ),
        (
            "Bakı Beynəlxalq Hava Limanında Kolumbiyadan gələn sərnişinin çamadanından 3 kq "
            "kokain götürülüb.",
            ("AZ", "CO", "AZ"),
        ),
    ],
)
def test_goods_that_arrived_from_abroad_were_bound_for_the_country(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert _route(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenyan police seized 500 litres of ethanol from Tanzania at a roadside check in "
            "Kimana.",
            ("KE", "TZ", None),
        ),
        (
            "Police in Texas seized 20 kg of cocaine from a truck arriving from Houston.",
            ("US", "US", None),
        ),
        (
            "Полиция Казахстана изъяла на трассе под Алматы 500 литров спирта из Киргизии.",
            ("KZ", "KG", None),
        ),
        (
            "Polis əməkdaşları Qazaxda Gürcüstandan olan sürücünün avtomobilindən 3 kq heroin "
            "götürüb.",
            ("AZ", "GE", None),
        ),
    ],
)
def test_goods_from_abroad_with_no_arrival_told_have_no_destination(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    assert _route(text) == [expected]
