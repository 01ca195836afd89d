"""Batons, knuckle dusters and knives taken from travellers are bladed weapons, the set's label
for cold arms: counted when the report counts them, and in English one piece when named in the
singular, as a pistol is. A word that only looks like them ("knifepoint") is no find."""

from __future__ import annotations

import pytest

from kordon.osint import extract_text

from .reading import amounts_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В аэропорту таможенники изъяли у пассажира рейса из Анталии три телескопические "
            "дубинки.",
            [("bladed weapons", None, 3.0)],
        ),
        (
            "При досмотре багажа таможенники обнаружили 4 кастета и 2 ножа.",
            [("bladed weapons", None, 4.0), ("bladed weapons", None, 2.0)],
        ),
        (
            "Таможенники изъяли у пассажира 3 телескопические дубинки и два травматических "
            "пистолета.",
            [("bladed weapons", None, 3.0), ("firearms", None, 2.0)],
        ),
        (
            "Hava limanında gömrük əməkdaşları sərnişinin baqajından 3 ədəd dəyənək aşkar ediblər.",
            [("bladed weapons", None, 3.0)],
        ),
        (
            "Gömrük əməkdaşları sərnişinin çantasından 2 ədəd kastet və 5 ədəd bıçaq aşkar "
            "ediblər.",
            [("bladed weapons", None, 2.0), ("bladed weapons", None, 5.0)],
        ),
        (
            "At the airport, officers seized two telescopic batons from a passenger's bag.",
            [("bladed weapons", None, 2.0)],
        ),
        (
            "Officers seized five knuckle dusters from a passenger arriving from Istanbul.",
            [("bladed weapons", None, 5.0)],
        ),
    ],
)
def test_counted_batons_knuckle_dusters_and_knives_are_bladed_weapons(
    text: str, expected: list[tuple[str, float | None, float | None]]
) -> None:
    assert amounts_found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "At the airport, customs officers seized a knife from a passenger's hand luggage.",
        "Officers found a telescopic baton in the passenger's suitcase and seized it.",
        "Border officers seized a knuckle duster from a traveller arriving from Dubai.",
    ],
)
def test_an_english_cold_arm_named_in_the_singular_is_one_piece(text: str) -> None:
    assert amounts_found(text) == [("bladed weapons", None, 1.0)]


def test_english_knives_in_the_plural_without_a_figure_have_no_count() -> None:
    text = "At the airport, officers seized knives from the passengers' bags."
    assert amounts_found(text) == [("bladed weapons", None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "The passenger was robbed at knifepoint outside the airport terminal on Monday.",
        "Officers said the man had threatened staff with a knife before he was arrested.",
    ],
)
def test_a_knife_that_is_not_seized_gives_no_record(text: str) -> None:
    assert extract_text(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Таможня сообщает об изъятиях.\n"
            "В аэропорту у пассажира изъяли две телескопические дубинки.\n"
            "Кроме того, у другого пассажира изъяли незадекларированную валюту в сумме "
            "12 500 долларов.",
            [("bladed weapons", None, 2.0), ("currency", None, None)],
        ),
        (
            "Gömrük əməkdaşları hava limanında yoxlama aparıb.\n"
            "Sərnişinin baqajından 3 ədəd bıçaq götürülüb.\n"
            "Həmçinin başqa sərnişindən bəyan edilməmiş 15 000 ABŞ dolları məbləğində valyuta "
            "aşkar edilib.",
            [("bladed weapons", None, 3.0), ("currency", None, None)],
        ),
    ],
)
def test_money_told_by_its_sum_beside_counted_weapons_is_a_find_of_its_own(
    text: str, expected: list[tuple[str, float | None, float | None]]
) -> None:
    assert amounts_found(text) == expected


def test_money_named_without_a_sum_beside_a_figure_is_no_find_of_its_own() -> None:
    text = (
        "Таможня сообщает об изъятиях.\n"
        "В аэропорту у пассажира изъяли 2 кг героина.\n"
        "Кроме того, у него изъяли валюту."
    )
    assert amounts_found(text) == [("heroin", 2.0, None)]
