"""Weapons finds listed by part, and reports of many operations that give no figure."""

from __future__ import annotations

import pytest

from kordon.osint import extract_text

from .reading import goods_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Parts of grenades and of charges are explosives, each counted.
        (
            "Polis anbardan 7 ədəd qumbara zapalı aşkar edib.",
            [("explosives", None, 7.0, "pieces")],
        ),
        (
            "Meşədə polis 40 ədəd patron, 2 ədəd RGD-5 əl qumbarası və 5 ədəd təlim "
            "partladıcısı tapıb.",
            [
                ("ammunition", None, 40.0, "rounds"),
                ("explosives", None, 2.0, "pieces"),
                ("explosives", None, 5.0, "pieces"),
            ],
        ),
        (
            "Polis zirzəmidən 11 ədəd fitil və 9 ədəd qumbara alışqanı aşkar edib.",
            [("explosives", None, 11.0, "pieces"), ("explosives", None, 9.0, "pieces")],
        ),
        # "güllə" counts rounds; the pistol it belongs to (a dative) is no find.
        (
            "Polis evdən 14 ədəd tapançaya məxsus güllə aşkar edib.",
            [("ammunition", None, 14.0, "rounds")],
        ),
    ],
)
def test_weapon_parts_are_counted(text: str, expected: list[tuple[object, ...]]) -> None:
    assert goods_found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Paytaxt və bölgələrdə bir həftə ərzində keçirilən əməliyyatlar zamanı 120 nəfər "
        "saxlanılıb.\nSaxlanılanlardan narkotik vasitələr və odlu silahlar götürülüb.",
        "Операция в Тбилиси и регионах: задержаны 75 человек.\n"
        "В ходе обысков у задержанных изъяты наркотики и огнестрельное оружие.",
        "Police across the country arrested 64 people in a week of raids.\n"
        "Firearms, heroin and cash were seized from the suspects.",
    ],
)
def test_many_regions_operations_without_figures_are_no_find(text: str) -> None:
    assert extract_text(text) == []


def test_one_district_month_without_figures_keeps_its_finds() -> None:
    text = (
        "Yasamal Rayon Polis İdarəsinin əməkdaşları fevral ayı ərzində keçirilən "
        "əməliyyatlarda 30 nəfəri saxlayıb.\nOnlardan külli miqdarda heroin aşkar edilib."
    )
    assert [r.substance for r in extract_text(text)] == ["heroin"]
