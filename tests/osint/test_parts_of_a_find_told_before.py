"""A sentence that opens on the goods already seized ("Among the seized cigarettes were ...",
"Среди изъятых сигарет ...", "Götürülən siqaretlərin arasında ...") tells what the find was
made of: a smaller figure of the same goods in the same unit is a part of the find told before,
not a find of its own. With no figure told before, the sentence tells the find."""

from __future__ import annotations

import pytest

from .reading import goods_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers seized 500 cartons of cigarettes from two passengers at the port. "
            "Among the seized cigarettes were 300 cartons of one brand and 200 of another.",
            ("cigarettes", None, 500.0, "cartons"),
        ),
        (
            "Пограничники изъяли 500 блоков сигарет в грузовике. "
            "Среди изъятых сигарет 300 блоков одной марки.",
            ("cigarettes", None, 500.0, "blocks"),
        ),
        (
            "Gömrükçülər yük maşınında 500 blok siqaret aşkarlayıblar. "
            "Götürülən siqaretlərin arasında 300 blok bir markaya aiddir.",
            ("cigarettes", None, 500.0, "blocks"),
        ),
    ],
)
def test_a_part_of_the_find_is_no_find(
    text: str, expected: tuple[str, float | None, float | None, str | None]
) -> None:
    assert goods_found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers searched two passengers at the port. "
            "Among the seized goods were 300 cartons of cigarettes.",
            ("cigarettes", None, 300.0, "cartons"),
        ),
        (
            "Пограничники досмотрели грузовик. Среди изъятого оказались 300 блоков сигарет.",
            ("cigarettes", None, 300.0, "blocks"),
        ),
        (
            "Gömrükçülər yük maşınını yoxlayıblar. Götürülən mallar arasında 300 blok siqaret var.",
            ("cigarettes", None, 300.0, "blocks"),
        ),
    ],
)
def test_with_no_find_told_before_the_sentence_tells_the_find(
    text: str, expected: tuple[str, float | None, float | None, str | None]
) -> None:
    assert goods_found(text) == [expected]
