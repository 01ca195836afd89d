"""Goods counted in pieces with words between the count and the goods, medicines counted in
several units, cannabis seedlings and seeds, and figures that are not a record."""

import pytest

from kordon.osint import extract_text

_BORDER = "Dövlət Sərhəd Xidmətinin məlumatına görə, sərhəd zastavası ərazisində "


def _found(text: str) -> list[tuple[str, float | None, float | None, str | None]]:
    return [
        (r.substance, r.quantity_kg, r.quantity_count, r.count_unit) for r in extract_text(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _BORDER + "1 ədəd lüləsi kəsilmiş qoşalülə ov tüfəngi aşkar olunub.",
            ("firearms", None, 1.0, "pieces"),
        ),
        (
            _BORDER + "bir ədəd “AK-74” markalı avtomat aşkar edilib.",
            ("firearms", None, 1.0, "pieces"),
        ),
        (
            _BORDER + "3 ədəd gizlədilmiş odlu silah aşkarlanıb.",
            ("firearms", None, 3.0, "pieces"),
        ),
        (
            _BORDER + "iki ədəd silindr formalı partlayıcı fişəng aşkar edilib.",
            ("explosives", None, 2.0, "pieces"),
        ),
    ],
)
def test_counted_goods_keep_their_count_over_describing_words(
    text: str, expected: tuple[str, float | None, float | None, str | None]
) -> None:
    assert expected in _found(text)


def test_a_count_of_other_things_before_the_goods_is_not_their_count() -> None:
    # The parcels are counted; the rifle named after them, past a comma, is not.
    found = _found(_BORDER + "3 ədəd bağlama, həmçinin tüfəng aşkarlanıb.")
    assert ("firearms", None, 3.0, "pieces") not in found
