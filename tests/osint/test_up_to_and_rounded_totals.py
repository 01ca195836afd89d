""" "Up to" a figure is read as about that figure, as the labelling rules have it, in each
language; a lead figure "over" a rounded-down total of the finds below it is no find."""

import pytest

from kordon.osint import extract_text
from kordon.osint.amounts import find_amounts
from kordon.osint.quantities import Qualifier, find_quantities
from kordon.osint.vocabulary import vocabulary


@pytest.mark.parametrize(
    ("code", "written", "qualifier"),
    [
        ("en", "up to five kg of cocaine", Qualifier.APPROX),
        ("en", "up to 3 kg", Qualifier.APPROX),
        ("en", "over 3 kg", Qualifier.MORE_THAN),
        ("az", "12 kiloqramadək heroin", Qualifier.APPROX),
        ("az", "12 kiloqramdan artıq heroin", Qualifier.MORE_THAN),
        ("ru", "до 5 кг героина", Qualifier.APPROX),
        ("ru", "свыше 5 кг героина", Qualifier.MORE_THAN),
    ],
)
def test_up_to_is_about(code: str, written: str, qualifier: Qualifier) -> None:
    found = find_quantities(written) if code == "en" else find_amounts(written, vocabulary(code))
    assert [q.qualifier for q in found] == [qualifier]


_LEAD = (
    "Azerbaijani border guards have neutralized a border violator and seized over 24 kg of "
    "drugs on the country's state border with Iran, the State Border Service has reported.\n"
)
_BODY = (
    "Over 24.7 kilograms of drugs (9,915 grams of marijuana, 10,650 grams of heroin, 85 grams "
    "of opium, and 4,080 grams of methamphetamine) were found near the neutralized border "
    "trespasser at the post near Jalilabad region's Sarkhanli village.\n"
)


def test_a_lead_figure_over_the_rounded_down_sum_of_the_finds_is_no_find() -> None:
    found = sorted(r.substance for r in extract_text(_LEAD + _BODY))
    assert found == ["cannabis herb", "heroin", "methamphetamine", "opium"]


def test_a_figure_over_less_than_the_finds_add_up_to_stays_a_find() -> None:
    other = (
        "On the same day, the border guards of the Bilasuvar detachment seized over 50 kg of "
        "drugs from two Iranian citizens near Bilasuvar.\n"
    )
    found = sorted(r.substance for r in extract_text(_LEAD + _BODY + other))
    assert "drugs (unspecified)" in found
