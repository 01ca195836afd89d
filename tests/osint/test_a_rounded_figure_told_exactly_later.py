"""A rounded figure told first ("more than one million cigarettes", "более 1 млн", "2 tondan
çox") and the exact one of the same goods told later ("a total of 1,050,000") are one find, read
at the exact figure, in every language the reader reads. Only a figure in the rounded one's
range is told by it: an exact figure below an "over" bound, or far above it, is another find."""

from __future__ import annotations

import pytest

from kordon.osint.quantities import find_quantities
from kordon.osint.rounded import tells_roughly

from .reading import qualified_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Over One Million Cigarettes Found In A Lorry\n"
            "More than one million cigarettes were found by officers in a lorry at the port.\n"
            "The lorry had come from Gdansk with a load of furniture.\n"
            "In all, officers counted 1,080,000 cigarettes hidden behind the furniture.\n",
            [("cigarettes", None, 1080000.0, "exact")],
        ),
        (
            "Over 1 Tonne Of Cannabis Found In A Lorry\n"
            "Over 1 tonne of cannabis were found by officers in a lorry at the port.\n"
            "The lorry had come from Tangier with a load of oranges.\n"
            "In all, officers weighed 1,240 kg of cannabis hidden among the oranges.\n",
            [("cannabis herb", 1240.0, None, "exact")],
        ),
        (
            "Более 1 млн сигарет нашли в фуре\n"
            "Таможенники нашли в фуре на границе более 1 млн сигарет.\n"
            "Всего в фуре было 1 080 000 штук сигарет.\n",
            [("cigarettes", None, 1080000.0, "exact")],
        ),
        (
            "1 milyondan çox siqaret tapılıb\n"
            "Gömrükçülər sərhəddə yük maşınında 1 milyondan çox siqaret aşkar ediblər.\n"
            "Ümumilikdə 1 080 000 ədəd siqaret götürülüb.\n",
            [("cigarettes", None, 1080000.0, "exact")],
        ),
    ],
)
def test_the_exact_figure_is_the_find(
    text: str, expected: list[tuple[str, float | None, float | None, str | None]]
) -> None:
    assert qualified_found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "More than one million cigarettes were found by officers in a lorry at the port. "
            "On Tuesday officers found 700,000 cigarettes in a van at the border.",
            [("cigarettes", None, 1000000.0, "more_than"), ("cigarettes", None, 700000.0, "exact")],
        ),
        (
            "Over 1 tonne of cannabis was found by officers in a lorry at the port on Monday. "
            "On Tuesday officers found 700 kg of cannabis in a van at the border.",
            [("cannabis herb", 1000.0, None, "more_than"), ("cannabis herb", 700.0, None, "exact")],
        ),
        (
            "Таможенники нашли в фуре на границе более 1 млн сигарет. Кроме того, в легковом "
            "автомобиле нашли 700 000 сигарет.",
            [("cigarettes", None, 1000000.0, "more_than"), ("cigarettes", None, 700000.0, "exact")],
        ),
        (
            "Gömrükçülər sərhəddə yük maşınında 1 milyondan çox siqaret aşkar ediblər. Bundan "
            "əlavə, mikroavtobusun sürücüsündən 700 000 ədəd siqaret götürülüb.",
            [("cigarettes", None, 1000000.0, "more_than"), ("cigarettes", None, 700000.0, "exact")],
        ),
    ],
)
def test_an_exact_figure_out_of_the_rounded_ones_range_is_another_find(
    text: str, expected: list[tuple[str, float | None, float | None, str | None]]
) -> None:
    assert qualified_found(text) == expected


@pytest.mark.parametrize(
    ("loose", "exact", "told"),
    [
        ("more than two million cigarettes", "2,160,000 cigarettes", True),
        ("more than two million cigarettes", "1,400,000 cigarettes", False),
        ("more than two million cigarettes", "3,100,000 cigarettes", False),
        ("under 5 kg of heroin", "4.8 kg of heroin", True),
        ("under 5 kg of heroin", "5.2 kg of heroin", False),
        ("about 3 tonnes of cocaine", "2,960 kg of cocaine", True),
        ("about 3 tonnes of cocaine", "3 litres of cocaine", False),
    ],
)
def test_a_loose_figures_range(loose: str, exact: str, told: bool) -> None:
    (a,) = find_quantities(loose)
    (b,) = find_quantities(exact)
    assert tells_roughly(a, b) is told


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Customs officers found 2,600 kg of cannabis at the border crossing in all. Over 2 "
            "tonnes of cannabis were hidden in a lorry and 600 kg of cannabis in a van.\n",
            [("cannabis herb", 2000.0, None, "more_than"), ("cannabis herb", 600.0, None, "exact")],
        ),
        (
            "Customs officers found 1,150,000 cigarettes at the border crossing. More than one "
            "million cigarettes were in a lorry and 150,000 cigarettes in a car.\n",
            [("cigarettes", None, 1000000.0, "more_than"), ("cigarettes", None, 150000.0, "exact")],
        ),
        (
            "Таможенники нашли на границе 1 150 000 сигарет. Более 1 млн сигарет было в фуре, а "
            "150 000 сигарет в легковой машине.\n",
            [("cigarettes", None, 1000000.0, "more_than"), ("cigarettes", None, 150000.0, "exact")],
        ),
        (
            "Таможенники нашли на границе 2 600 кг марихуаны. Более 2 тонн марихуаны было в "
            "фуре, а 600 кг марихуаны в машине.\n",
            [("cannabis herb", 2000.0, None, "more_than"), ("cannabis herb", 600.0, None, "exact")],
        ),
        (
            "Gömrükçülər sərhəddə ümumilikdə 1 150 000 ədəd siqaret aşkar ediblər. 1 milyondan "
            "çox siqaret yük maşınında, 150 000 ədəd siqaret isə minik avtomobilində olub.\n",
            [("cigarettes", None, 1000000.0, "more_than"), ("cigarettes", None, 150000.0, "exact")],
        ),
        (
            "Gömrükçülər sərhəddə ümumilikdə 2 600 kiloqram marixuana aşkar ediblər. 2 tondan çox "
            "marixuana yük maşınında, 600 kiloqram marixuana isə minik avtomobilində olub.\n",
            [("cannabis herb", 2000.0, None, "more_than"), ("cannabis herb", 600.0, None, "exact")],
        ),
    ],
)
def test_a_rough_part_of_a_total_is_still_a_part(
    text: str, expected: list[tuple[str, float | None, float | None, str | None]]
) -> None:
    """A rough figure after an exact total may be one of its parts: the total then splits into
    them, and is not counted beside them."""
    assert qualified_found(text) == expected
