"""Figures counted from a day or over a whole year ("since Jan. 1, 2001", "during 2001",
"с 1 января 2021 года", "yanvarın 1-dən bəri") sum many finds to date: a report of one find
that recalls them keeps only its own find."""

from __future__ import annotations

import pytest

from .reading import Goods, goods_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers seized 4 kilograms of heroin from a passenger on Tuesday. Since Jan. 1, "
            "2002, officers at the airport have seized more than 300 kilograms of cocaine.",
            [("heroin", 4.0, None, None)],
        ),
        (
            "Officers seized 4 kilograms of heroin from a passenger on Tuesday. Since 1 March "
            "2019, only 600 grams of heroin had been found at the airport.",
            [("heroin", 4.0, None, None)],
        ),
        (
            "Officers seized 4 kilograms of heroin from a passenger on Tuesday. During 2018, "
            "only 250 grams of heroin were seized at the airport.",
            [("heroin", 4.0, None, None)],
        ),
        (
            "Таможенники изъяли у пассажира 4 кг героина. С 1 января 2021 года в аэропорту "
            "изъято более 300 кг кокаина.",
            [("heroin", 4.0, None, None)],
        ),
        (
            "Таможенники изъяли у пассажира 4 кг героина. В течение 2020 года в аэропорту "
            "было изъято лишь 250 граммов героина.",
            [("heroin", 4.0, None, None)],
        ),
        (
            "Gömrükçülər sərnişindən 4 kq heroin götürüblər. Yanvarın 1-dən bəri hava "
            "limanında 300 kq kokain aşkar edilib.",
            [("heroin", 4.0, None, None)],
        ),
    ],
)
def test_figures_to_date_are_no_find(text: str, expected: list[Goods]) -> None:
    assert goods_found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A find made on a day, or compared with finds since a year, is still a find.
        (
            "Officers seized 4 kilograms of heroin from a passenger on Jan. 1, 2002.",
            [("heroin", 4.0, None, None)],
        ),
        (
            "Officers seized 4 kilograms of heroin, the largest seizure at the airport since 1998.",
            [("heroin", 4.0, None, None)],
        ),
        (
            "1 января 2021 года таможенники изъяли у пассажира 4 кг героина.",
            [("heroin", 4.0, None, None)],
        ),
    ],
)
def test_a_find_on_a_day_stays(text: str, expected: list[Goods]) -> None:
    assert goods_found(text) == expected
