"""The shape a find was made up in is no goods: "гашиш, завернутый в виде трубок", "cocaine
in the form of bricks", "boru formasında narkotik" are finds of the drug alone. The same word
named as goods of their own, with no other goods beside it, is still a find."""

from __future__ import annotations

import pytest

from kordon.osint import extract_text


def _read(text: str) -> list[tuple[str, float | None]]:
    return [(r.substance, r.quantity_kg) for r in extract_text(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "В вагоне нашли 18 кг наркотического вещества, обмотанного лентой в виде трубок.",
            [("drugs (unspecified)", 18.0)],
        ),
        (
            "Пограничники нашли в кузове 18 кг гашиша в форме труб.",
            [("cannabis resin", 18.0)],
        ),
        (
            "Border guards found 18 kg of drugs in the shape of pipes in the wagon.",
            [("drugs (unspecified)", 18.0)],
        ),
        (
            "Border guards found 18 kg of hashish shaped like pipes in the wagon.",
            [("cannabis resin", 18.0)],
        ),
        (
            "Sərhədçilər vaqonda 18 kq boru formasında narkotik vasitə aşkar ediblər.",
            [("drugs (unspecified)", 18.0)],
        ),
        (
            "Sərhədçilər vaqonda 18 kq narkotik vasitə aşkar ediblər, o boru şəklində bükülmüşdü.",
            [("drugs (unspecified)", 18.0)],
        ),
    ],
)
def test_the_shape_is_no_goods(text: str, expected: list[tuple[str, float | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В грузовике нашли 300 метров труб и 12 кг гашиша.", [("cannabis resin", 12.0)]),
        (
            "Таможенники изъяли контрабандные трубы весом 400 кг.",
            [("pipes", 400.0)],
        ),
        (
            "Gömrükçülər yük maşınında 400 kq plastik boru aşkar ediblər.",
            [("pipes", 400.0)],
        ),
        (
            "Customs officers seized 400 kg of smuggled plastic pipes.",
            [("pipes", 400.0)],
        ),
    ],
)
def test_goods_of_their_own_stay(text: str, expected: list[tuple[str, float | None]]) -> None:
    assert _read(text) == expected
