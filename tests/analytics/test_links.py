"""Links between cases: each kind, with its reason, and what does not link."""

from __future__ import annotations

from datetime import date
from typing import Any

from tests.analytics.builders import make_seizure

from kordon.analytics import LinkKind, case_groups, find_links, links_of
from kordon.services.seizure_analysis import NAME_KEYS


def test_the_same_person_across_scripts_and_spellings() -> None:
    links = find_links(
        [
            make_seizure(1, persons=("Muhammad Alizadeh",)),
            make_seizure(2, persons=("Məhəmməd Əlizadə",), occurred_on=date(2026, 3, 1)),
            make_seizure(3, persons=("محمد علیزاده",)),
            make_seizure(4, persons=("ALIZADEH, Muhammad",)),
            make_seizure(5, persons=("Muhammad Rahimi",)),
        ],
        names=NAME_KEYS,
    )
    assert {(link.first.id, link.second.id) for link in links} == {
        (2, 1), (2, 3), (2, 4), (1, 3), (1, 4), (3, 4)
    }  # fmt: skip
    reason = next(link for link in links if {link.first.id, link.second.id} == {1, 2}).reasons[0]
    assert reason.kind is LinkKind.PERSON
    assert reason.text == "Same person: Məhəmməd Əlizadə / Muhammad Alizadeh."


def test_the_same_plate_written_differently() -> None:
    links = find_links(
        [
            make_seizure(1, conveyance="10-RK-417 / 10-XX-515"),
            make_seizure(2, conveyance="10 rk 417"),
            make_seizure(3, conveyance="truck"),
            make_seizure(4, conveyance="truck"),
        ],
        names=NAME_KEYS,
    )
    assert len(links) == 1
    assert links[0].reasons[0].text == "Same vehicle plate: 10-RK-417 / 10 rk 417."


def test_the_same_declaration_party() -> None:
    parties = {
        1: [("consignor", "Gilan Agro LLC")],
        2: [("consignee", "ООО Гилан Агро")],
        3: [("consignor", "Tabriz Trade")],
    }
    links = find_links([make_seizure(i) for i in (1, 2, 3)], parties=parties, names=NAME_KEYS)
    assert [(link.first.id, link.second.id, link.kinds) for link in links] == [
        (1, 2, (LinkKind.PARTY,))
    ]
    assert "Gilan Agro LLC (consignor)" in links[0].reasons[0].text


def test_the_same_route_and_concealment_within_thirty_days() -> None:
    route: dict[str, Any] = {
        "origin_country": "IR",
        "destination_country": "MD",
        "location": "fuel tank",
    }
    seizures = [
        make_seizure(1, occurred_on=date(2026, 11, 5), transit_countries=("AZ", "GE"), **route),
        make_seizure(2, occurred_on=date(2026, 11, 6), transit_countries=("RU",), **route),
        make_seizure(3, occurred_on=date(2026, 12, 20), **route),
        make_seizure(4, occurred_on=date(2026, 11, 6), origin_country="IR",
                     destination_country="MD", location="luggage"),
    ]  # fmt: skip
    links = find_links(seizures, names=NAME_KEYS)
    assert [(link.first.id, link.second.id) for link in links] == [(1, 2)]
    assert links[0].reasons[0].text == (
        "Same route IR → MD and concealment (Fuel tank), 1 day apart."
    )


def test_what_does_not_link() -> None:
    seizures = [
        make_seizure(1, persons=("Ali",), conveyance="car", origin_country="IR"),
        make_seizure(2, persons=("Ali",), conveyance="car", origin_country="IR"),
        # A likely duplicate restates seizure 1: the same case, not a link.
        make_seizure(3, persons=("Reza Hosseinzadeh",), duplicate_of=4),
        make_seizure(4, persons=("Reza Hosseinzadeh",)),
    ]
    assert find_links(seizures, names=NAME_KEYS) == []


def test_several_reasons_groups_and_one_seizures_links() -> None:
    seizures = [
        make_seizure(1, persons=("Reza Hosseinzadeh",), conveyance="10-RK-417"),
        make_seizure(2, persons=("رضا حسین‌زاده",), conveyance="10RK417"),
        make_seizure(3, conveyance="10-RK-417"),
        make_seizure(7, persons=("Anar Ismayilov",)),
        make_seizure(8, persons=("Anar İsmayılov",)),
    ]
    links = find_links(seizures, names=NAME_KEYS)
    assert links[0].kinds == (LinkKind.PERSON, LinkKind.PLATE)
    assert case_groups(links) == [[1, 2, 3], [7, 8]]
    assert {link.other(3).id for link in links_of(3, links)} == {1, 2}
