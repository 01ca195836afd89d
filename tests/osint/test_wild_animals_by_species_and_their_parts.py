"""Wild animals named by their species are wildlife in three languages, apart from the farm
kinds of the same animal (a mountain goat is no goat of a flock); an animal named beside a part
of its body is that part; an animal told as hunted is no find of its own; and the Red Book of
protected species is never books."""

from __future__ import annotations

import pytest

from .reading import goods_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Polis əməkdaşları avtomobildən 4 ədəd canavar balası götürüblər.",
            [("wildlife", None, 4.0, "items")],
        ),
        (
            "Ovçunun həyətindən 5 dağ keçisi və 2 ceyran aşkarlanıb.",
            [("wildlife", None, 5.0, "items"), ("wildlife", None, 2.0, "items")],
        ),
        (
            "Пограничники изъяли у жителя села двух медвежат и трёх волчат.",
            [("wildlife", None, 2.0, "items"), ("wildlife", None, 3.0, "items")],
        ),
        (
            "В грузовике таможенники обнаружили 6 горных козлов без документов.",
            [("wildlife", None, 6.0, "items")],
        ),
        (
            "Officers seized 3 bear cubs and 2 gazelles from a van at the crossing.",
            [("wildlife", None, 3.0, "items"), ("wildlife", None, 2.0, "items")],
        ),
        (
            "Gömrükçülər sərnişinin baqajından 12 iquana aşkar ediblər.",
            [("reptiles", None, 12.0, "items")],
        ),
        (
            "Gömrükçülər sərnişinin baqajından 4 tarantul aşkar ediblər.",
            [("wildlife", None, 4.0, "items")],
        ),
        ("Таможенники нашли в багаже пассажира 4 тарантула.", [("wildlife", None, 4.0, "items")]),
        (
            "Customs officers found 4 tarantulas in a passenger's bag.",
            [("wildlife", None, 4.0, "items")],
        ),
    ],
)
def test_wild_animals_named_by_species_are_wildlife(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert goods_found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sərhədçilər Gürcüstandan keçirilən 15 baş keçi saxlayıblar.",
        "Пограничники задержали стадо из 15 коз, которое гнали через границу.",
        "Officers stopped a truck carrying 15 goats across the border.",
    ],
)
def test_farm_goats_stay_livestock(text: str) -> None:
    assert goods_found(text) == [("sheep", None, 15.0, "heads")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sürücünün maşınından canavarın dərisi aşkar edilib.", ["animal skins"]),
        ("Sərnişinin baqajından 3 ədəd ceyran buynuzu aşkar edilib.", ["wildlife products"]),
        ("В багаже пассажира таможенники нашли чучело головы тигра.", ["wildlife products"]),
        ("Таможенники изъяли у охотника шкуру волка и ружьё.", ["animal skins", "firearms"]),
        (
            "Customs officers seized the stuffed heads of two leopards from a passenger.",
            ["wildlife products"],
        ),
    ],
)
def test_a_part_of_an_animal_is_the_find(text: str, expected: list[str]) -> None:
    assert [g[0] for g in goods_found(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Adı “Qırmızı kitab”a düşən qabanı ovlayan şəxslərdən ov tüfəngi götürülüb.",
        "Браконьеры, добывшие кабана, задержаны, у них изъяли ружьё.",
        "Officers seized a rifle from hunters who shot a bear listed in the Red Book.",
    ],
)
def test_a_hunted_animal_and_the_red_book_are_no_finds(text: str) -> None:
    assert [g[0] for g in goods_found(text)] == ["firearms"]


def test_a_month_is_no_bear() -> None:
    # "ayının" is a bear's and a month's: only the bear's own forms are wildlife.
    text = "Mart ayının 5-də gömrükçülər sərnişinin baqajından 2 kq heroin aşkar ediblər."
    assert goods_found(text) == [("heroin", 2.0, None, None)]
