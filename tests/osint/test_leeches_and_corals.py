"""Medical leeches are live wildlife, weighed or counted; corals are a wildlife product,
counted in items, as seahorses are. Coral as a colour or a reef named as a place is no goods."""

from __future__ import annotations

import pytest

from kordon.osint import extract_text

from .reading import amounts_found, goods_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gömrük əməkdaşları yük avtomobilinin kabinəsindən ümumi çəkisi 40 kq olan "
            "zəlilər aşkar ediblər.",
            [("wildlife", 40.0, None)],
        ),
        (
            "Sərhəd-keçid məntəqəsində avtobusda 12.000 ədəd tibbi zəli aşkar edilib.",
            [("wildlife", None, 12000.0)],
        ),
        (
            "Таможенники изъяли у водителя грузовика 3000 медицинских пиявок.",
            [("wildlife", None, 3000.0)],
        ),
        (
            "На границе таможенники обнаружили в кабине фуры 25 кг живых пиявок.",
            [("wildlife", 25.0, None)],
        ),
        (
            "Customs officers at the border seized 35 kg of live medicinal leeches from a lorry.",
            [("wildlife", 35.0, None)],
        ),
    ],
)
def test_leeches_are_wildlife(
    text: str, expected: list[tuple[str, float | None, float | None]]
) -> None:
    assert amounts_found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В аэропорту таможенники изъяли у путешественников 14 морских кораллов.",
            [("wildlife products", None, 14.0, "items")],
        ),
        (
            "Customs officers at the airport seized 30 pieces of coral from a passenger's "
            "suitcase.",
            [("wildlife products", None, 30.0, "items")],
        ),
        (
            "Officers seized 12 kg of red coral from a passenger arriving from Bangkok.",
            [("wildlife products", 12.0, None, None)],
        ),
    ],
)
def test_corals_are_a_wildlife_product(text: str, expected: list[tuple[object, ...]]) -> None:
    assert goods_found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Officers seized 4 kg of cocaine from a coral-coloured suitcase at the airport.",
        "Border officers seized 30 kg of cannabis from a boat near the coral reef.",
    ],
)
def test_coral_as_a_colour_or_a_place_names_no_goods(text: str) -> None:
    assert [r.substance for r in extract_text(text)] == [
        "cocaine" if "cocaine" in text else "cannabis herb"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Таможенники изъяли у водителя 1.500 пачек сигарет.",
            [("cigarettes", None, 1500.0, "packs")],
        ),
        (
            "Polis əməkdaşları onun evindən 1.250 kq heroin aşkar ediblər.",
            [("heroin", 1.25, None, None)],
        ),
    ],
)
def test_a_dot_before_three_digits_groups_thousands_in_a_count_only(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert goods_found(text) == expected
