"""A whole counted under one label and then told again by its parts is one find: "106 fish.
The catch included 104 kutum and 2 barbels" (and "Изъятая партия включала ...") keeps the 106,
with the weight the parts are given together; the kinds a counted whole of goods is said to
include ("The seized items included bags, watches and belts") are no finds of their own. Counts
written with "экземпляр" and Azerbaijani counts over a word of purpose ("müxtəlif təyinatlı")
are read. Two finds told apart, parts with no whole before them, and goods listed after a whole
counted in its packing stay as they were."""

from __future__ import annotations

import pytest

from .reading import amounts_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Border guards stopped a car near the village on Monday. In the boot they found "
            "160 fish. The catch included 150 kutum and 10 barbels.",
            [("fish", None, 160.0)],
        ),
        (
            "Пограничники остановили автомобиль у села в понедельник. В багажнике нашли 160 "
            "рыб. Изъятая партия включала 150 кутумов и 10 усачей.",
            [("fish", None, 160.0)],
        ),
        (
            "Sərhədçilər bazar ertəsi kəndin yaxınlığında avtomobili saxlayıblar. Baqajda 160 "
            "balıq aşkar edilib. Onlardan 150-si kütüm, 10-u çapaqdır.",
            [("fish", None, 160.0)],
        ),
        (
            "Inspectors stopped a van at the checkpoint. They found 75 fish inside. The haul "
            "included 70 kutum and 5 barbels weighing 90 kilograms.",
            [("fish", 90.0, 75.0)],
        ),
        (
            "Инспекторы остановили фургон на посту. Внутри нашли 75 экземпляров рыбы. Изъятая "
            "партия включала 70 особей кутума и 5 усачей общим весом 90 килограммов.",
            [("fish", 90.0, 75.0)],
        ),
        (
            "Рыбинспекторы изъяли у браконьеров 40 экземпляров осетра.",
            [("sturgeon", None, 40.0)],
        ),
        (
            "Customs officers at the port seized 2,800 counterfeit items from a container. The "
            "seized items included bags, watches and belts.",
            [("counterfeit goods", None, 2800.0)],
        ),
        (
            "Customs officers at the port seized 2,800 counterfeit goods from a container. The "
            "goods included handbags, shoes, watches and sunglasses.",
            [("counterfeit goods", None, 2800.0)],
        ),
        (
            "Таможенники изъяли в контейнере 2800 единиц контрафактной продукции. Среди "
            "изъятого сумки, часы и ремни.",
            [("counterfeit goods", None, 2800.0)],
        ),
        (
            "Gömrükçülər konteynerdə 2800 ədəd saxta məhsul aşkar ediblər. Götürülən məhsullar "
            "arasında çanta, ayaqqabı və saatlar var.",
            [("counterfeit goods", None, 2800.0)],
        ),
        (
            "Polis bazarda 15 minə yaxın müxtəlif təyinatlı pirotexniki vasitə aşkar edib.",
            [("pyrotechnics", None, 15000.0)],
        ),
        (
            "Полиция обнаружила на рынке около 15 тысяч пиротехнических изделий различного "
            "назначения.",
            [("pyrotechnics", None, 15000.0)],
        ),
        (
            "Police found about 15,000 pyrotechnic articles of various kinds at the market.",
            [("pyrotechnics", None, 15000.0)],
        ),
    ],
)
def test_a_whole_and_its_parts_are_one_find(
    text: str, expected: list[tuple[str, float | None, float | None]]
) -> None:
    assert amounts_found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two finds in two places are two, though the goods are the same.
        (
            "Police found 50 fish in the boat and 30 fish in the car.",
            [("fish", None, 50.0), ("fish", None, 30.0)],
        ),
        # Parts with no whole told before them are the finds.
        (
            "Inspectors stopped a van at the checkpoint. The haul included 70 kutum.",
            [("fish", None, 70.0)],
        ),
        # A whole counted in its packing lists goods that are finds of their own.
        (
            "Officers seized 40 boxes of undeclared goods at the port. The goods included "
            "mobile phones and cigarettes.",
            [("mobile phones", None, None), ("cigarettes", None, None)],
        ),
        # Goods with a figure of their own in the inventory stay a find.
        (
            "Officers seized 3,000 counterfeit items at the port. The seized items included "
            "watches and 200 bottles of perfume.",
            [("counterfeit goods", None, 3000.0), ("perfume", None, 200.0)],
        ),
    ],
)
def test_finds_told_apart_stay_apart(
    text: str, expected: list[tuple[str, float | None, float | None]]
) -> None:
    assert amounts_found(text) == expected
