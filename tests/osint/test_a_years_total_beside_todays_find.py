"""A total since the start of the year, told after today's find, is a tally, not a second find,
however the year is named ("с начала нынешнего года", "ilin əvvəlindən", "since the start of
this year")."""

from __future__ import annotations

import pytest

from .reading import goods_found


@pytest.mark.parametrize(
    "text",
    [
        "Вчера таможенники изъяли у пассажира 3000 единиц контрафактной одежды. Всего с начала "
        "нынешнего года таможенники выявили 120 тыс единиц подобного контрафакта.",
        "Вчера таможенники изъяли у пассажира 3000 единиц контрафактной одежды. Всего с начала "
        "этого года таможенники выявили 120 тыс единиц подобного контрафакта.",
        "Dünən gömrükçülər sərnişindən 3000 ədəd saxta geyim götürüblər. İlin əvvəlindən isə "
        "gömrükçülər 120 min ədəd saxta məhsul aşkar ediblər.",
        "Yesterday customs officers seized 3,000 counterfeit garments from a passenger. Since the "
        "start of this year officers have found 120,000 counterfeit items.",
    ],
)
def test_the_years_total_is_no_find(text: str) -> None:
    assert goods_found(text) == [("clothing", None, 3000.0, "items")]
