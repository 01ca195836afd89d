"""Fish named by species (pollock, cod, herring ...) are fish: each catch keeps its own
weight, and a weight of fish is never given to the crabs or caviar beside them."""

from __future__ import annotations

import pytest

from .reading import goods_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Пограничники задержали судно, на борту обнаружено 8 тонн краба и четыре тонны "
            "мороженой трески.",
            [("crab", 8000.0, None, None), ("fish", 4000.0, None, None)],
        ),
        (
            "The coast guard detained a trawler with 3 tonnes of crab and 2 tonnes of frozen "
            "pollock on board.",
            [("crab", 3000.0, None, None), ("fish", 2000.0, None, None)],
        ),
        (
            "Sərhədçilər qayıqdan 300 kq kilkə və 5 kq kürü aşkar ediblər.",
            [("fish", 300.0, None, None), ("caviar", 5.0, None, None)],
        ),
    ],
)
def test_fish_by_species_keep_their_own_weight(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert goods_found(text) == expected


def test_a_sauce_is_no_fish() -> None:
    text = "Таможенники изъяли у водителя 40 кг героина, спрятанного в банках с кетчупом."
    assert [g[0] for g in goods_found(text)] == ["heroin"]
