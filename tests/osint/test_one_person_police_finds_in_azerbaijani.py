"""An Azerbaijani report of police finds that names no place is a national tally only when it
tells of no one person, house, car or bag, as the Russian reader reads "в доме", "в багаже"."""

from __future__ import annotations

import pytest

from kordon.osint import extract_text

from .reading import goods_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Polis əməkdaşları evdən 3 ədəd tapança aşkar ediblər.",
            [("firearms", None, 3.0, "pieces")],
        ),
        (
            "Polis əməkdaşları avtomobilin baqajından 2 kiloqram marixuana aşkar edib.",
            [("cannabis herb", 2.0, None, None)],
        ),
        (
            "Polis əməkdaşları onun həyətindən 40 ədəd patron götürüblər.",
            [("ammunition", None, 40.0, "rounds")],
        ),
    ],
)
def test_police_finds_of_one_house_car_or_bag_are_read(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert goods_found(text) == expected


def test_police_finds_of_many_houses_with_no_person_or_place_stay_a_tally() -> None:
    text = (
        "Dekabrın 17-də polis əməkdaşları evlərdən və avtomobillərdən ümumi çəkisi 11 "
        "kiloqramdan artıq narkotik vasitə aşkar edərək götürüblər."
    )
    assert extract_text(text) == []
