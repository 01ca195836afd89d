"""A weapon's model designation is a name, not a count: "an AK 47 rifle" is one rifle, "three
M16 rifles" three, "2 ədəd F 1 qumbarası" two grenades, in every language the reader reads. A
figure beside a weapon with no model's letters before it, or beside letters that are a word
("UP TO 5 RIFLES", "В 5 автоматах"), still counts."""

from __future__ import annotations

import pytest

from kordon.osint.designations import blank_designations, blank_model_figures

from .reading import goods_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Soldiers found an AK 47 rifle and 25 rounds of ammunition near the fence.",
            [("firearms", None, 1.0, "pieces"), ("ammunition", None, 25.0, "rounds")],
        ),
        (
            "Soldiers found three M16 rifles in a shed behind the school.",
            [("firearms", None, 3.0, "pieces")],
        ),
        (
            "Soldiers found a Glock 19 pistol and six F1 hand grenades in a shed.",
            [("firearms", None, 1.0, "pieces"), ("explosives", None, 6.0, "pieces")],
        ),
        (
            "Soldiers found 12 rounds of AK 74 ammunition in a shed behind the school.",
            [("ammunition", None, 12.0, "rounds")],
        ),
        (
            # A calibre after "cal." before a model is no count either, once the model is blanked.
            "Soldiers found 200 rounds of ammunition for cal. 5.56 M4 rifles and two pistols.",
            [("ammunition", None, 200.0, "rounds"), ("firearms", None, 2.0, "pieces")],
        ),
        (
            "Пограничники нашли в тайнике гранату РГД 5 и пистолет ТТ 33.",
            [("explosives", None, None, None), ("firearms", None, None, None)],
        ),
        (
            "Пограничники нашли в тайнике два автомата АК 74 и 40 патронов.",
            [("firearms", None, 2.0, "pieces"), ("ammunition", None, 40.0, "rounds")],
        ),
        (
            "Sərhədçilər gizlində AK 74 avtomatı və 45 ədəd patron aşkar ediblər.",
            [("firearms", None, None, None), ("ammunition", None, 45.0, "rounds")],
        ),
        (
            "Sərhədçilər gizlində 3 ədəd F 1 əl qumbarası aşkar ediblər.",
            [("explosives", None, 3.0, "pieces")],
        ),
    ],
)
def test_a_models_figure_is_no_count(
    text: str, expected: list[tuple[str, float | None, float | None, str | None]]
) -> None:
    assert goods_found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Soldiers found 7 rifles and 2 pistols in a shed behind the school.",
            [("firearms", None, 7.0, "pieces"), ("firearms", None, 2.0, "pieces")],
        ),
        (
            "Пограничники нашли в тайнике 3 автомата и 40 патронов.",
            [("firearms", None, 3.0, "pieces"), ("ammunition", None, 40.0, "rounds")],
        ),
        (
            "Sərhədçilər gizlində 4 ədəd tapança aşkar ediblər.",
            [("firearms", None, 4.0, "pieces")],
        ),
    ],
)
def test_a_count_beside_a_weapon_still_counts(
    text: str, expected: list[tuple[str, float | None, float | None, str | None]]
) -> None:
    assert goods_found(text) == expected


@pytest.mark.parametrize(
    ("text", "blanked"),
    [
        ("an AK 47 rifle", "an       rifle"),
        ("three M16 rifles", "three     rifles"),
        ("a rifle model 1891", "a rifle model     "),
        ("F-1 və RQD-5 qumbaraları", "    və       qumbaraları"),
        ("гранаты Ф-1, РГД-5", "гранаты    ,      "),
        ("автомат Калашникова АК 74", "автомат Калашникова      "),
    ],
)
def test_designations_are_blanked_whole(text: str, blanked: str) -> None:
    assert blank_designations(text) == blanked


@pytest.mark.parametrize(
    ("text", "blanked"),
    [
        ("гранату РГД 5 и пистолет ТТ 33", "гранату РГД   и пистолет ТТ   "),
        ("AK 74 avtomatı", "AK    avtomatı"),
        # Joined by a hyphen or by nothing the figure is read as a name already.
        ("гранаты Ф-1 и Ф1", "гранаты Ф-1 и Ф1"),
    ],
)
def test_only_figures_written_apart_are_blanked(text: str, blanked: str) -> None:
    assert blank_model_figures(text) == blanked


@pytest.mark.parametrize(
    "text",
    [
        "UP TO 5 RIFLES SEIZED",
        "В 5 автоматах нашли",
        "guns worth USD 500 each",
        "M 40 tablets",
        "on the A 35 road with 3 rifles",
        "seized to 5 rifles",
    ],
)
def test_figures_that_are_no_models_stay(text: str) -> None:
    assert blank_designations(text) == text
    assert blank_model_figures(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "TROOPS TAKE 9 PISTOLS NEAR BORDER\nTroops seized pistols in a village on Friday.\n",
            [("firearms", None, 9.0, "pieces")],
        ),
        ("FARMER HID 14 RIFLES IN BARN, COURT HEARS\n", [("firearms", None, 14.0, "pieces")]),
        ("Бойцы СОБР 7 пистолетов нашли в подвале дома.\n", [("firearms", None, 7.0, "pieces")]),
        ("Əməliyyat zamanı DGK 8 tüfəng aşkar edib.\n", [("firearms", None, 8.0, "pieces")]),
    ],
)
def test_letters_that_are_no_model_code_leave_the_count(
    text: str, expected: list[tuple[str, float | None, float | None, str | None]]
) -> None:
    """A headline's word, an office's initials or any other capitals before a count written
    apart from it are no model: only the codes of models are."""
    assert goods_found(text) == expected


@pytest.mark.parametrize(
    ("text", "blanked"),
    [
        ("two SVD 63 rifles", "two        rifles"),
        ("3 RPG 7 launchers", "3       launchers"),
        ("пистолет ПМ 9", "пистолет     "),
        ("2 ədəd RQD 5 qumbarası", "2 ədəd       qumbarası"),
    ],
)
def test_model_codes_written_apart_are_still_blanked(text: str, blanked: str) -> None:
    assert blank_designations(text) == blanked


@pytest.mark.parametrize(
    "text",
    [
        "TROOPS TAKE 9 PISTOLS",
        "FARMER HID 14 RIFLES IN BARN",
        "Бойцы СОБР 7 пистолетов",
        "DGK 8 tüfəng",
    ],
)
def test_other_capitals_before_a_figure_stay(text: str) -> None:
    assert blank_designations(text) == text
    assert blank_model_figures(text) == text
