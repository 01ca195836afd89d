"""Each operator of the rule language, on single, many, item and attribute fields."""

from __future__ import annotations

import pytest
from tests.risk.builders import make_declaration, make_item, one_profile

from kordon.domain import Conveyance, Declaration, Route
from kordon.domain.profile import Condition
from kordon.risk.profiles import compile_criteria, registry


def fires(condition: str, declaration: Declaration | None = None) -> bool:
    profile = one_profile(f"    {condition}\n")
    return compile_criteria(profile.criteria)(declaration or make_declaration())


@pytest.mark.parametrize(
    ("condition", "expected"),
    [
        ("{field: direction, eq: transit}", True),
        ("{field: direction, eq: import}", False),
        ("{field: route.origin, ne: AF}", True),
        ("{field: route.origin, ne: IR}", False),
        ("{field: route.destination, in: [MD, UA]}", True),
        ("{field: route.destination, in: [RU]}", False),
        ("{field: route.destination, not_in: [AZ]}", True),
        ("{field: route.destination, not_in: [MD]}", False),
        ("{field: consignor.name, prefix: Tabriz}", True),
        ("{field: consignor.name, prefix: [Baku, Shiraz]}", False),
        ("{field: item.value_per_kg, gt: 1.4}", True),
        ("{field: item.value_per_kg, gt: 1.5}", False),
        ("{field: item.value_per_kg, ge: 1.5}", True),
        ("{field: item.value_per_kg, lt: 1.5}", False),
        ("{field: item.value_per_kg, le: 1.5}", True),
        ("{field: item.value_per_kg, between: [1, 2]}", True),
        ("{field: item.value_per_kg, between: [2, 3]}", False),
        ("{field: consignee.name, exists: false}", True),
        ("{field: consignor.name, exists: true}", True),
        ("{field: consignor.name, matches: '(?i)dried\\s+fruit'}", True),
        ("{field: consignor.name, matches: '^Fruit'}", False),
        ("{field: procedure, eq: T1}", True),
        ("{field: checkpoint, eq: AZ-AST}", True),
    ],
)
def test_operator_on_single_fields(condition: str, expected: bool) -> None:
    assert fires(condition) is expected


def test_missing_value_satisfies_only_exists_false() -> None:
    unknown = make_declaration(route=Route(origin="IR"))
    assert not fires("{field: route.destination, ne: AZ}", unknown)
    assert not fires("{field: route.destination, not_in: [AZ]}", unknown)
    assert fires("{field: route.destination, exists: false}", unknown)
    assert fires("not: {field: route.destination, in: [AZ]}", unknown)


def test_many_fields_match_any_value_and_negations_need_none() -> None:
    assert fires("{field: route.transit, eq: GE}")
    assert fires("{field: route.any, in: [MD]}")
    assert not fires("{field: route.transit, ne: GE}")
    assert fires("{field: route.transit, ne: TR}")
    assert not fires("{field: route.any, not_in: [IR]}")
    assert fires("{field: driver.nationality, eq: IR}")
    assert fires("{field: vehicle.plate, matches: '^10-AB-'}")
    no_transit = make_declaration(route=Route(origin="IR", destination="MD"))
    assert fires("{field: route.transit, exists: false}", no_transit)
    assert not fires("{field: route.transit, ne: TR}", no_transit)


def test_country_codes_are_case_insensitive_and_norway_is_not_false() -> None:
    assert fires("{field: route.destination, in: [md]}")
    norway = make_declaration(route=Route(origin="NO", destination="MD"))
    assert fires("{field: route.origin, eq: NO}", norway)


def test_hs_prefix_keeps_leading_zeros() -> None:
    beef = make_declaration(items=(make_item(hs_code="040210"),))
    assert fires("{field: item.hs_code, prefix: [0402]}", beef)
    assert fires("{field: item.hs_code, prefix: '04'}", beef)
    assert fires("{field: item.hs_code, eq: 0402.10}", beef)


