"""A year's or a financial year's figures ("in the year 2020-2021", "в 2020-2021 годах") told
beside a day's find are a tally, not a second find; a find with a date of its own stays."""

from __future__ import annotations

import pytest

from .reading import goods_found


@pytest.mark.parametrize(
    "text",
    [
        "Officers at the airport found 3kg of cocaine in a passenger's suitcase. Border Force "
        "seized 210kg of cocaine in the year 2020-2021.",
        "Officers found 3kg of cocaine in a suitcase. Border Force seized 210kg of cocaine "
        "during 2020/21 at the port.",
        "В аэропорту таможенники нашли 3 кг кокаина в чемодане пассажира. В 2020-2021 годах "
        "таможня изъяла 210 кг кокаина.",
        "В аэропорту таможенники нашли 3 кг кокаина в чемодане пассажира. За 2020–2021 годы "
        "таможня изъяла 210 кг кокаина.",
        "Hava limanında gömrükçülər sərnişinin çamadanından 3 kq kokain aşkar ediblər. "
        "2020-2021-ci illərdə gömrük 210 kq kokain götürüb.",
    ],
)
def test_a_financial_years_figures_are_no_find(text: str) -> None:
    assert goods_found(text) == [("cocaine", 3.0, None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Officers found 3kg of cocaine in a 2019-2020 Toyota at the border crossing.",
        "Таможенники нашли 3 кг кокаина в автомобиле 2019 года выпуска на границе.",
    ],
)
def test_a_find_with_a_year_of_its_own_stays(text: str) -> None:
    assert goods_found(text) == [("cocaine", 3.0, None, None)]
