"""A number written in words keeps its value and its bound: Azerbaijani puts the bound after
the number, whose last word takes the ablative ("üç yüzdən artıq patron", "iki mindən çox
qutu"), as Russian puts it before ("более трехсот патронов") and English too ("over three
hundred rounds"); a thousand may open the number ("min yüz qutu", 1,100). A number in words
with no unit after its bound still counts nothing ("ondan artıq avtomobil yoxlanılıb" counts
cars checked, no goods)."""

from __future__ import annotations

import pytest

from kordon.osint import extract_text


def _read(text: str) -> list[tuple[str, float | None, float | None, str | None]]:
    return [
        (r.substance, r.quantity_kg, r.quantity_count, r.quantity_qualifier)
        for r in extract_text(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sərhəd məntəqəsində yük maşınında üç yüzdən artıq patron aşkar olunub.",
            [("ammunition", None, 300.0, "more_than")],
        ),
        (
            "На пограничном пункте в грузовике нашли более трехсот патронов.",
            [("ammunition", None, 300.0, "more_than")],
        ),
        (
            "At the border post over three hundred rounds were found in a lorry.",
            [("ammunition", None, 300.0, "more_than")],
        ),
        (
            "Gömrükçülər mikroavtobusda iki mindən çox qutu siqaret tapıblar.",
            [("cigarettes", None, 2000.0, "more_than")],
        ),
        (
            "Таможенники нашли в микроавтобусе свыше двух тысяч пачек сигарет.",
            [("cigarettes", None, 2000.0, "more_than")],
        ),
        (
            "Customs officers found more than two thousand packs of cigarettes in a minibus.",
            [("cigarettes", None, 2000.0, "more_than")],
        ),
        (
            "Anbarda min yüz qutu siqaret götürülüb.",
            [("cigarettes", None, 1100.0, "exact")],
        ),
        (
            "На складе изъято тысяча сто пачек сигарет.",
            [("cigarettes", None, 1100.0, "exact")],
        ),
        (
            "One thousand one hundred packs of cigarettes were taken from the warehouse.",
            [("cigarettes", None, 1100.0, "exact")],
        ),
    ],
)
def test_a_number_in_words_with_its_bound(
    text: str, expected: list[tuple[str, float | None, float | None, str | None]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Gün ərzində postda ondan artıq avtomobil yoxlanılıb, pozuntu aşkar edilməyib.",
        "За день на посту проверили более десяти автомобилей, нарушений не выявлено.",
        "Over ten cars were checked at the post during the day and nothing was found.",
    ],
)
def test_a_bound_number_of_no_goods_is_no_find(text: str) -> None:
    assert extract_text(text) == []
