"""Everyday goods named without a figure in one list with other finds are finds themselves;
named as where another find was hidden, they are its load."""

import pytest

from kordon.osint import extract_text


def goods(text: str) -> list[str]:
    return sorted(r.substance for r in extract_text(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Customs officers stopped a van at the border. Inside they found clothing, mobile "
            "phones and medicines without any documents.",
            ["clothing", "medicines", "mobile phones"],
        ),
        (
            "Таможенники остановили микроавтобус. В салоне обнаружили детскую одежду и "
            "мобильные телефоны без документов.",
            ["clothing", "mobile phones"],
        ),
        (
            "Gömrükçülər mikroavtobusu saxlayıb. Salonda sənədsiz paltar və mobil telefonlar "
            "aşkar edilib.",
            ["clothing", "mobile phones"],
        ),
    ],
)
def test_everyday_goods_listed_beside_other_goods_are_finds(text: str, expected: list[str]) -> None:
    assert goods(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Customs officers stopped a van. They found mobile phones hidden among clothing.",
        "Таможенники остановили микроавтобус. Мобильные телефоны нашли среди одежды.",
        "Gömrükçülər mikroavtobusu saxlayıb. Paltarların arasında mobil telefonlar aşkar edilib.",
        "Gömrükçülər sərnişinin gödəkçəsindəki çantada və mobil telefonlar aşkar edib.",
        "Таможенники нашли в куртке пассажира и в сумке мобильные телефоны.",
        "Customs officers searched the bus and found in jackets and bags mobile phones.",
    ],
)
def test_everyday_goods_the_find_was_hidden_among_are_its_load(text: str) -> None:
    assert goods(text) == ["mobile phones"]


def test_medical_preparations_are_medicines_in_russian() -> None:
    text = "На посту у пассажира изъяли медицинские препараты без рецепта."
    assert goods(text) == ["medicines"]


@pytest.mark.parametrize(
    "text",
    [
        "Таможенники изъяли у пассажира аудиотехнику.",
        "Gömrükçülər sərnişinin çantasında audiotexnika aşkar ediblər.",
        "Customs officers seized audio equipment from a passenger.",
    ],
)
def test_audio_equipment_is_electronics(text: str) -> None:
    assert goods(text) == ["electronics"]
