"""Goods that arrived from abroad were bound for the country that seized them, unless the
report says they were passing through ("en route to", "in transit", "транзитом", "tranzit"):
then that country is no destination."""

from __future__ import annotations

import pytest

from kordon.osint import extract_text


@pytest.mark.parametrize(
    "text",
    [
        "Belgian customs officers seized 90 kg of heroin in a lorry arriving from Turkey at "
        "the port of Zeebrugge, Belgium. The lorry was bound for northern Europe.",
        "Kenyan police seized 40 kg of heroin imported from Pakistan at the port of Mombasa, "
        "Kenya; the drugs were in transit.",
        "Таможенники Латвии в порту Риги изъяли 150 кг кокаина из контейнера, прибывшего из "
        "Бразилии. Груз шёл транзитом в Скандинавию.",
        "Gürcüstan gömrükçüləri Batumi limanında Braziliyadan gələn konteynerdə 150 kq kokain "
        "aşkar ediblər. Yük tranzit yolu ilə Avropaya göndərilirdi.",
    ],
)
def test_goods_in_transit_name_no_home_destination(text: str) -> None:
    assert [r.destination_country for r in extract_text(text)] == [None]


@pytest.mark.parametrize(
    ("text", "home"),
    [
        (
            "Belgian customs officers seized 90 kg of heroin in a lorry arriving from Turkey at "
            "the port of Zeebrugge, Belgium.",
            "BE",
        ),
        (
            "Таможенники Латвии в порту Риги изъяли 150 кг кокаина из контейнера, прибывшего из "
            "Бразилии.",
            "LV",
        ),
    ],
)
def test_goods_that_arrived_are_bound_for_home(text: str, home: str) -> None:
    assert [r.destination_country for r in extract_text(text)] == [home]


@pytest.mark.parametrize(
    ("text", "home"),
    [
        (
            "CBP officers in Memphis seized 400 fake watches shipped from Hong Kong. The parcel "
            "was heading to a residence in Tulsa.",
            "US",
        ),
        (
            "Border Force officers at Tilbury seized 300 kg of cannabis shipped from Spain, "
            "destined for a warehouse in Kent, England.",
            "GB",
        ),
        (
            "Таможенники Латвии в порту Риги изъяли 150 кг кокаина из контейнера, прибывшего из "
            "Бразилии для транзитной фирмы.",
            "LV",
        ),
    ],
)
def test_goods_heading_to_an_address_at_home_are_bound_for_home(text: str, home: str) -> None:
    assert [r.destination_country for r in extract_text(text)] == [home]


@pytest.mark.parametrize(
    ("text", "home"),
    [
        (
            "Dutch customs officers seized 200 kg of cocaine in a container shipped from Ecuador "
            "at the port of Rotterdam, Netherlands.\n\nThe port has become a common transit "
            "point for cocaine bound for Europe.",
            "NL",
        ),
        (
            "Таможенники Латвии в порту Риги изъяли 150 кг кокаина из контейнера, прибывшего из "
            "Бразилии.\n\nЧерез Ригу кокаин часто идёт транзитом в Скандинавию.",
            "LV",
        ),
    ],
)
def test_passing_through_told_in_background_keeps_home(text: str, home: str) -> None:
    assert [r.destination_country for r in extract_text(text)] == [home]
