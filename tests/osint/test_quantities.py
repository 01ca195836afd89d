"""The quantity grammar: every form the issue lists, and figures that are not quantities."""

import pytest

from kordon.domain.quantity import QuantityUnit
from kordon.osint.quantities import Qualifier, find_quantities, parse_figure

LB = 0.45359237


@pytest.mark.parametrize(
    ("text", "value", "dimension", "qualifier"),
    [
        ("heroin weighing 301 kilograms 475 grams", 301.475, QuantityUnit.KG, Qualifier.EXACT),
        ("1 ton 167 kilograms of heroin", 1167.0, QuantityUnit.KG, Qualifier.EXACT),
        ("One ton and 88 kilograms of cocaine", 1088.0, QuantityUnit.KG, Qualifier.EXACT),
        ("Forty-four kilograms of opium", 44.0, QuantityUnit.KG, Qualifier.EXACT),
        ("just under three pounds of heroin", 3 * LB, QuantityUnit.KG, Qualifier.LESS_THAN),
        ("266.75 lbs of marijuana", 266.75 * LB, QuantityUnit.KG, Qualifier.EXACT),
        (
            "8.246 kilograms, or about 18 pounds, of cocaine",
            8.246,
            QuantityUnit.KG,
            Qualifier.EXACT,
        ),
        ("152,52 grams of hashish", 0.15252, QuantityUnit.KG, Qualifier.EXACT),
        ("2,297,700 grams of heroin", 2297.7, QuantityUnit.KG, Qualifier.EXACT),
        ("5.3 million pills", 5_300_000, QuantityUnit.PIECES, Qualifier.EXACT),
        ("almost 3.5 million cigarettes", 3_500_000, QuantityUnit.PIECES, Qualifier.APPROX),
        ("4.8 litres of cannabis oil", 4.8, QuantityUnit.LITRES, Qualifier.EXACT),
        ("96.30 kilograms (212.30 lbs.) of cocaine", 96.30, QuantityUnit.KG, Qualifier.EXACT),
        ("7.53 pounds (3.42 kg) of heroin", 3.42, QuantityUnit.KG, Qualifier.EXACT),
        ("more than 622 kilograms", 622.0, QuantityUnit.KG, Qualifier.MORE_THAN),
        ("up to 3 kg", 3.0, QuantityUnit.KG, Qualifier.APPROX),
        ("a gross weight of 35kg", 35.0, QuantityUnit.KG, Qualifier.GROSS),
        ("almost a tonne of cocaine", 1000.0, QuantityUnit.KG, Qualifier.APPROX),
        ("four and a half pounds of heroin", 4.5 * LB, QuantityUnit.KG, Qualifier.EXACT),
        ("11 kg 987 g of heroin", 11.987, QuantityUnit.KG, Qualifier.EXACT),
        ("28,800 litres of ethanol", 28_800, QuantityUnit.LITRES, Qualifier.EXACT),
    ],
)
def test_quantity_forms(
    text: str, value: float, dimension: QuantityUnit, qualifier: Qualifier
) -> None:
    found = find_quantities(text)
    assert len(found) == 1, found
    assert found[0].value == pytest.approx(value)
    assert found[0].unit is dimension
    assert found[0].qualifier is qualifier


def test_counts_keep_their_unit_and_the_words_inside() -> None:
    (q,) = find_quantities("officials seized 565,000 Captagon pills hidden in a truck")
    assert (q.value, q.count_unit, q.inner_words) == (565_000, "pills", "Captagon")


def test_a_dose_in_a_product_name_is_not_a_weight() -> None:
    found = find_quantities('2 "Alprazolam 1mg" pills')
    assert [(q.value, q.unit) for q in found] == [(2, QuantityUnit.PIECES)]


@pytest.mark.parametrize(
    "text",
    [
        "a 43-year-old man",
        "worth $214,000",
        "£5m worth of cocaine",
        "5-liter plastic containers",
        "the 132-km section of the border",
        "drums with a capacity of 200 litres each",
        "each brick weighing approximately 1 kg",
        "the weight per suitcase was 18 kilograms",
    ],
)
def test_figures_that_are_not_seized_amounts(text: str) -> None:
    assert find_quantities(text) == []


def test_rounded_figures_carry_their_tolerance() -> None:
    (rounded,) = find_quantities("nearly 1.6 tonnes")
    (precise,) = find_quantities("1.596 tonnes")
    assert abs(rounded.value - precise.value) <= rounded.tolerance


@pytest.mark.parametrize(
    ("raw", "value"),
    [("1,006", 1006.0), ("152,52", 152.52), ("19,970", 19970.0), ("1.234.567", 1234567.0)],
)
def test_figures_with_separators(raw: str, value: float) -> None:
    parsed = parse_figure(raw)
    assert parsed is not None
    assert parsed[0] == pytest.approx(value)
