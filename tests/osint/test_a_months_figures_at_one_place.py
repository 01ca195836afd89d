"""A month's or a period's figures at one place ("in the first month of the year travellers
tried to take out ...", "за январь") are a tally of many finds, no record; a find on a day
of that month is one seizure."""

from __future__ import annotations

import pytest

from kordon.osint import extract_text

from .reading import goods_found


@pytest.mark.parametrize(
    "text",
    [
        "В первый месяц года туристы пытались вывезти через аэропорт 20 кг янтаря.",
        "За февраль таможенники аэропорта изъяли у отъезжающих 35 кг икры.",
        "In the first month of the year, travellers tried to take 20 kg of amber out through "
        "the airport.",
        "During March, officers at the airport seized 35 kg of caviar from departing travellers.",
        "Fevral ayı ərzində hava limanında sərnişinlərdən 35 kq kürü götürülüb.",
    ],
)
def test_a_months_figures_are_a_tally(text: str) -> None:
    assert extract_text(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "10 февраля таможенники аэропорта изъяли у пассажира 4 кг икры.",
            [("caviar", 4.0, None, None)],
        ),
        (
            "On March 10, officers at the airport seized 4 kg of caviar from a passenger.",
            [("caviar", 4.0, None, None)],
        ),
        (
            "Fevralın 10-da hava limanında sərnişindən 4 kq kürü götürülüb.",
            [("caviar", 4.0, None, None)],
        ),
    ],
)
def test_a_find_on_one_day_of_the_month_is_a_seizure(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert goods_found(text) == expected
