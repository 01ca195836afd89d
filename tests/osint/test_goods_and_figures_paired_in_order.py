"""A list of goods and a list of figures, only the last with its unit, are paired off in order
("heroin, cocaine and cannabis weighing 15, 250 and 3 kg", "массой 15 и 250 кг
соответственно", "çəkisi müvafiq olaraq 15 və 250 kq"); a range ("between 15 and 250 kg") and
figures of one goods are no such list. A weight restated in brackets ("100 kilos (220lb) of
heroin") still measures the goods named after the bracket."""

from __future__ import annotations

import pytest

from .reading import Goods, goods_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At the port officers seized heroin, cocaine and cannabis weighing 15, 250 and 3 kg "
            "from the lorry.",
            [
                ("heroin", 15.0, None, None),
                ("cocaine", 250.0, None, None),
                ("cannabis herb", 3.0, None, None),
            ],
        ),
        (
            "At the port officers seized heroin and cocaine weighing 15 and 250 kg respectively.",
            [("heroin", 15.0, None, None), ("cocaine", 250.0, None, None)],
        ),
        (
            "В порту таможенники изъяли героин и кокаин массой 15 и 250 кг соответственно.",
            [("heroin", 15.0, None, None), ("cocaine", 250.0, None, None)],
        ),
        (
            # "вес" ends in "с" and is no range's "с": the list still pairs.
            "В порту таможенники изъяли героин и кокаин, вес 15 и 250 кг соответственно.",
            [("heroin", 15.0, None, None), ("cocaine", 250.0, None, None)],
        ),
        (
            "В порту таможенники изъяли героин, кокаин и гашиш массой 15, 250 и 3 кг.",
            [
                ("heroin", 15.0, None, None),
                ("cocaine", 250.0, None, None),
                ("cannabis resin", 3.0, None, None),
            ],
        ),
        (
            "Limanda gömrükçülər heroin və kokain aşkar ediblər, onların çəkisi müvafiq olaraq "
            "15 və 250 kq olub.",
            [("heroin", 15.0, None, None), ("cocaine", 250.0, None, None)],
        ),
        (
            "At the port officers seized heroin and cocaine weighing 2 and 1.5 tonnes.",
            [("heroin", 2000.0, None, None), ("cocaine", 1500.0, None, None)],
        ),
    ],
)
def test_goods_and_figures_paired_in_order(text: str, expected: list[Goods]) -> None:
    assert goods_found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "At the port officers seized heroin and cocaine weighing between 15 and 250 kg.",
        "В порту таможенники изъяли героин и кокаин массой от 15 и 250 кг.",
    ],
)
def test_a_range_or_one_goods_pairs_nothing(text: str) -> None:
    assert all(kg in (None, 250.0) for _, kg, _, _ in goods_found(text))


def test_figures_of_one_goods_sharing_a_unit_are_finds_of_it() -> None:
    # Two lorries' loads of the one goods: each figure is a find in the unit they share.
    found = goods_found("At the port officers seized 15 and 250 kg of heroin from two lorries.")
    assert found == [("heroin", 15.0, None, None), ("heroin", 250.0, None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The agency said around 100 kilos (220lb) of heroin, 15 kilos (33lb) of cocaine and "
            "250 kilos (551lb) of cannabis were seized at the port.",
            [
                ("heroin", 100.0, None, None),
                ("cocaine", 15.0, None, None),
                ("cannabis herb", 250.0, None, None),
            ],
        ),
        (
            "Officers seized 20 kg (45 pounds) of cocaine and 4.5 kg (10 pounds) of heroin.",
            [("cocaine", 20.0, None, None), ("heroin", 4.5, None, None)],
        ),
    ],
)
def test_a_weight_restated_in_brackets_measures_the_goods_after(
    text: str, expected: list[Goods]
) -> None:
    assert goods_found(text) == expected
