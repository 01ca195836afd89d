"""Checkpoints named by their kind and their name ("пропускной пункт Устилуг", "ОКПП «Наушки»")
are where a find was made; in English, "N pieces of X weighing W" is one find."""

import pytest

from kordon.osint import extract_text

from .reading import goods_found


def test_russian_checkpoint_named_after_its_kind_is_the_place() -> None:
    text = (
        "На пропускном пункте Красная Горка пограничники нашли в салоне микроавтобуса 14 кг гашиша."
    )
    assert [r.place for r in extract_text(text)] == ["пропускном пункте Красная Горка"]


def test_russian_multilateral_checkpoint_abbreviation_is_the_place() -> None:
    text = "На МАПП «Светлый Бор» таможенники изъяли из грузовика 6 кг гашиша."
    place = extract_text(text)[0].place
    assert place is not None and "Светлый Бор" in place


def test_english_pieces_of_goods_weighing_a_figure_are_one_find() -> None:
    text = (
        "A search of the luggage at Chennai airport found 12 pieces of gold jewellery "
        "weighing 350 grams hidden in a shoe."
    )
    [(goods, kg, count, unit)] = goods_found(text)
    assert (goods, count, unit) == ("gold", 12.0, "pieces")
    assert kg == pytest.approx(0.35)


def test_english_weight_of_other_goods_is_not_the_counts() -> None:
    text = (
        "Officers at the port found 300 rounds of ammunition and 2 kg of cannabis "
        "weighing less than the manifest said."
    )
    assert [g[:3] for g in goods_found(text)] == [
        ("ammunition", None, 300.0),
        ("cannabis herb", 2.0, None),
    ]
