"""One count over counterfeit goods of many brands is one find: "2,750 counterfeit Prada,
Hermès, Tiffany & Co. and Ray-Ban luxury goods" counts the counterfeit goods, the brands between
naming whose goods were copied; "counterfeit luxury goods" and "fake merchandise" are
counterfeit goods. A brand after "counterfeit" is no goods and leaves others alone."""

from __future__ import annotations

import pytest

from kordon.osint import extract_text


def _read(text: str) -> list[tuple[str, float | None]]:
    return [(r.substance, r.quantity_count) for r in extract_text(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers at the airport seized 2,750 counterfeit Prada, Hermes, Tiffany & Co. and "
            "Ray-Ban luxury goods arriving from Shenzhen.",
            [("counterfeit goods", 2750.0)],
        ),
        (
            "Officers at the airport seized 2,750 counterfeit luxury goods arriving from Shenzhen.",
            [("counterfeit goods", 2750.0)],
        ),
        (
            "Officers at the airport seized 640 fake Prada handbags arriving from Shenzhen.",
            [("consumer goods", 640.0)],
        ),
        (
            "Officers at the airport seized 2,750 counterfeit Prada and Hermes items. The "
            "seized items included handbags, shoes, watches and belts.",
            [("counterfeit goods", 2750.0)],
        ),
        (
            "Таможенники изъяли 2750 единиц контрафактной продукции брендов Prada и Hermes.",
            [("counterfeit goods", 2750.0)],
        ),
        (
            "Gömrükçülər 2750 ədəd “Prada” və “Hermes” brendli saxta məhsul aşkar ediblər.",
            [("counterfeit goods", 2750.0)],
        ),
        (
            "Officers at the airport seized 300 counterfeit Nike shoes.",
            [("footwear", 300.0)],
        ),
        (
            "Officers at the airport seized 300 counterfeit goods from China.",
            [("counterfeit goods", 300.0)],
        ),
    ],
)
def test_a_count_over_brands(text: str, expected: list[tuple[str, float | None]]) -> None:
    assert _read(text) == expected
