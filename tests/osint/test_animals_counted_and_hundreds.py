"""Animals and their parts counted by a bare figure ("8 осетров", "8 nərə balığı", "40 saiga
horns") keep their count, as fish and weapons do; a gutted fish ("тушки осетра", "balıq
cəmdəyi", "sturgeon carcasses") is that fish, while a farm animal's carcass stays meat; "one
hundred and twenty" is 120 and "a hundred" 100 in English, as "сто двадцать" and "yüz iyirmi"
are in Russian and Azerbaijani."""

from __future__ import annotations

import pytest

from .reading import Goods, goods_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В ходе рейда пограничники изъяли у жителя села 8 осетров.",
            [("sturgeon", None, 8.0, "items")],
        ),
        (
            "Reyd zamanı sərhədçilər brakonyerlərdən 8 nərə balığı və tor götürüblər.",
            [("sturgeon", None, 8.0, "items")],
        ),
        (
            "During the raid border guards seized 8 sturgeon and two nets from the poachers.",
            [("sturgeon", None, 8.0, "items")],
        ),
        (
            "В ходе досмотра у водителя автомобиля изъяли 40 рогов сайгака.",
            [("saiga horns", None, 40.0, "items")],
        ),
        (
            "Avtomobilin sürücüsündən 40 sayğak buynuzu aşkar edilib.",
            [("saiga horns", None, 40.0, "items")],
        ),
        (
            "During the raid border guards seized 40 saiga horns from the driver of the car.",
            [("saiga horns", None, 40.0, "items")],
        ),
        (
            "В ходе рейда у жителя села изъяли 3 черепахи и 5 попугаев.",
            [("reptiles", None, 3.0, "items"), ("birds", None, 5.0, "items")],
        ),
        (
            "Reyd zamanı kənd sakinindən 3 tısbağa və 5 tutuquşu götürülüb.",
            [("reptiles", None, 3.0, "items"), ("birds", None, 5.0, "items")],
        ),
    ],
)
def test_animals_counted_by_a_bare_figure(text: str, expected: list[Goods]) -> None:
    assert goods_found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In the raid on 12 March border guards seized sturgeon and caviar from the poachers.",
        "12 марта в ходе рейда пограничники изъяли у браконьеров осетров и икру.",
    ],
)
def test_a_date_before_animals_counts_none(text: str) -> None:
    assert goods_found(text) == [("sturgeon", None, None, None), ("caviar", None, None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В ходе рейда в лодке браконьеров пограничники нашли 8 тушек рыб осетровых видов.",
            [("sturgeon", None, 8.0, "items")],
        ),
        (
            "В ходе рейда в лодке браконьеров пограничники нашли 12 тушек сазана.",
            [("fish", None, 12.0, "items")],
        ),
        (
            "Reyd zamanı sərhədçilər qayıqda 8 ədəd balıq cəmdəyi aşkar ediblər.",
            [("fish", None, 8.0, "items")],
        ),
        (
            "During the raid border guards found 8 sturgeon carcasses in the poachers' boat.",
            [("sturgeon", None, 8.0, "items")],
        ),
        # A farm animal's carcass is still meat.
        (
            "Reyd zamanı polis anbarda 30 ədəd toyuq cəmdəyi aşkar edib.",
            [("meat", None, 30.0, "items")],
        ),
        (
            "During the raid police found 30 chicken carcasses in the warehouse.",
            [("meat", None, 30.0, "items")],
        ),
    ],
)
def test_a_gutted_fish_is_fish(text: str, expected: list[Goods]) -> None:
    assert goods_found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "During the search of the bus officers found one hundred and twenty cartridges.",
            [("ammunition", None, 120.0, "rounds")],
        ),
        (
            "During the search of the bus officers found a hundred cartridges in a bag.",
            [("ammunition", None, 100.0, "rounds")],
        ),
        (
            "During the search of the bus officers found three hundred and five grams of heroin.",
            [("heroin", 0.305, None, None)],
        ),
        (
            "При досмотре автобуса у пассажира изъяли сто двадцать патронов.",
            [("ammunition", None, 120.0, "rounds")],
        ),
        (
            "Avtobusa baxış zamanı polis çantada yüz iyirmi patron aşkar edib.",
            [("ammunition", None, 120.0, "rounds")],
        ),
    ],
)
def test_hundreds_and_their_tens(text: str, expected: list[Goods]) -> None:
    assert goods_found(text) == expected


def test_a_hundred_containers_count_no_goods() -> None:
    text = "During the search of the bus officers found a hundred bags of heroin."
    assert goods_found(text) == [("heroin", None, None, None)]
