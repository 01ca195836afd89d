"""What a container holds when full ("magazines that can hold 30 rounds", "магазина, вмещающих
по 30 патронов") is its size, not goods found; rounds counted as found stay a find, and a
switchblade is a bladed weapon."""

import pytest

from kordon.osint import extract_text


def counted(text: str) -> list[tuple[str, float | None]]:
    return sorted((r.substance, r.quantity_count) for r in extract_text(text))


@pytest.mark.parametrize(
    "text",
    [
        "Officers also uncovered four magazines that can hold 15 rounds each.",
        "Officers found four magazines with a capacity of 15 rounds in the glovebox.",
        "Сотрудники также обнаружили четыре магазина, вмещающих по 15 патронов.",
        "Əməkdaşlar həmçinin hər biri 15 patron tutan dörd daraq aşkar ediblər.",
    ],
)
def test_a_capacity_is_no_count_of_ammunition(text: str) -> None:
    assert ("ammunition", 15) not in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Officers also uncovered four magazines and 15 rounds of ammunition.",
        "Сотрудники также обнаружили четыре магазина и 15 патронов.",
        "Əməkdaşlar həmçinin dörd daraq və 15 patron aşkar ediblər.",
    ],
)
def test_rounds_found_stay_a_find(text: str) -> None:
    assert ("ammunition", 15) in counted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Border officers found two switchblades in the driver's bag.",
        "Пограничники обнаружили в сумке водителя два выкидных ножа.",
    ],
)
def test_a_switchblade_is_a_bladed_weapon(text: str) -> None:
    assert counted(text) == [("bladed weapons", 2)]
