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
