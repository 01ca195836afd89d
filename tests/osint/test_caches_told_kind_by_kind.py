"""A cache of weapons, ammunition and explosives told kind by kind with a count each is one
record per counted kind; the generic word for the whole cache ("a cache of ammunition",
"тайник с оружием", "silah-sursat") beside those counts names no further goods, and one kind
told twice stays one record. A generic word with no counted kind beside it is still a record."""

from __future__ import annotations

import pytest

from .reading import goods_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police found a cache of ammunition in a barn near the river: 6 hand grenades "
            "and 240 cartridges were taken away.",
            [("explosives", None, 6.0, "pieces"), ("ammunition", None, 240.0, "rounds")],
        ),
        (
            "Soldiers recovered weapons in a shed: three pistols, two rifles and 90 "
            "rounds of ammunition.",
            [
                ("firearms", None, 3.0, "pieces"),
                ("firearms", None, 2.0, "pieces"),
                ("ammunition", None, 90.0, "rounds"),
            ],
        ),
        (
            "В подвале гаража полицейские нашли тайник с оружием: 5 гранат РГД-5 и 300 патронов.",
            [("explosives", None, 5.0, "pieces"), ("ammunition", None, 300.0, "rounds")],
        ),
        (
            "Sərhədçilər tövlədə gizlədilmiş silah-sursat aşkar ediblər: 8 ədəd qumbara və "
            "450 ədəd patron.",
            [("explosives", None, 8.0, "pieces"), ("ammunition", None, 450.0, "rounds")],
        ),
    ],
)
def test_a_generic_word_beside_counted_kinds_is_no_record(
    text: str, expected: list[tuple[str, None, float, str]]
) -> None:
    assert sorted(goods_found(text), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police seized ammunition from a flat in the old town.",
            [("ammunition", None, None, None)],
        ),
        (
            "Полицейские изъяли боеприпасы в квартире на окраине города.",
            [("ammunition", None, None, None)],
        ),
    ],
)
def test_a_generic_word_alone_is_still_a_record(
    text: str, expected: list[tuple[str, None, None, None]]
) -> None:
    assert sorted(goods_found(text), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize(
    "text",
    [
        "Officers found 40 cartridges in the car. The 40 cartridges were sent for examination.",
        "Полицейские нашли в машине 40 патронов. Все 40 патронов отправлены на экспертизу.",
        "Maşında 40 ədəd patron aşkar edilib. 40 ədəd patron ekspertizaya göndərilib.",
    ],
)
def test_one_kind_told_twice_stays_one_record(text: str) -> None:
    assert goods_found(text) == [("ammunition", None, 40.0, "rounds")]