def test_derived_fields() -> None:
    assert fires("{field: vehicle.mixed_registration, eq: true}")
    same = make_declaration(conveyance=Conveyance(registration_country="IR",
                                                  trailer_registration_country="IR"))  # fmt: skip
    assert fires("{field: vehicle.mixed_registration, eq: false}", same)
    assert not fires("{field: vehicle.mixed_registration, exists: true}",
                     make_declaration(conveyance=None))  # fmt: skip
    assert fires("{field: total_value, eq: 30000}")
    assert fires("{field: total_net_mass_kg, ge: 20000}")
    assert fires("{field: total_value_per_kg, lt: 2}")
    assert fires("{field: item_count, eq: 1}")
    assert fires("{field: lodged_hour, between: [8, 10]}")


def test_attributes_compare_as_text_and_parse_for_numbers() -> None:
    assert fires("{field: attributes.payment, eq: cash}")
    assert fires("{field: attributes.consignor_declarations_365d, lt: 3}")
    assert fires("{field: attributes.consignor_declarations_365d, eq: 1}")
    assert not fires("{field: attributes.payment, gt: 3}")
    assert not fires("{field: attributes.unknown, eq: x}")
    assert fires("{field: attributes.unknown, exists: false}")


def test_all_any_not() -> None:
    assert fires("all: [{field: direction, eq: transit}, {field: route.origin, eq: IR}]")
    assert not fires("all: [{field: direction, eq: transit}, {field: route.origin, eq: AF}]")
    assert fires("any: [{field: direction, eq: import}, {field: route.origin, eq: IR}]")
    assert not fires("any: [{field: direction, eq: import}, {field: route.origin, eq: AF}]")
    assert fires("not: {field: direction, eq: import}")


def test_item_conditions_in_one_block_refer_to_the_same_item() -> None:
    raisins_dear = make_item(hs_code="080620", net_mass_kg=1000.0, value=3000.0)
    phones_cheap = make_item(hs_code="851713", net_mass_kg=1000.0, value=500.0)
    mixed = make_declaration(items=(raisins_dear, phones_cheap))
    same_item = ("all: [{field: item.hs_code, prefix: '0806'}, "
                 "{field: item.value_per_kg, lt: 1}]")  # fmt: skip
    assert not fires(same_item, mixed)
    cheap_raisins = make_declaration(items=(phones_cheap, make_item(value=100.0)))
    assert fires(same_item, cheap_raisins)
    nested = (
        "all: [{field: direction, eq: transit}, {field: item.hs_code, prefix: '0806'}, "
        "{any: [{field: item.value_per_kg, lt: 1}, {field: item.value, lt: 200}]}]"
    )
    assert not fires(nested, mixed)
    assert fires(nested, cheap_raisins)


def test_not_over_an_item_condition_means_no_item() -> None:
    tobacco = make_declaration(items=(make_item(), make_item(hs_code="240220")))
    assert not fires("not: {field: item.hs_code, prefix: '2402'}", tobacco)
    assert fires("not: {field: item.hs_code, prefix: '2402'}")


def test_any_mixing_declaration_and_item_conditions() -> None:
    condition = "any: [{field: direction, eq: import}, {field: item.hs_code, prefix: '0806'}]"
    assert fires(condition)
    assert not fires(condition, make_declaration(items=(make_item(hs_code="851713"),)))


def test_every_registered_field_reads_full_and_bare_declarations() -> None:
    empty_item = make_item(value=None, net_mass_kg=None)
    bare = make_declaration(
        consignor=None,
        drivers=(),
        conveyance=None,
        route=Route(),
        attributes={},
        items=(empty_item,),
    )
    for name in registry():
        present = compile_criteria(Condition(name, "exists", True))
        absent = compile_criteria(Condition(name, "exists", False))
        for declaration in (make_declaration(), bare):
            assert present(declaration) is not absent(declaration), name


def test_derived_values_are_not_mixed_between_declarations() -> None:
    to_md = compile_criteria(Condition("route.any", "in", ("MD",)))
    heavy = compile_criteria(Condition("total_net_mass_kg", "gt", 10000.0))
    a = make_declaration(id="A")
    b = make_declaration(id="B", route=Route(origin="TR", destination="AZ"),
                         items=(make_item(net_mass_kg=500.0),))  # fmt: skip
    for _ in range(3):
        assert (to_md(a), to_md(b), heavy(a), heavy(b)) == (True, False, True, False)
