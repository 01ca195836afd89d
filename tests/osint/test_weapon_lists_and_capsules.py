"""Lists of weapons of several kinds, national day figures, body-packed capsules and compound
weights written with a hyphen."""

import pytest

from kordon.osint import extract_text
from kordon.osint.quantities import find_quantities

_AZ = "Polis əməkdaşları fevralın 14-də Xankəndi şəhəri ərazisində "


def _read(text: str) -> list[tuple[str, float | None]]:
    return sorted((r.substance, r.quantity_count) for r in extract_text(text))


def test_each_count_of_a_weapons_list_goes_to_its_own_kind() -> None:
    text = _AZ + "6 ədəd avtomat silahı, 2 tapança, 8 ədəd qumbara və 500 ədəd patron götürülüb."
    assert _read(text) == [
        ("ammunition", 500.0), ("explosives", 8.0), ("firearms", 2.0), ("firearms", 6.0),
    ]  # fmt: skip


def test_a_count_of_weapons_still_totals_the_kinds_it_names() -> None:
    text = "Police officers seized 10 weapons, 8 rifles and 2 grenades, at the border crossing."
    assert _read(text) == [("explosives", 2.0), ("firearms", 8.0)]


def test_national_figures_of_the_capital_and_districts_are_a_tally() -> None:
    find = _AZ + "4 ədəd avtomat silahı götürülüb."
    tally = (
        "\nHəmçinin ötən gün paytaxt və respublikanın ayrı-ayrı rayonlarında 4 ədəd qumbara və "
        "9 ədəd tüfəng təhvil götürülüb. Keçirilən tədbirlərlə qanunsuz saxlanılan 7 ədəd "
        "avtomat silahı aşkar edilib."
    )
    assert _read(find + tally) == [("firearms", 4.0)]


def test_months_of_arrests_are_a_tally() -> None:
    text = (
        "Sabunçu Rayon Polis İdarəsinin əməkdaşları tərəfindən sentyabr-oktyabr aylarında "
        "narkotiklərin qanunsuz dövriyyəsi ilə məşğul olan ümumilikdə 81 nəfər saxlanılıb."
    )
    assert extract_text(text) == []


@pytest.mark.parametrize(
    ("text", "kg"),
    [
        ("Customs officers found 44 capsules containing 430 grams of opium inside a passenger.",
         0.43),
        ("The examination found 35 capsules with 544,45 grams of heroin in a passenger.", 0.54445),
    ],
)  # fmt: skip
def test_capsules_of_a_weighed_drug_are_its_packing(text: str, kg: float) -> None:
    records = extract_text(text)
    assert len(records) == 1
    assert records[0].quantity_kg == pytest.approx(kg)
    assert records[0].quantity_count is None


def test_capsules_of_pills_are_still_counted() -> None:
    records = extract_text("Customs officers seized 1200 capsules of pregabalin at the airport.")
    assert [(r.substance, r.quantity_count, r.count_unit) for r in records] == [
        ("pregabalin", 1200.0, "capsules")
    ]


def test_a_hyphened_compound_weight_is_one_weight() -> None:
    (q,) = find_quantities("weighing 4-kilogram 152,52 grams of heroin")
    assert q.value == pytest.approx(4.15252)


def test_a_hyphened_unit_before_a_noun_is_no_amount() -> None:
    assert find_quantities("in 5-kilogram bags") == []


def test_one_figure_for_several_quoted_drugs_is_unspecified() -> None:
    text = (
        "Customs officers of the Sariasiya checkpoint seized 2500 units of psychotropic drugs "
        '"Phenazepam" and "Baclosan" in a truck.'
    )
    records = extract_text(text)
    assert [(r.substance, r.quantity_count, r.count_unit) for r in records] == [
        ("drugs (unspecified)", 2500.0, "items")
    ]


def test_a_figure_of_one_quoted_drug_is_that_drug() -> None:
    text = (
        "Customs officers of the Sariasiya checkpoint seized 2500 units of psychotropic drugs "
        '"Phenazepam" in a truck.'
    )
    assert [r.substance for r in extract_text(text)] == ["phenazepam"]
