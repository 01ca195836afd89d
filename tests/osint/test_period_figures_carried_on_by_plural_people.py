"""A period's total carried on in the next sentence by people named in the plural ("у
пассажиров", "sərnişinlərdən") is part of that total, not a find; the same words with no period
before them tell of one find."""

from __future__ import annotations

import pytest

from .reading import goods_found


@pytest.mark.parametrize(
    "text",
    [
        "Таможенники аэропорта нашли нож в багаже пассажира из Стамбула. С начала 2025 года "
        "сотрудники поста возбудили 40 дел. У пассажиров международных рейсов изъято 30 ножей "
        "и 12 кастетов.",
        "Gömrükçülər hava limanında sərnişinin baqajından bıçaq aşkar ediblər. 2025-ci ilin "
        "əvvəlindən postda 40 iş açılıb. Sərnişinlərdən 30 bıçaq və 12 kastet götürülüb.",
    ],
)
def test_a_periods_figures_carried_on_are_no_find(text: str) -> None:
    assert goods_found(text) == [("bladed weapons", None, None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Таможенники остановили автобус на границе. У пассажиров изъято 30 блоков сигарет.",
        "Sərhədçilər avtobusu saxlayıblar. Sərnişinlərdən 30 blok siqaret götürülüb.",
    ],
)
def test_plural_people_with_no_period_tell_a_find(text: str) -> None:
    assert goods_found(text) == [("cigarettes", None, 30.0, "blocks")]
