"""Goods counted by the box in English ("100 boxes of fake goods") keep that count, as the
Russian and Azerbaijani readers keep "коробок" and "qutu"; boxes of a cover load a find was hidden
in count nothing."""

from __future__ import annotations

import pytest

from .reading import goods_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police have seized 100 boxes of fake goods featuring well-known brands after a "
            "tip-off.",
            [("counterfeit goods", None, 100.0, "boxes")],
        ),
        (
            "Officers seized 500 boxes of cigarettes from a lorry at the border.",
            [("cigarettes", None, 500.0, "boxes")],
        ),
        (
            "Officers found 20 kg of cocaine hidden in 40 boxes of bananas at the port.",
            [("cocaine", 20.0, None, None)],
        ),
    ],
)
def test_boxes_count_goods(text: str, expected: list[tuple[object, ...]]) -> None:
    assert goods_found(text) == expected
