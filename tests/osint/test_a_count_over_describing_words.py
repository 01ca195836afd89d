"""A count reaches its goods over the words that describe them, two or more, a comma between
them too ("six live, undeclared parrots", "6 живых, незадекларированных попугаев", "6 canlı,
sənədsiz tutuquşu"). Goods counted as part of a compound word ("4 təkərli avtomobil") and a
count of people are no count of the goods."""

from __future__ import annotations

import pytest

from .reading import goods_found


@pytest.mark.parametrize(
    "text",
    [
        "Officers found six live, undeclared parrots in the boots of a car at the crossing.",
        "Officers found 6 live undeclared parrots in the boots of a car at the crossing.",
        "В багажнике автомобиля таможенники обнаружили шесть живых, незадекларированных попугаев.",
        "В багажнике автомобиля таможенники обнаружили 6 живых незадекларированных попугаев.",
        "Avtomobilin baqajında 6 canlı, sənədsiz tutuquşu aşkar edilib.",
        "Avtomobilin baqajında 6 canlı tutuquşu aşkar edilib.",
    ],
)
def test_a_count_over_describing_words(text: str) -> None:
    assert goods_found(text) == [("birds", None, 6, "items")]


@pytest.mark.parametrize(
    "text",
    [
        "Sürücünün 4 təkərli avtomobilində 3 kq heroin aşkar edilib.",
        "Two arrested smugglers carried 3 kg of heroin in their car.",
    ],
)
def test_no_count_of_the_goods_before_other_words(text: str) -> None:
    assert goods_found(text) == [("heroin", 3.0, None, None)]
