"""Weapons listed one by one in the singular without a figure are a piece each in every
language the reader reads ("ov karabini və tapança", "пистолет и обрез", "a pistol"); named in
the plural their count stays unknown, and so, in Azerbaijani and Russian, does a lone weapon.
Dozens and tens counted by a number word are multiplied, not added: "два десятка" is twenty,
"two dozen" twenty-four, "a dozen" twelve."""

from __future__ import annotations

import pytest

from kordon.osint.singles import plural

from .reading import goods_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Полицейские изъяли у задержанного в гараже пистолет и обрез охотничьего ружья.",
            [("firearms", None, 1.0, "pieces"), ("firearms", None, 1.0, "pieces")],
        ),
        (
            "Polis əməkdaşları onun evindən ov tüfəngi və tapança aşkar edib.",
            [("firearms", None, 1.0, "pieces"), ("firearms", None, 1.0, "pieces")],
        ),
        (
            "Police found a pistol in the driver's glovebox during the search.",
            [("firearms", None, 1.0, "pieces")],
        ),
    ],
)
def test_a_weapon_named_singly_is_one_piece(
    text: str, expected: list[tuple[str, float | None, float | None, str | None]]
) -> None:
    assert goods_found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "У мужчины при обыске квартиры изъяли пистолеты.",
        "Polis əməkdaşları onun evindən ov tüfəngləri aşkar edib.",
        "Police found pistols in the driver's glovebox during the search.",
        "Polis əməkdaşları onun evindən ov tüfəngi aşkar edib.",
        "При обыске квартиры у мужчины изъяли обрез охотничьего ружья.",
    ],
)
def test_weapons_in_the_plural_or_alone_have_no_count(text: str) -> None:
    assert goods_found(text) == [("firearms", None, None, None)]


@pytest.mark.parametrize(
    ("language", "word", "expected"),
    [
        ("ru", "карабин", False),
        ("ru", "пистолета", False),
        ("ru", "пистолетов", True),
        ("ru", "гранаты", True),  # genitive singular or plural: no count either way
        ("az", "tapança", False),
        ("az", "tapançalar", True),
        ("en", "rifle", False),
        ("en", "rifles", True),
    ],
)
def test_the_noun_ending_tells_a_plural(language: str, word: str, expected: bool) -> None:
    assert plural(language, word) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В багажнике автомобиля таможенники обнаружили два десятка патронов.",
            [("ammunition", None, 20.0, "rounds")],
        ),
        (
            "Таможенники обнаружили у пассажира три десятка ампул трамадола.",
            [("tramadol", None, 30.0, "ampoules")],
        ),
        (
            "Customs officers found two dozen rounds of ammunition in a passenger's suitcase.",
            [("ammunition", None, 24.0, "rounds")],
        ),
        (
            "Officers seized a kilogram of cocaine and a dozen mobile phones at the port.",
            [("cocaine", 1.0, None, None), ("mobile phones", None, 12.0, "phones")],
        ),
    ],
)
def test_tens_and_dozens_multiply_the_number_before_them(
    text: str, expected: list[tuple[str, float | None, float | None, str | None]]
) -> None:
    assert goods_found(text) == expected


def test_a_plain_ten_after_a_hundred_is_still_added() -> None:
    assert goods_found("Таможенники изъяли у пассажира сто десять патронов.") == [
        ("ammunition", None, 110.0, "rounds")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "During the search officers seized a Saiga carbine and a traumatic pistol.",
        'Axtarış zamanı onun evindən "Sayqa" ov karabini və travmatik tapança götürülüb.',
        "При обыске у него изъяли карабин «Сайга» и травматический пистолет.",
    ],
)
def test_a_make_named_like_an_animal_is_no_wildlife(text: str) -> None:
    assert goods_found(text) == [
        ("firearms", None, 1.0, "pieces"),
        ("firearms", None, 1.0, "pieces"),
    ]


@pytest.mark.parametrize(
    ("text", "goods"),
    [
        ("During the search officers seized saiga horns and a carbine.", "saiga horns"),
        ("Gömrükçülər sərnişinin çamadanından sayqak buynuzları və tapança aşkar ediblər.",
         "saiga horns"),
        ("Таможенники обнаружили у пассажира рога сайгака и пистолет.", "saiga horns"),
    ],
)  # fmt: skip
def test_the_animal_named_apart_from_the_weapon_is_still_goods(text: str, goods: str) -> None:
    assert [g[0] for g in goods_found(text)] == [goods, "firearms"]
