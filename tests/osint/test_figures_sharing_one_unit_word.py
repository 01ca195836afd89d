"""Figures that share one unit word are finds of their own, each in that unit: "20,000 and
30,000 litres", "2 and 3 kg", "5 и 7 кг", "5 və 7 kq"; a total told beside them ("about 50,000
litres") adds them up and is no record. A range ("between 2 and 3 kg") stays one figure."""

from __future__ import annotations

import pytest

from .reading import amounts_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Diesel seized in Sindh\nOfficers stopped two tankers and seized 20,000 and 30,000 "
            "litres of diesel.",
            [("fuel", None, None), ("fuel", None, None)],
        ),
        (
            "Heroin seized\nPolice seized 2 and 3 kg of heroin from two couriers on the bridge.",
            [("heroin", 2.0, None), ("heroin", 3.0, None)],
        ),
        (
            "В Самаре задержаны курьеры\nПолицейские изъяли 12 кг героина. У двух курьеров "
            "изъяли соответственно 5 и 7 кг героина.",
            [("heroin", 5.0, None), ("heroin", 7.0, None)],
        ),
        (
            "Bakıda kuryerlər saxlanılıb\nİki kuryerdən 5 və 7 kq heroin aşkar edilib.",
            [("heroin", 5.0, None), ("heroin", 7.0, None)],
        ),
    ],
)
def test_each_figure_before_a_shared_unit_is_a_find(
    text: str, expected: list[tuple[str, float | None, None]]
) -> None:
    assert sorted(amounts_found(text), key=str) == sorted(expected, key=str)


def test_litres_shared_by_two_tankers_replace_their_total() -> None:
    from kordon.osint import extract_text

    text = (
        "Diesel seized in Sindh\nCustoms seized about 50,000 litres of smuggled diesel. "
        "Officers stopped two tankers, which led to the recovery of 20,000 and 30,000 litres "
        "of diesel."
    )
    assert sorted(r.quantity_litres or 0 for r in extract_text(text)) == [20000.0, 30000.0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lorry stopped at the river crossing\nIn 2021, 15 kg of heroin were found in a lorry "
            "at the river crossing. The driver was detained.",
            [("heroin", 15.0, None)],
        ),
        (
            "Lorry stopped at the river crossing\nOn June 3, 25 kg of cocaine were found in a "
            "lorry at the river crossing. The driver was detained.",
            [("cocaine", 25.0, None)],
        ),
        (
            "Flat searched in the old town\nOfficers seized $8,000 and 6 kg of heroin in a flat "
            "in the old town. The tenant was detained.",
            [("heroin", 6.0, None)],
        ),
    ],
)
def test_a_year_a_date_or_a_sum_of_money_shares_no_unit(
    text: str, expected: list[tuple[str, float | None, None]]
) -> None:
    assert sorted(amounts_found(text), key=str) == sorted(expected, key=str)
