"""Wild animals counted by the head are counted in items, as the set counts fish and birds, so
two kinds counted in heads and in pieces are two finds, not one restated; farm animals keep
their heads."""

from __future__ import annotations

import pytest

from .reading import goods_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gömrükçülər sərnişinin baqajından 12 baş timsah və 6 ədəd kərtənkələ aşkar ediblər.",
            [("reptiles", None, 12.0, "items"), ("reptiles", None, 6.0, "items")],
        ),
        (
            "Sərhədçilər avtomobildən 8 baş canlı ilan götürüblər.",
            [("reptiles", None, 8.0, "items")],
        ),
        (
            "Таможенники изъяли у пассажира 9 голов нильских крокодилов и 4 варана.",
            [("reptiles", None, 9.0, "items"), ("reptiles", None, 4.0, "items")],
        ),
        (
            "Officers found 12 head of live crocodiles and 6 monitor lizards in a passenger's "
            "bags.",
            [("reptiles", None, 12.0, "items"), ("reptiles", None, 6.0, "items")],
        ),
    ],
)
def test_wild_animals_counted_by_the_head_are_items(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert goods_found(text) == expected


def test_farm_animals_keep_their_heads() -> None:
    text = "Sərhədçilər Gürcüstandan keçirilən 30 baş iribuynuzlu heyvan saxlayıblar."
    assert [g[2:] for g in goods_found(text)] == [(30.0, "heads")]
