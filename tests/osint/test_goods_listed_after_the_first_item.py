"""Every item of a list of finds is a record with its own figure and unit: "seized 20 rifles,
15 boxes of ammunition, 12 kilograms of gun powder and $90,000 in cash" gives the rifles, the
boxes of ammunition, the weighed gunpowder and the money; a sum of money listed beside figured
goods ("5 кг героина и 40 тысяч долларов", "5 kq heroin və 40 min dollar") is a find of
currency, told without a quantity as the set labels cash. A sum that is what goods are worth
is none."""

from __future__ import annotations

import pytest

from .reading import goods_found


def test_boxes_are_a_count_of_goods() -> None:
    assert goods_found("Officers seized 15 boxes of ammunition at the depot.") == [
        ("ammunition", None, 15.0, "boxes")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers searched the van and seized 8 boxes of invoices and 6 kg of cocaine. The "
            "driver was detained.",
            [("cocaine", 6.0, None, None)],
        ),
        (
            "Officers searched the van and seized 6 kg of cocaine and 8 boxes of candles. The "
            "driver was detained.",
            [("cocaine", 6.0, None, None)],
        ),
    ],
)
def test_boxes_count_only_the_goods_named_after_of(
    text: str, expected: list[tuple[str, float | None, float | None, str | None]]
) -> None:
    assert goods_found(text) == expected


def test_each_item_of_a_list_keeps_its_figure() -> None:
    text = (
        "Arms dealer held in Leeds\nOfficers seized 20 rifles, 15 boxes of ammunition, "
        "12 kilograms of gun powder and $90,000 in cash."
    )
    assert sorted(goods_found(text), key=str) == sorted(
        [
            ("firearms", None, 20.0, "pieces"),
            ("ammunition", None, 15.0, "boxes"),
            ("explosives", 12.0, None, None),
            ("currency", None, None, None),
        ],
        key=str,
    )


@pytest.mark.parametrize(
    ("text", "drug"),
    [
        (
            "Courier held in Dover\nCustoms seized 40 kilograms of cocaine and 3,000 euros in "
            "cash.",
            ("cocaine", 40.0, None, None),
        ),
        (
            "В Самаре задержан курьер\nПолицейские изъяли у задержанного 5 кг героина и 40 "
            "тысяч долларов.",
            ("heroin", 5.0, None, None),
        ),
        (
            "Bakıda kuryer saxlanılıb\nPolis ondan 5 kq heroin və 40 min ABŞ dolları aşkar edib.",
            ("heroin", 5.0, None, None),
        ),
    ],
)
def test_a_sum_listed_beside_figured_goods_is_money_found(
    text: str, drug: tuple[str, float, None, None]
) -> None:
    assert sorted(goods_found(text), key=str) == sorted(
        [drug, ("currency", None, None, None)], key=str
    )


@pytest.mark.parametrize(
    "text",
    [
        "Courier held in Dover\nCustoms seized 40 kilograms of cocaine worth $3,000,000.",
        "В Самаре задержан курьер\nПолицейские изъяли у задержанного 5 кг героина стоимостью "
        "40 тысяч долларов.",
        "Bakıda kuryer saxlanılıb\nPolis ondan dəyəri 40 min manat olan 5 kq heroin aşkar edib.",
    ],
)
def test_what_goods_are_worth_is_no_money_found(text: str) -> None:
    assert [g[0] for g in goods_found(text)] == [goods_found(text)[0][0]]
    assert "currency" not in [g[0] for g in goods_found(text)]
