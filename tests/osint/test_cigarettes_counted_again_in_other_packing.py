"""Cigarettes counted in one packing and told again in another ("18,480 cigarettes" and then
"924 packs of cigarettes") are one find when the counts agree at the standard packing of 20
sticks a pack and 10 packs a carton or block; the record keeps the finer count. Counts that do
not agree are two finds."""

from __future__ import annotations

import pytest

from .reading import goods_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers at the airport seized 18,480 cigarettes from a returning passenger. "
            "An X-ray of his suitcases showed 924 packs of cigarettes.",
            ("cigarettes", None, 18480.0, "cigarettes"),
        ),
        (
            "Officers found 60 cartons of cigarettes in a van at the border. "
            "In all the van held 600 packs of cigarettes.",
            ("cigarettes", None, 600.0, "packs"),
        ),
        (
            "Таможенники изъяли у пассажира 30 блоков сигарет. "
            "Всего в его чемоданах было 6000 сигарет.",
            ("cigarettes", None, 6000.0, "cigarettes"),
        ),
        (
            "Gömrükçülər sərnişindən 6000 ədəd siqaret götürüb. "
            "Onun çamadanlarında 300 qutu siqaret aşkarlanıb.",
            ("cigarettes", None, 6000.0, "cigarettes"),
        ),
    ],
)
def test_a_count_in_another_packing_is_the_same_find(
    text: str, expected: tuple[str, float | None, float | None, str | None]
) -> None:
    assert goods_found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers at the airport seized 18,000 cigarettes from a returning passenger. "
            "In a second car they found 924 packs of cigarettes.",
            [
                ("cigarettes", None, 18000.0, "cigarettes"),
                ("cigarettes", None, 924.0, "packs"),
            ],
        ),
        (
            "Таможенники изъяли у пассажира 6000 сигарет. В другом автомобиле нашли 40 блоков "
            "сигарет.",
            [
                ("cigarettes", None, 6000.0, "cigarettes"),
                ("cigarettes", None, 40.0, "blocks"),
            ],
        ),
        (
            "Gömrükçülər sərnişindən 6000 ədəd siqaret götürüb. "
            "Digər avtomobildə 500 qutu siqaret aşkarlanıb.",
            [
                ("cigarettes", None, 6000.0, "cigarettes"),
                ("cigarettes", None, 500.0, "packs"),
            ],
        ),
    ],
)
def test_counts_that_do_not_agree_are_two_finds(
    text: str, expected: list[tuple[str, float | None, float | None, str | None]]
) -> None:
    assert goods_found(text) == expected
