"""Words for the find itself, told before it is named ("a truck containing a dark brown
substance", "контейнеры с веществом черно-зелёного цвета", "excisable goods") are no cover load
it travelled under; everyday goods the load was ("a truck loaded with plywood") still are."""

from __future__ import annotations

import pytest

from .reading import field_found


@pytest.mark.parametrize(
    "text",
    [
        "Customs officers detained a truck containing a significant amount of a dark brown "
        "substance. Tests showed it was 20 kg of heroin.",
        "Customs officers stopped a van carrying excisable goods and found 40 bottles of whisky.",
        "Таможенники обнаружили два контейнера с веществом черно-зелёного цвета. Это оказалась "
        "икра весом 12 кг.",
    ],
)
def test_the_find_itself_is_no_cover_load(text: str) -> None:
    assert field_found(text, "cover_cargo") == [None]


def test_an_everyday_load_is_a_cover_load() -> None:
    text = "Customs officers found 20 kg of heroin in a truck loaded with plywood."
    assert field_found(text, "cover_cargo") == ["plywood"]


def test_a_powder_of_everyday_goods_is_a_cover_load() -> None:
    text = "Customs officers found 3,000 bottles of vodka in a container declared as gypsum powder."
    assert field_found(text, "cover_cargo") == ["gypsum powder"]
