"""One find told in parts: a figure told as added to the find of the sentence before ("six
additional parrots", "an additional 20 kg", "ещё 20 кг", "daha 20 kiloqram") of the same goods,
measured alike, is summed into one record. A second find told apart ("In another case") and
goods of another kind, and a part found in searched premises (a house, a flat) stay records
of their own."""

from __future__ import annotations

import pytest

from .reading import amounts_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers at the crossing found five live parrots in the driver's boots. A search of "
            "the car uncovered five additional parrots.",
            [("birds", None, 10.0)],
        ),
        (
            "Таможенники нашли в сапогах пассажира пять попугаев. При досмотре машины "
            "обнаружили ещё пять попугаев.",
            [("birds", None, 10.0)],
        ),
        (
            "Gömrükçülər sərnişinin çəkmələrində 5 tutuquşu aşkar ediblər. Avtomobilin baxışı "
            "zamanı daha 5 tutuquşu tapılıb.",
            [("birds", None, 10.0)],
        ),
        (
            "Officers at the port found 30 kg of cocaine in the truck's cab. A search of the "
            "trailer uncovered an additional 15 kg of cocaine.",
            [("cocaine", 45.0, None)],
        ),
        (
            "Таможенники нашли в кабине фуры 30 кг кокаина. При досмотре прицепа обнаружили "
            "ещё 15 кг кокаина.",
            [("cocaine", 45.0, None)],
        ),
        (
            "Gömrükçülər yük maşınının kabinəsində 30 kiloqram kokain aşkar ediblər. Qoşqunun "
            "baxışı zamanı daha 15 kiloqram kokain tapılıb.",
            [("cocaine", 45.0, None)],
        ),
        (
            "Officers at the port found 30 kg of cocaine in a truck. In another case, officers "
            "found 15 kg of cocaine in a car.",
            [("cocaine", 30.0, None), ("cocaine", 15.0, None)],
        ),
        (
            "Officers at the port found 30 kg of cocaine in the truck's cab. A search of the "
            "trailer uncovered an additional 15 kg of heroin.",
            [("cocaine", 30.0, None), ("heroin", 15.0, None)],
        ),
        (
            "Heroin seized in Bristol\nPolice found 3 kg of heroin in the car of a man stopped in "
            "Bristol on Friday.\nA search of his house found another 2 kg of heroin.\n",
            [("heroin", 3.0, None), ("heroin", 2.0, None)],
        ),
        (
            "Героин изъят в Пинске\nПограничники обнаружили в машине жителя Пинска 6 кг "
            "героина.\nПри обыске в его квартире изъяли еще 3 кг героина.\n",
            [("heroin", 6.0, None), ("heroin", 3.0, None)],
        ),
    ],
)
def test_one_find_told_in_parts(
    text: str, expected: list[tuple[str, float | None, float | None]]
) -> None:
    assert amounts_found(text) == expected
