"""A police find in one lorry, car boot, cab or trailer is one seizure wherever the road was,
as a find in one house or one bag is; the police's finds of a period that name no vehicle,
house or person stay a tally."""

from __future__ import annotations

import pytest

from kordon.osint import extract_text

from .reading import amounts_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Полицейские остановили фуру на трассе. В фуре полицейские нашли 500 коробок с сыром.",
            [("dairy products", None, 500.0)],
        ),
        (
            "В другой фуре полицейские нашли 2000 блоков сигарет.",
            [("cigarettes", None, 2000.0)],
        ),
        ("Полицейские нашли в грузовике 40 кг марихуаны.", [("cannabis herb", 40.0, None)]),
        (
            "Сотрудники полиции обнаружили в багажнике 3 кг гашиша.",
            [("cannabis resin", 3.0, None)],
        ),
        (
            "Polis əməkdaşları yük avtomobilinin qoşqusundan 300 blok siqaret aşkar ediblər.",
            [("cigarettes", None, 300.0)],
        ),
        (
            "Polis əməkdaşları TIR-ın kabinəsindən 5 kq marixuana aşkar ediblər.",
            [("cannabis herb", 5.0, None)],
        ),
    ],
)
def test_police_finds_in_one_vehicle_are_read(
    text: str, expected: list[tuple[str, float | None, float | None]]
) -> None:
    assert amounts_found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "За неделю полицейские изъяли 40 кг наркотиков.",
        "Ötən həftə polis əməkdaşları 40 kiloqram narkotik vasitə aşkar ediblər.",
    ],
)
def test_police_finds_of_a_period_naming_no_vehicle_stay_a_tally(text: str) -> None:
    assert extract_text(text) == []
