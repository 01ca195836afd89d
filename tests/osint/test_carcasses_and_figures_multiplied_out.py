"""A slaughtered animal's body is meat, never a live animal, and keeps its count in pieces;
figures a report gives as a count of units each of a stated weight, as "about" a unit with no
digit, or in the South Asian lakh and crore are read as the amount they come to."""

from __future__ import annotations

import pytest

from .reading import goods_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Polis əməkdaşları Şəki rayonunda yük maşınına baxış keçirərkən 120 kq iribuynuzlu "
            "heyvan cəsədi aşkar ediblər.",
            [("meat", 120.0, None, None)],
        ),
        (
            "Gömrük əməkdaşları mikroavtobusda 340 ədəd toyuq cəmdəyi aşkar ediblər.",
            [("meat", None, 340.0, "items")],
        ),
        (
            "На посту таможенники обнаружили в фургоне 430 тушек кур без ветеринарных документов.",
            [("meat", None, 430.0, "items")],
        ),
        (
            "Officers found 260 kilograms of cattle carcasses in a van at the border post.",
            [("meat", 260.0, None, None)],
        ),
        (
            "Officers found 75 pig carcasses in a lorry at the border post.",
            [("meat", None, 75.0, "items")],
        ),
        # Live animals stay animals.
        (
            "Polis əməkdaşları Şəki rayonunda yük maşınında 12 baş iribuynuzlu heyvan aşkar "
            "ediblər.",
            [("cattle", None, 12.0, "heads")],
        ),
        (
            "На посту таможенники обнаружили в фургоне 30 голов крупного рогатого скота.",
            [("cattle", None, 30.0, "heads")],
        ),
        (
            "Officers found 40 head of cattle in a lorry at the border post.",
            [("cattle", None, 40.0, "heads")],
        ),
    ],
)
def test_a_carcass_is_meat(text: str, expected: list[tuple[object, ...]]) -> None:
    assert goods_found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Пограничники изъяли у водителя 40 брикетов по одному килограмму кокаина.",
            [("cocaine", 40.0, None, None)],
        ),
        (
            "В багаже пассажира нашли 12 пакетов по 2 кг героина.",
            [("heroin", 24.0, None, None)],
        ),
        (
            "Border officers found 40 packets of 1 kg each of cocaine in the truck's fuel tank.",
            [("cocaine", 40.0, None, None)],
        ),
        (
            "Sərhədçilər avtomobildə hər biri 1 kq olan 30 bağlama heroin aşkar ediblər.",
            [("heroin", 30.0, None, None)],
        ),
        # One unit's weight with no count of units is no find of its own.
        (
            "В порту нашли 400 килограммов кокаина. Кокаин был расфасован в брикеты по одному "
            "килограмму.",
            [("cocaine", 400.0, None, None)],
        ),
        # A count with no weight of each stays a count, or no figure.
        (
            "Пограничники изъяли у водителя 40 брикетов кокаина.",
            [("cocaine", None, None, None)],
        ),
        (
            "Officers seized 500 cartons of cigarettes and 20 kg of tobacco.",
            [("cigarettes", None, 500.0, "cartons"), ("tobacco", 20.0, None, None)],
        ),
    ],
)
def test_units_each_of_a_weight_are_multiplied_out(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert goods_found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Таможенники обнаружили у пассажирки около килограмма героина в банках из-под крема.",
            [("heroin", 1.0, None, None)],
        ),
        (
            "Officers found about a kilogram of heroin in the passenger's suitcase.",
            [("heroin", 1.0, None, None)],
        ),
        (
            "Polis əməkdaşları sərnişinin çantasında bir kiloqrama yaxın heroin aşkar ediblər.",
            [("heroin", 1.0, None, None)],
        ),
        # A figure told roughly, then exactly, is the exact figure.
        (
            "Согласно заключению экспертизы изъятое растение конопли весило около тонны – 974 кг.",
            [("cannabis plants", 974.0, None, None)],
        ),
        # The price of a kilogram is no find of one.
        (
            "Таможенники изъяли 5 кг героина, стоимость килограмма на черном рынке высока.",
            [("heroin", 5.0, None, None)],
        ),
    ],
)
def test_about_a_unit_without_a_figure_is_one(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert goods_found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Customs officers at Chennai port seized 12 lakh cigarette sticks hidden in a "
            "container of tiles.",
            [("cigarettes", None, 1200000.0, "cigarettes")],
        ),
        (
            "The DRI seized 2 crore cigarette sticks of foreign brands in a warehouse near the "
            "port.",
            [("cigarettes", None, 20000000.0, "cigarettes")],
        ),
        (
            "A total of 86,30,000 sticks of cigarettes have been seized under the Customs Act.",
            [("cigarettes", None, 8630000.0, "sticks")],
        ),
        # A sum of money in crore is no count of the goods.
        (
            "Customs officers seized 40 kg of gold worth Rs 20 crore from two passengers at the "
            "airport.",
            [("gold", 40.0, None, None)],
        ),
    ],
)
def test_lakh_and_crore_are_magnitudes(text: str, expected: list[tuple[object, ...]]) -> None:
    assert goods_found(text) == expected
