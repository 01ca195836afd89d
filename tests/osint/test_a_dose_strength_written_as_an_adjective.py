"""Milligrams written as an adjective of the doses they measure ("300 milliqramlıq həblər",
"300-миллиграммовые таблетки") are the strength of one dose, never a weight seized; milligrams
of a drug seized stay its weight."""

from __future__ import annotations

import pytest

from .reading import goods_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Qeyri-qanuni bazarda 150 və ya 300 milliqramlıq pregabalin həbləri 1 ilə 5 avro "
            "arasında satılır.",
            [],
        ),
        (
            "Gömrük əməkdaşları sərnişindən 300 milliqramlıq 2000 ədəd pregabalin həbi aşkar "
            "ediblər.",
            [("pregabalin", None, 2000.0, "pills")],
        ),
        (
            "На черном рынке 300-миллиграммовые таблетки прегабалина продают по 2 евро.",
            [],
        ),
        (
            "On the black market 300-milligram pregabalin tablets sell for 2 euros.",
            [],
        ),
        (
            "Officers seized 300 tablets of pregabalin at the airport.",
            [("pregabalin", None, 300.0, "tablets")],
        ),
        # Milligrams seized are the weight.
        (
            "Polis əməkdaşları onun üzərindən 500 mq heroin aşkar edib.",
            [("heroin", 0.0005, None, None)],
        ),
        (
            "Полицейские изъяли у мужчины 500 мг героина.",
            [("heroin", 0.0005, None, None)],
        ),
    ],
)
def test_a_strength_in_milligrams_is_no_weight(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert goods_found(text) == expected
