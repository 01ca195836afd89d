"""Watches, genuine or counterfeit, are `watches` counted in items in all three languages;
hours are no watches."""

from __future__ import annotations

import pytest

from .reading import goods_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Customs officers at the port seized 140 counterfeit designer watches shipped from "
            "China.",
            [("watches", None, 140.0, "items")],
        ),
        (
            "Customs officers at the airport found 6 watches in a passenger's bag.",
            [("watches", None, 6.0, "items")],
        ),
        (
            "В ходе досмотра грузовика таможенники изъяли 140 поддельных часов известных брендов.",
            [("watches", None, 140.0, "items")],
        ),
        (
            "Gömrük əməkdaşları sərnişinin çantasından 140 ədəd saxta saat aşkar ediblər.",
            [("watches", None, 140.0, "items")],
        ),
    ],
)
def test_watches_are_read_by_name(text: str, expected: list[tuple[object, ...]]) -> None:
    assert goods_found(text) == expected


def test_hours_are_no_watches() -> None:
    text = "Досмотр грузовика длился 6 часов, таможенники изъяли 12 кг героина."
    assert [g[0] for g in goods_found(text)] == ["heroin"]
