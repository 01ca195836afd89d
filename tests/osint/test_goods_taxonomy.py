"""Goods the per-language vocabularies do not name are read through the broad goods taxonomy
(osint/languages/taxonomy.json); everyday goods beside other contraband are its load."""

import pytest
from tests.osint.reading import goods_found

from kordon.osint import extract_text
from kordon.osint.lexicon import EVERYDAY, GOODS, KNOWN_GOODS
from kordon.osint.vocabulary import load_data, vocabulary

_RU = "Пограничники при осмотре поезда на станции Брянск "
_AZ = "Dövlət Sərhəd Xidmətinin əməkdaşları Astara gömrük postunda "
_EN = "Border guards at the Kyzyl-Kiya checkpoint "


@pytest.mark.parametrize(
    ("text", "substance", "kg", "count", "unit"),
    [
        (
            _RU + "обнаружили свыше 50 килограммов говядины без документов.",
            "meat",
            50.0,
            None,
            None,
        ),
        (
            _RU + "обнаружили 7 канистр с жидким мылом общим весом 90 кг.",
            "liquid soap",
            90.0,
            None,
            None,
        ),
        (
            _RU + "обнаружили 6 норковых шуб, укрытых от контроля.",
            "fur products",
            None,
            6.0,
            "items",
        ),
        (_RU + "изъяли около 300 пар обуви.", "footwear", None, 300.0, "pairs"),
        (_AZ + "300 kiloqram kartof aşkar edilib.", "potatoes", 300.0, None, None),
        (
            _EN + "seized 40 kilograms of cheese without documents.",
            "dairy products",
            40.0,
            None,
            None,
        ),
    ],
)
def test_goods_the_vocabulary_does_not_name_are_read(
    text: str, substance: str, kg: float | None, count: float | None, unit: str | None
) -> None:
    assert goods_found(text) == [(substance, kg, count, unit)]


@pytest.mark.parametrize(
    "text",
    [
        _RU + "обнаружили 2 кг героина, спрятанного в 300 кг картофеля.",
        _EN + "seized 2 kilograms of heroin hidden among 500 kilograms of apples.",
        _AZ + "300 kiloqram kartofun arasında gizlədilmiş 2 kiloqram heroin aşkar edilib.",
    ],
)
def test_everyday_goods_beside_drugs_are_the_load(text: str) -> None:
    assert [r.substance for r in extract_text(text)] == ["heroin"]


def test_every_taxonomy_class_is_a_label_of_goods_in_every_language() -> None:
    taxonomy = load_data("taxonomy.json")
    for label, by_language in taxonomy["classes"].items():
        assert label in GOODS and label in KNOWN_GOODS
        assert set(by_language) == {"en", "ru", "az"}, label
    assert set(taxonomy["everyday"]) <= set(taxonomy["classes"]) | GOODS
    assert frozenset(taxonomy["everyday"]) == EVERYDAY


def test_a_form_the_language_file_names_keeps_its_label() -> None:
    # The taxonomy names "бытов~ техник~" consumer goods; ru.json's own label stands.
    own = {k for k, v in load_data("ru.json")["substances"].items() if "бытов~ техник~" in v}
    read = [v for _, _, v in vocabulary("ru").substances.finditer("бытовая техника")]
    assert len(read) == 1 and read[0] in own and read[0] != "consumer goods"
    assert [v for _, _, v in vocabulary("ru").substances.finditer("бижутерия")] == ["jewellery"]
