"""Betel nuts are not betel leaves, and lard is meat, in the languages where they are told."""

from __future__ import annotations

import pytest

from .reading import goods_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Customs officers seized 2,000 kilograms of betel nut hidden in a truck near the "
            "border.",
            [("betel nuts", 2000.0, None, None)],
        ),
        (
            "Coast guards recovered areca nuts worth Rs 3 million from a fishing boat.",
            [("betel nuts", None, None, None)],
        ),
        (
            "Officers seized 600 kilograms of lard from a van at the border crossing.",
            [("meat", 600.0, None, None)],
        ),
        (
            "На посту таможенники изъяли у водителя грузовика 900 кг свиного сала.",
            [("meat", 900.0, None, None)],
        ),
    ],
)
def test_goods_are_named_by_their_class(text: str, expected: list[tuple[object, ...]]) -> None:
    assert goods_found(text) == expected
