"""Jewellery or metal bars with a figure of their own, listed before antiquities with theirs,
are a find of their own: "135 pieces of jewellery and 267 historical artefacts" are two finds,
not one of cultural property with no figure. Goods dated by a word before them ("Roma dövrünə
aid 4 qızıl sikkə və 20 gümüş sikkə", "старинные золотые монеты") stay antiquities."""

from __future__ import annotations

import pytest

from .reading import amounts_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police raided the shops and seized 140 pieces of jewellery and 230 historical "
            "artefacts.",
            [("jewellery", None, 140.0), ("cultural property", None, 230.0)],
        ),
        (
            "Polis mağazalarda 140 zinət əşyası və 230 tarixi əşya aşkarlayıb.",
            [("jewellery", None, 140.0), ("cultural property", None, 230.0)],
        ),
        (
            "Полиция изъяла в магазинах 140 ювелирных изделий и 230 предметов старины.",
            [("jewellery", None, 140.0), ("cultural property", None, 230.0)],
        ),
        (
            "Polis evdən Roma dövrünə aid 6 ədəd qızıl sikkə və 30 ədəd gümüş sikkə götürüb.",
            [("cultural property", None, None)],
        ),
    ],
)
def test_jewellery_beside_antiquities(
    text: str, expected: list[tuple[str, float | None, float | None]]
) -> None:
    assert amounts_found(text) == expected
