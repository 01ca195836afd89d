"""Goods counted in boxes and, in the next sentence that tells of no new find, counted again in
a finer unit are one find, given by the finer count, as "1,050 boxes or 52,500 cartons" in one
sentence is; a next sentence that tells of a find of its own is another find."""

from __future__ import annotations

import pytest

from .reading import goods_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В фуре таможенники нашли 900 коробок с сигаретами. 45 000 блоков сигарет по "
            "документам перевозились как плитка.",
            [("cigarettes", None, 45000.0, "blocks")],
        ),
        (
            "Gömrükçülər yük avtomobilindən 120 yeşik siqaret aşkar ediblər. Bu 6 000 blok "
            "siqaret sənədlərdə kafel kimi göstərilib.",
            [("cigarettes", None, 6000.0, "blocks")],
        ),
    ],
)
def test_boxes_counted_again_in_a_finer_unit_are_one_find(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    assert goods_found(text) == expected


def test_a_next_sentence_telling_of_its_own_find_is_another_find() -> None:
    text = (
        "В фуре таможенники нашли 900 коробок с сигаретами. В другой фуре таможенники "
        "изъяли 45 000 блоков сигарет."
    )
    assert goods_found(text) == [
        ("cigarettes", None, 900.0, "boxes"),
        ("cigarettes", None, 45000.0, "blocks"),
    ]
